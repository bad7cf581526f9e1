package be.lueur.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import be.lueur.core.Notice
import be.lueur.core.NoticeLevel
import be.lueur.core.OutboxView

/** Reports on this phone: each one's state and age, with retry or delete where allowed. */
@Composable
fun OutboxScreen(view: OutboxView, onRetry: (id: String) -> Unit, onDelete: (id: String) -> Unit) {
    ScreenList {
        item { ScreenTitle(view.title) }
        view.developmentNotice?.let { item { NoticeCard(Notice(NoticeLevel.WARNING, it)) } }
        view.emptyText?.let { item { Text(it, style = MaterialTheme.typography.bodyLarge) } }
        items(view.items) { report ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(report.stateLabel, style = MaterialTheme.typography.titleMedium)
                    Text(report.detail, style = MaterialTheme.typography.bodyMedium)
                    Text(report.ageLabel, style = MaterialTheme.typography.labelMedium)
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        report.retryLabel?.takeIf { report.canRetry }?.let { TextButton(onClick = { onRetry(report.id) }) { Text(it) } }
                        report.deleteLabel?.takeIf { report.canDelete }?.let { TextButton(onClick = { onDelete(report.id) }) { Text(it) } }
                    }
                }
            }
        }
    }
}
