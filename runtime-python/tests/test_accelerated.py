"""Parley's protocols against Apache Thrift's C extension (fastbinary), with hand-built structs."""

from __future__ import annotations

import math
import unittest
import uuid
from typing import Any

from parley.protocol import Protocol, ProtocolReader, ProtocolWriter, TType, reader, writer

from .peers import FASTBINARY_MISSING, THRIFT_HAS_UUID, needs_fastbinary

if FASTBINARY_MISSING is None:
    from thrift.protocol.TBase import TBase
    from thrift.protocol.TBinaryProtocol import TBinaryProtocolAccelerated
    from thrift.protocol.TCompactProtocol import TCompactProtocolAccelerated
    from thrift.transport.TTransport import TMemoryBuffer

    def make_struct(name: str, fields: list[tuple[int, int, str, Any]]) -> type:
        """A class shaped like Thrift-generated code: thrift_spec indexed by field id."""
        spec: list[Any] = [None] * (max(f[0] for f in fields) + 1)
        for fid, ttype, fname, args in fields:
            spec[fid] = (fid, ttype, fname, args, None)
        names = [f[2] for f in fields]

        def __init__(self: Any, **kwargs: Any) -> None:
            for n in names:
                setattr(self, n, kwargs.get(n))

        return type(name, (TBase,), {"thrift_spec": tuple(spec), "__init__": __init__})

    Inner = make_struct("Inner", [(1, TType.I32, "x", None), (2, TType.STRING, "s", "UTF8")])
    INNER = [Inner, Inner.thrift_spec]  # type: ignore[attr-defined]
    FIELDS = [
        (1, TType.BOOL, "flag", None), (2, TType.BYTE, "b", None), (3, TType.I16, "i16", None),
        (4, TType.I32, "i32", None), (5, TType.I64, "i64", None), (6, TType.DOUBLE, "d", None),
        (7, TType.STRING, "s", "UTF8"), (8, TType.STRING, "bin", "BINARY"),
        (9, TType.STRUCT, "inner", INNER), (10, TType.LIST, "ints", (TType.I32, None, False)),
        (11, TType.SET, "strs", (TType.STRING, "UTF8", False)),
        (12, TType.MAP, "m", (TType.STRING, "UTF8", TType.STRUCT, INNER, False)),
        (13, TType.LIST, "bools", (TType.BOOL, None, False)),
        (14, TType.LIST, "nested", (TType.LIST, (TType.I64, None, False), False)),
        (40, TType.BOOL, "late", None), (41, TType.MAP, "empty", (TType.I32, None, TType.I32, None, False)),
    ]
    Everything = make_struct("Everything", FIELDS)
    UuidHolder = make_struct("UuidHolder", [(1, TType.UUID, "u", None),
                                            (2, TType.LIST, "us", (TType.UUID, None, False))])


def sample() -> dict[str, Any]:
    return dict(flag=True, b=-7, i16=-300, i32=2**31 - 1, i64=-(2**63), d=-1.25, s="grüße 😀",
                bin=bytes(range(256)), inner=Inner(x=5, s="in"), ints=list(range(-20, 20)),
                strs={"only"}, m={"a": Inner(x=1, s="A"), "b": Inner(x=2, s=None)},
                bools=[True, False, True] * 6, nested=[[1, 2**40], [], [-3]], late=False, empty={})


def write_inner(w: ProtocolWriter, v: Any) -> None:
    w.struct_begin()
    if v.x is not None:
        w.field_begin(TType.I32, 1)
        w.write_i32(v.x)
    if v.s is not None:
        w.field_begin(TType.STRING, 2)
        w.write_string(v.s)
    w.field_stop()
    w.struct_end()


def write_everything(w: ProtocolWriter, v: dict[str, Any]) -> None:
    """What generated code does: straight-line writes in field order."""
    w.struct_begin()
    w.field_bool(1, v["flag"])
    w.field_begin(TType.BYTE, 2); w.write_byte(v["b"])  # noqa: E702
    w.field_begin(TType.I16, 3); w.write_i16(v["i16"])  # noqa: E702
    w.field_begin(TType.I32, 4); w.write_i32(v["i32"])  # noqa: E702
    w.field_begin(TType.I64, 5); w.write_i64(v["i64"])  # noqa: E702
    w.field_begin(TType.DOUBLE, 6); w.write_double(v["d"])  # noqa: E702
    w.field_begin(TType.STRING, 7); w.write_string(v["s"])  # noqa: E702
    w.field_begin(TType.STRING, 8); w.write_binary(v["bin"])  # noqa: E702
    w.field_begin(TType.STRUCT, 9); write_inner(w, v["inner"])  # noqa: E702
    w.field_begin(TType.LIST, 10)
    w.list_begin(TType.I32, len(v["ints"]))
    for i in v["ints"]:
        w.write_i32(i)
    w.field_begin(TType.SET, 11)
    w.set_begin(TType.STRING, len(v["strs"]))
    for s in v["strs"]:
        w.write_string(s)
    w.field_begin(TType.MAP, 12)
    w.map_begin(TType.STRING, TType.STRUCT, len(v["m"]))
    for k, x in v["m"].items():
        w.write_string(k)
        write_inner(w, x)
    w.field_begin(TType.LIST, 13)
    w.list_begin(TType.BOOL, len(v["bools"]))
    for b in v["bools"]:
        w.write_bool(b)
    w.field_begin(TType.LIST, 14)
    w.list_begin(TType.LIST, len(v["nested"]))
    for inner in v["nested"]:
        w.list_begin(TType.I64, len(inner))
        for i in inner:
            w.write_i64(i)
    w.field_bool(40, v["late"])
    w.field_begin(TType.MAP, 41)
    w.map_begin(TType.I32, TType.I32, 0)
    w.field_stop()
    w.struct_end()


