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
DIR=target/bench/redis-latency
mkdir -p "$DIR"
redis-server --port "$PORT" --bind 127.0.0.1 --save '' --appendonly yes --appendfsync everysec \
  --dir "$PWD/$DIR" --daemonize yes --logfile "$PWD/$DIR/redis.log" --pidfile "$PWD/$DIR/redis.pid"
trap 'kill "$(cat "$DIR/redis.pid")" 2>/dev/null || true' EXIT
until redis-cli -p "$PORT" PING >/dev/null 2>&1; do sleep 0.1; done

[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -B -ntp -q -Pbench -DskipTests package
./mvnw -B -ntp -q -Pbench ${SKIP_PACKAGE:+test-compile} exec:exec -Dbench.main=io.receiptcoupons.bench.redis.RedisBench \
  -Dbench.args="mode=latency campaigns=$CAMPAIGNS redis=redis://127.0.0.1:$PORT delay-us=${DELAY_US:-500} percent=${PERCENT:-50} seconds=${SECONDS_RUN:-30} warm-seconds=${WARM:-20} saturation-seconds=${SAT:-20}"
