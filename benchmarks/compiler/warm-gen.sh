#!/usr/bin/env bash
# Times code generation in a warm JVM: `parley gen` run RUNS times inside one JVM (as the Maven
# plugin runs in a multi-module build or a build daemon), Apache Thrift's compiler run as a process
# between Parley's runs, on a synthetic IDL of LINES lines; medians over the second half of the
# runs. Also reports how many bytes of code each tool generated. Prints a Markdown table and
# writes benchmarks/results/compiler-warm.csv (charts compiler-gen-warm in s, compiler-output-size
# in MB).
#
#   benchmarks/compiler/warm-gen.sh [RUNS] [LINES]      default: 12 runs, 45000 lines
#
# Output goes under GEN_TIME_DIR (default /dev/shm when present), as gen-time.sh's in-memory runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-12}" lines="${2:-45000}"
default_dir="${TMPDIR:-/tmp}"
[ -d /dev/shm ] && default_dir=/dev/shm
work="$(mktemp -d "${GEN_TIME_DIR:-$default_dir}/warm-gen.XXXXXX")"
trap 'rm -rf "$work"' EXIT
command -v thrift >/dev/null || { echo "warm-gen: Apache Thrift's compiler (thrift) is not installed" >&2; exit 1; }
"$root/parley" --version >/dev/null   # builds the jar on a fresh clone
jar="$(ls "$root"/compiler/target/parley-compiler-*-cli.jar | head -n 1)"
results="${PARLEY_BENCH_RESULTS:-$root/benchmarks/results}"
mkdir -p "$results"
python3 "$root/benchmarks/compiler/synth_idl.py" "$lines" "$work/synth.thrift"
n=$(wc -l <"$work/synth.thrift")
echo "chart,group,series,value,unit" >"$work/csv"
table="| IDL | output | Parley, warm JVM | \`thrift\` | Parley ÷ thrift | Parley output | thrift output |
|---|---|---:|---:|---:|---:|---:|"
for target in java python; do
  echo "== $target, $n lines, $runs runs in one JVM" >&2
  # The JVM's defaults (C2, G1): those of a build tool's JVM, not the launcher's start-up options.
  java -cp "$jar" "$root/benchmarks/compiler/WarmGen.java" "$target" "$work/synth.thrift" "$runs" "$work" \
    | tee "$work/$target.log" >&2
  read -r _ _ parley thrift parley_bytes thrift_bytes < <(grep '^result ' "$work/$target.log")
  mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
  group="$target $n lines"
  printf 'compiler-gen-warm,%s,parley,%s,s\ncompiler-gen-warm,%s,thrift,%s,s\n' \
    "$group" "$parley" "$group" "$thrift" >>"$work/csv"
  printf 'compiler-output-size,%s,parley,%s,MB\ncompiler-output-size,%s,thrift,%s,MB\n' \
    "$group" "$(mb "$parley_bytes")" "$group" "$(mb "$thrift_bytes")" >>"$work/csv"
  table+="
| $(printf "%'d" "$n") lines | $target | $parley s | $thrift s | $(awk -v a="$parley" -v b="$thrift" 'BEGIN { printf "%.2f×", a / b }') | $(mb "$parley_bytes") MB | $(mb "$thrift_bytes") MB |"
done
mv "$work/csv" "$results/compiler-warm.csv"
echo "$table"
echo "(median of runs $(( runs / 2 + 1 ))-$runs; written to ${results#"$root"/}/compiler-warm.csv)" >&2
