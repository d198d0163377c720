"""Parley's Python runtime: Apache Thrift's binary and compact protocols, clients and servers.

Generated code imports ``parley.protocol``, ``parley.errors``, ``parley.rpc``, ``parley.aio``,
``parley.codec``, ``parley.values`` and ``parley.fastwire``; this package re-exports their most
used names.
"""

from __future__ import annotations

from .codec import decode, encode
from .errors import (ApplicationError, ApplicationErrorType, DeclaredError, ProtocolError,
                     ProtocolErrorKind, RpcError, TransportError, TransportErrorKind)
from .protocol import (Framing, Limits, MessageType, Protocol, ProtocolReader, ProtocolWriter,
                       TType, reader, writer)

__all__ = [
    "ApplicationError", "ApplicationErrorType", "DeclaredError", "ProtocolError",
    "ProtocolErrorKind", "RpcError", "TransportError", "TransportErrorKind",
    "Framing", "Limits", "MessageType", "Protocol", "ProtocolReader", "ProtocolWriter", "TType",
    "reader", "writer", "encode", "decode",
]

__version__ = "0.1.0"
