package be.lueur.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.withStyle
import androidx.compose.ui.unit.dp
import be.lueur.core.Destination
import be.lueur.core.SearchView
import be.lueur.core.TextRun

/** No suggestions, no autocorrect: what a person types here must not be learnt by the keyboard. */
val PrivateKeyboard = KeyboardOptions(autoCorrectEnabled = false, imeAction = ImeAction.Done)

/**
 * Search as you type: every change goes to the core ([onQuery]), which answers with the
 * results, their highlighted words and the count. The query itself is kept here only
 * while typing; the core holds the one it answered.
 */
@Composable
fun SearchScreen(view: SearchView, onQuery: (String) -> Unit, onOpen: (Destination) -> Unit) {
    var text by remember { mutableStateOf(view.query) }
    ScreenList {
        item { ScreenTitle(view.title) }
        item {
            OutlinedTextField(
                value = text,
                onValueChange = { text = it; onQuery(it) },
                label = { Text(view.placeholder) },
                singleLine = true,
                keyboardOptions = PrivateKeyboard,
                modifier = Modifier.fillMaxWidth(),
            )
        }
        view.hint?.let { item { Text(it, style = MaterialTheme.typography.bodyMedium) } }
        view.countLabel?.let {
            item {
                Text(
                    it,
                    style = MaterialTheme.typography.labelLarge,
                    modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
                )
            }
        }
        view.emptyMessage?.let { item { Text(it, style = MaterialTheme.typography.bodyLarge) } }
        items(view.results, key = { "${it.kind}/${it.id}" }) { result ->
            Column(
                Modifier.fillMaxWidth().clickable(role = Role.Button) { onOpen(result.destination) }
                    .padding(vertical = 8.dp),
            ) {
                Text(result.kindLabel, style = MaterialTheme.typography.labelMedium)
                Text(runs(result.title), style = MaterialTheme.typography.titleMedium)
                Text(runs(result.snippet), style = MaterialTheme.typography.bodyMedium)
            }
        }
    }
}

private fun runs(runs: List<TextRun>) = buildAnnotatedString {
    for (run in runs) {
        if (run.highlight) withStyle(SpanStyle(fontWeight = FontWeight.Bold)) { append(run.text) } else append(run.text)
    }
}
