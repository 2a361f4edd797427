#!/usr/bin/env bash
# DevConnect against the stock Blazor template, same scenarios, one table:
#   tools/CircuitLoad/run.sh --circuits 100 [--concurrency 10] [--publish 5]
# Publishes both apps (Release) into a temp folder, then tools/CircuitLoad starts each one per page on a free
# loopback port (Production, workstation GC, demo data in a temp SQLite file, LoadTest:Enabled=true) and measures.
# Managed heap figures need dotnet-gcdump (installed below as a global .NET tool when missing).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d /tmp/circuitload-publish-XXXXXX)"
trap 'rm -rf "$out"' EXIT

# Each circuit is a socket on both ends; a thousand circuits need more than the usual 1024 descriptors.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

if ! command -v dotnet-gcdump >/dev/null && [ ! -x "$HOME/.dotnet/tools/dotnet-gcdump" ]; then
  dotnet tool install -g dotnet-gcdump --version 10.0.750501 >/dev/null
fi

nice dotnet publish "$root/DevConnect.App/DevConnect.App.csproj" -c Release -o "$out/devconnect" --nologo -v quiet
nice dotnet publish "$root/tools/TemplateBaseline/TemplateBaseline.csproj" -c Release -o "$out/template" --nologo -v quiet
nice dotnet build "$root/tools/CircuitLoad/CircuitLoad.csproj" -c Release --nologo -v quiet
nice dotnet "$root/tools/CircuitLoad/bin/Release/net10.0/CircuitLoad.dll" --compare \
  --devconnect "$out/devconnect/DevConnect.App.dll" --template "$out/template/TemplateBaseline.dll" "$@"
