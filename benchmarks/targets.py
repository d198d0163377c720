#!/usr/bin/env python3
"""Prints the benchmark targets as ratios computed from one run's CSVs, with a verdict per target.

RESULTS.md's "targets at a glance" is this script's output for the recorded run, so every ratio
there can be recomputed from ``benchmarks/results/``. Standard library only::

    python3 benchmarks/targets.py [RESULTS_DIR]

A target is met when every cell it covers reaches it; the cells that do not are listed.
"""
from __future__ import annotations

import csv
import pathlib
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """One target: its wording, the ratio per cell, and the bound each ratio must reach."""

    name: str
    cells: dict[str, float]
    bound: float
    at_most: bool = False

    def misses(self) -> list[str]:
        """The cells that do not reach the bound."""
        return [c for c, r in self.cells.items() if (r > self.bound if self.at_most else r < self.bound)]

    def row(self) -> str:
        """The target as a Markdown table row."""
        missed = self.misses()
        # Two decimals, or three where two would print a miss as the bound itself.
        measured = ", ".join(f"{c} {r:.3f}×" if c in missed and round(r, 2) == self.bound else f"{c} {r:.2f}×"
                             for c, r in self.cells.items())
        if not self.cells:
            verdict = "not measured"
        elif not missed:
            verdict = "met"
        else:
            verdict = "missed: " + ", ".join(missed)
        return f"| {self.name} | {measured} | {verdict} |"


