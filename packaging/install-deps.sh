#!/bin/bash
# The one list of Debian 12 packages Loket needs to build, test, package and run its demo.
# Run as root (or with sudo). Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ca-certificates file dpkg-dev
  # Qt 6.4 (Core, Gui, Widgets, Sql, Network, PrintSupport, Test) and its SQLite driver
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  # translations (lupdate/lrelease and their CMake package)
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # the hub: Qt HTTP Server (its CMake config needs WebSockets, not pulled in by the package)
  qt6-httpserver-dev qt6-websockets-dev
  # the dashboard: Qt Charts (its CMake config needs OpenGL)
  qt6-charts-dev libqt6opengl6-dev
  # secrets in the OS keychain
  qtkeychain-qt6-dev
  # SQLite C API (bulk path, raw benchmark), Argon2id, QR codes on handouts
  libsqlite3-dev libsodium-dev libqrencode-dev
  # fonts for stable screenshots and Arabic handouts; Qt's xcb platform for a real window
  fonts-dejavu-core fonts-noto-core libxkbcommon-x11-0 libxcb-cursor0 qt6-qpa-plugins
  # headless testing: virtual X server, PDF read-back, a throwaway PostgreSQL for the hub suite
  xvfb xauth poppler-utils postgresql sqlite3 procps
  # handout tests: decode the printed QR code (zbarimg); guide pictures from SVG (rsvg-convert)
  zbar-tools librsvg2-bin
  # package checks: the .desktop file and the AppStream metainfo
  desktop-file-utils appstream
)

export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
