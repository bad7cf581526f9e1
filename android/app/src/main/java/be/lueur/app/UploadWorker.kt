package be.lueur.app

import android.content.Context
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingWorkPolicy
import androidx.work.NetworkType
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import be.lueur.app.upload.UploadExecutor
import be.lueur.ffi.LueurException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import java.util.concurrent.TimeUnit

/**
 * Sends queued reports in the background, then looks for a content update. The core
 * decides everything (what is due, retries, backoff, the run's budget, what counts as
 * delivered, whether a pack is good); the worker runs [UploadExecutor]'s two loops and
 * schedules the next run at the earlier of their two waits — the Glean pattern.
 */
class UploadWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result = withContext(Dispatchers.IO) {
        try {
            upload()
        } catch (e: LueurException) {
            // Storage unavailable right now (full, locked): WorkManager tries again later;
            // the outbox in the core is unchanged.
            Result.retry()
        }
    }

    private fun upload(): Result {
        // One run of each of the core's loops; the core says when the next one is due.
        // Content checks ride on the same job and executor: the core answers Done while
        // they are off (the deployment, or the disguise).
        val lueur = LueurHolder.get(applicationContext)
        val uploads = UploadExecutor.run(lueur)
        val content = UploadExecutor.checkContent(lueur)
        UploadExecutor.earlier(uploads, content)?.let { after(applicationContext, it) }
        return Result.success()
    }

    companion object {
        private const val WORK_NAME = "upload"

        /**
         * From the app (start, report queued): make sure a run is pending, without
         * cancelling one that is sending right now.
         */
        fun schedule(context: Context) = enqueue(context, 0, ExistingWorkPolicy.KEEP)

        /** From the worker itself: the next run, chained after the current one ends. */
        private fun after(context: Context, delayMillis: Long) =
            enqueue(context, delayMillis, ExistingWorkPolicy.APPEND_OR_REPLACE)

        private fun enqueue(context: Context, delayMillis: Long, policy: ExistingWorkPolicy) {
            val request = OneTimeWorkRequestBuilder<UploadWorker>()
                .setInitialDelay(delayMillis.coerceAtLeast(0), TimeUnit.MILLISECONDS)
                .setConstraints(Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build())
                .build()
            WorkManager.getInstance(context).enqueueUniqueWork(WORK_NAME, policy, request)
        }
    }
}
