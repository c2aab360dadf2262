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

# OUTPUT_DIR (the first argument) or the default under artifacts/, created, as an absolute path.
output_dir() {
    local dir=${1:-$2}
    mkdir -p "$dir"
    (cd "$dir" && pwd)
}

# This machine's .NET RID (NETSTAT_RID overrides it, for a cross-built NETSTAT_BINARY).
machine_rid() {
    if [ -n "${NETSTAT_RID:-}" ]; then
        echo "$NETSTAT_RID"
        return
    fi
    case "$(uname -m)" in
        x86_64) echo linux-x64 ;;
        aarch64) echo linux-arm64 ;;
        *) echo "packaging: no .NET RID known for $(uname -m) (set NETSTAT_RID)" >&2; return 1 ;;
    esac
}

# The Debian architecture of a .NET RID.
debian_arch() {
    case "$1" in
        linux-x64) echo amd64 ;;
        linux-arm64) echo arm64 ;;
        *) echo "packaging: no Debian architecture known for $1" >&2; return 1 ;;
    esac
}

# The time stamp of every packaged file, so that two builds of one commit are identical:
# SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the commit's time.
source_epoch() {
    echo "${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}"
}

# write_completions BINARY BASH_FILE ZSH_FILE FISH_FILE: the completions come from the executable
# itself, so they always match the options it parses.
write_completions() {
    "$1" completions bash > "$2"
    "$1" completions zsh > "$3"
    "$1" completions fish > "$4"
}
