"""The fast codecs of generated Python against the generic ones and Apache Thrift's Python library.

Run with the Parley modules generated from fastpath/fastpath.thrift and fastpath_more.thrift on the
path, and, with --thrift, Thrift's generated package `thrift_fastpath` and its library (then also
its C-accelerated protocols where present). For every value and protocol:

- the fast encoder writes the bytes the generic one (over a ProtocolWriter) writes, and Thrift's;
- the fast decoder, the generic decoder, the ProtocolReader path (whole message and a stream fed
  in small pieces) and Thrift all read those bytes as the value;
- every truncation of them fails with the ProtocolError the generic decoder raises, and the fast
  decoder never succeeds on one; seeded random damage gives the same outcome on both paths;
- hostile lengths, sizes and nesting fail with the kinds the limits promise.
"""
from __future__ import annotations

import dataclasses
import enum
import pickle
import random
import sys
import uuid
from typing import Any, Callable

import fastpath as fp
import fastpath_more as more
import field_orders
from parley import Limits, Protocol, ProtocolError, reader, writer
from parley.codec import decode, encode
from parley.errors import ProtocolErrorKind as K
from parley.protocol import stream_reader
from parley.errors import TransportError, TransportErrorKind

USE_THRIFT = "--thrift" in sys.argv
checks = 0


def check(condition: bool, what: str) -> None:
    global checks
    checks += 1
    if not condition:
        print(f"fastpath_check: FAILED: {what}", file=sys.stderr)
        sys.exit(1)


def generic_bytes(value: Any, protocol: Protocol) -> bytes:
    w = writer(protocol)
    value._write_generic(w)
    return w.getvalue()


def outcome(fn: Callable[[], Any]) -> tuple[str, Any]:
    """A value, or the error's type and text: what two paths must agree on."""
    try:
        return "value", fn()
    except ProtocolError as e:
        return "ProtocolError", (e.kind, str(e))
    except Exception as e:  # noqa: BLE001 - compared, not hidden
        return type(e).__name__, str(e)


