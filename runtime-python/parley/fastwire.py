"""Helpers of the straight-line codecs that generated structs carry for each protocol.

Generated ``_write_compact``/``_write_binary`` methods append to a ``bytearray``; generated
``_read_compact``/``_read_binary`` class methods read a ``bytes`` object at an index and return
the value and the index after it. They inline the common cases (one-byte varints, fixed-width
values, field headers known at generation time) and call these helpers for the rest.

A fast decoder stops with an exception at anything unusual or wrong: a missing byte (IndexError,
struct.error), a bad length, an unexpected element type, a missing required field. The caller
(``parley.codec``) then decodes the same bytes again with the checked ProtocolReader, which
raises the precise ProtocolError or handles the unusual case. The fast decoders therefore only
have to stay bounded on hostile input — every size is checked against the limits and the bytes
left before anything is allocated, and nesting against ``max_depth`` — and never to accept
bytes the checked reader would decode differently. They run only with limits on strings and
containers of at least 127, so that one-byte compact lengths and sizes need no check, and with a
string limit below 2**31, so that a binary length read unsigned is negative exactly when it is
above the limit.
"""

from __future__ import annotations

import struct
from typing import Any, Callable

from .binary import BinaryProtocolReader
from .compact import CompactProtocolReader
from .limits import Limits

__all__ = ["Fallback"]


class Fallback(Exception):
    """Raised by a fast decoder for input it leaves to the checked reader."""


# -- binary protocol: bound pack and unpack functions, looked up once -------------------------

b_i8 = struct.Struct("!b").pack
b_i16 = struct.Struct("!h").pack
b_i32 = struct.Struct("!i").pack
b_i64 = struct.Struct("!q").pack
b_double = struct.Struct("!d").pack
b_list = struct.Struct("!Bi").pack
b_map = struct.Struct("!BBi").pack
# A field header (type byte, id) packed with the value, or with a length or list header.
bh_i8 = struct.Struct("!Bhb").pack
bh_i16 = struct.Struct("!Bhh").pack
bh_i32 = struct.Struct("!Bhi").pack
bh_i64 = struct.Struct("!Bhq").pack
bh_double = struct.Struct("!Bhd").pack
bh_list = struct.Struct("!BhBi").pack
bh_map = struct.Struct("!BhBBi").pack


class _Formats(dict):  # type: ignore[type-arg]
    """Compiled struct formats by format string, compiled on first use; the generated codecs'
    formats of runs of fixed-width fields with their headers, a fixed set."""

    def __init__(self, method: str) -> None:
        super().__init__()
        self._method = method

    def __missing__(self, fmt: str) -> Any:
        bound = self[fmt] = getattr(struct.Struct(fmt), self._method)
        return bound


PACK: dict[str, Callable[..., bytes]] = _Formats("pack")
UNPACK: dict[str, Callable[[bytes, int], tuple[Any, ...]]] = _Formats("unpack_from")

# The binary encoding of the lengths below 256, the usual ones of strings in containers.
B_LENGTH = tuple(struct.pack("!i", n) for n in range(256))
_STRING_HEADERS: dict[int, tuple[bytes, ...]] = {}


def bh_string_table(field_id: int) -> tuple[bytes, ...]:
    """The header of string or binary field ``field_id`` with each length below 256, by length.

    A generated module binds one per field id its binary writers use: a lookup costs less than
    packing the header (3-8 % of encoding a struct of four strings, by interpreter). Made once per
    id and shared by every module.
    """
    table = _STRING_HEADERS.get(field_id)
    if table is None:
        pack = struct.Struct("!Bhi").pack
        table = _STRING_HEADERS.setdefault(field_id, tuple(pack(11, field_id, n) for n in range(256)))
    return table


