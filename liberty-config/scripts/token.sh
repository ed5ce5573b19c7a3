#!/usr/bin/env bash
# Prints a bearer token for a demo user (password "password", or FOOD_DEMO_PASSWORD), e.g.:
#   TOKEN=$(liberty-config/scripts/token.sh customer1)
set -euo pipefail
user=${1:?usage: token.sh USER [BASE_URL]}
base=${2:-${FOOD_BASE_URL:-http://localhost:9080}}
curl -sf -X POST "$base/oidc/endpoint/food/token" \
  -d grant_type=password -d client_id=food-app -d "username=$user" -d "password=${FOOD_DEMO_PASSWORD:-password}" |
  sed -E 's/.*"access_token":"([^"]+)".*/\1/'
