"""Protocols and framings, and the factories that make readers and writers for them.

This module is the one generated code imports: it re-exports the type ids, the limits and the
reader and writer classes of both protocols.
"""

from __future__ import annotations

import enum

from .binary import BinaryProtocolReader, BinaryProtocolWriter
from .compact import CompactProtocolReader, CompactProtocolWriter
from .limits import Limits
from .reading import ByteStream, ProtocolReader
from .ttype import MessageType, TType
from .writing import ProtocolWriter

__all__ = [
    "TType", "MessageType", "Limits", "Protocol", "Framing",
    "ProtocolWriter", "ProtocolReader", "ByteStream",
    "BinaryProtocolWriter", "BinaryProtocolReader", "CompactProtocolWriter", "CompactProtocolReader",
    "writer", "reader", "stream_reader",
]

_DEFAULT_LIMITS = Limits()


class Protocol(enum.Enum):
    """The encodings Parley speaks: Apache Thrift's binary and compact protocols."""

    BINARY = "binary"
    COMPACT = "compact"


class Framing(enum.Enum):
    """How messages are delimited on a connection.

    FRAMED puts a 4-byte big-endian length before each message (TFramedTransport); BUFFERED
    sends messages back to back, so their end is found by decoding them (TBufferedTransport).
    """

    FRAMED = "framed"
    BUFFERED = "buffered"


def writer(protocol: Protocol) -> ProtocolWriter:
    """Returns a new, empty writer for ``protocol``."""
    if protocol is Protocol.BINARY:
        return BinaryProtocolWriter()
    if protocol is Protocol.COMPACT:
        return CompactProtocolWriter()
    raise ValueError(f"unknown protocol {protocol!r}")


def reader(protocol: Protocol, data: bytes | bytearray | memoryview,
           limits: Limits = _DEFAULT_LIMITS) -> ProtocolReader:
    """Returns a reader over one whole message (or any encoded values) in ``data``."""
    if protocol is Protocol.BINARY:
        return BinaryProtocolReader(data, limits)
    if protocol is Protocol.COMPACT:
        return CompactProtocolReader(data, limits)
    raise ValueError(f"unknown protocol {protocol!r}")


def stream_reader(protocol: Protocol, stream: ByteStream,
                  limits: Limits = _DEFAULT_LIMITS) -> ProtocolReader:
    """Returns a reader that pulls bytes from ``stream`` as values need them (unframed input)."""
    if protocol is Protocol.BINARY:
        return BinaryProtocolReader(b"", limits, stream)
    if protocol is Protocol.COMPACT:
        return CompactProtocolReader(b"", limits, stream)
    raise ValueError(f"unknown protocol {protocol!r}")
