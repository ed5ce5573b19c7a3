#!/usr/bin/env bash
# Whole sagas per second of the distributed topology through nginx (:8080) next to the embedded
# default's (:9080), measured by SagaBenchmark.java, one topology after the other: never both at
# once, since they share the machine's cores. Starts and stops each itself (the distributed one
# with its data kept, the embedded one from the assembled server `food`) and prints one table.
#
#   flock /tmp/food-distributed.lock flock /tmp/food-embedded.lock \
#     liberty-config/scripts/topology-benchmark.sh [orders=40] [concurrency=4] [both|distributed|embedded]
#
# (distributed or embedded alone: one half, when the other topology's ports are busy.)
#
# After ./mvnw -B -ntp package -DskipTests. Record what it prints in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
orders=${1:-40}
concurrency=${2:-4}
which=${3:-both}
scripts=liberty-config/scripts
wlp=liberty-config/target/liberty/wlp

measure() { # base URL → "sagas/s seconds p50 p95" of one SagaBenchmark run (its output goes to stderr)
  local out; out=$(java $scripts/SagaBenchmark.java "$orders" "$concurrency" "$1" | tee /dev/stderr)
  local rate; rate=$(sed -n 's/.* complete sagas in \([0-9.]*\) s: \([0-9.]*\) orders\/s.*/\2 \1/p' <<<"$out")
  [[ -n $rate ]] || { echo "no result from SagaBenchmark against $1" >&2; return 1; }
  # The report's end-to-end row: | end to end | n | p50 | p95 | ...
  echo "$rate $(grep -m1 -i 'end to end' reports/saga-benchmark.md | awk -F'|' '{gsub(/ /,""); print $4, $5}')"
}

embedded_down() { "$wlp/bin/server" stop food >/dev/null 2>&1 || true; }
trap 'embedded_down; $scripts/distributed.sh stop >/dev/null 2>&1 || true' EXIT

distributed="- - - -"; embedded="- - - -"; started_distributed=-; started_embedded=-
if [[ $which != embedded ]]; then
  echo "== distributed topology"
  began=$(date +%s)
  $scripts/distributed.sh start
  started_distributed=$(($(date +%s) - began))
  # The demo users' password there is the topology's own (secrets.env), not the embedded default's.
  distributed=$(FOOD_DEMO_PASSWORD=$(sed -n 's/^demo_password=//p' liberty-config/target/distributed/secrets.env) measure http://localhost:8080)
  $scripts/distributed.sh stop
fi

if [[ $which != distributed ]]; then
  echo "== embedded default"
  began=$(date +%s)
  "$wlp/bin/server" start food >/dev/null
  until curl -sf -m 3 http://localhost:9080/health/ready | grep -q '"status":"UP"'; do
    (($(date +%s) - began < 300)) || { echo "the embedded server is not ready after 300 s" >&2; exit 1; }
    sleep 2
  done
  started_embedded=$(($(date +%s) - began))
  embedded=$(measure http://localhost:9080)
  embedded_down
fi

echo
echo "$orders orders, $concurrency at a time, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
printf '%-44s %8s %10s %12s %12s %10s\n' topology sagas/s seconds "p50 e2e" "p95 e2e" "start s"
read -r rate secs p50 p95 <<<"$distributed"
printf '%-44s %8s %10s %12s %12s %10s\n' "distributed, nginx http://localhost:8080" "$rate" "$secs" "$p50" "$p95" "$started_distributed"
read -r rate secs p50 p95 <<<"$embedded"
printf '%-44s %8s %10s %12s %12s %10s\n' "embedded default, http://localhost:9080" "$rate" "$secs" "$p50" "$p95" "$started_embedded"
