"""Sequences of protocol calls, played on Parley's and on Apache Thrift's writers and readers.

A scenario is a list of operations such as ("field", TType.I32, 1) or ("i32", 5). Playing it on a
writer writes the values; playing it on a reader reads them back and checks each one.
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from parley.protocol import MessageType, ProtocolReader, ProtocolWriter, TType

Op = tuple[Any, ...]

_VALUE_TYPES = {"bool": TType.BOOL, "byte": TType.BYTE, "i16": TType.I16, "i32": TType.I32,
                "i64": TType.I64, "double": TType.DOUBLE, "string": TType.STRING,
                "binary": TType.STRING, "uuid": TType.UUID}

SAMPLES: dict[str, list[Any]] = {
    "bool": [True, False],
    "byte": [0, 1, -1, 127, -128],
    "i16": [0, 1, -1, 63, 64, -65, 32767, -32768],
    "i32": [0, 1, -1, 63, 64, 8191, 8192, -8193, 2**31 - 1, -(2**31)],
    "i64": [0, -1, 2**31, -(2**31) - 1, 2**53 + 1, 2**63 - 1, -(2**63)],
    "double": [0.0, -0.0, 1.5, -2.25e-300, 1e308, math.inf, -math.inf, math.nan],
    "string": ["", "a", "héllo wörld", "日本語", "😀 emoji", "x" * 127, "y" * 128, "z" * 16384],
    "binary": [b"", bytes(range(256)), b"\x00" * 200],
    "uuid": [uuid.UUID(int=0), uuid.UUID("00112233-4455-6677-8899-aabbccddeeff"),
             uuid.UUID(int=2**128 - 1)],
}


def value_ops(kind: str, v: Any) -> list[Op]:
    return [(kind, v)]


def field(fid: int, kind: str, v: Any) -> list[Op]:
    if kind == "bool":
        return [("field_bool", fid, v)]
    return [("field", _VALUE_TYPES[kind], fid), (kind, v), ("field_end",)]


def struct(*fields: list[Op]) -> list[Op]:
    ops: list[Op] = [("struct_begin",)]
    for f in fields:
        ops += f
    return ops + [("stop",), ("struct_end",)]


def container(kind: str, etype: int, elements: list[list[Op]]) -> list[Op]:
    ops: list[Op] = [(kind, etype, len(elements))]
    for e in elements:
        ops += e
    return ops + [(kind + "_end",)]


def mapping(ktype: int, vtype: int, pairs: list[tuple[list[Op], list[Op]]]) -> list[Op]:
    ops: list[Op] = [("map", ktype, vtype, len(pairs))]
    for k, v in pairs:
        ops += k + v
    return ops + [("map_end",)]


def uses_uuid(ops: list[Op]) -> bool:
    return any(op[0] == "uuid" or (op[0] in ("field", "list", "set") and op[1] == TType.UUID)
               or (op[0] == "map" and TType.UUID in op[1:3]) for op in ops)


def struct_scenarios() -> dict[str, list[Op]]:
    """Scenarios that are one struct each, so a reader can also skip them whole."""
    out: dict[str, list[Op]] = {}
    for kind, values in SAMPLES.items():
        out[f"fields of {kind}"] = struct(*[field(i + 1, kind, v) for i, v in enumerate(values)])
        t = _VALUE_TYPES[kind]
        out[f"list of {kind}"] = struct(
            [("field", TType.LIST, 1)] + container("list", t, [[(kind, v)] for v in values]) + [("field_end",)])
        out[f"set of {kind}"] = struct(
            [("field", TType.SET, 2)] + container("set", t, [[(kind, v)] for v in values]) + [("field_end",)])
    ids = [1, 2, 17, 16, 32, 31, 32767, -1, -32768, 0, 5, 20, 35]
    out["field id deltas, short and long, forward and back"] = struct(
        *[field(fid, "i32", fid) for fid in ids])
    out["bool fields at every delta form"] = struct(
        *[field(fid, "bool", fid % 3 == 0) for fid in [1, 15, 31, 30, -7, 100, 101, 32767]])
    for n in [0, 1, 14, 15, 16, 300]:
        out[f"list of {n} i32"] = struct(
            [("field", TType.LIST, 1)] + container("list", TType.I32, [[("i32", i)] for i in range(n)])
            + [("field_end",)])
        out[f"list of {n} bools"] = struct(
            [("field", TType.LIST, 1)] + container("list", TType.BOOL, [[("bool", i % 2 == 0)] for i in range(n)])
            + [("field_end",)])
        out[f"map of {n} string to double"] = struct(
            [("field", TType.MAP, 3)] + mapping(TType.STRING, TType.DOUBLE,
                                                [([("string", str(i))], [("double", i / 2)]) for i in range(n)])
            + [("field_end",)])
    inner = struct(field(1, "i32", 7), field(20, "string", "in"), field(21, "bool", True))
    out["nested structs keep their own field ids"] = struct(
        field(10, "i32", 1), [("field", TType.STRUCT, 11)] + struct(
            [("field", TType.STRUCT, 3)] + inner + [("field_end",)], field(40, "bool", False))
        + [("field_end",)], field(12, "bool", True), field(13, "i64", -5))
    out["list of structs and map of struct values"] = struct(
        [("field", TType.LIST, 1)] + container("list", TType.STRUCT, [inner, inner, struct()]) + [("field_end",)],
        [("field", TType.MAP, 2)] + mapping(TType.I64, TType.STRUCT, [([("i64", 1)], inner), ([("i64", -1)], struct())])
        + [("field_end",)])
    out["nested containers"] = struct(
        [("field", TType.LIST, 1)] + container("list", TType.LIST, [
            container("list", TType.I32, [[("i32", 1)], [("i32", 2)]]),
            container("list", TType.I32, []),
        ]) + [("field_end",)],
        [("field", TType.MAP, 2)] + mapping(TType.STRING, TType.SET, [
            ([("string", "k")], container("set", TType.STRING, [[("binary", b"\x01")]])),
        ]) + [("field_end",)],
        [("field", TType.MAP, 3)] + mapping(TType.BOOL, TType.MAP, [
            ([("bool", True)], mapping(TType.BYTE, TType.BOOL, [([("byte", -1)], [("bool", False)])])),
        ]) + [("field_end",)])
    out["empty struct"] = struct()
    out["uuid map keys"] = struct(
        [("field", TType.MAP, 1)] + mapping(TType.UUID, TType.I16, [([("uuid", u)], [("i16", 1)])
                                                                    for u in SAMPLES["uuid"]]) + [("field_end",)])
    return out


def large_scenarios() -> dict[str, list[Op]]:
    return {
        "list of 100000 i64": struct([("field", TType.LIST, 1)] + container(
            "list", TType.I64, [[("i64", i * 1_000_003)] for i in range(100_000)]) + [("field_end",)]),
        "one megabyte binary": struct(field(1, "binary", bytes(range(256)) * 4096)),
    }


def message_scenarios() -> dict[str, list[Op]]:
    out: dict[str, list[Op]] = {}
    body = struct(field(1, "i32", 42))
    for mtype in (MessageType.CALL, MessageType.REPLY, MessageType.EXCEPTION, MessageType.ONEWAY):
        for seqid in (0, 1, -1, 2**31 - 1, -(2**31), 300):
            out[f"envelope type {mtype} seqid {seqid}"] = (
                [("message_begin", "method", mtype, seqid)] + body + [("message_end",)])
    for name in ("", "Calculator:add", "ünïcödé", "n" * 300):
        out[f"envelope named {name[:20]!r}"] = [("message_begin", name, 1, 7)] + body + [("message_end",)]
    return out


# -- playing on Parley -----------------------------------------------------------------------

def write_parley(w: ProtocolWriter, ops: list[Op]) -> None:
    for op in ops:
        name = op[0]
        if name == "message_begin":
            w.message_begin(op[1], op[2], op[3])
        elif name == "struct_begin":
            w.struct_begin()
        elif name == "struct_end":
            w.struct_end()
        elif name == "field":
            w.field_begin(op[1], op[2])
        elif name == "field_bool":
            w.field_bool(op[1], op[2])
        elif name == "stop":
            w.field_stop()
        elif name == "list":
            w.list_begin(op[1], op[2])
        elif name == "set":
            w.set_begin(op[1], op[2])
        elif name == "map":
            w.map_begin(op[1], op[2], op[3])
        elif name in _VALUE_TYPES:
            getattr(w, "write_" + name)(op[1])
        # *_end operations write nothing in either protocol


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, float) and a == 0.0 and isinstance(b, float):
        return b == 0.0 and math.copysign(1, a) == math.copysign(1, b)
    return bool(a == b) and type(a) is type(b)


def read_parley(r: ProtocolReader, ops: list[Op], compact: bool) -> None:
    """Reads the values of ``ops`` with a Parley reader, failing on the first difference."""
    for i, op in enumerate(ops):
        name = op[0]
        got: Any = None
        want: Any = None
        if name == "message_begin":
            got, want = r.message_begin(), op[1:]
        elif name == "struct_begin":
            r.struct_begin()
        elif name == "struct_end":
            r.struct_end()
        elif name == "field":
            got, want = r.field_begin(), op[1:]
        elif name == "field_bool":
            got, want = (r.field_begin(), r.read_bool()), ((TType.BOOL, op[1]), op[2])
        elif name == "stop":
            got, want = r.field_begin()[0], TType.STOP
        elif name in ("list", "set"):
            got, want = (r.list_begin() if name == "list" else r.set_begin()), op[1:]
        elif name == "map":
            got = r.map_begin()
            want = (TType.STOP, TType.STOP, 0) if compact and op[3] == 0 else op[1:]
        elif name in _VALUE_TYPES:
            got, want = getattr(r, "read_" + name)(), op[1]
            if not _same(want, got):
                raise AssertionError(f"op {i} {op[:2]!r}: read {got!r}")
            continue
        if got != want and not (isinstance(want, tuple) and tuple(got) == want):
            raise AssertionError(f"op {i} {op!r}: read {got!r}, expected {want!r}")
