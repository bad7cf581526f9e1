package be.lueur.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import java.io.File
import java.net.ConnectException
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpConnectTimeoutException
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.net.http.HttpTimeoutException
import java.nio.file.Path
import java.time.Duration
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import javax.net.ssl.SSLException

/**
 * The reference intake (`lueur-intake serve`, crate intake/) on a free loopback
 * port, as a separate process like the real server. Built by bindings/generate.sh.
 */
class ReferenceIntake(private val db: Path) : AutoCloseable {
    private val binary = File(System.getProperty("lueur.intake") ?: "")
    private val process: Process
    val url: String

    init {
        assertTrue(binary.canExecute(), "the reference intake is not built ($binary); run bindings/generate.sh")
        process = ProcessBuilder(binary.path, "serve", "--addr", "127.0.0.1:0", "--db", db.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start()
        // The first line says where it listens; read it with a deadline so a broken
        // binary fails the test instead of hanging it.
        val reader = process.inputStream.bufferedReader()
        val pool = Executors.newSingleThreadExecutor()
        val line = try {
            pool.submit<String?> { reader.readLine() }.get(30, TimeUnit.SECONDS)
        } finally {
            pool.shutdownNow()
        }
        url = line?.removePrefix("listening on ")?.trim()
            ?: error("lueur-intake serve printed nothing (exit ${process.isAlive})")
        assertTrue(url.startsWith("http://127.0.0.1:"), url)
    }

    /** Every stored report, decrypted with the development key (`lueur-intake open --json`). */
    fun openStored(): String {
        val key = File(System.getProperty("lueur.intakeKey") ?: "")
        assertTrue(key.canRead(), "no development key at $key")
        val open = ProcessBuilder(binary.path, "open", "--key", key.path, "--db", db.toString(), "--json")
            .redirectErrorStream(true)
            .start()
        val output = open.inputStream.bufferedReader().readText()
        assertTrue(open.waitFor(60, TimeUnit.SECONDS), "lueur-intake open did not finish")
        assertEquals(0, open.exitValue(), output)
        return output
    }

    override fun close() {
        process.destroy()
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor()
    }
}

/**
 * The platform half of the upload loop, as an app performs it with its own HTTP
 * stack (here java.net.http): POST exactly what the core hands over, follow no
 * redirect, and report the status or the kind of transport error.
 */
object PlatformUploader {
    // HTTP/1.1: by default java.net.http offers an h2c upgrade on plain http, which the
    // reference intake (tiny_http) leaves unanswered; phones talk https to real intakes.
    private val client: HttpClient = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build()

    fun post(task: UploadTask.Upload): UploadOutcome {
        val request = HttpRequest.newBuilder(URI.create(task.url))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(task.body))
            .apply { task.headers.forEach { header(it.name, it.value) } }
            .build()
        return try {
            val response = client.send(request, HttpResponse.BodyHandlers.discarding())
            UploadOutcome.Http(response.statusCode().toUShort(), response.headers().firstValue("Retry-After").orElse(null))
        } catch (e: HttpConnectTimeoutException) {
            UploadOutcome.Transport(TransportError.TIMEOUT)
        } catch (e: HttpTimeoutException) {
            UploadOutcome.Transport(TransportError.TIMEOUT)
        } catch (e: ConnectException) {
            UploadOutcome.Transport(TransportError.REFUSED)
        } catch (e: SSLException) {
            UploadOutcome.Transport(TransportError.TLS)
        } catch (e: java.io.IOException) {
            UploadOutcome.Transport(TransportError.OTHER)
        }
    }

    /**
     * Runs the loop until the core says `Done` or `Wait`, and returns that last task
     * with every outcome reported on the way.
     */
    fun drain(lueur: Lueur, now: Long = System.currentTimeMillis()): Pair<UploadTask, List<UploadOutcome>> {
        val outcomes = mutableListOf<UploadOutcome>()
        repeat(100) {
            when (val task = lueur.nextUpload(now)) {
                is UploadTask.Upload -> {
                    val outcome = post(task)
                    outcomes += outcome
                    lueur.finishUpload(task.id, outcome)
                }
                is UploadTask.Wait, UploadTask.Done -> return task to outcomes
            }
        }
        error("the upload loop does not end: $outcomes")
    }
}
