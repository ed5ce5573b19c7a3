#!/usr/bin/env bash
# End-to-end check of the distributed topology on its real engines (PostgreSQL, Artemis, nginx):
# starts it with distributed.sh, drives through the nginx gateway a whole order to COMPLETED with
# its payment SETTLED, an order the store rejects (payment REFUNDED), a cancelled and a changed
# order (each event taken once by the two replicas of a service) and a declined card; checks
# that each service's database role and broker user reach only what is theirs, that the two
# replicas of order-war and kitchen-war share their subscriptions, that kill -9 of one order-war
# replica while orders flow loses no confirmed order and leaves no transaction prepared once its
# peer has recovered it, that an idempotent request meeting a frozen replica is retried on the
# other and a POST is not, that orders still place with a kitchen-war replica killed (internal calls
# go through nginx's upstreams), that start refuses the demo password `password` for every user and
# secret (demo users included), that the external systems' stand-ins run on a server of their own
# (food-standin :9190) that no product server and not the gateway serves, and
# the gateway's own answers; stops everything at the end, also on failure. Prints "N passed, N
# failed" and exits non-zero on any failure. .ci/run runs it after the Maven build.
#
#   liberty-config/scripts/distributed-smoke.sh          # after ./mvnw -B -ntp package -DskipTests
#
# Needs the ports of the topology free (8080, 9090-9097, 9190, 9490-9497, 9590, 5433, 61617); the embedded default
# (9080, 9443, 7276) may run at the same time. PostgreSQL and nginx are installed when missing.
set -uo pipefail
cd "$(dirname "$0")/../.."
scripts=liberty-config/scripts
dist=liberty-config/target/distributed
base=http://localhost:8080
passed=0; failed=0

