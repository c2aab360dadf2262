#!/usr/bin/env bash
# Packs the .NET tool "netstat-dotnet" into artifacts/packages/nuget (or OUTPUT_DIR):
#   netstat-dotnet.VERSION.nupkg            the package users name; points to the others
#   netstat-dotnet.linux-x64.VERSION.nupkg  Native AOT executable for linux-x64
#   netstat-dotnet.any.VERSION.nupkg        framework-dependent, for any other RID with .NET 10
# The tool properties are switched on by NetStatTool=true only, and the build goes to its own
# artifacts folder, so ./build.sh's bin/netstat and obj/ are untouched.
# Usage: packaging/dotnet-tool/pack.sh [OUTPUT_DIR]
set -euo pipefail
. "$(dirname "$0")/../common.sh"
out=$(output_dir "${1:-}" "$root/artifacts/packages/nuget")
rid=$(machine_rid)
# No debug symbols in the packages (the AOT .dbg file would triple the size): none made, none copied.
common=(-c Release -p:NetStatTool=true -p:SourceRevisionId="$commit" -p:DebugType=none -p:DebugSymbols=false -p:CopyOutputSymbolsToPublishDirectory=false
        --artifacts-path "$root/artifacts/tool-build" -o "$out" -nologo -v quiet -clp:ErrorsOnly)
project=$root/src/NetStat.Cli/NetStat.Cli.csproj
# Packing takes every file of the publish folder: start from an empty one, so nothing of an
# earlier build (with other settings) slips into the packages.
rm -rf "$root/artifacts/tool-build/publish"
# Without -r: the top-level package, which names the RID packages. As the RID packages are
# Native AOT, the SDK leaves each of them to its own "dotnet pack -r RID".
dotnet pack "$project" "${common[@]}"
# The framework-dependent fallback, for RIDs without a native package.
dotnet pack "$project" -r any "${common[@]}"
# The Native AOT package, built on (or for) that RID.
dotnet pack "$project" -r "$rid" "${common[@]}"
ls "$out"/netstat-dotnet.*"$version".nupkg
