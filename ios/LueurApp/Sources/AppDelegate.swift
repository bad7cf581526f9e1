// The few UIApplicationDelegate answers SwiftUI has no modifier for.
import LueurKit
import UIKit

final class AppDelegate: NSObject, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil) -> Bool {
        // Before the first text field exists: appearance proxies apply to views made later.
        PrivateKeyboard.configure()
        return true
    }

    /// Only the system keyboard: a third-party keyboard may have "full access" (the
    /// network) and learns what is typed, so a report's text could reach its vendor or
    /// come back as a suggestion in another app.
    func application(_ application: UIApplication,
                     shouldAllowExtensionPointIdentifier extensionPointIdentifier: UIApplication.ExtensionPointIdentifier) -> Bool {
        extensionPointIdentifier != .keyboard
    }
}
