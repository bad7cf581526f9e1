package be.lueur.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import be.lueur.core.ContentChecks
import be.lueur.core.ContentStatusView
import be.lueur.core.SettingsView

/**
 * Settings: the way to discreet mode, the language (each named in itself), then about
 * and the content in use with its updates. [discreetTitle] is the title of the
 * discreet-mode screen, which this row opens; [onContentChecks] turns content checks
 * on or off while disguised (the core's button says which).
 */
@Composable
fun SettingsScreen(
    view: SettingsView,
    discreetTitle: String,
    onLanguage: (String) -> Unit,
    onDiscreet: () -> Unit,
    onContentChecks: (Boolean) -> Unit = {},
) {
    ScreenList {
        item { ScreenTitle(view.title) }
        items(view.notices) { NoticeCard(it) }
        // Discreet mode before the languages: with twenty-four of them it would otherwise
        // be several screens down, and it is what a person at risk looks for.
        item {
            Text(
                discreetTitle,
                style = MaterialTheme.typography.titleMedium,
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)
                    .clickable(role = Role.Button, onClick = onDiscreet).padding(vertical = 12.dp),
            )
        }
        item { LanguageChoices(view.language, onLanguage) }
        item { HorizontalDivider() }
        item { SectionTitle(view.about.title) }
        item { Text(view.about.text, style = MaterialTheme.typography.bodyMedium) }
        items(view.about.facts) { fact ->
            Column {
                Text(fact.label, style = MaterialTheme.typography.labelMedium)
                Text(fact.value, style = MaterialTheme.typography.bodyMedium)
            }
        }
        view.contentUpdates?.let { content ->
            item { HorizontalDivider() }
            item { ContentUpdatesSection(content, onContentChecks) }
        }
    }
}

/** The content in use (version, date, as the core writes them) and the state of its updates. */
@Composable
private fun ContentUpdatesSection(content: ContentStatusView, onContentChecks: (Boolean) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        SectionTitle(content.title)
        Text(content.versionLabel, style = MaterialTheme.typography.bodyMedium)
        Text(content.date, style = MaterialTheme.typography.bodyMedium)
        Text(content.checksText, style = MaterialTheme.typography.bodyMedium)
        listOfNotNull(content.lastCheck, content.lastResult, content.pending, content.fallback).forEach {
            Text(it, style = MaterialTheme.typography.bodyMedium)
        }
        content.toggleLabel?.let { label ->
            // The label says what pressing does: on while checks are off, off while on.
            OutlinedButton(
                onClick = { onContentChecks(content.checks != ContentChecks.ON) },
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            ) { Text(label) }
        }
    }
}
