#!/usr/bin/env bash
# Runs a command against a gnome-keyring kept in DATA_DIR and started with PASSWORD, in the
# current (private) D-Bus session:
#   dbus-run-session -- keyring-session.sh DATA_DIR PASSWORD command...
# The same DATA_DIR with another password gives a real locked keyring (PLATFORM.md: reads
# answer "no such item", writes are denied); run that without DISPLAY, or a keychain job waits
# on a password prompt. tests/with-keyring.sh uses this with a fresh DATA_DIR.
set -u
data=$1 password=$2; shift 2
export XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
export XDG_DATA_HOME=$data
echo -n "$password" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
kpid=$!
for i in $(seq 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.05
done
"$@"; rc=$?
kill $kpid 2>/dev/null; wait $kpid 2>/dev/null
rm -rf "$XDG_RUNTIME_DIR"
exit $rc
