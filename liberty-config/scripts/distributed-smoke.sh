#!/usr/bin/env bash
# End-to-end check of the distributed topology: starts it, drives whole sagas through the nginx
# gateway, checks the gateway's own answers (401 without a token, 429 past the token rate limit,
# nothing internal exposed), stops it. Prints "N passed, N failed"; exits non-zero on a failure.
# Needs: ./mvnw -B install -DskipTests, nginx, nothing else listening on 8080/9080/9090-9095/7276.
set -uo pipefail
cd "$(dirname "$0")/../.."
scripts=liberty-config/scripts
passed=0; failed=0
check() { # description, command...
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); echo "ok   $what"; else failed=$((failed + 1)); echo "FAIL $what"; fi
}
status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

trap '$scripts/distributed.sh stop >/dev/null 2>&1' EXIT
$scripts/distributed.sh start || { echo "0 passed, 1 failed"; exit 1; }

check "whole sagas through the gateway" java $scripts/SagaBenchmark.java 10 2 http://localhost:8080
check "no token: 401 at the edge" test "$(status_of http://localhost:8080/kitchen/stores)" = 401
check "health is not exposed at the edge" test "$(status_of http://localhost:8080/health)" = 404
check "unknown route is 404" test "$(status_of http://localhost:8080/nowhere)" = 404
check "charging a card is internal: 403 at the edge" test "$(status_of -X POST -H 'Authorization: Bearer x' \
  -H 'Content-Type: application/json' -d '{}' http://localhost:8080/payments)" = 403
check "a service down answers 503 at the gateway" bash -c '
  liberty-config/target/liberty/wlp/bin/server stop food-delivery >/dev/null
  code=$(curl -s -o /dev/null -w "%{http_code}" -H "Authorization: Bearer x" http://localhost:8080/delivery/deliveries?area=gangnam)
  liberty-config/target/liberty/wlp/bin/server start food-delivery >/dev/null
  test "$code" = 503'
check "token requests past the rate limit get 429" bash -c '
  for i in $(seq 40); do curl -s -o /dev/null -w "%{http_code}\n" -X POST http://localhost:8080/oidc/endpoint/food/token \
    -d grant_type=password -d client_id=food-app -d username=customer1 -d password=password & done | sort | uniq -c | grep -q " 429"'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
