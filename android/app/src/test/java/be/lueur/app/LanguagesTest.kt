package be.lueur.app

import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.junit4.createAndroidComposeRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.performClick
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.text.style.ResolvedTextDirection
import androidx.test.ext.junit.runners.AndroidJUnit4
import be.lueur.core.ChecklistView
import be.lueur.core.ContactFilter
import be.lueur.core.Destination
import be.lueur.core.Direction
import be.lueur.core.Perspective
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * The language packs on screen: a right-to-left pack lays the whole screen out right to
 * left (the frame's bar included) with phone numbers still in Latin digits, left to
 * right; the helper card shows the reader's language beside the helper's, with the
 * choices the core offers.
 */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34], qualifiers = "fr-w411dp-h891dp-xxhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class LanguagesTest {
    @get:Rule(order = 0)
    val fresh = FreshInstall()

    @get:Rule(order = 1)
    val compose = createAndroidComposeRule<MainActivity>()

    private lateinit var model: AppModel

    @Before
    fun awaitHome() {
        compose.awaitText(reference("fr").use { it.home().title })
        compose.activityRule.scenario.onActivity { model = modelOf(it) }
    }

    @After
    fun dropCore() {
        compose.waitForIdle()
        runCatching { compose.activityRule.scenario.moveToState(androidx.lifecycle.Lifecycle.State.DESTROYED) }
        compose.closeCore(model)
    }

    private fun onMain(block: () -> Unit) = compose.activityRule.scenario.onActivity { block() }

    private fun inLanguage(code: String) {
        onMain { model.setLocale(code) }
        compose.awaitText(reference(code).use { it.home().title })
    }

    private fun bounds(text: String): Rect = compose.onAllNodesWithText(text)[0].fetchSemanticsNode().boundsInRoot

    private fun layoutOf(text: String): TextLayoutResult {
        val node = compose.onAllNodesWithText(text, useUnmergedTree = true)[0].fetchSemanticsNode()
        val results = mutableListOf<TextLayoutResult>()
        node.config.getOrNull(SemanticsActions.GetTextLayoutResult)?.action?.invoke(results)
        return results.single()
    }

    /** Back and quick exit on the contacts screen, in [code]: (back, quick exit). */
    private fun barIn(code: String): Pair<Rect, Rect> {
        inLanguage(code)
        val ref = reference(code)
        ref.use {
            onMain { model.go(Route.Contacts()) }
            compose.awaitText(ref.contacts(ContactFilter(null, null, null)).title)
            compose.waitForIdle()
            return bounds(ref.home().navigation.back) to bounds(ref.discreetSettings().quickExitLabel)
        }
    }

    @Test
    fun anArabicScreenIsLaidOutRightToLeftWithLatinDigits() {
        val (backFr, exitFr) = barIn("fr")
        assertTrue("French: back $backFr left of quick exit $exitFr", backFr.right <= exitFr.left)
        onMain { model.back() }

        val (back, exit) = barIn("ar")
        assertEquals(Direction.RTL, model.shown.screenLanguage?.direction)
        assertTrue("Arabic: back $back right of quick exit $exit", back.left >= exit.right)
        // The title starts on the right.
        val ref = reference("ar")
        ref.use {
            val title = bounds(ref.contacts(ContactFilter(null, null, null)).title)
            val width = compose.onRoot().fetchSemanticsNode().boundsInRoot.width
            assertTrue("Arabic title $title starts on the right of $width", title.right > width * 0.8f)

            // Home's emergency buttons: the numbers in Latin digits, never Arabic-Indic ones.
            onMain { model.back() }
            val home = ref.home()
            compose.awaitText(home.title)
            for (action in home.danger.actions) {
                val digits = action.label.filter { it.isDigit() }
                assertTrue(action.label, digits.isNotEmpty() && digits.all { it in '0'..'9' })
                compose.find(action.label)
            }
        }
    }

    @Test
    fun theHelperCardShowsBothLanguagesAndTheHelperLanguageChosen() {
        inLanguage("ar")
        val ref = reference("ar")
        ref.use {
            val entry = (ref.home().primary + ref.home().more).first { it.destination == Destination.HelperCard }
            compose.find(entry.label).performClick()
            val card = ref.helperCard(null, null, false)
            compose.awaitText(card.title)
            assertEquals("the helper's language is French until chosen", "fr", card.helper.locale)
            compose.find(card.reader.needHelp)
            compose.find(card.helper.needHelp)
            // Each side in its own direction: the Arabic one right to left.
            assertEquals(ResolvedTextDirection.Rtl, layoutOf(card.reader.needHelp).getParagraphDirection(0))
            assertEquals(ResolvedTextDirection.Ltr, layoutOf(card.helper.needHelp).getParagraphDirection(0))

            val dutch = card.helperLanguages.single { it.code == "nl" }
            compose.find(dutch.name).performClick()
            val inDutch = ref.helperCard("nl", null, false)
            compose.awaitText(inDutch.helper.needHelp)
            compose.find(inDutch.helper.speaks)
            // A phone number, even on the Arabic side: Latin digits, read left to right.
            val phone = inDutch.reader.contactPoint.flatMap { it.phones }.first()
            assertTrue(phone, phone.all { it in '0'..'9' || it == ' ' || it == '+' })
            compose.find(phone)
            assertEquals(ResolvedTextDirection.Ltr, layoutOf(phone).getParagraphDirection(0))
        }
    }

    @Test
    fun theHelperCardAddsTheChecklistSummaryOnlyWhenAsked() {
        // A checklist with one answer, in the app's own core (the session is in memory).
        val core = LueurHolder.get(context)
        val question = (core.startChecklist(Perspective.ME) as ChecklistView.Question).question
        core.answerQuestion(question.id, question.options.first().value)
        onMain { model.go(Route.HelperCard()) }
        val card = core.helperCard(null, null, false)
        compose.awaitText(card.title)
        val add = assertNotNullAnd(card.addChecklistLabel)
        assertEquals(null, card.reader.checklist)
        compose.find(add).performClick()
        val withSummary = core.helperCard(null, null, true)
        val title = assertNotNullAnd(withSummary.reader.checklistTitle)
        compose.awaitText(title)
        compose.find(title)
        compose.find(assertNotNullAnd(withSummary.reader.checklist))
    }

    private fun <T : Any> assertNotNullAnd(value: T?): T {
        assertNotNull(value)
        return value!!
    }
}
