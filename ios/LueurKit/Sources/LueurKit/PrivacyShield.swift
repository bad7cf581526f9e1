//! Hides the screen whenever the app is not in front, so the app switcher's snapshot
//! and a glance over the shoulder show nothing readable.
import SwiftUI

struct PrivacyShield: ViewModifier {
    @Environment(\.scenePhase) private var scenePhase

    func body(content: Content) -> some View {
        content
            .blur(radius: scenePhase == .active ? 0 : 30)
            .overlay {
                if scenePhase != .active {
                    // Opaque as well as blurred: large text stays readable through a blur.
                    Rectangle()
                        .fill(.background)
                        .ignoresSafeArea()
                        .accessibilityHidden(true)
                }
            }
    }
}

public extension View {
    /// Blurs and covers the content while the scene is inactive or in the background
    /// (the moment iOS takes the app switcher snapshot).
    func privacyShield() -> some View {
        modifier(PrivacyShield())
    }
}
