#!/usr/bin/env bash
# The whole test suite: builds bin/netstat, then runs unit and differential tests.
# Differential tests need root (network namespaces) and skip with a reason without it.
#
#   ./test.sh [dotnet test arguments]
#
# The arguments go to the main suite (tests/NetStat.Tests), e.g. ./test.sh --filter FullyQualifiedName~Route.
# After it, the library checks run (skip them with NETSTAT_SKIP_LIBRARY=1): ./pack.sh packs
# NetStat.Tables into artifacts/packages, tests/NetStat.Consumer.Tests restores that .nupkg from
# the local feed and calls the API, and the sample is published with Native AOT and run.
# The public API baseline is checked by every build of the library (PublicAPI.*.txt).
set -euo pipefail
cd "$(dirname "$0")"
./build.sh
dotnet test tests/NetStat.Tests/NetStat.Tests.csproj -c Release --nologo "$@"

if [ "${NETSTAT_SKIP_LIBRARY:-}" = 1 ]; then
    exit 0
fi

# The package, and a consumer that sees only the package.
./pack.sh >/dev/null
nupkg=$(ls artifacts/packages/NetStat.Tables.*.nupkg)
version=${nupkg#artifacts/packages/NetStat.Tables.}
version=${version%.nupkg}
# NuGet caches a package by id and version, so a re-pack of the same version would be shadowed by
# the cached copy: the consumer restores into a package folder of its own (under artifacts/, which
# the user's global cache never sees), emptied of the earlier copy first.
export NUGET_PACKAGES="$PWD/artifacts/consumer-packages"
rm -rf "$NUGET_PACKAGES/netstat.tables/$version"
dotnet restore tests/NetStat.Consumer.Tests --force -p:NetStatTablesVersion="$version" -v quiet -nologo
dotnet test tests/NetStat.Consumer.Tests -c Release --no-restore --nologo -p:NetStatTablesVersion="$version"
unset NUGET_PACKAGES

# The sample compiles with Native AOT (trimming and AOT analysis warnings are errors) and runs.
dotnet publish samples/NetStat.Sample -c Release -r linux-x64 -o artifacts/sample -nologo -v quiet -clp:ErrorsOnly
artifacts/sample/netstat-sample states >/dev/null
echo "library: package $version, consumer tests and AOT sample passed"
