package be.lueur.app

import android.app.Application
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateListOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import androidx.work.WorkManager
import be.lueur.core.ArticleView
import be.lueur.core.ArticlesView
import be.lueur.core.CalcKey
import be.lueur.core.CalcOutcome
import be.lueur.core.CalculatorView
import be.lueur.core.ChecklistView
import be.lueur.core.CodeKind
import be.lueur.core.ContactDetailView
import be.lueur.core.ContactFilter
import be.lueur.core.ContactsView
import be.lueur.core.DiscreetSettingsView
import be.lueur.core.Disguise
import be.lueur.core.HomeView
import be.lueur.core.OutboxView
import be.lueur.core.QuickExitAction
import be.lueur.core.ReportField
import be.lueur.core.ReportFormView
import be.lueur.core.SearchView
import be.lueur.core.SettingsView
import be.lueur.core.StartScreen
import be.lueur.core.WipeWarningView
import be.lueur.ffi.Lueur
import be.lueur.ffi.LueurException
import be.lueur.ui.CodeEntry
import be.lueur.ui.FrameLabels
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.receiveAsFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/** What the current screen draws: the core's view model for the route on top of the stack. */
sealed interface Shown {
    data object Loading : Shown
    data class Failed(val error: LueurException) : Shown
    data class Calculator(val view: CalculatorView) : Shown
    data class Lock(val view: be.lueur.core.CodeLockView) : Shown
    data class Home(val view: HomeView, val notice: String? = null) : Shown
    data class Learn(val view: ArticlesView) : Shown
    data class Article(val view: ArticleView) : Shown
    data class Contacts(val view: ContactsView) : Shown
    data class Contact(val view: ContactDetailView) : Shown
    data class Search(val view: SearchView) : Shown
    data class Checklist(val view: ChecklistView) : Shown
    data class Report(val view: ReportFormView, val refusal: String? = null) : Shown
    data class Outbox(val view: OutboxView) : Shown
    data class Settings(val view: SettingsView, val discreetTitle: String) : Shown
    data class HelperCard(val view: be.lueur.core.HelperCardView) : Shown
    data class Discreet(val view: DiscreetSettingsView, val codes: Map<CodeKind, CodeEntry>) : Shown
    data class Wipe(val view: WipeWarningView) : Shown
    data class Web(val url: String) : Shown
}

/**
 * The language the screen is in, from its view model: the frame lays it out in its
 * direction. Null for the decoy (a calculator looks the same in every language) and
 * for screens without a view model of the core.
 */
val Shown.screenLanguage: be.lueur.core.ScreenLanguage?
    get() = when (this) {
        is Shown.Lock -> view.screenLanguage
        is Shown.Home -> view.screenLanguage
        is Shown.Learn -> view.screenLanguage
        is Shown.Article -> view.screenLanguage
        is Shown.Contacts -> view.screenLanguage
        is Shown.Contact -> view.screenLanguage
        is Shown.Search -> view.screenLanguage
        is Shown.Checklist -> when (val v = view) {
            is ChecklistView.Question -> v.question.screenLanguage
            is ChecklistView.Result -> v.result.screenLanguage
        }
        is Shown.Report -> view.screenLanguage
        is Shown.Outbox -> view.screenLanguage
        is Shown.Settings -> view.screenLanguage
        is Shown.HelperCard -> view.screenLanguage
        is Shown.Discreet -> view.screenLanguage
        is Shown.Wipe -> view.screenLanguage
        Shown.Loading, is Shown.Failed, is Shown.Calculator, is Shown.Web -> null
    }

/** What only the activity can do. */
sealed interface Effect {
    /** Finish and remove the task from recents: the quick exit. */
    data object Leave : Effect
    /** Hand an action (call, SMS, mail, map) to the phone's own app. */
    data class Perform(val action: be.lueur.core.Action) : Effect
}

/**
 * The app's state across configuration changes: the back stack of routes and what the top
 * one shows. Every core call runs on one background thread, in the order the person acted
 * (the core's calls are synchronous and some hash a code), and the result is drawn on the
 * main thread.
 */
@OptIn(ExperimentalCoroutinesApi::class)
class AppModel(application: Application) : AndroidViewModel(application) {
    private val context get() = getApplication<Application>()
    private val core = Dispatchers.IO.limitedParallelism(1)
    private var lueur: Lueur? = null

    val stack = mutableStateListOf<Route>()
    var shown by mutableStateOf<Shown>(Shown.Loading)
        private set
    var labels by mutableStateOf<FrameLabels?>(null)
        private set

