// The report form (the draft lives in the core's memory; every edit goes back to it
// and returns the form with each field's problem) and the outbox with its states.
import LueurKit
import SwiftUI

@MainActor
struct ReportRoute: View {
    @EnvironmentObject var session: AppSession
    let fromChecklist: Bool
    @State var form: ReportFormView?
    /// Text typed but not yet in a form from the core, so typing never waits for it.
    @State var typed: [ReportField: String] = [:]
    @State var failure: String?
    @State var edits = 0
    @State var sending = false

    var body: some View {
        Group {
            if let form {
                ReportFormScreen(form: form, typed: typed, failure: failure, sending: sending,
                                 type: { write($0, $1) }, edit: { edit($0) }, send: { send() })
            } else if let failure {
                ErrorText(text: failure).padding()
            } else {
                ProgressView()
            }
        }
        .task(id: session.generation) { await load() }
    }

    private func load() async {
        let fromChecklist = fromChecklist
        do {
            form = try await session.client.run { core in
                try (fromChecklist ? core.startReportFromChecklist() : core.reportForm())
            }
        } catch {
            failure = errorText(error)
        }
    }

    private func write(_ field: ReportField, _ text: String) {
        typed[field] = text
        edit { core in try core.setReportText(field: field, text: text) }
    }

    /// The core edits its draft and returns the form with its problems; an older answer
    /// never overwrites a newer one, and the newest one holds everything typed so far.
    private func edit(_ change: @escaping @Sendable (Lueur) throws -> ReportFormView) {
        edits += 1
        let mine = edits
        Task {
            do {
                let updated = try await session.client.run(change)
                if mine == edits {
                    form = updated
                    typed = [:]
                    failure = nil
                }
            } catch {
                failure = errorText(error)
            }
        }
    }

    private func send() {
        sending = true
        Task {
            defer { sending = false }
            do {
                _ = try await session.client.run { core in try core.sendReportDraft() }
                session.uploads.runNow()
                session.path.removeAll()
                session.open(.outbox)
            } catch {
                // The core names the first problem; the form shows it beside the field.
                failure = errorText(error)
                form = try? await session.client.run { core in try core.reportForm() }
            }
        }
    }
}

struct ReportFormScreen: View {
    let form: ReportFormView
    let typed: [ReportField: String]
    let failure: String?
    let sending: Bool
    let type: (ReportField, String) -> Void
    let edit: (@escaping @Sendable (Lueur) throws -> ReportFormView) -> Void
    let send: () -> Void

    var body: some View {
        Form {
            Section {
                Text(form.intro)
                Text(form.privacy).font(.footnote)
                if let notice = form.developmentNotice {
                    Label(notice, systemImage: "exclamationmark.triangle").foregroundStyle(.orange)
                }
                Text(form.skipHint).font(.footnote).foregroundStyle(.secondary)
            }
            // The core says which fields apply (contact details only for the way chosen).
            ForEach(form.fields.filter { $0.shown }, id: \.field) { field in
                Section {
                    FieldEditor(field: field, form: form, typed: typed[field.field], type: type, edit: edit)
                    if let error = field.error {
                        ErrorText(text: error)
                    }
                } header: {
                    Text(field.label)
                } footer: {
                    if !field.hint.isEmpty {
                        Text(field.hint)
                    }
                }
            }
            Section {
                if let failure {
                    ErrorText(text: failure)
                }
                Button(form.sendLabel, action: send)
                    .disabled(!form.canSend || sending)
            }
        }
        .navigationTitle(form.title)
    }
}

struct FieldEditor: View {
    let field: ReportFieldView
    let form: ReportFormView
    let typed: String?
    let type: (ReportField, String) -> Void
    let edit: (@escaping @Sendable (Lueur) throws -> ReportFormView) -> Void

    var body: some View {
        switch field.kind {
        case .oneChoice, .manyChoices:
            Text(field.kind == .oneChoice ? form.chooseOneHint : form.chooseManyHint)
                .font(.footnote).foregroundStyle(.secondary)
            ForEach(field.choices, id: \.key) { choice in
                Button {
                    let which = field.field
                    let keys = ReportDraftEdit.keys(afterTapping: choice.key, in: field)
                    edit { core in try core.chooseReportOption(field: which, keys: keys) }
                } label: {
                    HStack {
                        Text(choice.label)
                        Spacer()
                        if choice.selected {
                            Image(systemName: "checkmark").accessibilityHidden(true)
                        }
                    }
                }
                .foregroundStyle(.primary)
                .accessibilityAddTraits(choice.selected ? .isSelected : [])
            }
        case .shortText, .longText:
            TextField(field.label, text: binding, axis: field.kind == .longText ? .vertical : .horizontal)
                .lineLimit(field.kind == .longText ? 4...12 : 1...1)
                .privateTextInput()
                .accessibilityHint(field.hint)
        }
    }

    private var binding: Binding<String> {
        Binding(
            get: { typed ?? field.value },
            set: { text in
                let limited = field.maxChars.map { String(text.prefix(Int($0))) } ?? text
                type(field.field, limited)
            }
        )
    }
}

struct OutboxRoute: View {
    @EnvironmentObject var session: AppSession

    var body: some View {
        Loader(load: { core in try core.outbox() }) { view, replace in
            OutboxScreen(view: view) { change in
                Task {
                    if let next = try? await session.client.run(change) {
                        replace(next)
                        session.uploads.runNow()
                    }
                }
            }
        }
    }
}

struct OutboxScreen: View {
    let view: OutboxView
    let change: (@escaping @Sendable (Lueur) throws -> OutboxView) -> Void

    var body: some View {
        List {
            if let notice = view.developmentNotice {
                Section {
                    Label(notice, systemImage: "exclamationmark.triangle").foregroundStyle(.orange)
                }
            }
            if let empty = view.emptyText {
                Section { Text(empty) }
            }
            ForEach(view.items, id: \.id) { item in
                Section {
                    VStack(alignment: .leading, spacing: 4) {
                        Text(item.stateLabel).font(.headline)
                        Text(item.detail)
                        Text(item.ageLabel).font(.footnote).foregroundStyle(.secondary)
                    }
                    .accessibilityElement(children: .combine)
                    if item.canRetry, let label = item.retryLabel {
                        let id = item.id
                        Button(label) { change { core in try core.retryReport(id: id) } }
                    }
                    if item.canDelete, let label = item.deleteLabel {
                        let id = item.id
                        Button(label, role: .destructive) { change { core in try core.deleteReport(id: id) } }
                    }
                }
            }
        }
        .navigationTitle(view.title)
        // The upload loop changes states in the background: pull to re-read them.
        .refreshable { change { core in try core.outbox() } }
    }
}
