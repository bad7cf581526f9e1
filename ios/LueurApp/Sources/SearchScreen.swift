// Search as you type: every change asks the core, which answers within a keystroke.
import LueurKit
import SwiftUI

struct SearchRoute: View {
    @EnvironmentObject var session: AppSession

    var body: some View {
        Loader(load: { core in try core.lastSearch() }) { view, replace in
            SearchScreen(view: view, open: { session.open($0) }) { query in
                if let next = try? await session.client.run({ core in try core.search(query: query) }) {
                    replace(next)
                }
            }
        }
    }
}

struct SearchScreen: View {
    let view: SearchView
    let open: (Destination) -> Void
    let search: (String) async -> Void
    @State var query = ""

    var body: some View {
        List {
            if let hint = view.hint {
                Section { Text(hint).foregroundStyle(.secondary) }
            }
            if let empty = view.emptyMessage {
                Section { Text(empty) }
            }
            Section {
                ForEach(view.results, id: \.self) { result in
                    Button {
                        open(result.destination)
                    } label: {
                        VStack(alignment: .leading, spacing: 4) {
                            Text(result.kindLabel).font(.caption).foregroundStyle(.secondary)
                            Text(RichText.runs(result.title)).font(.headline)
                            Text(RichText.runs(result.snippet)).font(.subheadline)
                        }
                    }
                    .foregroundStyle(.primary)
                }
            } header: {
                if let count = view.countLabel {
                    Text(count)
                }
            }
        }
        .navigationTitle(view.title)
        .searchable(text: $query, placement: .navigationBarDrawer(displayMode: .always),
                    prompt: Text(view.placeholder))
        // Reaches the search field through the environment, like every text field here.
        .privateTextInput()
        .onAppear { query = view.query }
        // .task(id:) cancels the previous search when the next keystroke arrives.
        .task(id: query) {
            if query != view.query {
                await search(query)
            }
        }
    }
}
