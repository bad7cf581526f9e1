package be.lueur.ui

import androidx.compose.runtime.Composable
import be.lueur.core.ActionItem

/** What an action leaves in the phone's own apps (call list, messages, browser); issue 12 adds it to ActionItem. */
@Composable
internal fun HistoryNote(@Suppress("UNUSED_PARAMETER") item: ActionItem) {
}
