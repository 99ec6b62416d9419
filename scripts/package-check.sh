#!/usr/bin/env bash
# Builds the .deb and the .rpm and checks them the way a distribution and an IT department
# would: lintian (no tag at all, pedantic included), desktop-file-validate, appstreamcli, the RPM's file
# list and requirements, the MSI source's UpgradeCode. Then installs the .deb on this machine,
# runs the INSTALLED spdc-cli (--version; self-test in a private D-Bus session with a fresh,
# unlocked keyring), shows that presets in /etc/xdg change its effective settings, and purges
# the package.
#
# Run as root on a Debian 12 machine prepared by scripts/install-deps.sh (CI: .ci/run).
# Uses the build directory $SPDC_BUILD_DIR (default build), reconfigured with prefix /usr.
# Exits non-zero on any failure; the presets it writes are removed and the package purged
# even then. Presets the machine already had are put back.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${SPDC_BUILD_DIR:-build}
preset_dir=/etc/xdg/spdc
app_id=org.spdc.spdc

say() { printf '\n== package-check: %s\n' "$*"; }
die() { printf 'package-check: FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it installs and purges the package)"
for tool in cpack lintian desktop-file-validate appstreamcli rpm rpmbuild dpkg-deb python3 \
            dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || die "$tool is missing (scripts/install-deps.sh installs it)"
done
version=$(sed -n 's/^set(SPDC_VERSION "\(.*\)")$/\1/p' cmake/Branding.cmake)
[ -n "$version" ] || die "no SPDC_VERSION in cmake/Branding.cmake"

# --- Clean-up, also on failure --------------------------------------------------------------
work=$(mktemp -d)
installed=no
cleanup() {
    local rc=$?
    for name in spdc.conf policy.conf; do
        rm -f "$preset_dir/$name"
        [ -e "$work/saved-$name" ] && mv "$work/saved-$name" "$preset_dir/$name"
    done
    if [ "$installed" = yes ] && dpkg -s spdc >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq spdc >/dev/null || rc=1
    fi
    rmdir "$preset_dir" 2>/dev/null || true
    rm -rf "$work"
    [ $rc -eq 0 ] && echo "package-check: all checks passed" || echo "package-check: FAILED (exit $rc)" >&2
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Build ----------------------------------------------------------------------------------
say "building (prefix /usr) in $build"
# Keep the tree's warning setting (CI builds with -Werror first): no needless full rebuild.
werror=$(sed -n 's/^SPDC_WERROR:BOOL=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
SPDC_WERROR=${SPDC_WERROR:-${werror:-OFF}} scripts/build.sh -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
rm -f "$build"/spdc_*.deb "$build"/spdc-*.rpm
say "cpack -G DEB and -G RPM"
(cd "$build" && cpack -G DEB >/dev/null && cpack -G RPM >/dev/null)
debs=("$build"/spdc_*.deb)
rpms=("$build"/spdc-*.rpm)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || die "expected one .deb in $build"
[ ${#rpms[@]} -eq 1 ] && [ -f "${rpms[0]}" ] || die "expected one .rpm in $build"
deb=$root/${debs[0]}
rpm_file=$root/${rpms[0]}
ls -l "$deb" "$rpm_file"

# --- Static checks --------------------------------------------------------------------------
say "lintian -EvI --pedantic"
# The issue asks for "lintian -EvI --pedantic clean": an info or pedantic tag fails too.
lintian -EvI --pedantic --fail-on error,warning,info,pedantic "$deb"

say ".deb metadata and contents"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
depends=$(dpkg-deb --field "$deb" Depends)
for dep in libsecret-1-0 mobile-broadband-provider-info libqt6widgets6 libqt6keychain1; do
    grep -q "$dep" <<<"$depends" || die "Depends lacks $dep: $depends"
done
recommends=$(dpkg-deb --field "$deb" Recommends)
grep -q qt6-translations-l10n <<<"$recommends" || die "Recommends lacks qt6-translations-l10n: $recommends"
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || die "package version is not $version"
dpkg-deb --contents "$deb" | awk '{print $6}' >"$work/deb-files.txt"
for file in ./usr/bin/spdc ./usr/bin/spdc-cli \
            ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
            ./usr/share/icons/hicolor/48x48/apps/$app_id.png \
            ./usr/share/man/man1/spdc.1.gz ./usr/share/man/man1/spdc-cli.1.gz \
            ./usr/share/doc/spdc/copyright ./usr/share/doc/spdc/changelog.gz \
            ./etc/xdg/spdc/spdc.conf.example ./etc/xdg/spdc/policy.conf.example; do
    grep -qxF "$file" "$work/deb-files.txt" || die "the .deb lacks $file"
done
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx "/etc/xdg/spdc/spdc.conf.example" \
    || die "the example preset is not a conffile"

say "desktop-file-validate and appstreamcli validate --no-net"
desktop-file-validate packaging/linux/$app_id.desktop
appstreamcli validate --no-net --pedantic packaging/linux/$app_id.metainfo.xml
# --no-net does not look at the screenshot URLs: each must name a real image of
# resources/screenshots, with its real size.
python3 - packaging/linux/$app_id.metainfo.xml resources/screenshots <<'EOF'
import os, struct, sys, xml.etree.ElementTree as ET
metainfo, folder = sys.argv[1:]
images = ET.parse(metainfo).getroot().findall("./screenshots/screenshot/image")
if not images:
    sys.exit(f"{metainfo}: no screenshot")
for image in images:
    path = os.path.join(folder, os.path.basename(image.text.strip()))
    if not os.path.isfile(path):
        sys.exit(f"{metainfo}: {image.text.strip()} is not an image of {folder}")
    with open(path, "rb") as png:
        header = png.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path} is not a PNG")
    width, height = struct.unpack(">II", header[16:24])
    declared = (image.get("width"), image.get("height"))
    if declared != (None, None) and declared != (str(width), str(height)):
        sys.exit(f"{metainfo}: {os.path.basename(path)} is {width}x{height}, not {declared[0]}x{declared[1]}")
    print(f"{path}: {width}x{height}, as declared")
EOF

say ".rpm metadata and contents"
rpm -qpi "$rpm_file" 2>/dev/null | sed -n '1,12p'
rpm -qpR "$rpm_file" 2>/dev/null >"$work/rpm-requires.txt"
for dep in 'libsecret-1.so.0()(64bit)' mobile-broadband-provider-info 'libQt6Widgets.so.6()(64bit)' \
           'libQt6Svg.so.6()(64bit)'; do
    grep -qF "$dep" "$work/rpm-requires.txt" || die "the .rpm does not require $dep"
done
rpm -qpl "$rpm_file" 2>/dev/null >"$work/rpm-files.txt"
for file in /usr/bin/spdc /usr/bin/spdc-cli /usr/share/applications/$app_id.desktop \
            /usr/share/man/man1/spdc-cli.1.gz /etc/xdg/spdc/policy.conf.example; do
    grep -qxF "$file" "$work/rpm-files.txt" || die "the .rpm lacks $file"
done
# Directories of the base system (filesystem package) must not be claimed.
for dir in /usr /usr/bin /usr/share /usr/share/applications /usr/share/man/man1 /etc /etc/xdg; do
    if grep -qxF "$dir" "$work/rpm-files.txt"; then die "the .rpm claims $dir"; fi
done
rpm -qpc "$rpm_file" 2>/dev/null | grep -qx /etc/xdg/spdc/spdc.conf.example \
    || die "the example preset is not %config in the .rpm"

say "MSI source and macOS bundle metadata (reviewed, not built here)"
branding_code=$(sed -n 's/^set(SPDC_MSI_UPGRADE_CODE "\(.*\)")$/\1/p' cmake/Branding.cmake)
grep -q "<?define UpgradeCode = \"$branding_code\" ?>" packaging/windows/spdc.wxs \
    || die "packaging/windows/spdc.wxs does not use SPDC_MSI_UPGRADE_CODE $branding_code"
python3 - packaging/windows/spdc.wxs packaging/macos/Info.plist.in <<'EOF'
import sys, xml.dom.minidom
for path in sys.argv[1:]:
    xml.dom.minidom.parse(path)
    print(f"{path}: well-formed XML")
EOF

# --- Install and run the installed program --------------------------------------------------
say "apt-get install $deb"
for name in spdc.conf policy.conf; do
    [ -e "$preset_dir/$name" ] && mv "$preset_dir/$name" "$work/saved-$name"
done
installed=yes
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
dpkg -s spdc | grep -q '^Status: install ok installed' || die "spdc is not installed"

say "installed /usr/bin/spdc-cli --version"
/usr/bin/spdc-cli --version | tee "$work/version.txt"
grep -qx "spdc-cli $version" "$work/version.txt" || die "spdc-cli --version does not say $version"
desktop-file-validate /usr/share/applications/$app_id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml >/dev/null

say "installed spdc-cli self-test (private D-Bus session, fresh unlocked keyring)"
# No DISPLAY: a keychain prompt must never wait for a person.
env -u DISPLAY dbus-run-session -- "$root/tests/with-keyring.sh" /usr/bin/spdc-cli self-test \
    || die "spdc-cli self-test failed"

# --- Presets in /etc/xdg change what the installed program does ----------------------------
# A fresh user layer, so that root's own settings cannot interfere.
export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME/spdc"
settings_json() { /usr/bin/spdc-cli settings --json 2>"$work/settings-err.txt"; }
# check.py FILE key=value:source:locked ... (value "" for empty)
cat >"$work/check.py" <<'EOF'
import json, sys
data = json.load(open(sys.argv[1]))
got = {e["key"]: e for e in data["settings"]}
failed = False
for spec in sys.argv[2:]:
    key, rest = spec.split("=", 1)
    value, source, locked = rest.rsplit(":", 2)
    entry = got[key]
    actual = entry["value"]
    if isinstance(actual, bool):
        actual = "true" if actual else "false"
    want = (value, source, locked == "locked")
    have = (actual, entry["source"], entry["locked"])
    ok = want == have
    failed |= not ok
    print(f"  {'ok  ' if ok else 'FAIL'} {key}: want {want}, have {have}")
sys.exit(1 if failed else 0)
EOF

say "settings without presets: built-in values"
settings_json >"$work/before.json"
python3 "$work/check.py" "$work/before.json" \
    device/type=PC:built-in:unlocked server/url=:built-in:unlocked \
    accounts/allowAdd=true:built-in:unlocked || die "unexpected settings without presets"

say "settings with presets in $preset_dir"
mkdir -p "$preset_dir"
printf '[device]\ntype=Tablet\nfriendlyName=Fleet laptop\n[locked]\ndevice/friendlyName=true\n' \
    >"$preset_dir/spdc.conf"
printf '[server]\nurl=https://config.example.net/\n[accounts]\nallowAdd=false\n' \
    >"$preset_dir/policy.conf"
# The user's own values: one wins over a default, one loses to policy, one loses to a lock.
printf '[settings]\ndevice\\type=Other\nserver\\url=https://user.example.org/\ndevice\\friendlyName=Mine\n' \
    >"$XDG_CONFIG_HOME/spdc/spdc.conf"
/usr/bin/spdc-cli settings
settings_json >"$work/with-presets.json"
python3 "$work/check.py" "$work/with-presets.json" \
    server/url=https://config.example.net/:policy:locked \
    server/operator=:policy:locked \
    accounts/allowAdd=false:policy:locked \
    device/type=Other:user:unlocked \
    device/friendlyName="Fleet laptop":default:locked \
    server/allowCustom=true:built-in:unlocked || die "the presets did not take effect"

say "the presets change what the installed spdc-cli link does"
# Policy forbids adding accounts: refused before anything is sent or stored.
set +e
env -u DISPLAY /usr/bin/spdc-cli link --msisdn +15550100001 >"$work/link.txt" 2>&1
rc=$?
set -e
sed 's/^/  /' "$work/link.txt"
[ $rc -eq 1 ] || die "link with accounts/allowAdd=false exited $rc, not 1"
grep -q "managed by your organisation" "$work/link.txt" || die "link did not say the setting is managed"
# Policy allows adding but locks the server: another server is refused.
printf '[server]\nurl=https://config.example.net/\n' >"$preset_dir/policy.conf"
set +e
env -u DISPLAY /usr/bin/spdc-cli link --msisdn +15550100001 --server https://other.example.org/ \
    >"$work/link2.txt" 2>&1
rc=$?
set -e
sed 's/^/  /' "$work/link2.txt"
[ $rc -eq 1 ] && grep -q "managed by your organisation" "$work/link2.txt" \
    || die "link overrode a locked server (exit $rc)"

say "a wrong preset is rejected with a warning, and the built-in value applies"
printf '[device]\ntype=Laptop\n' >"$preset_dir/spdc.conf"
rm -f "$XDG_CONFIG_HOME/spdc/spdc.conf"
settings_json >"$work/wrong.json"
python3 "$work/check.py" "$work/wrong.json" device/type=PC:built-in:unlocked \
    || die "a wrong device type was not rejected"
grep -q 'device/type.*Laptop' "$work/settings-err.txt" || die "no warning for device/type=Laptop"
sed 's/^/  stderr: /' "$work/settings-err.txt"

say "presets removed: built-in values again"
rm -f "$preset_dir/spdc.conf" "$preset_dir/policy.conf"
settings_json >"$work/after.json"
python3 "$work/check.py" "$work/after.json" device/type=PC:built-in:unlocked \
    server/url=:built-in:unlocked || die "settings did not return to built-in values"

# --- Purge ----------------------------------------------------------------------------------
say "apt-get purge spdc"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq spdc >/dev/null
installed=no
! dpkg -s spdc >/dev/null 2>&1 || die "spdc is still installed"
[ ! -e /usr/bin/spdc-cli ] || die "/usr/bin/spdc-cli is still there"
[ ! -e "$preset_dir/spdc.conf.example" ] || die "the example preset survived the purge"
