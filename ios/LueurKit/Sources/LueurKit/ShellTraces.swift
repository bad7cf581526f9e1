//! What the iOS shell itself leaves on the phone, outside the core's data folder, and
//! its removal after a wipe. The core erases its own files and renews the device
//! secret; these traces are the OS's and the app's, which only the shell can reach.
import BackgroundTasks
import Foundation
import SafariServices

public enum ShellTraces {
    /// Call right after `wipe()` returns. A wiped phone should look like a fresh install
    /// to someone who knows where iOS keeps an app's state, not only on screen.
    @MainActor
    public static func clearAfterWipe() async {
        // A pending BGProcessingTask request is listed by the system with the app's
        // identifier and would wake the app for an outbox that no longer exists.
        BGTaskScheduler.shared.cancelAllTaskRequests()
        // Uploads use an ephemeral session without a cache; this catches anything the
        // shared session or a system framework cached for the app anyway.
        URLCache.shared.removeAllCachedResponses()
        HTTPCookieStorage.shared.removeCookies(since: .distantPast)
        // Cookies, cache and local storage of the websites opened from contacts.
        await SFSafariViewController.DataStore.default.clearWebsiteData()
        removeContents(of: FileManager.default.temporaryDirectory)
        // Library/Caches holds the app-switcher snapshots and framework caches; iOS
        // makes them again when needed, and none of them belongs to the core.
        if let caches = try? FileManager.default.url(for: .cachesDirectory, in: .userDomainMask,
                                                      appropriateFor: nil, create: false) {
            removeContents(of: caches)
        }
    }

    /// Website data of the in-app browser, cleared each time it closes so that the next
    /// person holding the phone finds no cookies or cached pages of a help service.
    @MainActor
    public static func clearBrowsing() async {
        await SFSafariViewController.DataStore.default.clearWebsiteData()
    }

    private static func removeContents(of folder: URL) {
        let fm = FileManager.default
        guard let items = try? fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) else {
            return
        }
        for item in items {
            // A file the system keeps open is skipped; the rest is still removed.
            try? fm.removeItem(at: item)
        }
    }
}
