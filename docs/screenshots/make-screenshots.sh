#!/bin/bash
# Makes the documentation's screenshots from the real application: `loket --demo` under a
# virtual X server, with a typed query and an open dossier, grabbed by the app's own
# `--screenshot` path (search, open, QWidget::grab, exit). Nothing is drawn by hand.
#
# usage: docs/screenshots/make-screenshots.sh [BUILD_DIR]     (default: build)
# needs: xvfb (xvfb-run), the fonts from packaging/install-deps.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
loket="$build/app/loket/loket"
[[ -x "$loket" ]] || { echo "make-screenshots: $loket not found; build first" >&2; exit 1; }

# A private home: the demo cache is made fresh, and the user's own settings stay untouched.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Stable pictures: fixed DPI, the real X11 platform, no leftovers of a test environment.
export QT_FONT_DPI=96 QT_QPA_PLATFORM=xcb
unset QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS

shoot() { # LANGUAGE FILE QUERY PICK [TAB] [more loket options]
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$loket" --demo --demo-citizens 20000 --lang "$1" \
        --screenshot "$here/$2" --screenshot-query "$3" --screenshot-pick "$4" \
        --screenshot-tab "${5:-overview}" "${@:6}"
}

# The counter at 1366×768: a family name typed, namesakes in the list, one dossier open.
shoot en main-window.png "peeters" 1
shoot nl main-window-nl.png "peeters" 1
# "I never got my letter": the documents tab with a letter's path told in plain words.
shoot nl documents-nl.png "peeters" 5 documents
# The helpdesk (issue 8), signed in as the helpdesk: the region-wide online lookup with each
# hit's municipality, and what is open for the citizen in every municipality, above the tabs;
# and remote assistance, the eBox guide in the citizen's Dutch beside the staff's English.
shoot en helpdesk-open-items.png "peeters" 5 overview --demo-role helpdesk
shoot en helpdesk-assist.png "peeters" 5 overview --demo-role helpdesk --screenshot-assist ebox-activate
