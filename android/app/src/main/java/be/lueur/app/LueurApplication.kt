package be.lueur.app

import android.app.Application
import android.util.Log
import androidx.work.Configuration

/**
 * WorkManager starts on demand, the first time the app asks for it (UploadWorker.schedule),
 * instead of at every process start through androidx.startup: the manifest removes
 * WorkManagerInitializer and this class gives the configuration. Nothing else is here;
 * the core is opened by LueurHolder.
 */
class LueurApplication : Application(), Configuration.Provider {
    override val workManagerConfiguration: Configuration
        // WorkManager's own log lines name the worker class and nothing else; keep only errors.
        get() = Configuration.Builder().setMinimumLoggingLevel(Log.ERROR).build()
}
