#!/usr/bin/env bash
# Runs a command with a real, fresh, unlocked gnome-keyring (Secret Service) in the current
# D-Bus session. Use it inside a private session bus:
#   dbus-run-session -- tests/with-keyring.sh ctest --test-dir build --output-on-failure
# (recipe from shared/PLATFORM.md: unlock with a non-empty password, wait for the bus name).
set -u
export XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
export XDG_DATA_HOME=$(mktemp -d)          # a fresh keyring every run
echo -n "test-keyring-password" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
kpid=$!
for i in $(seq 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.05
done
"$@"; rc=$?
kill $kpid 2>/dev/null; wait $kpid 2>/dev/null
rm -rf "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME"
exit $rc
