// Lueur's Android project (open this folder in Android Studio). The Rust core comes in
// as native libraries (bindings/build-android.sh -> app/src/main/jniLibs) and as the
// generated Kotlin bindings (bindings/generate.sh -> target/bindings/kotlin).
// android/jvm and android/jvm-ui are separate Maven projects that test the bindings and
// the ui screens on a plain JVM (see README.md).
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "Lueur"
include(":app", ":ui")
