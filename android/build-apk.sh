#!/usr/bin/env bash
# Builds Lueur's Android app on Linux without the Android SDK, Gradle or the NDK, and with
# --test runs its Robolectric tests. See android/README.md ("The Linux build").
#
#   bash android/build-apk.sh [--test]      (after bash bindings/generate.sh)
#
# Writes target/android/lueur-debug.apk (debug-signed with a key generated into
# target/android/, never committed) and prints its badging. Needs java 17, mvn, aapt,
# zipalign, apksigner and unzip/zip (.ci/run installs the Debian packages).
# Environment: CARGO_TARGET_DIR (as cargo), LUEUR_LIB_DIR (the host liblueur_ffi the tests
# load; default target/debug), MVN_ARGS (extra Maven options, e.g. -Dmaven.repo.local=...).
set -euo pipefail
cd "$(dirname "$0")/.."

run_tests=false
case "${1:-}" in
    --test) run_tests=true ;;
    "") ;;
    *) echo "usage: $0 [--test]" >&2; exit 2 ;;
esac

target_dir="${CARGO_TARGET_DIR:-target}"
mkdir -p "$target_dir/android"
target_abs="$(cd "$target_dir" && pwd)"
lib_dir="${LUEUR_LIB_DIR:-$target_abs/debug}"
linux=android/linux
work="$linux/target/android"          # intermediate files (Maven's target folder)
out="$target_abs/android"             # the APK and the debug key
# App facts that Gradle keeps in app/build.gradle.kts; checked against it below.
package=be.lueur.app
min_sdk=26
target_sdk=35
version_code=1
version_name=0.1.0

say() { echo "build-apk: [${SECONDS}s] $*"; }
die() { echo "build-apk: $*" >&2; exit 1; }

for tool in java javac jar mvn aapt zipalign apksigner keytool unzip zip; do
    command -v "$tool" >/dev/null || die "$tool is missing (.ci/run installs aapt, zipalign and apksigner)"
done
[ -f "$target_abs/bindings/kotlin/be/lueur/ffi/lueur.kt" ] \
    || die "no generated Kotlin bindings in $target_abs/bindings/kotlin: run bash bindings/generate.sh first"
for fact in "namespace = \"$package\"" "minSdk = $min_sdk" "targetSdk = $target_sdk" \
    "versionCode = $version_code" "versionName = \"$version_name\""; do
    grep -qF "$fact" android/app/build.gradle.kts || die "android/app/build.gradle.kts no longer says $fact"
done

# MVN_ARGS is split on spaces on purpose (a list of Maven options).
# shellcheck disable=SC2086
mvn_() { mvn -B --no-transfer-progress -Dstyle.color=never ${MVN_ARGS:-} -f "$linux/pom.xml" -Dlueur.targetDir="$target_abs" "$@"; }

say "Maven pass 1: fetch the AARs, the framework jar and D8"
rm -rf "$linux/target"  # a clean start: no class or report of an earlier run
mvn_ -q -Dlueur.prepare initialize
android_jar="$(cat "$work/android-jar.txt")"
[ -f "$android_jar" ] || die "the android-all jar was not fetched"
# The local repository, read off the framework jar's path (it holds every POM).
repo="${android_jar%/org/robolectric/android-all/*}"

