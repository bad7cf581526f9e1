package be.lueur.app

import android.view.WindowManager
import androidx.lifecycle.Lifecycle
import androidx.compose.ui.test.junit4.createEmptyComposeRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.printToString
import androidx.test.core.app.ActivityScenario
import androidx.test.ext.junit.runners.AndroidJUnit4
import be.lueur.core.CalcKey
import be.lueur.core.CodeKind
import be.lueur.core.Disguise
import be.lueur.core.LauncherIdentity
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * The calculator disguise from a cold start: the app opens on the decoy, which calculates
 * like a calculator, and the unlock code followed by = opens home.
 */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34], qualifiers = "en")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class DecoyTest {
    @get:Rule(order = 0)
    val fresh = FreshInstall()

    @get:Rule(order = 1)
    val compose = createEmptyComposeRule()

    private var scenario: ActivityScenario<MainActivity>? = null

    /** A person who set a code and the disguise earlier: a new process starts locked. */
    @Before
    fun disguise() {
        LueurHolder.get(context).apply {
            beginCode(CodeKind.UNLOCK, MainActivityTest.CODE, null)
            confirmCode(CodeKind.UNLOCK, MainActivityTest.CODE)
            assertEquals(LauncherIdentity.CALCULATOR, setDisguise(Disguise.CALCULATOR))
        }
        LueurHolder.drop()
        scenario = ActivityScenario.launch(MainActivity::class.java)
    }

    @After
    fun close() {
        compose.waitForIdle()
        var model: AppModel? = null
        scenario?.onActivity { model = modelOf(it) }
        scenario?.close()
        compose.closeCore(model)
    }

    private val keys by lazy { reference("en").use { it.calculator() }.rows.flatMap { it.keys } }

    private fun press(key: CalcKey) {
        compose.onNodeWithContentDescription(keys.single { it.key == key }.description).performClick()
    }

    private fun digits(code: String) = code.forEach { press(CalcKey.Digit(it.digitToInt().toUByte())) }

    @Test
    fun theDecoyCalculatesAndTheCodeOpensHome() {
        val home = reference("en").use { it.home() }
        try {
            compose.waitUntil(30_000) {
                compose.onAllNodesWithText(keys.first().label).fetchSemanticsNodes().isNotEmpty()
            }
        } catch (timeout: androidx.compose.ui.test.ComposeTimeoutException) {
            throw AssertionError("no decoy:\n" + compose.onRoot().printToString(Int.MAX_VALUE), timeout)
        }
        assertTrue("no word of Lueur on the decoy", compose.onAllNodesWithText(home.title).fetchSemanticsNodes().isEmpty())
        assertEquals("the decoy takes screenshots like any calculator", 0, secureFlag())

        // 12 + 30 = 42, as the core computes it for a reference calculator.
        val expected = reference("en").use { ref ->
            listOf(CalcKey.Digit(1u), CalcKey.Digit(2u), CalcKey.Operator(be.lueur.core.CalcOperator.ADD),
                CalcKey.Digit(3u), CalcKey.Digit(0u), CalcKey.Equals).map { key ->
                press(key)
                ref.pressCalculatorKey(key)
            }.last() as be.lueur.core.CalcOutcome.Show
        }
        compose.awaitText(expected.view.display)

        // A new number after = starts afresh, as on any calculator.
        digits("999999")
        press(CalcKey.Equals)
        compose.waitForIdle()
        assertTrue("a wrong code only calculates", compose.onAllNodesWithText(home.title).fetchSemanticsNodes().isEmpty())

        digits(MainActivityTest.CODE)
        press(CalcKey.Equals)
        compose.awaitText(home.title)
        compose.waitUntil(30_000) { secureFlag() != 0 }
    }

    @Test
    fun afterMoreThanTheGracePeriodInTheBackgroundTheAppShowsTheDecoyAgain() {
        val home = reference("en").use { it.home() }
        val equals = keys.single { it.key == CalcKey.Equals }.label
        compose.awaitText(equals)
        digits(MainActivityTest.CODE)
        press(CalcKey.Equals)
        compose.awaitText(home.title)

        // A short trip away (a notification, the dialer) keeps Lueur open.
        scenario!!.moveToState(Lifecycle.State.CREATED)
        scenario!!.moveToState(Lifecycle.State.RESUMED)
        compose.awaitText(home.title)
        assertTrue(compose.onAllNodesWithText(equals).fetchSemanticsNodes().isEmpty())

        // The core reads the boot clock itself: the test waits out its 30 s for real.
        scenario!!.moveToState(Lifecycle.State.CREATED)
        Thread.sleep(31_000)
        scenario!!.moveToState(Lifecycle.State.RESUMED)
        compose.awaitText(equals)
        assertTrue("nothing of Lueur left on screen", compose.onAllNodesWithText(home.title).fetchSemanticsNodes().isEmpty())
    }

    private fun secureFlag(): Int {
        var flags = 0
        scenario!!.onActivity { flags = it.window.attributes.flags and WindowManager.LayoutParams.FLAG_SECURE }
        return flags
    }
}
