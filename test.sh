#!/usr/bin/env bash
# The whole test suite: builds bin/netstat, then runs unit and differential tests.
# Differential tests need root (network namespaces) and skip with a reason without it.
set -euo pipefail
cd "$(dirname "$0")"
./build.sh
dotnet test tests/NetStat.Tests/NetStat.Tests.csproj -c Release --nologo "$@"
