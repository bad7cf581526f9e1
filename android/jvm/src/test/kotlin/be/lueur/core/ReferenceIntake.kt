package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import java.io.File
import java.nio.file.Path
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

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
 * Loopback servers that misbehave the way a proxy, a captive portal or a hostile
 * network might: each answers every request with [status], an optional `Location`
 * and an empty body, and counts the requests it received.
 */
class FakeServer(status: Int, location: String? = null) : AutoCloseable {
    private val server = com.sun.net.httpserver.HttpServer.create(java.net.InetSocketAddress("127.0.0.1", 0), 0)
    val hits = java.util.concurrent.atomic.AtomicInteger()
    val url: String

    init {
        server.createContext("/") { exchange ->
            hits.incrementAndGet()
            exchange.requestBody.readAllBytes()
            location?.let { exchange.responseHeaders.add("Location", it) }
            exchange.sendResponseHeaders(status, -1)
            exchange.close()
        }
        server.start()
        url = "http://127.0.0.1:${server.address.port}"
    }

    override fun close() = server.stop(0)
}
