#!/usr/bin/env bash
# Resilience drill for A5 (order -> payment circuit breaker), against a running server
# (./mvnw -B -pl liberty-config liberty:start). Phases:
#   1. healthy:  orders with a healthy payment service
#   2. slow:     payment made slow under concurrent load: the card acquirer it charges through
#                (standin-war's stand-in, /standins/acquirer/faults) slower than payment waits for it:
#                the first calls wait for the timeout, then the circuit opens and calls fail fast
#   3. healed:   payment healed; after the breaker's delay the circuit closes again
# Each phase prints status counts and latency percentiles; the fault-tolerance metrics are read
# from /metrics before and after. A report is written to reports/circuit-breaker-drill.md.
# The outcome is checked: healthy orders are placed (201); slow payment gives only 503s, the
# circuit opens and refuses calls (its metrics rise); once healed, orders are placed again. It
# prints PASS/FAIL per check and exits non-zero if any check failed.
# Usage: circuit-breaker-drill.sh [requests-per-phase=60] [concurrency=8] [slow-delay-ms=3000]
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${FOOD_BASE_URL:-http://localhost:9080}
n=${1:-60}; par=${2:-8}; delay=${3:-3000}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p reports; report=reports/circuit-breaker-drill.md

customer=$(liberty-config/scripts/token.sh customer1 "$base")
admin=$(liberty-config/scripts/token.sh admin "$base")
order='{"storeId":1,"items":[{"menuId":13,"quantity":1}],"deliveryAddress":{"area":"gangnam","street":"Teheran-ro 1"},"card":{"number":"4111111111111111"}}'

faults() {
  curl -sf -o /dev/null -X PUT "$base/standins/acquirer/faults" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' -d "{\"delayMs\":$1,\"failurePercent\":$2}"
}

# ft_counter RESULT: PaymentGateway.charge's breaker calls with that result (success, failure, circuitBreakerOpen)
ft_counter() {
  { curl -s "$base/metrics?scope=base" | grep -E '^ft_circuitbreaker_calls_total\{.*PaymentGateway\.charge' |
      grep "circuitBreakerResult=\"$1\"" || true; } | awk '{s += $2} END {printf "%d\n", s}'
}
opened() {
  { curl -s "$base/metrics?scope=base" | grep -E '^ft_circuitbreaker_opened_total\{.*PaymentGateway\.charge' || true; } |
    awk '{s += $2} END {printf "%d\n", s}'
}
failures=0
check() { # check DESCRIPTION COMMAND...: records and prints the outcome
  local what=$1; shift
  if "$@"; then echo "PASS $what"; echo "| PASS | $what |" >> "$work/checks.md"
  else echo "FAIL $what"; echo "| FAIL | $what |" >> "$work/checks.md"; failures=$((failures + 1)); fi
}
count() { grep -c "^$2 " "$work/$1.txt" || true; } # count PHASE STATUS

ft_metrics() {
  curl -s "$base/metrics?scope=base" | grep -E '^ft_circuitbreaker_(opened_total|state_total|calls_total)\{.*PaymentGateway' |
    sed -E 's/,?mp_scope="base",?//; s/method="org.fooddelivery.order.client.PaymentGateway.charge"//; s/\{,?/{/' || true
}

# phase NAME: fires $n orders, $par at a time; prints and appends a summary line
phase() {
  local name=$1 out="$work/$1.txt"
  echo "== phase $name: $n orders, $par concurrent"
  seq "$n" | xargs -P "$par" -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
      -X POST "$base/orders" -H "Authorization: Bearer $customer" -H 'Content-Type: application/json' \
      -d "$order" > "$out" &
  local pid=$!
  while kill -0 $pid 2>/dev/null; do
    printf '\r   %d/%d done' "$(wc -l < "$out")" "$n"; sleep 1
  done
  wait $pid || true
  printf '\r   %d/%d done\n' "$(wc -l < "$out")" "$n"
  local codes p50 p95 max
  codes=$(cut -d' ' -f1 "$out" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
  read -r p50 p95 max < <(cut -d' ' -f2 "$out" | sort -n | awk '{a[NR]=$1} END {
      i50 = int(NR * 0.50); if (i50 < 1) i50 = 1
      i95 = int(NR * 0.95); if (i95 < 1) i95 = 1
      printf "%d %d %d\n", a[i50] * 1000, a[i95] * 1000, a[NR] * 1000}')
  echo "   status: $codes  latency ms: p50=$p50 p95=$p95 max=$max"
  echo "| $name | $codes | $p50 | $p95 | $max |" >> "$work/table.md"
}

echo "== fault-tolerance metrics before"; ft_metrics | tee "$work/before.txt"
faults 0 0
phase healthy
open_before=$(ft_counter circuitBreakerOpen); opened_before=$(opened)
faults "$delay" 0
phase slow
phase slow-again
open_after=$(ft_counter circuitBreakerOpen); opened_after=$(opened)
faults 0 0
echo "== payment healed; waiting 6 s for the breaker's delay"; sleep 6
phase healed
echo "== fault-tolerance metrics after"; ft_metrics | tee "$work/after.txt"

echo "== checks"
check "healthy: every order placed ($(count healthy 201)/$n answered 201)" [ "$(count healthy 201)" -eq "$n" ]
check "slow: no order placed while payment is slow ($(count slow 201) + $(count slow-again 201) answered 201)" \
  [ "$(( $(count slow 201) + $(count slow-again 201) ))" -eq 0 ]
check "slow: every caller answered 503 ($(( $(count slow 503) + $(count slow-again 503) ))/$((2 * n)))" \
  [ "$(( $(count slow 503) + $(count slow-again 503) ))" -eq $((2 * n)) ]
check "slow: the circuit opened (ft_circuitbreaker_opened_total $opened_before -> $opened_after)" \
  [ "$opened_after" -gt "$opened_before" ]
check "slow: the open circuit refused calls without calling payment (circuitBreakerOpen $open_before -> $open_after)" \
  [ "$open_after" -gt "$open_before" ]
check "healed: orders placed again ($(count healed 201)/$n answered 201, at least 80 %)" \
  [ "$(count healed 201)" -ge $(( n * 8 / 10 )) ]

{
  echo "# Circuit breaker drill"
  echo
  echo "$(date -u +%FT%TZ), \`liberty-config/scripts/circuit-breaker-drill.sh $n $par $delay\` against $base"
  echo
  echo "| phase | status counts | p50 ms | p95 ms | max ms |"
  echo "|---|---|---|---|---|"
  cat "$work/table.md"
  echo
  echo "Fault-tolerance metrics of PaymentGateway.charge before:"; echo '```'; cat "$work/before.txt"; echo '```'
  echo "and after:"; echo '```'; cat "$work/after.txt"; echo '```'
  echo
  echo "| outcome | check |"; echo "|---|---|"; cat "$work/checks.md"
} > "$report"
echo "== report written to $report"
if [ "$failures" -gt 0 ]; then echo "circuit breaker drill: FAILED ($failures checks)"; exit 1; fi
echo "circuit breaker drill: PASSED"
