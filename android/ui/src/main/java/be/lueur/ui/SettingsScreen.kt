package be.lueur.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import be.lueur.core.SettingsView

/**
 * Settings: the language (each named in itself), the way to discreet mode, then about.
 * [discreetTitle] is the title of the discreet-mode screen, which this row opens.
 */
@Composable
fun SettingsScreen(
    view: SettingsView,
    discreetTitle: String,
    onLanguage: (String) -> Unit,
    onDiscreet: () -> Unit,
) {
    ScreenList {
        item { ScreenTitle(view.title) }
        items(view.notices) { NoticeCard(it) }
        item { LanguageChoices(view.language, onLanguage) }
        item {
            Text(
                discreetTitle,
                style = MaterialTheme.typography.titleMedium,
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)
                    .clickable(role = Role.Button, onClick = onDiscreet).padding(vertical = 12.dp),
            )
        }
        item { HorizontalDivider() }
        item { SectionTitle(view.about.title) }
        item { Text(view.about.text, style = MaterialTheme.typography.bodyMedium) }
        items(view.about.facts) { fact ->
            Column {
                Text(fact.label, style = MaterialTheme.typography.labelMedium)
                Text(fact.value, style = MaterialTheme.typography.bodyMedium)
            }
        }
    }
}
