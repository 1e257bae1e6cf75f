#!/usr/bin/env bash
# The project's test command (see README.md): builds every module and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify "$@"
