package be.lueur.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.role
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import be.lueur.ffi.LueurException
import java.util.Locale

// Screens are pure functions of what the core returns: no text is assembled here, every
// sentence comes localised from the core. One file per view model (HomeScreen.kt,
// ContactsScreen.kt, ArticleScreen.kt, ChecklistScreen.kt, CalculatorScreen.kt,
// OutboxScreen.kt), each with its callbacks as parameters. Still to write:
// ReportFormScreen(ReportFormView), SearchScreen(SearchView), SettingsScreen(SettingsView),
// ContactScreen(ContactDetailView).
// Only Compose multiplatform APIs here (no android.*): android/jvm-ui compiles these same
// files on a plain JVM to render and check them.

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
 * The language choice: each bundled language named in itself by the platform
 * (Français, Nederlands, Deutsch, English), so a person finds their own even when the
 * app currently speaks another.
 */
@Composable
fun LanguagePicker(current: String, available: List<String>, onChoose: (String) -> Unit) {
    LazyColumn(Modifier.fillMaxWidth()) {
        items(available) { tag ->
            val locale = Locale.forLanguageTag(tag)
            val name = locale.getDisplayName(locale).replaceFirstChar { it.titlecase(locale) }
            Text(
                name,
                style = MaterialTheme.typography.titleMedium,
                modifier = Modifier
                    .fillMaxWidth()
                    .semantics {
                        role = Role.RadioButton
                        selected = tag == current
                    }
                    .clickable { onChoose(tag) }
                    .padding(horizontal = 24.dp, vertical = 16.dp),
            )
        }
    }
}
