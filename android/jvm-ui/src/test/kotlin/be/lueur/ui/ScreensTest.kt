package be.lueur.ui

import be.lueur.core.Action
import be.lueur.contract.Block
import be.lueur.core.CalcKey
import be.lueur.core.CalcOperator
import be.lueur.core.CalcOutcome
import be.lueur.core.ChecklistResult
import be.lueur.core.ChecklistView
import be.lueur.core.ContactFilter
import be.lueur.core.ContactPreference
import be.lueur.core.Level
import be.lueur.ffi.Lueur
import be.lueur.core.NextStep
import be.lueur.core.OutboxState
import be.lueur.core.Perspective
import be.lueur.core.ReportDraft
import be.lueur.contract.Span
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/**
 * android/ui's screens drawn from the real core's view models (Lueur.open in a temp folder,
 * through the JVM bindings), each rendered to target/screenshots/<name>.png and checked
 * through the semantics of the frame drawn: the core's texts are there, the actions can be
 * tapped, headings are headings.
 */
class ScreensTest {
    @TempDir
    lateinit var dataDir: Path

    private val opened = mutableListOf<Lueur>()

    /** One store for the test's one data folder, as the Keystore is the same at every start. */
    private val secrets = MemorySecretStore()

    private fun open(vararg locales: String): Lueur =
        Lueur.open(dataDir.toString(), locales.toList(), secrets).also { opened += it }

    @AfterEach
    fun close() = opened.forEach { it.close() }

    private val nothing: (Any) -> Unit = {}

    @Test
    fun `home shows the emergency calls 112 and 101 first, as buttons, in French`() {
        val home = open("fr-BE").home()
        val shot = shoot("home-fr") { HomeScreen(home, onAction = nothing, onOpen = nothing) }
        shot.assertRealPicture(618, 2100)

        val calls = home.danger.actions.associate { (it.action as Action.Call).number to it.label }
        assertEquals(listOf("112", "101"), calls.keys.take(2), "emergency numbers first: $calls")
        for (label in calls.values) shot.assertClickable(label)
        shot.assertHeading(home.title)
        shot.assertShows(home.intro)
        shot.assertShows(home.danger.text)
        for (entry in home.primary) {
            shot.assertClickable(entry.label)
            entry.hint?.let { shot.assertShows(it) }
        }
        for (entry in home.more) shot.assertClickable(entry.label)
        // The danger section comes before every way in: it is the first thing read.
        val order = shot.texts
        assertTrue(order.indexOf(calls.getValue("112")) < order.indexOf(home.primary.first().label), order.toString())
    }

    @Test
    fun `home follows the language, Dutch texts and none of the French ones`() {
        val lueur = open("fr")
        val french = lueur.home()
        lueur.setLocale("nl")
        val dutch = lueur.home()
        assertNotEquals(french.intro, dutch.intro)
        val shot = shoot("home-nl") { HomeScreen(dutch, onAction = nothing, onOpen = nothing) }
        shot.assertRealPicture(618, 2100)
        shot.assertShows(dutch.intro)
        dutch.danger.actions.forEach { shot.assertClickable(it.label) }
        shot.assertAbsent(french.intro)
        // The app's name is the same in every language; what it says is not.
        for (entry in french.primary) if (entry.label !in dutch.primary.map { it.label }) shot.assertAbsent(entry.label)
    }

    @Test
    fun `contacts filtered to Antwerpen show its matches, the selected chip and the nationwide services`() {
        val contacts = open("nl").contacts(ContactFilter(city = "Antwerpen"))
        val filteredBy = checkNotNull(contacts.filteredBy) { "a filtered list says by what" }
        assertTrue(contacts.contacts.isNotEmpty(), "Antwerpen has contacts in the content")
        val shot = shoot("contacts-antwerpen-nl", heightDp = 2400) {
            ContactsScreen(contacts, onFilter = nothing, onAction = nothing, onOpen = nothing)
        }
        shot.assertRealPicture(618, 3600)
        shot.assertHeading(contacts.title)
        shot.assertShows(filteredBy)
        val chip = contacts.options.places.single { it.selected }
        assertTrue(shot.merged.any { chip.label in it.texts && it.selected == true }, "the ${chip.label} chip is selected")
        for (contact in contacts.contacts) {
            shot.assertShows(contact.name)
            shot.assertShows(contact.description)
            contact.primaryAction?.let { shot.assertClickable(it.label) }
        }
        contacts.nationwideTitle?.let { shot.assertHeading(it) }
        // A filter row is shown only with something to choose.
        val rows = listOf(contacts.options.cityLabel to contacts.options.places, contacts.options.kindLabel to contacts.options.kinds,
            contacts.options.languageLabel to contacts.options.languages)
        for ((label, options) in rows) if (options.isEmpty()) shot.assertAbsent(label) else shot.assertShows(label)
    }

    @Test
    fun `an article shows its headings as headings and its paragraphs`() {
        val lueur = open("fr")
        val article = lueur.article(lueur.articles().articles.first().id)
        val heading = article.blocks.filterIsInstance<Block.Heading>().first()
        val paragraph = article.blocks.filterIsInstance<Block.Paragraph>().first()
        val shot = shoot("article-fr", heightDp = 2000) { ArticleScreen(article, onLink = nothing) }
        shot.assertRealPicture(618, 3000)
        shot.assertHeading(article.title)
        shot.assertShows(article.summary)
        shot.assertHeading(text(heading.spans))
        shot.assertShows(text(paragraph.spans))
        assertTrue(shot.texts.indexOf(text(heading.spans)) > shot.texts.indexOf(article.title))
    }

