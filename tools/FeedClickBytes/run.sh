#!/usr/bin/env bash
# What one filter click on /projects costs on the circuit's socket, for a published build (or two, to compare).
#   tools/FeedClickBytes/run.sh DIR [DIR ...]     each DIR a `dotnet publish` of DevConnect.App
# Needs Chromium and Node.js 20 with npm (Debian packages). Runs each build in Production on a throwaway SQLite
# database with the demo data and the page cache off.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -gt 0 ] || { echo "usage: $0 PUBLISHED_DIR [...]" >&2; exit 1; }
command -v npm >/dev/null || { echo "needs Node.js and npm (apt-get install -y nodejs npm)" >&2; exit 1; }
[ -d "$here/node_modules/playwright-core" ] || npm install --prefix "$here" --no-audit --no-fund --silent >/dev/null
port=${PORT:-5530}
for dir in "$@"; do
  work=$(mktemp -d /tmp/feed-click-XXXXXX)
  (cd "$dir" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning DevConnect__SeedDemoData=true \
    ConnectionStrings__DevConnect="Data Source=$work/dc.db" GitHub__Enabled=false PageCache__Enabled=false \
    Storage__ImagesPath="$work/images" DataProtection__KeysPath="$work/keys" Email__OutboxPath="$work/outbox" \
    exec dotnet DevConnect.App.dll --urls "http://127.0.0.1:$port") >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/u/ada" -o /dev/null && break; sleep 0.5; done
  echo "$dir: $(node "$here/measure.js" "http://127.0.0.1:$port")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
done
