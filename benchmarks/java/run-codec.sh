#!/usr/bin/env bash
# Builds the codec benchmarks and runs them side by side with libthrift, with JMH's GC profiler.
# Needs Apache Thrift's compiler on the PATH (Debian package thrift-compiler).
#
#   benchmarks/java/run-codec.sh [extra JMH options]     e.g. -p payload=user
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
mvn -q -B -f "$root/pom.xml" -DskipTests -pl compiler,runtime-java -am install
mvn -q -B -f "$here/pom.xml" package
cd "$here"
exec java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main CodecBenchmark \
  -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf text -rff target/codec-results.txt "$@"
