package be.lueur.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.defaultMinSize
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.traversalIndex
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp

/**
 * The labels every screen's bar shows, from the core (home's navigation, discreet
 * settings), and the sentence said when no app on the phone can do an action.
 */
data class FrameLabels(val back: String, val quickExit: String, val noApp: String = "")

/** The core's direction for a screen, as Compose lays it out. */
fun layoutDirectionOf(direction: be.lueur.core.Direction?): LayoutDirection = when (direction) {
    be.lueur.core.Direction.RTL -> LayoutDirection.Rtl
    be.lueur.core.Direction.LTR, null -> LayoutDirection.Ltr
}

/**
 * Every screen but the decoy sits in this frame: a bar with back (when there is somewhere
 * to go back to) and quick exit, always in the same place, so a person can leave in one
 * tap without looking. The decoy has no bar: a calculator with a "quick exit" would
 * give the disguise away.
 *
 * [direction] is the screen's own, from its view model (`screenLanguage`): an Arabic
 * screen is laid out right to left, bar included (back on the right), whatever the
 * phone's language. [message] is a sentence for the person shown under the bar (no
 * app for an action).
 */
@Composable
fun Frame(
    labels: FrameLabels?,
    onBack: (() -> Unit)?,
    onQuickExit: () -> Unit,
    direction: LayoutDirection = LayoutDirection.Ltr,
    message: String? = null,
    content: @Composable () -> Unit,
) {
    CompositionLocalProvider(LocalLayoutDirection provides direction) {
        FrameContent(labels, onBack, onQuickExit, message, content)
    }
}

@Composable
private fun FrameContent(
    labels: FrameLabels?,
    onBack: (() -> Unit)?,
    onQuickExit: () -> Unit,
    message: String?,
    content: @Composable () -> Unit,
) {
    Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
        Column(Modifier.fillMaxSize().safeDrawingPadding()) {
            if (labels != null) {
                Row(
                    Modifier.fillMaxWidth().padding(horizontal = 8.dp, vertical = 4.dp)
                        // TalkBack reaches quick exit first, before the screen's own content.
                        .semantics { traversalIndex = -1f },
                    verticalAlignment = Alignment.CenterVertically,
                    horizontalArrangement = Arrangement.spacedBy(8.dp),
                ) {
                    Box(Modifier.weight(1f)) {
                        if (onBack != null) {
                            TextButton(onClick = onBack, modifier = Modifier.defaultMinSize(minHeight = 48.dp)) {
                                Text(labels.back)
                            }
                        }
                    }
                    Button(
                        onClick = onQuickExit,
                        colors = ButtonDefaults.buttonColors(
                            containerColor = MaterialTheme.colorScheme.secondary,
                            contentColor = MaterialTheme.colorScheme.onSecondary,
                        ),
                        modifier = Modifier.defaultMinSize(minHeight = 48.dp),
                    ) { Text(labels.quickExit) }
                }
            }
            message?.let { NoticeCard(be.lueur.core.Notice(be.lueur.core.NoticeLevel.WARNING, it)) }
            Box(Modifier.weight(1f).fillMaxWidth()) { content() }
        }
    }
}
