#!/usr/bin/env bash
# Load tests (issue 11): the Gatling simulations `ceiling` (the stack's cost of one XA transaction,
# a benchmark-only WAR of this module) and `saga` (whole orders under load), then the circuit
# breaker drill, against one server; writes load-tests/target/summary.md ending with one line per
# target: TARGET <name> <value> <goal> met|missed.
#
#   load-tests/run.sh [--smoke] [--soak] [--jfr] [--base URL] [--users N]
#
# Default: starts the embedded server itself, from a copy of the assembled server
# (liberty-config/target/liberty/wlp/usr/servers/$FOOD_SERVER_NAME, default "food"; built with
# `./mvnw package` when missing) in load-tests/target/liberty-usr, with the ceiling WAR and its
# config (src/main/liberty/ceiling.xml) added to the copy only, fresh databases, and stops it at
# the end. The product's server and config are untouched.
# --base URL: a server already running (e.g. the distributed gateway http://localhost:8080); the
#   ceiling is skipped unless the ceiling WAR is deployed there, metrics are read from
#   FOOD_METRICS_URL (empty: none).
# --smoke: seconds of load (CI): asserts no failed request or saga and that the summary is written.
# --soak: the saga's full phase for 10 minutes (the heap target: class histograms of the server's
#   live heap after minute 5 and minute 10, kept as target/histogram-*.txt), the half phase 60 s
#   (SAGA_HALF_SECONDS).
# --users N: sagas in flight at full load (default 8; half load is N/2).
# --jfr: the embedded server records a JFR profile (stack depth 256, so application frames show)
#   to load-tests/target/server.jfr; `jfr print --events jdk.ExecutionSample` reads it.
# Exits non-zero if a request or saga failed, or the drill failed; a missed target alone does not.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

smoke=false soak=false jfr=false base="" users=8
while (($#)); do
  case $1 in
    --smoke) smoke=true ;;
    --soak) soak=true ;;
    --jfr) jfr=true ;;
    --base) base=$2; shift ;;
    --users) users=$2; shift ;;
    *) echo "usage: load-tests/run.sh [--smoke] [--soak] [--jfr] [--base URL] [--users N]" >&2; exit 2 ;;
  esac
  shift
done

target=$root/load-tests/target
results=$target/load-results.properties
mkdir -p "$target"; rm -f "$results" "$target/summary.md"; rm -rf "$target/gatling"

if $smoke; then
  export CEILING_USERS=2 CEILING_SECONDS=6 SAGA_USERS=2 SAGA_SECONDS=8 SAGA_WARMUP_SECONDS=3
  drill_args=(12 4 3000)
else
  export CEILING_USERS=${CEILING_USERS:-8} CEILING_SECONDS=${CEILING_SECONDS:-30}
  export SAGA_USERS=$users SAGA_SECONDS=${SAGA_SECONDS:-60} SAGA_WARMUP_SECONDS=${SAGA_WARMUP_SECONDS:-15}
  $soak && export SAGA_SECONDS=600 SAGA_HALF_SECONDS=${SAGA_HALF_SECONDS:-60}
  drill_args=(60 8 3000)
fi
export LOAD_RESULTS=$results

# ---- the server: the embedded default with the ceiling WAR, unless --base names one ----
server_name=${FOOD_SERVER_NAME:-food}
wlp=$root/liberty-config/target/liberty/wlp
usr=$target/liberty-usr
ready_seconds=""
stop_server() {
  if [[ -d $usr/servers/$server_name ]]; then
    echo "== stopping the load-test server"
    WLP_USER_DIR=$usr "$wlp/bin/server" stop "$server_name" >/dev/null 2>&1 || true
  fi
}
if [[ -z $base ]]; then
  base=http://localhost:9080
  export FOOD_METRICS_URL=${FOOD_METRICS_URL:-https://localhost:9443/metrics}
  if [[ ! -d $wlp/usr/servers/$server_name/apps || ! -f $target/ceiling.war ]]; then
    echo "== building the WARs, the assembled server and the ceiling WAR (package, no tests)"
    ./mvnw -B -ntp -q package -DskipTests -Dfood.server.name="$server_name"
  fi
  echo "== copying the assembled server to $usr (fresh databases) and adding the ceiling WAR"
  rm -rf "$usr"; mkdir -p "$usr/servers"
  ln -s "$wlp/usr/shared" "$usr/shared"
  cp -r "$wlp/usr/servers/$server_name" "$usr/servers/"
  s=$usr/servers/$server_name
  rm -rf "$s"/{logs,workarea,databases,tranlog,messaging,messagestore}
  mkdir -p "$s/configDropins/overrides"
  cp "$target/ceiling.war" "$s/apps/ceiling.war"
  cp "$root/load-tests/src/main/liberty/ceiling.xml" "$s/configDropins/overrides/ceiling.xml"
  if $jfr; then
    printf '%s\n' "-XX:FlightRecorderOptions=stackdepth=256" \
      "-XX:StartFlightRecording=settings=profile,filename=$target/server.jfr,dumponexit=true" >> "$s/jvm.options"
  fi
  trap stop_server EXIT
  echo "== starting the server ($server_name)"
  started=$(date +%s.%N)
  WLP_USER_DIR=$usr "$wlp/bin/server" start "$server_name" >/dev/null
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready") == 200 ]]; do
    if (( $(date +%s) - ${started%.*} > 180 )); then echo "server not ready after 180 s" >&2; exit 1; fi
    sleep 0.2
  done
  ready_seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
  echo "   ready after $ready_seconds s"
  # The simulation takes the server's class histograms (its live heap) through jcmd.
  FOOD_SERVER_PID=$(cat "$usr/servers/.pid/$server_name.pid" 2>/dev/null || true)
  export FOOD_SERVER_PID
  ceiling=true
else
  export FOOD_METRICS_URL=${FOOD_METRICS_URL-}
  ceiling=false
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/ceiling/ping") == 200 ]] && ceiling=true
fi
export FOOD_BASE_URL=$base
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- the simulations ----
sims=(org.fooddelivery.loadtests.SagaSimulation)
$ceiling && sims=(org.fooddelivery.loadtests.CeilingSimulation "${sims[@]}")
for sim in "${sims[@]}"; do
  echo "== gatling: ${sim##*.}"
  ./mvnw -B -ntp -q -pl load-tests gatling:test -Dgatling.simulationClass="$sim" | grep -vE '^\s*$' | tail -45
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- the circuit breaker drill (A5): its refused calls' p99 is a target ----
echo "== circuit breaker drill ${drill_args[*]}"
drill_rc=0 summary_rc=0
FOOD_BASE_URL=$base DRILL_REPORT_DIR=$target/circuit-breaker-drill \
  liberty-config/scripts/circuit-breaker-drill.sh "${drill_args[@]}" || drill_rc=$?

# ---- the summary ----
java "$root/load-tests/src/summary/Summary.java" "$target" "$results" "$ready_seconds" "$load_before" "$load_after" \
  "$(date -u +%FT%TZ), \`load-tests/run.sh$($smoke && echo ' --smoke')$($soak && echo ' --soak') --users $users\` against $base" \
  || summary_rc=$?
echo "== summary written to load-tests/target/summary.md"
tail -12 "$target/summary.md"
echo "== load tests took $SECONDS s (server start included)"
if ((drill_rc != 0)); then echo "load tests: the circuit breaker drill FAILED" >&2; exit 1; fi
exit $summary_rc
