package be.lueur.app

import android.content.ComponentName
import android.content.Intent
import android.content.pm.ActivityInfo
import android.content.pm.ApplicationInfo
import android.content.pm.PackageManager
import android.text.InputType
import android.view.WindowManager
import android.view.inputmethod.EditorInfo
import androidx.compose.ui.test.assertIsNotSelected
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.junit4.createAndroidComposeRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.hasSetTextAction
import androidx.test.ext.junit.runners.AndroidJUnit4
import androidx.work.NetworkType
import androidx.work.WorkInfo
import androidx.work.WorkManager
import be.lueur.core.Action
import be.lueur.core.ChecklistView
import be.lueur.core.Destination
import be.lueur.core.HomeView
import be.lueur.core.LauncherIdentity
import be.lueur.core.OutboxState
import be.lueur.core.Perspective
import be.lueur.core.ReportField
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * The real MainActivity, from its merged manifest, with the host build of the core
 * loaded through JNA (jna.library.path). What the screens show is compared with what a
 * second core, opened on its own folder, returns for the same calls.
 */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34], qualifiers = "fr", shadows = [RecordingActivityShadow::class])
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class MainActivityTest {
    @get:Rule(order = 0)
    val fresh = FreshInstall()

    @get:Rule(order = 1)
    val compose = createAndroidComposeRule<MainActivity>()

    private lateinit var home: HomeView

    /** Every test starts once the activity has opened the core and drawn home. */
    @Before
    fun awaitHome() {
        RecordingActivityShadow.removedTask = false
        home = reference("fr").use { it.home() }
        compose.awaitText(home.title)
    }

    @After
    fun dropCore() {
        compose.waitForIdle()
        var model: AppModel? = null
        // After quick exit the activity is already gone, and so is its model's work.
        runCatching { compose.activityRule.scenario.onActivity { model = modelOf(it) } }
        runCatching { compose.activityRule.scenario.moveToState(androidx.lifecycle.Lifecycle.State.DESTROYED) }
        compose.closeCore(model)
    }

    private fun open(entry: Destination) {
        val label = (home.primary + home.more).first { it.destination == entry }.label
        compose.find(label).performClick()
    }

    @Test
    fun startsOnHomeAnd112Dials112() {
        val calls = home.danger.actions.map { (it.action as Action.Call).number }
        assertTrue("112 and 101 on home: $calls", calls.containsAll(listOf("112", "101")))
        val emergency = home.danger.actions.first { (it.action as Action.Call).number == "112" }
        compose.find(emergency.label).performClick()
        compose.waitForIdle()
        val started = shadowOf(compose.activity).nextStartedActivity
        assertNotNull("the dialer was opened", started)
        assertEquals(Intent.ACTION_DIAL, started.action)
        assertEquals("tel:112", started.dataString)
    }

    @Test
    fun anActionNoAppCanDoIsSaidInTheCoresWords() {
        // A phone without a dialer (a tablet): starting the intent finds no activity.
        shadowOf(compose.activity.application).checkActivities(true)
        val noApp = home.navigation.noApp
        assertTrue(noApp.isNotBlank())
        assertTrue(compose.onAllNodesWithText(noApp).fetchSemanticsNodes().isEmpty())
        val emergency = home.danger.actions.first { (it.action as Action.Call).number == "112" }
        compose.find(emergency.label).performClick()
        compose.awaitText(noApp)
        // Gone on the next screen.
        open(Destination.Learn)
        compose.awaitText(reference("fr").use { it.articles().title })
        assertTrue(compose.onAllNodesWithText(noApp).fetchSemanticsNodes().isEmpty())
    }

    @Test
    fun settingsShowTheContentInUseAsTheCoreWritesIt() {
        val content = reference("fr").use { it.settings() }.contentUpdates
        assertNotNull("the core gives the content section", content)
        open(Destination.Settings)
        compose.find(content!!.title)
        compose.find(content.versionLabel)
        compose.find(content.date)
        compose.find(content.checksText)
    }

    @Test
    fun quickExitFinishesTheActivityAndRemovesTheTask() {
        val quickExit = reference("fr").use { it.discreetSettings().quickExitLabel }
        open(Destination.Learn)
        val articles = reference("fr").use { it.articles() }
        compose.awaitText(articles.title)
        compose.find(quickExit).performClick()
        compose.waitUntil(30_000) { compose.activity.isFinishing }
        assertTrue("finishAndRemoveTask, not only finish", RecordingActivityShadow.removedTask)
    }

    @Test
    fun choosingALanguageInSettingsSwitchesTheCore() {
        val french = reference("fr").use { it.settings() }
        val dutch = reference("nl").use { it.settings() }
        assertNotEquals(french.title, dutch.title)
        open(Destination.Settings)
        compose.awaitText(french.title)
        compose.find(french.language.choices.single { it.code == "fr" }.name).assertIsSelected()
        compose.find(dutch.language.choices.single { it.code == "nl" }.name).performClick()
        compose.awaitText(dutch.title)
        compose.find(dutch.language.choices.single { it.code == "nl" }.name).assertIsSelected()
        compose.find(dutch.language.choices.single { it.code == "fr" }.name).assertIsNotSelected()
        assertEquals("nl", LueurHolder.get(context).locale())
        // The frame follows: quick exit now reads in Dutch.
        compose.awaitText(reference("nl").use { it.discreetSettings().quickExitLabel })
    }

    @Test
    fun theChecklistGoesToItsResult() {
        val ref = reference("fr")
        ref.use {
            open(Destination.CheckMe)
            var view = ref.startChecklist(Perspective.ME)
            var steps = 0
            while (view is ChecklistView.Question) {
                val question = view.question
                compose.awaitText(question.text)
                // The last option: "no" or "I don't know" for most questions, so the walk
                // goes through every module instead of stopping at the danger question.
                val option = question.options.last()
                compose.find(option.label).performClick()
                view = ref.answerQuestion(question.id, option.value)
                assertTrue("the checklist ends", ++steps < 200)
            }
            val result = (view as ChecklistView.Result).result
            compose.awaitText(result.title)
            compose.find(result.summary).assertExists()
        }
    }

    @Test
    fun aReportIsQueuedAndTheOutboxShowsIt() {
        val ref = reference("fr")
        ref.use {
            open(Destination.Report)
            val form = ref.reportForm()
            compose.awaitText(form.title)
            val forms = form.fields.single { it.field == ReportField.FORMS }
            compose.find(forms.choices.first().label).performClick()
            val what = form.fields.single { it.field == ReportField.WHAT_HAPPENED }
            compose.find(what.label).performTextInput("Ils travaillent la nuit sans salaire.")
            compose.waitUntil(30_000) { LueurHolder.get(context).reportForm().canSend }
            compose.find(form.sendLabel).performClick()
            val outbox = ref.outbox()
            compose.awaitText(outbox.title)
            val item = LueurHolder.get(context).outbox().items.single()
            assertEquals(OutboxState.QUEUED, item.state)
            compose.awaitText(item.stateLabel)
            compose.find(item.detail).assertExists()
        }
        // Queued, it is the worker's: one unique upload run is waiting for a network.
        val infos = WorkManager.getInstance(context).getWorkInfosForUniqueWork("upload").get()
        assertTrue(infos.any { it.state == WorkInfo.State.ENQUEUED })
    }

    @Test
    fun theDisguiseSwitchesTheLauncherAliases() {
        val pm = context.packageManager
        fun enabled(alias: String): Boolean {
            val component = ComponentName(context, "be.lueur.app$alias")
            return when (pm.getComponentEnabledSetting(component)) {
                PackageManager.COMPONENT_ENABLED_STATE_ENABLED -> true
                PackageManager.COMPONENT_ENABLED_STATE_DISABLED -> false
                else -> pm.getActivityInfo(component, PackageManager.MATCH_DISABLED_COMPONENTS).enabled
            }
        }
        assertTrue("Lueur at install", enabled(".LauncherLueur"))
        assertFalse("no calculator at install", enabled(".LauncherCalculator"))
        // A disguise needs an unlock code first, or the person could not get back in.
        LueurHolder.get(context).apply {
            beginCode(be.lueur.core.CodeKind.UNLOCK, CODE, null)
            confirmCode(be.lueur.core.CodeKind.UNLOCK, CODE)
        }
        val discreet = reference("fr").use { it.discreetSettings() }
        open(Destination.Settings)
        compose.awaitText(discreet.title)
        compose.find(discreet.title).performClick()
        // The settings row reads like the screen's title: wait for the screen's own first section.
        compose.awaitText(discreet.disguiseLabel)
        val calculator = discreet.disguiseOptions.single { it.disguise == be.lueur.core.Disguise.CALCULATOR }
        compose.find(calculator.label).performClick()
        compose.waitUntil(30_000) { enabled(".LauncherCalculator") }
        assertFalse("exactly one launcher entry", enabled(".LauncherLueur"))
        assertEquals(LauncherIdentity.CALCULATOR, LueurHolder.get(context).launcherIdentity())
        val off = discreet.disguiseOptions.single { it.disguise == be.lueur.core.Disguise.OFF }
        compose.find(off.label).performClick()
        compose.waitUntil(30_000) { enabled(".LauncherLueur") }
        assertFalse(enabled(".LauncherCalculator"))
    }

    @Test
    fun theWipeAsksFirstThenClearsTheCoreAndWorkManager() {
        val work = WorkManager.getInstance(context)
        compose.waitUntil(30_000) { work.getWorkInfosForUniqueWork("upload").get().isNotEmpty() }
        // A stored choice the wipe must erase; home on screen is still the French one.
        LueurHolder.get(context).setLocale("nl")
        val (discreet, warning) = reference("nl").use { it.discreetSettings() to it.wipeWarning() }
        open(Destination.Settings)
        compose.awaitText(discreet.title)
        compose.find(discreet.title).performClick()
        // The settings row reads like the screen's title: wait for the screen's own first section.
        compose.awaitText(discreet.disguiseLabel)
        compose.find(discreet.wipeLabel).performClick()
        compose.awaitText(warning.title)
        // Cancel goes back and erases nothing.
        compose.find(warning.cancelLabel).performClick()
        compose.awaitText(discreet.title)
        assertEquals("nl", LueurHolder.get(context).locale())
        compose.find(discreet.wipeLabel).performClick()
        compose.awaitText(warning.title)
        compose.find(warning.confirmLabel).performClick()
        compose.waitUntil(30_000) { work.getWorkInfosForUniqueWork("upload").get().isEmpty() }
        assertEquals("back to the phone's language", "fr", LueurHolder.get(context).locale())
        compose.awaitText(home.title)
    }

    @Test
    fun textFieldsAskTheKeyboardNotToLearn() {
        val search = reference("fr").use { it.lastSearch() }
        open(Destination.Search)
        compose.awaitText(search.title)
        compose.onNode(hasSetTextAction()).performClick()
        val info = EditorInfo()
        compose.waitUntil(30_000) {
            var connected = false
            compose.runOnUiThread {
                val focused = compose.activity.window.decorView.findFocus()
                connected = focused?.onCreateInputConnection(info) != null
            }
            connected
        }
        assertTrue("IME_FLAG_NO_PERSONALIZED_LEARNING", info.imeOptions and EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING != 0)
        assertEquals("no autocorrect", 0, info.inputType and InputType.TYPE_TEXT_FLAG_AUTO_CORRECT)
    }

    @Test
    fun theWindowBlocksScreenshotsAndRecents() {
        val flags = compose.activity.window.attributes.flags
        assertTrue("FLAG_SECURE", flags and WindowManager.LayoutParams.FLAG_SECURE != 0)
        val info = context.packageManager.getActivityInfo(ComponentName(context, MainActivity::class.java), 0)
        assertTrue("excludeFromRecents", info.flags and ActivityInfo.FLAG_EXCLUDE_FROM_RECENTS != 0)
    }

    @Test
    fun backupIsOff() {
        val app = context.packageManager.getApplicationInfo(context.packageName, 0)
        assertEquals(0, app.flags and ApplicationInfo.FLAG_ALLOW_BACKUP)
    }

    @Test
    fun resumingSchedulesTheUploadWorkerThroughTheMergedManifestsWorkManager() {
        val infos = WorkManager.getInstance(context).getWorkInfosForUniqueWork("upload").get()
        assertEquals(1, infos.size)
        assertEquals(WorkInfo.State.ENQUEUED, infos.single().state)
        assertEquals(NetworkType.CONNECTED, infos.single().constraints.requiredNetworkType)
    }

    companion object {
        const val CODE = "246813"
    }
}
