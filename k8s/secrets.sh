#!/usr/bin/env bash
# Prints k8s/secrets.yaml with every empty value filled: each credential from its FOOD_* variable
# when given (the names distributed.sh reads: FOOD_DB_PASSWORD_ORDER, FOOD_BROKER_PASSWORD_ORDER,
# ..., FOOD_BROKER_ADMIN_PASSWORD, FOOD_DB_SUPERUSER_PASSWORD, FOOD_KEYSTORE_PASSWORD,
# FOOD_DEMO_PASSWORD, FOOD_ADMIN_CENTER_PASSWORD, FOOD_SERVICE_PASSWORD_ORDER, FOOD_KAKAO_API_KEY,
# FOOD_ACQUIRER_API_KEY), otherwise generated; the broker's JAAS users
# from the services' broker passwords; the hub's keystore (key.p12, the token signing key) made
# with keytool. Apply it once, keep it out of the repository:
#   k8s/secrets.sh | kubectl apply -f -
# Refuses the contract's demo password "password" for every value, the demo users' included (theirs
# is generated too unless FOOD_DEMO_PASSWORD is given): "password" is the embedded default's only.
set -euo pipefail
cd "$(dirname "$0")"
services="order kitchen delivery payment notification"
gen() { od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }
declare -A value
given() { # variable, Secret/key: the variable's value, or a new one
  local v=${!1:-}; [[ -n $v ]] || v=$(gen)
  [[ $v != password ]] || { echo "secrets.sh: $1 must not be the demo password 'password' (the embedded default's only)" >&2; exit 1; }
  value[$2]=$v
}
given FOOD_BROKER_ADMIN_PASSWORD food-broker-credentials-secret/AMQ_PASSWORD
users="admin = ${value[food-broker-credentials-secret/AMQ_PASSWORD]}"
for s in $services; do
  given "FOOD_DB_PASSWORD_${s^^}" "food-$s-db/password"
  given "FOOD_BROKER_PASSWORD_${s^^}" "food-$s-broker/password"
  users+=$'\n'"$s = ${value[food-$s-broker/password]}"
done
value[food-broker-jaas-config/users.properties]=$users
given FOOD_DB_SUPERUSER_PASSWORD food-db-superuser/password
given FOOD_KEYSTORE_PASSWORD food-keystore/password
given FOOD_DEMO_PASSWORD food-hub-users/demo-password
given FOOD_ADMIN_CENTER_PASSWORD food-hub-users/admin-center-password
given FOOD_SERVICE_PASSWORD_ORDER food-service/order-password
given FOOD_KAKAO_API_KEY food-external-systems/kakao-api-key
given FOOD_ACQUIRER_API_KEY food-external-systems/acquirer-api-key
store=$(mktemp -d); trap 'rm -rf "$store"' EXIT
keytool -genkeypair -alias default -keyalg RSA -keysize 2048 -validity 3650 -dname CN=food-hub \
  -storetype PKCS12 -keystore "$store/key.p12" -storepass "${value[food-keystore/password]}" >/dev/null 2>&1
value[food-keystore/key.p12]=$(base64 -w0 "$store/key.p12")

name=""
while IFS= read -r line; do
  [[ $line == ---* ]] && name=""
  if [[ -z $name && $line =~ ^\ \ name:\ (.+)$ ]]; then name=${BASH_REMATCH[1]}; fi
  if [[ $line =~ ^\ \ ([A-Za-z0-9._-]+):\ \"\"$ ]]; then
    key=${BASH_REMATCH[1]}
    [[ -n ${value[$name/$key]:-} ]] || { echo "secrets.sh: no value for $name/$key" >&2; exit 1; }
    if [[ ${value[$name/$key]} == *$'\n'* ]]; then
      echo "  $key: |"; sed 's/^/    /' <<<"${value[$name/$key]}"
    else
      echo "  $key: \"${value[$name/$key]}\""
    fi
  else
    echo "$line"
  fi
done < secrets.yaml
