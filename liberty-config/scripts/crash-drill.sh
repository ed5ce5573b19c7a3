#!/usr/bin/env bash
# Crash drill: kill -9 the embedded server while orders are being placed, restart it, and check
# that every order confirmed to its customer was carried through (stored, ticket with stock
# reserved once, paid, in the tracking view): XA commits, transaction recovery and durable
# subscriptions at work. Needs ./mvnw -B install -DskipTests; leaves the server running.
# Exits non-zero unless every confirmed order was carried through (CrashDrill verify's verdict).
#   liberty-config/scripts/crash-drill.sh [seconds-of-load=12] [concurrency=6] [kill-after=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
load=${1:-12}; par=${2:-6}; kill_after=${3:-5}
ids=$(mktemp); trap 'rm -f "$ids"' EXIT
say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

if ! curl -sf -m 3 http://localhost:9080/health/ready >/dev/null; then
  say "starting the server"; ./mvnw -B -q -pl liberty-config liberty:start
fi
warm=$(mktemp)
say "warming up (a cold server's first burst trips its breakers)"
java liberty-config/scripts/CrashDrill.java place 4 1 "$warm" >/dev/null; rm -f "$warm"
sleep 2 # let the kitchen take the warm-up orders before the stock is counted
T=$(liberty-config/scripts/token.sh owner1)
curl -sf -o /dev/null -X PUT http://localhost:9080/kitchen/stores/1/menu/16/stock -H "Authorization: Bearer $T" \
  -H 'Content-Type: application/json' -d '{"stock": 100000, "reason": "crash drill"}'
reserved_before=$(java liberty-config/scripts/CrashDrill.java reserved)
say "dish 16: on hand 100000, reserved by open orders from before the drill: $reserved_before"
say "placing orders for ${load}s with $par clients; the server is killed after ${kill_after}s"
java liberty-config/scripts/CrashDrill.java place "$load" "$par" "$ids" &
placer=$!
sleep "$kill_after"
# This checkout's server only: 'ws-server.jar food' alone also matches food-hub, food-order, ... of a
# distributed topology (or another checkout's server) on the same machine.
pid=$(pgrep -f "^java .*$PWD/liberty-config/target/liberty/wlp/bin/tools/ws-server.jar food( |\$)" || true)
if [ -z "$pid" ]; then say "crash drill: FAILED (no server food of this checkout to kill)"; exit 1; fi
if [ ! -s "$ids" ]; then say "crash drill: FAILED (no order was confirmed before the kill: nothing to check)"; exit 1; fi
say "kill -9 $pid (orders confirmed so far: $(wc -l < "$ids"))"
kill -9 $pid
wait $placer || true
say "restarting (transaction recovery, redelivery of what was in flight)"
./mvnw -B -q -pl liberty-config liberty:start
say "checking every confirmed order"
java liberty-config/scripts/CrashDrill.java verify "$ids" 100000 "$reserved_before"
