#!/usr/bin/env python3
"""Turns the codec benchmark's JMH results into a Markdown table and a chart CSV.

Usage: codec_report.py WIRE_SIZES.csv ENCODE.csv DECODE.csv OUT.csv

WIRE_SIZES.csv has ``payload,codec,bytes`` lines (io.parley.bench.WireSizes); ENCODE.csv and
DECODE.csv are JMH ``-rf csv`` results with ``-prof gc``. The table shows time and allocation per
operation, the bytes on the wire, and speed ratios: libthrift compact's time (or protobuf's)
divided by the codec's, so above 1 means faster than it. OUT.csv has the header
``chart,group,series,value,unit``.
"""
import csv
import sys

PAYLOADS = ["small", "user", "page", "blob"]
CODECS = ["parley-compact", "parley-binary", "parley-compact-owned", "thrift-compact", "thrift-binary", "protobuf"]
NAMES = {
    "parley-compact": "parley compact",
    "parley-binary": "parley binary",
    "parley-compact-owned": "parley compact, owned buffer",
    "thrift-compact": "libthrift compact",
    "thrift-binary": "libthrift binary",
    "protobuf": "protobuf-java",
}


def jmh(path):
    """{(payload, codec): {"ns": score, "alloc": B/op}} from a JMH CSV."""
    out = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            key = (row["Param: payload"], row["Param: codec"])
            bench = row["Benchmark"]
            if bench.endswith("gc.alloc.rate.norm"):
                out.setdefault(key, {})["alloc"] = float(row["Score"])
            elif ":" not in bench and "·" not in bench:
                out.setdefault(key, {})["ns"] = float(row["Score"])
    return out


def ratio(base, value):
    return base / value if base and value else None


def fmt(x, digits=0):
    if x is None:
        return "–"
    return f"{x:,.{digits}f}"


def main(wire_path, encode_path, decode_path, out_path):
    wire = {}
    with open(wire_path) as f:
        for line in f:
            payload, codec, size = line.strip().split(",")
            wire[(payload, codec)] = int(size)
    enc = jmh(encode_path)
    dec = jmh(decode_path)
    rows = []
    print("| payload | codec | wire B | encode ns | encode B/op | decode ns | decode B/op "
          "| encode × libthrift compact | decode × libthrift compact | encode × protobuf | decode × protobuf |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for payload in PAYLOADS:
        for codec in CODECS:
            e = enc.get((payload, codec if codec != "parley-compact-owned" else "-"), {})
            d = dec.get((payload, codec), {})
            if not e and not d:
                continue
            w = wire.get((payload, codec.replace("-owned", "")))
            te = enc.get((payload, "thrift-compact"), {}).get("ns")
            td = dec.get((payload, "thrift-compact"), {}).get("ns")
            pe = enc.get((payload, "protobuf"), {}).get("ns")
            pd = dec.get((payload, "protobuf"), {}).get("ns")
            cells = [payload, NAMES[codec], fmt(w), fmt(e.get("ns")), fmt(e.get("alloc")), fmt(d.get("ns")),
                     fmt(d.get("alloc")), fmt(ratio(te, e.get("ns")), 2), fmt(ratio(td, d.get("ns")), 2),
                     fmt(ratio(pe, e.get("ns")), 2), fmt(ratio(pd, d.get("ns")), 2)]
            print("| " + " | ".join(cells) + " |")
            series = NAMES[codec]
            for chart, value, unit in (
                ("java-codec-wire", w, "bytes"),
                ("java-codec-encode", e.get("ns"), "ns/op"),
                ("java-codec-encode-alloc", e.get("alloc"), "B/op"),
                ("java-codec-decode", d.get("ns"), "ns/op"),
                ("java-codec-decode-alloc", d.get("alloc"), "B/op"),
                ("java-codec-encode-vs-libthrift-compact", ratio(te, e.get("ns")), "x"),
                ("java-codec-decode-vs-libthrift-compact", ratio(td, d.get("ns")), "x"),
                ("java-codec-encode-vs-protobuf", ratio(pe, e.get("ns")), "x"),
                ("java-codec-decode-vs-protobuf", ratio(pd, d.get("ns")), "x"),
            ):
                if value is not None:
                    # Six significant digits: a tiny ratio (a cold first iteration) stays positive.
                    rows.append((chart, payload, series, float(f"{value:.6g}"), unit))
    with open(out_path, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["chart", "group", "series", "value", "unit"])
        writer.writerows(rows)
    print(f"\nwrote {out_path}")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
