#!/bin/sh
# Install the Debian packages Qt needs to run (offscreen in tests, xcb on a desktop) and the
# headless browser the HTML-export tests use, when they are missing. Only runs apt-get when
# something is actually missing.
set -e
# chromium: the HTML export is checked in a real headless browser by the test suite.
# The libxcb-* ones are for `make run` on a desktop (Qt's xcb platform plugin); tests run offscreen.
# postgresql (+ postgresql-contrib: unaccent ships there on older Debian; on bookworm it is in the
# server package and -contrib is a small meta package): `make test` runs the storage, services and
# CLI suites on a throwaway cluster too (build/pg_cluster.py; the server runs as the unprivileged
# `postgres` user the package creates).
PKGS="libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core chromium postgresql postgresql-contrib"
missing=""
for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: missing system packages:$missing (no apt-get here; install them by hand)" >&2
    exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing system packages:$missing"
# The tests make their own cluster: the package need not create and start a system-wide one.
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    $SUDO mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.conf >/dev/null
fi
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $missing; }; then
    # Keep going: tests that need a missing package say so (the browser tests skip with the reason).
    echo "warning: could not install:$missing" >&2
fi
