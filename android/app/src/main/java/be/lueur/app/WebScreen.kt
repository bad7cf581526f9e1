package be.lueur.app

import android.annotation.SuppressLint
import android.webkit.CookieManager
import android.webkit.WebSettings
import android.webkit.WebStorage
import android.webkit.WebView
import android.webkit.WebViewClient
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.viewinterop.AndroidView

/**
 * A website inside the app instead of the phone's browser, whose history someone checking
 * the phone would read. No cache, no cookies, no storage, no form data; everything the
 * WebView kept is cleared when the person leaves the page (and quick exit leaves it).
 */
@SuppressLint("SetJavaScriptEnabled")
@Composable
fun WebScreen(url: String) {
    val context = LocalContext.current
    val web = remember(url) {
        webUsed = true
        WebView(context).apply {
            settings.cacheMode = WebSettings.LOAD_NO_CACHE
            settings.domStorageEnabled = false
            settings.databaseEnabled = false
            @Suppress("DEPRECATION")
            settings.saveFormData = false
            settings.allowFileAccess = false
            settings.allowContentAccess = false
            // The organisations' sites need scripts for their menus and quick-exit buttons.
            settings.javaScriptEnabled = true
            CookieManager.getInstance().setAcceptCookie(false)
            CookieManager.getInstance().setAcceptThirdPartyCookies(this, false)
            webViewClient = WebViewClient()
            loadUrl(url)
        }
    }
    DisposableEffect(web) {
        onDispose { forget(web) }
    }
    AndroidView(factory = { web }, modifier = Modifier)
}

/** Set once a page was opened in this process: only then is there anything to clear. */
@Volatile
private var webUsed = false

/**
 * What a page may have left in the app's WebView folders (cookies, storage, cache), for
 * quick exit and the wipe: a page the person left open is cleared by [forget], this
 * clears what the WebView keeps beyond it.
 */
fun forgetWebData(context: android.content.Context) {
    if (!webUsed) return
    CookieManager.getInstance().removeAllCookies(null)
    WebStorage.getInstance().deleteAllData()
    WebView(context).apply {
        clearCache(true)
        destroy()
    }
}

/** Clears every trace a page can leave in the app's WebView folders. */
fun forget(web: WebView) {
    web.stopLoading()
    web.clearHistory()
    web.clearCache(true)
    web.clearFormData()
    CookieManager.getInstance().removeAllCookies(null)
    WebStorage.getInstance().deleteAllData()
    web.destroy()
}
