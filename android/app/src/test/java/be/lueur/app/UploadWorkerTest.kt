package be.lueur.app

import androidx.work.Data
import androidx.work.ListenableWorker
import androidx.work.WorkerFactory
import androidx.work.WorkerParameters
import androidx.work.impl.utils.taskexecutor.WorkManagerTaskExecutor
import androidx.test.ext.junit.runners.AndroidJUnit4
import be.lueur.app.upload.UploadExecutor
import be.lueur.core.ContactPreference
import be.lueur.core.ContentCheck
import be.lueur.core.ExploitationForm
import be.lueur.core.OutboxState
import be.lueur.core.ReportAbout
import be.lueur.core.ReportDraft
import java.io.File
import java.nio.file.Files
import java.util.UUID
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * The real UploadWorker, built as WorkManager builds it, against the reference intake on
 * loopback (`lueur-intake serve`, another process) and against a server that redirects.
 */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34], qualifiers = "fr")
// One Robolectric sandbox for every test class (same SDK and graphics mode): the core
// library is loaded once per process, and its callback tables belong to the first
// sandbox that registered them (TestSupport.kt).
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class UploadWorkerTest {
    @get:org.junit.Rule
    val fresh = FreshInstall()

    private val background = Executors.newSingleThreadExecutor()

    @After
    fun close() {
        background.shutdownNow()
        LueurHolder.drop()
    }

    private fun worker(): UploadWorker = worker(background)

    companion object {
        // work-testing's TestListenableWorkerBuilder does this; that artifact cannot be fetched here.
        fun worker(background: java.util.concurrent.ExecutorService): UploadWorker {
        val params = WorkerParameters(
            UUID.randomUUID(), Data.EMPTY, emptyList(), WorkerParameters.RuntimeExtras(), 0, 0,
            background, Dispatchers.Default, WorkManagerTaskExecutor(background),
            object : WorkerFactory() {
                override fun createWorker(c: android.content.Context, name: String, p: WorkerParameters): ListenableWorker? = null
            },
            { _, _, _ -> throw UnsupportedOperationException("no progress") },
            { _, _, _ -> throw UnsupportedOperationException("no foreground") },
        )
        return UploadWorker(context, params)
        }
    }

    private fun draft(text: String) = ReportDraft(
        about = ReportAbout.SOMEONE_ELSE,
        forms = listOf(ExploitationForm.LABOUR),
        municipality = "Liège",
        place = null,
        `when` = null,
        whatHappened = text,
        people = null,
        contact = ContactPreference.NoContact,
        language = "fr",
        checklistSummary = null,
    )

    @Test
    fun theWorkerDeliversToTheReferenceIntakeOnce() {
        val dir = Files.createTempDirectory("intake")
        Intake(dir.resolve("intake.db").toString()).use { intake ->
            val lueur = LueurHolder.get(context)
            lueur.setDeploymentEndpoint(intake.url)
            lueur.setReportDraft(draft("Ils dorment sur le chantier."))
            val id = lueur.sendReportDraft().id
            val result = runBlocking { worker().doWork() }
            assertEquals(ListenableWorker.Result.success(), result)
            val item = lueur.outbox().items.single()
            assertEquals(OutboxState.SENT, item.state)
            // A second run finds nothing to send; the intake holds the report once.
            assertEquals(ListenableWorker.Result.success(), runBlocking { worker().doWork() })
            val stored = intake.openStored()
            assertEquals(stored, 1, stored.split("Ils dorment sur le chantier.").size - 1)
            assertTrue("the intake holds it under the report's own id", stored.contains(id))
        }
    }

    @Test
    fun theWorkerNeverFollowsARedirect() {
        Http(200).use { sink ->
            Http(302, "${sink.url}/v1/reports").use { redirect ->
                val lueur = LueurHolder.get(context)
                lueur.setDeploymentEndpoint(redirect.url)
                lueur.setReportDraft(draft("Une redirection."))
                lueur.sendReportDraft()
                runBlocking { worker().doWork() }
                assertEquals(1, redirect.hits.get())
                assertEquals("the redirect was followed", 0, sink.hits.get())
                val item = lueur.outbox().items.single()
                assertEquals(OutboxState.FAILED, item.state)
                assertNull(item.sentAt)
            }
        }
    }
}

