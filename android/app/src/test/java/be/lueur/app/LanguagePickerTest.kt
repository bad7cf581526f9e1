package be.lueur.app

import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.assert
import androidx.compose.ui.test.assertHeightIsAtLeast
import androidx.compose.ui.test.assertIsNotSelected
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.foundation.verticalScroll
import androidx.compose.ui.unit.dp
import androidx.test.ext.junit.runners.AndroidJUnit4
import be.lueur.ui.LanguageChoices
import org.junit.Assert.assertEquals
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * One part of a screen alone in Compose's host activity (createComposeRule), fed the
 * core's real view model.
 */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34])
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class LanguagePickerTest {
    @get:Rule
    val compose = createComposeRule()

    @Test
    fun choicesAreRadioButtonsTitleIsAHeadingAndATapGivesTheCode() {
        val section = reference("de").use { it.settings().language }
        val chosen = mutableListOf<String>()
        // Twenty-four languages are taller than the screen: scrolled, as in settings' list.
        compose.setContent {
            androidx.compose.foundation.layout.Column(
                androidx.compose.ui.Modifier.verticalScroll(androidx.compose.foundation.rememberScrollState()),
            ) { LanguageChoices(section) { chosen.add(it) } }
        }

        compose.onNodeWithText(section.title).assert(SemanticsMatcher.keyIsDefined(SemanticsProperties.Heading))
        for (choice in section.choices) {
            val node = compose.onNodeWithText(choice.name).performScrollTo()
            node.assert(SemanticsMatcher.expectValue(SemanticsProperties.Role, Role.RadioButton))
            node.assertHeightIsAtLeast(48.dp)
            if (choice.code == "de") node.assertIsSelected() else node.assertIsNotSelected()
        }
        compose.onNodeWithText(section.choices.single { it.code == "en" }.name).performScrollTo().performClick()
        assertEquals(listOf("en"), chosen)
    }
}
