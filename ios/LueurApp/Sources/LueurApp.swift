// The app's entry: opens the core off the main thread, applies the launcher
// identity, and shows the start screen the core chooses (calculator decoy, code lock
// or home), again on every return from the background.
import LueurKit
import SwiftUI

@main
@MainActor
struct LueurApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var appDelegate
    private let uploads: UploadScheduler
    @StateObject private var opener: Opener

    init() {
        let uploads = UploadScheduler(clientProvider: { try await CoreHolder.shared.client() })
        // BGTaskScheduler wants its handlers registered before launch ends.
        uploads.registerBackgroundTask()
        self.uploads = uploads
        _opener = StateObject(wrappedValue: Opener(uploads: uploads))
    }

    var body: some Scene {
        WindowGroup {
            OpenerView(opener: opener)
                .privacyShield()
        }
    }
}

/// Opens the core once; until then a spinner, if it fails the core's own sentence.
@MainActor
final class Opener: ObservableObject {
    enum Phase {
        case opening
        case ready(AppSession)
        case failed(String)
    }

    @Published private(set) var state: Phase = .opening
    private let uploads: UploadScheduler

    init(uploads: UploadScheduler) {
        self.uploads = uploads
    }

    func open() async {
        guard case .opening = state else { return }
        do {
            let client = try await CoreHolder.shared.client()
            state = .ready(try await AppSession.start(client: client, uploads: uploads))
        } catch {
            state = .failed(errorText(error))
        }
    }
}

struct OpenerView: View {
    @ObservedObject var opener: Opener

    var body: some View {
        switch opener.state {
        case .opening:
            ProgressView().task { await opener.open() }
        case let .ready(session):
            RootView().environmentObject(session)
        case let .failed(text):
            ErrorText(text: text).padding()
        }
    }
}

struct RootView: View {
    @EnvironmentObject var session: AppSession
    @Environment(\.scenePhase) var scenePhase

    var body: some View {
        Group {
            switch session.start {
            case .decoy:
                CalculatorRoute()
            case .locked:
                CodeLockRoute()
            case .home:
                NavigationStack(path: $session.path) {
                    HomeRoute()
                        .navigationDestination(for: Route.self) { route in
                            RouteView(route: route)
                        }
                }
                // Not on the decoy, which stays a calculator on a mirrored screen.
                .captureShield()
            }
        }
        // Article links and sources too: Safari would keep them in its history.
        .environment(\.openURL, OpenURLAction { url in
            guard url.scheme == "https" else { return .systemAction }
            session.browsing = WebPage(url: url)
            return .handled
        })
        .overlay { StartScreenCover(shown: session.awaitingStartScreen) }
        .fullScreenCover(item: $session.browsing, onDismiss: {
            Task { await ShellTraces.clearBrowsing() }
        }) { page in
            SafariView(url: page.url) { session.browsing = nil }
                .ignoresSafeArea()
                // A cover is drawn above the window's own shields, so it needs its own.
                .privacyShield()
                .captureShield()
                .overlay { StartScreenCover(shown: session.awaitingStartScreen) }
        }
        .onChange(of: scenePhase) { phase in
            session.sceneChanged(to: phase)
        }
    }
}

/// From the background until the core has said what to show: without it, home (or the
/// website open in the browser) would be drawn for a moment before the decoy or the lock.
struct StartScreenCover: View {
    let shown: Bool

    var body: some View {
        if shown {
            Rectangle()
                .fill(.background)
                .ignoresSafeArea()
                .accessibilityHidden(true)
        }
    }
}
