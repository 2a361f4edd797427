#!/usr/bin/env bash
# Takes the README's screenshots: starts the app on a throwaway database with demo data, then has headless
# Chromium capture each page at laptop and phone width into docs/screenshots/.
# Usage (repo root): tools/screenshots/take.sh [page ...]    e.g. tools/screenshots/take.sh / /people
set -euo pipefail
cd "$(dirname "$0")/../.."
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
port=${PORT:-5077}
work=$(mktemp -d)
out=docs/screenshots
mkdir -p "$out"
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(/ /people /u/ada /Account/Login /Account/Register /no-such-page)

dotnet build DevConnect.App -v quiet -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development \
ConnectionStrings__DevConnect="Data Source=$work/shots.db" \
DataProtection__KeysPath="$work/keys" Email__OutboxPath="$work/outbox" \
    dotnet run --project DevConnect.App --no-build --no-launch-profile --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done

# Each variant is language-theme; English light keeps the plain names the README links to (home-1366.png), the others
# are suffixed (home-fr-dark-390.png). VARIANTS="en-light" takes only those. The preference endpoints set the cookies
# and redirect to the page, so each shot states its own language and theme.
variants=(${VARIANTS:-en-light en-dark fr-light fr-dark})
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
for page in "${pages[@]}"; do
    name=$(echo "$page" | sed 's#^/##; s#[/?=&]#-#g'); name=${name:-home}
    for variant in "${variants[@]}"; do
        culture=${variant%-*}; theme=${variant#*-}
        suffix=""; [ "$culture" = en ] || suffix="-$culture"; [ "$theme" = light ] || suffix="$suffix-$theme"
        url="/preferences/culture?culture=$culture&returnUrl=$(urlencode "/preferences/theme?mode=$theme&returnUrl=$(urlencode "$page")")"
        for size in 1366,900 390,844; do
            "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
                --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/profile" --window-size=$size \
                --virtual-time-budget=5000 --screenshot="$out/$name$suffix-${size%,*}.png" "http://127.0.0.1:$port$url" >/dev/null 2>&1
        done
        echo "$out/$name$suffix-{1366,390}.png"
    done
done
