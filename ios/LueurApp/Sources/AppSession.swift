// What the running app remembers between screens: the core client, the navigation
// path, which start screen is showing, the website open in the in-app browser, and a
// counter that makes every screen reload (language switch, wipe, quick exit, re-lock).
// Everything it shows comes from the core.
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
    /// The help service's website shown in the in-app browser.
    @Published var browsing: WebPage?
    /// True from the background until `appForegrounded()` has answered.
    @Published private(set) var awaitingStartScreen = false
    /// `appBackgrounded()` was called and `appForegrounded()` not yet.
    private var inBackground = false
    /// Scene changes reach the core one after the other, in the order they happened.
    private var lifecycle: Task<Void, Never>?

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

    /// Re-lock: the core counts the time in the background (its grace period, its
    /// monotonic clock) and answers on return with the screen to show. Inactive counts as
    /// leaving too: the app switcher and Control Center make the scene inactive, and the
    /// phone may be handed over from there.
    func sceneChanged(to phase: ScenePhase) {
        let previous = lifecycle
        lifecycle = Task {
            await previous?.value
            switch phase {
            case .background, .inactive:
                await wentToBackground()
            case .active:
                await returnedToForeground()
            @unknown default:
                break
            }
        }
    }

    private func wentToBackground() async {
        guard !inBackground else { return }
        inBackground = true
        awaitingStartScreen = true
        _ = try? await client.run { core in core.appBackgrounded() }
    }

    private func returnedToForeground() async {
        guard inBackground else { return }
        inBackground = false
        // If the core cannot answer, the decoy: showing home could show what the lock hides.
        let next = (try? await client.run { core in try core.appForegrounded() }) ?? .decoy
        if next != .home || start != .home {
            // Locked again: nothing of the last session may stay on screen or in a view.
            path = []
            browsing = nil
            start = next
            generation += 1
        }
        awaitingStartScreen = false
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
        if case .website = action {
            // In the app, not in Safari: Safari would keep it in its history.
            browsing = WebPage(url: url)
            return
        }
        // Calls, messages, mail and maps stay in those apps' history; the core's
        // historyNote beside the button says so.
        UIApplication.shared.open(url)
    }

    /// Quick exit: the core drops everything in memory. iOS cannot quit an app, so
    /// both answers (`showDecoy`, `leaveApp`) show the neutral calculator.
    func quickExit() async {
        _ = try? await client.run { core in core.quickExit() }
        path = []
        browsing = nil
        start = .decoy
        await ShellTraces.clearBrowsing()
        generation += 1
    }

    /// A code opened Lueur, from the calculator or the code lock. After an emergency
    /// code that wiped, the core still answers with the disguise's identity, so the icon
    /// stays a calculator and iOS shows no "icon changed" alert in front of whoever
    /// asked for the code; LauncherIcon changes nothing when the identity is the same.
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
        // The core erased its files and renewed the Keychain secret; the rest is the shell's.
        await ShellTraces.clearAfterWipe()
        await LauncherIcon.apply(done.launcher)
        message = done.message
        path = []
        browsing = nil
        start = (try? await client.run { core in try core.startScreen() }) ?? .home
        await reloadAll()
    }
}

/// A page for the in-app browser (a sheet needs an identity).
struct WebPage: Identifiable, Hashable {
    let url: URL
    var id: URL { url }
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
        case .helperCard:
            HelperCardRoute()
        case .calculator:
            CalculatorRoute()
        case .settings:
            SettingsRoute()
        }
    }
}
