#!/usr/bin/env bash
# Issue 17: as redis-latency.sh, but through src/bench/c/latency-proxy.c (one epoll thread and a
# nanosecond timer, compiled here with gcc) instead of the Java LatencyProxy, whose four threads per
# connection add their own wake-up delays on a small machine.
#
#   src/bench/scripts/redis-latency-native.sh [CAMPAIGNS]    # default 1000; DELAY_US=500 PERCENT=50
set -euo pipefail
cd "$(dirname "$0")/../../.."

CAMPAIGNS=${1:-1000}
PORT=${REDIS_PORT:-6390}
PROXY_PORT=${PROXY_PORT:-6389}
source src/bench/scripts/redis-lib.sh
# An AOF rewrite forks Redis, and on a 2-core machine the child takes the service's CPU for about
# 2 s: every burst of degraded answers in the first run lined up with one (redis.log). A Redis host
# of its own rewrites on its own cores, so none is due during this run unless REDIS_EXTRA says so.
export REDIS_EXTRA=${REDIS_EXTRA---auto-aof-rewrite-min-size 4gb}
redis_start "$PORT" target/bench/redis-latency
mkdir -p target && gcc -O2 -o target/latency-proxy src/bench/c/latency-proxy.c
target/latency-proxy "$PROXY_PORT" "$PORT" "${DELAY_US:-500}" &
PROXY=$!
trap 'kill "$PROXY" "$(cat "$REDIS_PID_FILE")" 2>/dev/null || true' EXIT
redis_bench "mode=latency campaigns=$CAMPAIGNS redis=redis://127.0.0.1:$PORT proxy-port=$PROXY_PORT delay-us=${DELAY_US:-500} percent=${PERCENT:-50} seconds=${SECONDS_RUN:-30} warm-seconds=${WARM:-20} saturation-seconds=${SAT:-20}"
