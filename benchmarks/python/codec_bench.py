"""Encode/decode timings of one User and one page of 15 users: Parley against Apache Thrift's Python
library (pure and, where present, C-accelerated) and thriftpy2 (binary, Cython where present).

Run through run-codec.sh, which generates both sides' code from benchmarks/java/src/main/thrift/bench.thrift:

    codec_bench.py BENCH_THRIFT [--label NAME] [--csv FILE]

Prints a Markdown table per payload: microseconds per operation (best of 5 repeats, taken in
rounds over all codecs), each codec's time relative to Parley's in the same protocol, and, for
Parley, its speed relative to Apache Thrift's pure-Python and C-accelerated codecs in that protocol
(above 1 means Parley is faster).
With --csv, appends rows `chart,group,series,value,unit` (charts python-codec-encode and
python-codec-decode, suffixed with the label).

"parley" is `parley.codec.encode`/`decode` (no protocol object); "parley (reader/writer)" goes
through the ProtocolWriter/ProtocolReader objects that the RPC layer uses.
"""
from __future__ import annotations

import argparse
import functools
import sys
import timeit
from typing import Any, Callable

import bench as parley_bench
from parley import Protocol, reader, writer
from parley.codec import decode as parley_decode
from parley.codec import encode as parley_encode

GROUPS = [3, 17, 256, 4096, 65536, 1 << 20, 7, 9, 11, 13]
ATTRIBUTES = {"locale": "de-CH", "theme": "dark", "plan": "pro"}
REPEATS = 5


def user_fields(i: int) -> dict[str, Any]:
    return dict(id=1_000_000 + i, username=f"user{i}", displayName=f"Zoë Ångström ✓ {i}",
                email=f"user{i}@example.com", age=30 + i, score=97.5 + i, verified=True,
                createdAt=1_700_000_000_000 + i, groupIds=list(GROUPS), bio="Writes RPC toolchains; reads the wire, byte by byte.",
                attributes=dict(ATTRIBUTES))


class Timing:
    """One measurement: the best time per call over its repeats, in µs, once ``run_all`` ran."""

    def __init__(self, fn: Callable[[], object], number: int) -> None:
        self.fn, self.number, self.best = fn, number, float("inf")


TIMINGS: list[Timing] = []


def measure(fn: Callable[[], object], number: int) -> Timing:
    """Registers a measurement of ``number`` calls of ``fn``, taken when ``run_all`` runs."""
    TIMINGS.append(Timing(fn, number))
    return TIMINGS[-1]


def run_all(repeats: int) -> None:
    """Takes the repeats in rounds, one repeat of every measurement per round, so that a spell of
    background load on a shared machine slows one repeat of each codec instead of all of one."""
    for _ in range(repeats):
        for t in TIMINGS:
            t.best = min(t.best, timeit.timeit(t.fn, number=t.number) / t.number * 1e6)


# (codec, protocol, payload, encode, decode)
Result = tuple[str, str, str, Timing, Timing]


def parley_values() -> dict[str, Any]:
    return {
        "user": parley_bench.User(role=parley_bench.Role.ADMIN, **user_fields(1)),
        "page": parley_bench.Page(users=[parley_bench.User(role=parley_bench.Role.ADMIN, **user_fields(i))
                                         for i in range(15)], pageNumber=3, hasMore=True),
    }


@functools.cache
def parley_bytes(payload: str, protocol: str) -> bytes:
    return parley_encode(parley_values()[payload], Protocol[protocol.upper()])


def check_peer(codec: str, protocol: str, payload: str, data: bytes, decoded: object, value: object) -> None:
    """Stops the run unless a peer's bytes are Parley's and read back to the value it wrote."""
    parley_data = parley_bytes(payload, protocol)
    if data != parley_data:
        raise SystemExit(f"{codec} {protocol} {payload}: its {len(data)} bytes differ from Parley's "
                         f"{len(parley_data)}")
    if decoded != value:
        raise SystemExit(f"{codec} {protocol} {payload}: decoding its own bytes gave {decoded!r}")


def parley_results() -> list[Result]:
    out: list[Result] = []
    for payload, value in parley_values().items():
        for protocol in (Protocol.COMPACT, Protocol.BINARY):
            out += parley_case(payload, value, protocol)
    return out


def parley_case(payload: str, value: Any, protocol: Protocol) -> list[Result]:
    """Both of Parley's paths for one value and protocol (a function of its own, so that the
    measured closures keep this case's values until the rounds run)."""
    number = 2000 if payload == "user" else 200
    cls = type(value)
    name = protocol.name.lower()

    def encode_objects() -> bytes:
        w = writer(protocol)
        value.write(w)
        return w.getvalue()

    data = parley_encode(value, protocol)
    if data != encode_objects() or parley_decode(cls, data, protocol) != value \
            or cls.read(reader(protocol, data)) != value:
        raise SystemExit(f"parley {name} {payload}: the two paths disagree")
    return [("parley", name, payload, measure(lambda: parley_encode(value, protocol), number),
             measure(lambda: parley_decode(cls, data, protocol), number)),
            ("parley (reader/writer)", name, payload, measure(encode_objects, number),
             measure(lambda: cls.read(reader(protocol, data)), number))]


