package be.lueur.app

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.BackHandler
import androidx.activity.compose.setContent
import androidx.activity.viewModels
import androidx.lifecycle.viewmodel.initializer
import androidx.lifecycle.viewmodel.viewModelFactory
import androidx.compose.runtime.snapshotFlow
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.lifecycleScope
import androidx.lifecycle.repeatOnLifecycle
import kotlinx.coroutines.launch

/**
 * The whole app. It starts on what the core says (the calculator decoy when disguised),
 * keeps a back stack of the core's destinations (AppModel) and draws the view model of
 * the top one (AppContent). Lueur's screens are secure: no screenshots, and a blank
 * preview in the recent-apps list, since someone checking the phone must not see what
 * was read.
 */
class MainActivity : ComponentActivity() {
    // An explicit factory: the default one is a process-wide singleton that keeps the
    // first Application it saw (one per test under Robolectric, so later tests would
    // open the core on a folder that no longer exists).
    private val model: AppModel by viewModels { viewModelFactory { initializer { AppModel(application) } } }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        lifecycleScope.launch {
            repeatOnLifecycle(Lifecycle.State.CREATED) {
                model.effectFlow.collect { effect ->
                    when (effect) {
                        Effect.Leave -> finishAndRemoveTask()
                        is Effect.Perform -> if (!perform(this@MainActivity, effect.action)) model.noAppFor(effect.action)
                    }
                }
            }
        }
        lifecycleScope.launch {
            repeatOnLifecycle(Lifecycle.State.CREATED) {
                // The decoy must behave like a calculator, and a calculator whose
                // screenshots fail tells whoever holds the phone it is not one: the secure
                // flag is lifted on the decoy only, and back on every screen of Lueur.
                snapshotFlow { model.shown is Shown.Calculator }.collect { decoy ->
                    if (decoy) {
                        window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
                    } else {
                        window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
                    }
                }
            }
        }
        setContent {
            BackHandler(enabled = model.stack.size > 1) { model.back() }
            AppContent(model)
        }
    }

    override fun onStart() {
        super.onStart()
        // Each return to the foreground asks the core again: after a while in the
        // background it answers with the decoy.
        model.start()
    }

    override fun onStop() {
        model.backgrounded()
        super.onStop()
    }

    override fun onResume() {
        super.onResume()
        UploadWorker.schedule(applicationContext)
    }
}
