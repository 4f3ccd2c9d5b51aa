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
source src/bench/scripts/redis-lib.sh
redis_start "$PORT" target/bench/redis-vs-embedded
redis_bench "mode=compare campaigns=$COUNTS redis=redis://127.0.0.1:$PORT warm-seconds=${WARM:-20} saturation-seconds=${SAT:-20}"
