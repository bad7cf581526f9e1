package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import be.lueur.app.upload.UploadExecutor
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.net.ServerSocket

/**
 * Confidential reports from Kotlin: the draft and its localised problems, sealing and
 * queueing, the outbox actions, and the upload loop performed with java.net.http
 * against the reference intake on loopback, which must then hold exactly the reports.
 */
class ReportTest : LueurTest() {
    private fun draft(text: String, contact: ContactPreference = ContactPreference.NoContact) =
        ReportDraft(whatHappened = text, contact = contact)

    @Test
    fun `the bundled deployment is the development one, and only loopback may be plain http`() {
        open("en").use { lueur ->
            val bundled = lueur.deployment()
            assertTrue(bundled.development)
            assertNotNull(bundled.notice)
            assertTrue(bundled.endpoint.startsWith("https://"))
            val refused = assertThrows<LueurException.Invalid> { lueur.setDeploymentEndpoint("http://example.org") }
            assertEquals("endpoint", refused.field)
            assertEquals(bundled, lueur.deployment(), "a refused endpoint changes nothing")
            assertEquals("http://127.0.0.1:8080", lueur.setDeploymentEndpoint("http://127.0.0.1:8080/").endpoint)
        }
    }

    @Test
    fun `a draft lives in memory and the form explains each problem in the person's language`() {
        open("fr").use { lueur ->
            assertEquals(draft(""), lueur.reportDraft())
            val empty = lueur.reportForm()
            assertFalse(empty.canSend)
            assertTrue(empty.fields.none { it.error != null }, "an untouched form shows no problem")
            val fields = empty.fields.map { it.field }
            assertEquals(ReportField.ABOUT, fields.first())
            assertTrue(empty.fields.single { it.field == ReportField.WHAT_HAPPENED }.required)
            assertEquals(
                listOf("sexual", "labour", "begging", "forced-crime", "organ-removal", "other", "not-sure"),
                empty.fields.single { it.field == ReportField.FORMS }.choices.map { it.key },
            )

            val bad = draft("Ils travaillent la nuit.", ContactPreference.Phone("appelez-moi", null))
            val form = lueur.setReportDraft(bad)
            assertFalse(form.canSend)
            val phone = form.fields.single { it.field == ReportField.CONTACT_PHONE }
            assertEquals("appelez-moi", phone.value)
            val french = phone.error!!
            assertFalse(french.startsWith("report-"), french)
            assertFalse("appelez-moi" in french, "a problem never quotes what was written")
            assertEquals(bad, lueur.reportDraft())

            val error = assertThrows<LueurException.Invalid> { lueur.sendReportDraft() }
            assertEquals("contact-phone", error.field)
            assertEquals(french, error.text)
            assertEquals(bad, lueur.reportDraft(), "a refused draft is kept to correct")

            lueur.setLocale("nl")
            val dutch = assertThrows<LueurException.Invalid> { lueur.sendReportDraft() }
            assertNotEquals(french, dutch.text)

            lueur.setReportDraft(draft("   "))
            assertEquals("what-happened", assertThrows<LueurException.Invalid> { lueur.sendReportDraft() }.field)
            val tooLong = lueur.setReportDraft(draft("x".repeat(10_001)))
            assertEquals(10_000u, tooLong.fields.single { it.field == ReportField.WHAT_HAPPENED }.maxChars)
            assertNotNull(tooLong.fields.single { it.field == ReportField.WHAT_HAPPENED }.error)

            lueur.discardReportDraft()
            assertEquals(draft(""), lueur.reportDraft())
        }
        open("fr").use { assertEquals(draft(""), it.reportDraft(), "a draft never reaches the disk") }
    }

    @Test
    fun `the form is filled by its own choice keys and text fields, and an unknown key is refused`() {
        open("fr").use { lueur ->
            fun shown(form: ReportFormView, field: ReportField) = form.fields.single { it.field == field }.shown
            assertFalse(shown(lueur.reportForm(), ReportField.CONTACT_PHONE), "no contact: no number asked")

            val forms = lueur.chooseReportOption(ReportField.FORMS, listOf("labour"))
            assertEquals(
                listOf("labour"),
                forms.fields.single { it.field == ReportField.FORMS }.choices.filter { it.selected }.map { it.key },
            )
            val byPhone = lueur.chooseReportOption(ReportField.CONTACT, listOf("phone"))
            assertTrue(shown(byPhone, ReportField.CONTACT_PHONE) && !shown(byPhone, ReportField.CONTACT_EMAIL))
            lueur.setReportText(ReportField.CONTACT_PHONE, "0470 12 34 56")
            val ready = lueur.setReportText(ReportField.WHAT_HAPPENED, "Ils travaillent la nuit sans salaire.")
            assertTrue(ready.canSend)
            assertEquals(
                ReportDraft(
                    forms = listOf(ExploitationForm.LABOUR),
                    whatHappened = "Ils travaillent la nuit sans salaire.",
                    contact = ContactPreference.Phone("0470 12 34 56", null),
                ),
                lueur.reportDraft(),
            )

            val unknown = assertThrows<LueurException.Invalid> {
                lueur.chooseReportOption(ReportField.FORMS, listOf("labour", "smuggling"))
            }
            assertEquals("forms", unknown.field)
            assertFalse(unknown.text.startsWith("report-"), unknown.text)
            assertEquals(listOf(ExploitationForm.LABOUR), lueur.reportDraft().forms, "a refused choice changes nothing")

            val item = lueur.sendReportDraft()
            assertEquals(OutboxState.QUEUED, item.state)
            assertEquals(item.id, lueur.outbox().items.single { it.state == OutboxState.QUEUED }.id)
            assertEquals(draft(""), lueur.reportDraft(), "sending forgets the draft")
        }
    }

