"""Encode/decode timings of one User and one page of 15 users: Parley against Apache Thrift's Python
library (pure and, where present, C-accelerated) and thriftpy2 (binary, Cython where present).

Run through run-codec.sh, which generates both sides' code from benchmarks/java/src/main/thrift/bench.thrift.
Prints one line per codec: microseconds per operation (best of 5 repeats) and the ratio to Parley.
"""
from __future__ import annotations

import sys
import timeit
from typing import Any, Callable

import bench as parley_bench
from parley import Protocol, reader, writer

GROUPS = [3, 17, 256, 4096, 65536, 1 << 20, 7, 9, 11, 13]
ATTRIBUTES = {"locale": "de-CH", "theme": "dark", "plan": "pro"}


def user_fields(i: int) -> dict[str, Any]:
    return dict(id=1_000_000 + i, username=f"user{i}", displayName=f"Zoë Ångström ✓ {i}",
                email=f"user{i}@example.com", age=30 + i, score=97.5 + i, verified=True,
                createdAt=1_700_000_000_000 + i, groupIds=list(GROUPS), bio="Writes RPC toolchains.",
                attributes=dict(ATTRIBUTES))


def best(fn: Callable[[], object], number: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e6


def main() -> None:
    results: list[tuple[str, str, float, float]] = []
    parley_values = {
        "user": parley_bench.User(role=parley_bench.Role.ADMIN, **user_fields(1)),
        "page": parley_bench.Page(users=[parley_bench.User(role=parley_bench.Role.ADMIN, **user_fields(i))
                                         for i in range(15)], pageNumber=3, hasMore=True),
    }
    for payload, value in parley_values.items():
        number = 2000 if payload == "user" else 200
        for protocol in (Protocol.COMPACT, Protocol.BINARY):
            def encode() -> bytes:
                w = writer(protocol)
                value.write(w)
                return w.getvalue()
            data = encode()
            cls = type(value)
            results.append((f"parley {protocol.name.lower()}", payload, best(encode, number),
                            best(lambda: cls.read(reader(protocol, data)), number)))

    try:
        from thrift.protocol import TBinaryProtocol, TCompactProtocol
        from thrift.transport import TTransport
        from thrift_bench.ttypes import Page, Role, User
        factories = [("thrift binary (pure)", TBinaryProtocol.TBinaryProtocolFactory()),
                     ("thrift compact (pure)", TCompactProtocol.TCompactProtocolFactory())]
        try:
            from thrift.protocol import fastbinary  # noqa: F401
            factories += [("thrift binary (C)", TBinaryProtocol.TBinaryProtocolAcceleratedFactory()),
                          ("thrift compact (C)", TCompactProtocol.TCompactProtocolAcceleratedFactory())]
        except ImportError:
            pass
        thrift_values = {"user": User(role=Role.ADMIN, **user_fields(1)),
                         "page": Page(users=[User(role=Role.ADMIN, **user_fields(i)) for i in range(15)],
                                      pageNumber=3, hasMore=True)}
        for payload, value in thrift_values.items():
            number = 2000 if payload == "user" else 200
            for name, factory in factories:
                def encode() -> bytes:
                    buf = TTransport.TMemoryBuffer()
                    value.write(factory.getProtocol(buf))
                    return buf.getvalue()
                data = encode()
                cls = type(value)
                def decode() -> object:
                    v = cls()
                    v.read(factory.getProtocol(TTransport.TMemoryBuffer(data)))
                    return v
                results.append((name, payload, best(encode, number), best(decode, number)))
    except ImportError as e:
        print(f"# Apache Thrift's library not available here: {e}", file=sys.stderr)

    try:
        import thriftpy2
        from thriftpy2.protocol import TBinaryProtocolFactory, TCyBinaryProtocolFactory
        from thriftpy2.utils import deserialize, serialize
        tp = thriftpy2.load(sys.argv[1], module_name="bench_thrift")
        tp_values = {"user": tp.User(role=tp.Role.ADMIN, **user_fields(1)),
                     "page": tp.Page(users=[tp.User(role=tp.Role.ADMIN, **user_fields(i)) for i in range(15)],
                                     pageNumber=3, hasMore=True)}
        for payload, value in tp_values.items():
            number = 2000 if payload == "user" else 200
            for name, factory in [("thriftpy2 binary", TBinaryProtocolFactory()),
                                  ("thriftpy2 binary (Cython)", TCyBinaryProtocolFactory())]:
                data = serialize(value, factory)
                cls = type(value)
                results.append((name, payload, best(lambda: serialize(value, factory), number),
                                best(lambda: deserialize(cls(), data, factory), number)))
    except ImportError as e:
        print(f"# thriftpy2 not available here: {e}", file=sys.stderr)

    print(f"# Python {sys.version.split()[0]} ({sys.executable})")
    for payload in ("user", "page"):
        base = {name: (enc, dec) for name, p, enc, dec in results if p == payload}
        ref_enc, ref_dec = base["parley compact"]
        print(f"{'codec':28} {'payload':7} {'encode µs':>10} {'decode µs':>10} {'Parley enc ×':>13} {'Parley dec ×':>13}")
        for name, (enc, dec) in base.items():
            print(f"{name:28} {payload:7} {enc:10.1f} {dec:10.1f} {enc / ref_enc:13.2f} {dec / ref_dec:13.2f}")


if __name__ == "__main__":
    main()
