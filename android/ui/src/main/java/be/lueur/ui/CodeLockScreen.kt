package be.lueur.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.text.KeyboardActions
import androidx.compose.material3.Button
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.error
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import be.lueur.core.CodeLockView

/** The plain code lock: the unlock code (or the emergency code) opens Lueur. */
@Composable
fun CodeLockScreen(view: CodeLockView, onCode: (String) -> Unit) {
    // A refused code is cleared with each new answer of the core.
    var code by remember(view) { mutableStateOf("") }
    val refusal = view.error
    ScreenList {
        item { ScreenTitle(view.title) }
        item {
            OutlinedTextField(
                value = code,
                onValueChange = { typed -> code = typed.filter { it.isDigit() }.take(8) },
                label = { Text(view.prompt) },
                supportingText = refusal?.let { { Text(it) } },
                isError = refusal != null,
                singleLine = true,
                visualTransformation = PasswordVisualTransformation(),
                keyboardOptions = PrivateKeyboard.copy(keyboardType = KeyboardType.NumberPassword),
                keyboardActions = KeyboardActions(onDone = { onCode(code) }),
                modifier = Modifier.fillMaxWidth().semantics { if (refusal != null) error(refusal) },
            )
        }
        item { Button(onClick = { onCode(code) }, modifier = Modifier.fillMaxWidth()) { Text(view.unlockLabel) } }
    }
}
