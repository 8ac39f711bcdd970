#!/usr/bin/env bash
# The browser tests (scripts/browser-test.sh) against the web application on PostgreSQL: starts a throwaway
# cluster of its own (scripts/postgres-test-cluster.sh), lets browser-test.sh serve the demo on its empty
# database, then removes the cluster. Screenshots go to out/screenshots-postgres/.
set -euo pipefail
cd "$(dirname "$0")/.."

PGDIR="/tmp/kuzet-pg-browser-$$"  # not under a mktemp folder: the server runs as another user when run as root
URL="$(scripts/postgres-test-cluster.sh start "$PGDIR")"
trap 'scripts/postgres-test-cluster.sh stop "$PGDIR" || true' EXIT
KUZET_BROWSER_DATABASE="$URL" KUZET_BROWSER_SHOTS=out/screenshots-postgres scripts/browser-test.sh
