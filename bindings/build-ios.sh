#!/usr/bin/env bash
# Builds LueurCoreFFI.xcframework for the iOS app: one static library for devices
# (aarch64-apple-ios) and one for the simulator made of the arm64 and x86_64 slices
# joined with lipo, each with the generated C header and module map, plus the Swift
# bindings (target/bindings/swift) that the Swift package in ios/ compiles.
#
#   bindings/build-ios.sh              release-small profile (what ships)
#   PROFILE=dev bindings/build-ios.sh  debug libraries
#
# Needs macOS with Xcode (xcodebuild, lipo). It adds the rustup targets itself.
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${PROFILE:-release-small}"
profile_dir="$profile"
[ "$profile" = dev ] && profile_dir=debug
target_dir="${CARGO_TARGET_DIR:-target}"
out="$target_dir/ios"
framework="$out/LueurCoreFFI.xcframework"

fail() {
    echo "build-ios.sh: $*" >&2
    exit 1
}

[ "$(uname -s)" = Darwin ] || fail "iOS libraries are built on macOS with Xcode; this is $(uname -s)."
command -v xcodebuild >/dev/null || fail "xcodebuild is missing. Install Xcode, then run: xcode-select --install"
xcodebuild -version >/dev/null 2>&1 || fail "xcodebuild does not run: select a full Xcode with
sudo xcode-select -s /Applications/Xcode.app (the Command Line Tools alone cannot build for iOS)."
command -v lipo >/dev/null || fail "lipo is missing; it comes with Xcode."
command -v rustup >/dev/null || fail "rustup is missing; it installs the iOS Rust targets."

device=aarch64-apple-ios
simulators=(aarch64-apple-ios-sim x86_64-apple-ios)
installed="$(rustup target list --installed)"
for target in "$device" "${simulators[@]}"; do
    grep -qx "$target" <<<"$installed" || rustup target add "$target"
    echo "== lueur_ffi for $target (profile $profile)"
    cargo rustc -p lueur-ffi --lib --crate-type staticlib --profile "$profile" --target "$target"
done

# Headers and module map come from the Swift generator (library mode, debug host build).
bash bindings/generate.sh >/dev/null
swift_out="$target_dir/bindings/swift"
headers="$out/headers"
rm -rf "$out"
mkdir -p "$headers" "$out/simulator"
cp "$swift_out"/*.h "$headers/"
cp "$swift_out/LueurCoreFFI.modulemap" "$headers/module.modulemap"

lipo -create \
    "$target_dir/${simulators[0]}/$profile_dir/liblueur_ffi.a" \
    "$target_dir/${simulators[1]}/$profile_dir/liblueur_ffi.a" \
    -output "$out/simulator/liblueur_ffi.a"

xcodebuild -create-xcframework \
    -library "$target_dir/$device/$profile_dir/liblueur_ffi.a" -headers "$headers" \
    -library "$out/simulator/liblueur_ffi.a" -headers "$headers" \
    -output "$framework"

echo "$framework"
echo "Swift sources: $swift_out/*.swift"
