package be.lueur.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.text.KeyboardActions
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Switch
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
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import be.lueur.core.CodeKind
import be.lueur.core.DiscreetSettingsView
import be.lueur.core.Disguise
import be.lueur.core.Platform

/** Where each code stands in the screen: typed once and waiting for the same again, and the core's last refusal. */
data class CodeEntry(val confirming: Boolean = false, val error: String? = null)

/**
 * What the discreet-mode screen's inputs do. [onCode] gets a code typed and sent with the
 * keyboard's done key, with the current unlock code typed above (empty before one is set);
 * [onCodeLock] the switch's new state with the same current code.
 */
class DiscreetCallbacks(
    val onDisguise: (Disguise) -> Unit,
    val onCode: (kind: CodeKind, code: String, current: String) -> Unit,
    val onCodeLock: (enabled: Boolean, current: String) -> Unit,
    val onDuressWipes: (Boolean) -> Unit,
    val onWipe: () -> Unit,
)

/**
 * Discreet mode: the disguise, the unlock and emergency codes, what the disguise cannot
 * hide on this phone, quick exit and the wipe. [platform] keeps only the limits that
 * concern this phone.
 */
@Composable
fun DiscreetScreen(
    view: DiscreetSettingsView,
    codes: Map<CodeKind, CodeEntry>,
    platform: Platform,
    callbacks: DiscreetCallbacks,
) {
    // Typed once per visit of the screen; the core checks it at each change.
    var current by remember { mutableStateOf("") }
    ScreenList {
        item { ScreenTitle(view.title) }
        item {
            Column(Modifier.selectableGroup()) {
                SectionTitle(view.disguiseLabel)
                for (option in view.disguiseOptions) {
                    Row(
                        Modifier.fillMaxWidth().heightIn(min = 48.dp)
                            .selectable(option.selected, role = Role.RadioButton) { callbacks.onDisguise(option.disguise) }
                            .padding(vertical = 8.dp),
                        verticalAlignment = Alignment.CenterVertically,
                    ) {
                        RadioButton(selected = option.selected, onClick = null)
                        Text(option.label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(start = 12.dp))
                    }
                }
                Text(view.disguiseExplanation, style = MaterialTheme.typography.bodyMedium)
            }
        }
        item { SectionTitle(view.unlockCodeLabel) }
        item { Text(view.unlockCodeStatus, style = MaterialTheme.typography.bodyMedium) }
        if (view.unlockCodeSet) {
            // Every change of codes or of the lock asks for the unlock code in force first.
            item {
                OutlinedTextField(
                    value = current,
                    onValueChange = { typed -> current = typed.filter { it.isDigit() }.take(8) },
                    label = { Text(view.currentCodePrompt) },
                    singleLine = true,
                    visualTransformation = PasswordVisualTransformation(),
                    keyboardOptions = PrivateKeyboard.copy(keyboardType = KeyboardType.NumberPassword),
                    modifier = Modifier.fillMaxWidth(),
                )
            }
        }
        item { CodeField(CodeKind.UNLOCK, view, codes[CodeKind.UNLOCK] ?: CodeEntry(), current, callbacks) }
        if (view.unlockCodeSet) {
            item {
                Row(
                    Modifier.fillMaxWidth().heightIn(min = 48.dp)
                        .toggleable(view.codeLock, role = Role.Switch) { callbacks.onCodeLock(it, current) },
                    verticalAlignment = Alignment.CenterVertically,
                    horizontalArrangement = Arrangement.spacedBy(12.dp),
                ) {
                    Text(view.codeLockLabel, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
                    Switch(checked = view.codeLock, onCheckedChange = null)
                }
            }
            item { Text(view.codeLockExplanation, style = MaterialTheme.typography.bodyMedium) }
        }
        item { SectionTitle(view.duressCodeLabel) }
        item { Text(view.duressCodeStatus, style = MaterialTheme.typography.bodyMedium) }
        item { Text(view.duressExplanation, style = MaterialTheme.typography.bodyMedium) }
        item { CodeField(CodeKind.DURESS, view, codes[CodeKind.DURESS] ?: CodeEntry(), current, callbacks) }
        if (view.duressCodeSet) {
            item {
                Row(
                    Modifier.fillMaxWidth().heightIn(min = 48.dp)
                        .toggleable(view.duressWipes, role = Role.Switch) { callbacks.onDuressWipes(it) },
                    verticalAlignment = Alignment.CenterVertically,
                    horizontalArrangement = Arrangement.spacedBy(12.dp),
                ) {
                    Text(view.duressWipesLabel, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
                    Switch(checked = view.duressWipes, onCheckedChange = null)
                }
            }
        }
        item { Text(view.codeRules, style = MaterialTheme.typography.bodySmall) }
        item { Text(view.guessDelayNote, style = MaterialTheme.typography.bodySmall) }
        item { SectionTitle(view.limitsTitle) }
        items(view.limits.filter { it.onlyOn == null || it.onlyOn == platform }) {
            Text(it.text, style = MaterialTheme.typography.bodyMedium)
        }
        item { SectionTitle(view.quickExitLabel) }
        item { Text(view.quickExitExplanation, style = MaterialTheme.typography.bodyMedium) }
        item {
            Button(
                onClick = callbacks.onWipe,
                colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
                modifier = Modifier.fillMaxWidth(),
            ) { Text(view.wipeLabel) }
        }
    }
}

@Composable
private fun CodeField(kind: CodeKind, view: DiscreetSettingsView, entry: CodeEntry, current: String, callbacks: DiscreetCallbacks) {
    // Cleared after each step: a code never stays on screen once it went to the core.
    var code by remember(kind, entry) { mutableStateOf("") }
    val refusal = entry.error
    OutlinedTextField(
        value = code,
        onValueChange = { typed -> code = typed.filter { it.isDigit() }.take(8) },
        label = { Text(if (entry.confirming) view.confirmPrompt else view.codePrompt) },
        supportingText = refusal?.let { { Text(it) } },
        isError = refusal != null,
        singleLine = true,
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = PrivateKeyboard.copy(keyboardType = KeyboardType.NumberPassword),
        keyboardActions = KeyboardActions(onDone = { callbacks.onCode(kind, code, current) }),
        modifier = Modifier.fillMaxWidth().semantics { if (refusal != null) error(refusal) },
    )
}
