"""Calling and serving services with asyncio: AsyncChannel, AsyncClient, AsyncServer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from .aioclient import AsyncClient
from .aioserver import AsyncServer, AsyncServiceProcessor
from .processor import AsyncHandler, AsyncOnewayHandler, ResultWriter
from .protocol import ProtocolReader, ProtocolWriter

__all__ = ["AsyncChannel", "AsyncClient", "AsyncServiceProcessor", "AsyncServer", "AsyncHandler",
           "AsyncOnewayHandler", "ResultWriter"]

T = TypeVar("T")


class AsyncChannel(Protocol):
    """What a generated asyncio client calls through: an AsyncClient, or anything like it."""

    async def call(self, method: str, write_args: Callable[[ProtocolWriter], None],
                   read_result: Callable[[ProtocolReader], T]) -> T:
        """Sends a call written by ``write_args`` and returns what ``read_result`` decodes."""
        ...

    async def send(self, method: str, write_args: Callable[[ProtocolWriter], None]) -> None:
        """Sends a oneway call."""
        ...
