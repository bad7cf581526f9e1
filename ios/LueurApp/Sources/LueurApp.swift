// The app's entry: opens the core off the main thread, applies the launcher
// identity, and shows the start screen the core chooses (calculator decoy or home).
import LueurKit
import SwiftUI

@main
@MainActor
struct LueurApp: App {
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
            case .home:
                NavigationStack(path: $session.path) {
                    HomeRoute()
                        .navigationDestination(for: Route.self) { route in
                            RouteView(route: route)
                        }
                }
            }
        }
        .onChange(of: scenePhase) { phase in
            if phase == .active {
                Task { await session.returnedToForeground() }
            }
        }
    }
}
