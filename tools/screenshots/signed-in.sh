#!/usr/bin/env bash
# Screenshots of signed-in screens (the blocked-members page, a limit refusal at the message box), which take.sh's
# plain headless captures cannot reach: Playwright (the driver the tests already carry) logs in as demo members.
# Usage (repo root, after building the tests): tools/screenshots/signed-in.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-5078}
work=$(mktemp -d)
driver=DevConnect.Tests/bin/Debug/net10.0/.playwright
[ -d "$driver" ] || { echo "build DevConnect.Tests first (it carries the Playwright driver)" >&2; exit 1; }

dotnet build DevConnect.App -v quiet -nologo >/dev/null
# Low message limits so that a demo member (an established account) meets one after three messages.
ASPNETCORE_ENVIRONMENT=Development \
ConnectionStrings__DevConnect="Data Source=$work/shots.db" \
DataProtection__KeysPath="$work/keys" Email__OutboxPath="$work/outbox" \
Limits__NewAccount__MessagesPerHour=3 Limits__Established__MessagesPerHour=3 \
    dotnet run --project DevConnect.App --no-build --no-launch-profile --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done

PLAYWRIGHT="$PWD/$driver/package" BASE="http://127.0.0.1:$port" OUT=docs/screenshots CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium} \
    "$driver/node/linux-x64/node" tools/screenshots/signed-in.js
