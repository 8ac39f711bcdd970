#!/usr/bin/env bash
# Drives real headless Chromium through the main jobs of the web application.
# Installs chromium, chromium-driver (Debian) and selenium (PyPI) when missing, builds kuzet,
# serves the demo on a free loopback port with a throwaway database, runs scripts/browser_test.py
# and writes screenshots to out/screenshots/.
#   KUZET_BROWSER_DATABASE=postgres://…  serve on that (empty) database instead of a throwaway SQLite file
#   KUZET_BROWSER_SHOTS=DIR              write the screenshots there
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromedriver >/dev/null || ! command -v chromium >/dev/null; then
    echo "Installing chromium and chromium-driver…"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null
fi
python3 -c "import selenium" 2>/dev/null || pip install -q selenium

swift build --product kuzet
BIN="$(swift build --show-bin-path)/kuzet"

WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
export KUZET_DEMO_PASSWORD="browser-test-$(date +%s)-pw"
"$BIN" serve --demo --database "${KUZET_BROWSER_DATABASE:-$WORK/kuzet.sqlite}" --host 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
cleanup() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

for _ in $(seq 1 300); do  # up to a minute: loading the demo into PostgreSQL takes longer
    if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$PORT/health', timeout=1)" 2>/dev/null; then break; fi
    if ! kill -0 "$SERVER" 2>/dev/null; then echo "the server stopped:"; cat "$WORK/server.log"; exit 1; fi
    sleep 0.2
done

SHOTS="${KUZET_BROWSER_SHOTS:-out/screenshots}"
mkdir -p "$SHOTS"
SEED="$(ls ../shared/seeds/*.txt 2>/dev/null | head -n 1 || true)"
python3 scripts/browser_test.py --base "http://127.0.0.1:$PORT" --user demo-admin --password "$KUZET_DEMO_PASSWORD" \
    --screenshots "$SHOTS" ${SEED:+--report "$SEED"}
