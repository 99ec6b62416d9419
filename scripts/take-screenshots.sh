#!/usr/bin/env bash
# Takes the README screenshots from the real spdc binary on a real X server (Xvfb), linking an
# account through acs-sim with a fresh gnome-keyring in a private D-Bus session:
#   resources/screenshots/wizard-choice.png     the wizard's first page: §2.5 or §2.6
#   resources/screenshots/operator-picker.png   the operator picker, a search typed in
#   resources/screenshots/dedicated-code.png    the identity page for §2.6, with the provider's code
#   resources/screenshots/wizard-national-number.png  a national number, the E.164 it sends
#   resources/screenshots/wizard-identity.png   the identity page, a number typed in
#   resources/screenshots/wizard-device.png     the device page: friendly name and type
#   resources/screenshots/name-conflict.png     the 409 dialog proposing another name
#   resources/screenshots/otp-dialog.png        the OTP dialog, the texted code typed in
#   resources/screenshots/server-message.png    the operator's message with Accept and Decline
#   resources/screenshots/main-window.png       the main window with the linked account
#   resources/screenshots/wizard-error-retry.png      a wrong code: the error inline, Retry
#   resources/screenshots/main-window-two-accounts.png  a second account waiting for an answer
#   resources/screenshots/main-window-busy.png  Refresh now against a busy server, Cancel
#   resources/screenshots/main-window-de.png    the main window in German
#
# Usage: scripts/take-screenshots.sh [BUILD_DIR]     (default: $SPDC_BUILD_DIR or ./build)
# Needs: xvfb xauth imagemagick xdotool dbus gnome-keyring (scripts/install-deps.sh).
# Nothing of the user's is touched: settings go to a temporary XDG_CONFIG_HOME, the keyring is
# a throwaway one (tests/with-keyring.sh).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-${SPDC_BUILD_DIR:-$root/build}}" && pwd)
out=$root/resources/screenshots

if [ "${SPDC_SCREENSHOTS_INSIDE:-}" != 1 ]; then
    for tool in xvfb-run import xdotool dbus-run-session gnome-keyring-daemon; do
        command -v "$tool" >/dev/null || { echo "take-screenshots: $tool is missing" >&2; exit 1; }
    done
    for binary in app/gui/spdc tests/acs-sim/acs-sim; do
        [ -x "$build/$binary" ] || { echo "take-screenshots: build $build/$binary first" >&2; exit 1; }
    done
    export SPDC_SCREENSHOTS_INSIDE=1
    # A private bus with an unlocked keyring, then an X server of a laptop's size.
    exec dbus-run-session -- "$root/tests/with-keyring.sh" \
        xvfb-run -a -s "-screen 0 1280x800x24" "$root/scripts/take-screenshots.sh" "$build"
fi

