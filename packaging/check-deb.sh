#!/bin/bash
# Builds the Debian package from a configured build directory, installs it with dpkg into a
# throwaway root and runs the installed programs from there. Run by CTest (label: packaging).
# usage: packaging/check-deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd)
expected_version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/loket_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Depends | tee "$work/depends"
grep -q 'libqt6widgets6' "$work/depends" || { echo "FAIL: Depends lacks Qt Widgets"; exit 1; }

root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# The throwaway root has no Qt installed; the host's libraries serve the installed binaries.
dpkg --root="$root" --force-not-root --force-depends --force-script-chrootless -i "$deb" >"$work/dpkg.log" 2>&1 \
    || { cat "$work/dpkg.log"; exit 1; }
dpkg --root="$root" -L loket | grep -q '^/usr/bin/loket$' || { echo "FAIL: dpkg does not list /usr/bin/loket"; exit 1; }

for f in usr/bin/loket usr/bin/loketctl usr/bin/loket-hub \
         usr/share/applications/be.loket.Loket.desktop \
         usr/share/metainfo/be.loket.Loket.metainfo.xml \
         usr/share/icons/hicolor/256x256/apps/be.loket.Loket.png; do
    [[ -e $root/$f ]] || { echo "FAIL: $f is not installed"; exit 1; }
done

version=$("$root/usr/bin/loket" --version)
echo "installed loket --version: $version"
[[ $version == *"$expected_version"* ]] || { echo "FAIL: expected version $expected_version"; exit 1; }
"$root/usr/bin/loketctl" --help | head -n 3
"$root/usr/bin/loket-hub" --help >/dev/null

desktop-file-validate "$root/usr/share/applications/be.loket.Loket.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/be.loket.Loket.metainfo.xml" >"$work/as.log" 2>&1 \
    || { cat "$work/as.log"; exit 1; }
echo "package ok"
