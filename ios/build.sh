#!/usr/bin/env bash
# Builds the iOS app: the Rust core as LueurCoreFFI.xcframework (bindings/build-ios.sh),
# the generated Swift bindings copied into the LueurKit package, the Xcode project from
# project.yml (XcodeGen), then xcodebuild for the simulator (or a device with
# DESTINATION='generic/platform=iOS').
#
#   ios/build.sh                 release-small Rust libraries, Debug app, simulator
#   PROFILE=dev ios/build.sh     debug Rust libraries
#
# Needs macOS with Xcode and XcodeGen (brew install xcodegen); it stops and says what
# is missing elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "ios/build.sh: $*" >&2
    exit 1
}

[ "$(uname -s)" = Darwin ] || fail "the iOS app is built on macOS with Xcode; this is $(uname -s).
On Linux, 'target/venv/bin/python -m pytest -q tests/swift' checks the Swift sources instead."
command -v xcodebuild >/dev/null || fail "xcodebuild is missing: install Xcode from the App Store."
xcodebuild -version >/dev/null 2>&1 || fail "xcodebuild does not run: select a full Xcode with
sudo xcode-select -s /Applications/Xcode.app (the Command Line Tools alone cannot build for iOS)."
command -v xcodegen >/dev/null || fail "xcodegen is missing: brew install xcodegen"

target_dir="${CARGO_TARGET_DIR:-target}"
kit=ios/LueurKit

# 1. The Rust core for devices and simulators, and the generated Swift bindings.
bash bindings/build-ios.sh

# 2. Copy both into the package (SwiftPM wants its binary targets inside the package).
#    Both copies are git-ignored: generated code is never committed.
rm -rf "$kit/Artifacts"
mkdir -p "$kit/Artifacts"
cp -R "$target_dir/ios/LueurCoreFFI.xcframework" "$kit/Artifacts/"
# One Swift file per crate (LueurCore, LueurCoreTypes, LueurContract), one module.
cp "$target_dir"/bindings/swift/*.swift "$kit/Sources/LueurCore/"

# 3. The Xcode project, then the app.
(cd ios/LueurApp && xcodegen generate --quiet)
destination="${DESTINATION:-generic/platform=iOS Simulator}"
xcodebuild -project ios/LueurApp/LueurApp.xcodeproj -scheme LueurApp \
    -configuration "${CONFIGURATION:-Debug}" -destination "$destination" \
    -derivedDataPath ios/build CODE_SIGNING_ALLOWED=NO build

echo "ios/build.sh: built $(find ios/build -name 'Lueur.app' -maxdepth 5 | head -n 1)"
