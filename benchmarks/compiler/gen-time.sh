#!/usr/bin/env bash
# Times code generation, Parley against Apache Thrift's native compiler, on synthetic IDLs of the
# given sizes: wall time (median of RUNS) and peak resident memory, JVM start included for Parley.
#
#   benchmarks/compiler/gen-time.sh [RUNS] [LINES...]      default: 5 runs, 1000 and 45000 lines
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
shift || true
sizes=("${@:-}")
[ -n "${sizes[0]}" ] || sizes=(1000 45000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/parley" --version >/dev/null   # builds the jar on a fresh clone, outside the timing
command -v thrift >/dev/null || { echo "gen-time: Apache Thrift's compiler (thrift) is not installed" >&2; exit 1; }

measure() { # label, command...
  local label="$1"; shift
  local times=() mems=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/out" && mkdir -p "$work/out"
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || { echo "$label failed" >&2; exit 1; }
    read -r secs kb <"$work/time"
    times+=("$secs"); mems+=("$kb")
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  m=$(printf '%s\n' "${mems[@]}" | sort -n | tail -1)
  printf '%-44s median %6.2f s   peak %6d MiB\n' "$label" "$t" "$(( m / 1024 ))"
}

for lines in "${sizes[@]}"; do
  python3 "$root/benchmarks/compiler/synth_idl.py" "$lines" "$work/synth.thrift"
  n=$(wc -l <"$work/synth.thrift")
  echo "== $n lines, $runs runs"
  measure "parley gen --java" "$root/parley" gen --java "$work/out/java" "$work/synth.thrift"
  measure "thrift --gen java" thrift --gen java -out "$work/out" "$work/synth.thrift"
  measure "parley gen --python" "$root/parley" gen --python "$work/out/py" "$work/synth.thrift"
  measure "thrift --gen py" thrift --gen py -out "$work/out" "$work/synth.thrift"
done
