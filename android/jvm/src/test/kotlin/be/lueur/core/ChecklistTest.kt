package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The indicator checklist driven from Kotlin: a full run to its result, danger, navigation, kept answers. */
class ChecklistTest : LueurTest() {
    /** A labour situation with strong signs; questions not listed are skipped. */
    private val labour = mapOf(
        "danger-now" to "no",
        "locked-in-now" to "no",
        "under-18" to "no",
        "situation" to "labour",
        "g-promised-other" to "yes",
        "g-promised-details" to "yes",
        "g-documents" to "yes",
        "g-threats" to "yes",
        "g-long-hours" to "yes",
        "g-little-pay" to "yes",
        "region" to "brussels",
    )

    private fun question(view: ChecklistView) = (view as? ChecklistView.Question)?.question
        ?: error("expected a question, got $view")

    private fun result(view: ChecklistView) = (view as? ChecklistView.Result)?.result
        ?: error("expected the result, got $view")

    /** Answers every question on screen from [answers], skipping the others, until the result. */
    private fun walk(lueur: Lueur, first: ChecklistView, answers: Map<String, String>): ChecklistResult {
        var view = first
        val seen = mutableListOf<String>()
        repeat(200) {
            when (view) {
                is ChecklistView.Question -> {
                    val q = question(view)
                    seen += q.id
                    assertTrue(q.text.isNotBlank() && q.options.isNotEmpty(), q.toString())
                    assertTrue(q.progress.current in 1u..q.progress.total, q.progress.toString())
                    view = answers[q.id]?.let { value ->
                        assertTrue(q.options.any { it.value == value }, "$value is not offered for ${q.id}")
                        lueur.answerQuestion(q.id, value)
                    } ?: lueur.skipQuestion()
                }
                is ChecklistView.Result -> return result(view)
            }
        }
        error("the checklist does not end: $seen")
    }

    @Test
    fun `a full run reaches a result that explains itself and routes to help`() {
        open("en").use { lueur ->
            val first = lueur.startChecklist(Perspective.ME)
            val q = question(first)
            assertEquals("danger-now", q.id, "danger comes first when the perspective is known")
            assertTrue(q.danger)
            assertEquals(QuestionKind.YES_NO, q.kind)
            assertNull(lueur.checklistSummary(), "no summary before a sign is answered")

            val result = walk(lueur, first, labour)
            assertEquals(Level.STRONG_SIGNS, result.level)
            assertEquals(Perspective.ME, result.perspective)
            assertFalse(result.minor)
            assertTrue(result.groups.isNotEmpty() && result.groups.all { it.indicators.isNotEmpty() })
            assertTrue(result.groups.any { it.present && it.presentLabel != null })
            val grades = result.groups.flatMap { g -> g.indicators.map { it.grade } }.toSet()
            assertTrue(grades.isNotEmpty() && grades.all { it in Grade.values() })
            assertTrue(result.contacts.isNotEmpty())
            assertTrue(result.contacts.all { it.reasons.isNotEmpty() && it.destination is Destination.Contact })
            assertTrue(result.steps.any { it is NextStep.PrepareReport }, result.steps.toString())
            assertTrue(result.steps.any { it is NextStep.TalkToCentre || it is NextStep.Call })
            assertNull(result.continueLabel)
            assertFalse(result.keep.kept)
            assertEquals(result, lueur.checklistResult())
            assertEquals(result, result(lueur.checklist()))

            // "Prepare a report" starts a draft with whose situation it is and the summary.
            val summary = lueur.checklistSummary()!!
            assertTrue(summary.lines().size > 2, summary)
            lueur.setReportDraft(ReportDraft(whatHappened = "Already written.", contact = ContactPreference.NoContact))
            val form = lueur.startReportFromChecklist()
            assertEquals(summary, form.fields.single { it.field == ReportField.CHECKLIST_SUMMARY }.value)
            assertTrue(form.fields.single { it.field == ReportField.ABOUT }.choices.single { it.selected }.key == "me")
            assertEquals("Already written.", lueur.reportDraft().whatHappened, "text already written is kept")
            assertTrue(form.canSend)
            lueur.discardReportDraft()
        }
    }

