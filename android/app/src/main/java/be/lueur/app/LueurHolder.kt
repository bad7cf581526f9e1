package be.lueur.app

import android.content.Context
import android.os.LocaleList
import be.lueur.ffi.Lueur
import java.io.File

/**
 * The one Lueur object of the process, shared by the activity and the upload worker.
 * Opening touches the disk: call [get] off the main thread.
 */
object LueurHolder {
    @Volatile
    private var lueur: Lueur? = null

    fun get(context: Context): Lueur =
        lueur ?: synchronized(this) {
            lueur ?: Lueur.open(dataDir(context).path, preferredLocales()).also { lueur = it }
        }

    /**
     * Forgets the object after a quick exit or a wipe, so the next start opens afresh.
     * Closing frees the Rust side at once instead of at the next garbage collection.
     */
    fun drop() {
        synchronized(this) {
            lueur?.close()
            lueur = null
        }
    }

    // noBackupFilesDir: never copied by backup or device transfer; a neutral folder name.
    private fun dataDir(context: Context) = File(context.noBackupFilesDir, "d")

    private fun preferredLocales(): List<String> =
        LocaleList.getDefault().toLanguageTags().split(',').filter { it.isNotBlank() }
}
