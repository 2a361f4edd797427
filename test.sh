#!/usr/bin/env bash
# Runs every DevConnect test: domain, bUnit, HTTP and browser (Playwright driving Debian's Chromium) on SQLite, then
# the domain and HTTP tests again on PostgreSQL (a throwaway cluster of Debian's postgresql, tools/postgres/test-cluster.sh).
# Finds what the tests need first, installs Chromium and PostgreSQL when it can (root + apt), and otherwise says what to install.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
    echo "test.sh: the .NET 10 SDK is required (https://dotnet.microsoft.com/download)." >&2
    exit 1
fi

if [ -z "${CHROMIUM_PATH:-}" ]; then
    for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
        if [ -x "$candidate" ]; then CHROMIUM_PATH="$candidate"; break; fi
    done
fi
if [ -z "${CHROMIUM_PATH:-}" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "test.sh: installing Debian's chromium for the browser tests..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
        CHROMIUM_PATH=/usr/bin/chromium
    else
        echo "test.sh: the browser tests need Chromium. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
        exit 1
    fi
fi
export CHROMIUM_PATH

# The several-server tests start their own throwaway redis-server (Debian's) on a free local port.
if [ -z "${REDIS_SERVER_PATH:-}" ] && [ -x /usr/bin/redis-server ]; then REDIS_SERVER_PATH=/usr/bin/redis-server; fi
if [ -z "${REDIS_SERVER_PATH:-}" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "test.sh: installing Debian's redis-server for the several-server tests..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
        REDIS_SERVER_PATH=/usr/bin/redis-server
    else
        echo "test.sh: the several-server tests need Redis. Install it (sudo apt-get install -y redis-server) or set REDIS_SERVER_PATH." >&2
        exit 1
    fi
fi
export REDIS_SERVER_PATH
echo "test.sh: browser tests use $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null || echo 'version unknown'))"

log=$(mktemp)
postgres_log=$(mktemp)
# A short path: the cluster's unix socket lives in it (at most 107 characters).
postgres_dir=$(mktemp -d /tmp/devconnect-pg.XXXXXX)
cleanup() {
    tools/postgres/test-cluster.sh stop "$postgres_dir" || true
    rm -f "$log" "$postgres_log"
}
trap cleanup EXIT

if ! DEVCONNECT_TEST_POSTGRES=$(tools/postgres/test-cluster.sh start "$postgres_dir"); then
    echo "test.sh: the PostgreSQL tests need a PostgreSQL server they can start (see the lines above)." >&2
    exit 1
fi
export DEVCONNECT_TEST_POSTGRES
echo "test.sh: PostgreSQL tests use $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/postgres in $postgres_dir"

set +e
dotnet test DevConnect.Blazor.sln 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo "test.sh: the domain and HTTP tests again, on PostgreSQL"
DEVCONNECT_TEST_PROVIDER=Postgres dotnet test DevConnect.Blazor.sln --no-build --filter "FullyQualifiedName!~.Browser." 2>&1 | tee "$postgres_log"
postgres_status=${PIPESTATUS[0]}
set -e

# One plain summary line for people and CI, from the runner's own totals (both passes added up).
totals() {
    local summary
    summary=$(grep -E '(Passed|Failed)!  - Failed: ' "$1" | tail -n 1 || true)
    if [ -z "$summary" ]; then
        echo "0 0 0"
        return
    fi
    sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+),.*/\2 \1 \3/' <<<"$summary"
}
read -r sqlite_passed sqlite_failed sqlite_skipped < <(totals "$log")
read -r postgres_passed postgres_failed postgres_skipped < <(totals "$postgres_log")
echo "Tests: $((sqlite_passed + postgres_passed)) passed, $((sqlite_failed + postgres_failed)) failed, $((sqlite_skipped + postgres_skipped)) skipped" \
    "(SQLite: $sqlite_passed passed, $sqlite_failed failed; PostgreSQL: $postgres_passed passed, $postgres_failed failed)"
if [ "$status" -ne 0 ]; then
    exit "$status"
fi
exit "$postgres_status"
