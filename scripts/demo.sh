#!/usr/bin/env bash
# The README's main command: builds spdc, starts the configuration-server simulator acs-sim
# (real HTTPS on loopback, a CA made at start-up) and the app against it, with a throwaway
# keychain, then links +1 555 010 0001 the way a person would: the number, the code the
# simulator "texts", the configuration in the main window.
#
# Usage: scripts/demo.sh [--manual]
#   --manual  type the number (+15550100001 ... +15550100009) and the code yourself; the
#             simulator prints each code it sends. Needs a display.
# With a display ($DISPLAY) the app stays open until you close it. Without one the demo runs on
# a virtual screen (Xvfb) and saves a screenshot of each step under build/demo/.
# Nothing of yours is touched: settings go to a temporary directory, the keyring is a fresh
# gnome-keyring in a private D-Bus session (tests/with-keyring.sh).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${SPDC_BUILD_DIR:-$root/build}
mode=auto
case "${1:-}" in
    "") ;;
    --manual) mode=manual ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "demo: unknown option $1 (try --help)" >&2; exit 1 ;;
esac

if [ "${SPDC_DEMO_INSIDE:-}" != 1 ]; then
    for tool in xvfb-run xdotool import dbus-run-session gnome-keyring-daemon; do
        command -v "$tool" >/dev/null || {
            echo "demo: $tool is missing: run scripts/install-deps.sh first" >&2; exit 1; }
    done
    "$root/scripts/build.sh"
    export SPDC_DEMO_INSIDE=1 SPDC_BUILD_DIR=$build
    if [ -n "${DISPLAY:-}" ]; then
        exec dbus-run-session -- "$root/tests/with-keyring.sh" "$0" "$@"
    fi
    if [ "$mode" = manual ]; then
        echo "demo: --manual needs a display (DISPLAY is not set)" >&2
        exit 1
    fi
    export SPDC_DEMO_HEADLESS=1
    exec dbus-run-session -- "$root/tests/with-keyring.sh" \
        xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

work=$(mktemp -d)
shots=$build/demo
mkdir -p "$shots"
pids=()
cleanup() {
    [ "$BASHPID" = "$$" ] || return 0   # not in a $(...) subshell
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

export XDG_CONFIG_HOME=$work/config
export QT_QPA_PLATFORM=xcb   # xdotool drives X windows
headless=${SPDC_DEMO_HEADLESS:-}
# A person watching needs time to see each step; a virtual screen does not.
pause() { [ -n "$headless" ] || sleep "${1:-1.5}"; }

sim_args=(--state-dir "$work/sim")
[ -n "$headless" ] && sim_args+=(--quiet)
"$build/tests/acs-sim/acs-sim" "${sim_args[@]}" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/sim/url" ] && break; sleep 0.1; done
[ -s "$work/sim/url" ] || { echo "demo: acs-sim did not start" >&2; exit 1; }
url=$(cat "$work/sim/url")
echo "demo: acs-sim is serving $url (its CA: $work/sim/ca.pem)"

"$build/app/gui/spdc" --server "$url" --ca-file "$work/sim/ca.pem" &
app=$!
pids+=($app)

if [ "$mode" = manual ]; then
    echo "demo: link one of +15550100001 ... +15550100009; acs-sim prints the code it texts."
    echo "demo: close spdc to end the demo."
    wait "$app" || true
    exit 0
fi

# shellcheck source=lib/x11-drive.sh
. "$root/scripts/lib/x11-drive.sh"

# No account yet: spdc opens the wizard by itself.
wizard=$(window "Link an account")
activate "$wizard"
shot "$wizard" 1-choice.png
pause
xdotool key Return             # "This device uses my phone number"; Next: the server page
pause
shot "$wizard" 2-server.png    # prefilled from --server
xdotool key Return             # Next: the identity page
sleep 0.5
xdotool key alt+u              # the phone number field
xdotool type --delay 80 "+1 555 010 0001"
pause
shot "$wizard" 3-identity.png
xdotool key Return             # Next: the device page, the computer's name proposed
pause
shot "$wizard" 4-device.png
xdotool key Return             # Next: the first request; the simulator texts a code

dialog=$(window "Enter the code")
code=$(texted_code "$work/sim" 1)
[ -n "$code" ] || { echo "demo: acs-sim sent no code" >&2; exit 1; }
echo "demo: the code texted to +15550100001 is $code"
activate "$dialog"
pause 1
xdotool type --delay 150 "$code"
shot "$dialog" 5-code.png
pause
xdotool key Return             # Continue: the second request, the profile stored

sleep 2
activate "$wizard"
shot "$wizard" 6-linked.png
pause
xdotool key Return             # Finish: the main window
main=$(window spdc)
sleep 1
shot "$main" 7-main-window.png

# The same account, from the command line on the same core and keychain.
"$build/app/cli/spdc-cli" status

if [ -n "$headless" ]; then
    echo "demo: done; the screenshots are in $shots"
else
    echo "demo: close spdc to end the demo."
    wait "$app" || true
fi
