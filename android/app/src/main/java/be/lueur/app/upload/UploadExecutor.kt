// The Android app's HTTP executor for the core's upload tasks. Plain JVM code on
// purpose (java.net only, no android.*), so android/jvm tests this very file against
// the reference intake on a desktop JVM.
package be.lueur.app.upload

import be.lueur.core.ContentCheck
import be.lueur.core.HttpHeader
import be.lueur.core.TransportError
import be.lueur.core.UploadRequest
import be.lueur.core.UploadResponse
import be.lueur.core.UploadStep
import be.lueur.core.UploadTask
import be.lueur.ffi.Lueur
import java.io.IOException
import java.io.InputStream
import java.net.ConnectException
import java.net.HttpURLConnection
import java.net.SocketException
import java.net.SocketTimeoutException
import java.net.URL
import java.net.UnknownHostException
import javax.net.ssl.SSLException

/**
 * Performs the requests the core describes and hands back what came, with no decision
 * of its own: what is due, retries, backoff, the run's budget and what counts as
 * delivered are the core's (`nextUpload` / `finishUpload`), and so are content updates
 * (`nextContentCheck` / `contentFetched`: the core verifies a pack and stores it for
 * the next start, or keeps the content it has).
 */
object UploadExecutor {
    /** Runs the loop until the core ends the run; returns when the next run is due, or null when nothing is left. */
    fun run(lueur: Lueur): Long? {
        while (true) {
            when (val task = lueur.nextUpload()) {
                is UploadTask.Upload -> when (val step = lueur.finishUpload(task.request.id, perform(task.request))) {
                    is UploadStep.Continue -> Unit
                    is UploadStep.Stop -> return step.millis
                }
                is UploadTask.Wait -> return task.millis
                is UploadTask.Done -> return null
            }
        }
    }

    /**
     * The core's content loop, after the upload loop and with the same [perform]
     * ([fetch] only for a test that points the request at loopback):
     * returns when the next check is due, or null when checks are off (the deployment,
     * or the disguise without the person's consent).
     */
    fun checkContent(lueur: Lueur, fetch: (UploadRequest) -> UploadResponse = { perform(it) }): Long? {
        while (true) {
            when (val check = lueur.nextContentCheck()) {
                is ContentCheck.Fetch -> lueur.contentFetched(fetch(check.request))
                is ContentCheck.Wait -> return check.millis
                is ContentCheck.Done -> return null
            }
        }
    }

    /** The earlier of two waits; null only when neither loop wants another run. */
    fun earlier(a: Long?, b: Long?): Long? = listOfNotNull(a, b).minOrNull()

    /** Exactly the request described: method, headers, body, timeout, no redirect, a bounded read of the answer. */
    fun perform(request: UploadRequest): UploadResponse {
        val connection = try {
            URL(request.url).openConnection() as HttpURLConnection
        } catch (e: IOException) {
            return UploadResponse.Transport(transportError(e))
        }
        return try {
            // HttpURLConnection follows redirects by default, and Android's turns a POST
            // answered with 301/302/303 into a GET whose 200 would read as a delivery.
            connection.instanceFollowRedirects = request.followRedirects
            connection.requestMethod = request.method
            connection.connectTimeout = request.timeoutMillis.toInt()
            connection.readTimeout = request.timeoutMillis.toInt()
            connection.useCaches = false
            // The platform's default User-Agent names the phone and its build.
            connection.setRequestProperty("User-Agent", "")
            request.headers.forEach { connection.setRequestProperty(it.name, it.value) }
            // A body only where the method has one: HttpURLConnection turns a GET with
            // output on into a POST, and the content check is a GET.
            if (request.method != "GET" && request.method != "HEAD") {
                connection.doOutput = true
                connection.setFixedLengthStreamingMode(request.body.size)
                connection.outputStream.use { it.write(request.body) }
            }
            val status = connection.responseCode
            val headers = connection.headerFields.entries
                .filter { it.key != null }
                .flatMap { (name, values) -> values.map { HttpHeader(name, it) } }
            val stream = if (status >= 400) connection.errorStream else connection.inputStream
            val body = stream?.use { readAtMost(it, request.maxResponseBytes.toInt()) } ?: ByteArray(0)
            UploadResponse.Http(status.toUShort(), headers, body)
        } catch (e: IOException) {
            UploadResponse.Transport(transportError(e))
        } finally {
            connection.disconnect()
        }
    }

    private fun readAtMost(stream: InputStream, limit: Int): ByteArray {
        val out = java.io.ByteArrayOutputStream()
        val buffer = ByteArray(4096)
        while (out.size() < limit) {
            val n = stream.read(buffer, 0, minOf(buffer.size, limit - out.size()))
            if (n < 0) break
            out.write(buffer, 0, n)
        }
        return out.toByteArray()
    }

    private fun transportError(e: IOException): TransportError = when (e) {
        is UnknownHostException -> TransportError.DNS
        is ConnectException -> TransportError.REFUSED
        is SocketTimeoutException -> TransportError.TIMEOUT
        is SSLException -> TransportError.TLS
        is SocketException -> TransportError.RESET
        else -> TransportError.OTHER
    }
}
