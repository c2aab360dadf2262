#!/usr/bin/env bash
# Builds artifacts/packages/netstat-dotnet_VERSION_ARCH.deb from the Native AOT executable
# (./build.sh), with the manual page, the shell completions, copyright and changelog.
# Offline: dpkg-deb only. The executable goes to /usr/bin/netstat-dotnet, so the package
# installs beside net-tools without a file conflict (see packaging/README.md).
# Usage: packaging/deb/build-deb.sh [OUTPUT_DIR]
set -euo pipefail
. "$(dirname "$0")/../common.sh"
out=$(output_dir "${1:-}" "$root/artifacts/packages")
binary=$(native_binary)
arch=$(debian_arch "$(machine_rid)")
pkg=netstat-dotnet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage=$work/$pkg
doc=$stage/usr/share/doc/$pkg

install -d "$stage/DEBIAN" "$stage/usr/bin" "$stage/usr/share/man/man8" "$doc" \
    "$stage/usr/share/bash-completion/completions" "$stage/usr/share/zsh/vendor-completions" \
    "$stage/usr/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$stage/usr/bin/$pkg"
# The linker's version notes are of no use at run time (lintian: binary-has-unneeded-section).
objcopy --remove-section=.comment "$stage/usr/bin/$pkg"
write_completions "$binary" "$stage/usr/share/bash-completion/completions/$pkg" \
    "$stage/usr/share/zsh/vendor-completions/_$pkg" "$stage/usr/share/fish/vendor_completions.d/$pkg.fish"
gzip -9n < "$root/packaging/man/$pkg.8" > "$stage/usr/share/man/man8/$pkg.8.gz"
install -m 0644 "$root/packaging/deb/copyright" "$doc/copyright"
gzip -9n < "$root/packaging/deb/changelog" > "$doc/changelog.gz"
install -m 0755 "$root/packaging/deb/prerm" "$stage/DEBIAN/prerm"
install -D -m 0644 "$root/packaging/deb/lintian-overrides" "$stage/usr/share/lintian/overrides/$pkg"
find "$stage" -type d -exec chmod 0755 {} +
find "$stage/usr/share" -type f -exec chmod 0644 {} +

# Depends: the shared libraries the executable links (libc6), as dpkg-shlibdeps reports them.
mkdir -p "$work/src/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$pkg" "$pkg" > "$work/src/debian/control"
depends=$(cd "$work/src" && dpkg-shlibdeps -O "$stage/usr/bin/$pkg" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || depends="libc6"

installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: $pkg
Version: $version
Architecture: $arch
Maintainer: netstat for .NET contributors <netstat-dotnet@users.noreply.github.com>
Installed-Size: $installed_size
Depends: $depends
Section: net
Priority: optional
Description: netstat of net-tools 2.10, byte for byte, as a native .NET program
 netstat-dotnet prints network connections, routing tables, interface
 statistics, multicast memberships and protocol counters exactly as the
 netstat of net-tools 2.10 prints them: the same standard output, standard
 error and exit status. Sockets are read through netlink and socket owners
 are found in one pass over /proc, so it is faster on busy hosts.
 .
 It also filters sockets, writes JSON and Prometheus metrics, and reads other
 network namespaces. It installs beside net-tools as netstat-dotnet;
 netstat-dotnet(8) shows how to make it the netstat on PATH.
CONTROL
(cd "$stage" && find usr -type f -printf '%P\n' | sort | sed 's:^:usr/:' | xargs md5sum) > "$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

deb=$out/${pkg}_${version}_${arch}.deb
SOURCE_DATE_EPOCH=$(source_epoch) dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb"
