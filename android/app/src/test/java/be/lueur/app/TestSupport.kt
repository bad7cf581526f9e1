package be.lueur.app

import android.app.Activity
import android.content.Context
import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.SemanticsNodeInteraction
import androidx.compose.ui.test.hasScrollAction
import androidx.compose.ui.test.performSemanticsAction
import androidx.compose.ui.test.junit4.ComposeTestRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.printToString
import androidx.test.core.app.ApplicationProvider
import be.lueur.ffi.Lueur
import java.nio.file.Files
import org.robolectric.annotation.Implementation
import org.robolectric.annotation.Implements
import org.robolectric.shadows.ShadowActivity

internal val context: Context get() = ApplicationProvider.getApplicationContext()

/** The core's own answer, from a folder of its own: what the screens are compared with. */
internal fun reference(vararg locales: String): Lueur =
    Lueur.open(Files.createTempDirectory("lueur-ref").toString(), locales.toList(), MemorySecrets())

/** A device secret held in memory, for the reference cores. */
class MemorySecrets : be.lueur.core.DeviceSecretStore {
    private var secret = fresh()
    private fun fresh() = ByteArray(32).also(java.security.SecureRandom()::nextBytes)
    override fun deviceSecret(): ByteArray = secret
    override fun renewDeviceSecret(): ByteArray = fresh().also { secret = it }
}

/** A JCA software AES key in place of AndroidKeyStore, which Robolectric does not have. */
class SoftwareKey : WrappingKey {
    private var key: javax.crypto.SecretKey? = null
    override fun get(): javax.crypto.SecretKey =
        key ?: javax.crypto.KeyGenerator.getInstance("AES").apply { init(256) }.generateKey().also { key = it }
    override fun destroy() { key = null }
}

/** Waits until [text] is on screen (the core answers on a background thread). */
internal fun ComposeTestRule.awaitText(text: String, timeoutMillis: Long = 30_000) {
    try {
        waitUntil(timeoutMillis) { onAllNodesWithText(text).fetchSemanticsNodes().isNotEmpty() }
    } catch (timeout: androidx.compose.ui.test.ComposeTimeoutException) {
        // What is on screen instead says why (an error screen, another start screen).
        val screen = runCatching { onRoot().printToString(Int.MAX_VALUE) }.getOrElse { "(no screen: $it)" }
        throw AssertionError("\"$text\" did not appear within $timeoutMillis ms; the screen shows:\n$screen", timeout)
    }
}

/**
 * The node showing [text], scrolled fully into view: a lazy list composes only what is on
 * screen, so a row further down does not exist until the list scrolls to it. The list is
 * scrolled from its top by a third of its height at a time through its semantics action,
 * as TalkBack would, until the node lies wholly inside it.
 */
internal fun ComposeTestRule.find(text: String): SemanticsNodeInteraction {
    // The screen may still be arriving (its title drawn, its list not yet): wait until
    // the node or a list to scroll for it is there.
    val scrollable = SemanticsMatcher.keyIsDefined(SemanticsProperties.VerticalScrollAxisRange) and hasScrollAction()
    waitUntil(30_000) {
        onAllNodesWithText(text).fetchSemanticsNodes().isNotEmpty() ||
            onAllNodes(scrollable).fetchSemanticsNodes().isNotEmpty()
    }
    fun visible(list: Rect?): Boolean {
        val nodes = onAllNodesWithText(text).fetchSemanticsNodes()
        if (nodes.isEmpty()) return false
        if (list == null) return true
        val bounds = nodes.first().boundsInRoot
        if (bounds.height <= 0f) return false
        // Outside the list (the top bar's quick exit): visible where the list is not.
        if (bounds.top >= list.bottom - 0.5f || bounds.bottom <= list.top + 0.5f) return bounds.top >= -0.5f
        return bounds.top >= list.top - 0.5f && bounds.bottom <= list.bottom + 0.5f
    }
    val lists = onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsProperties.VerticalScrollAxisRange) and hasScrollAction())
    if (lists.fetchSemanticsNodes().isEmpty()) return onAllNodesWithText(text)[0]
    val list = lists[0]
    val bounds = list.fetchSemanticsNode().boundsInRoot
    if (visible(bounds)) return onAllNodesWithText(text)[0]
    list.performSemanticsAction(SemanticsActions.ScrollToIndex) { it(0) }
    waitForIdle()
    for (step in 0 until 200) {
        if (visible(bounds)) return onAllNodesWithText(text)[0]
        val range = list.fetchSemanticsNode().config[SemanticsProperties.VerticalScrollAxisRange]
        if (range.value() >= range.maxValue()) break
        list.performSemanticsAction(SemanticsActions.ScrollBy) { it(0f, bounds.height / 3) }
        waitForIdle()
    }
    if (visible(bounds)) return onAllNodesWithText(text)[0]
    throw AssertionError("\"$text\" is not in the list on screen:\n" + onRoot().printToString(Int.MAX_VALUE))
}

/**
 * Robolectric's activity shadow, recording finishAndRemoveTask: Robolectric treats it as a
 * plain finish, so without this a quick exit that only finished would pass.
 */
@Implements(Activity::class)
class RecordingActivityShadow : ShadowActivity() {
    @Implementation
    override fun finishAndRemoveTask() {
        removedTask = true
        super.finishAndRemoveTask()
    }

    companion object {
        @Volatile
        var removedTask = false
    }
}

/**
 * Before each test: no core left open by an earlier test, and an empty data folder, so
 * every test starts as a fresh install whatever ran before it in this JVM.
 */
class FreshInstall : org.junit.rules.ExternalResource() {
    override fun before() {
        LueurHolder.drop()
        // The app's own store, with one software key for the whole test (a phone keeps
        // its AndroidKeyStore key across restarts of the app).
        val key = SoftwareKey()
        LueurHolder.secrets = { KeystoreSecretStore(it, key) }
        // Robolectric may hand the next test the same folders: the core's data and the
        // wrapped device secret go, as on a fresh install.
        context.noBackupFilesDir.listFiles()?.forEach { it.deleteRecursively() }
    }
}

/**
 * After a test, once the activity is closed: waits until its model's last core calls
 * (onStop's appBackgrounded among them) are done, then closes the core, so no call of
 * this test runs on a closed core or into the next test.
 */
internal fun ComposeTestRule.closeCore(model: AppModel?) {
    if (model != null) {
        waitUntil(30_000) {
            org.robolectric.Shadows.shadowOf(android.os.Looper.getMainLooper()).idle()
            !model.busy
        }
    }
    LueurHolder.drop()
}

internal fun modelOf(activity: androidx.activity.ComponentActivity): AppModel =
    androidx.lifecycle.ViewModelProvider(activity)[AppModel::class.java]
