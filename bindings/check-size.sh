#!/usr/bin/env bash
# The size budget of the app's native library: builds liblueur_ffi for this machine
# with the size-optimised profile (release-small: opt-level z, LTO, one codegen unit,
# stripped) and fails when it is larger than 4 MiB. scripts/test-all.sh runs it and
# then reuses the same build for the call-timing harness.
#
#   bindings/check-size.sh   prints: liblueur_ffi <bytes> bytes (<MiB> MiB), budget ...
set -euo pipefail
cd "$(dirname "$0")/.."

budget=$((4 * 1024 * 1024))
target_dir="${CARGO_TARGET_DIR:-target}"
case "$(uname -s)" in
    Darwin) lib_file=liblueur_ffi.dylib ;;
    *) lib_file=liblueur_ffi.so ;;
esac
library="$target_dir/release-small/$lib_file"

cargo build -q -p lueur-ffi --lib --profile release-small
size=$(wc -c <"$library")
mib=$(awk -v s="$size" 'BEGIN { printf "%.2f", s / 1048576 }')
echo "$lib_file (release-small, $(uname -m)-$(uname -s | tr '[:upper:]' '[:lower:]')): $size bytes ($mib MiB), budget $budget bytes (4 MiB)"
if [ "$size" -gt "$budget" ]; then
    echo "check-size.sh: $library is over the 4 MiB budget by $((size - budget)) bytes" >&2
    exit 1
fi
