#!/bin/bash
# Healthy when this node answers an authenticated API request (as the admin user start-node.sh set up).
exec /opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 \
  --command-config /tmp/netfocus/admin.properties > /dev/null 2>&1
