#!/usr/bin/env bash
# Times `parley check` (JVM start included) on a synthetic IDL of LINES lines, RUNS times, and
# Apache Thrift's compiler on the same file when it is installed. Prints one line per tool with
# the median and the best wall time.
#
#   benchmarks/compiler/check-time.sh [LINES] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lines="${1:-20000}"
runs="${2:-11}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/benchmarks/compiler/synth_idl.py" "$lines" "$work/synth.thrift"
"$root/parley" --version >/dev/null   # builds the jar on a fresh clone, outside the timing

measure() { # name, command...
  local name="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "$name failed" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-34s median %5d ms   best %5d ms   (%d runs, %s lines)\n' \
    "$name" "${sorted[$((runs / 2))]}" "${sorted[0]}" "$runs" "$(wc -l <"$work/synth.thrift")"
}

measure "parley check" "$root/parley" check "$work/synth.thrift"
if command -v thrift >/dev/null 2>&1; then
  mkdir -p "$work/out"
  measure "thrift --gen json (parse+emit)" thrift --gen json -out "$work/out" "$work/synth.thrift"
fi
