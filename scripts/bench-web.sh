#!/usr/bin/env bash
# Load test of the web application on loopback with wrk: the demo archive grown to N incidents
# (default 1,000,000), then requests/s and latency for the incident list page, an incident page
# and the search API, and the server's resident memory. Prints figures; asserts nothing.
#   scripts/bench-web.sh [INCIDENTS] [DURATION_SECONDS]
# KUZET_BENCH_DATABASE serves an archive that exists already instead (a path or a postgres:// URL, e.g. the
# database `kuzet bench archive --reuse` keeps).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE="${1:-1000000}"
DURATION="${2:-20}"
command -v wrk >/dev/null || { apt-get update -q >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }

# KUZET_BIN: a release kuzet built already (a first release build takes ~15 min on 2 cores).
if [ -z "${KUZET_BIN:-}" ]; then
    swift build -c release --product kuzet
    KUZET_BIN="$(swift build -c release --show-bin-path)/kuzet"
fi
BIN="$KUZET_BIN"
WORK="${KUZET_BENCH_DIR:-$(mktemp -d)}"
DB="${KUZET_BENCH_DATABASE:-$WORK/bench-$SIZE.sqlite}"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

if [ -z "${KUZET_BENCH_DATABASE:-}" ] && [ ! -f "$DB" ]; then
    echo "Building the demo archive grown to $SIZE incidents in $DB …"
    # serve --demo once to load the demo records, then grow.
    KUZET_DEMO_PASSWORD="bench-password-not-used" "$BIN" serve --demo --database "$DB" --port "$PORT" >"$WORK/demo.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
    kill "$PID"; wait "$PID" 2>/dev/null || true
    /usr/bin/time -f "grow: %e s, max RSS %M kB" "$BIN" bench grow --database "$DB" --incidents "$SIZE"
fi

"$BIN" serve --database "$DB" --host 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done

BASE="http://127.0.0.1:$PORT"
INCIDENT="$(curl -sf "$BASE/api/v1/incidents?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["incidents"][0]["id"])')"
# Random incident pages: ids like the newest one's, its number replaced.
ID_PREFIX="$(echo "$INCIDENT" | sed -E 's/[0-9]+$//')"
echo "server pid $SERVER, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
rss() { awk '/VmRSS/ {print $2/1024 " MB"}' "/proc/$SERVER/status"; }
echo "RSS after start: $(rss)"
# Anonymous pages are kept while the archive is unchanged, so the list and the one incident page mostly
# measure that cache. Random incident pages (few repeats among SIZE) measure rendering from the archive.
cat >"$WORK/random-incident.lua" <<LUA
math.randomseed(20160517)
request = function() return wrk.format("GET", "/incidents/$ID_PREFIX" .. math.random(100, $SIZE - 1)) end
LUA
measure() {  # TARGET [wrk options...]
    local target="$1"; shift
    echo
    echo "== GET $target ($DURATION s, 2 threads, 32 connections)"
    wrk -t2 -c32 -d"${DURATION}s" --latency "$@" | grep -E "Requests/sec|Latency  |  50%|  99%|Non-2xx|Socket errors"
    echo "RSS: $(rss)"
}
for target in "/incidents" "/incidents/$INCIDENT"; do
    curl -sf -o /dev/null "$BASE$target"  # warm
    measure "$target" "$BASE$target"
done
measure "/incidents/$ID_PREFIX<random> (rendered, hardly ever cached)" -s "$WORK/random-incident.lua" "$BASE"
# Last, as requests that time out keep the server busy for a while.
curl -sf -o /dev/null "$BASE/api/v1/search?q=court"
measure "/api/v1/search?q=court" "$BASE/api/v1/search?q=court"
