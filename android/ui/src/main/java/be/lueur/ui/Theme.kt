package be.lueur.ui

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.graphics.Color

// One theme for every screen. Plain, calm colours: nothing on screen should draw the eye
// of someone looking over the person's shoulder. The emergency red stays Material's error.
private val Light = lightColorScheme(
    primary = Color(0xFF35517A),
    onPrimary = Color.White,
    primaryContainer = Color(0xFFD6E3FF),
    onPrimaryContainer = Color(0xFF001B3D),
    secondary = Color(0xFF555F71),
    tertiary = Color(0xFF6E5676),
    tertiaryContainer = Color(0xFFF8D8FE),
)

private val Dark = darkColorScheme(
    primary = Color(0xFFA8C8FF),
    onPrimary = Color(0xFF00305F),
    primaryContainer = Color(0xFF1B4979),
    onPrimaryContainer = Color(0xFFD6E3FF),
    secondary = Color(0xFFBDC7DC),
    tertiary = Color(0xFFDBBCE1),
    tertiaryContainer = Color(0xFF553F5D),
)

/** The app's theme: follows the phone's dark setting, as the phone's own calculator does. */
@Composable
fun LueurTheme(dark: Boolean = isSystemInDarkTheme(), content: @Composable () -> Unit) {
    MaterialTheme(colorScheme = if (dark) Dark else Light, content = content)
}
