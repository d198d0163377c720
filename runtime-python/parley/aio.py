"""Calling and serving services with asyncio: AsyncChannel, AsyncClient, AsyncServer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from ._lazy import lazy_names
from .protocol import ProtocolReader, ProtocolWriter

if TYPE_CHECKING:
    from .aioclient import AsyncClient
    from .aioserver import AsyncServer, AsyncServiceProcessor
    from .processor import AsyncHandler, AsyncOnewayHandler, ResultWriter

__all__ = ["AsyncChannel", "AsyncClient", "AsyncServiceProcessor", "AsyncServer", "AsyncHandler",
           "AsyncOnewayHandler", "ResultWriter"]

# Every generated module imports this one; asyncio is imported when a program first names what
# needs it.
if not TYPE_CHECKING:  # type checkers see the imports above and report any other name
    __getattr__, __dir__ = lazy_names(__name__, globals(), {
        "AsyncClient": "aioclient", "AsyncServer": "aioserver",
        "AsyncServiceProcessor": "aioserver", "AsyncHandler": "processor",
        "AsyncOnewayHandler": "processor", "ResultWriter": "processor"})

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
