#!/usr/bin/env bash
# The distributed topology on one machine: every WAR on a Liberty server of its own, the
# messaging engine and identity provider on a hub server, and nginx as the gateway on :8080.
#
#   liberty-config/scripts/distributed.sh start    # needs ./mvnw -B install -DskipTests first, and nginx
#   liberty-config/scripts/distributed.sh status
#   liberty-config/scripts/distributed.sh stop
#
# Servers: food-hub :9090 (OIDC provider, messaging engine :7276, admin center),
# food-order :9091, food-kitchen :9092, food-delivery :9093, food-payment :9094,
# food-notification :9095. Their configuration is liberty-config/src/main/distributed/<server>
# plus the same include fragments as the embedded default; logs in
# liberty-config/target/liberty/wlp/usr/servers/<server>/logs, nginx's in liberty-config/target/nginx/logs.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
wlp=$root/liberty-config/target/liberty/wlp
apps=$wlp/usr/servers/food/apps
nginx_prefix=$root/liberty-config/target/nginx
hub=food-hub
services="food-order food-kitchen food-delivery food-payment food-notification"
declare -A port=([food-hub]=9090 [food-order]=9091 [food-kitchen]=9092 [food-delivery]=9093
                 [food-payment]=9094 [food-notification]=9095)

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

ready() { # server → 0 when its /health/ready answers UP
  curl -sf -m 3 "http://localhost:${port[$1]}/health/ready" 2>/dev/null | grep -q '"status":"UP"'
}

await_ready() { # server, seconds
  local s=$1 limit=$2 waited=0
  until ready "$s"; do
    if (( waited >= limit )); then
      say "$s not ready after ${limit}s; see $wlp/usr/servers/$s/logs/messages.log"; return 1
    fi
    sleep 2; waited=$((waited + 2))
  done
  say "$s ready (${waited}s)"
}

create() { # server: lays out its directory from the sources and the built WARs
  local s=$1 dir=$wlp/usr/servers/$1
  mkdir -p "$dir/apps"
  cp "$root/liberty-config/src/main/distributed/$s/"* "$dir/"
  rm -rf "$dir/includes"
  cp -r "$root/liberty-config/src/main/liberty/config/includes" "$dir/includes"
  local app=${s#food-}
  if [[ $s != "$hub" ]]; then cp "$apps/$app-war.war" "$dir/apps/"; fi
}

start() {
  [[ -f $apps/order-war.war ]] || { echo "Build first: ./mvnw -B install -DskipTests"; exit 1; }
  command -v nginx >/dev/null || { echo "nginx is needed: apt-get install -y nginx-light"; exit 1; }
  if curl -s -o /dev/null -m 2 http://localhost:9080/; then
    echo "Something answers on :9080 (the embedded default?); its messaging engine port 7276 would clash. Stop it first."
    exit 1
  fi
  for s in $hub $services; do create "$s"; done
  say "starting $hub (identity provider, messaging engine)"
  "$wlp/bin/server" start "$hub" >/dev/null
  await_ready "$hub" 120
  say "starting $services"
  for s in $services; do "$wlp/bin/server" start "$s" >/dev/null & done
  wait
  for s in $services; do await_ready "$s" 180; done
  mkdir -p "$nginx_prefix/logs" "$nginx_prefix/tmp" "$nginx_prefix/conf"
  cp "$root/liberty-config/src/main/nginx/"*.conf "$nginx_prefix/conf/"
  nginx -p "$nginx_prefix" -c conf/nginx.conf
  say "gateway (nginx) on http://localhost:8080"
}

stop() {
  if [[ -f $nginx_prefix/nginx.pid ]]; then nginx -p "$nginx_prefix" -c conf/nginx.conf -s stop 2>/dev/null || true; fi
  for s in $services; do "$wlp/bin/server" stop "$s" >/dev/null 2>&1 & done
  wait
  "$wlp/bin/server" stop "$hub" >/dev/null 2>&1 || true
  say "stopped"
}

status() {
  for s in $hub $services; do
    if ready "$s"; then echo "$s :${port[$s]} ready"; else echo "$s :${port[$s]} not ready"; fi
  done
  if curl -s -o /dev/null -m 2 http://localhost:8080/orders; then echo "gateway :8080 up"; else echo "gateway :8080 down"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status"; exit 2 ;;
esac
