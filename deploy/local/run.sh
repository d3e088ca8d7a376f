#!/usr/bin/env bash
# Starts Golive on this machine: builds what is needed, then runs Kafka, PostgreSQL,
# Keycloak and the services, prints where to reach them, and stops them all on Ctrl-C.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# package, not install: the local platform runs from the build folders and leaves ~/.m2 alone.
mvn -B -q package -DskipTests
exec java -Dlog4j2.shutdownHookEnabled=false -Dgolive.repo.root="$root" -Dgolive.local.logs="$root/.golive/logs" \
  -cp "deploy/local/target/classes:$(cat deploy/local/target/classpath.txt)" dev.golive.local.GoliveLocal
