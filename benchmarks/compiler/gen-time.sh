#!/usr/bin/env bash
# Times code generation, Parley against Apache Thrift's native compiler, on synthetic IDLs of the
# given sizes: wall time in ms resolution (median of RUNS) and peak resident memory (largest of
# RUNS), JVM start included for Parley, output written to a fresh directory each run, the tools
# taking turns run by run. Prints a Markdown table and writes benchmarks/results/compiler.csv
# (charts compiler-gen-time in s, compiler-gen-memory in MiB).
#
#   benchmarks/compiler/gen-time.sh [RUNS] [LINES...]      default: 5 runs, 1000 and 45000 lines
#
# GEN_TIME_DIR=/dev/shm writes the output to memory (tmpfs): on this project's VM, creating files
# on ext4 right after the previous run's output was deleted costs both tools up to a second of
# kernel time that varies from run to run; in memory what is left is the compilers' own work.
# The CSV then goes to compiler-tmpfs.csv (groups suffixed "tmpfs").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
shift || true
sizes=("${@:-}")
[ -n "${sizes[0]}" ] || sizes=(1000 45000)
work="$(mktemp -d "${GEN_TIME_DIR:-${TMPDIR:-/tmp}}/gen-time.XXXXXX")"
trap 'rm -rf "$work"' EXIT
command -v thrift >/dev/null || { echo "gen-time: Apache Thrift's compiler (thrift) is not installed" >&2; exit 1; }
"$root/parley" --version >/dev/null   # builds the jar and its class archive on a fresh clone, outside the timing
results="${PARLEY_BENCH_RESULTS:-$root/benchmarks/results}"
csv="$results/compiler.csv" where=""
if [ -n "${GEN_TIME_DIR:-}" ]; then
  csv="$results/compiler-tmpfs.csv" where=" tmpfs"
fi
mkdir -p "$(dirname "$csv")"
echo "chart,group,series,value,unit" >"$work/csv"

# once LABEL COMMAND...: one timed run into an empty output directory; its wall time (ms) and
# peak RSS (KiB) are added to LABEL's.
once() {
  local label="$1"; shift
  rm -rf "$work/out" && mkdir -p "$work/out"
  local start end kb
  start=$(date +%s%N)   # /usr/bin/time's %e has only 10 ms resolution
  /usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null 2>&1 || { echo "$label failed" >&2; exit 1; }
  end=$(date +%s%N)
  read -r kb <"$work/time"
  times[$label]+="$(( (end - start) / 1000000 )) "
  mems[$label]+="$kb "
}

# summary LABEL: sets $secs (median wall time) and $mib (peak RSS over the runs).
summary() {
  # shellcheck disable=SC2086 # the lists are space-separated on purpose
  secs=$(printf '%s\n' ${times[$1]} | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | awk '{ printf "%.3f", $1 / 1000 }')
  # shellcheck disable=SC2086
  mib=$(( $(printf '%s\n' ${mems[$1]} | sort -n | tail -1) / 1024 ))
  printf '%-22s %6.2f s  %5d MiB\n' "$1" "$secs" "$mib" >&2
}

# record LINES LANGUAGE PARLEY_SECS PARLEY_MIB THRIFT_SECS THRIFT_MIB: one CSV group per size and language.
record() {
  local group="$2 $1 lines$where"   # no comma: it is a CSV field
  printf 'compiler-gen-time,%s,parley,%s,s\ncompiler-gen-time,%s,thrift,%s,s\n' "$group" "$3" "$group" "$5" >>"$work/csv"
  printf 'compiler-gen-memory,%s,parley,%s,MiB\ncompiler-gen-memory,%s,thrift,%s,MiB\n' "$group" "$4" "$group" "$6" >>"$work/csv"
}

table="| IDL | \`parley gen --java\` | \`thrift --gen java\` | Parley ÷ thrift | \`parley gen --python\` | \`thrift --gen py\` | Parley ÷ thrift |
|---|---:|---:|---:|---:|---:|---:|"
for lines in "${sizes[@]}"; do
  python3 "$root/benchmarks/compiler/synth_idl.py" "$lines" "$work/synth.thrift"
  n=$(wc -l <"$work/synth.thrift")
  echo "== $n lines, $runs runs" >&2
  # The four take turns run by run, so that a machine slowing down or speeding up meanwhile
  # weighs on all of them alike.
  unset times mems
  declare -A times mems
  for _ in $(seq "$runs"); do
    once "parley gen --java" "$root/parley" gen --java "$work/out/java" "$work/synth.thrift"
    files=$(find "$work/out/java" -type f | wc -l)
    once "thrift --gen java" thrift --gen java -out "$work/out" "$work/synth.thrift"
    once "parley gen --python" "$root/parley" gen --python "$work/out/py" "$work/synth.thrift"
    once "thrift --gen py" thrift --gen py -out "$work/out" "$work/synth.thrift"
  done
  summary "parley gen --java"
  pj=$secs pjm=$mib
  summary "thrift --gen java"
  tj=$secs tjm=$mib
  summary "parley gen --python"
  pp=$secs ppm=$mib
  summary "thrift --gen py"
  tp=$secs tpm=$mib
  record "$n" java "$pj" "$pjm" "$tj" "$tjm"
  record "$n" python "$pp" "$ppm" "$tp" "$tpm"
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "n/a" }'; }
  table+="
| $(printf "%'d" "$n") lines ($(printf "%'d" "$files") Java files) | $pj s, $pjm MiB | $tj s, $tjm MiB | $(ratio "$pj" "$tj") | $pp s, $ppm MiB | $tp s, $tpm MiB | $(ratio "$pp" "$tp") |"
done
mv "$work/csv" "$csv"
echo "$table"
echo >&2
echo "(median of $runs runs, peak RSS; written to ${csv#"$root"/})" >&2
