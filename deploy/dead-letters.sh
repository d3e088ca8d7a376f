#!/usr/bin/env bash
# Lists dead-lettered events, or replays them to the topic they came from (see docs/adr/0014).
#   deploy/dead-letters.sh list
#   deploy/dead-letters.sh replay golive.cutover.v1.dlq.weekend-testing [--id <CloudEvents id>]
# GOLIVE_KAFKA=host:port names the broker (default: the local platform's, 127.0.0.1:9092).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ ! -f deploy/local/target/classpath.txt || ! -d deploy/local/target/classes ]]; then
  mvn -B -q -pl deploy/local -am package -DskipTests
fi
exec java -cp "deploy/local/target/classes:$(cat deploy/local/target/classpath.txt)" dev.golive.local.DeadLetters "$@"
