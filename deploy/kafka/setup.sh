#!/bin/bash
# Creates Netfocus's topics (kafka/topics.conf) and each service's ACLs (kafka/acls.conf) as the admin user, once the
# brokers answer. Safe to run again: existing topics and ACLs stay as they are. Run by docker-compose.yml before the
# services start (they depend on its successful end).
set -euo pipefail
: "${KAFKA_BOOTSTRAP_SERVERS:?}" "${KAFKA_REPLICATION_FACTOR:?}" "${KAFKA_MIN_INSYNC_REPLICAS:?}"

here=$(dirname "$0")
bin=/opt/kafka/bin
umask 077
admin=/tmp/admin.properties
cat > "$admin" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(tr -d '\r\n' < /run/secrets/kafka_admin_password)";
PROPERTIES

until "$bin/kafka-topics.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --list > /dev/null; do
  echo "waiting for Kafka at $KAFKA_BOOTSTRAP_SERVERS"
  sleep 2
done

grep -v '^\s*#' "$here/topics.conf" | while read -r topic partitions settings; do
  [[ -z "$topic" ]] && continue
  configs=(--config "min.insync.replicas=$KAFKA_MIN_INSYNC_REPLICAS")
  for setting in $settings; do
    configs+=(--config "$setting")
  done
  "$bin/kafka-topics.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --create \
    --if-not-exists --topic "$topic" --partitions "$partitions" --replication-factor "$KAFKA_REPLICATION_FACTOR" \
    "${configs[@]}"
done

grep -v '^\s*#' "$here/acls.conf" | while read -r user operation resource name; do
  [[ -z "$user" ]] && continue
  "$bin/kafka-acls.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --add \
    --allow-principal "User:$user" --operation "$operation" "--$resource" "$name" > /dev/null
done
echo "topics and ACLs are in place"