    @Test
    fun `queued reports are delivered by the app's executor and the intake holds each once`() {
        ReferenceIntake(dataDir.resolve("intake.db")).use { intake ->
            open("nl").use { lueur ->
                lueur.setDeploymentEndpoint(intake.url)
                assertEquals(UploadTask.Done, lueur.nextUpload())
                val texts = listOf("Ze werken elke nacht zonder loon.", "Hun paspoorten zijn afgenomen.")
                val ids = texts.map { text ->
                    lueur.setReportDraft(
                        ReportDraft(
                            about = ReportAbout.SOMEONE_ELSE,
                            forms = listOf(ExploitationForm.LABOUR),
                            municipality = "Gent",
                            place = null,
                            `when` = null,
                            whatHappened = text,
                            people = null,
                            contact = ContactPreference.Email("iemand@example.org", "na 18 uur"),
                            language = "nl",
                            checklistSummary = null,
                        ),
                    )
                    val item = lueur.sendReportDraft()
                    assertEquals(OutboxState.QUEUED, item.state)
                    assertEquals(draft(""), lueur.reportDraft(), "sending forgets the draft")
                    item.id
                }
                val queued = lueur.outbox()
                assertEquals(2u, queued.unsent)
                assertEquals(2u, lueur.wipeWarning().unsentReports)

                assertNull(UploadExecutor.run(lueur), "nothing left after one run")
                val sent = lueur.outbox()
                assertEquals(0u, sent.unsent)
                assertEquals(2, sent.items.size)
                assertTrue(sent.items.all { it.state == OutboxState.SENT && it.sentAt != null && it.canDelete })
                // A receipt is kept under a fresh id: the one the intake knows (the
                // idempotency key) is gone from the phone, so the phone cannot be used to
                // ask the intake whether a report arrived.
                val receipts = sent.items.map { it.id }
                assertEquals(2, receipts.toSet().size)
                assertTrue(receipts.none { it in ids }, "a receipt kept the report's id: $receipts $ids")
                for (id in ids) assertThrows<LueurException.NotFound> { lueur.deleteReport(id) }
                // The person can delete a receipt.
                val left = lueur.deleteReport(receipts.first())
                assertEquals(listOf(receipts.last()), left.items.map { it.id })
                assertEquals(0u, left.unsent)

                val stored = intake.openStored()
                for ((id, text) in ids.zip(texts)) {
                    assertTrue("\"id\": \"$id\"" in stored, stored)
                    assertTrue(text in stored, "the intake cannot open $id:\n$stored")
                }
                assertEquals(2, Regex("\"received_at\"").findAll(stored).count(), stored)
                assertTrue("\"app_locale\": \"nl\"" in stored && "iemand@example.org" in stored, stored)
            }
        }
    }

    @Test
    fun `a redirect to a server that answers 200 is neither followed nor taken for a delivery`() {
        FakeServer(200).use { sink ->
            FakeServer(302, "${sink.url}/v1/reports").use { redirect ->
                open("fr").use { lueur ->
                    lueur.setDeploymentEndpoint(redirect.url)
                    lueur.setReportDraft(draft("Une redirection."))
                    val id = lueur.sendReportDraft().id
                    val task = lueur.nextUpload() as UploadTask.Upload
                    assertFalse(task.request.followRedirects)
                    val answer = UploadExecutor.perform(task.request)
                    assertEquals(302, (answer as UploadResponse.Http).status.toInt(), answer.toString())
                    lueur.finishUpload(id, answer)
                    assertEquals(1, redirect.hits.get())
                    assertEquals(0, sink.hits.get(), "the redirect was followed")
                    val item = lueur.outbox().items.single()
                    assertEquals(OutboxState.FAILED, item.state)
                    assertNull(item.sentAt)
                }
            }
        }
    }

