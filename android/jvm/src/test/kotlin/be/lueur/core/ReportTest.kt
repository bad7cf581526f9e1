package be.lueur.core

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
            val bundled = lueur.deploymentView()
            assertTrue(bundled.development)
            assertNotNull(bundled.notice)
            assertTrue(bundled.endpoint.startsWith("https://"))
            val refused = assertThrows<LueurException.Invalid> { lueur.setDeploymentEndpoint("http://example.org") }
            assertEquals("endpoint", refused.field)
            assertEquals(bundled, lueur.deploymentView(), "a refused endpoint changes nothing")
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
    fun `queued reports are delivered by the platform loop and the intake holds each once`() {
        ReferenceIntake(dataDir.resolve("intake.db")).use { intake ->
            open("nl").use { lueur ->
                lueur.setDeploymentEndpoint(intake.url)
                assertEquals(UploadTask.Done, lueur.nextUpload(System.currentTimeMillis()))
                val texts = listOf("Ze werken elke nacht zonder loon.", "Hun paspoorten zijn afgenomen.")
                val ids = texts.map { text ->
                    lueur.setReportDraft(
                        ReportDraft(
                            about = ReportAbout.SOMEONE_ELSE,
                            forms = listOf(ExploitationForm.LABOUR),
                            municipality = "Gent",
                            whatHappened = text,
                            contact = ContactPreference.Email("iemand@example.org", "na 18 uur"),
                            language = "nl",
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

                val (last, outcomes) = PlatformUploader.drain(lueur)
                assertEquals(UploadTask.Done, last)
                assertEquals(listOf(201, 201), outcomes.map { (it as UploadOutcome.Http).status.toInt() })
                val sent = lueur.outbox()
                assertEquals(0u, sent.unsent)
                assertEquals(ids.toSet(), sent.items.map { it.id }.toSet())
                assertTrue(sent.items.all { it.state == OutboxState.SENT && it.sentAt != null && !it.canDelete })
                val deleteSent = assertThrows<LueurException.Invalid> { lueur.deleteReport(ids.first()) }
                assertEquals("report", deleteSent.field)

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
    fun `a refused connection waits, then the same envelope goes to the intake`() {
        val closedPort = ServerSocket(0).use { it.localPort }
        ReferenceIntake(dataDir.resolve("intake.db")).use { intake ->
            open("de").use { lueur ->
                lueur.setDeploymentEndpoint("http://127.0.0.1:$closedPort")
                lueur.setReportDraft(draft("Sie arbeiten nachts."))
                val id = lueur.sendReportDraft().id
                val first = lueur.nextUpload(System.currentTimeMillis()) as UploadTask.Upload
                assertEquals(id, first.id)
                assertTrue(first.headers.any { it.name == "Idempotency-Key" && it.value == id })
                val refused = PlatformUploader.post(first)
                assertEquals(UploadOutcome.Transport(TransportError.REFUSED), refused)
                lueur.finishUpload(id, refused)

                val item = lueur.outbox().items.single()
                assertEquals(OutboxState.QUEUED, item.state)
                assertEquals(1u, item.attempts)
                lueur.setDeploymentEndpoint(intake.url)
                // The first retry waits a random time up to 30 s (full jitter), possibly none.
                val now = System.currentTimeMillis()
                val later = now + 30_000
                val again = when (val task = lueur.nextUpload(now)) {
                    is UploadTask.Wait -> {
                        assertTrue(task.millis in 1..30_000, task.toString())
                        lueur.nextUpload(now + task.millis) as UploadTask.Upload
                    }
                    is UploadTask.Upload -> task
                    UploadTask.Done -> error("a refused report was given up")
                }
                assertEquals(intake.url + "/v1/reports", again.url)
                assertTrue(first.body.contentEquals(again.body), "a retry sends the same bytes")
                lueur.finishUpload(id, PlatformUploader.post(again))
                assertEquals(UploadTask.Done, lueur.nextUpload(later))
                assertEquals(OutboxState.SENT, lueur.outbox().items.single().state)
                assertTrue("Sie arbeiten nachts." in intake.openStored())
            }
        }
    }

    @Test
    fun `a refused report can be tried again or deleted by the person`() {
        open("fr").use { lueur ->
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            lueur.setReportDraft(draft("Un signalement à supprimer."))
            val id = lueur.sendReportDraft().id
            val upload = lueur.nextUpload(System.currentTimeMillis()) as UploadTask.Upload
            // What an intake answers for an envelope it cannot accept: a permanent failure.
            lueur.finishUpload(upload.id, UploadOutcome.Http(400u, null))
            val failed = lueur.outbox().items.single()
            assertEquals(OutboxState.FAILED, failed.state)
            assertTrue(failed.canRetry && failed.canDelete)
            assertNotNull(failed.retryLabel)
            assertEquals(UploadTask.Done, lueur.nextUpload(System.currentTimeMillis()), "failed is not retried alone")

            val retried = lueur.retryReport(id)
            assertEquals(OutboxState.QUEUED, retried.items.single().state)
            assertThrows<LueurException.Invalid> { lueur.retryReport(id) }
            val deleted = lueur.deleteReport(id)
            assertTrue(deleted.items.isEmpty())
            assertNotNull(deleted.emptyText)
            assertEquals(UploadTask.Done, lueur.nextUpload(System.currentTimeMillis()))
            assertThrows<LueurException.NotFound> { lueur.deleteReport(id) }
        }
    }

    @Test
    fun `retry after from the intake is honoured`() {
        open("en").use { lueur ->
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            lueur.setReportDraft(draft("Busy intake."))
            lueur.sendReportDraft()
            val now = System.currentTimeMillis()
            val upload = lueur.nextUpload(now) as UploadTask.Upload
            lueur.finishUpload(upload.id, UploadOutcome.Http(503u, "120"))
            val wait = lueur.nextUpload(now) as UploadTask.Wait
            assertTrue(wait.millis >= 110_000, wait.toString())
            assertNull(lueur.outbox().items.single().sentAt)
        }
    }
}
