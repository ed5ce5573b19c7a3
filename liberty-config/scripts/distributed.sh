#!/usr/bin/env bash
# The distributed topology on one machine, on the engines a production deployment runs:
# PostgreSQL 15 (a database and a role per service), an ActiveMQ Artemis broker (a user per
# service), every WAR on a Liberty server of its own, the identity provider on a hub server, and
# nginx as the gateway on :8080.
#
#   liberty-config/scripts/distributed.sh start    # after ./mvnw -B -ntp package -DskipTests
#   liberty-config/scripts/distributed.sh status
#   liberty-config/scripts/distributed.sh stop
#   liberty-config/scripts/distributed.sh reset    # stop, then forget all data: databases, broker journal
#
# start brings up, in order, PostgreSQL :5433, Artemis :61617, food-hub :9090, the service servers
# (food-order :9091, food-kitchen :9092, food-delivery :9093, food-payment :9094,
# food-notification :9095), the external systems' stand-ins food-standin :9190 (standin-war:
# KakaoTalk and the card acquirer, outside the gateway, as the real systems would be), the second
# replicas food-order-2 :9096 and food-kitchen-2 :9097, and
# nginx (the gateway on :8080; on 127.0.0.1:8081 the services' way to each other, over every
# replica), and returns once every one is ready; otherwise it fails naming what is not, with
# its log. PostgreSQL and nginx are installed with apt-get when
# missing (as root). Everything it makes lives under liberty-config/target/: the engines' data in
# target/distributed, the servers in target/liberty/wlp/usr/servers/<server>, nginx in target/nginx.
#
# Credentials: every secret of the topology (each service's database and broker password, the
# broker administrator's, the admin center operator's, the servers' keystore password, the demo
# users' password) is taken from the environment when given (FOOD_DB_PASSWORD_ORDER, ...,
# FOOD_BROKER_ADMIN_PASSWORD, FOOD_ADMIN_CENTER_USER, FOOD_ADMIN_CENTER_PASSWORD,
# FOOD_KEYSTORE_PASSWORD, FOOD_DEMO_PASSWORD: FOOD_ and the key of secrets.env in capitals),
# otherwise generated once, into target/distributed/secrets.env (mode 600), and handed to each
# server through its server.env. The contract's demo password `password` belongs to the embedded
# default only: here the demo users get a generated one too (read it from secrets.env, or set
# FOOD_DEMO_PASSWORD), and start refuses `password` (or empty) for any user or secret, demo users
# included. Nothing secret is committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
target=$root/liberty-config/target
wlp=$target/liberty/wlp
apps=$wlp/usr/servers/food/apps
dist=$target/distributed
secrets=$dist/secrets.env
nginx_prefix=$target/nginx

# Engines: where they listen. Each value is set here only; servers get them through server.env.
pg_port=5433
pg_version=15
pg_bin=/usr/lib/postgresql/$pg_version/bin
pg_data=$dist/postgres/data
pg_run=$dist/postgres/run
pg_log=$dist/postgres/postgres.log
broker_port=61617
artemis_home=$target/artemis/apache-artemis-2.40.0
broker=$dist/broker
broker_out=$dist/broker.out

hub=food-hub
services="order kitchen delivery payment notification"
# Every Liberty server and its HTTP port (HTTPS: the same + 400), set here only: create() writes them
# into each server's bootstrap.properties. order-war and kitchen-war run as two replicas each
# (food-<service>-2: the same configuration, another JVM) behind nginx upstreams.
declare -A port=([food-hub]=9090 [food-order]=9091 [food-kitchen]=9092 [food-delivery]=9093
                 [food-payment]=9094 [food-notification]=9095 [food-order-2]=9096 [food-kitchen-2]=9097
                 [food-standin]=9190)
# The systems outside the platform, played by standin-war: no database, no broker, no gateway route.
standin=food-standin
first_replicas="$standin food-order food-kitchen food-delivery food-payment food-notification"
second_replicas="food-order-2 food-kitchen-2"
servers="$hub $first_replicas $second_replicas"
source_of() { echo "${1%-[0-9]}"; }  # food-order-2 → food-order: the configuration it runs

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { say "FAILED: $*"; exit 1; }