    @Test
    fun `a 2xx without the report's receipt is retried and never reads as received`() {
        FakeServer(200).use { liar ->
            ReferenceIntake(dataDir.resolve("intake.db")).use { intake ->
                open("en").use { lueur ->
                    lueur.setDeploymentEndpoint(liar.url)
                    lueur.setReportDraft(draft("A bare 200."))
                    val id = lueur.sendReportDraft().id
                    val wait = UploadExecutor.run(lueur)
                    assertNotNull(wait, "a retry is planned")
                    assertTrue(wait!! in 0..30_000, "the first retry waits at most 30 s: $wait")
                    assertEquals(1, liar.hits.get())
                    val item = lueur.outbox().items.single()
                    assertEquals(OutboxState.QUEUED, item.state)
                    assertNull(item.sentAt)

                    // The real intake: the same envelope is delivered once its wait is over.
                    lueur.setDeploymentEndpoint(intake.url)
                    Thread.sleep(wait)
                    assertNull(UploadExecutor.run(lueur))
                    assertEquals(OutboxState.SENT, lueur.outbox().items.single().state)
                    assertTrue("\"id\": \"$id\"" in intake.openStored())
                }
            }
        }
    }

    @Test
    fun `a refused connection stops the run and plans the next within the backoff`() {
        val closedPort = ServerSocket(0).use { it.localPort }
        open("de").use { lueur ->
            lueur.setDeploymentEndpoint("http://127.0.0.1:$closedPort")
            lueur.setReportDraft(draft("Sie arbeiten nachts."))
            val id = lueur.sendReportDraft().id
            val first = lueur.nextUpload() as UploadTask.Upload
            assertEquals(id, first.request.id)
            assertEquals("POST", first.request.method)
            assertTrue(first.request.headers.any { it.name == "Idempotency-Key" && it.value == id })
            val refused = UploadExecutor.perform(first.request)
            assertEquals(UploadResponse.Transport(TransportError.REFUSED), refused)
            val step = lueur.finishUpload(id, refused) as UploadStep.Stop
            assertTrue(step.millis in 0..30_000, step.toString())
            val item = lueur.outbox().items.single()
            assertEquals(OutboxState.QUEUED, item.state)
            assertEquals(1u, item.attempts)
            when (val task = lueur.nextUpload()) {
                is UploadTask.Wait -> assertTrue(task.millis <= step.millis, task.toString())
                is UploadTask.Upload -> assertTrue(first.request.body.contentEquals(task.request.body), "the same bytes")
                is UploadTask.Done -> error("a refused report was given up")
            }
        }
    }

    @Test
    fun `a refused report can be tried again or deleted by the person`() {
        open("fr").use { lueur ->
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            lueur.setReportDraft(draft("Un signalement à supprimer."))
            val id = lueur.sendReportDraft().id
            val upload = lueur.nextUpload() as UploadTask.Upload
            // What an intake answers for an envelope it cannot accept: a permanent failure.
            assertEquals(
                UploadStep.Continue,
                lueur.finishUpload(upload.request.id, UploadResponse.Http(400u, emptyList(), ByteArray(0))),
            )
            val failed = lueur.outbox().items.single()
            assertEquals(OutboxState.FAILED, failed.state)
            assertTrue(failed.canRetry && failed.canDelete)
            assertNotNull(failed.retryLabel)
            assertEquals(UploadTask.Done, lueur.nextUpload(), "failed is not retried alone")

            val retried = lueur.retryReport(id)
            assertEquals(OutboxState.QUEUED, retried.items.single().state)
            assertThrows<LueurException.Invalid> { lueur.retryReport(id) }
            val deleted = lueur.deleteReport(id)
            assertTrue(deleted.items.isEmpty())
            assertNotNull(deleted.emptyText)
            assertEquals(UploadTask.Done, lueur.nextUpload())
            assertThrows<LueurException.NotFound> { lueur.deleteReport(id) }
        }
    }

    @Test
    fun `envelopes are padded, so a short report and a long one are the same size on the wire`() {
        open("fr").use { lueur ->
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            val sizes = listOf("Court.", "Long. ".repeat(1500)).map { text ->
                lueur.setReportDraft(draft(text))
                lueur.sendReportDraft()
                val upload = lueur.nextUpload() as UploadTask.Upload
                // Refused for good, so the next upload is the next report.
                lueur.finishUpload(upload.request.id, UploadResponse.Http(400u, emptyList(), ByteArray(0)))
                upload.request.body.size
            }
            assertEquals(sizes[0], sizes[1], "the size gives the length away: $sizes")
            assertTrue(sizes[0] in 16 * 1024..17 * 1024, "not the 16 KiB bucket: $sizes")
        }
    }

    @Test
    fun `retry after from the intake is honoured`() {
        open("en").use { lueur ->
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            lueur.setReportDraft(draft("Busy intake."))
            lueur.sendReportDraft()
            val upload = lueur.nextUpload() as UploadTask.Upload
            val busy = UploadResponse.Http(503u, listOf(HttpHeader("Retry-After", "120")), ByteArray(0))
            val step = lueur.finishUpload(upload.request.id, busy) as UploadStep.Stop
            assertTrue(step.millis >= 120_000, step.toString())
            val wait = lueur.nextUpload() as UploadTask.Wait
            assertTrue(wait.millis >= 110_000, wait.toString())
            assertNull(lueur.outbox().items.single().sentAt)
        }
    }
}