    /** The core's sentence for an action no app on the phone could do; gone at the next screen. */
    var message by mutableStateOf<String?>(null)
        private set

    /**
     * The direction of the last screen drawn: kept while the next one loads, so a
     * right-to-left app does not flip to left to right for a moment between screens.
     */
    var direction by mutableStateOf<be.lueur.core.Direction?>(null)
        private set

    private val effects = Channel<Effect>(Channel.BUFFERED)
    val effectFlow = effects.receiveAsFlow()

    private val inFlight = java.util.concurrent.atomic.AtomicInteger()

    /** True while a core call is queued or running (tests wait for it before closing the core). */
    internal val busy get() = inFlight.get() > 0

    /** Runs [block] with the core off the main thread; a core error replaces the screen. */
    private fun withCore(block: suspend (Lueur) -> Unit) {
        inFlight.incrementAndGet()
        viewModelScope.launch(core) {
            try {
                val lueur = lueur ?: LueurHolder.get(context).also { lueur = it }
                block(lueur)
            } catch (error: LueurException) {
                onMain { shown = Shown.Failed(error) }
            } finally {
                inFlight.decrementAndGet()
            }
        }.invokeOnCompletion { cause -> if (cause is kotlinx.coroutines.CancellationException) inFlight.set(0) }
    }

    private suspend fun onMain(block: () -> Unit) = withContext(Dispatchers.Main.immediate) { block() }

    private var started = false

    /**
     * At start and at every return to the foreground: what the core says to show first.
     * After more than the core's grace period in the background that is the decoy or the
     * code lock again.
     */
    fun start() = withCore { lueur ->
        applyLauncherIdentity(context, lueur.launcherIdentity())
        val first = if (started) lueur.appForegrounded() else lueur.startScreen()
        started = true
        val labels = frameLabels(lueur)
        onMain {
            this.labels = labels
            when (first) {
                StartScreen.DECOY -> reset(Route.Decoy)
                StartScreen.LOCKED -> reset(Route.Lock)
                StartScreen.HOME -> if (stack.isEmpty() || stack.first() == Route.Decoy || stack.first() == Route.Lock) {
                    reset(Route.Home)
                }
            }
        }
        reload()
    }

    /** The app left the screen: the core starts counting its grace period. */
    fun backgrounded() = withCore { it.appBackgrounded() }

    /** A code typed on the code lock (it hashes: off the main thread, like every call). */
    fun enterLockCode(code: String) = withCore { lueur ->
        when (val outcome = lueur.enterLockCode(code)) {
            is be.lueur.core.LockOutcome.Open -> {
                applyLauncherIdentity(context, outcome.launcher)
                onMain { reset(Route.Home) }
                reload()
            }
            is be.lueur.core.LockOutcome.Refused -> onMain { show(Shown.Lock::class.java, Shown.Lock(outcome.view)) }
        }
    }

    private fun frameLabels(lueur: Lueur) =
        lueur.home().navigation.let { nav ->
            FrameLabels(back = nav.back, quickExit = lueur.discreetSettings().quickExitLabel, noApp = nav.noApp)
        }

    private fun reset(route: Route) {
        stack.clear()
        stack.add(route)
        shown = Shown.Loading
    }

    fun go(route: Route) {
        message = null
        stack.add(route)
        shown = Shown.Loading
        reload()
    }

    /** False when there is nothing to go back to (the system then leaves the app). */
    fun back(): Boolean {
        if (stack.size <= 1) return false
        message = null
        val left = stack.removeAt(stack.lastIndex)
        if (left is Route.Checklist) withCore { it.closeChecklist() }
        shown = Shown.Loading
        reload()
        return true
    }

    private fun replaceTop(route: Route) {
        if (stack.isNotEmpty()) stack[stack.lastIndex] = route
    }

