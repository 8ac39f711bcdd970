#!/usr/bin/env bash
# Installs the Debian and PyPI packages Kuzet's tools and tests use, only those missing.
#   scripts/install-deps.sh            everything the tests need
#   scripts/install-deps.sh --runtime  only what `kuzet serve` and `kuzet import` need (pdftotext, libxml2)
set -euo pipefail

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# Foundation's XML parser (Excel workbooks) links libxml2.
ldconfig -p 2>/dev/null | grep -q 'libxml2\.so\.2' || need+=(libxml2)
if [ "${1:-}" != "--runtime" ]; then
  [ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
  command -v wrk >/dev/null 2>&1 || need+=(wrk)
fi

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing ${need[*]}; run as root or install them with apt-get" >&2
    exit 1
  fi
  echo "install-deps: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ "${1:-}" != "--runtime" ]; then
  python3 -c 'import selenium' 2>/dev/null || python3 -m pip install -q selenium
fi
