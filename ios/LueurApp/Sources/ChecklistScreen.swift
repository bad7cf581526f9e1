// The checklist: one question at a time (yes / no / not sure, skip, back) and the
// result grouped by element, with the contacts and next steps the core routes to.
import LueurKit
import SwiftUI

@MainActor
struct ChecklistRoute: View {
    @EnvironmentObject var session: AppSession
    let about: Perspective?
    @State var view: ChecklistView?
    @State var labels: ChecklistLabels?
    @State var offerResume = false
    @State var failure: String?

    var body: some View {
        Group {
            if offerResume, let labels, let about {
                ResumePrompt(labels: labels) { resume in
                    offerResume = false
                    await call { core in
                        try (resume ? core.resumeKeptAnswers(about: about) : core.startChecklist(about: about))
                    }
                }
            } else if let view {
                switch view {
                case let .question(question):
                    QuestionScreen(question: question, failure: failure, act: { act($0) })
                case let .result(result):
                    ResultScreen(result: result, open: { session.open($0) }, perform: { session.perform($0) },
                                 push: { session.push($0) }, act: { act($0) })
                }
            } else if let failure {
                ErrorText(text: failure).padding()
            } else {
                ProgressView()
            }
        }
        .navigationTitle(labels?.title ?? "")
        .toolbar {
            if let labels {
                ToolbarItem(placement: .navigationBarLeading) {
                    Button(labels.close) {
                        Task {
                            _ = try? await session.client.run { core in core.closeChecklist() }
                            session.path.removeAll()
                        }
                    }
                }
            }
        }
        .navigationBarBackButtonHidden(true)
        .task(id: session.generation) { await load() }
    }

    private func load() async {
        labels = try? await session.client.run { core in core.checklistLabels() }
        if view != nil {
            // Back from another screen or a language switch: the same checklist, re-read.
            await call { core in try core.checklist() }
            return
        }
        if let about, (try? await session.client.run({ core in try core.hasKeptAnswers(about: about) })) == true {
            offerResume = true
            return
        }
        await call { core in try core.startChecklist(about: about) }
    }

    private func act(_ step: @escaping @Sendable (Lueur) throws -> ChecklistView) {
        Task { await call(step) }
    }

    private func call(_ step: @escaping @Sendable (Lueur) throws -> ChecklistView) async {
        do {
            view = try await session.client.run(step)
            failure = nil
        } catch {
            failure = errorText(error)
        }
    }
}

struct ResumePrompt: View {
    let labels: ChecklistLabels
    let choose: (Bool) async -> Void

    var body: some View {
        VStack(spacing: 16) {
            Text(labels.savedFound)
            Button(labels.resume) { Task { await choose(true) } }
                .buttonStyle(.borderedProminent)
            Button(labels.startAgain) { Task { await choose(false) } }
                .buttonStyle(.bordered)
        }
        .padding()
    }
}

struct QuestionScreen: View {
    let question: QuestionView
    let failure: String?
    let act: (@escaping @Sendable (Lueur) throws -> ChecklistView) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                ProgressView(value: Double(question.progress.current),
                             total: Double(max(question.progress.total, 1)))
                    .accessibilityValue(question.progress.label)
                Text(question.progress.label).font(.footnote).foregroundStyle(.secondary)
                Text(question.moduleTitle).font(.subheadline.bold())
                if let intro = question.intro {
                    Text(intro)
                }
                Text(question.text)
                    .font(.title3.bold())
                    .foregroundStyle(question.danger ? Color.red : Color.primary)
                    .accessibilityAddTraits(.isHeader)
                if let failure {
                    ErrorText(text: failure)
                }
                ForEach(question.options, id: \.self) { option in
                    let id = question.id
                    let value = option.value
                    Button {
                        act { core in try core.answerQuestion(questionId: id, value: value) }
                    } label: {
                        Text(option.label).frame(maxWidth: .infinity, minHeight: 44)
                    }
                    .buttonStyle(.bordered)
                    .tint(option.selected ? .accentColor : .secondary)
                    .accessibilityAddTraits(option.selected ? .isSelected : [])
                }
                HStack {
                    if let back = question.backLabel {
                        Button(back) { act { core in try core.goBackInChecklist() } }
                    }
                    Spacer()
                    Button(question.skipLabel) { act { core in try core.skipQuestion() } }
                }
            }
            .padding()
        }
    }
}

