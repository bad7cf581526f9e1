//! Hides the screen whenever the app is not in front, so the app switcher's snapshot
//! and a glance over the shoulder show nothing readable, and whenever the screen is
//! recorded or mirrored (AirPlay, a cable to a Mac, a screen-sharing app), which iOS,
//! unlike Android's FLAG_SECURE, does not let an app refuse.
import SwiftUI
import UIKit

struct PrivacyShield: ViewModifier {
    @Environment(\.scenePhase) private var scenePhase

    func body(content: Content) -> some View {
        content.modifier(Cover(hidden: scenePhase != .active))
    }
}

struct CaptureShield: ViewModifier {
    @State private var captured = false

    func body(content: Content) -> some View {
        content
            .modifier(Cover(hidden: captured))
            .background {
                CaptureProbe { captured = $0 }
                    .frame(width: 0, height: 0)
                    .accessibilityHidden(true)
            }
    }
}

private struct Cover: ViewModifier {
    let hidden: Bool

    func body(content: Content) -> some View {
        content
            .blur(radius: hidden ? 30 : 0)
            .overlay {
                if hidden {
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
    /// (the moment iOS takes the app switcher snapshot). Apply it to every root: the
    /// window's content and each sheet or full-screen cover, which iOS draws above it.
    func privacyShield() -> some View {
        modifier(PrivacyShield())
    }

    /// Covers the content while the screen is recorded or mirrored. Only on what Lueur
    /// itself shows: a calculator that went blank on a mirrored screen would tell the
    /// person watching that it is not one.
    func captureShield() -> some View {
        modifier(CaptureShield())
    }
}

/// A UIKit view in the hierarchy, because the capture state is a trait of the scene
/// (iOS 17) or a property of the screen (iOS 16) that SwiftUI does not expose.
private struct CaptureProbe: UIViewRepresentable {
    let changed: (Bool) -> Void

    func makeUIView(context: Context) -> CaptureProbeView {
        let view = CaptureProbeView()
        view.changed = changed
        return view
    }

    func updateUIView(_ view: CaptureProbeView, context: Context) {
        view.changed = changed
    }
}

final class CaptureProbeView: UIView {
    var changed: ((Bool) -> Void)?
    private var observer: NSObjectProtocol?

    override init(frame: CGRect) {
        super.init(frame: frame)
        isUserInteractionEnabled = false
        // iOS 16 and the mirroring cases it reports: the notification fires when
        // recording or mirroring starts and stops.
        observer = NotificationCenter.default.addObserver(
            forName: UIScreen.capturedDidChangeNotification, object: nil, queue: .main
        ) { [weak self] _ in
            Task { @MainActor in self?.report() }
        }
        if #available(iOS 17.0, *) {
            _ = registerForTraitChanges([UITraitSceneCaptureState.self]) { (view: CaptureProbeView, _: UITraitCollection) in
                view.report()
            }
        }
    }

    required init?(coder: NSCoder) {
        return nil
    }

    deinit {
        if let observer {
            NotificationCenter.default.removeObserver(observer)
        }
    }

    override func didMoveToWindow() {
        super.didMoveToWindow()
        // A recording that started before this view existed sends no notification.
        report()
    }

    /// Captured by either signal: a cover shown once too often costs nothing, a screen
    /// left visible during a recording cannot be taken back.
    private var isCaptured: Bool {
        if #available(iOS 17.0, *), traitCollection.sceneCaptureState == .active {
            return true
        }
        return (window?.windowScene?.screen ?? UIScreen.main).isCaptured
    }

    private func report() {
        let captured = isCaptured
        // Later, never inside a SwiftUI update pass (didMoveToWindow runs in one).
        DispatchQueue.main.async { [weak self] in
            self?.changed?(captured)
        }
    }
}
