#!/usr/bin/env bash
# The project's test command (see README.md): starts what the tests need (a RabbitMQ broker on
# localhost, installed if missing and possible), then builds every module and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${EXCHANGEKIT_RABBITMQ_URI:-}" ]; then
  scripts/rabbitmq.sh start
fi
mvn -B -ntp verify "$@"