def thrift_results() -> list[Result]:
    out: list[Result] = []
    try:
        from thrift.protocol import TBinaryProtocol, TCompactProtocol
        from thrift.transport import TTransport
        from thrift_bench.ttypes import Page, Role, User
    except ImportError as e:
        print(f"# Apache Thrift's library not available here: {e}", file=sys.stderr)
        return out
    factories = [("thrift pure", "binary", TBinaryProtocol.TBinaryProtocolFactory()),
                 ("thrift pure", "compact", TCompactProtocol.TCompactProtocolFactory())]
    try:
        from thrift.protocol import fastbinary  # noqa: F401
        factories += [("thrift C", "binary", TBinaryProtocol.TBinaryProtocolAcceleratedFactory()),
                      ("thrift C", "compact", TCompactProtocol.TCompactProtocolAcceleratedFactory())]
    except ImportError:
        print("# Apache Thrift's C extension not available here", file=sys.stderr)
    values = {"user": User(role=Role.ADMIN, **user_fields(1)),
              "page": Page(users=[User(role=Role.ADMIN, **user_fields(i)) for i in range(15)],
                           pageNumber=3, hasMore=True)}
    for payload, value in values.items():
        for name, protocol, factory in factories:
            out.append(thrift_case(TTransport, name, protocol, factory, payload, value))
    return out


def thrift_case(transport: Any, name: str, protocol: str, factory: Any, payload: str, value: Any) -> Result:
    """One of Apache Thrift's codecs on one value, checked against Parley's bytes."""
    number = 2000 if payload == "user" else 200
    cls = type(value)

    def encode() -> bytes:
        buf = transport.TMemoryBuffer()
        value.write(factory.getProtocol(buf))
        return buf.getvalue()

    data = encode()

    def decode() -> object:
        v = cls()
        v.read(factory.getProtocol(transport.TMemoryBuffer(data)))
        return v

    check_peer(name, protocol, payload, data, decode(), value)
    return (name, protocol, payload, measure(encode, number), measure(decode, number))


def thriftpy2_results(idl: str) -> list[Result]:
    out: list[Result] = []
    try:
        import thriftpy2
        from thriftpy2.protocol import (TBinaryProtocolFactory, TCompactProtocolFactory,
                                        TCyBinaryProtocolFactory)
        from thriftpy2.utils import deserialize, serialize
    except ImportError as e:
        print(f"# thriftpy2 not available here: {e}", file=sys.stderr)
        return out
    tp = thriftpy2.load(idl, module_name="bench_thrift")
    values = {"user": tp.User(role=tp.Role.ADMIN, **user_fields(1)),
              "page": tp.Page(users=[tp.User(role=tp.Role.ADMIN, **user_fields(i)) for i in range(15)],
                              pageNumber=3, hasMore=True)}
    for payload, value in values.items():
        number = 2000 if payload == "user" else 200
        cls = type(value)
        for name, protocol, factory in [("thriftpy2", "binary", TBinaryProtocolFactory()),
                                        ("thriftpy2 Cython", "binary", TCyBinaryProtocolFactory()),
                                        ("thriftpy2", "compact", TCompactProtocolFactory())]:
            data = serialize(value, factory)
            check_peer(name, protocol, payload, data, deserialize(cls(), data, factory), value)
            # Defaults bind this iteration's values: the closures run after the loop.
            out.append((name, protocol, payload,
                        measure(lambda v=value, f=factory: serialize(v, f), number),
                        measure(lambda c=cls, d=data, f=factory: deserialize(c(), d, f), number)))
    return out


def report(results: list[Result], label: str, csv: str | None) -> None:
    print(f"### Python {sys.version.split()[0]} ({label}: {sys.executable})")
    print()
    print("| payload | protocol | codec | encode µs | decode µs | enc / Parley | dec / Parley "
          "| Parley enc × pure | Parley dec × pure | Parley enc × C | Parley dec × C |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    times = {(c, p, pl): (e.best, d.best) for c, p, pl, e, d in results}
    rows: list[str] = []
    for payload in ("user", "page"):
        for protocol in ("compact", "binary"):
            ref = times.get(("parley", protocol, payload))
            if ref is None:
                continue
            for (codec, p, pl), (enc, dec) in times.items():
                if p != protocol or pl != payload:
                    continue
                ratios = ""
                for peer in ("thrift pure", "thrift C"):
                    theirs = times.get((peer, protocol, payload))
                    if codec == "parley" and theirs:
                        ratios += f" {theirs[0] / enc:.2f} | {theirs[1] / dec:.2f} |"
                    else:
                        ratios += " | |"
                print(f"| {payload} | {protocol} | {codec} | {enc:.2f} | {dec:.2f} | {enc / ref[0]:.2f} "
                      f"| {dec / ref[1]:.2f} |{ratios}")
                for op, value in (("encode", enc), ("decode", dec)):
                    rows.append(f"python-codec-{op}-{label},{payload} {protocol},{codec},{value:.3f},us/op")
    print()
    if csv:
        with open(csv, "a", encoding="utf-8") as f:
            f.writelines(row + "\n" for row in rows)


def main() -> None:
    global REPEATS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("idl")
    parser.add_argument("--label", default="python")
    parser.add_argument("--csv")
    parser.add_argument("--repeats", type=int, default=REPEATS,
                        help="repeats per measurement, the best counts (more on a busy machine)")
    args = parser.parse_args()
    REPEATS = args.repeats
    results = parley_results() + thrift_results() + thriftpy2_results(args.idl)
    run_all(REPEATS)
    report(results, args.label, args.csv)


if __name__ == "__main__":
    main()