log_of() { # process → its log
  case $1 in
    postgres) echo "$pg_log" ;;
    artemis) echo "$broker/log/artemis.log (console: $broker_out)" ;;
    nginx) echo "$nginx_prefix/logs/error.log" ;;
    *) echo "$wlp/usr/servers/$1/logs/messages.log" ;;
  esac
}

as_postgres() { # command...: PostgreSQL refuses to run as root
  if [[ $EUID -eq 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
psql_admin() { as_postgres "$pg_bin/psql -X -q -v ON_ERROR_STOP=1 -h '$pg_run' -p $pg_port -U postgres -d postgres" ; }

need_packages() {
  local missing=()
  [[ -x $pg_bin/initdb ]] || missing+=("postgresql-$pg_version")
  command -v nginx >/dev/null || missing+=(nginx-light)
  ((${#missing[@]} == 0)) && return
  [[ $EUID -eq 0 ]] || fail "install ${missing[*]} (apt-get install -y ${missing[*]}), then start again"
  say "installing ${missing[*]}"
  # The package's own cluster (port 5432) is not used; this script runs its own on $pg_port.
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]}"
}

secret() { od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }

# Every key of secrets.env, with what it is when neither the environment nor the file has it.
secret_keys() {
  # service_password_order: order-war's service user, the identity it calls payment and the kitchen with
  # demo_password: the demo users' (customer1, ..., admin), generated as every other secret
  echo broker_admin_password admin_center_password keystore_password service_password_order demo_password
  for s in $services; do echo "db_password_$s" "broker_password_$s"; done
}
declare -A not_secret_defaults=([admin_center_user]=operator)

make_secrets() { # per key: the environment's value (FOOD_<KEY>) wins, then the file's, then a new one
  mkdir -p "$dist"
  (umask 077; [[ -f $secrets ]] || echo "# Written by distributed.sh; credentials of this machine's topology." > "$secrets")
  local k env value
  for k in $(secret_keys) "${!not_secret_defaults[@]}"; do
    env=FOOD_${k^^}
    if [[ -n ${!env:-} ]]; then value=${!env}
    elif [[ $k == demo_password && $(secret_of "$k") == password ]]; then
      value=$(secret); say "demo_password in $secrets was the embedded default's 'password': a new one is generated"
    elif grep -q "^$k=" "$secrets"; then value=$(secret_of "$k")
    elif [[ -n ${not_secret_defaults[$k]:-} ]]; then value=${not_secret_defaults[$k]}
    else value=$(secret); fi
    # The demo password is the embedded default's only: any user or secret here that is it (or
    # empty) would let anyone who read the README into an account, a database, the broker or the
    # admin center. (A secrets.env written before this rule gets a new demo password, above.)
    if [[ -z ${not_secret_defaults[$k]:-} ]] && [[ -z $value || $value == password ]]; then
      fail "$k ($env) is empty or the demo password 'password': choose another, or unset it and remove it from $secrets to have one generated"
    fi
    if [[ $k == admin_center_user && " customer1 customer2 owner1 owner2 rider1 rider2 admin " == *" $value "* ]]; then
      fail "$env must not be a demo user"
    fi
    [[ $value =~ ^[A-Za-z0-9._~+-]+$ ]] || fail "$env: letters, digits and . _ ~ + - only (it goes into server.env and SQL)"
    if [[ $value != "$(secret_of "$k")" ]]; then sed -i "/^$k=/d" "$secrets"; echo "$k=$value" >> "$secrets"; fi
  done
}

# --- PostgreSQL ---------------------------------------------------------------------------------
pg_ready() { [[ -x $pg_bin/pg_isready ]] && "$pg_bin/pg_isready" -q -h 127.0.0.1 -p $pg_port; }

start_postgres() {
  if [[ ! -f $pg_data/PG_VERSION ]]; then
    say "postgres: creating the cluster in $pg_data"
    mkdir -p "$pg_data" "$pg_run"
    [[ $EUID -eq 0 ]] && chown -R postgres:postgres "$dist/postgres"
    as_postgres "$pg_bin/initdb -D '$pg_data' -U postgres -E UTF8 --no-locale --auth-local=peer --auth-host=scram-sha-256" \
      > "$dist/postgres/initdb.log" 2>&1 || fail "initdb, see $dist/postgres/initdb.log"
    # max_prepared_transactions: every service's commit is a two-phase (XA) commit, which
    # PostgreSQL refuses with the default 0. One per connection, as the PostgreSQL docs advise.
    cat >> "$pg_data/postgresql.conf" <<EOF
port = $pg_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_run'
max_connections = 200
max_prepared_transactions = 200
log_line_prefix = '%m [%p] %u@%d '
EOF
  fi
  if pg_ready; then say "postgres :$pg_port already running"; else
    say "postgres: starting on :$pg_port"
    as_postgres "setsid -w $pg_bin/pg_ctl -D '$pg_data' -l '$pg_log' -w -t 60 start" >/dev/null \
      || fail "postgres did not start; see $(log_of postgres)"
  fi
  # One role and one database per service; a role may connect to its own database only (CONNECT
  # is revoked from PUBLIC), so no service can read another's tables. Passwords follow secrets.env.
  local sql="REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;"
  for s in $services; do
    local pw; pw=$(secret_of "db_password_$s")
    sql+="
SELECT 'CREATE ROLE food_$s LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'food_$s')\\gexec
ALTER ROLE food_$s LOGIN PASSWORD '$pw';
SELECT 'CREATE DATABASE food_$s OWNER food_$s' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'food_$s')\\gexec
REVOKE ALL ON DATABASE food_$s FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE food_$s TO food_$s;"
  done
  psql_admin <<<"$sql" || fail "creating the services' roles and databases; see $(log_of postgres)"
  say "postgres ready: databases and roles food_{${services// /,}}"
}

stop_postgres() {
  if pg_ready; then as_postgres "$pg_bin/pg_ctl -D '$pg_data' -m fast -w stop" >/dev/null && say "postgres stopped"; fi
}

# --- Artemis ------------------------------------------------------------------------------------
broker_pid() { [[ -f $dist/broker.pid ]] && kill -0 "$(cat "$dist/broker.pid")" 2>/dev/null && cat "$dist/broker.pid"; }
broker_ready() { broker_pid >/dev/null && (exec 3<>/dev/tcp/127.0.0.1/$broker_port) 2>/dev/null; }

start_broker() {
  [[ -x $artemis_home/bin/artemis ]] || fail "no Artemis distribution in $artemis_home: build first (./mvnw -B -ntp package -DskipTests)"
  if [[ ! -f $broker/etc/broker.xml ]]; then
    say "artemis: creating the broker instance in $broker"
    "$artemis_home/bin/artemis" create "$broker" --silent --name food-broker \
      --user admin --password "$(secret_of broker_admin_password)" --role amq --require-login \
      --host 127.0.0.1 --default-port $broker_port --no-web --no-autocreate --nio --no-autotune \
      --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
      --java-memory 512M > "$dist/broker-create.log" 2>&1 || fail "artemis create, see $dist/broker-create.log"
    # The platform's addresses, permissions and delivery policy replace the generated defaults
    # (liberty-config/src/main/artemis, copied to etc/ at every start so edits apply on restart).
    # (XInclude resolves a relative href against the broker's working directory: absolute paths.)
    local etc=$broker/etc
    sed -i -e "/<security-settings>/,/<\/security-settings>/c\      <xi:include href=\"$etc/food-security-settings.xml\"/>" \
           -e "/<address-settings>/,/<\/address-settings>/c\      <xi:include href=\"$etc/food-address-settings.xml\"/>" \
           -e "/<addresses>/,/<\/addresses>/c\      <xi:include href=\"$etc/food-addresses.xml\"/>" "$etc/broker.xml"
  fi
  for f in security-settings address-settings addresses; do
    cp "$root/liberty-config/src/main/artemis/$f.xml" "$broker/etc/food-$f.xml"
  done
  # A user and a role of the same name per service; the admin user from artemis create stays.
  (umask 077
   { echo "admin = $(secret_of broker_admin_password)"
     for s in $services; do echo "$s = $(secret_of "broker_password_$s")"; done; } > "$broker/etc/users.tmp"
   mv "$broker/etc/users.tmp" "$broker/etc/artemis-users.properties"
   { echo "amq = admin"; for s in $services; do echo "$s = $s"; done; } > "$broker/etc/artemis-roles.properties")
  if broker_ready; then say "artemis :$broker_port already running"; return; fi
  say "artemis: starting on :$broker_port"
  setsid nohup "$broker/bin/artemis" run > "$broker_out" 2>&1 < /dev/null &
  echo $! > "$dist/broker.pid"
  local waited=0
  until grep -q 'AMQ221007' "$broker/log/artemis.log" 2>/dev/null && broker_ready; do
    broker_pid >/dev/null || fail "artemis exited; see $(log_of artemis)"
    ((waited >= 90)) && fail "artemis not ready after 90s; see $(log_of artemis)"
    sleep 1; waited=$((waited + 1))
  done
  say "artemis ready (${waited}s)"
}

stop_broker() {
  local pid; pid=$(broker_pid) || return 0
  kill "$pid"; for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$dist/broker.pid"; say "artemis stopped"
}

# --- Liberty servers ----------------------------------------------------------------------------
secret_of() { sed -n "s/^$1=//p" "$secrets"; }

ready() { # server → 0 when its /health/ready answers UP
  curl -sf -m 3 "http://localhost:${port[$1]}/health/ready" 2>/dev/null | grep -q '"status":"UP"'
}

await_ready() { # server, seconds
  local s=$1 limit=$2 waited=0
  until ready "$s"; do
    if ((waited >= limit)); then fail "$s not ready after ${limit}s; see $(log_of "$s")"; fi
    sleep 2; waited=$((waited + 2))
  done
  say "$s ready on :${port[$s]} (${waited}s)"
}

create() { # server: lays out its directory from the sources, the built WARs and the secrets
  local s=$1 dir=$wlp/usr/servers/$1 src; src=$root/liberty-config/src/main/distributed/$(source_of "$1")
  local svc=${src##*/food-}
  mkdir -p "$dir/apps"
  cp "$src/"* "$dir/"
  { echo "# Written by distributed.sh: this server's ports."
    echo "http.port=${port[$s]}"; echo "https.port=$((port[$s] + 400))"; } >> "$dir/bootstrap.properties"
  rm -rf "$dir/includes"
  cp -r "$root/liberty-config/src/main/liberty/config/includes" "$dir/includes"
  cp -r "$root/liberty-config/src/main/distributed/includes" "$dir/includes/distributed"
  # A keystore made with another password (an earlier secrets.env) would not open: Liberty makes a
  # new one at start.
  local keystore=$dir/resources/security/key.p12
  if [[ -f $keystore ]] && ! keytool -list -keystore "$keystore" -storepass "$(secret_of keystore_password)" >/dev/null 2>&1; then
    rm -f "$keystore"
  fi
  if [[ $s == "$hub" ]]; then
    (umask 077
     { echo "# Written by distributed.sh: the hub's credentials."
       echo "KEYSTORE_PASSWORD=$(secret_of keystore_password)"
       echo "DEMO_PASSWORD=$(secret_of demo_password)"
       echo "ADMIN_CENTER_USER=$(secret_of admin_center_user)"
       echo "ADMIN_CENTER_PASSWORD=$(secret_of admin_center_password)"
       echo "ORDER_SERVICE_PASSWORD=$(secret_of service_password_order)" # the provider knows order-war by it
     } > "$dir/server.env")
    cp "$apps/web-war.war" "$dir/apps/"  # the web app's static files
    return
  fi
  if [[ $s == "$standin" ]]; then
    (umask 077; echo "KEYSTORE_PASSWORD=$(secret_of keystore_password)" > "$dir/server.env")
    cp "$apps/standin-war.war" "$dir/apps/"
    return
  fi
  cp "$apps/$svc-war.war" "$dir/apps/"
  (umask 077
   { [[ -f $src/server.env ]] && cat "$src/server.env"
     [[ $svc == order ]] && echo "ORDER_SERVICE_PASSWORD=$(secret_of service_password_order)"
     echo "# Written by distributed.sh: where the engines are, and this service's credentials."
     echo "KEYSTORE_PASSWORD=$(secret_of keystore_password)"
     echo "DB_HOST=127.0.0.1"; echo "DB_PORT=$pg_port"; echo "DB_NAME=food_$svc"; echo "DB_USER=food_$svc"
     echo "DB_PASSWORD=$(secret_of "db_password_$svc")"
     echo "BROKER_HOST=127.0.0.1"; echo "BROKER_PORT=$broker_port"; echo "BROKER_USER=$svc"
     echo "BROKER_PASSWORD=$(secret_of "broker_password_$svc")"
   } > "$dir/server.env")
}

# In a session of its own: a caller that ends its process group (timeout, a CI step, Ctrl+C of a
# script that ran this one) must not take the topology down with it.
launch() { setsid -w "$wlp/bin/server" start "$1" >/dev/null < /dev/null; }

server_running() { "$wlp/bin/server" status "$1" >/dev/null 2>&1; }

start_servers() {
  for s in $servers; do server_running "$s" || create "$s"; done
  # The hub first: every service fetches its token keys from it.
  say "$hub: starting (identity provider, admin center)"
  server_running "$hub" || launch "$hub" || fail "$hub did not start; see $(log_of $hub)"
  await_ready "$hub" 180
  # Second replicas once the first is ready: the first creates the schema and the demo data, and
  # two servers doing that at the same moment on a fresh database would collide.
  local group
  for group in "$first_replicas" "$second_replicas"; do
    say "starting $group"
    local pids=()  # (not a bare wait: the broker is a child of this shell too)
    for s in $group; do { server_running "$s" || launch "$s"; } & pids+=($!); done
    wait "${pids[@]}"
    for s in $group; do await_ready "$s" 300; done
  done
}

stop_servers() {
  local pids=()
  for s in $servers; do { ! server_running "$s" || "$wlp/bin/server" stop "$s" >/dev/null 2>&1; } & pids+=($!); done
  wait "${pids[@]}"; say "servers stopped"
}

# --- nginx --------------------------------------------------------------------------------------
nginx_running() { [[ -f $nginx_prefix/nginx.pid ]] && kill -0 "$(cat "$nginx_prefix/nginx.pid")" 2>/dev/null; }

start_nginx() {
  mkdir -p "$nginx_prefix/logs" "$nginx_prefix/tmp" "$nginx_prefix/conf"
  cp "$root/liberty-config/src/main/nginx/"*.conf "$nginx_prefix/conf/"
  if nginx_running; then nginx -p "$nginx_prefix" -c conf/nginx.conf -s reload; else
    nginx -p "$nginx_prefix" -c conf/nginx.conf 2>>"$nginx_prefix/logs/error.log" || fail "nginx; see $(log_of nginx)"
  fi
  say "gateway (nginx) on http://localhost:8080, internal calls through 127.0.0.1:8081"
}

stop_nginx() {
  nginx_running && nginx -p "$nginx_prefix" -c conf/nginx.conf -s stop 2>/dev/null && say "nginx stopped" || true
}

# --- commands -----------------------------------------------------------------------------------
start() {
  local began=$(date +%s)
  [[ -f $apps/order-war.war ]] || fail "build first: ./mvnw -B -ntp package -DskipTests"
  need_packages
  make_secrets
  start_postgres
  start_broker
  start_servers
  start_nginx
  say "all up in $(($(date +%s) - began))s"
}

stop() {
  stop_nginx
  stop_servers
  stop_broker
  stop_postgres
}

status() {
  local down=0
  row() { # name, port, state, pid
    printf '%-18s %-7s %-9s %-8s %s\n' "$1" ":$2" "$3" "${4:--}" "$(log_of "$1")"
    [[ $3 == ready ]] || down=$((down + 1))
  }
  pid_in() { [[ -f $1 ]] && head -1 "$1"; }
  printf '%-18s %-7s %-9s %-8s %s\n' PROCESS PORT STATE PID LOG
  if pg_ready; then row postgres $pg_port ready "$(pid_in "$pg_data/postmaster.pid")"; else row postgres $pg_port down; fi
  if broker_ready; then row artemis $broker_port ready "$(broker_pid)"; else row artemis $broker_port down; fi
  for s in $servers; do
    local pid; pid=$(pid_in "$wlp/usr/servers/.pid/$s.pid")
    if ready "$s"; then row "$s" "${port[$s]}" ready "$pid"
    elif server_running "$s"; then row "$s" "${port[$s]}" starting "$pid"
    else row "$s" "${port[$s]}" down; fi
  done
  if nginx_running; then row nginx 8080 ready "$(pid_in "$nginx_prefix/nginx.pid")"; else row nginx 8080 down; fi
  ((down == 0))
}

reset() { # the next start begins from empty databases and an empty broker (secrets are kept)
  stop
  rm -rf "$pg_data" "$broker" "$dist/broker.pid"
  say "data removed: the next start creates the databases and the broker afresh"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  reset) reset ;;
  *) echo "usage: $0 start|stop|status|reset"; exit 2 ;;
esac
