#!/usr/bin/env bash
# Builds the Native AOT executable and leaves it at bin/netstat.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
    echo "build.sh: the .NET 10 SDK is needed (dotnet was not found on PATH)" >&2
    exit 1
fi
# Native AOT links with the system C toolchain.
if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && [ -n "${CI:-}" ]; then
        apt-get update -qq && apt-get install -y -qq clang zlib1g-dev >/dev/null
    else
        echo "build.sh: Native AOT needs a C toolchain: apt-get install clang zlib1g-dev" >&2
        exit 1
    fi
fi

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dotnet publish src/NetStat.Cli/NetStat.Cli.csproj -c Release -r linux-x64 -o artifacts/publish \
    -p:SourceRevisionId="$commit" -nologo -v quiet -clp:ErrorsOnly
mkdir -p bin
cp artifacts/publish/netstat bin/netstat
echo "built bin/netstat ($commit)"
