"""Calling and serving services over blocking sockets: Channel, Client, ServiceProcessor, Server."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from ._lazy import lazy_names
from .protocol import ProtocolReader, ProtocolWriter

if TYPE_CHECKING:
    from .client import Client
    from .processor import Handler, OnewayHandler, ResultWriter, ServiceProcessor
    from .server import Server

__all__ = ["Channel", "Client", "ServiceProcessor", "Server", "Handler", "OnewayHandler",
           "ResultWriter"]

# Every generated module imports this one; the client's and server's sockets, TLS, thread pool
# and logging are imported when a program first names them.
if not TYPE_CHECKING:  # type checkers see the imports above and report any other name
    __getattr__, __dir__ = lazy_names(__name__, globals(), {
        "Client": "client", "Server": "server", "ServiceProcessor": "processor",
        "Handler": "processor", "OnewayHandler": "processor", "ResultWriter": "processor"})

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
