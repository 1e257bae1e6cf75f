#!/usr/bin/env bash
# Makes sure a RabbitMQ broker answers on localhost:5672 (guest/guest, loopback only).
# Usage: scripts/rabbitmq.sh [start|stop|status]. Installs Debian's rabbitmq-server when it is
# missing and the script runs as root with apt-get available; otherwise says what to do.
set -euo pipefail
cmd=${1:-start}

running() { rabbitmqctl -q status >/dev/null 2>&1; }

install() {
  if command -v rabbitmq-server >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "rabbitmq: installing Debian's rabbitmq-server" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  else
    echo "rabbitmq: rabbitmq-server is not installed; install it (e.g. apt-get install rabbitmq-server)" \
      "or start a broker on localhost:5672, or set EXCHANGEKIT_RABBITMQ_URI" >&2
    exit 1
  fi
}

case "$cmd" in
  start)
    install
    if running; then echo "rabbitmq: already running" >&2; exit 0; fi
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    rabbitmq-server -detached >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do
      if rabbitmqctl -q await_startup >/dev/null 2>&1; then echo "rabbitmq: started" >&2; exit 0; fi
      sleep 1
    done
    echo "rabbitmq: did not start within 60 s" >&2
    exit 1
    ;;
  stop)
    running && rabbitmqctl -q stop >/dev/null 2>&1 || true
    ;;
  status)
    running && echo running || { echo stopped; exit 1; }
    ;;
  *)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac
