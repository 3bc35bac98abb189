#!/usr/bin/env bash
# Builds what is needed and starts the whole Netfocus suite on this machine (local-stack's launcher).
# Embedded by default (a real KRaft Kafka broker and the MongoDB wire server, data in ./.netfocus-data);
# set MONGODB_URI and/or KAFKA_BOOTSTRAP_SERVERS to use servers of your own instead.
# Ctrl-C stops everything. Pass --no-build (first) to skip the Maven build; --instances N starts N instances of each
# service behind the gateway, --kafka-brokers N an embedded KRaft cluster of N brokers, each its own process.
set -euo pipefail
cd "$(dirname "$0")"
if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  echo "Building (mvn -DskipTests package)..."
  mvn -B -q -DskipTests package
fi
launcher=$(ls local-stack/target/local-stack-*-exec.jar)
exec java -Dnetfocus.project-root="$PWD" -jar "$launcher" "$@"
