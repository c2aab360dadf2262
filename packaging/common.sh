# Shared by the packaging scripts: where things are and what version this is.
# shellcheck shell=bash
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The one version number lives in the CLI project file.
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/src/NetStat.Cli/NetStat.Cli.csproj" | head -n 1)
[ -n "$version" ] || { echo "packaging: no <Version> in src/NetStat.Cli/NetStat.Cli.csproj" >&2; exit 1; }
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)

# The Native AOT executable: bin/netstat as ./build.sh leaves it (built when missing, or when
# NETSTAT_REBUILD=1). NETSTAT_BINARY names another one (a cross-built RID, say).
native_binary() {
    if [ -n "${NETSTAT_BINARY:-}" ]; then
        echo "$NETSTAT_BINARY"
        return
    fi
    if [ ! -x "$root/bin/netstat" ] || [ "${NETSTAT_REBUILD:-0}" = 1 ]; then
        "$root/build.sh" >&2
    fi
    echo "$root/bin/netstat"
}