struct ResultScreen: View {
    let result: ChecklistResult
    let open: (Destination) -> Void
    let perform: (Action) -> Void
    let push: (Route) -> Void
    let act: (@escaping @Sendable (Lueur) throws -> ChecklistView) -> Void

    var body: some View {
        List {
            Section {
                Text(result.title).font(.title3.bold())
                    .foregroundStyle(result.level == .immediateDanger ? Color.red : Color.primary)
                Text(result.summary)
                if let label = result.continueLabel {
                    Button(label) { act { core in try core.continueChecklist() } }
                }
                if let label = result.backLabel {
                    Button(label) { act { core in try core.goBackInChecklist() } }
                }
            }
            OptionalSection(title: result.stepsHeading, items: result.steps) { step in
                NextStepRow(step: step, open: open, perform: perform, push: push)
            }
            if !result.groups.isEmpty {
                Section {
                    ForEach(result.groups, id: \.self) { group in
                        VStack(alignment: .leading, spacing: 6) {
                            Text(group.title).font(.headline)
                            if let present = group.presentLabel {
                                Text(present).font(.subheadline.bold())
                            }
                            ForEach(group.indicators, id: \.self) { IndicatorRow(indicator: $0) }
                        }
                    }
                } header: {
                    Text(result.signsHeading)
                }
            }
            OptionalSection(title: result.unsureHeading, items: result.unsure) { IndicatorRow(indicator: $0) }
            OptionalSection(title: result.contactsHeading, items: result.contacts) { contact in
                RoutedContactRow(contact: contact, open: open, perform: perform)
            }
            OptionalSection(title: result.notesHeading, items: result.notes) { Text($0) }
            Section {
                if result.keep.kept {
                    if let status = result.keep.status {
                        Text(status)
                    }
                    Button(result.keep.deleteLabel, role: .destructive) {
                        act { core in
                            try core.deleteKeptAnswers()
                            return try core.checklist()
                        }
                    }
                } else {
                    Button(result.keep.keepLabel) { act { core in try core.keepChecklistAnswers() } }
                    Text(result.keep.keepHint).font(.footnote).foregroundStyle(.secondary)
                }
            }
        }
    }
}

struct IndicatorRow: View {
    let indicator: IndicatorView

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Text(indicator.text)
            Text(indicator.gradeLabel).font(.caption).foregroundStyle(.secondary)
        }
        .accessibilityElement(children: .combine)
    }
}

struct RoutedContactRow: View {
    let contact: RoutedContact
    let open: (Destination) -> Void
    let perform: (Action) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Button {
                open(contact.destination)
            } label: {
                VStack(alignment: .leading, spacing: 2) {
                    Text(contact.name).font(.headline)
                    Text(contact.description).font(.subheadline)
                    ForEach(contact.reasons, id: \.self) { Text($0).font(.footnote).foregroundStyle(.secondary) }
                }
            }
            .foregroundStyle(.primary)
            ForEach(contact.phones, id: \.self) { phone in
                Button {
                    perform(.call(number: phone.number))
                } label: {
                    Label(phone.display, systemImage: "phone.fill")
                }
                .buttonStyle(.bordered)
            }
        }
    }
}

struct NextStepRow: View {
    let step: NextStep
    let open: (Destination) -> Void
    let perform: (Action) -> Void
    let push: (Route) -> Void

    var body: some View {
        switch step {
        case let .call(label, _, action):
            Button { perform(action) } label: { Label(label, systemImage: "phone.fill") }
        case let .talkToCentre(label, _, destination):
            Button(label) { open(destination) }
        case let .prepareReport(label, hint, _):
            // The report form pre-filled from this checklist (startReportFromChecklist).
            Button { push(.reportFromChecklist) } label: {
                VStack(alignment: .leading, spacing: 2) {
                    Text(label)
                    Text(hint).font(.footnote).foregroundStyle(.secondary)
                }
            }
        case let .readArticle(label, _, destination):
            Button(label) { open(destination) }
        }
    }
}
