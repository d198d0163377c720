"""The helpers of the generated fast codecs against the checked protocol writers and readers."""

from __future__ import annotations

import random
import struct
import unittest

from parley import fastwire as fw
from parley.binary import BinaryProtocolWriter
from parley.compact import CompactProtocolReader, CompactProtocolWriter
from parley.limits import Limits
from parley.protocol import TType

I32 = (-(2**31), 2**31 - 1)
I64 = (-(2**63), 2**63 - 1)


def samples(lo: int, hi: int) -> list[int]:
    rng = random.Random(7)
    edges = [0, 1, -1, 63, -64, 64, -65, 8191, 8192, -8193, lo, hi, lo + 1, hi - 1]
    return edges + [rng.randint(lo, hi) >> rng.randint(0, 63) for _ in range(2000)]


class Varints(unittest.TestCase):
    def test_int_lists_match_the_checked_writer_and_reader(self) -> None:
        for (lo, hi), shift, limit, write, read in (
                (I32, 31, 5, CompactProtocolWriter.write_i32, CompactProtocolReader.read_i32),
                (I64, 63, 10, CompactProtocolWriter.write_i64, CompactProtocolReader.read_i64)):
            values = [max(lo, min(hi, v)) for v in samples(lo, hi)]
            w = CompactProtocolWriter()
            for v in values:
                write(w, v)
            fast = bytearray()
            fw.c_int_list(fast, values, shift)
            self.assertEqual(bytes(fast), w.getvalue())
            self.assertEqual(fw.rc_int_list(bytes(fast), 0, len(values), limit), (values, len(fast)))
            r = CompactProtocolReader(bytes(fast))
            self.assertEqual([read(r) for _ in values], values)

    def test_lists_of_one_byte_values_match_the_checked_reader(self) -> None:
        # From four values on these are read by translating the bytes, not by the loop.
        for n in range(0, 130):
            values = [(v % 128) - 64 for v in range(n * 37, n * 38)]
            w = CompactProtocolWriter()
            for v in values:
                w.write_i64(v)
            data = b"\x19" + w.getvalue() + b"\x00"  # at an offset, as in a message
            self.assertEqual(len(data), n + 2)
            for limit, source in ((5, data), (10, data), (10, bytearray(data))):
                self.assertEqual(fw.rc_int_list(source, 1, n, limit), (values, n + 1))
            if n:
                # Cut short: the run of bytes is there but one value is missing.
                with self.assertRaises(IndexError):
                    fw.rc_int_list(data[:n], 1, n, 5)
        # A two-byte value after one-byte values.
        self.assertEqual(fw.rc_int_list(b"\x02\x04\x06\x08\x80\x01", 0, 5, 5), ([1, 2, 3, 4, 64], 6))
        # Four-byte values are read inline; one cut before its last byte is truncated.
        self.assertEqual(fw.rc_int_list(b"\x80\x80\x80\x01\x02", 0, 2, 5), ([2**20, 1], 5))
        with self.assertRaises(IndexError):
            fw.rc_int_list(b"\x02\x80\x80\x80", 0, 2, 5)

    def test_single_values_match_the_checked_reader(self) -> None:
        for v in samples(*I64):
            w = CompactProtocolWriter()
            w.write_i64(v)
            data = w.getvalue()
            self.assertEqual(fw.rc_i64(data, 0), (v, len(data)))
            if I32[0] <= v <= I32[1]:
                self.assertEqual(fw.rc_i32(data, 0), (v, len(data)))
            if len(data) <= 5:
                # Like libthrift, an i16 keeps the low 16 bits of a bigger value.
                self.assertEqual(fw.rc_i16(data, 0)[0], CompactProtocolReader(data).read_i16())

    def test_out_of_range_values_are_refused_like_the_checked_writer(self) -> None:
        for values, shift in (([2**31], 31), ([-(2**31) - 1], 31), ([2**63], 63), ([-(2**63) - 1], 63)):
            with self.assertRaisesRegex(ValueError, "out of range"):
                fw.c_int_list(bytearray(), values, shift)
        for helper, bits in ((fw.varint16, 16), (fw.varint32, 32), (fw.varint64, 64)):
            v = 1 << (bits - 1)
            with self.assertRaisesRegex(ValueError, f"i{bits} value out of range"):
                helper(bytearray(), (v << 1) ^ (v >> (bits - 1)))

    def test_varints_longer_than_their_type_are_left_to_the_checked_reader(self) -> None:
        for helper, longest in ((fw.rc_i32, 5), (fw.rc_i64, 10), (fw.rc_size, 5)):
            helper(b"\xff" * (longest - 1) + b"\x01", 0)
            with self.assertRaises(fw.Fallback):
                helper(b"\xff" * longest + b"\x01", 0)
        with self.assertRaises(fw.Fallback):
            fw.rc_int_list(b"\xff" * 10 + b"\x01", 0, 1, 10)
        with self.assertRaises(fw.Fallback):
            fw.rc_size(b"\xff\xff\xff\xff\x0f", 0)  # -1 as a signed i32

    def test_truncated_varints_raise(self) -> None:
        for cut in (b"", b"\x80", b"\xff\xff"):
            with self.assertRaises(IndexError):
                fw.rc_i64(cut, 0)
            with self.assertRaises(IndexError):
                fw.rc_int_list(cut, 0, 1, 10)


