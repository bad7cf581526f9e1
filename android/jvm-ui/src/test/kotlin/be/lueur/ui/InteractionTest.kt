package be.lueur.ui

import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.runDesktopComposeUiTest
import be.lueur.core.Action
import be.lueur.core.CalcOutcome
import be.lueur.core.ChecklistView
import be.lueur.core.Destination
import be.lueur.ffi.Lueur
import be.lueur.core.Perspective
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/**
 * Taps on the screens with Compose's UI test (desktop), the callbacks wired to the real
 * core as the app wires them: what a tap hands over is what the core then acts on.
 */
@OptIn(ExperimentalTestApi::class)
class InteractionTest {
    @TempDir
    lateinit var dataDir: Path

    private val secrets = MemorySecretStore()

    @Test
    fun `tapping the 112 button hands the call to the app, a card hands its destination`() =
        Lueur.open(dataDir.toString(), listOf("fr"), secrets).use { lueur ->
            val home = lueur.home()
            val actions = mutableListOf<Action>()
            val opened = mutableListOf<Destination>()
            runDesktopComposeUiTest(width = 412, height = 1400) {
                setContent { MaterialTheme { HomeScreen(home, { actions += it }, { opened += it }) } }
                onNodeWithText(home.danger.actions.first().label).performClick()
                onNodeWithText(home.primary.first().label).performClick()
            }
            assertEquals(listOf<Action>(Action.Call("112")), actions)
            assertEquals(listOf(home.primary.first().destination), opened)
        }

    @Test
    fun `keys tapped on the calculator go through the core and its display comes back`() =
        Lueur.open(dataDir.toString(), listOf("nl"), secrets).use { lueur ->
            var view by mutableStateOf(lueur.calculator())
            val keys = view.rows.flatMap { it.keys }
            fun description(label: String) = keys.single { it.label == label }.description
            runDesktopComposeUiTest(width = 412, height = 915) {
                setContent {
                    MaterialTheme {
                        CalculatorScreen(view) { key -> view = (lueur.pressCalculatorKey(key) as CalcOutcome.Show).view }
                    }
                }
                for (label in listOf("7", "×", "6", "=")) {
                    onNodeWithContentDescription(description(label)).performClick()
                }
                onNodeWithText(view.display).assertExists()
            }
            assertEquals("42", view.display)
        }

    @Test
    fun `answering a checklist question through its radio button moves the core to the next one`() =
        Lueur.open(dataDir.toString(), listOf("fr"), secrets).use { lueur ->
            var view by mutableStateOf(lueur.startChecklist(Perspective.ME))
            val first = (view as ChecklistView.Question).question
            val no = first.options.single { it.value == "no" }
            runDesktopComposeUiTest(width = 412, height = 915) {
                val callbacks = ChecklistCallbacks(
                    onAnswer = { id, value -> view = lueur.answerQuestion(id, value) },
                    onSkip = { view = lueur.skipQuestion() }, onBack = { view = lueur.goBackInChecklist() },
                    onContinue = {}, onKeepAnswers = {}, onDeleteAnswers = {}, onAction = {}, onOpen = {},
                )
                setContent { MaterialTheme { ChecklistScreen(view, callbacks) } }
                onNodeWithText(no.label).performClick()
                val next = (view as ChecklistView.Question).question
                onNodeWithText(next.text).assertExists()
            }
            lueur.closeChecklist()
        }
}
