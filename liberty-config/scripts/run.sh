#!/usr/bin/env bash
# Starts the whole platform (embedded default) in the foreground on http://localhost:9080:
# one Open Liberty server with all five WARs, the messaging engine, Derby and the identity
# provider. Ctrl+C stops it. Works from a fresh clone with nothing but JDK 17.
#
# The first start builds and assembles the server (Maven). A later start on an unchanged tree
# skips the build and starts the assembled server directly; any change to a tracked or new
# file (or --rebuild) builds again. Documentation (*.md, docs/), CI and these scripts (.ci/,
# liberty-config/scripts/) are no input of the build, so editing them does not.
set -euo pipefail
cd "$(dirname "$0")/../.."

server_dir=liberty-config/target/liberty/wlp/usr/servers/food
stamp=liberty-config/target/run-sources.sha1

sources_fingerprint() { # every file of the project a build reads, by content
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard -- . ':!:*.md' ':!:docs/' ':!:.ci/' ':!:liberty-config/scripts/' | xargs -0 sha1sum 2>/dev/null
  else
    find . -path '*/target' -prune -o -path ./.git -prune -o -path ./docs -prune -o -path ./.ci -prune -o -path ./liberty-config/scripts -prune \
      -o -type f ! -name '*.md' -print0 | sort -z | xargs -0 sha1sum
  fi | sha1sum | cut -d' ' -f1
}

fingerprint=$(sources_fingerprint)
if [[ ${1:-} != --rebuild && -d $server_dir/apps && -f $stamp && $(cat "$stamp") == "$fingerprint" ]]; then
  echo "== nothing changed since the last build: starting the assembled server (--rebuild to build anyway)"
else
  echo "== building the WARs and assembling the server"
  ./mvnw -B -ntp package -DskipTests  # the reactor hands each WAR to the assembly: no install needed
  echo "$fingerprint" >"$stamp"
fi

exec liberty-config/target/liberty/wlp/bin/server run food
