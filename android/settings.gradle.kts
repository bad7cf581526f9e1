// Lueur's Android project (open this folder in Android Studio). The Rust core comes in
// as native libraries (bindings/build-android.sh -> app/src/main/jniLibs) and as the
// generated Kotlin bindings (bindings/generate.sh -> target/bindings/kotlin).
// android/jvm (the bindings on a plain JVM) and android/linux (this project's sources
// built and tested under Robolectric without the SDK) are Maven projects (see README.md).
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
