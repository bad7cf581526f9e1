#!/usr/bin/env bash
# Builds liblueur_ffi.so for the Android app's three ABIs with cargo-ndk and puts them
# where Gradle packs them: android/app/src/main/jniLibs/<abi>/liblueur_ffi.so.
# Also generates the Android Kotlin bindings (target/bindings/kotlin) from a debug
# host build, since a stripped release library carries no UniFFI metadata.
#
#   bindings/build-android.sh            release-small profile (what ships)
#   PROFILE=dev bindings/build-android.sh  debug libraries, faster to build
#
# Needs: the Android NDK (ANDROID_NDK_HOME, or ANDROID_HOME/ndk/<version>) and
# cargo-ndk (`cargo install cargo-ndk`). It adds the rustup targets itself.
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${PROFILE:-release-small}"
min_sdk="${ANDROID_MIN_SDK:-26}"
jni_libs=android/app/src/main/jniLibs
abis=(arm64-v8a armeabi-v7a x86_64)
rust_targets=(aarch64-linux-android armv7-linux-androideabi x86_64-linux-android)

fail() {
    echo "build-android.sh: $*" >&2
    exit 1
}

if ! cargo ndk --version >/dev/null 2>&1; then
    fail "cargo-ndk is missing. Install it with: cargo install cargo-ndk"
fi
ndk="${ANDROID_NDK_HOME:-${ANDROID_NDK_ROOT:-}}"
if [ -z "$ndk" ] && [ -n "${ANDROID_HOME:-}" ] && [ -d "$ANDROID_HOME/ndk" ]; then
    # The newest side-by-side NDK the SDK manager installed.
    ndk="$(find "$ANDROID_HOME/ndk" -mindepth 1 -maxdepth 1 -type d | sort -V | tail -n 1)"
fi
if [ -z "$ndk" ] || [ ! -f "$ndk/source.properties" ]; then
    fail "no Android NDK found. Install one with Android Studio's SDK Manager (SDK Tools > NDK)
or sdkmanager 'ndk;<version>', then set ANDROID_NDK_HOME to its folder."
fi
export ANDROID_NDK_HOME="$ndk"

command -v rustup >/dev/null || fail "rustup is missing; it installs the Android Rust targets."
installed="$(rustup target list --installed)"
for target in "${rust_targets[@]}"; do
    grep -qx "$target" <<<"$installed" || rustup target add "$target"
done

ndk_args=()
for abi in "${abis[@]}"; do
    ndk_args+=(-t "$abi")
done
echo "== lueur_ffi for ${abis[*]} (profile $profile, API $min_sdk) into $jni_libs"
cargo ndk "${ndk_args[@]}" --platform "$min_sdk" -o "$jni_libs" \
    build -p lueur-ffi --lib --profile "$profile"

# cargo-ndk also copies the static library; the app links only the shared one.
find "$jni_libs" -name '*.a' -delete
for abi in "${abis[@]}"; do
    so="$jni_libs/$abi/liblueur_ffi.so"
    [ -f "$so" ] || fail "expected $so after the build"
    printf '%-12s %8d bytes\n' "$abi" "$(wc -c <"$so")"
done

bash bindings/generate.sh >/dev/null
echo "Kotlin bindings for the app: target/bindings/kotlin (android/app adds them as a source folder)"
