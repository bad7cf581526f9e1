package be.lueur.app

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager
import be.lueur.core.LauncherIdentity

// Apply what `launcherIdentity()` returns at start, and what `setDisguise`,
// `pressCalculatorKey` (CalcOutcome.Open) and `wipe` return whenever they return one.

/**
 * Shows exactly one launcher entry: the activity alias for [identity] is enabled, the
 * other disabled. DONT_KILL_APP keeps the app running; some launchers take a few
 * seconds to redraw the icon.
 */
fun applyLauncherIdentity(context: Context, identity: LauncherIdentity) {
    val wanted = when (identity) {
        LauncherIdentity.LUEUR -> ".LauncherLueur"
        LauncherIdentity.CALCULATOR -> ".LauncherCalculator"
    }
    val pm = context.packageManager
    for (alias in listOf(".LauncherLueur", ".LauncherCalculator")) {
        val component = ComponentName(context, context.packageName + alias)
        val state = if (alias == wanted) {
            PackageManager.COMPONENT_ENABLED_STATE_ENABLED
        } else {
            PackageManager.COMPONENT_ENABLED_STATE_DISABLED
        }
        if (pm.getComponentEnabledSetting(component) != state) {
            pm.setComponentEnabledSetting(component, state, PackageManager.DONT_KILL_APP)
        }
    }
}
