#!/usr/bin/env bash
# Builds spdc with warnings as errors and runs every test. Tests that use the keychain start
# their own private D-Bus session with a fresh gnome-keyring (tests/with-keyring.sh); GUI tests
# run offscreen. No desktop session is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
SPDC_WERROR=ON scripts/build.sh
ctest --test-dir "${SPDC_BUILD_DIR:-build}" --output-on-failure -j2
