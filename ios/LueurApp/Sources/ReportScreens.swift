// The report form (the draft lives in the core's memory; every edit goes back to it
// and returns the form with each field's problem) and the outbox with its states.
import LueurKit
import SwiftUI

@MainActor
struct ReportRoute: View {
    @EnvironmentObject var session: AppSession
    let fromChecklist: Bool
    @State var form: ReportFormView?
    @State var draft = ReportDraft(about: nil, forms: [], municipality: nil, place: nil,
                                           when: nil, whatHappened: "", people: nil,
                                           contact: .noContact, language: nil, checklistSummary: nil)
    @State var failure: String?
    @State var edits = 0
    @State var sending = false

    var body: some View {
        Group {
            if let form {
                ReportFormScreen(form: form, draft: draft, failure: failure, sending: sending,
                                 edit: { edit($0) }, send: { send() })
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
            let loaded = try await session.client.run { core in
                (try (fromChecklist ? core.startReportFromChecklist() : core.reportForm()), core.reportDraft())
            }
            form = loaded.0
            draft = loaded.1
        } catch {
            failure = errorText(error)
        }
    }

    /// The draft changes at once (typing never waits); the form with its problems
    /// follows from the core, and an older answer never overwrites a newer one.
    private func edit(_ next: ReportDraft) {
        draft = next
        edits += 1
        let mine = edits
        Task {
            do {
                let updated = try await session.client.run { core in try core.setReportDraft(draft: next) }
                if mine == edits { form = updated }
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
    let draft: ReportDraft
    let failure: String?
    let sending: Bool
    let edit: (ReportDraft) -> Void
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
            ForEach(form.fields, id: \.field) { field in
                Section {
                    FieldEditor(field: field, form: form, draft: draft, edit: edit)
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
    let draft: ReportDraft
    let edit: (ReportDraft) -> Void

    var body: some View {
        switch field.kind {
        case .oneChoice, .manyChoices:
            Text(field.kind == .oneChoice ? form.chooseOneHint : form.chooseManyHint)
                .font(.footnote).foregroundStyle(.secondary)
            ForEach(field.choices, id: \.key) { choice in
                Button {
                    edit(ReportDraftEdit.choose(draft, field: field.field, key: choice.key))
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
                .autocorrectionDisabled()
                .accessibilityHint(field.hint)
        }
    }

    private var binding: Binding<String> {
        Binding(
            get: { ReportDraftEdit.value(draft, field: field.field) },
            set: { text in
                let limited = field.maxChars.map { String(text.prefix(Int($0))) } ?? text
                edit(ReportDraftEdit.text(draft, field: field.field, limited))
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