rb_i8 = struct.Struct("!b").unpack_from
rb_i16 = struct.Struct("!h").unpack_from
rb_i32 = struct.Struct("!i").unpack_from
rb_u32 = struct.Struct("!I").unpack_from  # lengths: a negative one reads as above any limit
rb_i64 = struct.Struct("!q").unpack_from
rb_double = struct.Struct("!d").unpack_from
rb_list = struct.Struct("!Bi").unpack_from
rb_map = struct.Struct("!BBi").unpack_from
# A field's id with its value, or with its length (unsigned) for strings and binaries: module
# attributes, cheaper to reach than a format looked up in UNPACK.
rh_b = struct.Struct("!hb").unpack_from
rh_h = struct.Struct("!hh").unpack_from
rh_i = struct.Struct("!hi").unpack_from
rh_q = struct.Struct("!hq").unpack_from
rh_d = struct.Struct("!hd").unpack_from
rh_len = struct.Struct("!hI").unpack_from

# -- compact protocol ---------------------------------------------------------------------------

c_i8 = b_i8  # a compact byte is a plain signed byte
c_double = struct.Struct("<d").pack  # little-endian, unlike everything else in Thrift
rc_double = struct.Struct("<d").unpack_from


def varint(buf: bytearray, n: int) -> None:
    """Appends a non-negative ``n`` as a varint (callers inline the one-byte case)."""
    while n > 0x7F:
        buf.append((n & 0x7F) | 0x80)
        n >>= 7
    buf.append(n)


def varint16(buf: bytearray, n: int) -> None:
    """Appends a zigzag-encoded i16; a value out of range reaches here as ``n`` >= 2**16."""
    if n >> 16:
        raise ValueError("i16 value out of range")
    while n > 0x7F:
        buf.append((n & 0x7F) | 0x80)
        n >>= 7
    buf.append(n)


def varint32(buf: bytearray, n: int) -> None:
    """Appends a zigzag-encoded i32; a value out of range reaches here as ``n`` >= 2**32."""
    if n >> 32:
        raise ValueError("i32 value out of range")
    while n > 0x7F:
        buf.append((n & 0x7F) | 0x80)
        n >>= 7
    buf.append(n)


def varint64(buf: bytearray, n: int) -> None:
    """Appends a zigzag-encoded i64; a value out of range reaches here as ``n`` >= 2**64."""
    if n >> 64:
        raise ValueError("i64 value out of range")
    while n > 0x7F:
        buf.append((n & 0x7F) | 0x80)
        n >>= 7
    buf.append(n)


def _uvarint(buf: bytes, pos: int, limit: int) -> tuple[int, int]:
    """Reads an unsigned varint of at most ``limit`` bytes at ``pos``: (value, next index)."""
    n = buf[pos]
    if n < 0x80:
        return n, pos + 1
    n &= 0x7F
    shift = 7
    last = pos + limit
    pos += 1
    while True:
        b = buf[pos]
        pos += 1
        if b < 0x80:
            return n | b << shift, pos
        if pos == last:
            raise Fallback("varint too long")
        n |= (b & 0x7F) << shift
        shift += 7


def rc_i16(buf: bytes, pos: int) -> tuple[int, int]:
    """Reads a zigzag varint i16 at ``pos`` (generated code inlines the one-byte case).

    Like libthrift, keeps the low 16 bits of a value too big for an i16.
    """
    n, pos = _uvarint(buf, pos, 5)
    n &= 0xFFFFFFFF
    v = (n >> 1) ^ -(n & 1)
    return ((v + 0x8000) & 0xFFFF) - 0x8000, pos


def rc_i32(buf: bytes, pos: int) -> tuple[int, int]:
    """Reads a zigzag varint i32 at ``pos`` (generated code inlines the one-byte case).

    Unrolled: each byte costs a read, a test and a shift-or, with no loop around them (a third
    less time than a loop over the shifts on a three-byte value).
    """
    z = buf[pos]
    if z < 0x80:
        return ZIGZAG[z], pos + 1
    b = buf[pos + 1]
    if b < 0x80:
        z = (z & 0x7F) | b << 7
        return (z >> 1) ^ -(z & 1), pos + 2
    z = (z & 0x7F) | (b & 0x7F) << 7
    b = buf[pos + 2]
    if b < 0x80:
        z |= b << 14
        return (z >> 1) ^ -(z & 1), pos + 3
    z |= (b & 0x7F) << 14
    b = buf[pos + 3]
    if b < 0x80:
        z |= b << 21
        return (z >> 1) ^ -(z & 1), pos + 4
    z |= (b & 0x7F) << 21
    b = buf[pos + 4]
    if b < 0x80:
        z = (z | b << 28) & 0xFFFFFFFF
        return (z >> 1) ^ -(z & 1), pos + 5
    raise Fallback("varint too long")


