#!/usr/bin/env bash
# Issue 17: the checkout over a simulated network on a kernel without sch_netem (where
# redis-netem.sh fails with "Specified qdisc kind is unknown"). A redis-server of its own, reached
# through bench.redis.LatencyProxy, a userspace TCP proxy that delays each direction's bytes by
# DELAY_US (500) in order, so every round trip costs 1 ms more. The packaged jar runs in Redis mode
# through the proxy; wrk finds its saturation, then the open-loop generator runs at PERCENT (50) of
# it and reports p50/p99 (target/bench/redis.md).
#
#   src/bench/scripts/redis-latency.sh [CAMPAIGNS]       # default 1000
#   SKIP_PACKAGE=1 SECONDS_RUN=3 WARM=2 SAT=3 src/bench/scripts/redis-latency.sh 1    # a dry run of seconds
set -euo pipefail
cd "$(dirname "$0")/../../.."

CAMPAIGNS=${1:-1000}
PORT=${REDIS_PORT:-6390}
source src/bench/scripts/redis-lib.sh
redis_start "$PORT" target/bench/redis-latency
redis_bench "mode=latency campaigns=$CAMPAIGNS redis=redis://127.0.0.1:$PORT delay-us=${DELAY_US:-500} percent=${PERCENT:-50} seconds=${SECONDS_RUN:-30} warm-seconds=${WARM:-20} saturation-seconds=${SAT:-20}"
