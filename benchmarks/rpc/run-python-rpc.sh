#!/usr/bin/env bash
# RPC calls per second of Python clients against Parley's Java server (RpcServer, framed, compact
# and binary on two ports): Parley's Python client, Apache Thrift's Python library (pure and
# C-accelerated; PyPI thrift in the interop peers' venv and Debian's python3-thrift under
# /usr/bin/python3) and thriftpy2 (in the venv). One connection; ping, getUser and listUsers.
# Prints Markdown tables and writes benchmarks/results/python-rpc.csv. Needs Apache Thrift's compiler.
#
#   benchmarks/rpc/run-python-rpc.sh [--duration 2] [--warmup 0.5] [--rounds 1]
#
# With --rounds N every cell is measured N times, the clients taking turns, and reported by its
# median round (by calls/s), so that a burst of background load moves no ratio.
#
# Extra Maven flags (e.g. -o -Dmaven.repo.local=...) go in MVN_FLAGS; the venv comes from
# interop/peers/setup-peers.sh (PARLEY_VENV_DIR, /tmp/parley-venvs by default).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck disable=SC2086
mvn -q -B ${MVN_FLAGS:-} -f "$root/pom.xml" -DskipTests -pl compiler,runtime-java -am install
# shellcheck disable=SC2086
mvn -q -B ${MVN_FLAGS:-} -f "$here/pom.xml" package
work="$(mktemp -d)"
servers=()
cleanup() {
  for fd in "${servers[@]}"; do eval "exec $fd>&-"; done
  wait || true
  rm -rf "$work"
}
trap cleanup EXIT
idl="$here/src/main/thrift/rpc.thrift"
"$root/parley" gen --python "$work/parley" "$idl" >/dev/null
sed 's/namespace py rpcbench/namespace py thrift_rpcbench/' "$idl" > "$work/rpc.thrift"
mkdir -p "$work/thrift" && thrift --gen py -out "$work/thrift" "$work/rpc.thrift"
export PYTHONPATH="$work/parley:$work/thrift:$root/runtime-python"

pin_server=() pin_client=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  pin_server=(taskset -c 1) pin_client=(taskset -c 0)
  echo "Server pinned to CPU 1, client to CPU 0 (taskset)."
fi
classpath="$here/target/classes:$(cat "$here/target/classpath.txt")"
start_server() { # kind -> sets $port, keeps the server's stdin open on a new fd
  local fifo="$work/$1.in"
  mkfifo "$fifo"
  "${pin_server[@]}" java -Xms512m -Xmx512m -cp "$classpath" io.parley.bench.rpc.ServerMain "$1" <"$fifo" >"$work/$1.out" &
  exec {fd}>"$fifo"
  servers+=("$fd")
  until [ -s "$work/$1.out" ]; do sleep 0.1; done
  port="$(head -n 1 "$work/$1.out")"
}
start_server parley; compact_port="$port"
start_server parley-binary; binary_port="$port"

csv="${PARLEY_BENCH_RESULTS:-$root/benchmarks/results}/python-rpc.csv"
mkdir -p "$(dirname "$csv")"
echo "chart,group,series,value,unit" > "$csv"
venv="${PARLEY_VENV_DIR:-/tmp/parley-venvs}/interop/bin/python"
for python in "$venv" /usr/bin/python3; do
  if [ -x "$python" ]; then
    "${pin_client[@]}" "$python" "$here/python_rpc_bench.py" --compact-port "$compact_port" \
      --binary-port "$binary_port" --idl "$work/rpc.thrift" --csv "$csv" "$@"
  fi
done
echo; echo "Wrote $csv"
