#!/usr/bin/env bash
# Install what is missing, build, and run the whole test suite headless through CTest: on the
# normal build (./build), then again on the sanitizer build (./build-asan, the "asan" preset
# of CMakePresets.json: AddressSanitizer with LeakSanitizer, and UndefinedBehaviorSanitizer).
# Arguments go to both ctest runs (e.g. -R tst_outbox).
#
# SWITCHBOARD_SANITIZERS=off skips the sanitizer pass and =only runs it alone (the normal build
# is still made: the sanitizer pass borrows its Twilio helper library); CI (CI=true) always
# runs both.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${SWITCHBOARD_BUILD_DIR:-$root/build}"
asan_dir="${SWITCHBOARD_ASAN_BUILD_DIR:-$root/build-asan}"

passes="${SWITCHBOARD_SANITIZERS:-on}"
case "$passes" in
    on | off | only) ;;
    *) echo "switchboard: SWITCHBOARD_SANITIZERS is on, off or only, not '$passes'" >&2; exit 2 ;;
esac
if [[ "${CI:-}" == true && "$passes" != on ]]; then
    echo "switchboard: CI runs both passes; SWITCHBOARD_SANITIZERS=$passes is ignored" >&2
    passes=on
fi

minutes() { printf '%d min %02d s' $(($1 / 60)) $(($1 % 60)); }
summary=()
failed=0

start=$SECONDS
"$root/scripts/setup.sh"
summary+=("packages and normal build: $(minutes $((SECONDS - start)))")
export QT_QPA_PLATFORM=offscreen

if [[ "$passes" != only ]]; then
    start=$SECONDS
    (cd "$build_dir" && ctest --output-on-failure --parallel "$(nproc)" "$@") || failed=1
    summary+=("normal tests: $(minutes $((SECONDS - start)))")
fi

if [[ "$passes" != off ]]; then
    start=$SECONDS
    generator=()
    [[ -f "$asan_dir/CMakeCache.txt" ]] || generator=(-G Ninja)
    (cd "$root" && cmake --preset asan -B "$asan_dir" "${generator[@]}" \
        -DSWITCHBOARD_TWILIO_NODE_MODULES="$build_dir/twilio-node/node_modules" >/dev/null)
    cmake --build "$asan_dir" --parallel "$(nproc)"
    summary+=("sanitizer build: $(minutes $((SECONDS - start)))")

    # Every process the tests start (the sandbox executable, the app, those under
    # with-keyring.sh) inherits these. AddressSanitizer and LeakSanitizer write each report to
    # a file of its own, so that a report in a child whose exit status no test reads still fails
    # the run. UBSan (GCC 12's writes to stderr whatever log_path says) ends the process at its
    # first report, and the tests' output is searched for one as well. A leak whose stack
    # stops inside Qt (built without frame pointers) shows it whole when run again with
    # ASAN_OPTIONS=…:fast_unwind_on_malloc=0 (slow).
    sanitizers="$root/tests/sanitizers"
    reports="$asan_dir/sanitizer-reports"
    rm -rf "$reports"
    mkdir -p "$reports"
    common="log_path=$reports/report:print_suppressions=0"
    export ASAN_OPTIONS="$common:detect_leaks=1:check_initialization_order=1:strict_init_order=1"
    export LSAN_OPTIONS="$common:suppressions=$sanitizers/lsan.supp"
    export UBSAN_OPTIONS="$common:print_stacktrace=1:halt_on_error=1:suppressions=$sanitizers/ubsan.supp"

    start=$SECONDS
    (cd "$asan_dir" && ctest --output-on-failure --parallel "$(nproc)" "$@") || failed=1
    summary+=("sanitizer tests: $(minutes $((SECONDS - start)))")
    shopt -s nullglob
    found=("$reports"/report.*)
    for f in "${found[@]}"; do
        echo "=== sanitizer report $(basename "$f") ===" >&2
        cat "$f" >&2
    done
    ubsan=$(grep -c 'runtime error:' "$asan_dir/Testing/Temporary/LastTest.log") || ubsan=0
    if ((${#found[@]} + ubsan)); then
        failed=1
        echo "switchboard: ${#found[@]} sanitizer report file(s) in $reports," \
             "$ubsan UBSan report(s) in $asan_dir/Testing/Temporary/LastTest.log" >&2
    fi
fi

printf 'switchboard: %s\n' "${summary[@]}" >&2
exit "$failed"
