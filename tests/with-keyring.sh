#!/bin/sh
# Runs one test program in a D-Bus session of its own, with a gnome-keyring daemon
# (Secret Service) unlocked in a throw-away folder: the keychain Switchboard uses on a
# desktop, without touching the user's own. Used by CTest for the keychain tests.
#     with-keyring.sh ./tst_secretstore [arguments]
set -eu
if [ -z "${SWITCHBOARD_KEYRING_SESSION:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "with-keyring.sh: dbus-run-session is missing (package dbus)" >&2; exit 1; }
    command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring.sh: gnome-keyring-daemon is missing (package gnome-keyring)" >&2; exit 1; }
    SWITCHBOARD_KEYRING_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi
keyring_dir=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-keyring.XXXXXX")
trap 'rm -rf "$keyring_dir"' EXIT
# --unlock creates the "login" keyring with this password if there is none, and unlocks it.
printf '%s' 'switchboard-test-keyring' \
    | XDG_DATA_HOME="$keyring_dir" XDG_RUNTIME_DIR="$keyring_dir" \
      gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
