package be.lueur.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.selection.selectable
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import be.lueur.core.LanguageSection
import be.lueur.ffi.LueurException

// Screens are pure functions of what the core returns: no text is assembled here, every
// sentence comes localised from the core. One file per view model (HomeScreen.kt,
// ContactsScreen.kt, ArticleScreen.kt, ChecklistScreen.kt, CalculatorScreen.kt,
// OutboxScreen.kt, ...), each with its callbacks as parameters. No android.* here: what
// only Android can do (intents, launcher aliases, the keyboard's learning) is in :app.

/** Shown while the core opens (a few milliseconds): no text, so no language is needed. */
@Composable
fun LoadingScreen() {
    Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) {
        CircularProgressIndicator()
    }
}

/** A call failed: shows the core's localised sentence; retry only where it can help. */
@Composable
fun ErrorScreen(error: LueurException, onRetry: (() -> Unit)?) {
    val text = when (error) {
        is LueurException.Invalid -> error.text
        is LueurException.NotFound -> error.text
        is LueurException.NotNow -> error.text
        is LueurException.Storage -> error.text
        is LueurException.Content -> error.text
        is LueurException.Internal -> error.text
    }
    // Trying again cannot mend unreadable content or a bug (LueurError's own contract).
    val retry = onRetry.takeIf { error !is LueurException.Content && error !is LueurException.Internal }
    Column(
        Modifier.fillMaxSize().padding(24.dp),
        verticalArrangement = Arrangement.Center,
    ) {
        Text(
            text,
            style = MaterialTheme.typography.bodyLarge,
            modifier = if (retry != null) Modifier.clickable(onClick = retry) else Modifier,
        )
    }
}

/**
 * The language choice: the core names each bundled language in itself (Français,
 * Nederlands, Deutsch, English), so a person finds their own even when the app currently
 * speaks another. [onChoose] gets the code to pass to `setLocale`.
 */
@Composable
fun LanguageChoices(section: LanguageSection, onChoose: (String) -> Unit) {
    Column(Modifier.selectableGroup()) {
        SectionTitle(section.title)
        for (choice in section.choices) {
            Row(
                Modifier
                    .fillMaxWidth()
                    .heightIn(min = 48.dp)
                    .selectable(selected = choice.selected, role = Role.RadioButton) { onChoose(choice.code) }
                    .padding(vertical = 12.dp),
                verticalAlignment = Alignment.CenterVertically,
            ) {
                // The row is the radio button for TalkBack; the circle only shows the choice.
                RadioButton(selected = choice.selected, onClick = null)
                Text(
                    choice.name,
                    style = MaterialTheme.typography.titleMedium,
                    modifier = Modifier.padding(start = 16.dp),
                )
            }
        }
    }
}
