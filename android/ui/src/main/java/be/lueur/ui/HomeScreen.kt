package be.lueur.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import be.lueur.core.Action
import be.lueur.core.Destination
import be.lueur.core.HomeEntry
import be.lueur.core.HomeView
import be.lueur.core.Notice
import be.lueur.core.NoticeLevel

/**
 * Home: the emergency calls first (112, 101), then the main ways in, then the rest.
 * [onAction] dials or opens what an action names; [onOpen] navigates.
 */
@Composable
fun HomeScreen(view: HomeView, onAction: (Action) -> Unit, onOpen: (Destination) -> Unit) {
    ScreenList {
        item { ScreenTitle(view.title) }
        item { Text(view.intro, style = MaterialTheme.typography.bodyLarge) }
        items(view.notices) { NoticeCard(it) }
        item {
            Surface(
                color = MaterialTheme.colorScheme.errorContainer,
                shape = MaterialTheme.shapes.medium,
                modifier = Modifier.fillMaxWidth(),
            ) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    SectionTitle(view.danger.title)
                    Text(view.danger.text, style = MaterialTheme.typography.bodyMedium)
                    for (action in view.danger.actions) {
                        Button(
                            onClick = { onAction(action.action) },
                            colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
                            modifier = Modifier.fillMaxWidth(),
                        ) { Text(action.label) }
                    }
                }
            }
        }
        items(view.primary) { entry ->
            Card(Modifier.fillMaxWidth().clickable(role = Role.Button) { onOpen(entry.destination) }) {
                EntryText(entry, Modifier.padding(16.dp))
            }
        }
        items(view.more) { entry ->
            EntryText(
                entry,
                Modifier.fillMaxWidth()
                    .heightIn(min = 48.dp)
                    .clickable(role = Role.Button) { onOpen(entry.destination) }
                    .padding(horizontal = 16.dp, vertical = 8.dp),
            )
        }
    }
}

@Composable
private fun EntryText(entry: HomeEntry, modifier: Modifier) {
    Column(modifier) {
        Text(entry.label, style = MaterialTheme.typography.titleMedium)
        entry.hint?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
    }
}

/** A notice from the core (e.g. nothing can be saved on this phone). */
@Composable
fun NoticeCard(notice: Notice) {
    val warning = notice.level == NoticeLevel.WARNING
    Surface(
        color = if (warning) MaterialTheme.colorScheme.tertiaryContainer else MaterialTheme.colorScheme.surfaceVariant,
        shape = MaterialTheme.shapes.small,
        modifier = Modifier.fillMaxWidth(),
    ) {
        Text(notice.text, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.padding(12.dp))
    }
}
