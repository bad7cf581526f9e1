package be.lueur.ui

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.unit.Density
import androidx.compose.ui.use
import org.jetbrains.skia.EncodedImageFormat
import org.junit.jupiter.api.Assertions.assertTrue
import java.io.ByteArrayInputStream
import java.io.File
import javax.imageio.ImageIO

/** One node of the semantics tree as TalkBack would get it (merged: a button and its label are one). */
data class Node(
    val texts: List<String>,
    val descriptions: List<String>,
    val clickable: Boolean,
    val heading: Boolean,
    val selected: Boolean?,
    val role: String?,
)

/**
 * A screen rendered once, headless, by Skia on the CPU: the PNG and the semantics tree of
 * the very frame that was drawn. Checking semantics rather than pixels tests what a screen
 * reader and the UI tests see, and does not depend on the fonts of the machine.
 */
class Shot(val name: String, val png: ByteArray, val merged: List<Node>, val unmerged: List<Node>) {
    /** Every text on screen, unmerged (each Text composable on its own). */
    val texts: List<String> get() = unmerged.flatMap { it.texts }

    fun node(text: String): Node =
        merged.firstOrNull { text in it.texts }
            ?: throw AssertionError("'$text' is not on the $name screen; it shows ${texts.map { it.take(60) }}")

    fun assertShows(text: String) = node(text)

    fun assertClickable(text: String) =
        assertTrue(node(text).clickable, "'$text' is on the $name screen but cannot be tapped")

    fun assertHeading(text: String) =
        assertTrue(unmerged.any { text in it.texts && it.heading }, "'$text' is not marked as a heading on $name")

    fun assertAbsent(text: String) =
        assertTrue(texts.none { it == text }, "'$text' should not be on the $name screen")

    /** The PNG decodes to the scene's size and is not one flat colour. */
    fun assertRealPicture(width: Int, height: Int, minColours: Int = 16) {
        assertTrue(png.size > 5_000, "$name: PNG of ${png.size} bytes is too small to hold a screen")
        val image = ImageIO.read(ByteArrayInputStream(png))
        assertTrue(image.width == width && image.height == height, "$name: ${image.width}x${image.height}")
        val colours = HashSet<Int>()
        var inked = 0
        val background = image.getRGB(0, 0)
        for (y in 0 until image.height step 2) for (x in 0 until image.width step 2) {
            val rgb = image.getRGB(x, y)
            colours += rgb
            if (rgb != background) inked++
        }
        assertTrue(colours.size >= minColours, "$name: only ${colours.size} colours, nothing drawn?")
        assertTrue(inked > 500, "$name: only $inked pixels differ from the background")
    }
}

private val screenshots = File(System.getProperty("lueur.screenshots") ?: "target/screenshots")

/**
 * Renders [content] in Lueur's theme on a [widthDp] x [heightDp] phone at [density], writes
 * target/screenshots/[name].png and returns it with the semantics of that frame.
 */
fun shoot(
    name: String,
    widthDp: Int = 412,
    heightDp: Int = 1400,
    density: Float = 1.5f,
    content: @Composable () -> Unit,
): Shot {
    val width = (widthDp * density).toInt()
    val height = (heightDp * density).toInt()
    return ImageComposeScene(width, height, Density(density)) {
        MaterialTheme { Surface { content() } }
    }.use { scene ->
        val image = scene.render()
        val png = image.encodeToData(EncodedImageFormat.PNG)?.bytes ?: error("PNG encoding failed")
        screenshots.mkdirs()
        File(screenshots, "$name.png").writeBytes(png)
        val merged = scene.semanticsOwners.flatMap { flatten(it.rootSemanticsNode) }
        val unmerged = scene.semanticsOwners.flatMap { flatten(it.unmergedRootSemanticsNode) }
        Shot(name, png, merged, unmerged)
    }
}

private fun flatten(node: SemanticsNode): List<Node> {
    val config = node.config
    val here = Node(
        texts = config.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text },
        descriptions = config.getOrNull(SemanticsProperties.ContentDescription).orEmpty(),
        clickable = config.getOrNull(SemanticsActions.OnClick) != null,
        heading = config.getOrNull(SemanticsProperties.Heading) != null,
        selected = config.getOrNull(SemanticsProperties.Selected),
        role = config.getOrNull(SemanticsProperties.Role)?.toString(),
    )
    return listOf(here) + node.children.flatMap { flatten(it) }
}