work=$(mktemp -d)
pids=()
cleanup() {
    [ "$BASHPID" = "$$" ] || return 0   # not in a $(...) subshell
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
[ -n "${SPDC_SCREENSHOTS_TRACE:-}" ] && set -x

export XDG_CONFIG_HOME=$work/config
export QT_QPA_PLATFORM=xcb
# Same look whatever the machine's desktop settings are.
export QT_STYLE_OVERRIDE=Fusion LANG=en_GB.UTF-8 TZ=${TZ:-Europe/London}
mkdir -p "$out"

# "Office laptop" is taken, so that the 409 dialog shows.
"$build/tests/acs-sim/acs-sim" --state-dir "$work/sim" --quiet --taken-name "Office laptop" >/dev/null &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/sim/url" ] && break; sleep 0.1; done
url=$(cat "$work/sim/url")

shots=$out
# shellcheck source=lib/x11-drive.sh
. "$root/scripts/lib/x11-drive.sh"

"$build/app/gui/spdc" --server "$url" --ca-file "$work/sim/ca.pem" --locale en-GB &
pids+=($!)

# Keyboard mnemonics (alt+letter) click their button after a short animation: each is given
# time to land before the next key.
sim_control() {
    curl -fsS --cacert "$work/sim/ca.pem" "${url%/}$1" >/dev/null
}

# No account yet: spdc opens the wizard by itself, on the choice between §2.5 and §2.6.
wizard=$(window "Link an account")
activate "$wizard"
shot "$wizard" wizard-choice.png

# §2.6 first, as far as its identity page: the operator picker on the way.
xdotool key Down               # "I have a code from my provider"
xdotool key Return             # Next: the server page, prefilled from --server
sleep 0.5
xdotool key alt+o              # My operator
sleep 0.3
xdotool key Tab
xdotool type --delay 40 "vodafone"
xdotool key Down
shot "$wizard" operator-picker.png
xdotool key alt+t              # Other server… again: acs-sim
sleep 0.3
xdotool key Return             # Next: the identity page, with the code field
sleep 0.5
xdotool key alt+s              # SIP address
sleep 0.3
xdotool key alt+a              # its field
sleep 0.3
xdotool type --delay 30 "sip:device@example.com"
xdotool key alt+c              # the code field
sleep 0.3
xdotool type --delay 60 "1357 2468"
shot "$wizard" dedicated-code.png

# Back to the choice, and on with §2.5: the number, then a taken device name.
xdotool key alt+b
sleep 0.3
sleep 0.3
xdotool key alt+b
sleep 0.3
sleep 0.3
xdotool key alt+p              # "This device uses my phone number"
sleep 0.3
xdotool key Return             # Next: the server page
sleep 0.5
# A German operator first: its country is how a national number is read, and the page
# shows the E.164 string that would be sent.
xdotool key alt+o              # My operator
sleep 0.3
xdotool key Tab
xdotool key ctrl+a
xdotool type --delay 40 "vodafone germany"
xdotool key Down
sleep 0.3
xdotool key Return             # Next: the identity page
sleep 0.5
xdotool key alt+p              # Phone number
sleep 0.3
xdotool key alt+u              # its field
sleep 0.3
xdotool key ctrl+a
xdotool type --delay 40 "0151 23456789"
sleep 0.3
shot "$wizard" wizard-national-number.png
xdotool key alt+b              # Back: acs-sim is the server of this run
sleep 0.5
xdotool key alt+t              # Other server…
sleep 0.3
xdotool key Return             # Next: the identity page
sleep 0.5
xdotool key alt+u              # the number field
sleep 0.3
xdotool key ctrl+a
xdotool type --delay 40 "+1 555 010 0001"
sleep 0.3
shot "$wizard" wizard-identity.png

xdotool key Return             # Next: the device page
sleep 0.5
xdotool key ctrl+a
xdotool type --delay 20 "Office laptop"
shot "$wizard" wizard-device.png
xdotool key Return             # Next: linking; the name is taken (409)

conflict=$(window "Choose another name")
activate "$conflict"
shot "$conflict" name-conflict.png
xdotool key Return             # "Office laptop 2"; the server texts a code

dialog=$(window "Enter the code")
code=$(texted_code "$work/sim" 1)
activate "$dialog"
xdotool type --delay 60 "$code"
shot "$dialog" otp-dialog.png
# The answer to the code carries an MSG with Accept and Decline (§2.2.3).
sim_control "/_sim/enqueue?status=200&body=msg-accept-reject"
xdotool key Return             # Continue: the code is checked, the profile stored

message=$(window "Terms")
activate "$message"
shot "$message" server-message.png
xdotool key Return             # Accept

# The result page, then Finish: the main window shows the account.
sleep 2
activate "$wizard"
xdotool key Return
main=$(window spdc)
sleep 1
shot "$main" main-window.png

# A second account: a wrong code first (the error with Retry), then the operator's message
# left unanswered. The main window follows the wizard to the new, active account.
# (Clicked on the form, not on the menu bar where activate would click.)
xdotool mousemove --window "$main" 300 130 click 1
sleep 0.3
xdotool key ctrl+n             # Add account
wizard=$(window "Link an account")
activate "$wizard"
xdotool key Return             # Next: the server page (acs-sim, as before)
sleep 0.5
xdotool key Return             # Next: the identity page
sleep 0.5
xdotool key alt+p              # Phone number
sleep 0.3
xdotool key alt+u
sleep 0.3
xdotool key ctrl+a
xdotool type --delay 40 "+1 555 010 0002"
xdotool key Return             # Next: the device page
sleep 0.5
xdotool key ctrl+a
xdotool type --delay 20 "Home laptop"
xdotool key Return             # Next: linking; a code is texted
dialog=$(window "Enter the code")
texted_code "$work/sim" 2 >/dev/null
activate "$dialog"
xdotool type --delay 60 "000000"
xdotool key Return             # Continue: refused
sleep 2
activate "$wizard"
shot "$wizard" wizard-error-retry.png
# Each code is a paid SMS: spdc sends a new one 30 s after the last at the earliest.
sleep 30
xdotool key alt+r              # Retry: a new code is texted
dialog=$(window "Enter the code")
code=$(texted_code "$work/sim" 3)
activate "$dialog"
xdotool type --delay 60 "$code"
sim_control "/_sim/enqueue?status=200&body=msg-accept-reject"
xdotool key Return
message=$(window "Terms")
activate "$message"
xdotool key Escape             # no answer: the message waits
sleep 1
activate "$wizard"
xdotool key Escape             # close the wizard
sleep 2
xdotool mousemove --window "$main" 300 130 click 1
sleep 0.3
shot "$main" main-window-two-accounts.png

# Refresh now while the server is busy: a busy bar and Cancel.
sim_control "/_sim/enqueue?status=503&retry_after=60"
xdotool key F5
sleep 2
shot "$main" main-window-busy.png
xdotool key alt+c              # Cancel
sleep 0.5

# The same accounts in German.
kill "${pids[-1]}"
wait "${pids[-1]}" 2>/dev/null || true
"$build/app/gui/spdc" --server "$url" --ca-file "$work/sim/ca.pem" --locale de-DE &
pids+=($!)
main=$(window spdc)
sleep 1
shot "$main" main-window-de.png
