#!/usr/bin/env bash
# Runs every test of Lueur: the Rust workspace, the independent checks of the Fluent
# files, and the tests of the generated bindings. It installs what it needs into
# target/ (a Python virtual environment), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust workspace"
cargo test --workspace --all-targets
# Doc tests are not part of --all-targets.
cargo test --workspace --doc

echo "== Python checks of the content (fluent.syntax, compare-locales)"
venv=target/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/python/requirements.txt
"$venv/bin/python" -m pytest -q tests/python

# The bindings: the size budget (one release-small build, reused by the JVM tests and
# the call timing below), then the generated Kotlin/Swift/Python and their tests.
target_dir="${CARGO_TARGET_DIR:-target}"
echo "== Size budget of the app's native library"
bash bindings/check-size.sh
# The Rust half of the call timing, in the same profile as the library it is compared with.
cargo build -q -p lueur-ffi --profile release-small --example call_timing

echo "== Generated bindings"
bash bindings/generate.sh >/dev/null

echo "== Python bindings (pytest)"
"$venv/bin/python" -m pytest -q tests/bindings/python

# No Swift on Linux: parse ios/ with tree-sitter and check every core name it uses
# against the Swift bindings generated just above (see ios/README.md).
echo "== iOS sources against the generated Swift bindings (pytest, tree-sitter)"
if swift_log="$("$venv/bin/python" -m pytest -q tests/swift 2>&1)"; then
    tail -n 1 <<<"$swift_log"
else
    echo "$swift_log"
    echo "test-all.sh: the iOS source checks failed" >&2
    exit 1
fi

echo "== Kotlin bindings on the JVM (Maven, JUnit 5, JNA), against the release-small library"
if ! command -v mvn >/dev/null || ! command -v javac >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven openjdk-17-jdk-headless >/dev/null
fi
abs_target="$(cd "$target_dir" && pwd)"
mvn_log="$abs_target/mvn-test.log"
if (cd android/jvm && mvn -B --no-transfer-progress test \
    -Dlueur.targetDir="$abs_target" \
    -Dlueur.libDir="$abs_target/release-small" \
    -Dlueur.rustTiming="$abs_target/release-small/examples/call_timing") >"$mvn_log" 2>&1; then
    grep -E 'Tests run:|^\[timing\]' "$mvn_log"
else
    tail -n 200 "$mvn_log"
    echo "test-all.sh: the Kotlin bindings tests failed (full log: $mvn_log)" >&2
    exit 1
fi

# The Android app itself: compiled with the real Jetpack Compose and AndroidX against
# Robolectric's android-all, dexed and packaged into a debug APK without the SDK, Gradle or
# the NDK, then its Robolectric tests (android/README.md, "The Linux build").
echo "== Android app: debug APK and Robolectric tests, against the release-small library"
apk_log="$abs_target/android-app.log"
android_start=$SECONDS
if LUEUR_LIB_DIR="$abs_target/release-small" bash android/build-apk.sh --test >"$apk_log" 2>&1; then
    grep -E '^build-apk: .*wrote ' "$apk_log"
    sed -n '/^== aapt dump badging/,/^== Robolectric tests/p' "$apk_log" | sed '$d'
    grep -E 'Tests run:' "$apk_log"
    echo "screenshots: android/linux/target/screenshots/"
    echo "Android app step: $((SECONDS - android_start)) s"
else
    tail -n 200 "$apk_log"
    echo "test-all.sh: the Android app build or its Robolectric tests failed (full log: $apk_log)" >&2
    exit 1
fi
