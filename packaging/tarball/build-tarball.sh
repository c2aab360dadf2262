#!/usr/bin/env bash
# Builds the release tarball for this machine's RID, artifacts/packages/
# netstat-dotnet-VERSION-RID.tar.gz (the Native AOT executable, the manual page, the shell
# completions, LICENSE and README), and writes SHA256SUMS for every archive in that folder.
# Usage: packaging/tarball/build-tarball.sh [OUTPUT_DIR]
set -euo pipefail
. "$(dirname "$0")/../common.sh"
out=$(output_dir "${1:-}" "$root/artifacts/packages")
binary=$(native_binary)
rid=$(machine_rid)
name=netstat-dotnet-$version-$rid
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dir=$work/$name
install -d "$dir/bin" "$dir/man/man8" "$dir/completions"
# The same name as the Debian package installs, beside any netstat already on PATH.
install -m 0755 "$binary" "$dir/bin/netstat-dotnet"
install -m 0644 "$root/packaging/man/netstat-dotnet.8" "$dir/man/man8/netstat-dotnet.8"
write_completions "$binary" "$dir/completions/netstat-dotnet.bash" "$dir/completions/_netstat-dotnet" \
    "$dir/completions/netstat-dotnet.fish"
install -m 0644 "$root/LICENSE" "$root/README.md" "$dir/"
chmod 0644 "$dir"/completions/*

# Reproducible: fixed owner, order and times (SOURCE_DATE_EPOCH, as dpkg-deb honours it).
mtime=$(source_epoch)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$mtime" -C "$work" -cf - "$name" \
    | gzip -9n > "$out/$name.tar.gz"
(cd "$out" && sha256sum -- *.tar.gz > SHA256SUMS)
echo "$out/$name.tar.gz"
