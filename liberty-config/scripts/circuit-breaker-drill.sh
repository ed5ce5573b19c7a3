#!/usr/bin/env bash
# Resilience drill for A5 (order -> payment circuit breaker), against a running server
# (./mvnw -B -pl liberty-config liberty:start). Phases:
#   1. healthy:  orders with a healthy payment service
#   2. slow:     payment made slow under concurrent load: the card acquirer it charges through
#                (standin-war's stand-in, /standins/acquirer/faults) slower than payment waits for it:
#                the first calls wait for the timeout, then the circuit opens and calls fail fast
#   3. healed:   payment healed; after the breaker's delay its trial calls (probed one at a time)
#                close the circuit, and then every concurrent order is placed again
# Each phase prints status counts and latency percentiles; the breaker's state and fault-tolerance
# metrics (order-war's GET /orders/admin/payment-circuit, which reads them from the base metrics)
# are sampled every second. Written to $DRILL_REPORT_DIR (default reports/): circuit-breaker-drill.md
# (the table), circuit-breaker-drill.html (a self-contained chart: outcomes and latency per second
# with the circuit's state and the metrics over time) and results.properties (for load-tests/run.sh).
# The outcome is checked: healthy orders are placed (201); slow payment gives only 503s, the
# circuit opens and refuses calls (its metrics rise) fast (p99 well below the 1.5 s timeout); once
# healed, trial calls close the circuit within 20 s and then every order is placed again. It prints PASS/FAIL per check and
# exits non-zero if any check failed.
# Usage: circuit-breaker-drill.sh [requests-per-phase=60] [concurrency=8] [slow-delay-ms=3000]
# FOOD_FAULTS_URL: the card acquirer stand-in's fault injection (PUT {"delayMs","failurePercent"}),
# the one place to change when it moves.
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${FOOD_BASE_URL:-http://localhost:9080}
n=${1:-60}; par=${2:-8}; delay=${3:-3000}
faults_url=${FOOD_FAULTS_URL:-$base/standins/acquirer/faults}
# A refused call must be far quicker than the call's 1.5 s timeout.
fail_fast_ms=${DRILL_FAIL_FAST_MS:-500}
# Orders sent one at a time while the circuit is open (the refusal's own cost).
alone_n=${DRILL_REFUSED_ALONE:-40}
# The breaker's delay (5 s) plus its trial calls, with room to spare; successThreshold of order-war's
# PaymentGateway breaker (microprofile-config.properties) is how many trial calls must succeed.
close_within_s=${DRILL_CLOSE_WITHIN_S:-20}
success_threshold=$(sed -n 's#^org.fooddelivery.order.client.PaymentGateway/charge/CircuitBreaker/successThreshold=##p' \
  order-war/src/main/resources/META-INF/microprofile-config.properties)
success_threshold=${success_threshold:-2}
work=$(mktemp -d)
sampler=""
trap '[[ -n $sampler ]] && kill "$sampler" 2>/dev/null; rm -rf "$work"' EXIT
report_dir=${DRILL_REPORT_DIR:-reports}
mkdir -p "$report_dir"; report=$report_dir/circuit-breaker-drill.md chart=$report_dir/circuit-breaker-drill.html

customer=$(liberty-config/scripts/token.sh customer1 "$base")
admin=$(liberty-config/scripts/token.sh admin "$base")
order='{"storeId":1,"items":[{"menuId":13,"quantity":1}],"deliveryAddress":{"area":"gangnam","street":"Teheran-ro 1"},"card":{"number":"4111111111111111"}}'

faults() {
  curl -sf -o /dev/null -X PUT "$faults_url" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' -d "{\"delayMs\":$1,\"failurePercent\":$2}"
}

# The breaker as order-war reports it: {"state":..,"stateSeconds":{..},"calls":{..},"opened":n}
circuit() { curl -s "$base/orders/admin/payment-circuit" -H "Authorization: Bearer $admin"; }
json_number() { grep -oE "\"$1\":[0-9.]+" | head -1 | cut -d: -f2; } # json_number KEY < JSON
# ft_counter RESULT: PaymentGateway.charge's breaker calls with that result (success, failure, circuitBreakerOpen)
ft_counter() { circuit | json_number "$1" || echo 0; }
opened() { circuit | json_number opened || echo 0; }
failures=0
check() { # check DESCRIPTION COMMAND...: records and prints the outcome
  local what=$1; shift
  if "$@"; then echo "PASS $what"; echo "| PASS | $what |" >> "$work/checks.md"
  else echo "FAIL $what"; echo "| FAIL | $what |" >> "$work/checks.md"; failures=$((failures + 1)); fi
}
count() { grep -c "^$2 " "$work/$1.txt" || true; } # count PHASE STATUS

ft_metrics() { circuit | sed -E 's/"method":"[^"]*",//'; echo; }

# Every second: ms since the drill's start, the state (where the runtime has no current-state
# gauge, the state whose time grew), times opened, calls succeeded / failed / refused so far.
sample_circuit() {
  local prev="" now json state secs
  while :; do
    now=$(date +%s%3N); json=$(circuit)
    state=$(sed -nE 's/.*"state":"([a-zA-Z]+)".*/\1/p' <<<"$json")
    secs=$(sed -nE 's/.*"stateSeconds":\{([^}]*)\}.*/\1/p' <<<"$json")
    if [[ $state == unknown || -z $state ]]; then
      state=$(awk -v cur="$secs" -v prev="$prev" 'BEGIN {
        n = split(cur, c, ","); split(prev, p, ","); best = "closed"; grow = -1
        for (i = 1; i <= n; i++) { split(c[i], kv, ":"); gsub(/"/, "", kv[1]); split(p[i], pv, ":")
          d = kv[2] - (pv[2] == "" ? 0 : pv[2]); if (d > grow) { grow = d; best = kv[1] } }
        print best }')
    fi
    prev=$secs
    echo "$((now - t0)) $state $(json_number opened <<<"$json" || echo 0) $(json_number success <<<"$json" || echo 0)" \
      "$(json_number failure <<<"$json" || echo 0) $(json_number circuitBreakerOpen <<<"$json" || echo 0)" >> "$work/circuit.txt"
    sleep 1
  done
}

# phase NAME: fires $n orders, $par at a time; prints and appends a summary line
phase() {
  local name=$1 out="$work/$1.txt"
  echo "== phase $name: $n orders, $par concurrent"
  # Each line: status, seconds, ms since the drill's start when the request was sent.
  export base customer order t0
  seq "$n" | xargs -P "$par" -I{} sh -c 'sent=$(date +%s%3N); curl -s -o /dev/null -w "%{http_code} %{time_total} $((sent - t0))\n" \
      -X POST "$base/orders" -H "Authorization: Bearer $customer" -H "Content-Type: application/json" -d "$order"' > "$out" &
  local pid=$!
  while kill -0 $pid 2>/dev/null; do
    printf '\r   %d/%d done' "$(wc -l < "$out")" "$n"; sleep 1
  done
  wait $pid || true
  printf '\r   %d/%d done\n' "$(wc -l < "$out")" "$n"
  local codes p50 p95 p99 max
  codes=$(cut -d' ' -f1 "$out" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
  read -r p50 p95 p99 max < <(cut -d' ' -f2 "$out" | sort -n | awk '{a[NR]=$1} END {
      i50 = int(NR * 0.50 + 0.999); if (i50 < 1) i50 = 1
      i95 = int(NR * 0.95 + 0.999); if (i95 < 1) i95 = 1
      i99 = int(NR * 0.99 + 0.999); if (i99 < 1) i99 = 1
      printf "%d %d %d %d\n", a[i50] * 1000, a[i95] * 1000, a[i99] * 1000, a[NR] * 1000}')
  echo "   status: $codes  latency ms: p50=$p50 p95=$p95 p99=$p99 max=$max"
  echo "| $name | $codes | $p50 | $p95 | $p99 | $max |" >> "$work/table.md"
  echo "$p99" > "$work/$name.p99"
  awk -v phase="$name" '{print phase, $0}' "$out" >> "$work/requests.txt"
}

echo "== fault-tolerance metrics before"; ft_metrics | tee "$work/before.txt"
t0=$(date +%s%3N)
sample_circuit & sampler=$!
faults 0 0
phase healthy
open_before=$(ft_counter circuitBreakerOpen); opened_before=$(opened)
faults "$delay" 0
phase slow
phase slow-again
open_after=$(ft_counter circuitBreakerOpen); opened_after=$(opened)
# One client alone while the circuit is still open, over one kept-alive connection as an app
# holds it: what a refusal itself costs, without $par clients queueing on the same cores. A trial
# call the breaker lets through meanwhile waits for its timeout instead of being refused, so the
# refusals are the N fastest 503s, N being how many refusals the breaker counted.
echo "== refused alone: $alone_n orders one after another while the circuit is open"
alone_args=()
for ((i = 1; i <= alone_n; i++)); do
  alone_args+=(-s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$base/orders" -H "Authorization: Bearer $customer"
    -H 'Content-Type: application/json' -d "$order")
  if ((i < alone_n)); then alone_args+=(--next); fi
done
alone_before=$(ft_counter circuitBreakerOpen)
curl "${alone_args[@]}" > "$work/alone.txt" || true
alone_refused=$(( $(ft_counter circuitBreakerOpen) - alone_before ))
read -r alone_p50 alone_p99 < <(awk '$1 == 503 {print $2}' "$work/alone.txt" | sort -n | head -n "$alone_refused" | awk '{a[NR]=$1} END {
  i50 = int(NR * 0.50 + 0.999); if (i50 < 1) i50 = 1; i99 = int(NR * 0.99 + 0.999); if (i99 < 1) i99 = 1
  printf "%d %d\n", a[i50] * 1000, a[i99] * 1000}')
echo "   $alone_refused of $alone_n refused by the open circuit: p50 ${alone_p50} ms, p99 ${alone_p99} ms"
echo "| refused alone (1 client) | $alone_refused of $alone_n refused | $alone_p50 | | $alone_p99 | |" >> "$work/table.md"
faults 0 0
# While half-open the breaker lets only its trial calls through (successThreshold of them) and
# refuses the callers beside them: that is the design, not a failure. So the drill probes with
# one order at a time until the trial calls have succeeded in a row, and only then fires the
# concurrent healed phase, which must place every order.
echo "== payment healed; probing one order at a time until the circuit closes (at most ${close_within_s} s)"
healed_at=$(date +%s%3N); probes=0; in_a_row=0
while (( in_a_row < success_threshold && $(date +%s%3N) - healed_at < close_within_s * 1000 )); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base/orders" -H "Authorization: Bearer $customer" \
    -H 'Content-Type: application/json' -d "$order")
  probes=$((probes + 1))
  if [[ $status == 201 ]]; then in_a_row=$((in_a_row + 1)); else in_a_row=0; sleep 0.5; fi
done
closed_after_ms=$(( $(date +%s%3N) - healed_at ))
echo "   $probes probes, circuit let $in_a_row through in a row after ${closed_after_ms} ms"
phase healed
sleep 1.2; kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true; sampler=""
echo "== fault-tolerance metrics after"; ft_metrics | tee "$work/after.txt"
state_after=$(circuit | sed -nE 's/.*"state":"([a-zA-Z]+)".*/\1/p')
# Where the runtime has no current-state gauge, the sampler's last derived state.
[[ $state_after == unknown || -z $state_after ]] && state_after=$(tail -1 "$work/circuit.txt" | cut -d' ' -f2)
refused_p99=$(awk '$1 == "slow-again" && $2 == 503 {print $3}' "$work/requests.txt" | sort -n | awk '{a[NR]=$1} END {
  i = int(NR * 0.99 + 0.999); if (i < 1) i = 1; printf "%d\n", a[i] * 1000}')

# write_chart: per second of the drill, outcomes (201 / 503 / other) and latency (p50, max) of the
# orders sent in that second, under the circuit's state, and the breaker's counters over time;
# one HTML file with its data and a canvas script inline (no network needed to open it).
write_chart() {
  local seconds circuit_js
  # (second sent, latency ms, status), sorted by second then latency: p50 and max per second.
  seconds=$(awk '{printf "%d %d %s\n", int($4 / 1000), $3 * 1000, $2}' "$work/requests.txt" | sort -n -k1,1 -k2,2 | awk '
    function flush() { if (n) printf "[%d,%d,%d,%d,%d,%d],", cur, ok, r, o, v[int((n + 1) / 2)], v[n] }
    $1 != cur { flush(); while (++cur < $1) printf "[%d,0,0,0,0,0],", cur; n = ok = r = o = 0 }
    { v[++n] = $2; if ($3 == 201) ok++; else if ($3 == 503) r++; else o++ }
    BEGIN { cur = 0 } END { flush() }')
  circuit_js=$(awk '{printf "[%.1f,\"%s\",%d,%d,%d,%d],", $1 / 1000, $2, $3, $4, $5, $6}' "$work/circuit.txt")
  cat > "$chart" <<HTML
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Circuit breaker drill</title>
<style>body{font:14px sans-serif;margin:20px}canvas{border:1px solid #ccc;display:block;margin:8px 0}
.k{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}</style></head><body>
<h1>Circuit breaker drill (A5)</h1>
<p>$(date -u +%FT%TZ), <code>circuit-breaker-drill.sh $n $par $delay</code> against $base: $outcome_text</p>
<p>Phases: healthy, slow (payment $delay ms), slow again, healed (after the breaker's delay), $n orders each, $par at a time.</p>
<p><span class="k" style="background:#2a2"></span>201 placed <span class="k" style="background:#d33"></span>503 refused / timed out
<span class="k" style="background:#999"></span>other <span class="k" style="background:#06c"></span>latency p50
<span class="k" style="background:#f90"></span>latency max; background: circuit
<span class="k" style="background:#dfd"></span>closed <span class="k" style="background:#fdd"></span>open
<span class="k" style="background:#ffd"></span>half-open</p>
<canvas id="outcomes" width="1000" height="260"></canvas>
<canvas id="latency" width="1000" height="220"></canvas>
<p>Fault-tolerance metrics of PaymentGateway.charge (cumulative): <span class="k" style="background:#2a2"></span>calls success
<span class="k" style="background:#d33"></span>failure <span class="k" style="background:#a0a"></span>circuitBreakerOpen (refused)
<span class="k" style="background:#000"></span>times opened (right axis)</p>
<canvas id="metrics" width="1000" height="220"></canvas>
<script>
// [second, 201s, 503s, others, p50 ms, max ms] per second the orders were sent in
const S = [${seconds%,}];
// [second, state, opened, success, failure, circuitBreakerOpen] sampled about every second
const C = [${circuit_js%,}];
const T = Math.max(S.length ? S[S.length - 1][0] + 1 : 1, C.length ? C[C.length - 1][0] : 1);
const L = 50, R = 50;
function frame(id, yMax, label, rightMax) {
  const c = document.getElementById(id), g = c.getContext('2d'), w = c.width - L - R, h = c.height - 40;
  const x = t => L + t / T * w, y = v => 10 + h - v / (yMax || 1) * h;
  C.forEach((p, i) => { const n = C[i + 1] ? C[i + 1][0] : T;
    g.fillStyle = {closed: '#dfd', open: '#fdd', halfOpen: '#ffd'}[p[1]] || '#eee'; g.fillRect(x(p[0]), 10, x(n) - x(p[0]), h); });
  g.strokeStyle = '#000'; g.strokeRect(L, 10, w, h); g.fillStyle = '#000'; g.font = '12px sans-serif';
  for (let i = 0; i <= 4; i++) { const v = yMax * i / 4; g.fillText(Math.round(v), 4, y(v) + 4); }
  if (rightMax !== undefined) for (let i = 0; i <= 2; i++) g.fillText(Math.round(rightMax * i / 2), L + w + 6, 10 + h - h * i / 2 + 4);
  for (let t = 0; t <= T; t += Math.max(1, Math.round(T / 20))) g.fillText(t + 's', x(t) - 8, 10 + h + 16);
  g.fillText(label, L + 4, 24);
  return {g, x, y, h, w};
}
function line(f, pts, color, yf) {
  f.g.strokeStyle = color; f.g.lineWidth = 2; f.g.beginPath();
  pts.forEach((p, i) => i ? f.g.lineTo(f.x(p[0]), (yf || f.y)(p[1])) : f.g.moveTo(f.x(p[0]), (yf || f.y)(p[1]))); f.g.stroke();
}
const maxCount = Math.max(1, ...S.map(s => s[1] + s[2] + s[3]));
const o = frame('outcomes', maxCount, 'orders per second, by outcome');
S.forEach(s => { const bw = o.w / T * 0.8; let base = 0;
  [[s[1], '#2a2'], [s[2], '#d33'], [s[3], '#999']].forEach(([v, col]) => { o.g.fillStyle = col;
    o.g.fillRect(o.x(s[0]) + 1, o.y(base + v), bw, o.y(base) - o.y(base + v)); base += v; }); });
const maxLat = Math.max(1, ...S.map(s => s[5]));
const l = frame('latency', maxLat, 'latency of the orders sent in each second, ms');
line(l, S.map(s => [s[0] + 0.5, s[4]]), '#06c'); line(l, S.map(s => [s[0] + 0.5, s[5]]), '#f90');
const maxCalls = Math.max(1, ...C.map(p => Math.max(p[3], p[4], p[5])));
const maxOpened = Math.max(1, ...C.map(p => p[2]));
const m = frame('metrics', maxCalls, 'breaker calls by result (left), times opened (right)', maxOpened);
line(m, C.map(p => [p[0], p[3]]), '#2a2'); line(m, C.map(p => [p[0], p[4]]), '#d33'); line(m, C.map(p => [p[0], p[5]]), '#a0a');
line(m, C.map(p => [p[0], p[2]]), '#000', v => 10 + m.h - v / maxOpened * m.h);
</script></body></html>
HTML
}

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
check "slow: the open circuit failed fast (refused calls of the second slow phase p99 ${refused_p99} ms <= ${fail_fast_ms} ms)" \
  [ "$refused_p99" -le "$fail_fast_ms" ]
check "slow: one client alone was refused by the open circuit ($alone_refused of $alone_n, p99 ${alone_p99} ms <= ${fail_fast_ms} ms)" \
  [ "$alone_refused" -ge $((alone_n / 2)) -a "$alone_p99" -le "$fail_fast_ms" ]
check "healed: the circuit let its trial calls through within ${close_within_s} s ($in_a_row in a row after ${closed_after_ms} ms, $probes probes)" \
  [ "$in_a_row" -ge "$success_threshold" ]
check "healed: once closed, every order placed again ($(count healed 201)/$n answered 201)" \
  [ "$(count healed 201)" -eq "$n" ]
check "healed: the circuit closed again (state after the drill: $state_after)" [ "$state_after" = closed ]

{
  echo "# Circuit breaker drill"
  echo
  echo "$(date -u +%FT%TZ), \`liberty-config/scripts/circuit-breaker-drill.sh $n $par $delay\` against $base"
  echo
  echo "| phase | status counts | p50 ms | p95 ms | p99 ms | max ms |"
  echo "|---|---|---|---|---|---|"
  cat "$work/table.md"
  echo
  echo "Fault-tolerance metrics of PaymentGateway.charge before:"; echo '```'; cat "$work/before.txt"; echo '```'
  echo "and after:"; echo '```'; cat "$work/after.txt"; echo '```'
  echo
  echo "| outcome | check |"; echo "|---|---|"; cat "$work/checks.md"
  echo
  echo "Chart: \`$(basename "$chart")\` beside this file."
} > "$report"
outcome=PASSED; ((failures > 0)) && outcome=FAILED
outcome_text="$outcome, $(grep -c '^| PASS' "$work/checks.md") of $(wc -l < "$work/checks.md") checks passed"
write_chart
printf 'outcome=%s\nrefused.p99.ms=%s\nrefused.alone.p50.ms=%s\nrefused.alone.p99.ms=%s\nrefused.alone.n=%s\nchart=%s\nfailures=%s\n' \
  "$outcome" "$refused_p99" "$alone_p50" "$alone_p99" "$alone_refused" "$chart" "$failures" \
  > "$report_dir/results.properties"
echo "== report written to $report, chart to $chart"
if [ "$failures" -gt 0 ]; then echo "circuit breaker drill: FAILED ($failures checks)"; exit 1; fi
echo "circuit breaker drill: PASSED"
