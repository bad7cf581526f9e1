package be.lueur.app

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import be.lueur.core.Action

/**
 * The intent for an action the phone's own apps perform. Calls open the dialer with the
 * number typed in, never call directly: the person confirms, and the app needs no phone
 * permission. Websites are not here: they open inside the app (WebScreen.kt), so the
 * browser keeps no history of them.
 */
fun intentFor(action: Action): Intent? = when (action) {
    is Action.Call -> Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", action.number, null))
    is Action.Sms -> Intent(Intent.ACTION_SENDTO, Uri.fromParts("smsto", action.number, null))
    is Action.Email -> Intent(Intent.ACTION_SENDTO, Uri.fromParts("mailto", action.address, null))
    is Action.Map -> Intent(Intent.ACTION_VIEW, Uri.parse("geo:0,0?q=" + Uri.encode(action.query)))
    is Action.Website -> null
}

/** False when no app on the phone takes the intent (a tablet without a dialer, no mail app). */
fun perform(context: Context, action: Action): Boolean {
    val intent = intentFor(action) ?: return false
    return try {
        context.startActivity(intent)
        true
    } catch (missing: ActivityNotFoundException) {
        false
    }
}
