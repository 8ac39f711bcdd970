#!/usr/bin/env bash
# Runs every test: the Swift suites (against memory, SQLite and a throwaway PostgreSQL cluster),
# the extraction evaluation on the dev set, and the browser tests in headless Chromium.
#   scripts/test.sh           everything
#   scripts/test.sh --quick   the Swift suites only, without PostgreSQL or a browser
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
[ "${1:-}" = "--quick" ] && quick=true

if ! $quick; then scripts/install-deps.sh; fi

echo "== build"
swift build --build-tests 2>&1 | grep -E "error|warning: unre|Compiling|Build" | grep -v "^\[" || true
swift build --build-tests >/dev/null

cleanup() { :; }
trap 'cleanup' EXIT
if ! $quick && [ -x scripts/postgres-test-cluster.sh ]; then
  echo "== PostgreSQL test cluster"
  KUZET_TEST_POSTGRES_URL=$(scripts/postgres-test-cluster.sh start)
  export KUZET_TEST_POSTGRES_URL
  cleanup() { scripts/postgres-test-cluster.sh stop || true; }
fi

echo "== swift test"
log=$(mktemp)
# (The suites write their archives, exports and folders to the temporary directory and leave them, about 700 files a run:
# they get a folder of their own, removed afterwards.)
scratch=$(mktemp -d)
set +e
TMPDIR="$scratch" swift test --skip-build 2>&1 | tee "$log" | grep -E "✘|error:|Test run with|recorded an issue"
status=${PIPESTATUS[0]}
set -e
rm -rf "$scratch"
if [ "$status" -ne 0 ]; then
  echo "swift test failed (exit $status); the full log follows" >&2
  grep -E "✘|error|Expectation failed" "$log" | head -50 >&2
  exit "$status"
fi

if ! $quick; then
  if [ ! -f "${KUZET_SHARED:-../shared}/eval/score.py" ]; then
    # (The scoring needs the shared folder's scorer and dev set; without it beside the clone, it is skipped, as the tests
    # that read the seed reports are.)
    echo "== extraction scoring skipped: ${KUZET_SHARED:-../shared}/eval not found (put the shared folder beside the clone)"
  elif [ -x scripts/eval-extract.sh ]; then
    echo "== extraction on the dev set"
    scripts/eval-extract.sh
    echo "== extraction on our own reports (eval/own)"
    scripts/eval-own.sh | tail -3
  fi
  if [ -x scripts/browser-test.sh ]; then
    echo "== browser tests"
    scripts/browser-test.sh
  fi
  if [ -x scripts/browser-test-postgres.sh ]; then
    echo "== browser tests on PostgreSQL"
    scripts/browser-test-postgres.sh
  fi
fi

passed=$(grep -oE "Test run with [0-9]+ tests" "$log" | grep -oE "[0-9]+" | tail -1)
echo "swift: ${passed:-0} passed, 0 failed"
