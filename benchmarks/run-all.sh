#!/usr/bin/env bash
# Runs every benchmark one after another on an otherwise idle machine, then redraws the charts.
# Each step writes its CSV under benchmarks/results/ and prints its Markdown table; the whole log
# goes to benchmarks/results/run-all.log. About 37 minutes on 2 cores with the defaults below.
#
#   benchmarks/run-all.sh
#
# Needs what ./run-tests installs: Debian's thrift-compiler and python3-thrift, and the interop
# peers' venv (interop/peers/setup-peers.sh) for PyPI thrift and thriftpy2.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$here/results"
{
  # The parley launcher reuses an existing jar: build it from this tree first.
  mvn -q -B ${MVN_FLAGS:-} -f "$here/../pom.xml" -pl compiler -am -DskipTests package
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(uname -r), $(java -version 2>&1 | head -n 1)"
  # The VM's host CPU can change between boots, and the ratios with it: on one host libthrift
  # encoded 1.8-3.5x faster than on another, while the other codecs' times moved both ways.
  echo "# CPU: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)," \
    "family $(awk -F': ' '/^cpu family/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)" \
    "model $(awk -F': ' '/^model[[:space:]]/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)," \
    "$(grep -qw avx512f /proc/cpuinfo 2>/dev/null && echo AVX-512 || echo no AVX-512)"
  "$here/compiler/check-time.sh" 20000 11
  "$here/compiler/gen-time.sh" 3 1000 45000
  [ -d /dev/shm ] && GEN_TIME_DIR=/dev/shm "$here/compiler/gen-time.sh" 3 1000 45000
  "$here/compiler/warm-gen.sh" 12 45000
  "$here/compiler/import-time.py" 3 1000 45000
  JMH_OPTS="${JMH_OPTS:--f 2 -wi 2 -w 1s -i 3 -r 1s}" "$here/java/run-codec.sh"
  "$here/java/interleaved.sh" table 80
  "$here/rpc/run-rpc.sh" --warmup 1 --duration 1.5 --rounds 3
  "$here/rpc/run-python-rpc.sh" --duration 1 --rounds 3
  "$here/python/run-codec.sh" --repeats 25
  python3 "$here/charts.py"
  python3 "$here/targets.py"
} 2>&1 | tee "$here/results/run-all.log"
