package be.lueur.app

import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.junit4.createEmptyComposeRule
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performTextInput
import androidx.test.core.app.ActivityScenario
import androidx.test.ext.junit.runners.AndroidJUnit4
import be.lueur.core.CodeKind
import org.junit.After
import org.junit.Assert.assertNotNull
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/** The plain code lock (no disguise): the app opens on it, a wrong code is refused, the right one opens home. */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34], qualifiers = "nl")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class CodeLockTest {
    @get:Rule(order = 0)
    val fresh = FreshInstall()

    @get:Rule(order = 1)
    val compose = createEmptyComposeRule()

    private var scenario: ActivityScenario<MainActivity>? = null

    @Before
    fun lock() {
        LueurHolder.get(context).apply {
            beginCode(CodeKind.UNLOCK, MainActivityTest.CODE, null)
            confirmCode(CodeKind.UNLOCK, MainActivityTest.CODE)
            setCodeLock(true, MainActivityTest.CODE)
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

    @Test
    fun aWrongCodeIsRefusedAndTheUnlockCodeOpensHome() {
        val (lock, home) = reference("nl").use { it.codeLockView() to it.home() }
        compose.awaitText(lock.title)
        compose.onNode(hasSetTextAction()).performTextInput("999999")
        compose.find(lock.unlockLabel).performClick()
        compose.waitUntil(30_000) {
            compose.onAllNodes(androidx.compose.ui.test.SemanticsMatcher.keyIsDefined(
                androidx.compose.ui.semantics.SemanticsProperties.Error)).fetchSemanticsNodes().isNotEmpty()
        }
        assertNotNull("still locked", compose.onAllNodes(hasSetTextAction()).fetchSemanticsNodes().firstOrNull())
        compose.onNode(hasSetTextAction()).performTextInput(MainActivityTest.CODE)
        compose.find(lock.unlockLabel).performClick()
        compose.awaitText(home.title)
    }
}
