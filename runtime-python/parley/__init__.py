"""Parley's Python runtime: Apache Thrift's binary and compact protocols, clients and servers.

Generated code imports ``parley.protocol``, ``parley.errors``, ``parley.rpc`` and ``parley.aio``;
this package re-exports their most used names.
"""

from __future__ import annotations

from .errors import (ApplicationError, ApplicationErrorType, DeclaredError, ProtocolError,
                     ProtocolErrorKind, RpcError, TransportError, TransportErrorKind)
from .protocol import (Framing, Limits, MessageType, Protocol, ProtocolReader, ProtocolWriter,
                       TType, reader, writer)

__all__ = [
    "ApplicationError", "ApplicationErrorType", "DeclaredError", "ProtocolError",
    "ProtocolErrorKind", "RpcError", "TransportError", "TransportErrorKind",
    "Framing", "Limits", "MessageType", "Protocol", "ProtocolReader", "ProtocolWriter", "TType",
    "reader", "writer",
]

__version__ = "0.1.0"
