#!/bin/bash
# One KRaft node of Netfocus's Kafka (broker and controller in one process), run by docker-compose.yml in the
# apache/kafka image. Clients and brokers authenticate with SASL/SCRAM-SHA-512 on BROKER (9092), the nodes with their
# controllers with SASL/PLAIN on CONTROLLER (9093: KRaft controllers take no SCRAM); the standard authorizer allows
# only what kafka/acls.conf lists. The SCRAM users are written into the metadata when the storage is
# formatted, on the first start: their passwords come from the secret files, never from the environment.
set -euo pipefail

secret() { tr -d '\r\n' < "/run/secrets/$1"; }

: "${KAFKA_NODE_ID:?}" "${KAFKA_QUORUM_VOTERS:?}" "${KAFKA_CLUSTER_ID:?}" "${KAFKA_ADVERTISED_HOST:?}"
: "${KAFKA_REPLICATION_FACTOR:?}" "${KAFKA_MIN_INSYNC_REPLICAS:?}"

work=/tmp/netfocus
umask 077
mkdir -p "$work"
admin_password=$(secret kafka_admin_password)
controller_password=$(secret kafka_controller_password)

cat > "$work/server.properties" <<PROPERTIES
process.roles=broker,controller
node.id=${KAFKA_NODE_ID}
controller.quorum.voters=${KAFKA_QUORUM_VOTERS}
listeners=BROKER://:9092,CONTROLLER://:9093
advertised.listeners=BROKER://${KAFKA_ADVERTISED_HOST}:9092
listener.security.protocol.map=BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=BROKER
controller.listener.names=CONTROLLER
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
sasl.mechanism.controller.protocol=PLAIN
listener.name.broker.sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.broker.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${admin_password}";
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="${controller_password}" user_controller="${controller_password}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:controller
allow.everyone.if.no.acl.found=false
auto.create.topics.enable=false
unclean.leader.election.enable=false
default.replication.factor=${KAFKA_REPLICATION_FACTOR}
min.insync.replicas=${KAFKA_MIN_INSYNC_REPLICAS}
offsets.topic.replication.factor=${KAFKA_REPLICATION_FACTOR}
transaction.state.log.replication.factor=${KAFKA_REPLICATION_FACTOR}
transaction.state.log.min.isr=${KAFKA_MIN_INSYNC_REPLICAS}
share.coordinator.state.topic.replication.factor=${KAFKA_REPLICATION_FACTOR}
log.dirs=/var/lib/kafka/data
PROPERTIES

# the admin client settings the health check and kafka/setup.sh use
cat > "$work/admin.properties" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${admin_password}";
PROPERTIES

scram_users=()
for user_and_secret in admin:kafka_admin_password planning-service:kafka_planning_password \
    events-catalog-service:kafka_catalog_password contact-service:kafka_contact_password; do
  user=${user_and_secret%%:*}
  scram_users+=(--add-scram "SCRAM-SHA-512=[name=${user},password=$(secret "${user_and_secret#*:}")]")
done
/opt/kafka/bin/kafka-storage.sh format --config "$work/server.properties" --cluster-id "$KAFKA_CLUSTER_ID" \
  --ignore-formatted "${scram_users[@]}" > /dev/null

exec /opt/kafka/bin/kafka-server-start.sh "$work/server.properties"
