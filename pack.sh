#!/usr/bin/env bash
# Packs the library (NuGet package NetStat.Tables, with its README, license and .snupkg symbols)
# into artifacts/packages. ./pack.sh [extra dotnet pack arguments, e.g. -p:Version=0.2.0]
set -euo pipefail
cd "$(dirname "$0")"
out=artifacts/packages
mkdir -p "$out"
rm -f "$out"/NetStat.Tables.*.nupkg "$out"/NetStat.Tables.*.snupkg
dotnet pack src/NetStat.Core/NetStat.Core.csproj -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly \
    -p:ContinuousIntegrationBuild=true "$@"
ls "$out"/NetStat.Tables.*
