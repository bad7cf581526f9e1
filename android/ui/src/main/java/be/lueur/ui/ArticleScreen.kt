package be.lueur.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import be.lueur.core.ArticleView
import be.lueur.core.ArticlesView
import be.lueur.contract.Block
import be.lueur.core.Destination

/** The list of articles; each row opens its article. */
@Composable
fun ArticlesScreen(view: ArticlesView, onOpen: (Destination) -> Unit) {
    ScreenList {
        item { ScreenTitle(view.title) }
        item { Text(view.intro, style = MaterialTheme.typography.bodyLarge) }
        items(view.articles) { article ->
            Column(
                Modifier.fillMaxWidth().heightIn(min = 48.dp).clickable(role = Role.Button) { onOpen(article.destination) }
                    .padding(vertical = 8.dp),
            ) {
                Text(article.title, style = MaterialTheme.typography.titleMedium)
                Text(article.summary, style = MaterialTheme.typography.bodyMedium)
            }
        }
    }
}

/**
 * One article as native text: headings, paragraphs and list items from the core's blocks,
 * then when it was reviewed and its sources. [onLink] gets a link's target.
 */
@Composable
fun ArticleScreen(view: ArticleView, onLink: (String) -> Unit) {
    ScreenList {
        item { ScreenTitle(view.title) }
        item { Text(view.summary, style = MaterialTheme.typography.bodyLarge) }
        items(view.blocks) { block ->
            when (block) {
                is Block.Heading -> Text(
                    spansToText(block.spans, onLink),
                    style = if (block.level <= 2u) MaterialTheme.typography.titleLarge else MaterialTheme.typography.titleMedium,
                    modifier = Modifier.semantics { heading() },
                )
                is Block.Paragraph -> Text(spansToText(block.spans, onLink), style = MaterialTheme.typography.bodyLarge)
                is Block.ListItem -> Row {
                    // The bullet is drawn, not read: TalkBack reads the item's text only.
                    Text("•", modifier = Modifier.padding(end = 8.dp).clearAndSetSemantics { })
                    Text(spansToText(block.spans, onLink), style = MaterialTheme.typography.bodyLarge)
                }
            }
        }
        item { Text(view.reviewed, style = MaterialTheme.typography.labelMedium) }
        view.reviewNote?.let { item { Text(it, style = MaterialTheme.typography.bodySmall) } }
        item { SectionTitle(view.sourcesTitle) }
        items(view.sources) { source ->
            val url = source.url
            Column(
                if (url != null) {
                    Modifier.fillMaxWidth().heightIn(min = 48.dp).clickable(role = Role.Button) { onLink(url) }
                } else {
                    Modifier.fillMaxWidth()
                },
            ) {
                Text(source.title, style = MaterialTheme.typography.bodyMedium)
                source.publisher?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            }
        }
    }
}
