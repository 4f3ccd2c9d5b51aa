# Sourced by the Redis bench scripts (run from the repository root): a redis-server of their own,
# and the packaged jar's RedisBench run against it.

# Starts redis-server on 127.0.0.1:PORT with its files in DIR, stops it when the script exits, and
# returns once it answers PING.
redis_start() {
  local port=$1 dir=$2
  mkdir -p "$dir"
  # A previous run's server may still be exiting: wait for the port, or this one fails to bind.
  for _ in $(seq 100); do redis-cli -p "$port" PING >/dev/null 2>&1 || break; sleep 0.1; done
  # REDIS_EXTRA: more redis-server options, e.g. "--auto-aof-rewrite-min-size 4gb".
  # shellcheck disable=SC2086
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly yes --appendfsync everysec \
    ${REDIS_EXTRA:-} --dir "$PWD/$dir" --daemonize yes --logfile "$PWD/$dir/redis.log" --pidfile "$PWD/$dir/redis.pid"
  REDIS_PID_FILE="$PWD/$dir/redis.pid"
  trap 'kill "$(cat "$REDIS_PID_FILE")" 2>/dev/null || true' EXIT
  until redis-cli -p "$port" PING >/dev/null 2>&1; do sleep 0.1; done
}

# Packages the jar (unless SKIP_PACKAGE is set: then only compiles the benches) and runs
# bench.redis.RedisBench with ARGS.
redis_bench() {
  [ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -B -ntp -q -Pbench -DskipTests package
  ./mvnw -B -ntp -q -Pbench ${SKIP_PACKAGE:+test-compile} exec:exec \
    -Dbench.main=io.receiptcoupons.bench.redis.RedisBench -Dbench.args="$1"
}
