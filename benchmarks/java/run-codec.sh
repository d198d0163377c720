#!/usr/bin/env bash
# Builds the codec benchmarks and runs them side by side with JMH and its GC profiler: Parley
# (compact, binary, and compact decoding from a buffer the reader owns), libthrift (compact,
# binary) and protobuf-java. Prints a Markdown table (ns/op, B/op, wire bytes, ratios against
# libthrift compact and protobuf) and writes benchmarks/results/java-codec.csv.
# Needs Apache Thrift's compiler on the PATH (Debian package thrift-compiler); protoc is taken
# from Maven Central by the build.
#
#   benchmarks/java/run-codec.sh [extra JMH options]     e.g. -p payload=user -i 10
#
# Environment: MAVEN_REPO_LOCAL=DIR builds against (and installs Parley into) that local
# repository instead of ~/.m2; MVN_FLAGS adds Maven flags (e.g. -o); JMH_OPTS replaces the
# default run length "-f 2 -wi 3 -w 1s -i 5 -r 1s" (two forks: the JIT's inlining differs from
# one JVM to the next). Every fork gets a fixed, pre-touched 1 GiB heap, so page faults of a
# growing heap do not land on whichever codec allocates most.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mvn_args=(-q -B ${MVN_FLAGS:-})
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then
  mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi
mvn "${mvn_args[@]}" -f "$root/pom.xml" -DskipTests -pl compiler,runtime-java -am install
mvn "${mvn_args[@]}" -f "$here/pom.xml" package
cd "$here"
cp=(-cp "target/classes:$(cat target/classpath.txt)")
read -r -a run <<< "${JMH_OPTS:--f 2 -wi 3 -w 1s -i 5 -r 1s}"
run+=(-jvmArgsAppend "-Xms1g -Xmx1g -XX:+AlwaysPreTouch")

# Checks that the codecs agree and records each payload's size on the wire.
java "${cp[@]}" io.parley.bench.WireSizes > target/wire-sizes.csv
# Owning the buffer changes decoding only, so encode runs without that variant.
java "${cp[@]}" org.openjdk.jmh.Main 'CodecBenchmark.encode' "${run[@]}" -prof gc \
  -p codec=parley-compact,parley-binary,thrift-compact,thrift-binary,protobuf \
  -rf csv -rff target/codec-encode.csv "$@"
java "${cp[@]}" org.openjdk.jmh.Main 'CodecBenchmark.decode' "${run[@]}" -prof gc \
  -p codec=parley-compact,parley-binary,parley-compact-owned,thrift-compact,thrift-binary,protobuf \
  -rf csv -rff target/codec-decode.csv "$@"

results="${PARLEY_BENCH_RESULTS:-$root/benchmarks/results}"
mkdir -p "$results"
python3 "$here/codec_report.py" target/wire-sizes.csv target/codec-encode.csv target/codec-decode.csv \
  "$results/java-codec.csv"