/** Content updates: the worker runs the core's content loop after its uploads. */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34], qualifiers = "fr")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class ContentUpdatesTest {
    @get:org.junit.Rule
    val fresh = FreshInstall()

    private val background = Executors.newSingleThreadExecutor()

    @After
    fun close() {
        background.shutdownNow()
        LueurHolder.drop()
    }

    @Test
    fun theWorkerChecksForContentAfterItsUploadsAndSchedulesTheNextCheck() {
        val lueur = LueurHolder.get(context)
        assertNull("no check before the worker ran", lueur.contentStatus().lastCheck)
        val worker = UploadWorkerTest.worker(background)
        assertEquals(ListenableWorker.Result.success(), runBlocking { worker.doWork() })
        // The development deployment's pack address never resolves (.invalid): the
        // worker made the request and handed the failure back, and the core noted it.
        val status = lueur.contentStatus()
        assertNotNull("the core heard back from the check", status.lastCheck)
        assertNull(status.pending)
        assertTrue(lueur.nextContentCheck() is ContentCheck.Wait)
        // Nothing to upload, so the next run is the content check's.
        val work = androidx.work.WorkManager.getInstance(context).getWorkInfosForUniqueWork("upload").get()
        assertTrue("the next run is scheduled: $work", work.any { it.state == androidx.work.WorkInfo.State.ENQUEUED })
    }

    @Test
    fun aSignedPackServedOnLoopbackIsFetchedWithAPlainGetAndInstalledForTheNextStart() {
        val pack = Files.createTempDirectory("pack").resolve("content.pack").toFile()
        val tool = File(System.getProperty("lueur.contentTool") ?: "")
        val key = File(System.getProperty("lueur.contentKey") ?: "")
        assertTrue("lueur-content is not built ($tool)", tool.canExecute())
        val make = ProcessBuilder(tool.path, "pack", "--key", key.path, "--out", pack.path, "--version", "2")
            .redirectErrorStream(true).start()
        val output = make.inputStream.bufferedReader().readText()
        assertTrue("lueur-content pack did not finish", make.waitFor(300, TimeUnit.SECONDS))
        assertEquals(output, 0, make.exitValue())
        PackServer(pack.readBytes()).use { server ->
            val lueur = LueurHolder.get(context)
            assertEquals(1uL, lueur.contentStatus().version)
            // Only the host changes: the development deployment's address never resolves.
            val next = UploadExecutor.checkContent(lueur) { request ->
                assertFalse("no redirect is followed", request.followRedirects)
                UploadExecutor.perform(request.copy(url = server.url))
            }
            assertEquals("one request", 1, server.requests.size)
            val (method, agent, body) = server.requests.single()
            assertEquals("GET", method)
            assertTrue("no identifying User-Agent: $agent", agent.isNullOrEmpty())
            assertEquals(0, body)
            val status = lueur.contentStatus()
            assertNotNull("the pack waits for the next start: $status", status.pending)
            assertNotNull(next)
        }
        // The next start uses it.
        LueurHolder.drop()
        assertEquals(2uL, LueurHolder.get(context).contentStatus().version)
    }
}

/** A loopback server answering every request with [pack], recording method, User-Agent and body size. */
class PackServer(pack: ByteArray) : AutoCloseable {
    private val server = com.sun.net.httpserver.HttpServer.create(java.net.InetSocketAddress("127.0.0.1", 0), 0)
    val requests = java.util.concurrent.CopyOnWriteArrayList<Triple<String, String?, Int>>()
    val url: String

    init {
        server.createContext("/") { exchange ->
            val body = exchange.requestBody.readAllBytes().size
            requests.add(Triple(exchange.requestMethod, exchange.requestHeaders.getFirst("User-Agent"), body))
            exchange.sendResponseHeaders(200, pack.size.toLong())
            exchange.responseBody.use { it.write(pack) }
        }
        server.start()
        url = "http://127.0.0.1:${server.address.port}/v1/content.pack"
    }

    override fun close() = server.stop(0)
}

/** `lueur-intake serve` on a free loopback port, as a separate process like the real server. */
class Intake(private val db: String) : AutoCloseable {
    private val binary = File(System.getProperty("lueur.intake") ?: "")
    private val process: Process
    val url: String

    init {
        assertTrue("the reference intake is not built ($binary): run bindings/generate.sh", binary.canExecute())
        process = ProcessBuilder(binary.path, "serve", "--addr", "127.0.0.1:0", "--db", db)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start()
        val reader = process.inputStream.bufferedReader()
        val pool = Executors.newSingleThreadExecutor()
        val line = try {
            pool.submit<String?> { reader.readLine() }.get(30, TimeUnit.SECONDS)
        } finally {
            pool.shutdownNow()
        }
        url = line?.removePrefix("listening on ")?.trim() ?: error("lueur-intake serve printed nothing")
        assertTrue(url, url.startsWith("http://127.0.0.1:"))
    }

    /** Every stored report, opened with the development key (`lueur-intake open --json`). */
    fun openStored(): String {
        val key = File(System.getProperty("lueur.intakeKey") ?: "")
        assertTrue("no development key at $key", key.canRead())
        val open = ProcessBuilder(binary.path, "open", "--key", key.path, "--db", db, "--json")
            .redirectErrorStream(true)
            .start()
        val output = open.inputStream.bufferedReader().readText()
        assertTrue("lueur-intake open did not finish", open.waitFor(60, TimeUnit.SECONDS))
        assertEquals(output, 0, open.exitValue())
        return output
    }

    override fun close() {
        process.destroy()
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor()
    }
}

/** A loopback server answering every request with [status] and an optional Location, counting requests. */
class Http(status: Int, location: String? = null) : AutoCloseable {
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
