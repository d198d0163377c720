#!/usr/bin/env python3
"""Draws one SVG bar chart per chart id found in benchmarks/results/*.csv.

Every benchmark script writes rows ``chart,group,series,value,unit``; this script turns them into
``benchmarks/charts/<chart>.svg`` (grouped horizontal bars, one colour per implementation, each
group on its own scale), which RESULTS.md embeds. Standard library only, so it runs anywhere the benchmarks do::

    python3 benchmarks/charts.py [RESULTS_DIR CHARTS_DIR]

The directories default to ``benchmarks/results`` and ``benchmarks/charts``.
"""
from __future__ import annotations

import csv
import html
import pathlib
import sys
from dataclasses import dataclass

# Units where a smaller number is better; anything else (calls/s, ×) reads "higher is better".
LOWER_IS_BETTER = ("ns/op", "us", "µs", "ms", "s", "MiB", "B/op", "bytes")
# Colours go to a chart's series in order, so no two series of one chart share one (the busiest
# chart, Python RPC, has 14 series).
PALETTE = ("#1f6feb", "#d9480f", "#2f9e44", "#862e9c", "#e8590c", "#1098ad", "#5c940d", "#c2255c",
           "#495057", "#f08c00", "#364fc7", "#a61e4d", "#087f5b", "#5f3dc4", "#74b816", "#868e96")
BAR, GAP, LABEL_W, PLOT_W, PAD = 14, 10, 190, 430, 12


@dataclass(frozen=True)
class Row:
    """One measured value: which chart, where on the axis, which implementation."""
    chart: str
    group: str
    series: str
    value: float
    unit: str


def read_rows(results: pathlib.Path) -> list[Row]:
    rows: list[Row] = []
    for path in sorted(results.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                rows.append(Row(r["chart"], r["group"], r["series"], float(r["value"]), r["unit"]))
    return rows


def ordered(items: list[str]) -> list[str]:
    """The distinct items in order of first appearance (the order the benchmark reported them)."""
    return list(dict.fromkeys(items))


def fmt(v: float) -> str:
    if v >= 100:
        return f"{v:,.0f}"
    return f"{v:.3g}"


def svg(chart: str, rows: list[Row], colours: dict[str, str]) -> str:
    groups = ordered([r.group for r in rows])
    series = ordered([r.series for r in rows])
    unit = rows[0].unit
    better = "lower is better" if unit in LOWER_IS_BETTER else "higher is better"
    legend_h = 20
    y = PAD + 24 + legend_h
    body: list[str] = []
    for g in groups:
        in_group = [r for r in rows if r.group == g]
        # Each group has its own scale: payloads and concurrencies differ by orders of magnitude,
        # and what a chart compares is the implementations within one group.
        top = max(r.value for r in in_group) or 1.0
        body.append(f'<text x="{PAD}" y="{y + BAR - 2}" font-weight="bold">{html.escape(g)}</text>')
        y += BAR + 2
        for s in series:
            for r in (r for r in in_group if r.series == s):
                w = max(1.0, PLOT_W * r.value / top)
                body.append(f'<text x="{LABEL_W - 6}" y="{y + BAR - 3}" text-anchor="end">'
                            f'{html.escape(s)}</text>')
                body.append(f'<rect x="{LABEL_W}" y="{y}" width="{w:.1f}" height="{BAR - 2}" '
                            f'fill="{colours[s]}"/>')
                body.append(f'<text x="{LABEL_W + w + 4:.1f}" y="{y + BAR - 3}">{fmt(r.value)}</text>')
                y += BAR
        y += GAP
    width = LABEL_W + PLOT_W + 90
    legend = []
    lx = PAD
    for s in series:
        legend.append(f'<rect x="{lx}" y="{PAD + 28}" width="10" height="10" fill="{colours[s]}"/>'
                      f'<text x="{lx + 14}" y="{PAD + 37}">{html.escape(s)}</text>')
        lx += 22 + 7 * len(s)
    title = f"{chart} ({unit}, {better}; bars scaled per group)"
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{max(width, lx + PAD)}" '
            f'height="{y + PAD}" font-family="sans-serif" font-size="11">\n'
            f'<rect width="100%" height="100%" fill="white"/>\n'
            f'<text x="{PAD}" y="{PAD + 12}" font-size="13" font-weight="bold">{html.escape(title)}</text>\n'
            + "\n".join(legend) + "\n" + "\n".join(body) + "\n</svg>\n")


def main() -> int:
    here = pathlib.Path(__file__).resolve().parent
    results, out = here / "results", here / "charts"
    if len(sys.argv) == 3:
        results, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    elif len(sys.argv) != 1:
        print("usage: charts.py [RESULTS_DIR CHARTS_DIR]", file=sys.stderr)
        return 2
    rows = read_rows(results)
    if not rows:
        print(f"no results in {results}/*.csv; run a benchmark first", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for chart in ordered([r.chart for r in rows]):
        mine = [r for r in rows if r.chart == chart]
        colours = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(ordered([r.series for r in mine]))}
        units = {r.unit for r in mine}
        if len(units) != 1:
            print(f"chart {chart} mixes units {sorted(units)}; skipped", file=sys.stderr)
            failed = 1
            continue
        path = out / f"{chart}.svg"
        path.write_text(svg(chart, mine, colours), encoding="utf-8")
        print(path)
    return failed


if __name__ == "__main__":
    sys.exit(main())
