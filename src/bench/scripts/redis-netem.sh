#!/usr/bin/env bash
# Issue 17: the checkout over a simulated network. Redis runs in its own network namespace, reached
# through a veth pair whose two ends each add 0.5 ms (tc netem), so a round trip costs 1 ms more.
# Everything stays on this machine: the namespace pair gets a private /30 and no other route.
#
#   src/bench/scripts/redis-netem.sh up                 # namespace, veth, netem, redis-server
#   src/bench/scripts/redis-netem.sh run RATE [CAMPAIGNS]    # CheckoutCost on Redis, then embedded
#   src/bench/scripts/redis-netem.sh down
#
# `run` prints the bench's client p50/p99 per store and Redis's own count of commands per checkout
# (INFO commandstats before and after). Run it at 50 % of the saturation rate HttpBench reports.
set -euo pipefail
cd "$(dirname "$0")/../../.."

NS=rc17
HOST_IF=rc17-host
NS_IF=rc17-ns
HOST_IP=10.217.17.1
REDIS_IP=10.217.17.2
DELAY=${DELAY:-0.5ms}
DIR=target/bench/redis-netem

redis_cli() { redis-cli -h "$REDIS_IP" -p 6379 "$@"; }

up() {
  mkdir -p "$DIR"
  ip netns add "$NS"
  ip link add "$HOST_IF" type veth peer name "$NS_IF"
  ip link set "$NS_IF" netns "$NS"
  ip addr add "$HOST_IP/30" dev "$HOST_IF"
  ip link set "$HOST_IF" up
  ip netns exec "$NS" ip addr add "$REDIS_IP/30" dev "$NS_IF"
  ip netns exec "$NS" ip link set "$NS_IF" up
  ip netns exec "$NS" ip link set lo up
  # netem needs the kernel's sch_netem module; DELAY=0 skips it (the namespace alone, for a dry run).
  if [ "$DELAY" != 0 ]; then
    tc qdisc add dev "$HOST_IF" root netem delay "$DELAY"
    ip netns exec "$NS" tc qdisc add dev "$NS_IF" root netem delay "$DELAY"
  fi
  ip netns exec "$NS" redis-server --bind "$REDIS_IP" --port 6379 --protected-mode no \
    --save '' --appendonly yes --appendfsync everysec --dir "$PWD/$DIR" --daemonize yes \
    --logfile "$PWD/$DIR/redis.log" --pidfile "$PWD/$DIR/redis.pid"
  sleep 0.5
  redis_cli PING
}

down() {
  [ -f "$DIR/redis.pid" ] && kill "$(cat "$DIR/redis.pid")" 2>/dev/null || true
  ip link del "$HOST_IF" 2>/dev/null || true
  ip netns del "$NS" 2>/dev/null || true
}

calls() {
  redis_cli INFO commandstats | tr -d '\r' | grep '^cmdstat_' |
    sed -E 's/^cmdstat_([a-z|]+):calls=([0-9]+),.*/\1 \2/'
}

run() {
  local rate=$1 campaigns=${2:-1000} seconds=${SECONDS_RUN:-30} warm=${WARM:-20}
  ./mvnw -B -ntp -q -Pbench -DskipTests package
  redis_cli FLUSHALL >/dev/null
  calls > "$DIR/before.txt"
  ./mvnw -B -ntp -q -Pbench exec:exec -Dbench.main=io.receiptcoupons.bench.http.CheckoutCost \
    -Dbench.args="campaigns=$campaigns rate=$rate seconds=$seconds warm-seconds=$warm server=coupons.store.kind=redis,coupons.store.redis.url=redis://$REDIS_IP:6379"
  calls > "$DIR/after.txt"
  local checkouts=$(( (seconds + warm) * rate ))
  echo "Redis commands per checkout (INFO commandstats, top-level client commands; ~$checkouts checkouts):"
  join "$DIR/before.txt" "$DIR/after.txt" | awk -v n="$checkouts" \
    '$1 ~ /^(hmget|evalsha|eval)$/ { d = $3 - $2; t += d; printf "  %-8s %.2f\n", $1, d / n } END { printf "  total    %.2f\n", t / n }'
  ./mvnw -B -ntp -q -Pbench exec:exec -Dbench.main=io.receiptcoupons.bench.http.CheckoutCost \
    -Dbench.args="campaigns=$campaigns rate=$rate seconds=$seconds warm-seconds=$warm"
  tail -n 8 target/bench/cost.md
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  run) shift; run "$@" ;;
  *) sed -n 2,12p "$0"; exit 2 ;;
esac
