#!/usr/bin/env bash
# Quick start: install what is missing, build, and open Switchboard on its embedded
# sandbox (demo data, no cloud account needed). Extra arguments go to the app.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
exec "${SWITCHBOARD_BUILD_DIR:-$root/build}/app/switchboard" "$@"
