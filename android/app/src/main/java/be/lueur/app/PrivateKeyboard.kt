package be.lueur.app

import android.view.inputmethod.EditorInfo
import android.view.inputmethod.InputConnection
import androidx.compose.runtime.Composable
import androidx.compose.ui.ExperimentalComposeUiApi
import androidx.compose.ui.platform.InterceptPlatformTextInput
import androidx.compose.ui.platform.PlatformTextInputMethodRequest

/**
 * Every text field inside [content] asks the keyboard not to learn from what is typed
 * (IME_FLAG_NO_PERSONALIZED_LEARNING, the keyboard's incognito mode): otherwise a word of a
 * report could come back as a suggestion in another app, in front of someone else. Compose
 * has no KeyboardOptions for this flag; its text input interceptor lets the app add it to
 * every field at once.
 */
@OptIn(ExperimentalComposeUiApi::class)
@Composable
fun NoKeyboardLearning(content: @Composable () -> Unit) {
    InterceptPlatformTextInput(
        interceptor = { request, nextHandler ->
            val private = PlatformTextInputMethodRequest { outAttributes ->
                val connection: InputConnection = request.createInputConnection(outAttributes)
                outAttributes.imeOptions = outAttributes.imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
                connection
            }
            nextHandler.startInputMethod(private)
        },
        content = content,
    )
}
