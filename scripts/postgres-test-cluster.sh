#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for tests and benchmarks.
#
#   scripts/postgres-test-cluster.sh start [DIR]   creates and starts a cluster, prints its postgres:// URL
#   scripts/postgres-test-cluster.sh stop  [DIR]   stops it and deletes its data
#
# DIR defaults to $KUZET_PG_DIR or /tmp/kuzet-pg. The server runs as an unprivileged user (the
# current one, or `nobody` when run as root) and listens on 127.0.0.1 only, on a free port.
# The test suite reads the URL from KUZET_TEST_POSTGRES_URL:
#   export KUZET_TEST_POSTGRES_URL="$(scripts/postgres-test-cluster.sh start)"
set -euo pipefail

action="${1:-}"
dir="${2:-${KUZET_PG_DIR:-/tmp/kuzet-pg}}"
bindir="${PG_BINDIR:-}"
if [ -z "$bindir" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/initdb" ] && bindir="$candidate"; done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "error: PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2
    exit 1
fi

run_as() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "$action" in
start)
    if [ -f "$dir/url" ] && run_as "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        cat "$dir/url"
        exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown nobody "$dir"
    chmod 700 "$dir"
    password="kuzet-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown nobody "$dir/pwfile"
    run_as "$bindir/initdb" -D "$dir/data" -U kuzet --pwfile="$dir/pwfile" -A scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    port="$(free_port)"
    # A throwaway cluster need not survive a power cut; KUZET_PG_DURABLE=1 keeps the defaults (for benchmarks).
    speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${KUZET_PG_DURABLE:-0}" = 1 ] && speed=""
    run_as "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $dir -c max_connections=400 $speed" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    PGPASSWORD="$password" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U kuzet kuzet
    url="postgres://kuzet:$password@127.0.0.1:$port/kuzet"
    printf '%s\n' "$url" > "$dir/url"
    echo "$url"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        run_as "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop [DIR]" >&2
    exit 2
    ;;
esac
