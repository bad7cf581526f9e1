// The app shell: one activity, the launcher aliases of the calculator disguise, and the
// upload worker. Everything it shows comes from the core through the bindings.
plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "be.lueur.app"
    compileSdk = 35

    defaultConfig {
        applicationId = "be.lueur.app"
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        ndk {
            abiFilters += listOf("arm64-v8a", "armeabi-v7a", "x86_64")
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    // bindings/build-android.sh writes the .so files to src/main/jniLibs (ignored by
    // git); the generated Kotlin bindings are compiled in :ui.

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions {
        jvmTarget = "17"
    }
    buildFeatures {
        compose = true
    }

    testOptions {
        unitTests {
            // Robolectric reads the merged manifest and resources, as android/linux gives them.
            isIncludeAndroidResources = true
            all {
                // The bindings' API-34 cleaner is android.system.SystemCleaner, which
                // Robolectric runs on the JDK's internal CleanerFactory.
                it.jvmArgs("--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED")
                // The tests load the host build of the core (bash bindings/generate.sh).
                it.systemProperty("jna.library.path", rootProject.file("../target/debug").path)
                // The worker's test delivers to the reference intake, built by the same script.
                it.systemProperty("lueur.intake", rootProject.file("../target/debug/lueur-intake").path)
                it.systemProperty("lueur.intakeKey", rootProject.file("../tests/keys/development.key").path)
                it.systemProperty("lueur.screenshots", layout.buildDirectory.dir("screenshots").get().asFile.path)
            }
        }
    }
}

dependencies {
    implementation(project(":ui"))
    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.core)
    implementation(libs.androidx.lifecycle.runtime.compose)
    implementation(libs.androidx.work.runtime)
    implementation(platform(libs.compose.bom))
    implementation(libs.compose.material3)

    // Robolectric tests of the real activity (android/linux runs the same ones on Linux).
    testImplementation(platform(libs.compose.bom))
    testImplementation(libs.junit4)
    testImplementation(libs.robolectric)
    testImplementation(libs.compose.ui.test.junit4)
    // JNA's jar carries the desktop libjnidispatch the tests load the host core with.
    testImplementation(libs.jna)
    // Registers ComponentActivity for createComposeRule() (debug builds only).
    debugImplementation(platform(libs.compose.bom))
    debugImplementation(libs.compose.ui.test.manifest)
}
