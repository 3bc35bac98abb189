#!/bin/bash
# Starts a member of the MongoDB replica set (docker-compose.yml, profile cluster) through the image's own entrypoint.
# mongod refuses a key file that others may read, and secret files keep the host's modes: it uses a private copy.
set -euo pipefail
install -m 400 -o mongodb -g mongodb /run/secrets/mongodb_replica_key /tmp/replica.key
exec docker-entrypoint.sh "$@"
