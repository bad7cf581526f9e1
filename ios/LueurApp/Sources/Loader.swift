// Loads one view model from the core off the main thread and hands it to a screen
// that is a pure function of it. Reloads whenever the session says every text changed.
import LueurKit
import SwiftUI

struct Loader<VM, Content: View>: View {
    @EnvironmentObject var session: AppSession
    let load: @Sendable (Lueur) throws -> VM
    @ViewBuilder let content: (VM, @escaping (VM) -> Void) -> Content

    @State var model: VM?
    @State var failure: String?

    var body: some View {
        Group {
            if let model {
                content(model) { self.model = $0 }
                    .environment(\.layoutDirection, screenDirection(of: model))
            } else if let failure {
                ErrorText(text: failure).padding()
            } else {
                ProgressView()
            }
        }
        .task(id: session.generation) {
            do {
                model = try await session.client.run(load)
                failure = nil
            } catch {
                failure = errorText(error)
            }
        }
    }
}

/// A view model that carries its screen's language and direction (the core gives
/// every screen's).
protocol CarriesScreenLanguage {
    var screenLanguage: ScreenLanguage { get }
}

extension HomeView: CarriesScreenLanguage {}
extension ArticlesView: CarriesScreenLanguage {}
extension ArticleView: CarriesScreenLanguage {}
extension ContactsView: CarriesScreenLanguage {}
extension ContactDetailView: CarriesScreenLanguage {}
extension SearchView: CarriesScreenLanguage {}
extension SettingsView: CarriesScreenLanguage {}
extension HelperCardView: CarriesScreenLanguage {}
extension OutboxView: CarriesScreenLanguage {}
extension ReportFormView: CarriesScreenLanguage {}
extension DiscreetSettingsView: CarriesScreenLanguage {}
extension WipeWarningView: CarriesScreenLanguage {}
extension CodeLockView: CarriesScreenLanguage {}
extension QuestionView: CarriesScreenLanguage {}
extension ChecklistResult: CarriesScreenLanguage {}

/// SwiftUI's direction for the core's.
func layoutDirection(_ direction: Direction) -> LayoutDirection {
    direction == .rtl ? .rightToLeft : .leftToRight
}

/// The direction the core gives a screen: right to left for Arabic, Dari, Pashto and
/// Urdu. A model without a language (the calculator decoy) stays left to right.
func screenDirection(of model: Any) -> LayoutDirection {
    guard let carrier = model as? CarriesScreenLanguage else { return .leftToRight }
    return layoutDirection(carrier.screenLanguage.direction)
}

/// A problem reported by the core, already localised.
struct ErrorText: View {
    let text: String

    var body: some View {
        Label {
            Text(text)
        } icon: {
            Image(systemName: "exclamationmark.circle")
        }
        .foregroundStyle(.red)
        .accessibilityElement(children: .combine)
    }
}

struct NoticesSection: View {
    let notices: [Notice]

    var body: some View {
        if !notices.isEmpty {
            Section {
                ForEach(notices, id: \.self) { notice in
                    Label {
                        Text(notice.text)
                    } icon: {
                        Image(systemName: notice.level == .warning ? "exclamationmark.triangle" : "info.circle")
                    }
                    .foregroundStyle(notice.level == .warning ? Color.orange : Color.primary)
                }
            }
        }
    }
}

/// A section whose header and rows are skipped when the core gives no rows.
struct OptionalSection<Item: Hashable, Row: View>: View {
    let title: String
    let items: [Item]
    @ViewBuilder let row: (Item) -> Row

    var body: some View {
        if !items.isEmpty {
            Section {
                ForEach(items, id: \.self) { row($0) }
            } header: {
                Text(title)
            }
        }
    }
}

private struct QuickExitButton: ViewModifier {
    @EnvironmentObject var session: AppSession

    func body(content: Content) -> some View {
        content.toolbar {
            ToolbarItem(placement: .navigationBarTrailing) {
                Button(role: .destructive) {
                    Task { await session.quickExit() }
                } label: {
                    Label(session.quickExitLabel, systemImage: "xmark.octagon.fill")
                        .labelStyle(.titleAndIcon)
                }
            }
        }
    }
}

extension View {
    /// The quick-exit button, on every screen but the calculator.
    func quickExitButton() -> some View {
        modifier(QuickExitButton())
    }
}
