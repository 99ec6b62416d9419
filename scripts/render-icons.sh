#!/usr/bin/env bash
# Renders the hicolor PNG icons from packaging/icons/org.spdc.spdc.svg. The PNGs are committed,
# so only run this after changing the SVG. Needs rsvg-convert (apt-get install librsvg2-bin);
# ImageMagick's convert on Debian 12 has no SVG coder of its own and calls rsvg-convert too.
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert is missing (librsvg2-bin)" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
    mkdir -p "$size"
    rsvg-convert --width "$size" --height "$size" --format png org.spdc.spdc.svg \
        --output "$size/org.spdc.spdc.png"
done
echo "render-icons: wrote $(ls -d [0-9]*/org.spdc.spdc.png | tr '\n' ' ')"
