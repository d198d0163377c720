"""The interface generated encoders call, shared by both protocols' writers."""

from __future__ import annotations

import abc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uuid

__all__ = ["ProtocolWriter"]


class ProtocolWriter(abc.ABC):
    """Encodes values into an internal growable buffer in one protocol's format.

    Containers and fields need no end call: neither protocol puts anything on the wire there.
    Only ``struct_end`` exists, because the compact protocol tracks field ids per struct.
    A writer is not thread-safe; use one per connection or per thread.
    """

    __slots__ = ("_buf",)

    def __init__(self) -> None:
        self._buf = bytearray()

    def getvalue(self) -> bytes:
        """Returns a copy of everything written since the last reset."""
        return bytes(self._buf)

    def reset(self) -> None:
        """Forgets what was written, keeping the buffer's memory for the next message."""
        del self._buf[:]

    def payload(self) -> bytearray:
        """Returns the internal buffer itself, without copying; for transports, valid until reset."""
        return self._buf

    def __len__(self) -> int:
        return len(self._buf)

    @abc.abstractmethod
    def message_begin(self, name: str, mtype: int, seqid: int) -> None:
        """Writes a message envelope: method name, MessageType and sequence id."""

    @abc.abstractmethod
    def struct_begin(self) -> None:
        """Starts a struct."""

    @abc.abstractmethod
    def struct_end(self) -> None:
        """Ends a struct (after its field_stop)."""

    @abc.abstractmethod
    def field_begin(self, ttype: int, fid: int) -> None:
        """Writes a field header; the value follows."""

    @abc.abstractmethod
    def field_bool(self, fid: int, value: bool) -> None:
        """Writes a whole bool field, header and value."""

    @abc.abstractmethod
    def field_stop(self) -> None:
        """Marks the end of a struct's fields."""

    @abc.abstractmethod
    def list_begin(self, etype: int, size: int) -> None:
        """Writes a list header; ``size`` elements follow."""

    @abc.abstractmethod
    def set_begin(self, etype: int, size: int) -> None:
        """Writes a set header; ``size`` elements follow."""

    @abc.abstractmethod
    def map_begin(self, ktype: int, vtype: int, size: int) -> None:
        """Writes a map header; ``size`` key-value pairs follow."""

    @abc.abstractmethod
    def write_bool(self, v: bool) -> None:
        """Writes a bool element (or the value after ``field_begin(TType.BOOL, ...)``)."""

    @abc.abstractmethod
    def write_byte(self, v: int) -> None:
        """Writes a signed 8-bit integer."""

    @abc.abstractmethod
    def write_i16(self, v: int) -> None:
        """Writes a signed 16-bit integer."""

    @abc.abstractmethod
    def write_i32(self, v: int) -> None:
        """Writes a signed 32-bit integer."""

    @abc.abstractmethod
    def write_i64(self, v: int) -> None:
        """Writes a signed 64-bit integer."""

    @abc.abstractmethod
    def write_double(self, v: float) -> None:
        """Writes a 64-bit IEEE 754 double."""

    @abc.abstractmethod
    def write_string(self, v: str) -> None:
        """Writes a string as UTF-8 with its length."""

    @abc.abstractmethod
    def write_binary(self, v: bytes) -> None:
        """Writes bytes with their length."""

    def write_uuid(self, v: uuid.UUID) -> None:
        """Writes a UUID as its 16 bytes, most significant first (the same in both protocols)."""
        self._buf += v.bytes


def out_of_range(kind: str, v: int) -> ValueError:
    """The error for an integer that does not fit the wire type it is written as."""
    return ValueError(f"{kind} value out of range: {v}")
