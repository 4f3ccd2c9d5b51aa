#!/usr/bin/env bash
# Server CPU per request, read from /proc per thread group, for one packaged jar on one endpoint.
#
#   src/bench/scripts/cpu-per-request.sh PROJECT_DIR LABEL ENDPOINT [-Dprop=value ...]
#
# PROJECT_DIR holds target/quarkus-app/quarkus-run.jar and campaigns/ (a worktree of any commit).
# ENDPOINT is baseline (/v1/bench/fixed-checkout) or checkout (/v1/checkouts, 20,000 random cards).
# It warms up WARM seconds (default 60) at wrk -t1 -c8, then measures MEAS seconds (default 20);
# the JIT threads are reported apart, because a short warm-up leaves C2 compiling and a bigger
# build takes longer to warm up. Needs wrk and curl.
set -euo pipefail
PROJECT=$(cd "$1" && pwd); LABEL=$2; ENDPOINT=$3; shift 3
WARM=${WARM:-60}; MEAS=${MEAS:-20}; PORT=${PORT:-18080}
KEY=bench-all-roles-key-not-for-production-000000
WORK=$(mktemp -d); trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
case $ENDPOINT in
  baseline) PATH_=/v1/bench/fixed-checkout; CARD='"9999000011112222"' ;;
  checkout) PATH_=/v1/checkouts; CARD="\"' .. string.format(\"99990000%08d\", math.random(1, 20000)) .. '\"" ;;
  *) echo "ENDPOINT must be baseline or checkout" >&2; exit 2 ;;
esac
cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = "$KEY"
counter = 0
request = function()
  counter = counter + 1
  local body = '{"transactionId":"t-' .. counter .. '-' .. math.random(1,1e9) .. '","storeId":"store-1","terminalId":"T1","cardNumber":$CARD,"occurredAt":"2026-11-20T10:00:00+09:00","items":[{"sku":"4901234000011","category":"drinks/tea","quantity":2,"unitPrice":350},{"sku":"4901234000028","category":"drinks/coffee","quantity":1,"unitPrice":500}]}'
  return wrk.format(nil, nil, nil, body)
end
LUA
SHA=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)
cd "$PROJECT"
java -Xms2g -Xmx2g -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 \
  -Dcoupons.bench.baseline-enabled=true \
  -Dcoupons.programme.secret=bench-programme-secret-not-for-production-000000 \
  -Dcoupons.codes.keys.1=bench-code-key-1-not-for-production-0000000000 \
  -Dcoupons.security.keys.bench.sha256=$SHA -Dcoupons.security.keys.bench.roles=pos,campaign-manager,admin,ops \
  -Dcoupons.security.keys.bench.store='*' -Dcoupons.store.path="$WORK/store.mv.db" \
  -Dcoupons.campaigns.dir="$PROJECT/campaigns" -Dcoupons.campaigns.watch=false "$@" \
  -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 120); do curl -s -o /dev/null localhost:$PORT/q/health/ready && break; sleep 0.5; done
URL=http://127.0.0.1:$PORT$PATH_
wrk -t1 -c8 -d${WARM}s -s "$WORK/post.lua" "$URL" > /dev/null
snap() { for t in /proc/$PID/task/*; do echo "$(cat $t/comm) $(sed 's/.*) //' $t/stat | cut -d' ' -f12,13)"; done 2>/dev/null; }
snap > "$WORK/before"
REQUESTS=$(wrk -t1 -c8 -d${MEAS}s -s "$WORK/post.lua" "$URL" | awk '/requests in/{print $1}')
snap > "$WORK/after"
python3 - "$LABEL" "$REQUESTS" "$WORK/before" "$WORK/after" "$(getconf CLK_TCK)" <<'PY'
import collections, re, sys
label, requests, before, after, tick = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
def ticks(path):
    groups = collections.Counter()
    for line in open(path):
        name, user, system = line.rsplit(None, 2)
        groups[re.sub(r'[-\d#]+$', '', name).strip()] += int(user) + int(system)
    return groups
start, end = ticks(before), ticks(after)
ms = {group: (end[group] - start[group]) * 1000 / tick / requests for group in end}
jit = sum(v for group, v in ms.items() if 'Compiler' in group)
top = sorted(ms.items(), key=lambda kv: -kv[1])[:4]
print(f"{label}: {requests} requests, server CPU {sum(ms.values()):.3f} ms/request"
      f" ({sum(ms.values()) - jit:.3f} without the JIT); " + ", ".join(f"{g} {v:.3f}" for g, v in top))
PY
