package be.lueur.app

import android.content.Context
import be.lueur.core.DeviceSecretStore
import be.lueur.ffi.Lueur
import java.io.File

/**
 * The one Lueur object of the process, shared by the activity and the upload worker.
 * Opening touches the disk: call [get] off the main thread.
 */
object LueurHolder {
    /**
     * Where the device secret comes from: AndroidKeyStore on a phone. Robolectric has no
     * AndroidKeyStore, so its tests give the same store a software key.
     */
    @Volatile
    internal var secrets: (Context) -> DeviceSecretStore = { KeystoreSecretStore(it) }

    /** The open core and the folder it was opened on. */
    @Volatile
    private var opened: Pair<String, Lueur>? = null

    fun get(context: Context): Lueur {
        val dir = dataDir(context).path
        opened?.let { (folder, lueur) -> if (folder == dir) return lueur }
        return synchronized(this) {
            // Bound to its folder: a context whose data folder differs (a test's next
            // application, another user profile) gets its own core, never this one.
            opened?.takeIf { it.first == dir }?.second
                ?: Lueur.open(dir, preferredLocales(context), secrets(context)).also { opened = dir to it }
        }
    }

    /**
     * Forgets the object, so the next [get] opens afresh. Closing frees the Rust side at
     * once instead of at the next garbage collection.
     */
    fun drop() {
        synchronized(this) {
            opened?.second?.close()
            opened = null
        }
    }

    // noBackupFilesDir: never copied by backup or device transfer; a neutral folder name.
    private fun dataDir(context: Context) = File(context.noBackupFilesDir, "d")

    // The app's configuration, not the JVM's default: it carries the per-app language
    // (Android 13+) and follows a change of the phone's languages without a restart.
    private fun preferredLocales(context: Context): List<String> =
        context.resources.configuration.locales.toLanguageTags().split(',').filter { it.isNotBlank() }
}