def rc_i64(buf: bytes, pos: int) -> tuple[int, int]:
    """Reads a zigzag varint i64 at ``pos`` (generated code inlines the one-byte case).

    Unrolled up to six bytes (a timestamp in milliseconds), then a loop. The first four steps
    repeat ``rc_i32``'s on purpose: calling it would cost what the unrolling saves.
    """
    z = buf[pos]
    if z < 0x80:
        return ZIGZAG[z], pos + 1
    b = buf[pos + 1]
    if b < 0x80:
        z = (z & 0x7F) | b << 7
        return (z >> 1) ^ -(z & 1), pos + 2
    z = (z & 0x7F) | (b & 0x7F) << 7
    b = buf[pos + 2]
    if b < 0x80:
        z |= b << 14
        return (z >> 1) ^ -(z & 1), pos + 3
    z |= (b & 0x7F) << 14
    b = buf[pos + 3]
    if b < 0x80:
        z |= b << 21
        return (z >> 1) ^ -(z & 1), pos + 4
    z |= (b & 0x7F) << 21
    b = buf[pos + 4]
    if b < 0x80:
        z |= b << 28
        return (z >> 1) ^ -(z & 1), pos + 5
    z |= (b & 0x7F) << 28
    b = buf[pos + 5]
    if b < 0x80:
        z |= b << 35
        return (z >> 1) ^ -(z & 1), pos + 6
    z |= (b & 0x7F) << 35
    pos += 6
    for shift in (42, 49, 56, 63):
        b = buf[pos]
        pos += 1
        if b < 0x80:
            z = (z | b << shift) & 0xFFFF_FFFF_FFFF_FFFF
            return (z >> 1) ^ -(z & 1), pos
        z |= (b & 0x7F) << shift
    raise Fallback("varint too long")


def rc_size(buf: bytes, pos: int) -> tuple[int, int]:
    """Reads a length or size at ``pos`` (generated code inlines the one-byte case).

    A negative one (as a signed i32) is left to the checked reader.
    """
    n, pos = _uvarint(buf, pos, 5)
    if n > 0x7FFFFFFF:
        raise Fallback("negative size")
    return n, pos


# -- lists of integers, the one loop in a helper instead of in generated code ------------------


def c_int_list(buf: bytearray, values: list[int] | set[int], shift: int) -> None:
    """Appends zigzag varints of i32 (``shift`` 31) or i64 (``shift`` 63) values."""
    bits = shift + 1
    append = buf.append
    for v in values:
        z = (v << 1) ^ (v >> shift)
        if z < 0x80:
            append(z)
        elif z < 0x4000:
            append(z & 0x7F | 0x80)
            append(z >> 7)
        else:
            if z >> bits:
                raise ValueError(f"i{bits} value out of range: {v}")
            while z > 0x7F:
                append((z & 0x7F) | 0x80)
                z >>= 7
            append(z)


# Zigzag decoding of the one-byte varints: one tuple lookup instead of four operations.
ZIGZAG = tuple((b >> 1) ^ -(b & 1) for b in range(0x80))
# The same values as signed bytes, for bytes.translate (bytes from 0x80 never reach it).
_ZIGZAG_BYTES = bytes(v & 0xFF for v in ZIGZAG) + bytes(0x80)


