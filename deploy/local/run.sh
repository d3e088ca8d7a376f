#!/usr/bin/env bash
# Starts Golive on this machine: builds what is needed, then runs Kafka, PostgreSQL, an SMTP
# server, Keycloak and the services, seeds a demo cutover, prints where to reach everything and
# stops it all on Ctrl-C. Data stays in .golive/ between runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mkdir -p .golive
stamp=.golive/build-stamp

# The build is skipped when nothing under pom.xml, services/ or deploy/ changed since the last
# successful one and every runnable jar is there; GOLIVE_BUILD=always forces it.
needs_build() {
  [[ "${GOLIVE_BUILD:-}" == always ]] && return 0
  [[ -f "$stamp" && -f deploy/local/target/classpath.txt ]] || return 0
  local module
  for module in $(sed -n 's|.*<module>\(services/[^<]*\)</module>.*|\1|p' pom.xml); do
    if grep -q quarkus-maven-plugin "$module/pom.xml" && [[ ! -f "$module/target/quarkus-app/quarkus-run.jar" ]]; then
      return 0
    fi
  done
  [[ -n "$(find pom.xml services deploy -path '*/target' -prune -o -type f -newer "$stamp" -print -quit)" ]]
}

if needs_build; then
  echo "Golive: building (mvn package -DskipTests; the first time also downloads the dependencies)"
  touch "$stamp.next"
  # package, not install: the local platform runs from the build folders and leaves ~/.m2 alone.
  # (Some Maven builds print colour resets even in batch mode: strip them.)
  mvn -B -q package -DskipTests 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g'
  mv "$stamp.next" "$stamp"
else
  echo "Golive: build up to date (GOLIVE_BUILD=always deploy/local/run.sh rebuilds)"
fi

exec java -Dlog4j2.shutdownHookEnabled=false -Dgolive.repo.root="$root" -Dgolive.local.logs="$root/.golive/logs" \
  -cp "deploy/local/target/classes:$(cat deploy/local/target/classpath.txt)" dev.golive.local.GoliveLocal
