#!/usr/bin/env bash
# Runs a command with a real, fresh, unlocked gnome-keyring (Secret Service) in the current
# D-Bus session. Use it inside a private session bus:
#   dbus-run-session -- tests/with-keyring.sh ctest --test-dir build --output-on-failure
# (recipe from shared/PLATFORM.md: unlock with a non-empty password, wait for the bus name).
set -u
data=$(mktemp -d)                          # a fresh keyring every run
"$(dirname "$0")/support/keyring-session.sh" "$data" test-keyring-password "$@"; rc=$?
rm -rf "$data"
exit $rc
