#!/usr/bin/env bash
# Before/after comparisons of the codecs on a busy machine, in one JVM (see Interleaved.java).
#
#   benchmarks/java/interleaved.sh snapshot DIR            copy the current build (run after
#                                                          run-codec.sh or mvn package) to DIR
#   benchmarks/java/interleaved.sh compare PAYLOAD NAME=DIR,CODEC,PROTOCOL...
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
  *)
    echo "usage: $0 snapshot DIR | compare PAYLOAD NAME=DIR,CODEC,PROTOCOL..." >&2
    exit 2
    ;;
esac
