#!/usr/bin/env bash
# Starts the whole platform (embedded default) in the foreground on http://localhost:9080:
# one Open Liberty server with all five WARs, the messaging engine, Derby and the identity
# provider. Ctrl+C stops it. Works from a fresh clone with nothing but JDK 17.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp install -DskipTests
exec ./mvnw -B -ntp -pl liberty-config liberty:run
