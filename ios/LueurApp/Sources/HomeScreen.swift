// Home: the emergency calls pinned at the bottom so they never scroll away, then the
// ways in the core lists, then its notices.
import LueurKit
import SwiftUI

struct HomeRoute: View {
    @EnvironmentObject var session: AppSession

    var body: some View {
        Loader(load: { core in try core.home() }) { view, _ in
            HomeScreen(view: view, message: session.message,
                       open: { session.open($0) }, perform: { session.perform($0) })
        }
        .quickExitButton()
    }
}

struct HomeScreen: View {
    let view: HomeView
    let message: String?
    let open: (Destination) -> Void
    let perform: (Action) -> Void

    var body: some View {
        List {
            if let message {
                Section { Text(message) }
            }
            Section {
                Text(view.danger.text)
            } header: {
                Text(view.danger.title)
            }
            NoticesSection(notices: view.notices)
            Section {
                ForEach(view.primary, id: \.self) { entry in
                    EntryRow(entry: entry, open: open)
                }
            } header: {
                Text(view.intro).textCase(nil)
            }
            Section {
                ForEach(view.more, id: \.self) { entry in
                    EntryRow(entry: entry, open: open)
                }
            }
        }
        .navigationTitle(view.title)
        .safeAreaInset(edge: .bottom) {
            DangerBar(actions: view.danger.actions, perform: perform)
        }
    }
}

/// The 112 / 101 buttons, always on screen.
struct DangerBar: View {
    let actions: [ActionItem]
    let perform: (Action) -> Void

    var body: some View {
        VStack(spacing: 6) {
            HStack(spacing: 12) {
                ForEach(actions, id: \.self) { item in
                    Button {
                        perform(item.action)
                    } label: {
                        Label(item.label, systemImage: "phone.fill")
                            .font(.headline)
                            .frame(maxWidth: .infinity, minHeight: 44)
                    }
                    .buttonStyle(.borderedProminent)
                    .tint(.red)
                }
            }
            // What a call leaves in the call list; said once when both numbers share it.
            ForEach(Self.notes(actions), id: \.self) { note in
                Text(note)
                    .font(.caption)
                    .foregroundStyle(.secondary)
                    .frame(maxWidth: .infinity, alignment: .leading)
            }
        }
        .padding()
        .background(.bar)
    }

    static func notes(_ actions: [ActionItem]) -> [String] {
        var seen: [String] = []
        for note in actions.map({ $0.historyNote }) where !note.isEmpty && !seen.contains(note) {
            seen.append(note)
        }
        return seen
    }
}

struct EntryRow: View {
    let entry: HomeEntry
    let open: (Destination) -> Void

    var body: some View {
        Button {
            open(entry.destination)
        } label: {
            VStack(alignment: .leading, spacing: 4) {
                Text(entry.label).font(.headline)
                if let hint = entry.hint {
                    Text(hint).font(.subheadline).foregroundStyle(.secondary)
                }
            }
        }
        .foregroundStyle(.primary)
    }
}
