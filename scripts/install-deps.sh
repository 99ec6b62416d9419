#!/usr/bin/env bash
# Installs everything spdc needs to build, run and test on Debian 12 (run as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
packages=(
  # build
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libssl-dev openssl libphonenumber-dev
  # operator names and MCC/MNC
  mobile-broadband-provider-info
  # run: qtkeychain loads libsecret at run time; fonts and the SVG icon plugin for the GUI
  libsecret-1-0 fonts-dejavu-core libqt6svg6 ca-certificates
  # tests: a private session bus with a real gnome-keyring, X for GUI tests and screenshots
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth x11-apps imagemagick xdotool curl
  # packaging checks (scripts/package-check.sh): .deb and .rpm, desktop file, AppStream
  dpkg-dev lintian appstream desktop-file-utils rpm python3
)
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}"
