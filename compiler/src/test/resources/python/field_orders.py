"""Seeded random messages for fastpath.Every, written field by field through a ProtocolWriter:
declaration order with gaps, any order, repeats, unknown ids of every type and mistyped known
ones, each with the fields a decoder must keep by Thrift's rules (the last well-typed value of
each known field). Used by fastpath_check.py.
"""
from __future__ import annotations

import random
from typing import Any, Callable

import fastpath as fp
from parley import Protocol, TType, writer

# A random wire value: (type, write, value as decoded).
Wire = tuple[int, Callable[[Any], None], Any]


def wire_value(kind: str, rng: random.Random) -> Wire:
    def text() -> str:
        return "".join(rng.choice(["", "a", "Zoë", "✓", "𝄞", "user", "x" * 130]) for _ in range(rng.randrange(4)))

    def number(bits: int) -> int:
        return rng.randrange(-100, 100) if rng.random() < 0.5 else rng.randrange(-(1 << (bits - 1)), 1 << (bits - 1))

    if kind == "bool":
        b = rng.random() < 0.5
        return TType.BOOL, lambda w: w.write_bool(b), b
    if kind in ("i8", "i16", "i32", "i64"):
        n, bits = number(int(kind[1:])), int(kind[1:])
        ttype = {8: TType.BYTE, 16: TType.I16, 32: TType.I32, 64: TType.I64}[bits]
        return ttype, lambda w: getattr(w, "write_byte" if bits == 8 else f"write_i{bits}")(n), n
    if kind == "double":
        d = rng.gauss(0, 1e6)
        return TType.DOUBLE, lambda w: w.write_double(d), d
    if kind == "string":
        t = text()
        return TType.STRING, lambda w: w.write_string(t), t
    if kind == "binary":
        raw = bytes(rng.randrange(256) for _ in range(200 if rng.random() < 0.2 else rng.randrange(8)))
        return TType.STRING, lambda w: w.write_binary(raw), raw
    if kind == "color":
        c = rng.choice(list(fp.Color))
        return TType.I32, lambda w: w.write_i32(c.value), c
    if kind == "leaf":
        leaf = fp.Leaf(id=number(32), label=text() if rng.random() < 0.5 else None)
        return TType.STRUCT, leaf._write_generic, leaf
    if kind == "pick":
        pick = rng.choice([lambda: fp.Pick(number=number(64)), lambda: fp.Pick(text=text()),
                           lambda: fp.Pick(leaf=fp.Leaf(id=number(32))), lambda: fp.Pick(flag=rng.random() < 0.5)])()
        return TType.STRUCT, pick._write_generic, pick
    if kind == "ints":
        ints = [number(32) for _ in range(rng.randrange(40 if rng.random() < 0.1 else 5))]

        def write_ints(w: Any) -> None:
            w.list_begin(TType.I32, len(ints))
            for i in ints:
                w.write_i32(i)
        return TType.LIST, write_ints, ints
    if kind == "tags":
        tags = {text() for _ in range(rng.randrange(20))}

        def write_tags(w: Any) -> None:
            w.set_begin(TType.STRING, len(tags))
            for t in tags:
                w.write_string(t)
        return TType.SET, write_tags, tags
    assert kind == "counts"
    counts = {text(): number(64) for _ in range(rng.randrange(6))}

    def write_counts(w: Any) -> None:
        w.map_begin(TType.STRING, TType.I64, len(counts))
        for k, v in counts.items():
            w.write_string(k)
            w.write_i64(v)
    return TType.MAP, write_counts, counts


# The fields of Every that messages write: id, name, kind of value.
KNOWN = [(1, "flag", "bool"), (2, "tiny", "i8"), (3, "small", "i16"), (4, "medium", "i32"), (5, "large", "i64"),
         (6, "ratio", "double"), (7, "text", "string"), (8, "data", "binary"), (9, "color", "color"),
         (10, "leaf", "leaf"), (11, "ints", "ints"), (13, "tags", "tags"), (14, "counts", "counts"),
         (22, "pick", "pick"), (24, "maybe", "string"), (25, "must", "string"), (47, "farFlag", "bool"),
         (300, "farInt", "i32")]
# Ids Every does not declare: before, between and after its own, and negative ones.
UNKNOWN_IDS = [0, 33, 40, 46, 48, 100, 299, 301, 1000, 32767, -1, -7, -300]
ANY = ["bool", "i8", "i16", "i32", "i64", "double", "string", "leaf", "ints", "tags", "counts"]


def message(protocol: Protocol, rng: random.Random) -> tuple[bytes, dict[str, Any], list[tuple[int, int, str | None]]]:
    """A random message for Every: its bytes, the field values a decoder keeps, and (id, type, name
    when well typed) per field written, for reports."""
    fields: list[tuple[int, Wire, str | None]] = []  # id, value, field name when well typed
    for _ in range(rng.randrange(len(KNOWN) + 4)):
        kind = rng.randrange(20)
        if kind < 2:
            fields.append((rng.choice(UNKNOWN_IDS), wire_value(rng.choice(ANY), rng), None))
        elif kind < 4:
            fid, name, field_kind = rng.choice(KNOWN)
            own = wire_value(field_kind, rng)[0]
            value = wire_value(rng.choice(ANY), rng)
            while value[0] == own:
                value = wire_value(rng.choice(ANY), rng)
            fields.append((fid, value, None))
        else:
            fid, name, field_kind = rng.choice(KNOWN)
            fields.append((fid, wire_value(field_kind, rng), name))
    if rng.randrange(10):
        fields.append((25, wire_value("string", rng), "must"))
    order = rng.randrange(3)
    if order == 0:
        fields.sort(key=lambda f: f[0] & 0xFFFF)  # declaration order; repeats keep theirs
    elif order == 1:
        rng.shuffle(fields)
    w = writer(protocol)
    w.struct_begin()
    for fid, (ttype, write, value), _ in fields:
        if ttype == TType.BOOL:
            w.field_bool(fid, value)
        else:
            w.field_begin(ttype, fid)
            write(w)
    w.field_stop()
    w.struct_end()
    kept = {name: value for _, (_, _, value), name in fields if name is not None}
    return w.getvalue(), kept, [(f[0], f[1][0], f[2]) for f in fields]
