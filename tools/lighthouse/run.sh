#!/usr/bin/env bash
# Scores DevConnect's public pages with Lighthouse, the way a first visitor meets them: the app published in Release,
# run in Production on a throwaway SQLite database with the demo data, each page on Lighthouse's mobile profile
# (simulated slow 4G, a mid-range phone) and its desktop profile. Writes the table into docs/PERFORMANCE.md
# ("First visit: Lighthouse") and keeps the JSON reports in artifacts/lighthouse/.
# Usage (repo root): tools/lighthouse/run.sh        It is CPU-sensitive: run it alone (flock the shared lock if any).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
export CHROME_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
port=${PORT:-5088}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
reports="$root/artifacts/lighthouse"

[ -x "$CHROME_PATH" ] || { echo "lighthouse: needs Chromium (apt-get install -y chromium) or CHROMIUM_PATH" >&2; exit 1; }
command -v npm >/dev/null || { echo "lighthouse: needs Node.js 20 and npm (apt-get install -y nodejs npm)" >&2; exit 1; }
[ -d tools/lighthouse/node_modules/lighthouse ] || npm ci --prefix tools/lighthouse --no-audit --no-fund >/dev/null

echo "lighthouse: publishing (Release)..."
dotnet publish DevConnect.App -c Release -o "$work/app" -nologo -v quiet >/dev/null

(
    cd "$work/app"
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
    DevConnect__SeedDemoData=true GitHub__Enabled=false \
    ConnectionStrings__DevConnect="Data Source=$work/lighthouse.db" \
    DataProtection__KeysPath="$work/keys" Email__OutboxPath="$work/outbox" Storage__ImagesPath="$work/uploads" \
        exec dotnet DevConnect.App.dll >"$work/app.log" 2>&1
) &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 120); do curl -sf "$base/health" >/dev/null && break; sleep 0.5; done
curl -sf "$base/health" >/dev/null || { echo "lighthouse: the app did not start" >&2; cat "$work/app.log" >&2; exit 1; }

project=$(curl -sf "$base/projects" | grep -o 'href="projects/[0-9]*/[a-z0-9-]*"' | head -n 1 | sed 's/href="\(.*\)"/\1/')
pages=(/ /projects "/$project" /people /u/ada /Account/Login)

# The server as it runs for a while: JIT done, anonymous pages in the output cache. Chromium's cache starts empty
# for every run, so each score is a first visit.
for page in "${pages[@]}"; do curl -sf -o /dev/null -H 'Accept-Encoding: gzip, deflate' "$base$page"; done

# The precompressed copies the publish made must be what a browser gets (the HTTP test covers dotnet build's).
css=$(curl -sf "$base/" | grep -o '_content/MudBlazor/MudBlazor\.min\.[a-z0-9]*\.css' | head -n 1)
for encoding in br gzip; do
    got=$(curl -sf -o /dev/null -D - -H "Accept-Encoding: $encoding" "$base/$css" | tr -d '\r' | awk -F': ' 'tolower($1)=="content-encoding"{print $2}')
    [ "$got" = "$encoding" ] || { echo "lighthouse: $css came back as '${got:-identity}' when asked for $encoding" >&2; exit 1; }
done

rm -rf "$reports"; mkdir -p "$reports"
flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
# Total Blocking Time varies from run to run on a shared machine: the mobile profile is scored RUNS times (default 3)
# and the table shows the median run, with the range.
runs=${RUNS:-3}
for page in "${pages[@]}"; do
    name=$(echo "$page" | sed 's#^/##; s#[/?=&]#-#g'); name=${name:-home}
    for profile in mobile desktop; do
        preset=(); count=$runs
        [ "$profile" = desktop ] && preset=(--preset=desktop) && count=1
        for run in $(seq "$count"); do
            # Lighthouse now and then loses the trace (NO_NAVSTART) on a busy machine: such a run is run again.
            for attempt in 1 2 3; do
                tools/lighthouse/node_modules/.bin/lighthouse "$base$page" "${preset[@]}" --quiet \
                    --only-categories=performance,accessibility,best-practices,seo \
                    --chrome-flags="$flags" --output=json --output-path="$reports/$name.$profile.$run.json" && break
                [ "$attempt" -lt 3 ] || { echo "lighthouse: $page ($profile) failed three times" >&2; exit 1; }
            done
        done
        echo "lighthouse: $page ($profile) done"
    done
done

node tools/lighthouse/report.mjs "$reports" docs/PERFORMANCE.md "${pages[@]}"
