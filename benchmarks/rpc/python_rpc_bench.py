"""RPC calls per second of Python clients against one Java server (Parley's RpcServer, framed):
Parley's Python client, Apache Thrift's Python library (pure and C-accelerated protocols) and
thriftpy2 (pure compact; binary with its Cython codec and transport), one connection each, closed
loop, ping, getUser and listUsers.

Run through run-python-rpc.sh, which generates each side's code from src/main/thrift/rpc.thrift and
starts the servers. Prints one Markdown row per client and method, with the CPU time the client
process used per call (user and kernel mode, by getrusage: the codec's share against the socket's);
appends CSV rows to --csv. With --rounds N every cell is measured N times, the clients taking
turns, and reported by its median round; the ratio columns are the medians of the rounds' own
ratios.
"""
from __future__ import annotations

import argparse
import platform
import resource
import socket
import sys
import time
from statistics import median
from typing import Any, Callable

GROUPS = [3, 17, 256, 4096, 65536, 1 << 20, 7, 9, 11, 13]
ATTRIBUTES = {"locale": "de-CH", "theme": "dark", "plan": "pro"}
METHODS = ("ping", "getUser", "listUsers")


def parley_clients(ports: dict[str, int]) -> list[tuple[str, Any, Callable[[], None]]]:
    import rpcbench
    from parley import Framing, Protocol
    from parley.rpc import Client
    out = []
    for name, protocol in (("compact", Protocol.COMPACT), ("binary", Protocol.BINARY)):
        channel = Client("127.0.0.1", ports[name], protocol=protocol, framing=Framing.FRAMED, call_timeout=30)
        out.append((f"parley {name}", rpcbench.UserServiceClient(channel), channel.close))
    return out


def thrift_clients(ports: dict[str, int]) -> list[tuple[str, Any, Callable[[], None]]]:
    from thrift.protocol import TBinaryProtocol, TCompactProtocol
    from thrift.transport import TSocket, TTransport
    from thrift_rpcbench import UserService
    kinds = [("thrift compact (pure)", "compact", TCompactProtocol.TCompactProtocol),
             ("thrift binary (pure)", "binary", TBinaryProtocol.TBinaryProtocol)]
    try:
        from thrift.protocol import fastbinary  # noqa: F401
        kinds += [("thrift compact (C)", "compact", TCompactProtocol.TCompactProtocolAccelerated),
                  ("thrift binary (C)", "binary", TBinaryProtocol.TBinaryProtocolAccelerated)]
    except ImportError:
        pass
    out = []
    for name, wire, protocol in kinds:
        sock = TSocket.TSocket("127.0.0.1", ports[wire])
        transport = TTransport.TFramedTransport(sock)
        transport.open()
        # Apache Thrift's Python TSocket leaves Nagle on; every other client here turns it off.
        sock.handle.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        out.append((name, UserService.Client(protocol(transport)), transport.close))
    return out


def thriftpy2_clients(ports: dict[str, int], idl: str) -> list[tuple[str, Any, Callable[[], None]]]:
    import thriftpy2
    from thriftpy2.protocol import TCompactProtocolFactory, TCyBinaryProtocolFactory
    from thriftpy2.rpc import make_client
    from thriftpy2.transport import TCyFramedTransportFactory, TFramedTransportFactory
    svc = thriftpy2.load(idl, module_name="rpcbench_thrift")
    out = []
    for name, wire, proto, trans in (
            ("thriftpy2 compact", "compact", TCompactProtocolFactory(), TFramedTransportFactory()),
            ("thriftpy2 binary (Cython)", "binary", TCyBinaryProtocolFactory(), TCyFramedTransportFactory())):
        client = make_client(svc.UserService, "127.0.0.1", ports[wire], proto_factory=proto,
                             trans_factory=trans, timeout=30_000)
        out.append((name, client, client.close))
    return out


def user_fields(i: int) -> dict[str, Any]:
    """The fields of the benchmark server's user ``i`` (Payloads.java)."""
    return dict(id=1_000_000 + i, username=f"user{i}", displayName=f"Zoë Ångström ✓ {i}",
                email=f"user{i}@example.com", age=30 + i % 50, score=97.5 + i, verified=True, role=2,
                createdAt=1_700_000_000_000 + i, groupIds=GROUPS,
                bio="Writes RPC toolchains; reads the wire, byte by byte.", attributes=ATTRIBUTES)


def check_replies(name: str, client: Any) -> None:
    """Stops the run unless a client's replies hold what the server sent, before it is timed."""
    def same(what: str, value: Any, i: int) -> None:
        want = user_fields(i)
        got = {k: getattr(value, k) for k in want}
        if got != want:
            raise SystemExit(f"{name}: {what} replied {got}, expected {want}")
    client.ping()
    same("getUser", client.getUser(7), 1)
    page = client.listUsers(3)
    if len(page.users) != 15 or page.pageNumber != 3 or page.hasMore is not True:
        raise SystemExit(f"{name}: listUsers replied a page of {len(page.users)} users, number {page.pageNumber}")
    for i, user in enumerate(page.users):
        same(f"listUsers' user {i}", user, i)


