package be.lueur.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.LazyListScope
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.AnnotatedString
import androidx.compose.ui.text.LinkAnnotation
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.TextLinkStyles
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.FontStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.text.withLink
import androidx.compose.ui.text.withStyle
import androidx.compose.ui.unit.dp
import be.lueur.contract.Span

// Building blocks shared by the screens. Like the screens, they only arrange what the core
// returned: no sentence is written here.

/** One scrolling screen with the usual margins; [content] adds its rows. */
@Composable
internal fun ScreenList(content: LazyListScope.() -> Unit) {
    LazyColumn(
        Modifier.fillMaxSize(),
        contentPadding = PaddingValues(horizontal = 20.dp, vertical = 24.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
        content = content,
    )
}

/** A screen's title: marked as a heading so TalkBack can jump between sections. */
@Composable
internal fun ScreenTitle(text: String) {
    Text(
        text,
        style = MaterialTheme.typography.headlineMedium,
        modifier = Modifier.semantics { heading() },
    )
}

/** A section title inside a screen. */
@Composable
internal fun SectionTitle(text: String) {
    Text(
        text,
        style = MaterialTheme.typography.titleLarge,
        modifier = Modifier.semantics { heading() },
    )
}

/**
 * The core's rich text as one string: strong, emphasis and links keep their meaning.
 * A link is handed to [onLink] (an article id or an https address, the app decides).
 */
internal fun spansToText(spans: List<Span>, onLink: (String) -> Unit): AnnotatedString =
    buildAnnotatedString {
        for (span in spans) {
            val style = SpanStyle(
                fontWeight = if (span.strong) FontWeight.Bold else null,
                fontStyle = if (span.emphasis) FontStyle.Italic else null,
            )
            val link = span.link
            if (link != null) {
                val linkStyles = TextLinkStyles(style.copy(textDecoration = TextDecoration.Underline))
                withLink(LinkAnnotation.Clickable(link, linkStyles) { onLink(link) }) { append(span.text) }
            } else {
                withStyle(style) { append(span.text) }
            }
        }
    }