class FixedWidth(unittest.TestCase):
    def test_binary_lists_match_the_checked_writer(self) -> None:
        for code, width, values, write in (
                ("i", 4, [0, -1, 2**31 - 1, -(2**31)], BinaryProtocolWriter.write_i32),
                ("q", 8, [0, -1, 2**63 - 1], BinaryProtocolWriter.write_i64),
                ("d", 8, [0.5, -0.0, 1e300], BinaryProtocolWriter.write_double),
                ("h", 2, [-5, 300], BinaryProtocolWriter.write_i16),
                ("b", 1, [-128, 127], BinaryProtocolWriter.write_byte),
                ("?", 1, [True, False], BinaryProtocolWriter.write_bool)):
            w = BinaryProtocolWriter()
            for v in values:
                write(w, v)  # type: ignore[arg-type]
            fast = bytearray()
            fw.b_fixed_list(fast, code, values)
            self.assertEqual(bytes(fast), w.getvalue())
            self.assertEqual(fw.rb_fixed_list(bytes(fast), 0, len(values), code, width), (values, len(fast)))
        with self.assertRaises(struct.error):
            fw.b_fixed_list(bytearray(), "i", [2**31])
        with self.assertRaises(struct.error):
            fw.rb_fixed_list(b"\x00" * 7, 0, 2, "i", 4)

    def test_short_and_long_lists_take_the_same_bytes(self) -> None:
        # Lists up to fw._SHORT long use formats compiled once; longer ones struct's own cache.
        for n in (0, 1, fw._SHORT, fw._SHORT + 1, 1000):
            values = list(range(-n, n, 2))[:n] or [7] * n
            fast = bytearray()
            fw.b_fixed_list(fast, "q", values)
            fw.b_fixed_list(fast, "q", values)  # the second time through the compiled format
            self.assertEqual(bytes(fast), struct.pack(f"!{n}q", *values) * 2)
            self.assertEqual(fw.rb_fixed_list(bytes(fast), 8 * n, n, "q", 8), (values, 16 * n))

    def test_runs_of_fields_pack_with_their_headers(self) -> None:
        packed = fw.PACK["!BhiBh?"](8, 1, -2, 2, 300, 5)
        self.assertEqual(packed, b"\x08\x00\x01\xff\xff\xff\xfe\x02\x01\x2c\x01")
        self.assertIs(fw.PACK["!BhiBh?"], fw.PACK["!BhiBh?"])
        self.assertEqual(fw.UNPACK["!BhiBhB"](b"\x00" + packed, 1), (8, 1, -2, 2, 300, 1))
        self.assertEqual(fw.bh_i64(10, -1, 3), b"\x0a\xff\xff" + struct.pack("!q", 3))
        self.assertEqual(fw.bh_map(13, 2, 11, 8, 4), b"\x0d\x00\x02\x0b\x08\x00\x00\x00\x04")
        with self.assertRaises(struct.error):
            fw.UNPACK["!BhiBhB"](packed, 1)

    def test_length_table_holds_the_binary_lengths(self) -> None:
        self.assertEqual(fw.B_LENGTH, tuple(struct.pack("!i", n) for n in range(256)))

    def test_string_header_tables_hold_what_the_checked_writer_writes(self) -> None:
        for field_id in (-32768, -1, 0, 1, 2, 255, 256, 32767):
            table = fw.bh_string_table(field_id)
            self.assertIs(table, fw.bh_string_table(field_id))  # one per id, shared
            self.assertEqual(len(table), 256)
            for n in (0, 1, 127, 128, 255):
                w = BinaryProtocolWriter()
                w.field_begin(TType.STRING, field_id)
                w.write_binary(b"x" * n)
                self.assertEqual(table[n] + b"x" * n, w.getvalue(), (field_id, n))


class Skipping(unittest.TestCase):
    def test_skips_match_the_checked_reader_and_its_limits(self) -> None:
        w = CompactProtocolWriter()
        w.list_begin(TType.STRING, 2)
        w.write_string("a")
        w.write_string("bc")
        data = w.getvalue() + b"\x07"
        self.assertEqual(fw.c_skip(data, 0, 9, 1, Limits()), len(data) - 1)
        self.assertEqual(fw.c_skip(data, 3, 1, 1, Limits()), 3)  # a bool field: nothing to skip
        with self.assertRaises(fw.Fallback):
            fw.c_skip(data, 0, 14, 1, Limits())
        self.assertEqual(fw.b_skip(b"\x00\x00\x00\x02hi", 0, TType.STRING, 1, Limits()), 6)
        from parley.errors import ProtocolError
        with self.assertRaises(ProtocolError):
            fw.b_skip(b"\x00\x00\x00\x05hi", 0, TType.STRING, 1, Limits(max_string_length=4))


if __name__ == "__main__":
    unittest.main()
