#!/usr/bin/env bash
# Configures and builds spdc into ./build (or $SPDC_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SPDC_BUILD_DIR:-build}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# SPDC_WERROR=ON|OFF when set; otherwise what the build directory has (OFF when new), so that
# the demo after the tests (or the other way round) does not rebuild everything.
werror=()
[ -n "${SPDC_WERROR:-}" ] && werror=(-DSPDC_WERROR="$SPDC_WERROR")
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${SPDC_BUILD_TYPE:-RelWithDebInfo} \
      "${werror[@]}" "${launcher[@]}" "$@"
cmake --build "$build" -j"$(nproc)"
