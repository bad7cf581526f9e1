// Learn: the list of articles and one article drawn from its blocks.
import LueurKit
import SwiftUI

struct ArticlesRoute: View {
    @EnvironmentObject var session: AppSession

    var body: some View {
        Loader(load: { core in try core.articles() }) { view, _ in
            ArticlesScreen(view: view, open: { session.open($0) })
        }
    }
}

struct ArticlesScreen: View {
    let view: ArticlesView
    let open: (Destination) -> Void

    var body: some View {
        List {
            Section {
                ForEach(view.articles, id: \.self) { item in
                    Button {
                        open(item.destination)
                    } label: {
                        VStack(alignment: .leading, spacing: 4) {
                            Text(item.title).font(.headline)
                            Text(item.summary).font(.subheadline).foregroundStyle(.secondary)
                        }
                    }
                    .foregroundStyle(.primary)
                }
            } header: {
                Text(view.intro).textCase(nil)
            }
        }
        .navigationTitle(view.title)
    }
}

struct ArticleRoute: View {
    let id: String

    var body: some View {
        Loader(load: { core in try core.article(id: id) }) { view, _ in
            ArticleScreen(view: view)
        }
    }
}

struct ArticleScreen: View {
    let view: ArticleView

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(view.summary).font(.title3)
                BlocksView(blocks: view.blocks)
                Divider()
                Text(view.reviewed).font(.footnote).foregroundStyle(.secondary)
                if let note = view.reviewNote {
                    Text(note).font(.footnote).foregroundStyle(.secondary)
                }
                if !view.sources.isEmpty {
                    Text(view.sourcesTitle).font(.headline).accessibilityAddTraits(.isHeader)
                    ForEach(view.sources, id: \.self) { source in
                        SourceRow(source: source)
                    }
                }
            }
            .padding()
            .frame(maxWidth: .infinity, alignment: .leading)
        }
        .navigationTitle(view.title)
        .navigationBarTitleDisplayMode(.inline)
    }
}

struct SourceRow: View {
    let source: SourceView

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            if let link = source.url, let url = URL(string: link), url.scheme == "https" {
                Link(source.title, destination: url)
            } else {
                Text(source.title)
            }
            if let publisher = source.publisher {
                Text(publisher).font(.footnote).foregroundStyle(.secondary)
            }
        }
    }
}
