#!/usr/bin/env bash
# Issue 17: saturation throughput of the packaged jar on the embedded store and on Redis, back to
# back in the same run, at 1 and at 1,000 synthetic campaigns (bench.http.Synthetic, the HTTP
# benches' generator), and the ratio (target: Redis at least 70 % of embedded). wrk, closed loop,
# the issue-6 checkout mix; members start unknown on both stores and gain history as they check out.
#
#   src/bench/scripts/redis-vs-embedded.sh [CAMPAIGN_COUNTS]     # default 1,1000
#   SKIP_PACKAGE=1 WARM=2 SAT=3 src/bench/scripts/redis-vs-embedded.sh 1,10     # a dry run of seconds
set -euo pipefail
cd "$(dirname "$0")/../../.."

COUNTS=${1:-1,1000}
PORT=${REDIS_PORT:-6391}
DIR=target/bench/redis-vs-embedded
mkdir -p "$DIR"
redis-server --port "$PORT" --bind 127.0.0.1 --save '' --appendonly yes --appendfsync everysec \
  --dir "$PWD/$DIR" --daemonize yes --logfile "$PWD/$DIR/redis.log" --pidfile "$PWD/$DIR/redis.pid"
trap 'kill "$(cat "$DIR/redis.pid")" 2>/dev/null || true' EXIT
until redis-cli -p "$PORT" PING >/dev/null 2>&1; do sleep 0.1; done

[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -B -ntp -q -Pbench -DskipTests package
./mvnw -B -ntp -q -Pbench ${SKIP_PACKAGE:+test-compile} exec:exec -Dbench.main=io.receiptcoupons.bench.redis.RedisBench \
  -Dbench.args="mode=compare campaigns=$COUNTS redis=redis://127.0.0.1:$PORT warm-seconds=${WARM:-20} saturation-seconds=${SAT:-20}"