    /** Asks the core for the top route's view model. */
    fun reload() = withCore { lueur ->
        val route = onMainValue { stack.lastOrNull() } ?: return@withCore
        val next: Shown = when (route) {
            Route.Decoy -> Shown.Calculator(lueur.calculator())
            Route.Lock -> Shown.Lock(lueur.codeLockView())
            Route.Home -> Shown.Home(lueur.home())
            Route.Learn -> Shown.Learn(lueur.articles())
            is Route.Article -> Shown.Article(lueur.article(route.id))
            is Route.Contacts -> Shown.Contacts(lueur.contacts(route.filter))
            is Route.Contact -> Shown.Contact(lueur.contact(route.id))
            Route.Search -> Shown.Search(lueur.lastSearch())
            is Route.Checklist -> Shown.Checklist(
                if (route.started) lueur.checklist() else lueur.startChecklist(route.about).also {
                    onMain { replaceTop(route.copy(started = true)) }
                },
            )
            is Route.Report -> Shown.Report(if (route.fromChecklist) lueur.startReportFromChecklist() else lueur.reportForm())
            Route.Outbox -> Shown.Outbox(lueur.outbox())
            Route.Settings -> Shown.Settings(lueur.settings(), lueur.discreetSettings().title)
            is Route.HelperCard -> Shown.HelperCard(lueur.helperCard(route.helperLanguage, null, route.includeChecklist))
            Route.Discreet -> Shown.Discreet(lueur.discreetSettings(), emptyMap())
            Route.Wipe -> Shown.Wipe(lueur.wipeWarning())
            is Route.Web -> Shown.Web(route.url)
        }
        onMain { if (stack.lastOrNull() == route || stack.lastOrNull()?.sameScreen(route) == true) showNow(next) }
    }

    /** [next] on screen, and its direction kept for the screens that have none of their own. */
    private fun showNow(next: Shown) {
        shown = next
        next.screenLanguage?.let { direction = it.direction }
    }

    /** Content checks while disguised, on or off as the person pressed; settings again. */
    fun setContentChecks(on: Boolean) = withCore { lueur ->
        lueur.setContentChecks(on)
        val view = lueur.settings()
        val discreetTitle = lueur.discreetSettings().title
        // A check may be due now that they are on: the worker runs it.
        if (on) UploadWorker.schedule(context)
        onMain { show(Shown.Settings::class.java, Shown.Settings(view, discreetTitle)) }
    }

    /** The helper language the person picked on the card. */
    fun chooseHelperLanguage(code: String) {
        val card = stack.lastOrNull() as? Route.HelperCard ?: return
        replaceTop(card.copy(helperLanguage = code))
        reload()
    }

    /** The checklist summary on the card, or off it again. */
    fun includeChecklist(include: Boolean) {
        val card = stack.lastOrNull() as? Route.HelperCard ?: return
        replaceTop(card.copy(includeChecklist = include))
        reload()
    }

    /** No app on the phone took the action: the person is told so, in the core's words. */
    fun noAppFor(@Suppress("UNUSED_PARAMETER") action: be.lueur.core.Action) {
        message = labels?.noApp?.takeIf { it.isNotEmpty() }
    }

    private fun Route.sameScreen(other: Route) = this is Route.Checklist && other is Route.Checklist

    private suspend fun <T> onMainValue(block: () -> T): T = withContext(Dispatchers.Main.immediate) { block() }

    /** Shows [next] only if the person is still on the screen it is for. */
    private fun show(on: Class<out Shown>, next: Shown) {
        if (on.isInstance(shown)) showNow(next)
    }

    fun pressKey(key: CalcKey) = withCore { lueur ->
        when (val outcome = lueur.pressCalculatorKey(key)) {
            is CalcOutcome.Show -> onMain { show(Shown.Calculator::class.java, Shown.Calculator(outcome.view)) }
            is CalcOutcome.Open -> {
                applyLauncherIdentity(context, outcome.launcher)
                onMain { reset(Route.Home) }
                reload()
            }
        }
    }

    fun setLocale(code: String) = withCore { lueur ->
        lueur.setLocale(code)
        val labels = frameLabels(lueur)
        onMain { this.labels = labels }
        reload()
    }

    fun filterContacts(filter: ContactFilter) {
        replaceTop(Route.Contacts(filter))
        reload()
    }

    fun search(query: String) = withCore { lueur ->
        val view = lueur.search(query)
        onMain { show(Shown.Search::class.java, Shown.Search(view)) }
    }

    fun checklist(call: (Lueur) -> ChecklistView) = withCore { lueur ->
        val view = call(lueur)
        onMain { show(Shown.Checklist::class.java, Shown.Checklist(view)) }
    }

    fun reportText(field: ReportField, text: String) = report { it.setReportText(field, text) }

    fun reportChoice(field: ReportField, keys: List<String>) = report { it.chooseReportOption(field, keys) }