def load(results: pathlib.Path) -> dict[tuple[str, str, str], float]:
    """Every value of every CSV in the directory, by (chart, group, series)."""
    values: dict[tuple[str, str, str], float] = {}
    for path in sorted(results.glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                values[(row["chart"], row["group"], row["series"])] = float(row["value"])
    return values


def java_codec(v: dict[tuple[str, str, str], float]) -> list[Target]:
    """Encode and decode against libthrift compact and protobuf-java: JMH's ratios, then the medians
    of the one-JVM run, where the codecs alternate in short slices."""
    payloads = ("small", "user", "page", "blob")

    def ratios(chart: str, blob_series: str = "parley compact") -> dict[str, float]:
        out = {}
        for p in payloads:
            series = blob_series if p == "blob" else "parley compact"
            if (chart, p, series) in v:
                out[p] = v[(chart, p, series)]
        return out

    def one_jvm(method: str, peer: str) -> dict[str, float]:
        chart = f"java-codec-onejvm-{method}"
        return {p: v[(chart, p, peer)] / v[(chart, p, "parley compact")]
                for p in ("small", "user", "page") if (chart, p, "parley compact") in v and (chart, p, peer) in v}

    owned = "parley compact, owned buffer"
    return [
        Target("Java encode ≥ 3× libthrift compact", ratios("java-codec-encode-vs-libthrift-compact"), 3.0),
        Target("Java decode ≥ 1.5× libthrift compact (blob: owned buffer)",
               ratios("java-codec-decode-vs-libthrift-compact", owned), 1.5),
        Target("Java encode ≥ protobuf-java", ratios("java-codec-encode-vs-protobuf"), 1.0),
        Target("Java decode ≥ protobuf-java (blob: owned buffer)", ratios("java-codec-decode-vs-protobuf", owned), 1.0),
        Target("Java encode ≥ 3× libthrift compact, one JVM", one_jvm("encode", "libthrift compact"), 3.0),
        Target("Java decode ≥ 1.5× libthrift compact, one JVM", one_jvm("decode", "libthrift compact"), 1.5),
        Target("Java encode ≥ protobuf-java, one JVM", one_jvm("encode", "protobuf-java"), 1.0),
        Target("Java decode ≥ protobuf-java, one JVM", one_jvm("decode", "protobuf-java"), 1.0),
        Target("Java decode allocates ≤ libthrift compact (B/op, ratio libthrift ÷ Parley)",
               {p: v[("java-codec-decode-alloc", p, "libthrift compact")] / v[("java-codec-decode-alloc", p, "parley compact")]
                for p in ("small", "user", "page") if ("java-codec-decode-alloc", p, "parley compact") in v}, 1.0),
    ]


def rpc(v: dict[tuple[str, str, str], float]) -> list[Target]:
    """Calls/s against the echo and the best libthrift and grpc servers; p50 against the echo."""
    methods = ("ping", "getUser", "createUser", "listUsers")

    def rate(method: str, conns: int, server: str) -> float | None:
        return v.get(("rpc-throughput", f"{method} {conns} conn", server))

    def against(chart: str, peers: tuple[str, ...], conns: tuple[int, ...]) -> dict[str, float]:
        # The benchmark's own ratios (medians of the rounds' ratios) when it wrote them; otherwise
        # calls/s of the cells divided.
        out = {}
        for m in methods:
            for c in conns:
                paired = v.get((chart, f"{m} {c} conn", "parley"))
                mine = rate(m, c, "parley")
                theirs = [r for r in (rate(m, c, p) for p in peers) if r]
                if paired:
                    out[f"{m}@{c}"] = paired
                elif mine and theirs:
                    out[f"{m}@{c}"] = mine / max(theirs)
        return out

    p50 = {}
    for m in methods:
        paired = v.get(("rpc-ratio-p50-echo", f"{m} 1 conn", "parley"))
        mine = v.get(("rpc-latency-p50", f"{m} 1 conn", "parley"))
        echo = v.get(("rpc-latency-p50", f"{m} 1 conn", "echo"))
        if paired:
            p50[m] = paired
        elif mine and echo:
            p50[m] = mine / echo
    return [
        Target("RPC 16–64 conns ≥ 1.2× best libthrift server",
               against("rpc-ratio-libthrift", ("thrift-pool", "thrift-selector"), (16, 64)), 1.2),
        Target("RPC 16–64 conns ≥ 0.85× raw-socket echo", against("rpc-ratio-echo", ("echo",), (16, 64)), 0.85),
        Target("RPC 1 conn p50 ≤ 1.1× echo p50 (ratio Parley ÷ echo)", p50, 1.1, at_most=True),
        Target("RPC ≥ 1.5× best grpc-java at every concurrency",
               against("rpc-ratio-grpc", ("grpc", "grpc-direct"), (1, 2, 16, 64)), 1.5),
    ]


def python_codec(v: dict[tuple[str, str, str], float]) -> list[Target]:
    """A User's encode and decode time against Apache Thrift's pure and C codecs, per interpreter."""
    def ratios(peer: str) -> dict[str, float]:
        out = {}
        for label in ("venv", "debian"):
            for proto in ("compact", "binary"):
                for op in ("encode", "decode"):
                    chart, group = f"python-codec-{op}-{label}", f"user {proto}"
                    mine, theirs = v.get((chart, group, "parley")), v.get((chart, group, peer))
                    if mine and theirs:
                        out[f"{label} {proto} {op[:3]}"] = theirs / mine
        return out

    return [
        Target("Python User ≥ 5× Thrift pure", ratios("thrift pure"), 5.0),
        Target("Python User ≥ 0.8× Thrift C", ratios("thrift C"), 0.8),
    ]


def compiler(v: dict[tuple[str, str, str], float]) -> list[Target]:
    """Generation time of the 45,035-line IDL against thrift's (ratio thrift ÷ Parley)."""
    cells = {}
    for chart, suffix, label in (("compiler-gen-time", "", "disk"), ("compiler-gen-time", " tmpfs", "memory"),
                                 ("compiler-gen-warm", "", "warm JVM")):
        for lang in ("java", "python"):
            group = f"{lang} 45035 lines{suffix}"
            mine, theirs = v.get((chart, group, "parley")), v.get((chart, group, "thrift"))
            if mine and theirs:
                cells[f"{lang} {label}"] = theirs / mine
    return [Target("Compiler no slower than thrift, 45,035 lines (speed ratio thrift ÷ Parley)", cells, 1.0)]


def main(argv: list[str]) -> int:
    results = pathlib.Path(argv[1]) if len(argv) > 1 else pathlib.Path(__file__).parent / "results"
    v = load(results)
    print("| target | measured | verdict |")
    print("|---|---|---|")
    for target in java_codec(v) + rpc(v) + python_codec(v) + compiler(v):
        print(target.row())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
