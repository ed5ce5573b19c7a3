#!/usr/bin/env bash
# End-to-end check of the distributed topology on its real engines (PostgreSQL, Artemis, nginx):
# starts it with distributed.sh, drives through the nginx gateway a whole order to COMPLETED with
# its payment SETTLED, an order the store rejects (payment REFUNDED) and a declined card; checks
# that each service's database role and broker user reach only what is theirs, and the gateway's
# own answers; stops everything at the end, also on failure. Prints "N passed, N failed" and exits
# non-zero on any failure. .ci/run runs it after the Maven build.
#
#   liberty-config/scripts/distributed-smoke.sh          # after ./mvnw -B -ntp package -DskipTests
#
# Needs the ports of the topology free (8080, 9090-9095, 5433, 61617); the embedded default
# (9080, 9443, 7276) may run at the same time. PostgreSQL and nginx are installed when missing.
set -uo pipefail
cd "$(dirname "$0")/../.."
scripts=liberty-config/scripts
dist=liberty-config/target/distributed
base=http://localhost:8080
passed=0; failed=0

check() { # description, command...
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); echo "ok   $what"; else failed=$((failed + 1)); echo "FAIL $what"; fi
}
status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
token() { FOOD_BASE_URL=$base $scripts/token.sh "$1"; }
get() { curl -s -m 10 -H "Authorization: Bearer $1" "$base$2"; }
post() { curl -s -m 10 -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "${3:-{\}}" "$base$2"; }
await() { # token, path, extended regex, seconds: until the answer matches
  local deadline=$(($(date +%s) + $4))
  until get "$1" "$2" | grep -Eq "$3"; do (($(date +%s) < deadline)) || return 1; sleep 1; done
}
place() { # customer token, card number → the new order's id, if the answer was 201
  # A 503 (payment not answering in time, as right after a cold start) places nothing: retry it.
  local out code attempt
  for attempt in 1 2 3 4 5; do
    out=$(curl -s -m 15 -X POST "$base/orders" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -w '\n%{http_code}' \
      -d '{"storeId":1,"items":[{"menuId":11,"quantity":2}],"deliveryAddress":{"area":"gangnam","street":"Teheran-ro 1","lat":37.498,"lng":127.027},"card":{"number":"'"$2"'"}}')
    code=${out##*$'\n'}
    [[ $code == 503 ]] || break
    sleep 3
  done
  [[ $code == 201 ]] && sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"${out%$'\n'*}"
}
secret_of() { sed -n "s/^$1=//p" $dist/secrets.env; }
psql_as() { # service, database, sql: as that service's role, with its password
  PGPASSWORD=$(secret_of "db_password_$1") psql -X -h 127.0.0.1 -p 5433 -U "food_$1" -d "$2" -tAc "$3" 2>&1
}
reads_own_database() { [[ $(psql_as order food_order 'select count(*) from customer_order') =~ ^[0-9]+$ ]]; }
kept_out_of_others() { [[ $(psql_as order food_kitchen 'select 1') == *'permission denied for database'* ]]; }
nothing_prepared() {
  [[ $(su postgres -s /bin/bash -c "psql -X -h $PWD/$dist/postgres/run -p 5433 -d postgres -tAc 'select count(*) from pg_prepared_xacts'") == 0 ]]
}
broker_send() { # service, address: one message as that service's broker user
  liberty-config/target/artemis/apache-artemis-2.40.0/bin/artemis producer --url tcp://127.0.0.1:61617 \
    --user "$1" --password "$(secret_of "broker_password_$1")" --destination "topic://$2" --message-count 1 2>&1
}
sends_only_to_own_address() {
  local theirs ours
  theirs=$(broker_send kitchen order); ours=$(broker_send kitchen kitchen)
  [[ $theirs == *AMQ229032* && $ours != *AMQ229032* && $ours != *rror* ]]
}
delivery_down_is_503() {
  liberty-config/target/liberty/wlp/bin/server stop food-delivery >/dev/null
  local out; out=$(curl -s -w ' %{http_code}' -H 'Authorization: Bearer x' "$base/delivery/deliveries?area=gangnam")
  [[ $out == *dependency-unavailable*' 503' ]]
}

trap '$scripts/distributed.sh stop' EXIT
began=$(date +%s)
$scripts/distributed.sh start || { echo "0 passed, 1 failed (the topology did not start)"; exit 1; }
echo "== topology started in $(($(date +%s) - began)) s"

C=$(token customer1); O=$(token owner1); R=$(token rider1)
check "tokens from the identity provider through the gateway" test -n "$C" -a -n "$O" -a -n "$R"

# A whole order, step by step, as the README's curl flow.
id=$(place "$C" 4111111111111111)
check "place an order: 201" test -n "$id"
check "the owner sees its ticket" await "$O" "/kitchen/tickets?status=RECEIVED" "\"orderId\":\"$id\"" 60
check "accept: 2xx" test "$(post "$O" "/kitchen/tickets/$id/accept" | cut -c1)" = 2
check "order ACCEPTED" await "$C" "/orders/$id" '"status":"ACCEPTED"' 30
check "start cooking: 2xx" test "$(post "$O" "/kitchen/tickets/$id/start" | cut -c1)" = 2
check "finish cooking: 2xx" test "$(post "$O" "/kitchen/tickets/$id/finish" | cut -c1)" = 2
check "order READY" await "$C" "/orders/$id" '"status":"READY"' 30
check "riders of the area see the delivery" await "$R" "/delivery/deliveries?area=gangnam&lat=37.5&lng=127.03&radiusKm=2" "\"orderId\":\"$id\"" 30
check "pick up: 2xx" test "$(post "$R" "/delivery/deliveries/$id/pickup" | cut -c1)" = 2
check "a second pickup: 409" test "$(post "$R" "/delivery/deliveries/$id/pickup")" = 409
check "order PICKED_UP" await "$C" "/orders/$id" '"status":"PICKED_UP"' 30
check "confirm receipt: 2xx" test "$(post "$C" "/orders/$id/confirm-delivery" | cut -c1)" = 2
check "order COMPLETED" await "$C" "/orders/$id" '"status":"COMPLETED"' 30
check "payment SETTLED" await "$C" "/payments?orderId=$id" '"status":"SETTLED"' 30
check "tracking view COMPLETED and SETTLED" await "$C" "/orders/$id/tracking" '"status":"COMPLETED".*"paymentStatus":"SETTLED"|"paymentStatus":"SETTLED".*"status":"COMPLETED"' 30
check "a KakaoTalk message for every status" await "$C" "/notifications?orderId=$id" '"orderStatus":"COMPLETED"' 30

# The store rejects: the order ends REJECTED and the payment is refunded in full.
rid=$(place "$C" 4111111111111111)
check "place a second order: 201" test -n "$rid"
check "its ticket reaches the owner" await "$O" "/kitchen/tickets?status=RECEIVED" "\"orderId\":\"$rid\"" 60
check "reject: 2xx" test "$(post "$O" "/kitchen/tickets/$rid/reject" '{"reason":"closing early"}' | cut -c1)" = 2
check "order REJECTED" await "$C" "/orders/$rid" '"status":"REJECTED"' 30
check "payment REFUNDED" await "$C" "/payments?orderId=$rid" '"status":"REFUNDED"' 30

check "a declined card: 402" test "$(status_of -X POST "$base/orders" -H "Authorization: Bearer $C" -H 'Content-Type: application/json' \
  -d '{"storeId":1,"items":[{"menuId":11,"quantity":1}],"deliveryAddress":{"area":"gangnam","street":"Teheran-ro 1","lat":37.498,"lng":127.027},"card":{"number":"4000000000000002"}}')" = 402
check "an unknown order: 404" test "$(status_of -H "Authorization: Bearer $C" "$base/orders/00000000-0000-0000-0000-000000000000")" = 404

# Each service reaches only its own database and its own address.
check "a service's role reads its own database" reads_own_database
check "a service's role cannot open another's database" kept_out_of_others
check "no transaction left prepared in PostgreSQL" nothing_prepared
check "a service's broker user sends to its own address only" sends_only_to_own_address

# The gateway's own answers.
check "no token: 401 at the edge" test "$(status_of $base/kitchen/stores)" = 401
check "health is not exposed at the edge" test "$(status_of $base/health)" = 404
check "unknown route is 404" test "$(status_of $base/nowhere)" = 404
check "charging a card is internal: 403 at the edge" test "$(status_of -X POST -H 'Authorization: Bearer x' \
  -H 'Content-Type: application/json' -d '{}' $base/payments)" = 403
check "token requests past the rate limit get 429" bash -c '
  for i in $(seq 40); do curl -s -o /dev/null -w "%{http_code}\n" -X POST http://localhost:8080/oidc/endpoint/food/token \
    -d grant_type=password -d client_id=food-app -d username=customer1 -d password=password & done | sort | uniq -c | grep -q " 429"'
check "a service down answers 503 problem+json at the gateway" delivery_down_is_503

echo "$passed passed, $failed failed ($(($(date +%s) - began)) s)"
[ "$failed" -eq 0 ]
