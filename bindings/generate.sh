#!/usr/bin/env bash
# Builds lueur_ffi for this machine (debug: a debug library keeps the UniFFI metadata
# that a stripped release one loses) and generates its Kotlin, Swift and Python
# bindings with the workspace's own uniffi-bindgen, in library mode:
#
#   target/bindings/kotlin      Kotlin for the Android app (android_cleaner = true)
#   target/bindings/kotlin-jvm  the same API for a plain JVM (android/jvm tests)
#   target/bindings/swift       Swift sources, C header and module map for iOS
#   target/bindings/python      the package lueur_bindings (lueur, lueur_core, lueur_contract)
#                               with a copy of the host library inside
#
# Generated code is never committed; run this again after any change to bindings/.
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir="${CARGO_TARGET_DIR:-target}"
out="$target_dir/bindings"

case "$(uname -s)" in
    Darwin) lib_file=liblueur_ffi.dylib ;;
    *) lib_file=liblueur_ffi.so ;;
esac
library="$target_dir/debug/$lib_file"

echo "== lueur_ffi: host library (debug), the Rust call-timing example, the reference intake"
cargo build -q -p lueur-ffi --lib --examples
# The JVM tests run the upload loop against the reference intake on loopback.
cargo build -q -p lueur-intake --bin lueur-intake
cargo build -q -p uniffi-bindgen

# Every crate with types for the apps (lueur_ffi, lueur_core, lueur_contract), each
# with its own uniffi.toml.
bindgen() {
    cargo uniffi-bindgen generate --library "$library" --no-format "$@"
}

rm -rf "$out"
echo "== bindings into $out"
bindgen --language kotlin --out-dir "$out/kotlin"
bindgen --language kotlin --out-dir "$out/kotlin-jvm" --config bindings/uniffi-jvm.toml
bindgen --language swift --out-dir "$out/swift"
# One C module over the three headers, which every generated Swift file imports.
{
    echo "module LueurCoreFFI {"
    for header in "$out"/swift/*FFI.h; do
        echo "    header \"$(basename "$header")\""
    done
    echo "    export *"
    echo "}"
} >"$out/swift/LueurCoreFFI.modulemap"
# One package (`from lueur_bindings import lueur, lueur_core`): the generated modules
# import each other relatively, and load the library from their own folder.
bindgen --language python --out-dir "$out/python/lueur_bindings"
touch "$out/python/lueur_bindings/__init__.py"
cp "$library" "$out/python/lueur_bindings/"

# A wrong override file would silently give the JVM the Android cleaner; fail here instead.
if grep -q "android.os.Build" -r "$out/kotlin-jvm"; then
    echo "generate.sh: the JVM Kotlin bindings still use the Android cleaner" >&2
    exit 1
fi
find "$out" -type f | sort
