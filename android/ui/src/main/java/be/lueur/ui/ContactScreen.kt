package be.lueur.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import be.lueur.core.Action
import be.lueur.core.ActionItem
import be.lueur.core.ContactDetailView

/**
 * One contact: who they are, for whom, where, in which languages, then each action
 * (call, SMS, mail, website, map) as its own button with what it leaves on the phone.
 */
@Composable
fun ContactScreen(view: ContactDetailView, onAction: (Action) -> Unit) {
    ScreenList {
        item { ScreenTitle(view.name) }
        item { Text(view.kindLabel, style = MaterialTheme.typography.labelLarge) }
        item { Text(view.description, style = MaterialTheme.typography.bodyLarge) }
        view.forMinors?.let { item { Text(it, style = MaterialTheme.typography.bodyMedium) } }
        view.serves?.let { item { Text(it, style = MaterialTheme.typography.bodyMedium) } }
        item { Text(view.languages, style = MaterialTheme.typography.bodyMedium) }
        view.address?.let { address ->
            item {
                Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
                    SectionTitle(address.title)
                    address.lines.forEach { Text(it, style = MaterialTheme.typography.bodyMedium) }
                    Text(address.region, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
        items(view.actions) { ActionButton(it, onAction, first = it == view.actions.firstOrNull()) }
        view.privacyNote?.let { item { Text(it, style = MaterialTheme.typography.bodySmall) } }
    }
}

/** An action's button; the first of a contact is filled, the others outlined. */
@Composable
internal fun ActionButton(item: ActionItem, onAction: (Action) -> Unit, first: Boolean) {
    Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
        if (first) {
            Button(onClick = { onAction(item.action) }, modifier = Modifier.fillMaxWidth()) { Text(item.label) }
        } else {
            OutlinedButton(onClick = { onAction(item.action) }, modifier = Modifier.fillMaxWidth()) { Text(item.label) }
        }
        HistoryNote(item)
    }
}
