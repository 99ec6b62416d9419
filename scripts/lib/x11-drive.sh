# Drives spdc's windows on an X server as a person would, with xdotool and ImageMagick.
# Sourced by scripts/demo.sh and scripts/take-screenshots.sh; needs `shots` (a directory) set.

# Waits (up to 20 s) for a visible top-level window with exactly this title; prints its id.
# Polls rather than `search --sync`: windows come and go meanwhile, and an X error from one
# that just went away ends xdotool.
window() {
    local id
    for _ in $(seq 100); do
        id=$(xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | head -n 1 || true)
        if [ -n "$id" ]; then
            sleep 0.5   # mapped is not yet painted
            echo "$id"
            return 0
        fi
        sleep 0.2
    done
    echo "$(basename "$0"): no window \"$1\" appeared" >&2
    return 1
}

# With no window manager nothing gives a new window the keyboard: click it, as a person
# would, on a spot that takes no focus itself (its top-left text), so the field keeps it.
activate() {
    xdotool mousemove --window "$1" 12 8 click 1
    sleep 0.3
}

# Captures one window, and only it, from the X server: what a person would see.
shot() {
    sleep 0.7   # let the last repaint land
    import -window "$1" "$shots/$2"
    echo "$(basename "$0"): $shots/$2 ($(identify -format '%wx%h' "$shots/$2"))"
}

# The newest code acs-sim "texted" (its outbox, one JSON object a line), once there are at
# least $2 of them; $1 is the simulator's state directory.
texted_code() {
    local outbox=$1/outbox.jsonl
    for _ in $(seq 100); do
        [ "$(grep -c '"otp"' "$outbox" 2>/dev/null || true)" -ge "$2" ] && break
        sleep 0.1
    done
    sed -n 's/.*"otp": *"\([^"]*\)".*/\1/p' "$outbox" | tail -n 1
}
