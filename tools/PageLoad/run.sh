#!/usr/bin/env bash
# Prerendered page throughput: DevConnect's pages against the stock Blazor template's / in the same run (issue 9's
# budget: at least 0.4× the template). Each page is measured right after the template's /, and the ratio is of that
# pair, because this shared 2-core machine swings too much for figures taken minutes apart.
#
#   tools/PageLoad/run.sh [--mode cached|uncached|signed-in] [--duration 8] [--warmup 2] [--connections 32] [page ...]
#
#   cached     anonymous visitors, output cache on (what most anonymous requests get)
#   uncached   anonymous, PageCache:Enabled=false (the first request after an eviction)
#   signed-in  a demo member's cookie (lucas-martin), which the cache never serves
#
# --warmup: seconds of load on each app before its figure. Tiered compilation keeps optimising for a while, and more so
# for DevConnect's larger code than for the template's: 8 s gives steadier figures on this machine than 2 s.
# Needs wrk (Debian package). DEVCONNECT_DIR / TEMPLATE_DIR: already published apps, to skip publishing.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
mode=uncached duration=8 warmup=2 connections=32 pages=()
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) mode=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) pages+=("$1"); shift ;;
  esac
done
[ ${#pages[@]} -gt 0 ] || pages=(/ /projects /projects/1 /people /u/ada)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d /tmp/pageload-XXXXXX)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
dc_dir=${DEVCONNECT_DIR:-$work/devconnect}
tp_dir=${TEMPLATE_DIR:-$work/template}
[ -n "${DEVCONNECT_DIR:-}" ] || nice dotnet publish "$root/DevConnect.App/DevConnect.App.csproj" -c Release -o "$dc_dir" --nologo -v quiet
[ -n "${TEMPLATE_DIR:-}" ] || nice dotnet publish "$root/tools/TemplateBaseline/TemplateBaseline.csproj" -c Release -o "$tp_dir" --nologo -v quiet

tp=http://127.0.0.1:5402 dc=http://127.0.0.1:5412
(cd "$tp_dir" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  exec dotnet TemplateBaseline.dll --urls "$tp") >"$work/template.log" 2>&1 &
pids+=($!)
cache=true; [ "$mode" = cached ] || cache=false
(cd "$dc_dir" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning DevConnect__SeedDemoData=true \
  ConnectionStrings__DevConnect="Data Source=$work/dc.db" GitHub__Enabled=false PageCache__Enabled=$cache \
  Storage__ImagesPath="$work/images" DataProtection__KeysPath="$work/keys" Email__OutboxPath="$work/outbox" \
  exec dotnet DevConnect.App.dll --urls "$dc") >"$work/devconnect.log" 2>&1 &
pids+=($!)
for url in "$tp/" "$dc/health"; do
  for _ in $(seq 120); do curl -sf -o /dev/null "$url" && break; sleep 0.5; done
done
# The demo data is seeded in the background of the first start: wait for the people it brings.
for _ in $(seq 120); do curl -sf "$dc/u/ada" -o /dev/null && break; sleep 0.5; done

headers=()
if [ "$mode" = signed-in ]; then
  jar=$work/cookies
  token=$(curl -s -c "$jar" -b "$jar" "$dc/Account/Login" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" "$dc/Account/Login" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "_handler=login" --data-urlencode "Input.Email=lucas-martin@demo.devconnect.local" \
    --data-urlencode "Input.Password=devconnect-demo"
  cookie=$(awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar")
  home=$(curl -s -H "Cookie: $cookie" "$dc/")
  [[ $home == *'data-testid="user-menu"'* ]] || { echo "could not sign in as the demo member" >&2; exit 1; }
  headers=(-H "Cookie: $cookie")
fi

rate() { # url [headers...]: requests/s, and how many answers were not 2xx/3xx
  local url=$1; shift
  wrk -t2 -c"$connections" -d"${duration}s" "$@" "$url" >"$work/wrk.txt"
  local rps errors
  rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk.txt")
  errors=$(awk '/Non-2xx/ { print $5 }' "$work/wrk.txt")
  echo "$rps ${errors:-0}"
}

echo "# Page throughput, mode $mode, wrk -t2 -c$connections -d${duration}s after ${warmup}s, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| page | DevConnect req/s | template / req/s | ratio | non-2xx |"
echo "|---|---:|---:|---:|---:|"
for page in "${pages[@]}"; do
  # A project's short address redirects to its slug: measure the page, not the redirect.
  target=$(curl -s -o /dev/null -w '%{redirect_url}' "${headers[@]}" "$dc$page")
  [ -z "$target" ] || page=${target#"$dc"}
  wrk -t2 -c"$connections" -d"${warmup}s" "$tp/" >/dev/null
  wrk -t2 -c"$connections" -d"${warmup}s" "${headers[@]}" "$dc$page" >/dev/null
  read -r t _ < <(rate "$tp/")
  read -r d errors < <(rate "$dc$page" "${headers[@]}")
  echo "| \`$page\` | $d | $t | $(awk -v d="$d" -v t="$t" 'BEGIN { printf "%.2f", d / t }') | $errors |"
done
