#!/usr/bin/env bash
# A short run of every benchmark, to check that each still builds, runs and reports every cell:
# the codec benchmarks check that each peer's bytes are Parley's and read back to what was written,
# and every RPC client checks its first replies before it is timed. Results and charts go to a
# scratch directory (benchmarks/results/ keeps the recorded run); the figures mean nothing at
# these lengths. One to two minutes on 2 cores (the first run also downloads the benchmarks'
# dependencies); ./run-tests runs it after `mvn verify`.
#
#   benchmarks/smoke.sh
#
# Needs what ./run-tests installs: Debian's thrift-compiler and python3-thrift, and the interop
# peers' venv (made by the interop tests) for PyPI thrift and thriftpy2.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export PARLEY_BENCH_RESULTS="$scratch/results"
step() { echo "smoke: $*" >&2; }

step "compiler"
"$here/compiler/check-time.sh" 300 1
"$here/compiler/gen-time.sh" 1 300
"$here/compiler/warm-gen.sh" 2 300
"$here/compiler/import-time.py" 1 300
step "Java codec (JMH, one short iteration, no fork)"
JMH_OPTS="-f 0 -wi 0 -i 1 -r 100ms" "$here/java/run-codec.sh"
"$here/java/interleaved.sh" table 2
step "RPC, Java"
"$here/rpc/run-rpc.sh" --prewarm 0.1 --warmup 0.1 --duration 0.2 --rounds 2 --conns 1,2
step "RPC, Python clients"
"$here/rpc/run-python-rpc.sh" --warmup 0.05 --duration 0.1 --rounds 2
step "Python codec"
"$here/python/run-codec.sh" --repeats 1
python3 "$here/charts.py" "$scratch/results" "$scratch/charts" >/dev/null
python3 "$here/targets.py" "$scratch/results" >/dev/null

java_codec=()
for c in wire encode encode-alloc decode decode-alloc encode-vs-libthrift-compact \
    decode-vs-libthrift-compact encode-vs-protobuf decode-vs-protobuf; do
  case "$c" in
    encode*) java_codec+=("java-codec-$c=4x5") ;;   # owning the buffer changes decoding only
    *) java_codec+=("java-codec-$c=4x6") ;;
  esac
done
# CPU time per call comes from /proc, so only Linux has it.
rpc_cpu=()
[ -r /proc/self/stat ] && rpc_cpu=(rpc-cpu-client=8x6 rpc-cpu-server=8x6)
python3 "$here/check_results.py" "$scratch/results" "$scratch/charts" \
  compiler-gen-time=2x2 compiler-gen-memory=2x2 compiler-gen-warm=2x2 compiler-output-size=2x2 \
  compiler-import-first=1x2 compiler-import-cached=1x2 compiler-import-startup=1x2 compiler-import-memory=1x2 "${java_codec[@]}" \
  java-codec-onejvm-encode=3x3 java-codec-onejvm-decode=3x3 \
  rpc-throughput=8x6 rpc-latency-p50=8x6 rpc-latency-p99=8x6 rpc-latency-p999=8x6 \
  rpc-ratio-echo=8x6 rpc-ratio-libthrift=8x6 rpc-ratio-grpc=8x6 rpc-ratio-p50-echo=8x6 \
  "${rpc_cpu[@]}" \
  python-rpc-throughput=3x14 python-rpc-latency-p50=3x14 python-rpc-latency-p99=3x14 python-rpc-cpu=3x14 \
  python-codec-encode-venv=4x6 python-codec-decode-venv=4x6 \
  python-codec-encode-debian=4x4 python-codec-decode-debian=4x4
