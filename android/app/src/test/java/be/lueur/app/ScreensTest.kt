package be.lueur.app

import android.graphics.Bitmap
import android.graphics.Canvas
import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.isRoot
import androidx.compose.ui.test.junit4.ComposeTestRule
import androidx.compose.ui.test.junit4.createEmptyComposeRule
import androidx.compose.ui.text.TextLayoutResult
import androidx.lifecycle.ViewModelProvider
import androidx.test.core.app.ActivityScenario
import androidx.test.ext.junit.runners.AndroidJUnit4
import be.lueur.core.ChecklistView
import be.lueur.core.Perspective
import be.lueur.ffi.Lueur
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.File
import javax.imageio.ImageIO
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith
import android.os.Looper
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * Every screen of the app, drawn by the real activity from the real core, in the four
 * full languages at the phone's usual font size and at 200 %: each is written as a PNG
 * (lueur.screenshots) and checked for clipped or overlapping text, for actionable
 * elements without a label TalkBack reads or smaller than 48 dp, and for a title that is
 * not a heading.
 */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34], qualifiers = "en-w411dp-h891dp-xxhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class ScreensTest {
    @get:Rule(order = 0)
    val fresh = FreshInstall()

    @get:Rule(order = 1)
    val compose = createEmptyComposeRule()

    private var scenario: ActivityScenario<MainActivity>? = null

    @After
    fun close() {
        compose.waitForIdle()
        var model: AppModel? = null
        scenario?.onActivity { model = modelOf(it) }
        scenario?.close()
        compose.closeCore(model)
    }

    @Test
    fun everyScreenAtNormalSize() = everyScreen(1f)

    @Test
    @Config(fontScale = 2f)
    fun everyScreenAtFontScale2() = everyScreen(2f)

    private fun everyScreen(fontScale: Float) {
        assertEquals(fontScale, context.resources.configuration.fontScale)
        // A queued report, so the outbox and the wipe's warning have something to show.
        LueurHolder.get(context).apply {
            setReportText(be.lueur.core.ReportField.WHAT_HAPPENED, "Ils travaillent la nuit sans salaire.")
            chooseReportOption(be.lueur.core.ReportField.FORMS, listOf("labour"))
            sendReportDraft()
        }
        scenario = ActivityScenario.launch(MainActivity::class.java)
        lateinit var model: AppModel
        scenario!!.onActivity { model = ViewModelProvider(it)[AppModel::class.java] }
        val problems = mutableListOf<String>()
        var shots = 0
        for (locale in listOf("fr", "nl", "de", "en")) {
            onMain { model.setLocale(locale) }
            val ref = reference(locale)
            ref.use {
                for ((name, route, title) in screens(ref)) {
                    onMain {
                        model.stack.clear()
                        model.go(route)
                    }
                    compose.waitUntil(30_000) {
                        // The condition reads no node, so idle the main looper here: the
                        // core's answer reaches the model through it.
                        shadowOf(Looper.getMainLooper()).idle()
                        model.shown !is Shown.Loading
                    }
                    assertTrue("$name/$locale: ${model.shown}", model.shown !is Shown.Failed)
                    compose.awaitText(title)
                    compose.waitForIdle()
                    val where = "$name $locale x$fontScale"
                    problems += check(compose, where, title)
                    screenshot("$name-$locale-x${fontScale.toInt()}")
                    shots++
                }
            }
        }
        assertEquals("14 screens in 4 languages", 14 * 4, shots)
        assertTrue(problems.joinToString("\n"), problems.isEmpty())
    }

    private fun onMain(block: () -> Unit) = scenario!!.onActivity { block() }

    private data class Screen(val name: String, val route: Route, val title: String)

    /** Each screen, with the title the core gives it (the heading the test looks for). */
    private fun screens(ref: Lueur): List<Screen> {
        val article = ref.articles().articles.first()
        val contact = ref.contacts(be.lueur.core.ContactFilter(null, null, null)).contacts.first()
        val question = (ref.startChecklist(Perspective.ME) as ChecklistView.Question).question
        ref.closeChecklist()
        val home = ref.home()
        return listOf(
            Screen("decoy", Route.Decoy, ref.calculator().display),
            Screen("home", Route.Home, home.title),
            Screen("learn", Route.Learn, ref.articles().title),
            Screen("article", Route.Article(article.id), ref.article(article.id).title),
            Screen("contacts", Route.Contacts(), ref.contacts(be.lueur.core.ContactFilter(null, null, null)).title),
            Screen("contact", Route.Contact(contact.id), ref.contact(contact.id).name),
            Screen("search", Route.Search, ref.lastSearch().title),
            Screen("checklist", Route.Checklist(Perspective.ME), question.title),
            Screen("report", Route.Report(), ref.reportForm().title),
            Screen("outbox", Route.Outbox, ref.outbox().title),
            Screen("settings", Route.Settings, ref.settings().title),
            Screen("card", Route.HelperCard(), ref.helperCard(null, null, false).title),
            Screen("discreet", Route.Discreet, ref.discreetSettings().title),
            Screen("wipe", Route.Wipe, ref.wipeWarning().title),
        )
    }

    private fun screenshot(name: String) {
        lateinit var png: ByteArray
        scenario!!.onActivity { activity ->
            val root = activity.window.decorView
            val bitmap = Bitmap.createBitmap(root.width, root.height, Bitmap.Config.ARGB_8888)
            root.draw(Canvas(bitmap))
            png = ByteArrayOutputStream().also { bitmap.compress(Bitmap.CompressFormat.PNG, 100, it) }.toByteArray()
        }
        val dir = File(System.getProperty("lueur.screenshots") ?: "target/screenshots").apply { mkdirs() }
        File(dir, "$name.png").writeBytes(png)
        val image = ImageIO.read(ByteArrayInputStream(png))
        assertEquals("$name: 411 dp at xxhdpi", 411 * 3, image.width)
        val colours = HashSet<Int>()
        for (y in 0 until image.height step 9) for (x in 0 until image.width step 9) colours.add(image.getRGB(x, y))
        assertTrue("$name drawn, not blank: ${colours.size} colours", colours.size > 2)
    }
}

