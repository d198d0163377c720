"""Parley's readers and writers on their own: known bytes, limits and malformed input."""

from __future__ import annotations

import unittest

from parley.errors import ProtocolError, ProtocolErrorKind, TransportError, TransportErrorKind
from parley.protocol import Limits, Protocol, ProtocolReader, TType, reader, stream_reader, writer

from .hostile import cases, envelope, field, length
from .scenarios import read_parley, struct_scenarios, write_parley


class Trickle:
    """An in-memory stream that hands out at most ``step`` bytes per read."""

    def __init__(self, data: bytes, step: int = 1) -> None:
        self.data = data
        self.pos = 0
        self.step = step
        self.largest_request = 0

    def read(self, n: int) -> bytes:
        self.largest_request = max(self.largest_request, n)
        if self.pos >= len(self.data):
            raise TransportError(TransportErrorKind.CLOSED, "end of test data")
        chunk = self.data[self.pos:self.pos + min(n, self.step)]
        self.pos += len(chunk)
        return chunk


def decode_call(r: ProtocolReader) -> None:
    r.message_begin()
    r.skip(TType.STRUCT)


class KnownBytesTest(unittest.TestCase):
    """Encodings checked against the protocol specifications by hand."""

    def encode(self, protocol: Protocol, *calls: tuple[str, tuple[object, ...]]) -> str:
        w = writer(protocol)
        for name, args in calls:
            getattr(w, name)(*args)
        return w.getvalue().hex()

    def test_binary(self) -> None:
        b = Protocol.BINARY
        self.assertEqual(self.encode(b, ("message_begin", ("ab", 1, 7))), "80010001" "00000002" "6162" "00000007")
        self.assertEqual(self.encode(b, ("field_begin", (TType.I32, 3)), ("write_i32", (-2,))), "080003fffffffe")
        self.assertEqual(self.encode(b, ("field_bool", (1, True)), ("field_stop", ())), "02000101" "00")
        self.assertEqual(self.encode(b, ("map_begin", (TType.STRING, TType.I64, 2))), "0b0a00000002")

    def test_compact(self) -> None:
        c = Protocol.COMPACT
        self.assertEqual(self.encode(c, ("message_begin", ("ab", 1, 7))), "822107026162")
        self.assertEqual(self.encode(c, ("message_begin", ("", 4, -1))), "8281ffffffff0f00")
        self.assertEqual(self.encode(c, ("struct_begin", ()), ("field_begin", (TType.I32, 1)),
                                     ("write_i32", (-1,)), ("field_bool", (17, False)),
                                     ("field_bool", (16, True))), "1501" "0222" "0120")
        self.assertEqual(self.encode(c, ("list_begin", (TType.BOOL, 2)), ("write_bool", (True,)),
                                     ("write_bool", (False,))), "210102")
        self.assertEqual(self.encode(c, ("map_begin", (TType.STRING, TType.I64, 0))), "00")
        self.assertEqual(self.encode(c, ("write_i64", (-(2**63),))), "ffffffffffffffffff01")

    def test_bool_field_announced_then_written(self) -> None:
        for protocol in Protocol:
            w = writer(protocol)
            w.struct_begin()
            w.field_begin(TType.BOOL, 5)
            w.write_bool(True)
            v = writer(protocol)
            v.struct_begin()
            v.field_bool(5, True)
            self.assertEqual(w.getvalue(), v.getvalue())

    def test_values_out_of_range_are_refused(self) -> None:
        for protocol in Protocol:
            for method, value in (("write_byte", 128), ("write_i16", -32769), ("write_i32", 2**31),
                                  ("write_i64", -(2**63) - 1)):
                with self.subTest(protocol=protocol.name, method=method):
                    with self.assertRaises(ValueError):
                        getattr(writer(protocol), method)(value)

    def test_round_trip_and_reset(self) -> None:
        for protocol in Protocol:
            w = writer(protocol)
            for name, ops in struct_scenarios().items():
                with self.subTest(protocol=protocol.name, scenario=name):
                    w.reset()
                    write_parley(w, ops)
                    read_parley(reader(protocol, w.getvalue()), ops, protocol is Protocol.COMPACT)
                    read_parley(stream_reader(protocol, Trickle(w.getvalue(), 3)), ops,
                                protocol is Protocol.COMPACT)


class MalformedInputTest(unittest.TestCase):
    """Every malformed message fails with a ProtocolError of the right kind, before allocating."""

    def test_whole_messages(self) -> None:
        for protocol in Protocol:
            for case in cases(protocol):
                with self.subTest(protocol=protocol.name, case=case.name):
                    with self.assertRaises(ProtocolError) as caught:
                        decode_call(reader(protocol, case.data))
                    self.assertEqual(caught.exception.kind, case.kind, caught.exception)

    def test_streams_fed_byte_by_byte(self) -> None:
        for protocol in Protocol:
            for case in cases(protocol):
                with self.subTest(protocol=protocol.name, case=case.name):
                    trickle = Trickle(case.data, 1)
                    expected = ProtocolError if case.decisive else TransportError
                    with self.assertRaises(expected) as caught:
                        decode_call(stream_reader(protocol, trickle))
                    if case.decisive:
                        self.assertEqual(caught.exception.kind, case.kind, caught.exception)  # type: ignore[attr-defined]
                    self.assertLessEqual(trickle.largest_request, 1024 * 1024)

    def test_limits_are_configurable(self) -> None:
        small = Limits(max_string_length=4, max_container_size=2, max_depth=2, max_message_size=64)
        for protocol in Protocol:
            with self.subTest(protocol=protocol.name):
                w = writer(protocol)
                w.write_string("12345")
                with self.assertRaises(ProtocolError) as caught:
                    reader(protocol, w.getvalue(), small).read_string()
                self.assertEqual(caught.exception.kind, ProtocolErrorKind.SIZE_LIMIT)
                w = writer(protocol)
                w.list_begin(TType.I32, 3)
                for i in range(3):
                    w.write_i32(i)
                with self.assertRaises(ProtocolError):
                    reader(protocol, w.getvalue(), small).skip(TType.LIST)
                w = writer(protocol)
                for _ in range(3):
                    w.struct_begin()
                    w.field_begin(TType.STRUCT, 1)
                with self.assertRaises(ProtocolError) as caught:
                    reader(protocol, w.getvalue(), small).skip(TType.STRUCT)
                self.assertEqual(caught.exception.kind, ProtocolErrorKind.DEPTH_LIMIT)
                with self.assertRaises(ProtocolError):
                    reader(protocol, b"\0" * 65, small)
                endless = Trickle(envelope(protocol) + field(protocol, TType.STRING) + length(protocol, 60)
                                  + b"x" * 100, 7)
                with self.assertRaises(ProtocolError) as caught:
                    decode_call(stream_reader(protocol, endless, Limits(max_message_size=64)))
                self.assertEqual(caught.exception.kind, ProtocolErrorKind.SIZE_LIMIT)
                self.assertIn("message exceeds", str(caught.exception))

    def test_empty_collections_with_unknown_element_types_are_accepted(self) -> None:
        # libthrift reads them; the element type of nothing does not matter.
        self.assertEqual(reader(Protocol.COMPACT, b"\x0e").list_begin(), (TType.STOP, 0))
        self.assertEqual(reader(Protocol.BINARY, b"\x55\0\0\0\0").list_begin(), (0x55, 0))
        self.assertEqual(reader(Protocol.BINARY, b"\x55\x55\0\0\0\0").map_begin(), (0x55, 0x55, 0))


if __name__ == "__main__":
    unittest.main()
