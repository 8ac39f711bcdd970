#!/usr/bin/env bash
# The browser tests (scripts/browser_test.py) against the web application on PostgreSQL: starts a throwaway
# cluster of its own (scripts/postgres-test-cluster.sh), serves the demo on its empty database on a free loopback
# port, runs the checks, then stops the server and removes the cluster.
#   scripts/browser-test-postgres.sh             builds kuzet (debug) first
#   KUZET_BIN=path/to/kuzet scripts/browser-test-postgres.sh   uses that binary
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromedriver >/dev/null || ! command -v chromium >/dev/null; then
    echo "Installing chromium and chromium-driver…"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null
fi
python3 -c "import selenium" 2>/dev/null || pip install -q selenium

BIN="${KUZET_BIN:-}"
if [ -z "$BIN" ]; then
    swift build --product kuzet
    BIN="$(swift build --show-bin-path)/kuzet"
fi

WORK="$(mktemp -d)"
PGDIR="/tmp/kuzet-pg-browser-$$"  # not under $WORK: the server runs as another user when run as root
URL="$(scripts/postgres-test-cluster.sh start "$PGDIR")"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
export KUZET_DEMO_PASSWORD="browser-test-$(date +%s)-pw"
"$BIN" serve --demo --database "$URL" --host 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
cleanup() {
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    scripts/postgres-test-cluster.sh stop "$PGDIR" || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for _ in $(seq 1 300); do
    if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$PORT/health', timeout=1)" 2>/dev/null; then break; fi
    if ! kill -0 "$SERVER" 2>/dev/null; then echo "the server stopped:"; cat "$WORK/server.log"; exit 1; fi
    sleep 0.2
done

mkdir -p out/screenshots-postgres
SEED="$(ls ../shared/seeds/*.txt 2>/dev/null | head -n 1 || true)"
python3 scripts/browser_test.py --base "http://127.0.0.1:$PORT" --user demo-admin --password "$KUZET_DEMO_PASSWORD" \
    --screenshots out/screenshots-postgres ${SEED:+--report "$SEED"}
