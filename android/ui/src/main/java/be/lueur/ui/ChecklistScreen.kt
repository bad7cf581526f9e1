package be.lueur.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.selectable
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import be.lueur.core.Action
import be.lueur.core.ChecklistResult
import be.lueur.core.ChecklistView
import be.lueur.core.Destination
import be.lueur.core.IndicatorView
import be.lueur.core.NextStep
import be.lueur.core.QuestionView

/** What the checklist's callbacks do; the app calls the core off the main thread. */
class ChecklistCallbacks(
    val onAnswer: (questionId: String, value: String) -> Unit,
    val onSkip: () -> Unit,
    val onBack: () -> Unit,
    val onContinue: () -> Unit,
    val onKeepAnswers: () -> Unit,
    val onDeleteAnswers: () -> Unit,
    val onAction: (Action) -> Unit,
    val onOpen: (Destination) -> Unit,
)

/** The checklist: one question at a time, or the result the core reached. */
@Composable
fun ChecklistScreen(view: ChecklistView, callbacks: ChecklistCallbacks) {
    when (view) {
        is ChecklistView.Question -> QuestionScreen(view.question, callbacks)
        is ChecklistView.Result -> ChecklistResultScreen(view.result, callbacks)
    }
}

@Composable
fun QuestionScreen(question: QuestionView, callbacks: ChecklistCallbacks) {
    ScreenList {
        item { ScreenTitle(question.title) }
        item {
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(question.progress.label, style = MaterialTheme.typography.labelMedium)
                LinearProgressIndicator(
                    progress = { question.progress.current.toFloat() / question.progress.total.coerceAtLeast(1u).toFloat() },
                    modifier = Modifier.fillMaxWidth(),
                )
            }
        }
        item { Text(question.moduleTitle, style = MaterialTheme.typography.labelLarge) }
        question.intro?.let { item { Text(it, style = MaterialTheme.typography.bodyMedium) } }
        item {
            Text(
                question.text,
                style = MaterialTheme.typography.titleLarge,
                color = if (question.danger) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurface,
            )
        }
        items(question.options) { option ->
            Row(
                Modifier.fillMaxWidth()
                    .selectable(option.selected, role = Role.RadioButton) { callbacks.onAnswer(question.id, option.value) }
                    .padding(vertical = 8.dp),
                verticalAlignment = Alignment.CenterVertically,
            ) {
                RadioButton(selected = option.selected, onClick = null)
                Text(option.label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(start = 12.dp))
            }
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                question.backLabel?.let { TextButton(onClick = callbacks.onBack) { Text(it) } }
                TextButton(onClick = callbacks.onSkip) { Text(question.skipLabel) }
            }
        }
    }
}

/**
 * The result: what the core concluded (never a verdict), the next steps first, then the
 * signs by element, the unsure answers, notes and the contacts it routed to.
 */
@Composable
fun ChecklistResultScreen(result: ChecklistResult, callbacks: ChecklistCallbacks) {
    ScreenList {
        item { ScreenTitle(result.title) }
        item { Text(result.summary, style = MaterialTheme.typography.bodyLarge) }
        item { SectionTitle(result.stepsHeading) }
        items(result.steps) { step -> StepButton(step, callbacks) }
        result.continueLabel?.let { item { OutlinedButton(onClick = callbacks.onContinue) { Text(it) } } }
        if (result.groups.isNotEmpty()) item { SectionTitle(result.signsHeading) }
        items(result.groups) { group ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
                    Text(group.title, style = MaterialTheme.typography.titleMedium)
                    group.presentLabel?.let { Text(it, style = MaterialTheme.typography.labelLarge) }
                    group.indicators.forEach { Indicator(it) }
                }
            }
        }
        if (result.unsure.isNotEmpty()) item { SectionTitle(result.unsureHeading) }
        items(result.unsure) { Indicator(it) }
        if (result.notes.isNotEmpty()) item { SectionTitle(result.notesHeading) }
        items(result.notes) { Text(it, style = MaterialTheme.typography.bodyMedium) }
        if (result.contacts.isNotEmpty()) item { SectionTitle(result.contactsHeading) }
        items(result.contacts) { contact ->
            // The whole card opens the contact; its phone buttons call directly.
            Card(Modifier.fillMaxWidth().clickable(role = Role.Button) { callbacks.onOpen(contact.destination) }) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(contact.name, style = MaterialTheme.typography.titleMedium)
                    Text(contact.description, style = MaterialTheme.typography.bodyMedium)
                    contact.reasons.forEach { Text(it, style = MaterialTheme.typography.bodySmall) }
                    contact.phones.forEach { phone ->
                        OutlinedButton(onClick = { callbacks.onAction(Action.Call(phone.number)) }) { Text(phone.display) }
                    }
                }
            }
        }
        item {
            val keep = result.keep
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                keep.status?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
                if (keep.kept) {
                    TextButton(onClick = callbacks.onDeleteAnswers) { Text(keep.deleteLabel) }
                } else {
                    OutlinedButton(onClick = callbacks.onKeepAnswers) { Text(keep.keepLabel) }
                    Text(keep.keepHint, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
        result.backLabel?.let { item { TextButton(onClick = callbacks.onBack) { Text(it) } } }
    }
}

@Composable
private fun StepButton(step: NextStep, callbacks: ChecklistCallbacks) {
    when (step) {
        is NextStep.Call -> Button(onClick = { callbacks.onAction(step.action) }, Modifier.fillMaxWidth()) { Text(step.label) }
        is NextStep.TalkToCentre -> Button(onClick = { callbacks.onOpen(step.destination) }, Modifier.fillMaxWidth()) { Text(step.label) }
        is NextStep.ReadArticle -> OutlinedButton(onClick = { callbacks.onOpen(step.destination) }, Modifier.fillMaxWidth()) { Text(step.label) }
        is NextStep.PrepareReport -> Column {
            OutlinedButton(onClick = { callbacks.onOpen(step.destination) }, Modifier.fillMaxWidth()) { Text(step.label) }
            Text(step.hint, style = MaterialTheme.typography.bodySmall)
        }
    }
}

@Composable
private fun Indicator(indicator: IndicatorView) {
    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(indicator.gradeLabel, style = MaterialTheme.typography.labelMedium)
        Text(indicator.text, style = MaterialTheme.typography.bodyMedium)
    }
}
