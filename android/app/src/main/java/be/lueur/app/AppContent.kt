package be.lueur.app

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.padding
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import be.lueur.core.Notice
import be.lueur.core.NoticeLevel
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
import be.lueur.ui.ErrorScreen
import be.lueur.ui.Frame
import be.lueur.ui.HelperCardScreen
import be.lueur.ui.HomeScreen
import be.lueur.ui.layoutDirectionOf
import be.lueur.ui.LoadingScreen
import be.lueur.ui.LueurTheme
import be.lueur.ui.NoticeCard
import be.lueur.ui.OutboxScreen
import be.lueur.ui.ReportCallbacks
import be.lueur.ui.ReportFormScreen
import be.lueur.ui.SearchScreen
import be.lueur.ui.SettingsScreen
import be.lueur.ui.WipeScreen

/** Draws what [model] shows: the decoy bare, every other screen in the frame with back and quick exit. */
@Composable
fun AppContent(model: AppModel) {
    LueurTheme {
        NoKeyboardLearning {
            when (val shown = model.shown) {
                is Shown.Calculator -> CalculatorScreen(shown.view, model::pressKey)
                else -> Frame(
                    labels = model.labels,
                    onBack = if (model.stack.size > 1) ({ model.back() }) else null,
                    onQuickExit = model::quickExit,
                    // The screen's own language decides, not the phone's: Lueur may be
                    // read in Arabic on a phone set to French.
                    direction = layoutDirectionOf(shown.screenLanguage?.direction ?: model.direction),
                    message = model.message,
                ) { Screen(shown, model) }
            }
        }
    }
}

@Composable
private fun Screen(shown: Shown, model: AppModel) {
    val open = { destination: be.lueur.core.Destination -> model.go(Route.of(destination)) }
    when (shown) {
        Shown.Loading, is Shown.Calculator -> LoadingScreen()
        is Shown.Lock -> CodeLockScreen(shown.view, onCode = model::enterLockCode)
        is Shown.Failed -> ErrorScreen(shown.error, onRetry = model::reload)
        is Shown.Home -> Column {
            shown.notice?.let { NoticeCard(Notice(NoticeLevel.INFO, it)) }
            HomeScreen(shown.view, onAction = model::perform, onOpen = open)
        }
        is Shown.Learn -> ArticlesScreen(shown.view, onOpen = open)
        is Shown.Article -> ArticleScreen(shown.view, onLink = model::openLink)
        is Shown.Contacts -> ContactsScreen(shown.view, onFilter = model::filterContacts, onAction = model::perform, onOpen = open)
        is Shown.Contact -> ContactScreen(shown.view, onAction = model::perform)
        is Shown.Search -> SearchScreen(shown.view, onQuery = model::search, onOpen = open)
        is Shown.Checklist -> ChecklistScreen(
            shown.view,
            ChecklistCallbacks(
                onAnswer = { id, value -> model.checklist { it.answerQuestion(id, value) } },
                onSkip = { model.checklist { it.skipQuestion() } },
                onBack = { model.checklist { it.goBackInChecklist() } },
                onContinue = { model.checklist { it.continueChecklist() } },
                onKeepAnswers = { model.checklist { it.keepChecklistAnswers() } },
                onDeleteAnswers = { model.checklist { it.deleteKeptAnswers(); it.checklist() } },
                onAction = model::perform,
                // The result's "prepare a report" fills the draft in from the checklist.
                onOpen = { destination ->
                    if (destination == be.lueur.core.Destination.Report) model.go(Route.Report(fromChecklist = true)) else open(destination)
                },
            ),
        )
        is Shown.Report -> Column {
            shown.refusal?.let { NoticeCard(Notice(NoticeLevel.WARNING, it)) }
            ReportFormScreen(
                shown.view,
                ReportCallbacks(onText = model::reportText, onChoose = model::reportChoice, onSend = model::sendReport),
            )
        }
        is Shown.Outbox -> OutboxScreen(shown.view, onRetry = model::retryReport, onDelete = model::deleteReport)
        is Shown.Settings -> SettingsScreen(
            shown.view,
            shown.discreetTitle,
            onLanguage = model::setLocale,
            onDiscreet = { model.go(Route.Discreet) },
            onContentChecks = model::setContentChecks,
        )
        is Shown.Discreet -> DiscreetScreen(
            shown.view,
            shown.codes,
            Platform.ANDROID,
            DiscreetCallbacks(
                onDisguise = model::setDisguise,
                onCode = model::enterCode,
                onCodeLock = model::setCodeLock,
                onDuressWipes = model::setDuressWipes,
                onWipe = { model.go(Route.Wipe) },
            ),
        )
        is Shown.HelperCard -> HelperCardScreen(
            shown.view,
            onHelperLanguage = model::chooseHelperLanguage,
            onChecklist = model::includeChecklist,
        )
        is Shown.Wipe -> WipeScreen(shown.view, onConfirm = model::wipe, onCancel = { model.back() })
        is Shown.Web -> WebScreen(shown.url)
    }
}
