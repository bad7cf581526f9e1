//! Applies the core's launcher identity as the app's alternate icon.
import UIKit

/// The alternate icon for each identity the core can ask for. The names match
/// `CFBundleAlternateIcons` in Info.plist and the asset catalog's app icon sets.
@MainActor
public enum LauncherIcon {
    static func iconName(for identity: LauncherIdentity) -> String? {
        switch identity {
        case .lueur:
            return nil
        case .calculator:
            return "Calculator"
        }
    }

    /// Apply what `launcherIdentity()` returns at start, and what `setDisguise`,
    /// `pressCalculatorKey` (`.open`) and `wipe` return. iOS shows its own alert after an
    /// icon change; the core lists that among what the disguise cannot hide.
    public static func apply(_ identity: LauncherIdentity) async {
        let app = UIApplication.shared
        let wanted = iconName(for: identity)
        guard app.supportsAlternateIcons, app.alternateIconName != wanted else {
            return
        }
        // A refused change (e.g. while the app is in the background) is retried at
        // the next start, when the app applies launcherIdentity() again.
        try? await app.setAlternateIconName(wanted)
    }
}
