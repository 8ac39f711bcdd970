#!/usr/bin/env bash
# The main job on the embedded default: builds Kuzet and serves the demo archive (SQLite, the seed
# reports' incidents) at http://127.0.0.1:8080. Extra arguments go to `kuzet serve` (e.g. --port 9090).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --runtime || echo "demo: pdftotext is missing, so PDF uploads will be refused" >&2
swift build --product kuzet
exec .build/debug/kuzet serve --demo --database kuzet-demo.sqlite "$@"
