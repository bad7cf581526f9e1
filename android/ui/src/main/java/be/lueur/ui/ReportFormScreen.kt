package be.lueur.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Button
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.error
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.unit.dp
import be.lueur.core.FieldKind
import be.lueur.core.Notice
import be.lueur.core.NoticeLevel
import be.lueur.core.ReportField
import be.lueur.core.ReportFieldView
import be.lueur.core.ReportFormView

/** What the form's inputs do; the app passes each to the core, which returns the new form. */
class ReportCallbacks(
    val onText: (ReportField, String) -> Unit,
    val onChoose: (ReportField, List<String>) -> Unit,
    val onSend: () -> Unit,
)

/**
 * The confidential report: the core's fields in its order, shown or hidden as it says,
 * each with its own error. Nothing is sealed or stored until [ReportCallbacks.onSend].
 */
@Composable
fun ReportFormScreen(view: ReportFormView, callbacks: ReportCallbacks) {
    ScreenList {
        item { ScreenTitle(view.title) }
        item { Text(view.intro, style = MaterialTheme.typography.bodyLarge) }
        item { Text(view.privacy, style = MaterialTheme.typography.bodyMedium) }
        view.developmentNotice?.let { item { NoticeCard(Notice(NoticeLevel.WARNING, it)) } }
        item { Text(view.skipHint, style = MaterialTheme.typography.bodySmall) }
        items(view.fields.filter { it.shown }, key = { it.field.name }) { field ->
            FieldInput(field, view, callbacks)
        }
        item {
            Button(onClick = callbacks.onSend, enabled = view.canSend, modifier = Modifier.fillMaxWidth()) {
                Text(view.sendLabel)
            }
        }
    }
}

@Composable
private fun FieldInput(field: ReportFieldView, form: ReportFormView, callbacks: ReportCallbacks) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        when (field.kind) {
            FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT -> {
                // The text lives here while typing and goes to the core at each change, so
                // the draft in memory is always what the screen shows.
                var text by remember(field.field) { mutableStateOf(field.value) }
                val long = field.kind == FieldKind.LONG_TEXT
                OutlinedTextField(
                    value = text,
                    onValueChange = { new ->
                        val limited = field.maxChars?.let { new.take(it.toInt()) } ?: new
                        text = limited
                        callbacks.onText(field.field, limited)
                    },
                    label = { Text(field.label) },
                    supportingText = { Text(field.error ?: field.hint) },
                    isError = field.error != null,
                    singleLine = !long,
                    minLines = if (long) 4 else 1,
                    keyboardOptions = PrivateKeyboard.copy(imeAction = if (long) ImeAction.Default else ImeAction.Next),
                    modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
                )
            }
            FieldKind.ONE_CHOICE, FieldKind.MANY_CHOICES -> {
                val many = field.kind == FieldKind.MANY_CHOICES
                SectionTitle(field.label)
                Text(if (many) form.chooseManyHint else form.chooseOneHint, style = MaterialTheme.typography.bodySmall)
                if (field.hint.isNotBlank()) Text(field.hint, style = MaterialTheme.typography.bodySmall)
                val selected = field.choices.filter { it.selected }.map { it.key }
                for (choice in field.choices) {
                    val rowModifier = if (many) {
                        Modifier.toggleable(choice.selected, role = Role.Checkbox) {
                            callbacks.onChoose(field.field, if (choice.selected) selected - choice.key else selected + choice.key)
                        }
                    } else {
                        Modifier.selectable(choice.selected, role = Role.RadioButton) {
                            callbacks.onChoose(field.field, if (choice.selected) emptyList() else listOf(choice.key))
                        }
                    }
                    Row(
                        rowModifier.fillMaxWidth().heightIn(min = 48.dp).padding(vertical = 4.dp),
                        verticalAlignment = Alignment.CenterVertically,
                    ) {
                        if (many) Checkbox(checked = choice.selected, onCheckedChange = null) else RadioButton(selected = choice.selected, onClick = null)
                        Text(choice.label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(start = 12.dp))
                    }
                }
                field.error?.let {
                    Text(it, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodyMedium,
                        modifier = Modifier.semantics { error(it) })
                }
            }
        }
    }
}
