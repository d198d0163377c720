#!/usr/bin/env bash
# Before/after comparisons of the codecs on a busy machine, in one JVM (see Interleaved.java).
#
#   benchmarks/java/interleaved.sh snapshot DIR            copy the current build (run after
#                                                          run-codec.sh or mvn package) to DIR
#   benchmarks/java/interleaved.sh compare PAYLOAD NAME=DIR,CODEC,PROTOCOL...
#   benchmarks/java/interleaved.sh forks PAYLOAD METHOD ROUNDS NAME=DIR...
#                                                          JMH forks of Parley compact, one per
#                                                          build and round, the builds taking
#                                                          turns: each build's forks, sorted
#   benchmarks/java/interleaved.sh table [SLICES]          the current build: Parley compact,
#                                                          libthrift compact and protobuf-java,
#                                                          encode and decode of small, user and
#                                                          page, median of SLICES (80) slices each;
#                                                          prints Markdown and writes
#                                                          benchmarks/results/java-codec-onejvm.csv
#
# e.g. interleaved.sh compare user before=/tmp/a,ParleyCodec,COMPACT after=/tmp/b,ParleyCodec,COMPACT \
#        thrift=/tmp/a,ThriftCodec,COMPACT
# Environment: MAVEN_REPO_LOCAL as for run-codec.sh (where the Parley runtime jar was installed);
# JAVA_OPTS adds JVM options (-Dmethod=encode, -Dslices=60, -DsliceMs=40).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
case "${1:-}" in
  snapshot)
    dir="$2"
    rm -rf "$dir" && mkdir -p "$dir"
    cp -r "$here/target/classes" "$dir/classes"
    cp "$repo/io/parley/parley-runtime/0.1.0-SNAPSHOT/parley-runtime-0.1.0-SNAPSHOT.jar" "$dir/"
    ;;
  compare)
    shift
    rest="$(tr ':' '\n' < "$here/target/classpath.txt" | grep -v '/io/parley/' | paste -sd:)"
    # shellcheck disable=SC2086
    java -Xms1g -Xmx1g ${JAVA_OPTS:-} -cp "$here/target/classes" io.parley.bench.Interleaved "$rest" "$@"
    ;;
  forks)
    # A JIT can compile a method one of two ways and keep it for the JVM's life (NOTES.md, "two
    # speeds"): such a build's forks fall in two clusters that a mean over two forks hides, and on
    # a busy host one build's forks can land in a slow spell. Here every fork is reported, the
    # builds taking turns fork by fork.
    payload="$2" method="$3" rounds="$4"
    shift 4
    rest="$(tr ':' '\n' < "$here/target/classpath.txt" | grep -v '/io/parley/' | paste -sd:)"
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    for _ in $(seq "$rounds"); do
      for build in "$@"; do
        name="${build%%=*}" dir="${build#*=}"
        # shellcheck disable=SC2086
        java -cp "$dir/classes:$dir/parley-runtime-0.1.0-SNAPSHOT.jar:$rest" org.openjdk.jmh.Main \
          "CodecBenchmark.$method" -f 1 ${JMH_FORK_OPTS:--wi 2 -w 1s -i 2 -r 1s} -p codec=parley-compact \
          -p payload="$payload" -rf csv -rff "$work/fork.csv" >"$work/fork.log" 2>&1 \
          || { cat "$work/fork.log" >&2; exit 1; }
        python3 -c 'import csv, sys; print(sys.argv[1], next(csv.DictReader(open(sys.argv[2])))["Score"])' \
          "$name" "$work/fork.csv" | tee -a "$work/scores"
      done
    done
    python3 - "$work/scores" "$method" "$payload" <<'PY'
import statistics, sys
scores = {}
for line in open(sys.argv[1]):
    name, score = line.split()
    scores.setdefault(name, []).append(float(score))
for name, values in scores.items():
    print(f"{name}: {sys.argv[2]} {sys.argv[3]}, {len(values)} forks, median {statistics.median(values):.1f} ns/op;",
          " ".join(f"{v:.0f}" for v in sorted(values)))
PY
    ;;
  table)
    # JMH runs the codecs one after another, so on a shared machine a spell of load can land on
    # one codec's iterations; here the three alternate in 40 ms slices in one JVM and share it.
    slices="${2:-80}"
    snap="$(mktemp -d)"
    trap 'rm -rf "$snap"' EXIT
    "$0" snapshot "$snap/build"
    csv="${PARLEY_BENCH_RESULTS:-$here/../results}/java-codec-onejvm.csv"
    mkdir -p "$(dirname "$csv")"
    echo "chart,group,series,value,unit" > "$csv"
    echo "| payload | method | Parley compact ns | libthrift compact ns | protobuf-java ns | × libthrift compact | × protobuf-java |"
    echo "|---|---|---:|---:|---:|---:|---:|"
    for method in encode decode; do
      for payload in small user page; do
        out="$(JAVA_OPTS="-Dmethod=$method -Dslices=$slices" "$0" compare "$payload" \
          "parley=$snap/build,ParleyCodec,COMPACT" "libthrift=$snap/build,ThriftCodec,COMPACT" \
          "protobuf=$snap/build,ProtobufCodec,COMPACT")"
        med() { awk -v n="$1" '$1 == n { for (i = 1; i < NF; i++) if ($i == "med") print $(i + 1) }' <<< "$out"; }
        p="$(med parley)" t="$(med libthrift)" b="$(med protobuf)"
        [[ -n "$p" && -n "$t" && -n "$b" ]] || { echo "no result for $method $payload:" >&2; echo "$out" >&2; exit 1; }
        awk -v m="$method" -v pl="$payload" -v p="$p" -v t="$t" -v b="$b" 'BEGIN {
          printf "| %s | %s | %.1f | %.1f | %.1f | %.2f | %.2f |\n", pl, m, p, t, b, t / p, b / p }'
        {
          echo "java-codec-onejvm-$method,$payload,parley compact,$p,ns/op"
          echo "java-codec-onejvm-$method,$payload,libthrift compact,$t,ns/op"
          echo "java-codec-onejvm-$method,$payload,protobuf-java,$b,ns/op"
        } >> "$csv"
      done
    done
    echo "(median of $slices slices of 40 ms per codec, the three alternating in one JVM; wrote $csv)"
    ;;
  *)
    echo "usage: $0 snapshot DIR | compare PAYLOAD NAME=DIR,CODEC,PROTOCOL... | forks PAYLOAD METHOD ROUNDS NAME=DIR..." \
      "| table [SLICES]" >&2
    exit 2
    ;;
esac
