#!/usr/bin/env python3
"""Times importing the Python code each compiler generates from the same synthetic IDL: Parley's
module against Apache Thrift's ``ttypes`` and service modules, all of them, in a fresh interpreter.

Two imports per tool and size, the tools taking turns run by run:

- *first*: no bytecode cache, so the interpreter compiles the source, as on the first run after
  generating, in a container that runs with PYTHONDONTWRITEBYTECODE or from a read-only install;
- *cached*: from the ``.pyc`` files a previous import wrote.

Each is the wall time of the import statements alone (the interpreter's start and each tool's
runtime library excluded) and the process's peak resident memory, median and largest of RUNS.
What a process pays at its start is also given: the cached import with the runtime library first
(Parley's ``parley`` package; Apache Thrift's ``thrift.Thrift`` and ``TProtocol``)::

    benchmarks/compiler/import-time.py [RUNS] [LINES...]    default: 3 runs, 1000 and 45000 lines

The interpreter is /usr/bin/python3 (Debian's, which has Apache Thrift's library), or $PYTHON.
Prints a Markdown table and writes benchmarks/results/compiler-import.csv (charts
compiler-import-first, compiler-import-cached and compiler-import-startup in s,
compiler-import-memory in MiB, the first import's).
"""
from __future__ import annotations

import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
PYTHON = os.environ.get("PYTHON", "/usr/bin/python3")

# Runs in the measured interpreter: imports the modules named on the command line, then prints
# the time the imports took and the peak RSS. The runtime and Thrift's library come first, so
# that only the generated code is timed.
PROBE = r"""
import importlib, json, resource, sys, time
start = time.perf_counter()
for lib in sys.argv[1].split(","):
    if lib:
        importlib.import_module(lib)
libs = time.perf_counter() - start
start = time.perf_counter()
for name in sys.argv[2:]:
    importlib.import_module(name)
seconds = time.perf_counter() - start
print(json.dumps({"s": seconds, "lib_s": libs, "kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def generate(lines: int, work: pathlib.Path) -> dict[str, tuple[pathlib.Path, list[str], str]]:
    """Both tools' output for an IDL of about ``lines`` lines: per tool its directory, the modules
    to import and the libraries to import first."""
    idl = work / "synth.thrift"
    subprocess.run([sys.executable, str(ROOT / "benchmarks/compiler/synth_idl.py"), str(lines), str(idl)],
                   check=True)
    parley, thrift = work / "parley", work / "thrift"
    subprocess.run([str(ROOT / "parley"), "gen", "--python", str(parley), str(idl)], check=True,
                   stdout=subprocess.DEVNULL)
    thrift.mkdir()
    subprocess.run(["thrift", "--gen", "py", "-out", str(thrift), str(idl)], check=True)
    package = thrift / "bench/synthetic"
    services = sorted(p.stem for p in package.glob("*.py") if p.stem not in ("__init__", "ttypes", "constants"))
    return {
        "parley": (parley, ["bench.synthetic"], "parley.codec,parley.rpc,parley.aio"),
        "thrift": (thrift, ["bench.synthetic.ttypes", "bench.synthetic.constants"]
                   + [f"bench.synthetic.{s}" for s in services], "thrift.Thrift,thrift.protocol.TProtocol"),
    }


def measure(where: pathlib.Path, modules: list[str], libs: str, cache: pathlib.Path, write: bool) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=f"{where}{os.pathsep}{ROOT / 'runtime-python'}",
               PYTHONPYCACHEPREFIX=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    out = subprocess.run([PYTHON, "-c", PROBE, libs, *modules], env=env, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 3
    sizes = [int(a) for a in argv[1:]] or [1000, 45000]
    if shutil.which("thrift") is None:
        print("import-time: Apache Thrift's compiler (thrift) is not installed", file=sys.stderr)
        return 1
    results = pathlib.Path(os.environ.get("PARLEY_BENCH_RESULTS", ROOT / "benchmarks/results"))
    results.mkdir(parents=True, exist_ok=True)
    version = subprocess.run([PYTHON, "-c", "import sys; print(sys.version.split()[0])"], check=True,
                             capture_output=True, text=True).stdout.strip()
    csv = ["chart,group,series,value,unit"]
    table = ["| IDL | Parley first import | thrift first import | Parley ÷ thrift | Parley cached "
             "| thrift cached | Parley ÷ thrift | Parley cached, runtime included | thrift cached, runtime included "
             "| Parley ÷ thrift |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for lines in sizes:
        with tempfile.TemporaryDirectory(prefix="import-time.") as tmp:
            work = pathlib.Path(tmp)
            tools = generate(lines, work)
            n = sum(1 for _ in (work / "synth.thrift").open(encoding="utf-8"))
            print(f"== {n} lines, {runs} runs, Python {version}", file=sys.stderr)
            first: dict[str, list[dict[str, float]]] = {t: [] for t in tools}
            cached: dict[str, list[dict[str, float]]] = {t: [] for t in tools}
            for i in range(runs):
                for tool, (where, modules, libs) in tools.items():
                    empty = work / f"cache-{tool}-{i}"   # nothing in it, nothing written to it
                    first[tool].append(measure(where, modules, libs, empty, write=False))
                    warm = work / f"cache-{tool}"
                    if i == 0:
                        measure(where, modules, libs, warm, write=True)   # writes the .pyc files
                    cached[tool].append(measure(where, modules, libs, warm, write=False))
            cells: dict[str, tuple[float, float, float, int]] = {}
            for tool in tools:
                f = statistics.median(r["s"] for r in first[tool])
                c = statistics.median(r["s"] for r in cached[tool])
                t = statistics.median(r["s"] + r["lib_s"] for r in cached[tool])
                mib = int(max(r["kib"] for r in first[tool]) // 1024)
                cells[tool] = (f, c, t, mib)
                group = f"{n} lines"
                csv += [f"compiler-import-first,{group},{tool},{f:.3f},s",
                        f"compiler-import-cached,{group},{tool},{c:.4f},s",
                        f"compiler-import-startup,{group},{tool},{t:.4f},s",
                        f"compiler-import-memory,{group},{tool},{mib},MiB"]
                print(f"{tool:7s} first {f:7.3f} s, {mib} MiB; cached {c:7.4f} s, with its runtime {t:7.4f} s",
                      file=sys.stderr)
            (pf, pc, pt, pm), (tf, tc, tt, tm) = cells["parley"], cells["thrift"]
            table.append(f"| {n:,} lines | {pf:.3f} s, {pm:,} MiB | {tf:.3f} s, {tm:,} MiB | {pf / tf:.1f}× "
                         f"| {pc:.4f} s | {tc:.4f} s | {pc / tc:.2f}× | {pt:.4f} s | {tt:.4f} s | {pt / tt:.2f}× |")
    path = results / "compiler-import.csv"
    path.write_text("\n".join(csv) + "\n", encoding="utf-8")
    print("\n".join(table))
    print(f"\n(Python {version}; median of {runs} runs, peak RSS of the first import; written to {path})",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
