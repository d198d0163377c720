#!/usr/bin/env python3
"""Checks that benchmark results are complete: every expected chart, every cell of each, every
value a positive number, and an SVG drawn for each chart.

A benchmark that silently lost a server, a codec or a cell (a client that failed, a peer that was
not installed) would otherwise leave a table with a hole in it. Used by ``benchmarks/smoke.sh``::

    python3 benchmarks/check_results.py RESULTS_DIR CHARTS_DIR CHART=GROUPSxSERIES ...

``CHART=4x6`` expects the chart to have 4 groups and 6 series, each series in every group (only
series named in PARTIAL may be missing from some groups: thriftpy2 has no Cython compact codec).
"""
from __future__ import annotations

import csv
import math
import pathlib
import sys
from collections import defaultdict

PARTIAL = ("thriftpy2 Cython",)


def check(results: pathlib.Path, charts: pathlib.Path, expected: dict[str, tuple[int, int]]) -> list[str]:
    """What is wrong with the results, one line per problem; empty when they are complete."""
    cells: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    problems: list[str] = []
    for path in sorted(results.glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                where = f"{path.name}: {row['chart']} / {row['group']} / {row['series']}"
                try:
                    value = float(row["value"])
                except ValueError:
                    problems.append(f"{where}: {row['value']!r} is not a number")
                    continue
                if not math.isfinite(value) or value <= 0:
                    problems.append(f"{where}: {value} is not a positive number")
                if row["series"] in cells[row["chart"]][row["group"]]:
                    problems.append(f"{where}: measured twice")
                cells[row["chart"]][row["group"]].add(row["series"])
    for chart, (groups, series) in expected.items():
        found = cells.get(chart)
        if not found:
            problems.append(f"{chart}: no results")
            continue
        every = set().union(*found.values())
        if len(found) != groups or len(every) != series:
            problems.append(f"{chart}: {len(found)} groups x {len(every)} series, expected {groups}x{series}")
        for group, present in found.items():
            missing = sorted(s for s in every - present if not s.startswith(PARTIAL))
            if missing:
                problems.append(f"{chart} / {group}: no {', '.join(missing)}")
        if not (charts / f"{chart}.svg").is_file():
            problems.append(f"{chart}: no chart drawn")
    for chart in sorted(set(cells) - set(expected)):
        problems.append(f"{chart}: not expected")
    return problems


def parse(spec: str) -> tuple[str, tuple[int, int]]:
    chart, _, shape = spec.partition("=")
    groups, _, series = shape.partition("x")
    return chart, (int(groups), int(series))


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    expected = dict(parse(spec) for spec in sys.argv[3:])
    problems = check(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), expected)
    for p in problems:
        print(f"check_results: {p}", file=sys.stderr)
    if not problems:
        print(f"check_results: {len(expected)} charts complete")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
