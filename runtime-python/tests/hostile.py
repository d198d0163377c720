"""Malformed messages: the checklist of Apache Thrift's CVE history, in both protocols.

Each case is a message that starts like a call to ``add`` and then goes wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from parley.errors import ProtocolErrorKind as K
from parley.protocol import MessageType, Protocol, TType, writer


@dataclass(frozen=True)
class Hostile:
    """One malformed message and how it must fail."""

    name: str
    data: bytes
    kind: K  # the ProtocolError kind a reader of the whole message raises
    decisive: bool  # whether the bytes alone prove it bad (else a stream waits for more)


def envelope(protocol: Protocol, name: str = "add", mtype: int = MessageType.CALL,
             seqid: int = 1) -> bytes:
    w = writer(protocol)
    w.message_begin(name, mtype, seqid)
    return w.getvalue()


def field(protocol: Protocol, ttype: int, fid: int = 1) -> bytes:
    """A field header as the first field of a struct."""
    w = writer(protocol)
    w.struct_begin()
    w.field_begin(ttype, fid)
    return w.getvalue()


def varint(n: int) -> bytes:
    out = bytearray()
    while n > 0x7F:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def length(protocol: Protocol, n: int) -> bytes:
    """A string length or container size as the protocol writes it (n may be negative)."""
    if protocol is Protocol.BINARY:
        return n.to_bytes(4, "big", signed=True)
    return varint(n & 0xFFFFFFFF)


def list_header(protocol: Protocol, etype: int, size: int) -> bytes:
    if protocol is Protocol.BINARY:
        return bytes([etype]) + length(protocol, size)
    nibble = {TType.I32: 5, TType.I64: 6, TType.LIST: 9, TType.STRUCT: 12}[etype]
    return bytes([0xF0 | nibble]) + length(protocol, size)


def cases(p: Protocol) -> list[Hostile]:
    env = envelope(p)
    binary = p is Protocol.BINARY
    deep_structs = env + field(p, TType.STRUCT) * 1000
    deep_lists = env + field(p, TType.LIST) + list_header(p, TType.LIST, 1) * 1000
    out = [
        Hostile("2 GB string declared in a 20-byte message",
                env + field(p, TType.STRING) + length(p, 0x7FFFFFF0), K.SIZE_LIMIT, True),
        Hostile("negative string length", env + field(p, TType.STRING) + length(p, -5),
                K.NEGATIVE_SIZE, True),
        Hostile("negative list size", env + field(p, TType.LIST) + list_header(p, TType.I32, -1),
                K.NEGATIVE_SIZE, True),
        Hostile("list over the container limit",
                env + field(p, TType.LIST) + list_header(p, TType.I64, 0x7FFFFFFF), K.SIZE_LIMIT, True),
        Hostile("a million elements in a tiny message",
                env + field(p, TType.LIST) + list_header(p, TType.I64, 1_000_000), K.INVALID_DATA, False),
        Hostile("map with an invalid key type", env + field(p, TType.MAP) + (
            bytes([0x55, TType.I32]) + length(p, 1) if binary else varint(1) + bytes([0xE5])),
            K.INVALID_DATA, True),
        Hostile("invalid field type id",
                env + (bytes([0x55, 0, 1]) if binary else bytes([0x1E])) + b"\0" * 8,
                K.INVALID_DATA, True),
        Hostile("structs nested 1000 deep", deep_structs, K.DEPTH_LIMIT, True),
        Hostile("lists nested 1000 deep", deep_lists, K.DEPTH_LIMIT, True),
        Hostile("truncated in the middle of a value", env + field(p, TType.I64) + b"\x01",
                K.INVALID_DATA, False),
        Hostile("garbage instead of an envelope", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
                K.SIZE_LIMIT if binary else K.BAD_VERSION, True),
        Hostile("wrong protocol version",
                b"\x80\x02\x00\x01" + b"\0" * 12 if binary else b"\x82\x03" + b"\0" * 12,
                K.BAD_VERSION, True),
        Hostile("method name that is not UTF-8",
                (b"\x80\x01\x00\x01\x00\x00\x00\x02\xff\xfe" if binary else b"\x82\x21\x01\x02\xff\xfe")
                + b"\0" * 8, K.INVALID_DATA, True),
    ]
    if not binary:
        out += [
            Hostile("endless varint in a value", env + field(p, TType.I32) + b"\xff" * 64,
                    K.INVALID_DATA, True),
            Hostile("endless varint as the sequence id", b"\x82\x21" + b"\xff" * 64,
                    K.INVALID_DATA, True),
            Hostile("endless varint as a length", env + field(p, TType.STRING) + b"\x80" * 64,
                    K.INVALID_DATA, True),
        ]
    return out
