// What the running app remembers between screens: the core client, the navigation
// path, which start screen is showing, and a counter that makes every screen reload
// (language switch, wipe, quick exit). Everything it shows comes from the core.
import LueurKit
import SwiftUI

/// A screen the app can push. Core destinations arrive as `Destination`; the others
/// are app screens reached from a view model's button.
enum Route: Hashable {
    case destination(Destination)
    case checklist(Perspective?)
    case reportFromChecklist
    case discreet
    case wipe
}

@MainActor
final class AppSession: ObservableObject {
    let client: CoreClient
    let uploads: UploadScheduler
    @Published var start: StartScreen
    @Published var path: [Route] = []
    /// Bumped to make every visible screen ask the core again.
    @Published private(set) var generation = 0
    /// The quick-exit button's label, from the discreet-mode view model.
    @Published private(set) var quickExitLabel: String
    /// A one-off message from the core to show on home (after a wipe).
    @Published var message: String?

    private init(client: CoreClient, uploads: UploadScheduler, start: StartScreen, quickExitLabel: String) {
        self.client = client
        self.uploads = uploads
        self.start = start
        self.quickExitLabel = quickExitLabel
    }

    static func start(client: CoreClient, uploads: UploadScheduler) async throws -> AppSession {
        let start = try await client.run { core in try core.startScreen() }
        let identity = try await client.run { core in try core.launcherIdentity() }
        let label = try await client.run { core in try core.discreetSettings().quickExitLabel }
        await LauncherIcon.apply(identity)
        uploads.runNow()
        return AppSession(client: client, uploads: uploads, start: start, quickExitLabel: label)
    }

    /// The core decides again on every return to the front (decoy while disguised).
    func returnedToForeground() async {
        guard let next = try? await client.run({ core in try core.startScreen() }) else { return }
        if next != start {
            path = []
            start = next
        }
        uploads.runNow()
    }

    func open(_ destination: Destination) {
        path.append(.destination(destination))
    }

    func push(_ route: Route) {
        path.append(route)
    }

    func perform(_ action: Action) {
        guard let url = ActionURL.url(for: action) else { return }
        UIApplication.shared.open(url)
    }

    /// Quick exit: the core drops everything in memory. iOS cannot quit an app, so
    /// both answers (`showDecoy`, `leaveApp`) show the neutral calculator.
    func quickExit() async {
        _ = try? await client.run { core in core.quickExit() }
        path = []
        start = .decoy
        generation += 1
    }

    /// A code and "=" opened Lueur from the calculator.
    func unlocked(_ launcher: LauncherIdentity) async {
        await LauncherIcon.apply(launcher)
        path = []
        start = .home
        generation += 1
    }

    /// After a language switch every text changes: reload all screens.
    func reloadAll() async {
        if let label = try? await client.run({ core in try core.discreetSettings().quickExitLabel }) {
            quickExitLabel = label
        }
        generation += 1
    }

    func wiped(_ done: WipeDone) async {
        uploads.cancelScheduled()
        await LauncherIcon.apply(done.launcher)
        message = done.message
        path = []
        start = (try? await client.run { core in try core.startScreen() }) ?? .home
        await reloadAll()
    }
}

/// The screen for a route; each one loads its own view model.
struct RouteView: View {
    let route: Route

    var body: some View {
        Group {
            switch route {
            case let .destination(destination):
                DestinationView(destination: destination)
            case let .checklist(about):
                ChecklistRoute(about: about)
            case .reportFromChecklist:
                ReportRoute(fromChecklist: true)
            case .discreet:
                DiscreetRoute()
            case .wipe:
                WipeRoute()
            }
        }
        .quickExitButton()
    }
}

struct DestinationView: View {
    let destination: Destination

    var body: some View {
        switch destination {
        case .helpNow, .contacts:
            ContactsRoute()
        case .checkMe:
            ChecklistRoute(about: .me)
        case .checkOther:
            ChecklistRoute(about: .other)
        case .learn:
            ArticlesRoute()
        case let .article(id):
            ArticleRoute(id: id)
        case let .contact(id):
            ContactRoute(id: id)
        case .report:
            ReportRoute(fromChecklist: false)
        case .outbox:
            OutboxRoute()
        case .search:
            SearchRoute()
        case .calculator:
            CalculatorRoute()
        case .settings:
            SettingsRoute()
        }
    }
}
