#!/usr/bin/env bash
# RPC on loopback between separate client and server JVMs: Parley's RpcServer/RpcClient against
# libthrift's TThreadPoolServer and TThreadedSelectorServer, grpc-java (default executor and
# directExecutor) and a raw-socket echo that moves the same bytes per call. Every cell is a closed
# loop of ping, getUser, createUser or listUsers at 1, 2, 16 and 64 connections. Prints Markdown
# tables and writes benchmarks/results/rpc.csv (rpc-throughput, rpc-latency-*, rpc-ratio-*, and
# rpc-cpu-client/-server: the CPU time each JVM used per call while measured, from /proc on Linux).
# Needs Apache Thrift's compiler on the PATH.
#
#   benchmarks/rpc/run-rpc.sh [--prewarm 5] [--warmup 1] [--duration 2] [--rounds 1] [--conns 1,2,16,64]
#                             [--methods ping,getUser,createUser,listUsers]
#                             [--servers echo,parley,thrift-pool,thrift-selector,grpc,grpc-direct]
#
# All servers and clients start at once; each pair is warmed up (--prewarm seconds per method, so
# that every JIT has compiled its path before the first cell), then every cell is measured on
# each server in turn. With --rounds N that is done N times over all cells, each round starting
# from the next server; each cell is reported by its median round (by calls/s) with the spread
# of its rounds, and each ratio as the median of the rounds' own ratios (a server against the
# others of the same round): on a shared machine a burst of background load then lands in one
# round instead of deciding a ratio. The default run takes about six minutes on 2 cores; run-all.sh
# uses --warmup 1 --duration 1.5 --rounds 3.
# Extra Maven flags (e.g. -o -Dmaven.repo.local=...) go in MVN_FLAGS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
# shellcheck disable=SC2086
mvn -q -B ${MVN_FLAGS:-} -f "$root/pom.xml" -DskipTests -pl compiler,runtime-java -am install
# shellcheck disable=SC2086
mvn -q -B ${MVN_FLAGS:-} -f "$here/pom.xml" package
cd "$root"
results="${PARLEY_BENCH_RESULTS:-$root/benchmarks/results}"
mkdir -p "$results"
exec java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" io.parley.bench.rpc.RpcBench \
  --csv "$results/rpc.csv" "$@"
