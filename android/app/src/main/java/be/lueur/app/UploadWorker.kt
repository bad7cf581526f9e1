package be.lueur.app

import android.content.Context
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingWorkPolicy
import androidx.work.NetworkType
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import be.lueur.core.LueurException
import be.lueur.core.TransportError
import be.lueur.core.UploadOutcome
import be.lueur.core.UploadTask
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import java.io.IOException
import java.net.ConnectException
import java.net.HttpURLConnection
import java.net.SocketException
import java.net.SocketTimeoutException
import java.net.URL
import java.net.UnknownHostException
import java.util.concurrent.TimeUnit
import javax.net.ssl.SSLException

/**
 * Sends queued reports. The core decides everything (what is due, retries, backoff,
 * Retry-After, giving up); this worker only performs the HTTP request it is handed and
 * reports what happened — the Glean pattern. Delivery is at-least-once; the intake
 * deduplicates by the idempotency key in the headers.
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
        val lueur = LueurHolder.get(applicationContext)
        repeat(MAX_UPLOADS_PER_RUN) {
            when (val task = lueur.nextUpload(System.currentTimeMillis())) {
                is UploadTask.Upload -> lueur.finishUpload(task.id, post(task))
                is UploadTask.Wait -> {
                    after(applicationContext, task.millis)
                    return Result.success()
                }
                UploadTask.Done -> return Result.success()
            }
        }
        // More is due than one run may send: continue in a fresh run.
        after(applicationContext, delayMillis = 0)
        return Result.success()
    }

    private fun post(task: UploadTask.Upload): UploadOutcome {
        val connection = URL(task.url).openConnection() as HttpURLConnection
        return try {
            connection.requestMethod = "POST"
            connection.connectTimeout = TIMEOUT_MILLIS
            connection.readTimeout = TIMEOUT_MILLIS
            connection.doOutput = true
            connection.useCaches = false
            task.headers.forEach { connection.setRequestProperty(it.name, it.value) }
            connection.setFixedLengthStreamingMode(task.body.size)
            connection.outputStream.use { it.write(task.body) }
            val status = connection.responseCode
            UploadOutcome.Http(status.toUShort(), connection.getHeaderField("Retry-After"))
        } catch (e: IOException) {
            UploadOutcome.Transport(transportError(e))
        } finally {
            connection.disconnect()
        }
    }

    private fun transportError(e: IOException): TransportError = when (e) {
        is UnknownHostException -> TransportError.DNS
        is ConnectException -> TransportError.REFUSED
        is SocketTimeoutException -> TransportError.TIMEOUT
        is SSLException -> TransportError.TLS
        is SocketException -> TransportError.RESET
        else -> TransportError.OTHER
    }

    companion object {
        private const val WORK_NAME = "upload"
        private const val MAX_UPLOADS_PER_RUN = 20
        private const val TIMEOUT_MILLIS = 30_000

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
