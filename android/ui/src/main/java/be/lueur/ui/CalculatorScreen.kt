package be.lueur.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import be.lueur.core.CalcKey
import be.lueur.core.CalculatorView

/**
 * The calculator decoy: it looks and works like any calculator. The core decides what
 * each key does, including the unlock code; this screen only draws the display and keys.
 */
@Composable
fun CalculatorScreen(view: CalculatorView, onPress: (CalcKey) -> Unit) {
    Column(
        Modifier.fillMaxSize().padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(8.dp, androidx.compose.ui.Alignment.Bottom),
    ) {
        Text(
            view.display,
            fontSize = 56.sp,
            maxLines = 1,
            textAlign = TextAlign.End,
            color = if (view.error) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurface,
            modifier = Modifier.fillMaxWidth().padding(vertical = 24.dp)
                .semantics { liveRegion = LiveRegionMode.Polite },
        )
        for (row in view.rows) {
            Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                for (key in row.keys) {
                    FilledTonalButton(
                        onClick = { onPress(key.key) },
                        modifier = Modifier.weight(1f).aspectRatio(1.2f)
                            .semantics { contentDescription = key.description },
                    ) { Text(key.label, fontSize = if (key.active) 26.sp else 22.sp) }
                }
            }
        }
    }
}
