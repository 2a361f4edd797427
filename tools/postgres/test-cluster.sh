#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: its own folder, its own unix socket, no TCP port, trust for its one
# user, no fsync. Several runs (and other people's test runs) never meet.
#   test-cluster.sh start DIR   → prints the Npgsql connection string of its "postgres" database
#   test-cluster.sh stop DIR    → stops it and removes DIR
# Uses Debian's PostgreSQL (/usr/lib/postgresql/<version>/bin); installs it (apt-get install postgresql) when missing
# and run as root, and otherwise fails saying what to install. As root the cluster runs as the "postgres" user, because
# PostgreSQL refuses to run as root.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

find_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_owner() {
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    bin=$(find_bin)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
            echo "test-cluster.sh: installing Debian's postgresql for the PostgreSQL tests..." >&2
            apt-get update -qq >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
            bin=$(find_bin)
        fi
    fi
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "test-cluster.sh: the PostgreSQL tests need PostgreSQL's server binaries (initdb, pg_ctl). Install them: sudo apt-get install -y postgresql" >&2
        exit 1
    fi

    mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then
        chown postgres: "$dir"
    fi
    # C.UTF-8: text sorts by code point, as SQLite's default collation does.
    as_owner "$bin/initdb" -D "$dir/data" -U devconnect --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; echo "test-cluster.sh: initdb failed (log above)" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
        || { cat "$dir/server.log" >&2; echo "test-cluster.sh: PostgreSQL did not start (log above)" >&2; exit 1; }
    echo "Host=$dir;Username=devconnect;Database=postgres"
    ;;
stop)
    bin=$(find_bin)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