def rc_int_list(buf: bytes, pos: int, n: int, limit: int) -> tuple[list[int], int]:
    """Reads ``n`` zigzag varints of at most ``limit`` bytes each (5 for i32, 10 for i64).

    A list of four or more values from -64 to 63 (one byte each) is read by C code: the bytes are
    translated to their values as signed bytes (5-7 times faster on long lists; below four values
    the test costs more than it saves). Otherwise values of up to four bytes are read inline,
    longer ones by ``rc_i32``/``rc_i64``.
    """
    if n > 3:
        end = pos + n
        run = buf[pos:end]
        if len(run) == n and run.isascii():
            return memoryview(run.translate(_ZIGZAG_BYTES)).cast("b").tolist(), end
    out: list[int] = []
    append = out.append
    zigzag = ZIGZAG
    for _ in range(n):
        b = buf[pos]
        if b < 0x80:
            append(zigzag[b])
            pos += 1
            continue
        z = b & 0x7F
        b = buf[pos + 1]
        if b < 0x80:
            z |= b << 7
            pos += 2
        else:
            z |= (b & 0x7F) << 7
            b = buf[pos + 2]
            if b < 0x80:
                z |= b << 14
                pos += 3
            else:
                z |= (b & 0x7F) << 14
                b = buf[pos + 3]
                if b < 0x80:
                    z |= b << 21
                    pos += 4
                else:
                    v, pos = (rc_i32 if limit == 5 else rc_i64)(buf, pos)
                    append(v)
                    continue
        append((z >> 1) ^ -(z & 1))
    return out, pos


# Compiled formats of short fixed-width lists, by format code and length, made on first use: a
# struct.pack with a format string built per call costs more than packing ten values. Longer lists
# use struct's own cache (a compiled format holds one entry per value, so only short ones stay).
_SHORT = 64
_PACK: dict[str, list[Any]] = {c: [None] * (_SHORT + 1) for c in "?bhiqd"}
_UNPACK: dict[str, list[Any]] = {c: [None] * (_SHORT + 1) for c in "?bhiqd"}


def b_fixed_list(buf: bytearray, code: str, values: list[Any] | set[Any]) -> None:
    """Appends big-endian values of one struct format code (``i``, ``q``, ``d``, ...)."""
    n = len(values)
    if n > _SHORT:
        buf += struct.pack(f"!{n}{code}", *values)
        return
    packers = _PACK[code]
    pack = packers[n]
    if pack is None:
        pack = packers[n] = struct.Struct(f"!{n}{code}").pack
    buf += pack(*values)


def rb_fixed_list(buf: bytes, pos: int, n: int, code: str, width: int) -> tuple[list[Any], int]:
    """Reads ``n`` big-endian values of one struct format code, ``width`` bytes each."""
    if n > _SHORT:
        return list(struct.unpack_from(f"!{n}{code}", buf, pos)), pos + n * width
    unpackers = _UNPACK[code]
    unpack = unpackers[n]
    if unpack is None:
        unpack = unpackers[n] = struct.Struct(f"!{n}{code}").unpack_from
    return list(unpack(buf, pos)), pos + n * width


# -- skipping unknown fields: the checked readers' own skip, over the same bytes ---------------

# Indexed by compact type nibble: the TType, or -1 for nibbles that name no value.
_COMPACT_TTYPE = (-1, 2, 2, 3, 6, 8, 10, 4, 11, 15, 14, 13, 12, 16, -1, -1)


def c_skip(buf: bytes, pos: int, nibble: int, depth: int, limits: Limits) -> int:
    """Skips the value of a compact field with type ``nibble`` at ``pos``; returns the next index.

    A bool field's value is in its header, so there is nothing to skip.
    """
    if nibble == 1 or nibble == 2:
        return pos
    ttype = _COMPACT_TTYPE[nibble]
    if ttype < 0:
        raise Fallback("unknown type")
    r = CompactProtocolReader(buf, limits)
    r._pos = pos
    r._depth = depth
    r.skip(ttype)
    return r._pos


def b_skip(buf: bytes, pos: int, ttype: int, depth: int, limits: Limits) -> int:
    """Skips the value of a binary field of type ``ttype`` at ``pos``; returns the next index."""
    r = BinaryProtocolReader(buf, limits)
    r._pos = pos
    r._depth = depth
    r.skip(ttype)
    return r._pos
