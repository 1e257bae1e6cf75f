#!/usr/bin/env bash
# The project's test command (see README.md): starts what the tests need (a RabbitMQ broker on
# localhost, installed if missing and possible), builds every module and runs every test, installs
# the artifacts into the local Maven repository, then builds and runs the embedding sample
# (samples/embedding, a project outside the reactor) against them by their coordinates.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${EXCHANGEKIT_RABBITMQ_URI:-}" ]; then
  scripts/rabbitmq.sh start
fi
mvn -B -ntp install "$@"
mvn -B -ntp -f samples/embedding/pom.xml verify
