package be.lueur.ui

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import be.lueur.core.ActionItem

/** What an action leaves in the phone's own apps (call list, messages, browser), beside its button. */
@Composable
internal fun HistoryNote(item: ActionItem) {
    if (item.historyNote.isNotBlank()) Text(item.historyNote, style = MaterialTheme.typography.bodySmall)
}
