"""Calling and serving services over blocking sockets: Channel, Client, ServiceProcessor, Server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from .client import Client
from .processor import Handler, OnewayHandler, ResultWriter, ServiceProcessor
from .protocol import ProtocolReader, ProtocolWriter
from .server import Server

__all__ = ["Channel", "Client", "ServiceProcessor", "Server", "Handler", "OnewayHandler",
           "ResultWriter"]

T = TypeVar("T")


class Channel(Protocol):
    """What a generated client calls through: a Client, or anything else that can carry calls."""

    def call(self, method: str, write_args: Callable[[ProtocolWriter], None],
             read_result: Callable[[ProtocolReader], T]) -> T:
        """Sends a call written by ``write_args`` and returns what ``read_result`` decodes."""
        ...

    def send(self, method: str, write_args: Callable[[ProtocolWriter], None]) -> None:
        """Sends a oneway call."""
        ...
