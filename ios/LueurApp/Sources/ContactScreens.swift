// Contacts: filter chips and the matching services (nationwide ones apart), and one
// contact with its typed actions (call, SMS, e-mail, website, map), each with what it
// leaves in the phone's own apps.
import LueurKit
import SwiftUI

struct ContactsRoute: View {
    @EnvironmentObject var session: AppSession
    @State var filter = ContactFilter(city: nil, kind: nil, language: nil)

    var body: some View {
        // Keyed by the filter so that a chip reloads the list from the core.
        Loader(load: { [filter] core in try core.contacts(filter: filter) }) { view, _ in
            ContactsScreen(view: view, filter: $filter, open: { session.open($0) }, perform: { session.perform($0) })
        }
        .id(filter)
    }
}

struct ContactsScreen: View {
    let view: ContactsView
    @Binding var filter: ContactFilter
    let open: (Destination) -> Void
    let perform: (Action) -> Void

    var body: some View {
        List {
            Section {
                Text(view.intro)
                FilterChips(label: view.options.cityLabel, options: view.options.places,
                            selected: choice(\.city) { ContactFilter(city: $0, kind: $1.kind, language: $1.language) })
                FilterChips(label: view.options.kindLabel, options: view.options.kinds,
                            selected: choice(\.kind) { ContactFilter(city: $1.city, kind: $0, language: $1.language) })
                FilterChips(label: view.options.languageLabel, options: view.options.languages,
                            selected: choice(\.language) { ContactFilter(city: $1.city, kind: $1.kind, language: $0) })
                if let filteredBy = view.filteredBy {
                    Text(filteredBy).font(.footnote).foregroundStyle(.secondary)
                }
            }
            if let empty = view.emptyMessage {
                Section { Text(empty) }
            }
            Section {
                ForEach(view.contacts, id: \.self) { item in
                    ContactRow(item: item, open: open, perform: perform)
                }
            }
            if let title = view.nationwideTitle {
                OptionalSection(title: title, items: view.nationwide) { item in
                    ContactRow(item: item, open: open, perform: perform)
                }
            }
            if !view.notes.isEmpty {
                Section {
                    ForEach(view.notes, id: \.self) { Text($0).font(.footnote) }
                }
            }
        }
        .navigationTitle(view.title)
    }

    /// A binding to one part of the filter. The core's records are values (immutable),
    /// so a change builds the next filter instead of writing into this one.
    private func choice(
        _ part: KeyPath<ContactFilter, String?>,
        replacing: @escaping (String?, ContactFilter) -> ContactFilter
    ) -> Binding<String?> {
        Binding(
            get: { filter[keyPath: part] },
            set: { filter = replacing($0, filter) }
        )
    }
}

/// One filter group: tapping a chip selects it, tapping the selected chip clears it.
struct FilterChips: View {
    let label: String
    let options: [FilterOption]
    @Binding var selected: String?

    var body: some View {
        if !options.isEmpty {
            VStack(alignment: .leading, spacing: 6) {
                Text(label).font(.subheadline.bold())
                ScrollView(.horizontal, showsIndicators: false) {
                    HStack {
                        ForEach(options, id: \.self) { option in
                            Button {
                                selected = option.selected ? nil : option.value
                            } label: {
                                Text(option.label)
                            }
                            .buttonStyle(.bordered)
                            .tint(option.selected ? .accentColor : .secondary)
                            .accessibilityAddTraits(option.selected ? .isSelected : [])
                        }
                    }
                }
            }
        }
    }
}

struct ContactRow: View {
    let item: ContactItem
    let open: (Destination) -> Void
    let perform: (Action) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Button {
                open(item.destination)
            } label: {
                VStack(alignment: .leading, spacing: 2) {
                    Text(item.name).font(.headline)
                    Text(item.kindLabel).font(.subheadline).foregroundStyle(.secondary)
                    if let place = item.place {
                        Text(place).font(.subheadline).foregroundStyle(.secondary)
                    }
                    Text(item.description).font(.subheadline)
                    if let minors = item.forMinors {
                        Text(minors).font(.footnote)
                    }
                }
            }
            .foregroundStyle(.primary)
            if let primary = item.primaryAction {
                ActionButton(item: primary, perform: perform)
            }
        }
    }
}

struct ActionButton: View {
    let item: ActionItem
    let perform: (Action) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Button {
                perform(item.action)
            } label: {
                Label(item.label, systemImage: Self.symbol(item.action))
            }
            .buttonStyle(.bordered)
            // Read before tapping: a call stays in the call list, a message in Messages.
            if !item.historyNote.isEmpty {
                Text(item.historyNote)
                    .font(.footnote)
                    .foregroundStyle(.secondary)
            }
        }
    }

    static func symbol(_ action: Action) -> String {
        switch action {
        case .call: return "phone.fill"
        case .sms: return "message.fill"
        case .email: return "envelope.fill"
        case .website: return "safari.fill"
        case .map: return "map.fill"
        }
    }
}

struct ContactRoute: View {
    @EnvironmentObject var session: AppSession
    let id: String

    var body: some View {
        Loader(load: { core in try core.contact(id: id) }) { view, _ in
            ContactScreen(view: view, perform: { session.perform($0) })
        }
    }
}

struct ContactScreen: View {
    let view: ContactDetailView
    let perform: (Action) -> Void

    var body: some View {
        List {
            Section {
                Text(view.kindLabel).foregroundStyle(.secondary)
                Text(view.description)
                if let minors = view.forMinors {
                    Text(minors)
                }
                if let serves = view.serves {
                    Text(serves)
                }
                Text(view.languages)
            }
            Section {
                ForEach(view.actions, id: \.self) { item in
                    ActionButton(item: item, perform: perform)
                }
            }
            if let address = view.address {
                Section {
                    ForEach(address.lines, id: \.self) { Text($0) }
                    Text(address.region).foregroundStyle(.secondary)
                } header: {
                    Text(address.title)
                }
            }
            if let note = view.privacyNote {
                Section { Text(note).font(.footnote) }
            }
        }
        .navigationTitle(view.name)
    }
}
