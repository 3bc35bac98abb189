#!/usr/bin/env bash
# The benchmark (not part of `mvn verify`). Builds what it needs, starts the whole suite as run-local.sh's launcher
# does (embedded MongoDB wire server and KRaft Kafka, or MONGODB_URI / KAFKA_BOOTSTRAP_SERVERS), drives a synthetic
# org through the gateway and directly, measures the raw limits on the same servers, and writes
# benchmarks/results/benchmark-<UTC time>.{json,md} and latest.{json,md}.
#   ./benchmark.sh [--no-build] [--reps 400 --teams 20 --clients 16 ...]   (./benchmark.sh --help for every flag)
#   ./benchmark.sh [--no-build] micro [JMH options]                          (JMH: SMART assessment, recommendations)
#   ./benchmark.sh [--no-build] soak [--minutes 10] [--rate R]                (memory, errors, lag over time)
set -euo pipefail
cd "$(dirname "$0")"
if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  echo "Building (mvn -DskipTests package -pl benchmarks -am)..."
  mvn -B -q -DskipTests package -pl benchmarks -am
fi
jar=$(ls benchmarks/target/benchmarks-*.jar | head -1)
classpath="$jar:$(cat benchmarks/target/classpath.txt)"
# the local profile logs the services at DEBUG; a benchmark measures them at INFO, as deployed
export LOGGING_LEVEL_COM_NETFOCUS="${LOGGING_LEVEL_COM_NETFOCUS:-INFO}"
# the gateway's per-user rate limit guards against one user's abuse; here a few synthetic users carry the whole load,
# so it is lifted (the filter still runs on every request, and its cost is measured)
export RATE_LIMIT_USER_CAPACITY="${RATE_LIMIT_USER_CAPACITY:-1000000}"
export RATE_LIMIT_USER_REFILL_PER_SECOND="${RATE_LIMIT_USER_REFILL_PER_SECOND:-1000000}"
# likewise per client address: all 400 synthetic reps fetch their dev token from this one address
export RATE_LIMIT_ADDRESS_CAPACITY="${RATE_LIMIT_ADDRESS_CAPACITY:-1000000}"
export RATE_LIMIT_ADDRESS_REFILL_PER_SECOND="${RATE_LIMIT_ADDRESS_REFILL_PER_SECOND:-1000000}"
if [[ "${1:-}" == "micro" ]]; then
  shift
  mkdir -p benchmarks/results
  out="benchmarks/results/micro-$(date -u +%Y%m%d-%H%M%S).json"
  java -cp "$classpath" org.openjdk.jmh.Main -f 1 -wi 3 -w 1s -i 5 -r 1s -rf json -rff "$out" "$@" \
    'com\.netfocus\.benchmarks\.micro\..*Benchmark.*'
  exec java -cp "$classpath" com.netfocus.benchmarks.micro.MicroReport "$out" benchmarks/results
fi
main=com.netfocus.benchmarks.BenchmarkMain
if [[ "${1:-}" == "soak" ]]; then
  shift
  main=com.netfocus.benchmarks.soak.SoakMain
fi
exec java ${BENCHMARK_JAVA_OPTS:-} -Dnetfocus.project-root="$PWD" -cp "$classpath" "$main" "$@"
