#!/usr/bin/env bash
# Writes the secret files docker-compose.yml reads (compose "secrets:"), one random value each, into ./secrets
# (or the directory NETFOCUS_SECRETS_DIR names). Existing files are kept, so running it again changes nothing; delete
# a file to make a new value (then also change it where it is already in use: see docs/operations.md, Deployment).
# The values are hexadecimal: they go into Kafka's JAAS lines and MongoDB's users unquoted and unescaped.
set -euo pipefail
cd "$(dirname "$0")/.."
directory=${NETFOCUS_SECRETS_DIR:-./secrets}
mkdir -p "$directory"
chmod 700 "$directory"

secrets=(
  identity_secret            # the gateway seals caller identities with it, every service checks the seal
  management_token           # the bearer token a Prometheus scraper sends for /actuator/prometheus
  mongodb_root_password      # MongoDB's root user: setting up users and the replica set, operators only
  mongodb_planning_password  # MongoDB user planning-service (readWrite on netfocus-planning)
  mongodb_catalog_password   # MongoDB user events-catalog-service (readWrite on netfocus-catalog)
  mongodb_contact_password   # MongoDB user contact-service (readWrite on netfocus-contacts)
  mongodb_vault_password     # MongoDB user key-vault (readWrite on netfocus-keys, the personal-data keys)
  mongodb_replica_key        # the key the replica set's members authenticate each other with (profile cluster)
  kafka_admin_password       # Kafka SCRAM user admin: brokers among themselves, topics and ACLs, operators
  kafka_controller_password  # Kafka controllers (SASL/PLAIN on the controller listener)
  kafka_planning_password    # Kafka SCRAM user planning-service
  kafka_catalog_password     # Kafka SCRAM user events-catalog-service
  kafka_contact_password     # Kafka SCRAM user contact-service
)
for name in "${secrets[@]}"; do
  file="$directory/$name"
  if [[ ! -e "$file" ]]; then
    (umask 077 && openssl rand -hex 32 > "$file")
    echo "wrote $file"
  fi
done
