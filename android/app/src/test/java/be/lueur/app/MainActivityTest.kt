package be.lueur.app

import android.content.ComponentName
import android.content.pm.ActivityInfo
import android.content.pm.ApplicationInfo
import android.content.pm.PackageManager
import android.view.WindowManager
import androidx.compose.ui.test.assertIsNotSelected
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.junit4.createAndroidComposeRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.test.core.app.ApplicationProvider
import androidx.test.ext.junit.runners.AndroidJUnit4
import androidx.work.NetworkType
import androidx.work.WorkInfo
import androidx.work.WorkManager
import be.lueur.core.LanguageSection
import be.lueur.core.LauncherIdentity
import be.lueur.ffi.Lueur
import java.nio.file.Files
import org.junit.After
import org.junit.Before
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * The real MainActivity, from its merged manifest, with the host build of the core
 * loaded through JNA (jna.library.path). What the screens show is compared with what a
 * second core, opened on its own folder, returns for the same call.
 */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34], qualifiers = "fr")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class MainActivityTest {
    @get:Rule
    val compose = createAndroidComposeRule<MainActivity>()

    private val context get() = ApplicationProvider.getApplicationContext<android.content.Context>()

    /** The picker as the core gives it to a French phone. */
    private lateinit var french: LanguageSection

    /**
     * Every test starts once the activity has opened the core and drawn its answer, so no
     * call of the activity is still running on another thread when the test ends and
     * [dropCore] closes the core.
     */
    @Before
    fun awaitTheCore() {
        french = reference("fr").use { it.settings().language }
        compose.waitUntil(5_000) {
            compose.onAllNodesWithText(french.title).fetchSemanticsNodes().size == 1
        }
    }

    @After
    fun dropCore() {
        compose.waitForIdle()
        LueurHolder.drop()
    }

    /** The core's own answer for [locales], from a folder of its own. */
    private fun reference(vararg locales: String): Lueur =
        Lueur.open(Files.createTempDirectory("lueur-ref").toString(), locales.toList())

    @Test
    fun theLanguagePickerShowsTheCoresLanguageNames() {
        assertEquals("the phone is set to French", "fr", french.choices.single { it.selected }.code)
        assertEquals(listOf("fr", "nl", "de", "en"), french.choices.map { it.code })
        compose.onNodeWithText(french.title).assertExists()
        for (choice in french.choices) {
            val node = compose.onNodeWithText(choice.name)
            if (choice.selected) node.assertIsSelected() else node.assertIsNotSelected()
        }
    }

    @Test
    fun choosingALanguageSwitchesTheCore() {
        val dutch = reference("nl").use { it.settings().language }
        assertNotEquals(french.title, dutch.title)
        compose.onNodeWithText(dutch.choices.single { it.code == "nl" }.name).performClick()
        compose.waitUntil(5_000) { compose.onAllNodesWithText(dutch.title).fetchSemanticsNodes().size == 1 }
        compose.onNodeWithText(dutch.choices.single { it.code == "nl" }.name).assertIsSelected()
        assertEquals("nl", LueurHolder.get(context).locale())
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
    fun onlyOneLauncherEntryIsEnabledAndTheDisguiseSwitchesIt() {
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
        assertTrue("no calculator at install", !enabled(".LauncherCalculator"))
        applyLauncherIdentity(context, LauncherIdentity.CALCULATOR)
        assertTrue(enabled(".LauncherCalculator"))
        assertTrue(!enabled(".LauncherLueur"))
        applyLauncherIdentity(context, LauncherIdentity.LUEUR)
        assertTrue(enabled(".LauncherLueur"))
        assertTrue(!enabled(".LauncherCalculator"))
    }

    @Test
    fun resumingSchedulesTheUploadWorkerThroughTheMergedManifestsWorkManager() {
        // WorkManager is initialised by androidx.startup's provider, which only the merged
        // manifest declares; the activity's onResume asks it for the upload run.
        val infos = WorkManager.getInstance(context).getWorkInfosForUniqueWork("upload").get()
        assertEquals(1, infos.size)
        assertEquals(WorkInfo.State.ENQUEUED, infos.single().state)
        assertEquals(NetworkType.CONNECTED, infos.single().constraints.requiredNetworkType)
    }
}
