"""Encoding and decoding whole structs: the generated fast codecs, with the checked path behind them.

Every generated struct has ``write(w)`` and ``read(r)`` over the ProtocolWriter/ProtocolReader
objects, which call ``write_struct`` and ``read_struct`` here. For the two built-in protocols
these run the struct's generated straight-line codec on the writer's or reader's buffer; for any
other writer or reader, and whenever a fast codec stops (a value out of range, truncated or
malformed input, a stream that has not delivered the whole struct yet), they run the generic
codec over the protocol object, which raises the precise error or handles the unusual case.
Values and bytes are the same on both paths; the tests compare them.

``encode`` and ``decode`` do the same for a whole message without any protocol object.
"""

from __future__ import annotations

from typing import Any, TypeVar

from .binary import BinaryProtocolReader, BinaryProtocolWriter
from .compact import CompactProtocolReader, CompactProtocolWriter
from .errors import ProtocolError, ProtocolErrorKind
from .limits import Limits
from .protocol import _DEFAULT_LIMITS, Protocol, reader, writer
from .reading import ProtocolReader
from .writing import ProtocolWriter

__all__ = ["encode", "decode", "read_struct", "write_struct"]

T = TypeVar("T")
_COMPACT = Protocol.COMPACT
_BINARY = Protocol.BINARY
# The fast decoders check only lengths and sizes that take more than one byte in the compact
# protocol; with smaller limits, only the generic decoders run.
_SMALLEST_LIMIT = 0x7F


def _fast_limits(limits: Limits) -> bool:
    # The fast decoders read binary lengths unsigned, so a limit must be below 2**31 for a negative
    # length to exceed it.
    return (_SMALLEST_LIMIT <= limits.max_string_length < 2**31
            and limits.max_container_size >= _SMALLEST_LIMIT)


def write_struct(value: Any, w: ProtocolWriter) -> None:
    """Writes the generated struct ``value`` to ``w``; on failure, ``w`` is left as it was."""
    t = type(w)
    if t is CompactProtocolWriter or t is BinaryProtocolWriter:
        buf = w._buf
        start = len(buf)
        try:
            if t is CompactProtocolWriter:
                value._write_compact(buf)
            else:
                value._write_binary(buf)
            return
        except Exception:  # noqa: BLE001 - the generic path below raises the precise error
            del buf[start:]
        # A struct's bytes do not depend on what precedes them: a scratch writer shows the
        # error without leaving half a struct in ``w``.
        scratch = t()
        value._write_generic(scratch)
        buf += scratch.payload()
        return
    value._write_generic(w)


def read_struct(cls: type[T], r: ProtocolReader) -> T:
    """Reads a struct of the generated class ``cls`` from ``r``."""
    t = type(r)
    c: Any = cls
    if t is CompactProtocolReader:
        fast = c._read_compact
    elif t is BinaryProtocolReader:
        fast = c._read_binary
    else:
        return c._read_generic(r)  # type: ignore[no-any-return]
    limits = r._limits
    if limits is not _DEFAULT_LIMITS and not _fast_limits(limits):
        return c._read_generic(r)  # type: ignore[no-any-return]
    depth = r._depth
    try:
        value, pos = fast(r._buf, r._pos, depth + 1, limits)
    except Exception:  # noqa: BLE001 - the checked reader raises the precise error, or copes
        return c._read_generic(r)  # type: ignore[no-any-return]
    r._pos = pos
    if depth == 0:
        r._structs_done += 1
    return value  # type: ignore[no-any-return]


def encode(value: Any, protocol: Protocol = _COMPACT) -> bytes:
    """Returns the bytes of the generated struct ``value`` in ``protocol``."""
    if protocol is _COMPACT:
        fast = value._write_compact
    elif protocol is _BINARY:
        fast = value._write_binary
    else:
        raise ValueError(f"unknown protocol {protocol!r}")
    buf = bytearray()
    try:
        fast(buf)
        return bytes(buf)
    except Exception:  # noqa: BLE001 - the generic path raises the precise error
        w = writer(protocol)
        value._write_generic(w)
        return w.getvalue()


def decode(cls: type[T], data: bytes | bytearray | memoryview, protocol: Protocol = _COMPACT,
           limits: Limits = _DEFAULT_LIMITS) -> T:
    """Decodes a struct of the generated class ``cls`` from ``data`` (trailing bytes are ignored).

    Raises ProtocolError for input that is not such a struct or breaks ``limits``.
    """
    buf = data if type(data) is bytes else bytes(data)
    if len(buf) > limits.max_message_size:
        raise ProtocolError(ProtocolErrorKind.SIZE_LIMIT, f"message of {len(buf)} bytes exceeds "
                            f"the limit of {limits.max_message_size}")
    c: Any = cls
    if protocol is _COMPACT:
        fast = c._read_compact
    elif protocol is _BINARY:
        fast = c._read_binary
    else:
        raise ValueError(f"unknown protocol {protocol!r}")
    if limits is _DEFAULT_LIMITS or _fast_limits(limits):
        try:
            return fast(buf, 0, 1, limits)[0]  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - the checked reader raises the precise error
            pass
    return c._read_generic(reader(protocol, buf, limits))  # type: ignore[no-any-return]
