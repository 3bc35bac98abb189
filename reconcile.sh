#!/usr/bin/env bash
# Compares, per plan, the event store, the Kafka topic netfocus.plan-events and every projection of plan events,
# and prints each difference. Exit code 0: they agree; 1: they differ; 2: a store could not be read.
# Same servers as run-local.sh: MONGODB_URI (default mongodb://localhost:27017), KAFKA_BOOTSTRAP_SERVERS
# (default localhost:9092). Flags: --json, --planning-db=, --catalog-db=, --contact-db=, --topic=, --timeout-seconds=,
# and --no-build (first) to skip the build.
set -euo pipefail
cd "$(dirname "$0")"
if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  mvn -B -q -DskipTests -pl reconciliation -am package >&2
fi
NETFOCUS_MONGO_PORT=${NETFOCUS_MONGO_PORT:-27017}
NETFOCUS_KAFKA_PORT=${NETFOCUS_KAFKA_PORT:-9092}
export MONGODB_URI=${MONGODB_URI:-mongodb://localhost:$NETFOCUS_MONGO_PORT}
export KAFKA_BOOTSTRAP_SERVERS=${KAFKA_BOOTSTRAP_SERVERS:-localhost:$NETFOCUS_KAFKA_PORT}
tool=$(ls reconciliation/target/reconciliation-*-exec.jar)
exec java -jar "$tool" "$@"
