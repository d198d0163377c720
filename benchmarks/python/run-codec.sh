#!/usr/bin/env bash
# Python codec benchmark: Parley against Apache Thrift's Python library (pure and C-accelerated)
# and thriftpy2, on the IDL of the Java codec benchmark. Runs under the interop peers' venv (PyPI
# thrift and thriftpy2) and under Debian's /usr/bin/python3 (python3-thrift with its C extension).
# Prints a Markdown table per interpreter and writes benchmarks/results/python-codec.csv
# (chart,group,series,value,unit; charts python-codec-{encode,decode}-{venv,debian}, in µs/op).
#
#   benchmarks/python/run-codec.sh [--repeats N]   (best of N repeats, default 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
idl="$root/benchmarks/java/src/main/thrift/bench.thrift"
"$root/parley" gen --python "$work/parley" "$idl" >/dev/null
sed 's/namespace py bench/namespace py thrift_bench/' "$idl" > "$work/bench.thrift"
mkdir -p "$work/thrift" && thrift --gen py -out "$work/thrift" "$work/bench.thrift"
export PYTHONPATH="$work/parley:$work/thrift:$root/runtime-python"
csv="${PARLEY_BENCH_RESULTS:-$root/benchmarks/results}/python-codec.csv"
mkdir -p "$(dirname "$csv")"
echo "chart,group,series,value,unit" > "$csv"
venv="${PARLEY_VENV_DIR:-/tmp/parley-venvs}/interop/bin/python"
for entry in "venv:$venv" "debian:/usr/bin/python3"; do
  label="${entry%%:*}" python="${entry#*:}"
  if [ -x "$python" ]; then
    "$python" "$root/benchmarks/python/codec_bench.py" "$work/bench.thrift" --label "$label" --csv "$csv" "$@"
  fi
done
echo "wrote $csv"