def calls(client: Any, method: str) -> Callable[[], object]:
    """One call of the method, as the benchmark makes it."""
    if method == "ping":
        return client.ping
    if method == "getUser":
        return lambda: client.getUser(7)
    return lambda: client.listUsers(3)


def measure(call: Callable[[], object], warmup: float, duration: float) -> tuple[float, float, float, float, float]:
    """Calls per second, p50/p99 latency and the CPU time this process used per call in user and
    kernel mode, all in microseconds, of a closed loop."""
    end = time.perf_counter() + warmup
    while time.perf_counter() < end:
        call()
    latencies = []
    clock = time.perf_counter_ns
    start = clock()
    end_ns = start + int(duration * 1e9)
    t = start
    before = resource.getrusage(resource.RUSAGE_SELF)
    while t < end_ns:
        call()
        now = clock()
        latencies.append(now - t)
        t = now
    after = resource.getrusage(resource.RUSAGE_SELF)
    elapsed = (t - start) / 1e9
    n = len(latencies)
    user = (after.ru_utime - before.ru_utime) * 1e6 / n
    system = (after.ru_stime - before.ru_stime) * 1e6 / n
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] / 1e3  # noqa: E731
    return n / elapsed, pick(0.50), pick(0.99), user, system


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--compact-port", type=int, required=True)
    ap.add_argument("--binary-port", type=int, required=True)
    ap.add_argument("--idl", required=True)
    ap.add_argument("--warmup", type=float, default=0.5)
    ap.add_argument("--duration", type=float, default=2.0)
    ap.add_argument("--rounds", type=int, default=1,
                    help="measure every cell this many times, clients taking turns; report the median round")
    ap.add_argument("--csv")
    args = ap.parse_args()
    ports = {"compact": args.compact_port, "binary": args.binary_port}
    interpreter = f"Python {platform.python_version()} ({sys.executable})"
    clients = parley_clients(ports)
    for name, factory in (("Apache Thrift", lambda: thrift_clients(ports)),
                          ("thriftpy2", lambda: thriftpy2_clients(ports, args.idl))):
        try:
            clients += factory()
        except ImportError as e:
            print(f"# {name} not available under {interpreter}: {e}", file=sys.stderr)
    for name, client, _ in clients:
        check_replies(name, client)
    # Each round measures every client in turn, starting one further along, so that a burst of
    # background load lands on one round of a cell, which the median then leaves out.
    measured: dict[tuple[str, str], list[tuple[float, float, float, float, float]]] = {}
    for r in range(args.rounds):
        for k in range(len(clients)):
            name, client, _ = clients[(k + r) % len(clients)]
            for method in METHODS:
                measured.setdefault((name, method), []).append(measure(calls(client, method), args.warmup, args.duration))
    for _, _, close in clients:
        close()
    per = f"{args.duration:g} s per cell" + (f" and round, median of {args.rounds} rounds" if args.rounds > 1 else "")
    print(f"\n#### {interpreter}, one connection, {per}\n")
    # On a busy machine calls/s follow the tail; p50 is the steadier comparison.
    print("| client | method | calls/s | spread | p50 µs | p99 µs | calls/s × Parley compact | p50 ÷ Parley compact p50 "
          "| client CPU µs/call, user + sys |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    rows = []
    first = clients[0][0]  # Parley compact: the reference of the ratio columns
    for name, _, _ in clients:
        for method in METHODS:
            rounds = measured[(name, method)]
            runs = sorted(rounds)
            rate, p50, p99, user, system = runs[(len(runs) - 1) // 2]
            spread = (runs[-1][0] - runs[0][0]) / rate
            # Ratios round by round against the reference's same round, then their median.
            ref = measured[(first, method)]
            rate_x = median([mine[0] / theirs[0] for mine, theirs in zip(rounds, ref)])
            p50_x = median([mine[1] / theirs[1] for mine, theirs in zip(rounds, ref)])
            print(f"| {name} | {method} | {rate:,.0f} | {100 * spread:.0f} % | {p50:.1f} | {p99:.1f} "
                  f"| {rate_x:.2f} | {p50_x:.2f} | {user:.1f} + {system:.1f} |", flush=True)
            rows.append((name, method, rate, p50, p99, user + system))
    if args.csv:
        py = f"py{sys.version_info.major}.{sys.version_info.minor}"
        where = "venv" if sys.prefix != sys.base_prefix else "system"
        with open(args.csv, "a", encoding="utf-8") as f:
            for name, method, rate, p50, p99, cpu in rows:
                series = f"{name} [{py} {where}]"
                f.write(f"python-rpc-throughput,{method},{series},{rate:.1f},calls/s\n")
                f.write(f"python-rpc-latency-p50,{method},{series},{p50:.1f},us\n")
                f.write(f"python-rpc-latency-p99,{method},{series},{p99:.1f},us\n")
                f.write(f"python-rpc-cpu,{method},{series},{cpu:.1f},us\n")


if __name__ == "__main__":
    main()