class Pieces:
    """A stream handing out ``data`` a few bytes at a time, like a slow socket."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data, self.pos, self.step = data, 0, step

    def read(self, n: int) -> bytes:
        if self.pos >= len(self.data):
            raise TransportError(TransportErrorKind.CLOSED, "end of stream")
        chunk = self.data[self.pos:self.pos + min(n, self.step)]
        self.pos += len(chunk)
        return chunk


def every(i: int) -> fp.Every:
    long_text = "ü" * (70 + i)  # a two-byte length
    return fp.Every(
        flag=bool(i % 2), tiny=-128 if i else 127, small=-32768 if i else 32767,
        medium=-(2**31) if i else 2**31 - 1, large=-(2**63) if i else 2**63 - 1, ratio=-0.0 if i else 1e300,
        text=long_text, data=bytes(range(256)) * (i + 1), color=fp.Color.RED if i else fp.Color(7),
        leaf=fp.Leaf(id=-1, label=None if i else ""), ints=[0, -1, 63, -64, 64, 8191, 8192, 2**31 - 1, -(2**31)] * 3,
        longs=[2**40, -(2**62), 0] * (1 + 50 * i), tags={f"t{n}" for n in range(20 * i)},
        counts={"a": 1, "ü": -(2**63), "k" * 300: 2} if i else {}, leaves=[fp.Leaf(id=n) for n in range(16)],
        nested={-1: [], 7: ["x", "y"]}, flags=[True, False, True] * 6, doubles=[0.5, -2.25, 1e-300],
        shorts={-5, 300}, octets=[-1, 0, 127], colors={fp.Color.BLUE: {fp.Color.GREEN, fp.Color(-4)}},
        pick=[fp.Pick(number=5), fp.Pick(text="t"), fp.Pick(leaf=fp.Leaf(id=3)), fp.Pick(flag=False)][i % 4],
        matrix=[[1, 2], [], [-(2**63)]], maybe="m" if i else None, must="required",
        oops=fp.Oops(message="bad", code=-3) if i else None, blobs=[b"", b"\x00\xff", bytes(range(256)) * 2],
        palette=[fp.Color.GREEN, fp.Color(99)], longSet={1, -(2**40)}, maybeFlag=True if i else None,
        farFlag=not i, farInt=-300)


def values() -> list[Any]:
    out: list[Any] = [every(0), every(1), every(2), every(3), fp.Every(must=""),
                      fp.Every(must="x", ints=list(range(200)), counts={str(n): n for n in range(200)}),
                      fp.Tree(value=1, children=[fp.Tree(value=2, children=[]), fp.Tree(value=3, children=[],
                              left=fp.Tree(value=4, children=[]))]),
                      fp.Pick(text="x" * 20000), fp.Oops(message="m", code=1), fp.Leaf(id=0)]
    out += [more.WithUuid(id=uuid.UUID(int=n), ids=[uuid.uuid4() for _ in range(n)],
                          byId={uuid.UUID(int=7): "seven"}) for n in range(3)]
    out += [more.LeafBackwards(label="l", id=5), more.OddIds(five=5, three=True, big="b", hundred=False,
                                                                ninetyNine=-99, one=1), more.OddIds()]
    out += [more.Temporaries(a_n0=7, a="hello", b_c0=[1, 2], b=["x"], c_x0=-3, c={"k": 300}, d_e0=9, d=b"\x00\x01"),
            more.Temporaries(a_n0=200, a="é" * 200, b_c0=[], b=["y"] * 20, c_x0=1 << 40, c={}, d_e0=-1, d=b"")]
    out += [more._bh_s2_(text="t" * n) for n in (0, 1, 255, 256, 70000)]
    out += [more.Names(buf="s1" * 3, pos=[2, 300, -2], end={"k3": 21}, depth=-(4 << 33), lim=False, cls=6.5,
                       d=bytes([7, 248]), r=1008, w="s9" * 3, ttype=[10, 300, -10], fid={"k11": 77},
                       kind=-(12 << 33), value=False, members=14.5, h=bytes([15, 240]), t=1016,
                       last="s17" * 3, n0=[18, 300, -18], c0={"k19": 133}, e0=-(20 << 33), x0=False, z0=22.5,
                       b0=bytes([23, 232]), h0=1024, rf="s25" * 3, rx=[26, 300, -26], x_v={"k27": 189},
                       x__v=-(28 << 33), x=False, typing_=30.5, Fallback=bytes([31, 224]), ZIGZAG=1032), more.Names()]
    for mask in range(32):
        out.append(more.Sparse(a=7 if mask & 1 else None, b="b" if mask & 2 else None,
                               c=bool(mask & 4) if mask & 12 else None, d=[300, 1] if mask & 8 else None,
                               e=0.25 if mask & 16 else None))
    return out


def deep_tree(depth: int) -> fp.Tree:
    tree = fp.Tree(value=0, children=[])
    for n in range(depth - 1):
        tree = fp.Tree(value=n, children=[tree])
    return tree


def check_value(value: Any, protocol: Protocol) -> bytes:
    cls = type(value)
    name = f"{protocol.name} {cls.__name__}"
    data = encode(value, protocol)
    check(data == generic_bytes(value, protocol), f"{name}: fast and generic encoders differ")
    buf = bytearray()
    getattr(value, "_write_" + protocol.value)(buf)  # encode() would hide its failure behind the generic path
    check(bytes(buf) == data, f"{name}: the fast encoder itself differs")
    w = writer(protocol)
    value.write(w)
    check(w.getvalue() == data, f"{name}: write(w) differs")
    check(decode(cls, data, protocol) == value, f"{name}: fast decode: {decode(cls, data, protocol)}")
    check(cls._read_generic(reader(protocol, data)) == value, f"{name}: generic decode")
    r = reader(protocol, data + b"\x00tail")
    check(cls.read(r) == value and r.offset == len(data) and r.args_read, f"{name}: read(r)")
    for step in (1, 3, 64):
        check(cls.read(stream_reader(protocol, Pieces(data, step))) == value, f"{name}: stream of {step}")
    fast = getattr(cls, "_read_" + protocol.value)
    got, end = fast(data, 0, 1, Limits())
    check(got == value and end == len(data), f"{name}: the fast decoder itself fell back or differs")
    return data


def check_truncations(cls: Any, data: bytes, protocol: Protocol) -> None:
    fast = getattr(cls, "_read_" + protocol.value)
    for n in range(len(data)):
        cut = data[:n]
        mine, theirs = outcome(lambda: decode(cls, cut, protocol)), outcome(
            lambda: cls._read_generic(reader(protocol, cut)))
        check(mine == theirs and mine[0] == "ProtocolError",
              f"{protocol.name} {cls.__name__} cut at {n}: {mine} vs {theirs}")
        check(outcome(lambda: fast(cut, 0, 1, Limits()))[0] != "value",
              f"{protocol.name} {cls.__name__} cut at {n}: the fast decoder accepted it")


def check_damage(cls: Any, data: bytes, protocol: Protocol, rng: random.Random, rounds: int) -> None:
    for _ in range(rounds):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(damaged))
            kind = rng.random()
            if kind < 0.6:
                damaged[at] = rng.randrange(256)
            elif kind < 0.8:
                del damaged[at]
            else:
                damaged.insert(at, rng.randrange(256))
        bad = bytes(damaged)
        mine = outcome(lambda: decode(cls, bad, protocol))
        theirs = outcome(lambda: cls._read_generic(reader(protocol, bad)))
        check(mine == theirs, f"{protocol.name} {cls.__name__} damaged {bad.hex()}: {mine} vs {theirs}")
        fast = outcome(lambda: getattr(cls, "_read_" + protocol.value)(bad, 0, 1, Limits()))
        if fast[0] == "value":
            check(theirs[0] == "value" and fast[1][0] == theirs[1], f"{protocol.name} damaged {bad.hex()}: "
                  f"the fast decoder read {fast[1][0]}, the generic one {theirs}")


def check_field_orders(protocol: Protocol, rng: random.Random, rounds: int) -> None:
    """Random field orders (field_orders.py) for Every and Narrow: the fast decoders (declaration-
    order path, then the loop) and the generic ones read the last well-typed value of each known
    field, skip everything else, and refuse a message without the required field."""
    refused = 0
    for round_ in range(rounds):
        data, kept, written = field_orders.message(protocol, rng)
        where = f"{protocol.name} round {round_} {written}"
        for cls, names in ((fp.Every, None), (fp.Narrow, ("text", "must", "farInt"))):
            kwargs = {k: v for k, v in kept.items() if names is None or k in names}
            expected: tuple[str, Any] = ("value", cls(**kwargs)) if "must" in kwargs else ("refused", None)
            for path, read in (("fast", lambda: decode(cls, data, protocol)),
                               ("generic", lambda: cls._read_generic(reader(protocol, data)))):
                result = outcome(read)
                if result[0] == "ProtocolError" and "must" in result[1][1]:
                    result = ("refused", None)
                check(result == expected, f"{where}: {path} {cls.__name__} read {result}, expected {expected}")
        refused += "must" not in kept
    check(refused > rounds // 20, f"{protocol.name}: some messages lacked the required field ({refused})")


def check_hostile(protocol: Protocol) -> None:
    binary = protocol is Protocol.BINARY

    def length(n: int) -> bytes:
        if binary:
            return n.to_bytes(4, "big", signed=True)
        out, n = bytearray(), n & 0xFFFFFFFF
        while n > 0x7F:
            out.append(n & 0x7F | 0x80)
            n >>= 7
        return bytes(out + bytes([n]))

    text = b"\x0b\x00\x07" if binary else b"\x78"  # Every.text, id 7: a string
    ints = b"\x0f\x00\x0b\x08" if binary else b"\xb9\xf5"  # Every.ints, id 11: a list of i32
    cases = [
        ("2 GB string", text + length(0x7FFFFFF0), K.SIZE_LIMIT),
        ("negative string length", text + length(-5), K.NEGATIVE_SIZE),
        ("list over the container limit", ints + length(0x7FFFFFFF), K.SIZE_LIMIT),
        ("negative list size", ints + length(-1), K.NEGATIVE_SIZE),
        ("a million elements in a tiny message", ints + length(1_000_000) + b"\x00" * 8, K.INVALID_DATA),
    ]
    for name, data, kind in cases:
        mine = outcome(lambda: decode(fp.Every, data, protocol))
        theirs = outcome(lambda: fp.Every._read_generic(reader(protocol, data)))
        check(mine == theirs and mine[0] == "ProtocolError" and mine[1][0] is kind,
              f"{protocol.name} {name}: {mine} vs {theirs}")
    # Binary lengths are read unsigned by the fast decoders; with a string limit of 2**31 or more a
    # negative one would pass it, so such limits take the checked reader, which names the problem.
    huge = Limits(max_string_length=2**33)
    data = text + length(-5)
    mine = outcome(lambda: decode(fp.Every, data, protocol, huge))
    theirs = outcome(lambda: fp.Every._read_generic(reader(protocol, data, huge)))
    check(mine == theirs and mine[0] == "ProtocolError" and mine[1][0] is K.NEGATIVE_SIZE,
          f"{protocol.name} negative length, huge limit: {mine} vs {theirs}")
    fine, deep = deep_tree(64), deep_tree(65)
    check(decode(fp.Tree, encode(fine, protocol), protocol) == fine, "64 deep is within the limit")
    for data in (encode(deep, protocol), (b"\x0f\x00\x02\x0c\x00\x00\x00\x01" if binary else b"\x29\x1c") * 1000):
        mine = outcome(lambda: decode(fp.Tree, data, protocol))
        check(mine[0] == "ProtocolError" and mine[1][0] is K.DEPTH_LIMIT, f"{protocol.name} too deep: {mine}")
        check(mine == outcome(lambda: fp.Tree._read_generic(reader(protocol, data))), "depth errors agree")
    small = Limits(max_string_length=3, max_container_size=2, max_depth=2)
    for value in (fp.Leaf(id=1, label="four"), fp.Every(must="", ints=[1, 2, 3]), deep_tree(3)):
        data = encode(value, protocol)
        mine = outcome(lambda: decode(type(value), data, protocol, small))
        theirs = outcome(lambda: type(value)._read_generic(reader(protocol, data, small)))
        check(mine == theirs and mine[0] == "ProtocolError", f"{protocol.name} small limits: {mine} vs {theirs}")
        check(outcome(lambda: type(value).read(reader(protocol, data, small))) == theirs, "read(r), small limits")


def check_encode_errors() -> None:
    for protocol in Protocol:
        for bad in (fp.Leaf(id=2**31), fp.Every(must="", tiny=128), fp.Every(must="", ints=[2**31]),
                    fp.Every(must="", longs=[-(2**63) - 1]), fp.Every(must="", small=-32769),
                    fp.Leaf(id="1"), fp.Every(must="", text="\ud800")):  # type: ignore[arg-type]
            mine = outcome(lambda: encode(bad, protocol))
            theirs = outcome(lambda: generic_bytes(bad, protocol))
            check(mine == theirs and mine[0] != "value", f"{protocol.name} {bad!r:.60}: {mine} vs {theirs}")
            w = writer(protocol)
            w.write_i32(5)
            check(outcome(lambda: bad.write(w)) == theirs and w.getvalue() == generic_bytes_of_i32(protocol),
                  f"{protocol.name}: a failed write(w) leaves the writer as it was")


def check_unknown_protocol() -> None:
    for call in (lambda: encode(fp.Leaf(id=1), "binary"),  # type: ignore[arg-type]
                 lambda: decode(fp.Leaf, b"\x00", "binary")):  # type: ignore[arg-type]
        try:
            call()
            check(False, "an unknown protocol is refused")
        except ValueError as e:
            check("unknown protocol 'binary'" in str(e) and e.__context__ is None,
                  f"an unknown protocol is refused once, plainly: {e!r} from {e.__context__!r}")


def generic_bytes_of_i32(protocol: Protocol) -> bytes:
    w = writer(protocol)
    w.write_i32(5)
    return w.getvalue()


def check_values_behave() -> None:
    for protocol in Protocol:
        leaf = decode(fp.Leaf, encode(fp.Leaf(id=3, label="x"), protocol), protocol)
        check(leaf == fp.Leaf(id=3, label="x") and hash(leaf) == hash(fp.Leaf(id=3, label="x")), "eq and hash")
        check(repr(leaf) == repr(fp.Leaf(id=3, label="x")), repr(leaf))
        try:
            leaf.id = 4  # type: ignore[misc]
            check(False, "a decoded value is mutable")
        except dataclasses.FrozenInstanceError:
            pass
        check(dataclasses.replace(leaf, id=9) == fp.Leaf(id=9, label="x"), "dataclasses.replace")
        check(pickle.loads(pickle.dumps(leaf)) == leaf, "pickle")
        e = decode(fp.Every, encode(fp.Every(must=""), protocol), protocol)
        check(e.withDefault == "dflt" and e.withListDefault == [1, 2] and e.ints is None, f"defaults: {e}")
        check(e.withListDefault is not fp.Every(must="").withListDefault, "defaults are not shared")
        check(isinstance(decode(fp.Every, encode(every(0), protocol), protocol).color, fp.Color), "open enum")
        colors = decode(fp.Every, encode(every(1), protocol), protocol).colors
        check(colors is not None and fp.Color(-4) in colors[fp.Color.BLUE], f"unknown enum in a set: {colors}")
        oops = decode(fp.Oops, encode(fp.Oops(message="m", code=2), protocol), protocol)
        check(isinstance(oops, Exception) and str(oops) == "Oops(message='m', code=2)", str(oops))
        narrow = decode(fp.Narrow, encode(every(1), protocol), protocol)
        check(narrow == fp.Narrow(text=every(1).text, must="required", farInt=-300), f"unknown fields: {narrow}")
        check(narrow == fp.Narrow._read_generic(reader(protocol, encode(every(1), protocol))), "skips agree")
        leaf2 = decode(fp.Leaf, encode(more.LeafBackwards(label="l", id=5), protocol), protocol)
        check(leaf2 == fp.Leaf(id=5, label="l"), f"fields out of order: {leaf2}")
        check(outcome(lambda: decode(fp.Pick, encode(fp.Leaf(id=1), protocol), protocol))[0] == "ProtocolError",
              "a union with no member")


def to_thrift(value: Any, module: Any) -> Any:
    if dataclasses.is_dataclass(value):
        cls = getattr(module, type(value).__name__)
        return cls(**{f.name: to_thrift(getattr(value, f.name), module) for f in dataclasses.fields(value)})
    if isinstance(value, enum.IntEnum):
        return int(value)
    if isinstance(value, list):
        return [to_thrift(v, module) for v in value]
    if isinstance(value, set):
        return {to_thrift(v, module) for v in value}
    if isinstance(value, dict):
        return {to_thrift(k, module): to_thrift(v, module) for k, v in value.items()}
    return value


def check_thrift(value: Any, protocol: Protocol, data: bytes) -> None:
    from thrift.protocol import TBinaryProtocol, TCompactProtocol
    from thrift.transport import TTransport
    from thrift_fastpath import ttypes

    if isinstance(value, fp.Oops):
        return  # Thrift's exceptions compare by identity
    factories = {Protocol.BINARY: [TBinaryProtocol.TBinaryProtocolFactory()],
                 Protocol.COMPACT: [TCompactProtocol.TCompactProtocolFactory()]}
    try:
        from thrift.protocol import fastbinary  # noqa: F401
        factories[Protocol.BINARY].append(TBinaryProtocol.TBinaryProtocolAcceleratedFactory())
        factories[Protocol.COMPACT].append(TCompactProtocol.TCompactProtocolAcceleratedFactory())
    except ImportError:
        pass
    tv = to_thrift(value, ttypes)
    for factory in factories[protocol]:
        name = f"{protocol.name} {type(value).__name__} {type(factory).__name__}"
        buf = TTransport.TMemoryBuffer()
        tv.write(factory.getProtocol(buf))
        theirs = buf.getvalue()
        # A set of strings iterates in an order of its own in each copy: compare those by value.
        if not (isinstance(value, fp.Every) and len(value.tags or ()) > 1):
            check(theirs == data, f"{name}: Parley wrote {data.hex()}\nThrift wrote {theirs.hex()}")
        back = type(tv)()
        back.read(factory.getProtocol(TTransport.TMemoryBuffer(data)))
        check(back == tv, f"{name}: Thrift read Parley's bytes as {back}")
        check(decode(type(value), theirs, protocol) == value, f"{name}: Parley read Thrift's bytes")


def main() -> None:
    rng = random.Random(20240517)
    for protocol in Protocol:
        for value in values():
            data = check_value(value, protocol)
            if USE_THRIFT and type(value).__module__ == "fastpath":
                check_thrift(value, protocol, data)
        for value in (every(1), every(2), fp.Tree(value=1, children=[fp.Tree(value=2, children=[])]),
                      more.WithUuid(id=uuid.UUID(int=1), ids=[uuid.UUID(int=2)], byId={}),
                      more.OddIds(five=5, three=True, big="b", hundred=False, ninetyNine=-99, one=1),
                      more.Sparse(a=1, c=True, e=0.5)):
            data = encode(value, protocol)
            check_truncations(type(value), data, protocol)
            check_damage(type(value), data, protocol, rng, 400)
        check_hostile(protocol)
        check_field_orders(protocol, rng, 1000)
    check_encode_errors()
    check_unknown_protocol()
    check_values_behave()
    print(f"fastpath_check: ok ({checks} checks{', with Apache Thrift' if USE_THRIFT else ''})")


if __name__ == "__main__":
    main()
