package be.lueur.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyRow
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import be.lueur.core.Action
import be.lueur.core.ContactFilter
import be.lueur.core.ContactItem
import be.lueur.core.ContactsView
import be.lueur.core.Destination
import be.lueur.core.FilterOption

/**
 * Where to find help: the filter chips (place, kind, language), the matches, then the
 * nationwide services apart. [onFilter] gets the filter to ask the core for next.
 */
@Composable
fun ContactsScreen(
    view: ContactsView,
    onFilter: (ContactFilter) -> Unit,
    onAction: (Action) -> Unit,
    onOpen: (Destination) -> Unit,
) {
    val options = view.options
    val current = ContactFilter(
        city = options.places.firstOrNull { it.selected }?.value,
        kind = options.kinds.firstOrNull { it.selected }?.value,
        language = options.languages.firstOrNull { it.selected }?.value,
    )
    // A chip toggles its own part of the filter and keeps the others.
    fun toggle(option: FilterOption, set: (String?) -> ContactFilter) =
        onFilter(set(if (option.selected) null else option.value))

    ScreenList {
        item { ScreenTitle(view.title) }
        item { Text(view.intro, style = MaterialTheme.typography.bodyLarge) }
        item { ChipRow(options.cityLabel, options.places) { o -> toggle(o) { current.copy(city = it) } } }
        item { ChipRow(options.kindLabel, options.kinds) { o -> toggle(o) { current.copy(kind = it) } } }
        item { ChipRow(options.languageLabel, options.languages) { o -> toggle(o) { current.copy(language = it) } } }
        view.filteredBy?.let { item { Text(it, style = MaterialTheme.typography.labelLarge) } }
        view.emptyMessage?.let { item { Text(it, style = MaterialTheme.typography.bodyLarge) } }
        items(view.contacts) { ContactCard(it, onAction, onOpen) }
        view.nationwideTitle?.let { item { SectionTitle(it) } }
        items(view.nationwide) { ContactCard(it, onAction, onOpen) }
        items(view.notes) { Text(it, style = MaterialTheme.typography.bodySmall) }
    }
}

@Composable
private fun ChipRow(label: String, options: List<FilterOption>, onToggle: (FilterOption) -> Unit) {
    // A filter with nothing to choose (e.g. no contact lists its languages yet) is left out.
    if (options.isEmpty()) return
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(label, style = MaterialTheme.typography.labelLarge)
        LazyRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            items(options) { option ->
                FilterChip(
                    selected = option.selected,
                    onClick = { onToggle(option) },
                    label = { Text(option.label) },
                )
            }
        }
    }
}

@Composable
private fun ContactCard(item: ContactItem, onAction: (Action) -> Unit, onOpen: (Destination) -> Unit) {
    Card(Modifier.fillMaxWidth().clickable(role = Role.Button) { onOpen(item.destination) }) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(item.name, style = MaterialTheme.typography.titleMedium)
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                Text(item.kindLabel, style = MaterialTheme.typography.labelMedium)
                item.place?.let { Text(it, style = MaterialTheme.typography.labelMedium) }
            }
            Text(item.description, style = MaterialTheme.typography.bodyMedium)
            item.forMinors?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            item.primaryAction?.let { action ->
                OutlinedButton(onClick = { onAction(action.action) }) { Text(action.label) }
            }
        }
    }
}
