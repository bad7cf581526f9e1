package be.lueur.app

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import be.lueur.core.LanguageSection
import be.lueur.ffi.Lueur
import be.lueur.ffi.LueurException
import be.lueur.ui.ErrorScreen
import be.lueur.ui.LanguagePicker
import be.lueur.ui.LoadingScreen
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/**
 * The only activity. It opens the core off the main thread and draws what the core
 * returns. Still to draw (the calls exist in be.lueur.core): start on `startScreen()`
 * (calculator decoy or home), draw `home()`, and apply every LauncherIdentity a call
 * returns (LauncherIdentity.kt).
 */
class MainActivity : ComponentActivity() {
    private sealed interface State {
        data object Loading : State
        data class Ready(val lueur: Lueur, val languages: LanguageSection) : State
        data class Failed(val error: LueurException) : State
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // No screenshots and a blank preview in the recent-apps list: someone checking
        // the phone must not see what was read.
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        setContent {
            MaterialTheme {
                var state by remember { mutableStateOf<State>(State.Loading) }
                val scope = rememberCoroutineScope()
                suspend fun load() {
                    state = withContext(Dispatchers.IO) {
                        try {
                            val lueur = LueurHolder.get(applicationContext)
                            State.Ready(lueur, lueur.settings().language)
                        } catch (error: LueurException) {
                            State.Failed(error)
                        }
                    }
                }
                LaunchedEffect(Unit) { load() }
                when (val s = state) {
                    State.Loading -> LoadingScreen()
                    is State.Failed -> ErrorScreen(s.error, onRetry = { scope.launch { load() } })
                    is State.Ready -> LanguagePicker(s.languages) { code ->
                        scope.launch {
                            state = withContext(Dispatchers.IO) {
                                try {
                                    s.lueur.setLocale(code)
                                    State.Ready(s.lueur, s.lueur.settings().language)
                                } catch (error: LueurException) {
                                    State.Failed(error)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    override fun onResume() {
        super.onResume()
        UploadWorker.schedule(applicationContext)
    }
}
