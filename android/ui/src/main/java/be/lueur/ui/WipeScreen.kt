package be.lueur.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import be.lueur.core.WipeWarningView

/**
 * The confirmation before a panic wipe: what it erases, the reports it would drop, and
 * cancel as the first, easiest button, so a slip of the finger erases nothing.
 */
@Composable
fun WipeScreen(view: WipeWarningView, onConfirm: () -> Unit, onCancel: () -> Unit) {
    ScreenList {
        item { ScreenTitle(view.title) }
        item { Text(view.body, style = MaterialTheme.typography.bodyLarge) }
        view.unsentText?.let { item { Text(it, style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.error) } }
        item { OutlinedButton(onClick = onCancel, modifier = Modifier.fillMaxWidth()) { Text(view.cancelLabel) } }
        item {
            Button(
                onClick = onConfirm,
                colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
                modifier = Modifier.fillMaxWidth(),
            ) { Text(view.confirmLabel) }
        }
    }
}