say "dependencies against the Gradle catalog"
# The check walks the POMs Gradle would read (the Compose BOM, parents, the libraries'
# own dependencies); on a fresh machine some are not fetched yet. It names them (exit 3),
# Maven fetches those POMs alone, and the walk starts again, until nothing is missing.
for round in 1 2 3 4 5 6 7 8 9 10 11 12; do
    status=0
    java "$linux/BuildSupport.java" deps --toml android/gradle/libs.versions.toml \
        --gradle android/app/build.gradle.kts android/ui/build.gradle.kts \
        --pom "$linux/pom.xml" --repo "$repo" --missing "$work/missing-poms.txt" || status=$?
    [ "$status" -eq 0 ] && break
    [ "$status" -eq 3 ] && [ "$round" -lt 12 ] || die "the dependency check failed (exit $status)"
    # One Maven run per round: a throwaway project whose dependencies are those POMs.
    fetch="$work/fetch-poms"
    mkdir -p "$fetch"
    {
        echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
        echo '<groupId>be.lueur.build</groupId><artifactId>fetch-poms</artifactId><version>0</version><dependencies>'
        while IFS=: read -r g a v; do
            [ -n "$v" ] || continue
            echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version><type>pom</type>"
            echo '<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>'
        done < "$work/missing-poms.txt"
        echo '</dependencies></project>'
    } > "$fetch/pom.xml"
    mvn -B -q --no-transfer-progress ${MVN_ARGS:-} -f "$fetch/pom.xml" \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:resolve >/dev/null \
        || die "Maven could not fetch the POMs in $work/missing-poms.txt"
done
kotlin_catalog="$(sed -n 's/^kotlin = "\(.*\)"/\1/p' android/gradle/libs.versions.toml)"
grep -q "<kotlin.version>$kotlin_catalog</kotlin.version>" "$linux/pom.xml" \
    || die "$linux/pom.xml's kotlin.version is not the catalog's $kotlin_catalog"

# The AARs: copied by Maven into compile/ (Gradle's compile classpath), runtime/ (what the
# APK holds) and test/ (what the tests run with), each a superset of the one before.
say "unpack the AARs"
unpacked="$work/unpacked"
mkdir -p "$unpacked"
for aar in "$work"/aar/test/*.aar; do
    name="$(basename "$aar" .aar)"
    mkdir -p "$unpacked/$name"
    unzip -qo "$aar" -d "$unpacked/$name"
done
group_of() {  # compile | runtime | test: the narrowest set that holds the AAR
    if [ -f "$work/aar/compile/$1.aar" ]; then echo compile
    elif [ -f "$work/aar/runtime/$1.aar" ]; then echo runtime
    else echo test; fi
}
main_aars=(); test_aars=()
for dir in "$unpacked"/*/; do
    name="$(basename "$dir")"
    # aapt 1 reads <item type="id" name="x"/> but not aapt 2's short form <id name="x"/>
    # (activity, lifecycle and savedstate use it): the same resource, spelled for aapt 1.
    if [ -d "$dir/res" ]; then
        { grep -rlZ '<id name=' "$dir/res" --include='*.xml' || true; } | xargs -0 -r \
            sed -i -E 's#<id name="([^"]*)"[[:space:]]*/>#<item type="id" name="\1"/>#g'
    fi
    if [ "$(group_of "$name")" = test ]; then test_aars+=("$name"); else main_aars+=("$name"); fi
done

