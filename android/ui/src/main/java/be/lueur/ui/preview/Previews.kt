// One @Preview per screen, drawn from the sample view models of PreviewSamples.kt (a
// preview cannot open the core: Android Studio's renderer has no native library). The
// screens are the app's own functions; only their view models are samples.
package be.lueur.ui.preview

import androidx.compose.runtime.Composable
import androidx.compose.ui.tooling.preview.Preview
import androidx.compose.ui.unit.LayoutDirection
import be.lueur.core.ChecklistView
import be.lueur.core.Platform
import be.lueur.ui.ArticleScreen
import be.lueur.ui.ArticlesScreen
import be.lueur.ui.CalculatorScreen
import be.lueur.ui.ChecklistCallbacks
import be.lueur.ui.ChecklistScreen
import be.lueur.ui.CodeLockScreen
import be.lueur.ui.ContactScreen
import be.lueur.ui.ContactsScreen
import be.lueur.ui.DiscreetCallbacks
import be.lueur.ui.DiscreetScreen
import be.lueur.ui.Frame
import be.lueur.ui.FrameLabels
import be.lueur.ui.HelperCardScreen
import be.lueur.ui.HomeScreen
import be.lueur.ui.LueurTheme
import be.lueur.ui.OutboxScreen
import be.lueur.ui.ReportCallbacks
import be.lueur.ui.ReportFormScreen
import be.lueur.ui.SearchScreen
import be.lueur.ui.SettingsScreen
import be.lueur.ui.WipeScreen

private val labels = FrameLabels(back = "Back", quickExit = "Quick exit")

/** A screen in the app's frame and theme, as the app shows it. */
@Composable
private fun InFrame(direction: LayoutDirection = LayoutDirection.Ltr, content: @Composable () -> Unit) {
    LueurTheme(dark = false) {
        Frame(labels = labels, onBack = {}, onQuickExit = {}, direction = direction, content = content)
    }
}

private val checklistCallbacks = ChecklistCallbacks(
    onAnswer = { _, _ -> }, onSkip = {}, onBack = {}, onContinue = {},
    onKeepAnswers = {}, onDeleteAnswers = {}, onAction = {}, onOpen = {},
)

@Preview(name = "Home", showBackground = true)
@Composable
private fun HomePreview() = InFrame { HomeScreen(PreviewSamples.home, onAction = {}, onOpen = {}) }

@Preview(name = "Learn", showBackground = true)
@Composable
private fun ArticlesPreview() = InFrame { ArticlesScreen(PreviewSamples.articles, onOpen = {}) }

@Preview(name = "Article", showBackground = true)
@Composable
private fun ArticlePreview() = InFrame { ArticleScreen(PreviewSamples.article, onLink = {}) }

@Preview(name = "Contacts", showBackground = true)
@Composable
private fun ContactsPreview() = InFrame { ContactsScreen(PreviewSamples.contacts, onFilter = {}, onAction = {}, onOpen = {}) }

@Preview(name = "Contact", showBackground = true)
@Composable
private fun ContactPreview() = InFrame { ContactScreen(PreviewSamples.contact, onAction = {}) }

@Preview(name = "Search", showBackground = true)
@Composable
private fun SearchPreview() = InFrame { SearchScreen(PreviewSamples.search, onQuery = {}, onOpen = {}) }

@Preview(name = "Checklist question", showBackground = true)
@Composable
private fun QuestionPreview() = InFrame { ChecklistScreen(ChecklistView.Question(PreviewSamples.question), checklistCallbacks) }

@Preview(name = "Checklist result", showBackground = true)
@Composable
private fun ResultPreview() = InFrame { ChecklistScreen(ChecklistView.Result(PreviewSamples.result), checklistCallbacks) }

@Preview(name = "Report", showBackground = true)
@Composable
private fun ReportPreview() = InFrame {
    ReportFormScreen(PreviewSamples.report, ReportCallbacks(onText = { _, _ -> }, onChoose = { _, _ -> }, onSend = {}))
}

@Preview(name = "Outbox", showBackground = true)
@Composable
private fun OutboxPreview() = InFrame { OutboxScreen(PreviewSamples.outbox, onRetry = {}, onDelete = {}) }

@Preview(name = "Settings", showBackground = true)
@Composable
private fun SettingsPreview() = InFrame {
    SettingsScreen(PreviewSamples.settings, "Sample discreet mode", onLanguage = {}, onDiscreet = {}, onContentChecks = {})
}

@Preview(name = "Discreet mode", showBackground = true)
@Composable
private fun DiscreetPreview() = InFrame {
    DiscreetScreen(
        PreviewSamples.discreet,
        emptyMap(),
        Platform.ANDROID,
        DiscreetCallbacks(onDisguise = {}, onCode = { _, _, _ -> }, onCodeLock = { _, _ -> }, onDuressWipes = {}, onWipe = {}),
    )
}

@Preview(name = "Wipe", showBackground = true)
@Composable
private fun WipePreview() = InFrame { WipeScreen(PreviewSamples.wipe, onConfirm = {}, onCancel = {}) }

@Preview(name = "Calculator (decoy, no frame)", showBackground = true)
@Composable
private fun CalculatorPreview() = LueurTheme(dark = false) { CalculatorScreen(PreviewSamples.calculator, onPress = {}) }

@Preview(name = "Code lock", showBackground = true)
@Composable
private fun CodeLockPreview() = InFrame { CodeLockScreen(PreviewSamples.codeLock, onCode = {}) }

@Preview(name = "Helper card, narrow (stacked)", showBackground = true, widthDp = 360)
@Composable
private fun HelperCardNarrowPreview() = InFrame(LayoutDirection.Rtl) {
    HelperCardScreen(PreviewSamples.card, onHelperLanguage = {}, onChecklist = {})
}

@Preview(name = "Helper card, wide (side by side)", showBackground = true, widthDp = 800)
@Composable
private fun HelperCardWidePreview() = InFrame(LayoutDirection.Rtl) {
    HelperCardScreen(PreviewSamples.card, onHelperLanguage = {}, onChecklist = {})
}