exec 3>&1 # what a check reports as it goes (counts, timings): fd 3 reaches the terminal
check() { # description, command...: on failure, the last lines the command printed say why
  local what=$1 out; shift
  if out=$("$@" 2>&1); then passed=$((passed + 1)); echo "ok   $what"
  else failed=$((failed + 1)); echo "FAIL $what"; [[ -n $out ]] && tail -8 <<<"$out" | sed 's/^/     /'; fi
}
status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
token() { FOOD_BASE_URL=$base $scripts/token.sh "$1"; }
get() { curl -s -m 10 -H "Authorization: Bearer $1" "$base$2"; }
post() { curl -s -m 10 -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "${3:-{\}}" "$base$2"; }
put() { curl -s -m 10 -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$base$2"; }
await() { # token, path, extended regex, seconds: until the answer matches (else prints the last)
  local deadline=$(($(date +%s) + $4)) last
  until last=$(get "$1" "$2") && grep -Eq "$3" <<<"$last"; do
    (($(date +%s) < deadline)) || { echo "last answer: ${last:0:600}"; return 1; }; sleep 1
  done
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
queue_stat() { # name consumers messages added acked, per subscription queue of the broker
  liberty-config/target/artemis/apache-artemis-2.40.0/bin/artemis queue stat --url tcp://127.0.0.1:61617 \
    --user admin --password "$(secret_of broker_admin_password)" --maxColumnSize -1 --maxRows 1000 2>/dev/null |
    awk -F'|' '/^\|/ { for (i = 2; i <= 8; i++) gsub(/ /, "", $i); print $2, $4, $5, $6, $8 }'
}
replicas_share_subscriptions() { # one queue per subscription, consumed by both replicas' sessions
  local stat; stat=$(queue_stat)
  ! grep -E '^(order|kitchen)\.' <<<"$stat" | awk '$2 != 8 { bad = 1 } END { exit !bad }' &&
    grep -qE '^kitchen\.kitchen-orderEvents 8 ' <<<"$stat"
}
drained() { # nothing left, nothing dead-lettered, every message acknowledged once
  local stat; stat=$(queue_stat)
  grep -q '^DLQ 0 0 ' <<<"$stat" &&
    ! grep -E '^[a-z]+\.' <<<"$stat" | awk '$3 != 0 || $4 != $5 { bad = 1 } END { exit !bad }'
}
every_event_consumed_once() { # (a listener that lost a race is redelivered a few seconds later)
  local deadline=$(($(date +%s) + 60))
  until drained; do (($(date +%s) < deadline)) || { queue_stat >&2; return 1; }; sleep 3; done
}
drill_state=$(mktemp -d)
crash_drill_places() { # orders flow through the gateway while one order-war replica is killed
  local owner placer; owner=$(token owner1)
  [[ $(curl -s -o /dev/null -w '%{http_code}' -X PUT "$base/kitchen/stores/1/menu/16/stock" -H "Authorization: Bearer $owner" \
    -H 'Content-Type: application/json' -d '{"stock": 100000}') == 200 ]] || return 1
  # The topology runs on its production times: CrashDrill's placement form (no saga timer fires).
  java $scripts/CrashDrill.java place 15 3 "$drill_state" $base & placer=$!
  sleep 6
  kill -9 "$(cat liberty-config/target/liberty/wlp/usr/servers/.pid/food-order.pid)"
  wait $placer
  echo "     $(wc -l < "$drill_state/placed") orders confirmed (201); food-order was killed 6 s in" >&3
  [[ -s $drill_state/placed ]]
}
peer_recovers() { # food-order-2 takes over food-order's transaction logs once its lease expires
  local deadline=$(($(date +%s) + 180))
  until grep -q 'has recovered the logs of peer server foodorder$' liberty-config/target/liberty/wlp/usr/servers/food-order-2/logs/messages.log; do
    (($(date +%s) < deadline)) || return 1; sleep 3
  done
  until nothing_prepared; do (($(date +%s) < deadline)) || return 1; sleep 2; done
}
confirmed_orders_carried_through() {
  java $scripts/CrashDrill.java verify-placed "$drill_state" $base | tee >(tail -2 | sed 's/^/     /' >&3)
}
delivery_down_is_503() {
  liberty-config/target/liberty/wlp/bin/server stop food-delivery >/dev/null
  local out; out=$(curl -s -w ' %{http_code}' -H 'Authorization: Bearer x' "$base/delivery/deliveries?area=gangnam")
  [[ $out == *dependency-unavailable*' 503' ]]
}

servers=liberty-config/target/liberty/wlp/usr/servers
access_log=liberty-config/target/nginx/logs/access.log
pid_of() { cat "$servers/.pid/$1.pid"; }
reserved_of() { # dish of store 1 → its reserved portions, as the kitchen tells
  get "$O" /kitchen/stores/1/menu | grep -oE "\{[^{}]*\"id\":$1,[^{}]*\}" | grep -oE '"reserved":[0-9]+' | cut -d: -f2
}
exactly_once() { # token, path, extended regex: present once, and still once a few seconds later
  await "$1" "$2" "$3" 60 || return 1
  sleep 3
  local n; n=$(get "$1" "$2" | grep -oE "$3" | wc -l)
  [[ $n == 1 ]] || { echo "$n times in $(get "$1" "$2")"; return 1; }
}
is_problem() { # expected status, curl arguments...: that status with an application/problem+json body
  local want=$1 out; shift
  out=$(curl -s -m 15 -D - -o /dev/null "$@")
  grep -q "^HTTP/1.1 $want" <<<"$out" && grep -qi '^content-type: application/problem+json' <<<"$out" || { echo "$out"; return 1; }
}
unknown_ids_are_404() {
  local none=00000000-0000-0000-0000-000000000000
  is_problem 404 -H "Authorization: Bearer $C" "$base/orders/$none" &&
    is_problem 404 -H "Authorization: Bearer $C" "$base/orders/$none/tracking" &&
    is_problem 404 -X POST -H "Authorization: Bearer $O" "$base/kitchen/tickets/$none/accept" &&
    is_problem 404 -X POST -H "Authorization: Bearer $R" "$base/delivery/deliveries/$none/pickup" &&
    is_problem 404 -H "Authorization: Bearer $C" "$base/kitchen/stores/999999/menu"
}
two_at_once() { # method, path, token: two requests at the same moment, so that nginx's round robin
  # sends one to each kitchen-war replica; prints their statuses, sorted
  local a b; a=$(mktemp); b=$(mktemp)
  curl -s -m 30 -o /dev/null -w '%{http_code}' -X "$1" -H "Authorization: Bearer $3" "$base$2" > "$a" &
  curl -s -m 30 -o /dev/null -w '%{http_code}' -X "$1" -H "Authorization: Bearer $3" "$base$2" > "$b" &
  wait; echo "$(cat "$a") $(cat "$b")" | tr ' ' '\n' | sort | tr '\n' ' '; rm -f "$a" "$b"
}
freeze_kitchen_2() { kill -STOP "$(pid_of food-kitchen-2)"; }
idempotent_retried_on_the_other() { # food-kitchen-2 accepts connections and never answers
  local mark statuses; mark=$(wc -l < $access_log)
  statuses=$(two_at_once GET /kitchen/stores "$O")
  echo "statuses: $statuses"; tail -n +$((mark + 1)) $access_log | grep 'GET /kitchen/stores '
  [[ $statuses == '200 200 ' ]] &&
    tail -n +$((mark + 1)) $access_log | grep -qE '"GET /kitchen/stores HTTP[^"]*" 200 upstream=\[127.0.0.1:9097, 127.0.0.1:9092\]'
}
post_not_retried() { # once nginx tries the frozen replica again (fail_timeout 10 s, then its weight
  # comes back over a few requests): a POST sent there that got no answer is not sent to the other
  # replica; the client gets 503 problem+json. One POST at a time until one meets it.
  sleep 11
  local mark i code statuses=""; mark=$(wc -l < $access_log)
  for i in 1 2 3 4 5 6; do
    code=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $O" "$base/kitchen/tickets/00000000-0000-0000-0000-000000000000/accept")
    statuses+="$code "
    [[ $code == 404 ]] || break
  done
  echo "statuses: $statuses"; tail -n +$((mark + 1)) $access_log | grep 'POST /kitchen/tickets/'
  [[ $code == 503 ]] &&
    tail -n +$((mark + 1)) $access_log | grep -qE '"POST /kitchen/tickets/[^ ]+ HTTP[^"]*" 503 upstream=\[127.0.0.1:9097\] upstream_status=\[504\]'
}
orders_place_with_a_kitchen_replica_dead() { # order-war prices every order from the kitchen's menu
  kill -9 "$(pid_of food-kitchen-2)"
  local i code ids=()
  for i in 1 2 3 4; do
    code=$(curl -s -m 15 -o /dev/null -w '%{http_code}' -X POST "$base/orders" -H "Authorization: Bearer $C" -H 'Content-Type: application/json' \
      -d '{"storeId":1,"items":[{"menuId":12,"quantity":1}],"deliveryAddress":{"area":"gangnam","street":"Teheran-ro 1","lat":37.498,"lng":127.027},"card":{"number":"4111111111111111"}}')
    [[ $code == 201 ]] || { echo "order $i: $code"; return 1; }
  done
  grep -c 'upstream=\[127.0.0.1:9097, 127.0.0.1:9092\]' $access_log | sed 's/^/requests retried on food-kitchen after 9097 failed: /'
}
kitchen_peer_recovers() {
  local deadline=$(($(date +%s) + 180))
  until grep -q 'has recovered the logs of peer server food-\?kitchen-\?2$' $servers/food-kitchen/logs/messages.log; do
    (($(date +%s) < deadline)) || return 1; sleep 3
  done
}
refuses_demo_password() { # key, variable: for it; the running topology is left as it is
  local out; out=$(env "$2=password" $scripts/distributed.sh start 2>&1)
  [[ $? != 0 && $out == *"$1"*"demo password"* ]] || { echo "$out"; return 1; }
}
standin=http://localhost:9190/standins
acquirer_charged_once() { # order id: the acquirer stand-in (food-standin) got its charge once
  local charges; charges=$(curl -s -m 10 -H "Authorization: Bearer $A" "$standin/acquirer/charges?reference=$1")
  [[ $(grep -o '"result":"APPROVED"' <<<"$charges" | wc -l) == 1 ]] || { echo "charges: $charges"; return 1; }
}
kakao_received() { # order id: the KakaoTalk stand-in got its messages
  local got; got=$(curl -s -m 10 -H "Authorization: Bearer $A" "$standin/kakao/received?containing=$1")
  grep -q '"templateArgs"' <<<"$got" || { echo "received: $got"; return 1; }
}
standins_only_on_their_server() { # not on a product server, not at the gateway; drills admin-only there
  [[ $(status_of http://localhost:9094/standins/acquirer/faults) == 404 &&
     $(status_of http://localhost:9095/standins/kakao/faults) == 404 &&
     $(status_of -H "Authorization: Bearer $A" $base/standins/acquirer/faults) == 404 &&
     $(status_of -H "Authorization: Bearer $C" $standin/acquirer/faults) == 403 &&
     $(status_of -H "Authorization: Bearer $A" $standin/acquirer/faults) == 200 ]]
}
demo_users_have_no_demo_password() {
  [[ $(status_of -X POST $base/oidc/endpoint/food/token -d grant_type=password -d client_id=food-app \
        -d username=customer1 -d password=password) == 40* ]]
}
operator_is_not_a_demo_user() { # the admin center's administrator signs in with its own password only
  local user pw; user=$(secret_of admin_center_user); pw=$(secret_of admin_center_password)
  [[ $(status_of -X POST $base/oidc/endpoint/food/token -d grant_type=password -d client_id=food-app \
        -d "username=$user" -d password=password) == 40* ]] &&
    [[ $(status_of -X POST $base/oidc/endpoint/food/token -d grant_type=password -d client_id=food-app \
        -d "username=$user" -d "password=$pw") == 200 ]]
}

trap '$scripts/distributed.sh stop; rm -rf "$drill_state"' EXIT
began=$(date +%s)
# From empty databases: what earlier runs left (tickets timing out and releasing stock, say)
# would blur what this run checks.
$scripts/distributed.sh reset
$scripts/distributed.sh start || { echo "0 passed, 1 failed (the topology did not start)"; exit 1; }
echo "== topology started in $(($(date +%s) - began)) s"

# The demo users' password here is the topology's own (secrets.env), never the embedded default's.
export FOOD_DEMO_PASSWORD; FOOD_DEMO_PASSWORD=$(secret_of demo_password)
C=$(token customer1); O=$(token owner1); R=$(token rider1); A=$(token admin)
check "tokens from the identity provider through the gateway" test -n "$C" -a -n "$O" -a -n "$R" -a -n "$A"

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
check "tracking view COMPLETED and SETTLED" await "$C" "/orders/$id/tracking" '"paymentStatus":"SETTLED".*"status":"COMPLETED"' 60
check "a KakaoTalk message for every status" await "$C" "/notifications?orderId=$id" '"orderStatus":"COMPLETED"' 30
check "the card acquirer (stand-in on food-standin) charged it once" acquirer_charged_once "$id"
check "the KakaoTalk stand-in (food-standin) received its messages" kakao_received "$id"
check "the stand-ins run on food-standin only: no product server, not the gateway" standins_only_on_their_server

# The store rejects: the order ends REJECTED and the payment is refunded in full.
rid=$(place "$C" 4111111111111111)
check "place a second order: 201" test -n "$rid"
check "its ticket reaches the owner" await "$O" "/kitchen/tickets?status=RECEIVED" "\"orderId\":\"$rid\"" 60
check "reject: 2xx" test "$(post "$O" "/kitchen/tickets/$rid/reject" '{"reason":"closing early"}' | cut -c1)" = 2
check "order REJECTED" await "$C" "/orders/$rid" '"status":"REJECTED"' 30
check "payment REFUNDED" await "$C" "/payments?orderId=$rid" '"status":"REFUNDED"' 30

# The customer cancels before cooking: CANCELLED, refunded, the stock back; the kitchen's answer
# taken once by order-war's two replicas (one CANCELLED message), the order once by kitchen-war's.
before=$(reserved_of 11)
cid=$(place "$C" 4111111111111111)
check "place an order to cancel: 201" test -n "$cid"
check "its ticket reaches the owner" await "$O" "/kitchen/tickets?status=RECEIVED" "\"orderId\":\"$cid\"" 60
check "cancel before cooking: 202" test "$(post "$C" "/orders/$cid/cancel")" = 202
check "order CANCELLED" await "$C" "/orders/$cid" '"status":"CANCELLED"' 60
check "payment REFUNDED" await "$C" "/payments?orderId=$cid" '"status":"REFUNDED"' 30
check "one CANCELLED message (the kitchen's answer taken once)" exactly_once "$C" "/notifications?orderId=$cid" '"orderStatus":"CANCELLED"'
check "its portions back in stock, reserved once and released once" test "$(reserved_of 11)" = "$before"

# The customer changes the dishes: re-priced, the payment adjusted to the new total.
xid=$(place "$C" 4111111111111111)
check "place an order to change: 201" test -n "$xid"
check "its ticket reaches the owner" await "$O" "/kitchen/tickets?status=RECEIVED" "\"orderId\":\"$xid\"" 60
check "change to one portion: 202" test "$(put "$C" "/orders/$xid/items" '{"items":[{"menuId":11,"quantity":1}]}')" = 202
check "order re-priced to 18000" await "$C" "/orders/$xid" '"status":"PLACED".*"totalAmount":18000|"totalAmount":18000.*"status":"PLACED"' 60
check "payment: 18000 of 36000 refunded, net charge the new total" await "$C" "/payments?orderId=$xid" '"refundedAmount":18000' 30
check "the kitchen reserved the change once" test "$(reserved_of 11)" = "$((before + 1))"

check "a declined card: 402" test "$(status_of -X POST "$base/orders" -H "Authorization: Bearer $C" -H 'Content-Type: application/json' \
  -d '{"storeId":1,"items":[{"menuId":11,"quantity":1}],"deliveryAddress":{"area":"gangnam","street":"Teheran-ro 1","lat":37.498,"lng":127.027},"card":{"number":"4000000000000002"}}')" = 402
check "unknown ids are 404 problem+json (order, tracking, ticket, delivery, store)" unknown_ids_are_404

# Each service reaches only its own database and its own address.
check "a service's role reads its own database" reads_own_database
check "a service's role cannot open another's database" kept_out_of_others
check "no transaction left prepared in PostgreSQL" nothing_prepared
check "a service's broker user sends to its own address only" sends_only_to_own_address

# Two replicas of order-war and kitchen-war: each event once per service, and a replica killed
# with kill -9 loses nothing: its peer completes its in-doubt transactions.
check "order and kitchen replicas share each subscription" replicas_share_subscriptions
# The gateway's retries (proxy_next_upstream): a kitchen-war replica frozen (SIGSTOP), so that it
# takes requests and never answers; then killed, and orders still place: order-war's calls to the
# kitchen go through nginx's upstreams, not to one replica's port.
freeze_kitchen_2
check "an idempotent request meeting a frozen replica is retried on the other" idempotent_retried_on_the_other
check "a POST meeting it is not retried: 503 problem+json" post_not_retried
check "kill -9 of a kitchen-war replica: orders still place" orders_place_with_a_kitchen_replica_dead
check "kill -9 of an order-war replica while orders flow" crash_drill_places
check "its peer recovers its transactions, none left prepared" peer_recovers
check "food-kitchen recovers the killed food-kitchen-2's transaction logs" kitchen_peer_recovers
check "every order confirmed to a client carried through, stock reserved once" confirmed_orders_carried_through
check "every event consumed once, none dead-lettered" every_event_consumed_once

# The gateway's own answers.
check "no token: 401 at the edge" test "$(status_of $base/kitchen/stores)" = 401
check "health is not exposed at the edge" test "$(status_of $base/health)" = 404
check "unknown route is 404" test "$(status_of $base/nowhere)" = 404
check "the web app at / (web-war on the hub), its modules as JavaScript" bash -c "curl -sf $base/ | grep -q 'js/app.js' &&
  curl -sfI $base/js/app.js | grep -qi '^content-type: text/javascript'"
check "charging a card is internal: 403 at the edge" test "$(status_of -X POST -H 'Authorization: Bearer x' \
  -H 'Content-Type: application/json' -d '{}' $base/payments)" = 403
check "past the gateway too, payment charges only for order-war's service identity: a customer 403" \
  test "$(status_of -X POST -H "Authorization: Bearer $C" -H 'Content-Type: application/json' \
  -d '{"orderId":"smoke-direct","customerId":"customer1","amount":1,"card":{"number":"4111111111111111"}}' \
  http://localhost:9094/payments)" = 403
check "token requests past the rate limit get 429" bash -c '
  for i in $(seq 40); do curl -s -o /dev/null -w "%{http_code}\n" -X POST http://localhost:8080/oidc/endpoint/food/token \
    -d grant_type=password -d client_id=food-app -d username=customer1 -d password=password & done | sort | uniq -c | grep -q " 429"'
check "a service down answers 503 problem+json at the gateway" delivery_down_is_503

# Credentials.
check "start refuses the demo password for a non-demo secret" refuses_demo_password broker_password_payment FOOD_BROKER_PASSWORD_PAYMENT
check "start refuses the demo password for the demo users too" refuses_demo_password demo_password FOOD_DEMO_PASSWORD
check "the demo users do not sign in with 'password'" demo_users_have_no_demo_password
check "the admin center's operator is no demo user" operator_is_not_a_demo_user

echo "$passed passed, $failed failed ($(($(date +%s) - began)) s)"
[ "$failed" -eq 0 ]
