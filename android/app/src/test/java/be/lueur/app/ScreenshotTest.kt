package be.lueur.app

import android.graphics.Bitmap
import android.graphics.Canvas
import androidx.compose.ui.test.junit4.createAndroidComposeRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.test.ext.junit.runners.AndroidJUnit4
import be.lueur.ffi.Lueur
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.File
import java.nio.file.Files
import javax.imageio.ImageIO
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * Robolectric's native graphics (the real Android Skia for Linux, from
 * nativeruntime-dist-compat) draws the activity; the frame is written as a PNG for a
 * person to look at (`lueur.screenshots`, default target/screenshots). The test checks the
 * PNG is a real picture of the screen: phone size, more than a flat colour.
 */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34], qualifiers = "fr-w411dp-h891dp-xxhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class ScreenshotTest {
    @get:Rule
    val compose = createAndroidComposeRule<MainActivity>()

    @After
    fun dropCore() {
        compose.waitForIdle()
        LueurHolder.drop()
    }

    @Test
    fun languagePickerInFrench() {
        val title = Lueur.open(Files.createTempDirectory("lueur-ref").toString(), listOf("fr"))
            .use { it.settings().language.title }
        compose.waitUntil(5_000) { compose.onAllNodesWithText(title).fetchSemanticsNodes().size == 1 }
        // The window's views drawn into a bitmap on the CPU by Robolectric's native
        // Skia. (Compose's captureToImage waits for a hardware frame commit, which
        // Robolectric 4.16 does not deliver: it times out after 2 s.)
        compose.waitForIdle()
        val root = compose.activity.window.decorView
        val bitmap = Bitmap.createBitmap(root.width, root.height, Bitmap.Config.ARGB_8888)
        compose.runOnUiThread { root.draw(Canvas(bitmap)) }
        val png = ByteArrayOutputStream().also { bitmap.compress(Bitmap.CompressFormat.PNG, 100, it) }.toByteArray()
        val dir = File(System.getProperty("lueur.screenshots") ?: "target/screenshots").apply { mkdirs() }
        File(dir, "language-picker-fr.png").writeBytes(png)

        // Decoded by the JDK, not by Android: the bytes are a PNG of the whole phone screen.
        val image = ImageIO.read(ByteArrayInputStream(png))
        assertEquals(bitmap.width, image.width)
        assertEquals(bitmap.height, image.height)
        assertEquals("411 dp at xxhdpi", 411 * 3, image.width)
        val colours = HashSet<Int>()
        for (y in 0 until image.height step 7) for (x in 0 until image.width step 7) colours.add(image.getRGB(x, y))
        assertTrue("drawn, not blank: ${colours.size} colours", colours.size > 2)
    }
}
