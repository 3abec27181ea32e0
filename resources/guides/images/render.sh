#!/bin/bash
# Makes the PNG pictures the guides use from their SVG sources in src/ (handouts print PNG or
# JPEG only). Run it after changing or adding an SVG:  resources/guides/images/render.sh
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for svg in src/*.svg; do
  png="$(basename "${svg%.svg}").png"
  # 800 pixels wide: sharp when printed up to about 8 cm wide.
  rsvg-convert --width 800 --keep-aspect-ratio --background-color white -o "$png" "$svg"
  echo "$png"
done