# One jar per group: what Maven puts on the classpath (system scope) and D8 dexes.
join_classes() {  # OUT.jar AAR_NAME...
    local jar_out="$1" dir
    shift
    dir="$(mktemp -d "$work/join.XXXX")"
    for name in "$@"; do
        for j in "$unpacked/$name/classes.jar" "$unpacked/$name"/libs/*.jar; do
            [ -f "$j" ] && unzip -qqo "$j" -d "$dir"
        done
    done
    rm -rf "$dir/META-INF/MANIFEST.MF" "$dir/META-INF/versions" "$dir/module-info.class"
    jar --create --file "$jar_out" -C "$dir" .
    rm -rf "$dir"
}
compile_aars=(); runtime_aars=()
for name in "${main_aars[@]}"; do
    if [ "$(group_of "$name")" = compile ]; then compile_aars+=("$name"); else runtime_aars+=("$name"); fi
done
join_classes "$work/aar-compile.jar" "${compile_aars[@]}"
join_classes "$work/aar-runtime.jar" "${runtime_aars[@]}"
join_classes "$work/aar-test.jar" "${test_aars[@]}"
say "AARs: ${#compile_aars[@]} on the compile classpath, ${#runtime_aars[@]} more at run time, ${#test_aars[@]} for the tests"

# Manifests, resources and R classes: once for the APK, once for the tests (the tests
# add the test libraries' manifests and resources, as Gradle's unit tests do).
link() {  # NAME AAR_NAME...: merge, link with aapt, write and compile the R classes
    local name="$1" dir="$work/$1" libs=() res=() pkgs=() extra lib_pkg
    shift
    mkdir -p "$dir/r-src" "$dir/r-classes" "$dir/aapt-java"
    for a in "$@"; do
        libs+=("$unpacked/$a/AndroidManifest.xml")
        [ -d "$unpacked/$a/res" ] && res+=(-S "$unpacked/$a/res")
    done
    java "$linux/BuildSupport.java" manifest --app android/app/src/main/AndroidManifest.xml \
        --package "$package" --min-sdk "$min_sdk" --target-sdk "$target_sdk" \
        --out "$dir/AndroidManifest.xml" "${libs[@]}"
    # App resources first: aapt takes the first match, and --auto-add-overlay lets the
    # libraries add resources the app does not have.
    aapt package -f --auto-add-overlay --no-version-vectors \
        -M "$dir/AndroidManifest.xml" -I "$android_jar" \
        -S android/app/src/main/res "${res[@]}" \
        --min-sdk-version "$min_sdk" --target-sdk-version "$target_sdk" \
        --version-code "$version_code" --version-name "$version_name" \
        -m -J "$dir/aapt-java" --output-text-symbols "$dir" -F "$dir/resources.ap_" >"$dir/aapt.log" 2>&1 \
        || { cat "$dir/aapt.log" >&2; die "aapt could not link the $name resources"; }
    for a in "$@"; do
        lib_pkg="$(sed -n 's/.*package="\([^"]*\)".*/\1/p' "$unpacked/$a/AndroidManifest.xml" | head -n 1)"
        [ -s "$unpacked/$a/R.txt" ] && pkgs+=("$lib_pkg=$unpacked/$a/R.txt")
    done
    java "$linux/BuildSupport.java" rclass --symbols "$dir/R.txt" --package "$package" \
        --out "$dir/r-src" "${pkgs[@]}" | sed "s/^/build-apk: $name /"
    find "$dir/r-src" -name R.java -print0 | xargs -0 javac -nowarn --release 17 -d "$dir/r-classes"
}
say "manifests, resources (aapt) and R classes"
link main "${main_aars[@]}"
link test "${main_aars[@]}" "${test_aars[@]}"
jar --create --file "$work/r-main.jar" -C "$work/main/r-classes" .

say "Maven pass 2: compile android/ui, android/app and the bindings with Compose (Kotlin $kotlin_catalog)"
mvn_ -q test-compile
# System scope puts the test libraries on the main compile classpath too: refuse app code
# that uses them (it would compile here and fail in Gradle and on a phone).
if grep -rlE 'androidx/test/|androidx/compose/ui/test/|org/junit/|org/robolectric/' "$linux/target/classes" >/dev/null; then
    grep -rlE 'androidx/test/|androidx/compose/ui/test/|org/junit/|org/robolectric/' "$linux/target/classes" >&2
    die "main classes reference test libraries"
fi