/**
 * What is wrong on the screen as drawn: text cut off or ellipsized, two texts over each
 * other, an actionable element TalkBack cannot name or smaller than 48 × 48 dp, a title
 * that is not a heading. Only what is laid out is checked (a lazy list lays out what fits).
 */
internal fun check(compose: ComposeTestRule, where: String, title: String): List<String> {
    val problems = mutableListOf<String>()
    val root = compose.onNode(isRoot()).fetchSemanticsNode()
    val density = root.layoutInfo.density.density
    val minTouch = 48 * density - 0.5f

    val unmerged = compose.onAllNodes(SemanticsMatcher("any node") { true }, useUnmergedTree = true)
        .fetchSemanticsNodes(atLeastOneRootRequired = false)
    val texts = mutableListOf<Pair<String, Rect>>()
    for (node in unmerged) {
        val text = node.config.getOrNull(SemanticsProperties.Text)?.joinToString("") ?: continue
        if (text.isBlank() || atScrollEdge(node)) continue
        val bounds = node.boundsInRoot
        if (bounds.width <= 0f || bounds.height <= 0f) continue
        layout(node)?.let { layout ->
            // boundsInRoot is clipped by every ancestor; the layout's size is what the text needs.
            val needed = layout.size
            val ellipsized = (0 until layout.lineCount).any { layout.isLineEllipsized(it) }
            if (ellipsized || layout.multiParagraph.didExceedMaxLines) problems += "$where: \"$text\" is cut short"
            if (bounds.height + 1f < needed.height || bounds.width + 1f < needed.width) {
                problems += "$where: \"$text\" is clipped (${bounds.size} shown of $needed)"
            }
        }
        if (!isInsideTextField(node)) texts += text to bounds
    }
    for (i in texts.indices) for (j in i + 1 until texts.size) {
        val overlap = texts[i].second.intersect(texts[j].second)
        if (overlap.width > 1f && overlap.height > 1f) {
            problems += "$where: \"${texts[i].first}\" overlaps \"${texts[j].first}\""
        }
    }

    val merged = compose.onAllNodes(androidx.compose.ui.test.hasClickAction()).fetchSemanticsNodes()
    for (node in merged) {
        if (atScrollEdge(node)) continue
        val label = (node.config.getOrNull(SemanticsProperties.Text)?.joinToString("") ?: "") +
            (node.config.getOrNull(SemanticsProperties.ContentDescription)?.joinToString("") ?: "") +
            (node.config.getOrNull(SemanticsProperties.EditableText)?.text ?: "")
        if (label.isBlank()) problems += "$where: an actionable element without a label at ${node.boundsInRoot}"
        val touch = node.touchBoundsInRoot
        if (touch.width < minTouch || touch.height < minTouch) {
            problems += "$where: \"$label\" is ${touch.width / density} × ${touch.height / density} dp"
        }
    }

    val titled = unmerged.filter { it.config.getOrNull(SemanticsProperties.Text)?.joinToString("") == title }
    if (titled.isNotEmpty() && titled.none { it.config.contains(SemanticsProperties.Heading) } && !where.startsWith("decoy")) {
        problems += "$where: the title \"$title\" is not a heading"
    }
    return problems
}

/**
 * True for a node that reaches the edge of a scrolling ancestor (a list's last visible
 * row, a chip half out of its row): the list clips it on purpose, and it is checked
 * once scrolled into view.
 */
private fun atScrollEdge(node: SemanticsNode): Boolean {
    val bounds = node.boundsInRoot
    var parent = node.parent
    while (parent != null) {
        val viewport = parent.boundsInRoot
        if (parent.config.contains(SemanticsProperties.VerticalScrollAxisRange) &&
            (bounds.top <= viewport.top + 0.5f || bounds.bottom >= viewport.bottom - 0.5f)
        ) return true
        if (parent.config.contains(SemanticsProperties.HorizontalScrollAxisRange) &&
            (bounds.left <= viewport.left + 0.5f || bounds.right >= viewport.right - 0.5f)
        ) return true
        parent = parent.parent
    }
    return false
}

private fun layout(node: SemanticsNode): TextLayoutResult? {
    val action = node.config.getOrNull(SemanticsActions.GetTextLayoutResult) ?: return null
    val results = mutableListOf<TextLayoutResult>()
    action.action?.invoke(results)
    return results.firstOrNull()
}

/** A text field's label floats over its border and value by design. */
private fun isInsideTextField(node: SemanticsNode): Boolean {
    var parent = node.parent
    while (parent != null) {
        if (parent.config.contains(SemanticsProperties.EditableText)) return true
        parent = parent.parent
    }
    return false
}