def read_generic(r: ProtocolReader, ttype: int) -> Any:
    """Reads any value into plain Python data, the way a schema-less tool would."""
    if ttype == TType.STRUCT:
        out: dict[int, Any] = {}
        r.struct_begin()
        while True:
            t, fid = r.field_begin()
            if t == TType.STOP:
                break
            out[fid] = read_generic(r, t)
        r.struct_end()
        return out
    if ttype in (TType.LIST, TType.SET):
        etype, n = r.list_begin()
        return [read_generic(r, etype) for _ in range(n)]
    if ttype == TType.MAP:
        k, v, n = r.map_begin()
        return [(read_generic(r, k), read_generic(r, v)) for _ in range(n)]
    return {TType.BOOL: r.read_bool, TType.BYTE: r.read_byte, TType.I16: r.read_i16,
            TType.I32: r.read_i32, TType.I64: r.read_i64, TType.DOUBLE: r.read_double,
            TType.STRING: r.read_binary, TType.UUID: r.read_uuid}[ttype]()


def accelerated(protocol: Protocol, data: bytes = b"") -> Any:
    buf = TMemoryBuffer(data)
    p = (TCompactProtocolAccelerated if protocol is Protocol.COMPACT
         else TBinaryProtocolAccelerated)(buf, fallback=False)
    assert p._fast_encode is not None, "the C extension is not in use"
    return p


@needs_fastbinary
class AcceleratedTest(unittest.TestCase):
    """Thrift's C codec and Parley agree on every type, in both protocols and both directions."""

    def test_parley_writes_what_fastbinary_writes(self) -> None:
        for protocol in Protocol:
            with self.subTest(protocol=protocol.name):
                p = accelerated(protocol)
                Everything(**sample()).write(p)
                w = writer(protocol)
                write_everything(w, sample())
                self.assertEqual(w.getvalue().hex(), p.trans.getvalue().hex())

    def test_fastbinary_decodes_what_parley_writes(self) -> None:
        for protocol in Protocol:
            with self.subTest(protocol=protocol.name):
                w = writer(protocol)
                write_everything(w, sample())
                decoded = Everything()
                decoded.read(accelerated(protocol, w.getvalue()))
                self.assertEqual(decoded, Everything(**sample()))

    def test_parley_reads_what_fastbinary_writes(self) -> None:
        for protocol in Protocol:
            with self.subTest(protocol=protocol.name):
                p = accelerated(protocol)
                Everything(**sample()).write(p)
                data = p.trans.getvalue()
                got = read_generic(reader(protocol, data), TType.STRUCT)
                v = sample()
                self.assertEqual(got[1], True)
                self.assertEqual([got[2], got[3], got[4], got[5]], [v["b"], v["i16"], v["i32"], v["i64"]])
                self.assertEqual(got[6], -1.25)
                self.assertEqual(got[7].decode("utf-8"), v["s"])
                self.assertEqual(got[8], v["bin"])
                self.assertEqual(got[9], {1: 5, 2: b"in"})
                self.assertEqual(got[10], v["ints"])
                self.assertEqual(got[12], [(b"a", {1: 1, 2: b"A"}), (b"b", {1: 2})])
                self.assertEqual(got[13], v["bools"])
                self.assertEqual(got[14], v["nested"])
                self.assertEqual((got[40], got[41]), (False, []))
                r = reader(protocol, data)
                r.skip(TType.STRUCT)
                self.assertEqual(r.buffered, 0)

    def test_uuid(self) -> None:
        if not THRIFT_HAS_UUID:
            self.skipTest("this Thrift predates uuid")
        u = uuid.UUID("01234567-89ab-cdef-0123-456789abcdef")
        for protocol in Protocol:
            with self.subTest(protocol=protocol.name):
                p = accelerated(protocol)
                try:
                    UuidHolder(u=u, us=[u, uuid.UUID(int=1)]).write(p)  # type: ignore[call-arg]
                except Exception as e:  # noqa: BLE001 - older C extensions know no uuid
                    self.skipTest(f"this fastbinary cannot encode uuid: {e}")
                w = writer(protocol)
                w.struct_begin()
                w.field_begin(TType.UUID, 1)
                w.write_uuid(u)
                w.field_begin(TType.LIST, 2)
                w.list_begin(TType.UUID, 2)
                w.write_uuid(u)
                w.write_uuid(uuid.UUID(int=1))
                w.field_stop()
                w.struct_end()
                self.assertEqual(w.getvalue(), p.trans.getvalue())
                self.assertEqual(read_generic(reader(protocol, w.getvalue()), TType.STRUCT),
                                 {1: u, 2: [u, uuid.UUID(int=1)]})

    def test_doubles_are_little_endian_only_in_compact(self) -> None:
        for protocol, expected in ((Protocol.BINARY, "3ff8000000000000"),
                                   (Protocol.COMPACT, "000000000000f83f")):
            w = writer(protocol)
            w.write_double(1.5)
            self.assertEqual(w.getvalue().hex(), expected)
            self.assertTrue(math.isclose(reader(protocol, w.getvalue()).read_double(), 1.5))


if __name__ == "__main__":
    unittest.main()
