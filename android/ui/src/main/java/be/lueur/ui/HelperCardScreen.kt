package be.lueur.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.BoxWithConstraints
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.text.style.TextDirection
import androidx.compose.ui.unit.dp
import be.lueur.core.CardContact
import be.lueur.core.CardSide
import be.lueur.core.HelperCardView

/** Below this width the two languages are stacked (a phone held upright), above it side by side. */
private val SIDE_BY_SIDE = 600.dp

/**
 * The card a person shows to someone who can help: the same few sentences in their
 * own language and in the helper's, in large type. Each side is laid out in its own
 * direction (an Arabic side right to left beside a French one left to right); phone
 * numbers always left to right in Latin digits. [onHelperLanguage] gets the code of the
 * helper language chosen; [onChecklist] whether the checklist summary is to be on the
 * card, offered only when the core offers it.
 */
@Composable
fun HelperCardScreen(
    view: HelperCardView,
    onHelperLanguage: (String) -> Unit,
    onChecklist: (Boolean) -> Unit,
) {
    ScreenList {
        item { ScreenTitle(view.title) }
        item { Text(view.intro, style = MaterialTheme.typography.bodyLarge) }
        item {
            Column(Modifier.selectableGroup()) {
                SectionTitle(view.helperLanguageLabel)
                for (choice in view.helperLanguages) {
                    Row(
                        Modifier.fillMaxWidth().heightIn(min = 48.dp)
                            .selectable(selected = choice.selected, role = Role.RadioButton) { onHelperLanguage(choice.code) }
                            .padding(vertical = 8.dp),
                        verticalAlignment = Alignment.CenterVertically,
                    ) {
                        RadioButton(selected = choice.selected, onClick = null)
                        Text(choice.name, style = MaterialTheme.typography.titleMedium, modifier = Modifier.padding(start = 16.dp))
                    }
                }
            }
        }
        view.addChecklistLabel?.let { label ->
            item {
                Row(
                    Modifier.fillMaxWidth().heightIn(min = 48.dp)
                        .toggleable(value = view.checklistIncluded, role = Role.Checkbox) { onChecklist(it) }
                        .padding(vertical = 8.dp),
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    Checkbox(checked = view.checklistIncluded, onCheckedChange = null)
                    Text(label, style = MaterialTheme.typography.titleMedium, modifier = Modifier.padding(start = 16.dp))
                }
            }
        }
        item {
            BoxWithConstraints(Modifier.fillMaxWidth()) {
                if (maxWidth >= SIDE_BY_SIDE) {
                    Row(horizontalArrangement = Arrangement.spacedBy(16.dp)) {
                        CardSideView(view.reader, Modifier.weight(1f))
                        CardSideView(view.helper, Modifier.weight(1f))
                    }
                } else {
                    Column(verticalArrangement = Arrangement.spacedBy(16.dp)) {
                        CardSideView(view.reader, Modifier.fillMaxWidth())
                        CardSideView(view.helper, Modifier.fillMaxWidth())
                    }
                }
            }
        }
    }
}

/** One language's side, in its own direction and large type. */
@Composable
private fun CardSideView(side: CardSide, modifier: Modifier) {
    CompositionLocalProvider(LocalLayoutDirection provides layoutDirectionOf(side.direction)) {
        Surface(
            color = MaterialTheme.colorScheme.surfaceVariant,
            shape = MaterialTheme.shapes.medium,
            modifier = modifier,
        ) {
            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
                val large = MaterialTheme.typography.headlineSmall
                Text(side.needHelp, style = large)
                Text(side.speaks, style = large)
                Text(side.interpreter, style = large)
                Text(side.contactPointTitle, style = MaterialTheme.typography.titleLarge)
                side.contactPoint.forEach { CardContactView(it) }
                Text(side.centreTitle, style = MaterialTheme.typography.titleLarge)
                side.centres.forEach { CardContactView(it) }
                side.checklistTitle?.let { Text(it, style = MaterialTheme.typography.titleLarge) }
                side.checklist?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
            }
        }
    }
}

@Composable
private fun CardContactView(contact: CardContact) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(contact.name, style = MaterialTheme.typography.titleMedium)
        // A Belgian number is read left to right in any language: in a right-to-left
        // paragraph "078 055 800" would otherwise show its groups in reverse order.
        val phone = MaterialTheme.typography.headlineSmall.copy(textDirection = TextDirection.Ltr)
        contact.phones.forEach { Text(it, style = phone) }
        val web = MaterialTheme.typography.bodyLarge.copy(textDirection = TextDirection.Ltr)
        contact.websites.forEach { Text(it, style = web) }
    }
}
