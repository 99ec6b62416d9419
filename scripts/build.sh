#!/usr/bin/env bash
# Configures and builds spdc into ./build (or $SPDC_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SPDC_BUILD_DIR:-build}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${SPDC_BUILD_TYPE:-RelWithDebInfo} \
      -DSPDC_WERROR=${SPDC_WERROR:-OFF} "${launcher[@]}" "$@"
cmake --build "$build" -j"$(nproc)"
