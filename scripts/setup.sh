#!/usr/bin/env bash
# Installs the Debian 12 packages Switchboard needs (only those missing), then configures
# and builds it in ./build. Sourced by run-app.sh and run-tests.sh; safe to run again.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${SWITCHBOARD_BUILD_DIR:-$root/build}"
build_type="${SWITCHBOARD_BUILD_TYPE:-RelWithDebInfo}"

packages=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libgl-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev libqt6opengl6-dev # Qt Charts; its CMake files need Qt6OpenGL's, which it does not pull in
    libqt6sql6-sqlite libsqlite3-dev libqt6svg6 qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus
    libsimdjson-dev libphonenumber-dev
)
# Node and npm for tst_twilionode (Twilio's own helper library); a Node that brings its own
# npm (nodesource) is used as it is.
command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]})); then
    echo "switchboard: installing missing packages: ${missing[*]}" >&2
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "switchboard: need root or sudo to install ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

generator=()
[[ -f "$build_dir/CMakeCache.txt" ]] || generator=(-G Ninja)
cmake -S "$root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"

# Twilio's Node helper library for tst_twilionode, into the build tree (tests/twilio-node has
# the pinned version). Optional: without npm or the registry that one test is skipped.
twilio_node="$build_dir/twilio-node"
if command -v npm >/dev/null \
    && ! cmp -s "$root/tests/twilio-node/package-lock.json" "$twilio_node/package-lock.json"; then
    mkdir -p "$twilio_node"
    cp "$root/tests/twilio-node/package.json" "$root/tests/twilio-node/package-lock.json" "$twilio_node/"
    if ! (cd "$twilio_node" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
        echo "switchboard: could not install Twilio's Node helper library; tst_twilionode will be skipped" >&2
        rm -f "$twilio_node/package-lock.json" # try again next time
    fi
fi