    /** A refused input stays on the form with the core's sentence; other errors replace the screen. */
    private fun report(call: (Lueur) -> ReportFormView) = withCore { lueur ->
        val next = try {
            Shown.Report(call(lueur))
        } catch (refused: LueurException.Invalid) {
            Shown.Report(lueur.reportForm(), refused.text)
        }
        onMain { show(Shown.Report::class.java, next) }
    }

    fun sendReport() = withCore { lueur ->
        try {
            lueur.sendReportDraft()
        } catch (refused: LueurException.Invalid) {
            val form = lueur.reportForm()
            onMain { show(Shown.Report::class.java, Shown.Report(form, refused.text)) }
            return@withCore
        }
        UploadWorker.schedule(context)
        onMain {
            replaceTop(Route.Outbox)
            shown = Shown.Loading
        }
        reload()
    }

    fun retryReport(id: String) = outbox { it.retryReport(id) }

    fun deleteReport(id: String) = outbox { it.deleteReport(id) }

    private fun outbox(call: (Lueur) -> OutboxView) = withCore { lueur ->
        val view = call(lueur)
        UploadWorker.schedule(context)
        onMain { show(Shown.Outbox::class.java, Shown.Outbox(view)) }
    }

    fun setDisguise(disguise: Disguise) = discreet { lueur -> applyLauncherIdentity(context, lueur.setDisguise(disguise)) }

    fun setDuressWipes(wipes: Boolean) = discreet { it.setDuressWipes(wipes) }

    fun setCodeLock(enabled: Boolean, current: String) = discreet { it.setCodeLock(enabled, current) }

    /**
     * First the code, then the same again; the core checks both and keeps only a hash.
     * Once an unlock code exists, [current] (the unlock code typed on the same screen)
     * must come with the first step.
     */
    fun enterCode(kind: CodeKind, code: String, current: String) {
        val codes = (shown as? Shown.Discreet)?.codes ?: emptyMap()
        val confirming = codes[kind]?.confirming == true
        withCore { lueur ->
            val entry = try {
                if (confirming) {
                    lueur.confirmCode(kind, code)
                    CodeEntry()
                } else {
                    lueur.beginCode(kind, code, current.takeIf { it.isNotEmpty() })
                    CodeEntry(confirming = true)
                }
            } catch (refused: LueurException.Invalid) {
                CodeEntry(confirming = false, error = refused.text)
            }
            val view = lueur.discreetSettings()
            onMain { show(Shown.Discreet::class.java, Shown.Discreet(view, codes + (kind to entry))) }
        }
    }

    private fun discreet(call: (Lueur) -> Unit) = withCore { lueur ->
        val refusal = try {
            call(lueur)
            null
        } catch (refused: LueurException.Invalid) {
            refused
        }
        val view = lueur.discreetSettings()
        onMain {
            val codes = (shown as? Shown.Discreet)?.codes ?: emptyMap()
            // A refusal is shown beside the unlock code: the disguise needs one, and the
            // code lock needs the current one.
            val withRefusal = if (refusal != null) codes + (CodeKind.UNLOCK to CodeEntry(error = refusal.text)) else codes
            show(Shown.Discreet::class.java, Shown.Discreet(view, withRefusal))
        }
    }

    /** The wipe, confirmed: the core erases its data, then the app erases its own (WorkManager). */
    fun wipe() = withCore { lueur ->
        val done = lueur.wipe()
        val work = WorkManager.getInstance(context)
        work.cancelAllWork().result.get()
        work.pruneWork().result.get()
        applyLauncherIdentity(context, done.launcher)
        onMain { forgetWebData(context) }
        val home = lueur.home()
        val labels = frameLabels(lueur)
        onMain {
            this.labels = labels
            reset(Route.Home)
            showNow(Shown.Home(home, notice = done.message))
        }
    }

    /** Drops everything in memory (the core's and this model's), then leaves. */
    fun quickExit() = withCore { lueur ->
        val action = lueur.quickExit()
        onMain {
            forgetWebData(context)
            when (action) {
                QuickExitAction.SHOW_DECOY -> reset(Route.Decoy)
                QuickExitAction.LEAVE_APP -> reset(Route.Home)
            }
            effects.trySend(Effect.Leave)
        }
    }

    fun perform(action: be.lueur.core.Action) {
        if (action is be.lueur.core.Action.Website) go(Route.Web(action.url)) else effects.trySend(Effect.Perform(action))
    }

    fun openLink(target: String) {
        if (target.startsWith("https://")) go(Route.Web(target)) else go(Route.Article(target))
    }
}
