#!/usr/bin/env bash
# Regenerates src/NetStat.Core/PublicAPI.Unshipped.txt from the code: every public symbol that is
# not in PublicAPI.Shipped.txt. Run it after changing the library's public API on purpose, then
# review `git diff src/NetStat.Core/PublicAPI.*.txt` (the diff IS the API change) and commit it.
# Removing or changing a shipped symbol is a breaking change: the build then reports RS0017 for it,
# which this script does not hide; edit PublicAPI.Shipped.txt by hand and bump the version.
# At a release: ./update-public-api.sh --ship moves the unshipped lines into PublicAPI.Shipped.txt.
set -euo pipefail
cd "$(dirname "$0")"
dir=src/NetStat.Core
shipped=$dir/PublicAPI.Shipped.txt
unshipped=$dir/PublicAPI.Unshipped.txt

if [ "${1:-}" = "--ship" ]; then
    { echo '#nullable enable'; { grep -hv '^#nullable' "$shipped" "$unshipped" || true; } | LC_ALL=C sort -u; } >"$shipped.new"
    mv "$shipped.new" "$shipped"
    echo '#nullable enable' >"$unshipped"
    echo "update-public-api.sh: unshipped API moved to $shipped"
    exit 0
fi

echo '#nullable enable' >"$unshipped"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The analyzer reports each undeclared symbol as RS0016; collect them all in one build.
dotnet build $dir/NetStat.Core.csproj -c Release --no-incremental -nologo -p:TreatWarningsAsErrors=false \
    -p:WarningsAsErrors= -clp:NoSummary >"$log" 2>&1 || true
{ echo '#nullable enable'
  sed -n "s/.*RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" "$log" | LC_ALL=C sort -u
} >"$unshipped"
echo "update-public-api.sh: $(($(wc -l <"$unshipped") - 1)) unshipped symbols in $unshipped"
if grep -q 'error' "$log" && ! dotnet build $dir/NetStat.Core.csproj -c Release -nologo -v quiet -clp:ErrorsOnly; then
    echo "update-public-api.sh: the library still does not build (see above)" >&2
    exit 1
fi