    @Test
    fun `a checklist question offers its answers as radio buttons, with skip`() {
        val view = open("fr").startChecklist(Perspective.ME)
        val question = (view as ChecklistView.Question).question
        val shot = shoot("checklist-question-fr", heightDp = 915) { ChecklistScreen(view, callbacks()) }
        shot.assertRealPicture(618, 1372)
        shot.assertHeading(question.title)
        shot.assertShows(question.text)
        shot.assertShows(question.progress.label)
        for (option in question.options) {
            val node = shot.node(option.label)
            assertTrue(node.clickable && node.role == "RadioButton" && node.selected == false, "$option -> $node")
        }
        shot.assertClickable(question.skipLabel)
    }

    @Test
    fun `a checklist result shows the next steps first, then the signs and who can help`() {
        val lueur = open("nl")
        val result = walk(lueur, lueur.startChecklist(Perspective.ME))
        assertEquals(Level.STRONG_SIGNS, result.level)
        val shot = shoot("checklist-result-nl", heightDp = 2400) {
            ChecklistScreen(ChecklistView.Result(result), callbacks())
        }
        shot.assertRealPicture(618, 3600)
        shot.assertHeading(result.title)
        shot.assertShows(result.summary)
        shot.assertHeading(result.stepsHeading)
        for (step in result.steps) shot.assertClickable(label(step))
        shot.assertHeading(result.signsHeading)
        val group = result.groups.first()
        shot.assertShows(group.title)
        group.indicators.forEach { shot.assertShows(it.text) }
    }

    @Test
    fun `the calculator shows the core's display and every key with its spoken name`() {
        val lueur = open("fr")
        val fresh = lueur.calculator()
        var view = fresh
        for (key in listOf(CalcKey.Digit(1u), CalcKey.Digit(2u), CalcKey.Operator(CalcOperator.ADD), CalcKey.Digit(3u), CalcKey.Equals)) {
            view = (lueur.pressCalculatorKey(key) as CalcOutcome.Show).view
        }
        assertNotEquals(fresh.display, view.display)
        val shot = shoot("calculator-fr", heightDp = 915) { CalculatorScreen(view, onPress = nothing) }
        shot.assertRealPicture(618, 1372)
        shot.assertShows(view.display)
        assertTrue(view.display.startsWith("15"), view.display)
        for (key in view.rows.flatMap { it.keys }) {
            val node = shot.merged.firstOrNull { key.description in it.descriptions }
            assertTrue(node != null && node.clickable, "key '${key.label}' (${key.description}) is not a button")
        }
    }

    @Test
    fun `the outbox lists a queued report with its state, and says when it is empty`() {
        val lueur = open("fr")
        val empty = lueur.outbox()
        shoot("outbox-empty-fr", heightDp = 915) { OutboxScreen(empty, onRetry = nothing, onDelete = nothing) }
            .assertShows(checkNotNull(empty.emptyText) { "an empty outbox says so" })

        lueur.setReportDraft(ReportDraft(whatHappened = "Ils gardent nos papiers.", contact = ContactPreference.NoContact))
        lueur.sendReportDraft()
        val outbox = lueur.outbox()
        val item = outbox.items.single()
        assertEquals(OutboxState.QUEUED, item.state)
        val shot = shoot("outbox-fr", heightDp = 915) { OutboxScreen(outbox, onRetry = nothing, onDelete = nothing) }
        shot.assertRealPicture(618, 1372)
        shot.assertHeading(outbox.title)
        shot.assertShows(item.stateLabel)
        shot.assertShows(item.detail)
        shot.assertShows(item.ageLabel)
        outbox.developmentNotice?.let { shot.assertShows(it) }
        assertTrue(shot.texts.none { "papiers" in it }, "the report's own words are never shown in the list")
    }

    private fun text(spans: List<Span>) = spans.joinToString("") { it.text }

    private fun label(step: NextStep) = when (step) {
        is NextStep.Call -> step.label
        is NextStep.TalkToCentre -> step.label
        is NextStep.PrepareReport -> step.label
        is NextStep.ReadArticle -> step.label
    }

    private fun callbacks() = ChecklistCallbacks(
        onAnswer = { _, _ -> }, onSkip = {}, onBack = {}, onContinue = {},
        onKeepAnswers = {}, onDeleteAnswers = {}, onAction = {}, onOpen = {},
    )

    /** A labour situation with strong signs (as in android/jvm's ChecklistTest); others skipped. */
    private fun walk(lueur: Lueur, first: ChecklistView): ChecklistResult {
        val answers = mapOf(
            "danger-now" to "no", "locked-in-now" to "no", "under-18" to "no", "situation" to "labour",
            "g-promised-other" to "yes", "g-promised-details" to "yes", "g-documents" to "yes",
            "g-threats" to "yes", "l-hours" to "yes", "l-pay" to "yes", "region" to "antwerp",
        )
        var view = first
        repeat(200) {
            when (val v = view) {
                is ChecklistView.Question ->
                    view = answers[v.question.id]?.takeIf { a -> v.question.options.any { it.value == a } }
                        ?.let { lueur.answerQuestion(v.question.id, it) } ?: lueur.skipQuestion()
                is ChecklistView.Result -> return v.result
            }
        }
        error("the checklist does not end")
    }
}