    @Test
    fun `a yes to danger shows the emergency calls at once, then the questions go on`() {
        open("fr").use { lueur ->
            val first = lueur.startChecklist(null)
            assertEquals("about", question(first).id, "without a perspective, the first question asks it")
            assertNotNull(question(first).intro)
            assertEquals(QuestionKind.CHOICE, question(first).kind)
            val danger = lueur.answerQuestion("about", "me")
            assertEquals("danger-now", question(danger).id)
            val result = result(lueur.answerQuestion("danger-now", "yes"))
            assertEquals(Level.IMMEDIATE_DANGER, result.level)
            val calls = result.steps.filterIsInstance<NextStep.Call>().map { (it.action as Action.Call).number }
            assertEquals("112", calls.first(), calls.toString())
            assertNotNull(result.continueLabel)
            assertEquals("locked-in-now", question(lueur.continueChecklist()).id)
        }
    }

    @Test
    fun `back keeps the earlier answer selected, skip moves on`() {
        open("nl").use { lueur ->
            lueur.startChecklist(Perspective.OTHER)
            val second = question(lueur.answerQuestion("danger-now", "no"))
            val back = question(lueur.goBackInChecklist())
            assertEquals("danger-now", back.id)
            assertEquals("no", back.options.single { it.selected }.value)
            assertNotNull(second.backLabel)
            val skipped = question(lueur.skipQuestion())
            assertEquals(second.id, skipped.id)
        }
    }

    @Test
    fun `wrong calls are refused with a localised reason`() {
        open("de").use { lueur ->
            val none = assertThrows<LueurException.NotNow> { lueur.checklist() }
            assertTrue(none.text.isNotBlank())
            assertThrows<LueurException.NotNow> { lueur.checklistResult() }
            lueur.startChecklist(Perspective.ME)
            val wrongValue = assertThrows<LueurException.Invalid> { lueur.answerQuestion("danger-now", "vielleicht") }
            assertEquals("danger-now", wrongValue.field)
            assertFalse(wrongValue.text.startsWith("checklist-"), wrongValue.text)
            val notOnScreen = assertThrows<LueurException.Invalid> { lueur.answerQuestion("region", "brussels") }
            assertEquals("region", notOnScreen.field)
            lueur.closeChecklist()
            assertThrows<LueurException.NotNow> { lueur.skipQuestion() }
        }
    }

    @Test
    fun `answers are kept only on request, survive a restart, and are erased on request`() {
        open("en").use { lueur ->
            assertThrows<LueurException.NotFound> { lueur.resumeKeptAnswers(Perspective.ME) }
            walk(lueur, lueur.startChecklist(Perspective.ME), labour)
            assertFalse(lueur.hasKeptAnswers(Perspective.ME))
            val kept = result(lueur.keepChecklistAnswers())
            assertTrue(kept.keep.kept)
            assertNotNull(kept.keep.status)
            assertTrue(lueur.hasKeptAnswers(Perspective.ME))
            assertFalse(lueur.hasKeptAnswers(Perspective.OTHER))
        }
        open("en").use { lueur ->
            assertTrue(lueur.hasKeptAnswers(Perspective.ME))
            val labels = lueur.checklistLabels()
            assertTrue(labels.savedFound.isNotBlank() && labels.resume.isNotBlank() && labels.startAgain.isNotBlank())
            val resumed = result(lueur.resumeKeptAnswers(Perspective.ME))
            assertEquals(Level.STRONG_SIGNS, resumed.level)
            lueur.deleteKeptAnswers()
            assertFalse(lueur.hasKeptAnswers(Perspective.ME))
            // The checklist in progress stays in memory, no longer kept.
            assertFalse(lueur.checklistResult().keep.kept)
        }
        open("en").use { assertFalse(it.hasKeptAnswers(Perspective.ME)) }
    }
}