r8_version="$(sed -n 's:.*<r8.version>\(.*\)</r8.version>.*:\1:p' "$linux/pom.xml")"
say "dex (D8 $r8_version, --min-api $min_sdk)"
dex="$work/dex"
mkdir -p "$dex"
# (one line without a newline at its end, so read answers 1 after filling the array)
IFS=: read -r -a runtime_jars < "$work/runtime-jars.txt" || [ ${#runtime_jars[@]} -gt 0 ]
d8() { java -Xmx2g -cp "$work/tools/r8.jar" com.android.tools.r8.D8 --min-api "$min_sdk" --lib "$android_jar" "$@"; }
# The libraries' dex (most of D8's time) is kept between builds in target/android/dex-cache,
# under a key of what goes in: released artifacts never change under the same version.
key="$( { echo "r8 $r8_version min-api $min_sdk join 1"; ls -l "$work/aar/runtime"; cat "$work/runtime-jars.txt"; } \
    | sed -E 's/ [A-Z][a-z]{2} +[0-9]+ +[0-9:]+ / /' | sha256sum | cut -c1-16)"
lib_dex="$out/dex-cache/$key/libraries.zip"
if [ -f "$lib_dex" ]; then
    say "libraries' dex from the cache ($key)"
else
    rm -rf "$out/dex-cache"
    mkdir -p "$out/dex-cache/$key"
    d8 --intermediate --output "$lib_dex.partial.zip" "$work/aar-compile.jar" "$work/aar-runtime.jar" "${runtime_jars[@]}"
    mv "$lib_dex.partial.zip" "$lib_dex"
fi
jar --create --file "$work/app-classes.jar" -C "$linux/target/classes" .
d8 --output "$dex" "$work/app-classes.jar" "$work/r-main.jar" "$lib_dex"

say "package, align and sign"
apk_dir="$work/apk"
mkdir -p "$apk_dir/lib"
cp "$work/main/resources.ap_" "$apk_dir/unsigned.apk"
(cd "$dex" && zip -q -X "$OLDPWD/$apk_dir/unsigned.apk" classes*.dex)
# The native libraries the AARs carry (JNA's libjnidispatch, androidx.graphics.path), for
# the ABIs app/build.gradle.kts keeps (abiFilters), stored uncompressed so the phone can
# map them in place.
abis="$(sed -n 's/.*abiFilters += listOf(\(.*\)).*/\1/p' android/app/build.gradle.kts | tr -d '"' | tr ',' ' ')"
[ -n "$abis" ] || die "android/app/build.gradle.kts has no abiFilters"
for name in "${main_aars[@]}"; do
    for abi in $abis; do
        if [ -d "$unpacked/$name/jni/$abi" ]; then
            mkdir -p "$apk_dir/lib/$abi"
            cp "$unpacked/$name/jni/$abi"/*.so "$apk_dir/lib/$abi/"
        fi
    done
done
if [ -n "$(ls -A "$apk_dir/lib")" ]; then
    (cd "$apk_dir" && zip -q -X -0 -r unsigned.apk lib)
fi
zipalign -f -p 4 "$apk_dir/unsigned.apk" "$apk_dir/aligned.apk"
keystore="$out/debug.keystore"
if [ ! -f "$keystore" ]; then
    keytool -genkeypair -keystore "$keystore" -storepass android -keypass android \
        -alias androiddebugkey -keyalg RSA -keysize 2048 -validity 10000 \
        -dname "CN=Lueur debug, O=Lueur, C=BE" >/dev/null 2>&1
fi
apk="$out/lueur-debug.apk"
apksigner sign --ks "$keystore" --ks-pass pass:android --key-pass pass:android \
    --ks-key-alias androiddebugkey --out "$apk" "$apk_dir/aligned.apk"
apksigner verify "$apk"
say "wrote $apk ($(du -k "$apk" | cut -f1) KiB)"

echo "== aapt dump badging (package, permissions, native code)"
aapt dump badging "$apk" | grep -E "^(package|sdkVersion|targetSdkVersion|uses-permission|application-label|launchable-activity|native-code):" || true
# aapt 1's badging names no launchable-activity for an activity-alias: read the manifest.
manifest_tree="$(aapt dump xmltree "$apk" AndroidManifest.xml)"
echo "== launcher aliases (aapt dump xmltree: activity-alias with MAIN/LAUNCHER)"
awk '
    /^ *E: activity-alias/ { alias = 1; name = ""; enabled = ""; next }
    /^ *E: / && !/intent-filter|action|category/ { alias = 0 }
    alias && /A: android:name/ && name == "" { match($0, /"[^"]*"/); name = substr($0, RSTART + 1, RLENGTH - 2) }
    alias && /A: android:enabled/ { enabled = ($0 ~ /0xffffffff/) ? "enabled" : "disabled" }
    alias && /android.intent.category.LAUNCHER/ { print "activity-alias " name " (" enabled " at install)" }
' <<<"$manifest_tree"
echo "== backup (aapt dump xmltree: <application>)"
rules_id="$(sed -n 's/.*A: android:dataExtractionRules([^)]*)=@\(0x[0-9a-f]*\).*/\1/p' <<<"$manifest_tree")"
rules_name="$(awk -v id="$rules_id" '$4 == id { print "@" $2 "/" $3 }' "$work/main/R.txt")"
grep -E 'A: android:(allowBackup|fullBackupContent|dataExtractionRules)' <<<"$manifest_tree" \
    | sed -E 's/^ */  /; s/\(0x[0-9a-f]+\)//; s/=\(type 0x12\)0x0$/=false/' | sed "s#@$rules_id#$rules_name ($rules_id)#"
grep -q 'A: android:allowBackup(0x[0-9a-f]*)=(type 0x12)0x0' <<<"$manifest_tree" \
    || die "the APK's manifest does not turn backup off"
rules_file="$(aapt dump --values resources "$apk" | grep -A3 "spec resource $rules_id" | sed -n 's/.*"\(res\/xml\/[^"]*\)".*/\1/p' | head -n 1)"
rules_tree="$(aapt dump xmltree "$apk" "${rules_file:-res/xml/no_backup.xml}")"
for section in cloud-backup device-transfer; do
    domains="$(awk -v s="$section" '/E: /{ inside = ($0 ~ "E: " s) ? 1 : ($0 ~ /E: (cloud-backup|device-transfer)/ ? 0 : inside) } inside && /A: domain/ { match($0, /"[^"]*"/); printf "%s ", substr($0, RSTART + 1, RLENGTH - 2) }' <<<"$rules_tree")"
    echo "  $section excludes: ${domains:-nothing}"
    [ -n "$domains" ] || die "the data extraction rules exclude nothing from $section"
done
echo "== native code"
if unzip -l "$apk" | grep -q 'liblueur_ffi.so'; then
    unzip -l "$apk" | grep 'liblueur_ffi.so'
else
    echo "This APK contains NO liblueur_ffi.so: this machine has no Android NDK, so the core"
    echo "cannot be cross-compiled for arm64 here, and the app cannot open the core on a phone."
    echo "bindings/build-android.sh (with the NDK) writes it; Gradle then packages it."
    echo "Native libraries in the APK (from the AARs): $(unzip -l "$apk" | awk '/lib\/.*\.so$/ { print $4 }' | tr '\n' ' ')"
fi

if $run_tests; then
    # The content-update test signs a pack with the development content key, as a
    # publishing organisation does with its own (lueur-content pack).
    if [ ! -x "$target_abs/debug/lueur-content" ]; then
        say "build lueur-content (signs the test's content pack)"
        CARGO_TARGET_DIR="$target_abs" cargo build -q -p lueur-content --bin lueur-content
    fi
    echo "== Robolectric tests (API 34, host core from $lib_dir)"
    # The tests run with the test link's resources and R classes (test libraries included).
    cp -r "$work/test/r-classes/." "$linux/target/test-classes/"
    mkdir -p "$linux/target/test-classes/com/android/tools" "$work/test/assets"
    abs_work="$(cd "$work" && pwd)"
    cat > "$linux/target/test-classes/com/android/tools/test_config.properties" <<EOF
android_merged_manifest=$abs_work/test/AndroidManifest.xml
android_merged_assets=$abs_work/test/assets
android_resource_apk=$abs_work/test/resources.ap_
android_custom_package=$package
EOF
    mvn_ surefire:test -Dlueur.libDir="$lib_dir"
fi
