package be.lueur.app

import android.graphics.Bitmap
import android.graphics.Canvas
import android.graphics.Paint
import android.os.Looper
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.junit4.createEmptyComposeRule
import androidx.test.core.app.ActivityScenario
import androidx.test.ext.junit.runners.AndroidJUnit4
import be.lueur.core.ChecklistView
import be.lueur.core.ContactFilter
import be.lueur.core.Perspective
import java.io.ByteArrayOutputStream
import java.io.File
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * Every language pack the core lists in settings, drawn by the real activity: home,
 * contacts, the checklist's first question and the helper card, a PNG each in
 * lueur.screenshots (`pack-<screen>-<code>.png`). Every character of every text on
 * screen must have a glyph in the fonts the screen draws with (Robolectric's native
 * graphics carries Android's own font set: Noto for Arabic, Ethiopic, Devanagari,
 * Thai, CJK …); a missing one fails the test with the language, the screen and the
 * character.
 */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34], qualifiers = "en-w411dp-h891dp-xxhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class PackScreensTest {
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
    fun everyPackHasAGlyphForEveryCharacterOnItsScreens() {
        val codes = reference("en").use { ref -> ref.settings().language.choices.map { it.code } }
        assertTrue("the core lists the essentials packs too: $codes", codes.size > 4)
        scenario = ActivityScenario.launch(MainActivity::class.java)
        lateinit var model: AppModel
        scenario!!.onActivity { model = modelOf(it) }
        val missing = mutableListOf<String>()
        var shots = 0
        for (code in codes) {
            scenario!!.onActivity { model.setLocale(code) }
            val ref = reference(code)
            ref.use {
                val question = (ref.startChecklist(Perspective.ME) as ChecklistView.Question).question
                ref.closeChecklist()
                val screens = listOf(
                    Triple("home", Route.Home, ref.home().title),
                    Triple("contacts", Route.Contacts(), ref.contacts(ContactFilter(null, null, null)).title),
                    Triple("checklist", Route.Checklist(Perspective.ME), question.title),
                    Triple("card", Route.HelperCard(), ref.helperCard(null, null, false).title),
                )
                for ((name, route, title) in screens) {
                    scenario!!.onActivity {
                        model.stack.clear()
                        model.go(route)
                    }
                    compose.waitUntil(30_000) {
                        shadowOf(Looper.getMainLooper()).idle()
                        model.shown !is Shown.Loading
                    }
                    assertTrue("$name/$code: ${model.shown}", model.shown !is Shown.Failed)
                    compose.awaitText(title)
                    compose.waitForIdle()
                    missing += missingGlyphs("$name $code")
                    screenshot("pack-$name-$code")
                    shots++
                }
            }
        }
        assertEquals(codes.size * 4, shots)
        assertTrue("characters without a glyph:\n" + missing.joinToString("\n"), missing.isEmpty())
    }

    /** The characters of the texts on screen that no font the screen draws with has. */
    private fun missingGlyphs(where: String): List<String> {
        val paint = Paint()
        val texts = compose.onAllNodes(SemanticsMatcher("any node") { true }, useUnmergedTree = true)
            .fetchSemanticsNodes(atLeastOneRootRequired = false)
            .mapNotNull { it.config.getOrNull(SemanticsProperties.Text)?.joinToString("") { s -> s.text } }
        val problems = mutableListOf<String>()
        for (text in texts.toSet()) {
            // Code point by code point: Paint.hasGlyph of a whole cluster (a letter with
            // its vowel sign) asks for one glyph, which shaping rarely gives. Isolates
            // (FSI, PDI), joiners and spaces draw nothing of their own.
            text.codePoints().forEach { cp ->
                val drawn = !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) &&
                    Character.getType(cp) != Character.FORMAT.toInt() && Character.getType(cp) != Character.CONTROL.toInt()
                val char = String(Character.toChars(cp))
                if (drawn && !paint.hasGlyph(char)) problems += "$where: U+%04X '%s' in \"%s\"".format(cp, char, text)
            }
        }
        return problems
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
    }
}
