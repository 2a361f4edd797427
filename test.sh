#!/usr/bin/env bash
# Runs every DevConnect test: domain, bUnit, HTTP and browser (Playwright driving Debian's Chromium).
# Finds what the tests need first, installs Chromium when it can (root + apt), and otherwise says what to install.
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
trap 'rm -f "$log"' EXIT
set +e
dotnet test DevConnect.Blazor.sln 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain summary line for people and CI, from the runner's own totals.
summary=$(grep -E '(Passed|Failed)!  - Failed: ' "$log" | tail -n 1 || true)
if [ -n "$summary" ]; then
    failed=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$summary")
    passed=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$summary")
    skipped=$(sed -E 's/.*Skipped: +([0-9]+),.*/\1/' <<<"$summary")
    echo "Tests: $passed passed, $failed failed, $skipped skipped"
fi
exit "$status"
