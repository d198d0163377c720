"""Parley's protocols against Apache Thrift's pure-Python ones, byte for byte, both directions."""

from __future__ import annotations

import unittest
from collections.abc import Iterator
from typing import Any

from parley.protocol import Protocol, TType, reader, writer

from .peers import THRIFT_HAS_UUID, THRIFT_MISSING, needs_thrift
from .scenarios import (Op, large_scenarios, message_scenarios, read_parley, struct_scenarios,
                        uses_uuid, write_parley)

if THRIFT_MISSING is None:
    from thrift.protocol.TBinaryProtocol import TBinaryProtocol
    from thrift.protocol.TCompactProtocol import TCompactProtocol
    from thrift.transport.TTransport import TMemoryBuffer

    from .thrift_play import read_thrift, write_thrift


def thrift_protocol(protocol: Protocol, buf: Any) -> Any:
    return TCompactProtocol(buf) if protocol is Protocol.COMPACT else TBinaryProtocol(buf)


def thrift_bytes(protocol: Protocol, ops: list[Op]) -> bytes:
    buf = TMemoryBuffer()
    write_thrift(thrift_protocol(protocol, buf), ops)
    return bytes(buf.getvalue())


def parley_bytes(protocol: Protocol, ops: list[Op]) -> bytes:
    w = writer(protocol)
    write_parley(w, ops)
    return w.getvalue()


def _utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def cases(*groups: dict[str, list[Op]]) -> Iterator[tuple[Protocol, str, list[Op]]]:
    for protocol in Protocol:
        for group in groups:
            for name, ops in group.items():
                if uses_uuid(ops) and not THRIFT_HAS_UUID:
                    continue  # this Thrift predates uuid
                yield protocol, name, ops


@needs_thrift
class ThriftBytesTest(unittest.TestCase):
    """Every value type, container shape and envelope, written and read by both libraries."""

    def test_parley_writes_the_bytes_thrift_writes(self) -> None:
        for protocol, name, ops in cases(struct_scenarios(), message_scenarios()):
            with self.subTest(protocol=protocol.name, scenario=name):
                self.assertEqual(parley_bytes(protocol, ops).hex(), thrift_bytes(protocol, ops).hex())

    def test_parley_reads_what_thrift_writes(self) -> None:
        for protocol, name, ops in cases(struct_scenarios(), message_scenarios()):
            with self.subTest(protocol=protocol.name, scenario=name):
                r = reader(protocol, thrift_bytes(protocol, ops))
                read_parley(r, ops, protocol is Protocol.COMPACT)
                self.assertEqual(r.buffered, 0)

    def test_thrift_reads_what_parley_writes(self) -> None:
        for protocol, name, ops in cases(struct_scenarios(), message_scenarios()):
            with self.subTest(protocol=protocol.name, scenario=name):
                buf = TMemoryBuffer(parley_bytes(protocol, ops))
                read_thrift(thrift_protocol(protocol, buf), ops, protocol is Protocol.COMPACT)

    def test_parley_skips_every_thrift_struct(self) -> None:
        for protocol, name, ops in cases(struct_scenarios()):
            with self.subTest(protocol=protocol.name, scenario=name):
                # Wrapped as an unknown field of every shape, then a field the reader knows.
                wrapped = ([("struct_begin",), ("field", TType.STRUCT, 9)] + ops +
                           [("field_end",), ("field", TType.I32, 10), ("i32", 77), ("field_end",),
                            ("stop",), ("struct_end",)])
                r = reader(protocol, thrift_bytes(protocol, wrapped))
                r.struct_begin()
                self.assertEqual(r.field_begin(), (TType.STRUCT, 9))
                r.skip(TType.STRUCT)
                self.assertEqual(r.field_begin(), (TType.I32, 10))
                self.assertEqual(r.read_i32(), 77)
                self.assertEqual(r.field_begin()[0], TType.STOP)
                r.struct_end()
                self.assertEqual(r.buffered, 0)

    def test_thrift_skips_every_parley_struct(self) -> None:
        for protocol, name, ops in cases(struct_scenarios()):
            if any(op[0] == "binary" and not _utf8(op[1]) for op in ops):
                continue  # Thrift's own skip decodes every string as UTF-8 and fails on binaries
            with self.subTest(protocol=protocol.name, scenario=name):
                data = parley_bytes(protocol, ops + [("struct_begin",), ("stop",), ("struct_end",)])
                p = thrift_protocol(protocol, TMemoryBuffer(data))
                p.skip(TType.STRUCT)
                p.readStructBegin()
                self.assertEqual(p.readFieldBegin()[1], TType.STOP)

    def test_parley_reads_old_style_binary_envelopes(self) -> None:
        for name, ops in message_scenarios().items():
            with self.subTest(scenario=name):
                buf = TMemoryBuffer()
                write_thrift(TBinaryProtocol(buf, strictRead=False, strictWrite=False), ops)
                data = bytes(buf.getvalue())
                self.assertLess(data[0], 0x80, "old-style envelopes start with the name length")
                r = reader(Protocol.BINARY, data)
                read_parley(r, ops, False)
                self.assertEqual(r.buffered, 0)

    def test_large_values_both_directions(self) -> None:
        for protocol, name, ops in cases(large_scenarios()):
            with self.subTest(protocol=protocol.name, scenario=name):
                data = thrift_bytes(protocol, ops)
                self.assertEqual(parley_bytes(protocol, ops), data)
                read_parley(reader(protocol, data), ops, protocol is Protocol.COMPACT)
                reader(protocol, data).skip(TType.STRUCT)


if __name__ == "__main__":
    unittest.main()
