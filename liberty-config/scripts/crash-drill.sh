#!/usr/bin/env bash
# Crash drill (issue 8, item 7): mixed sagas (completed, rejected, cancelled, changed, out of stock)
# run while the embedded server is killed with kill -9 several times and restarted; the clients
# retry as apps do. After the last restart it checks every invariant (CrashDrill.java verify): every
# order final, net charges, stock, one KakaoTalk message per status and one thank-you per completed
# order, the read model, nothing parked, transaction recovery done. Prints progress, then a
# pass/fail table; exits non-zero on any violation.
#
# Runs the server assembled by `./mvnw package` (or verify) in liberty-config/target, with the
# drill's short saga timeouts, and stops it at the end. The kills come while the sagas run: kill k
# of n once k/(n+1) of the orders have been driven through their client's part.
#   liberty-config/scripts/crash-drill.sh [orders=60] [clients=6] [kills=2]
# FOOD_SERVER names the server (default food: what -Dfood.server.name built). Wrap it in
# flock /tmp/food-embedded.lock on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
orders=${1:-60}; clients=${2:-6}; kills=${3:-2}
server=${FOOD_SERVER:-food}
wlp=liberty-config/target/liberty/wlp
base=http://localhost:9080
state=$(mktemp -d); trap 'rm -rf "$state"' EXIT
drill() { java liberty-config/scripts/CrashDrill.java "$@"; }
say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
# Where the KakaoTalk stand-in answers (GET .../received): the one place to change when it moves.
kakao_stand_in() { echo "$base/standins/kakao"; }

# Short saga timeouts, as the system tests have them (arquillian.xml), so that what a crash leaves
# unfinished is finished by the platform within the drill: store timeout, orphan refunds,
# re-asks, auto-confirmation, thank-you grace, a KakaoTalk send cut by the kill resumed.
export JVM_ARGS="-Dkitchen.ticket.accept-timeout=PT20S -Dkitchen.timers.interval=PT1S -Dkitchen.thanks.grace-period=PT4S \
 -Dpayment.orphan-refund-after=PT60S -Dpayment.orphan-check-interval=PT1S -Dorder.request.reask-after=PT5S \
 -Dorder.request.max-reasks=2 -Dorder.delivery.auto-confirm-after=PT30S -Dorder.timers.interval=PT1S \
 -Ddelivery.pickup.escalate-after=PT30S -Ddelivery.timers.interval=PT1S -Dnotification.pending-resend-after=PT5S \
 -Dnotification.sending-resumed-after=PT50S"

[ -x "$wlp/bin/server" ] || { say "crash drill: FAILED (no assembled server: run ./mvnw -B package first)"; exit 1; }
server_pid() { pgrep -f "^java .*$PWD/$wlp/bin/tools/ws-server.jar $server( |\$)" || true; }
start() {
  "$wlp/bin/server" start "$server" >/dev/null
  for _ in $(seq 1 180); do
    curl -sf -m 3 -o /dev/null "$base/health/ready" && return 0
    sleep 1
  done
  say "crash drill: FAILED (server not ready after 180 s)"; exit 1
}
stop() { "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true; }
trap 'stop; rm -rf "$state"' EXIT
if curl -sf -m 3 -o /dev/null "$base/health/ready"; then
  say "crash drill: FAILED (a server already answers on 9080; stop it first)"; exit 1
fi

t0=$(date +%s)
say "starting server $server"
start
drill prepare "$state" "$base"
say "driving $orders sagas with $clients clients; $kills kill -9 while they run"
drill run "$orders" "$clients" "$state" "$base" &
clients_pid=$!
driven() { [ -f "$state/orders" ] && wc -l < "$state/orders" || echo 0; }
for k in $(seq 1 "$kills"); do
  while [ "$(driven)" -lt $(( k * orders / (kills + 1) )) ] && kill -0 "$clients_pid" 2>/dev/null; do sleep 0.5; done
  pid=$(server_pid)
  if [ -z "$pid" ]; then say "crash drill: FAILED (no server $server of this checkout to kill)"; exit 1; fi
  say "kill -9 $pid ($k of $kills; sagas driven so far: $(driven) of $orders)"
  kill -9 "$pid"
  sleep 2
  say "restarting (transaction recovery, redelivery of what was in flight)"
  start
  say "server back after the kill"
done
wait "$clients_pid" || true
say "clients done after $(( $(date +%s) - t0 )) s; checking the invariants"
set +e
drill verify "$state" "$base" "$(kakao_stand_in)"
verdict=$?
set -e
# Nothing in doubt: after the last restart Liberty's transaction service recovered what the kills
# left (WTRN0028I: recovering n transactions, or WTRN0135I: none), and once the drill stops the
# server it reports none requiring recovery (WTRN0105I); no heuristic outcome.
log="$wlp/usr/servers/$server/logs/messages.log"
recovered=$(grep -oE 'WTRN0(028|135)I[^.]*' "$log" | head -1 || true)
stop
if grep -q 'WTRN0105I.*no transactions requiring recovery' "$log" && ! grep -qi 'heuristic' "$log"; then
  printf '%-48s %-6s %s\n' "nothing in doubt (transaction recovery done)" PASS "${recovered:-nothing to recover at restart}; at stop: none requiring recovery"
else
  printf '%-48s %-6s %s\n' "nothing in doubt (transaction recovery done)" FAIL "${recovered:-no recovery message}; see $log"
  verdict=1
fi
[ "$verdict" = 0 ] && echo "crash drill: PASSED (every invariant)" || echo "crash drill: FAILED"
say "drill: $orders sagas, $clients clients, $kills kills, $(( $(date +%s) - t0 )) s"
exit $verdict
