// Settings (language, about, content version, the development-key notice), discreet
// mode (disguise, codes, the code lock, what the disguise cannot hide) and the panic wipe.
import LueurKit
import SwiftUI

/// The settings screen's view models, read together in one trip to the core.
struct SettingsModels {
    let settings: SettingsView
    let deployment: DeploymentView
    let discreetTitle: String
}

extension SettingsModels: CarriesScreenLanguage {
    var screenLanguage: ScreenLanguage { settings.screenLanguage }
}

struct SettingsRoute: View {
    @EnvironmentObject var session: AppSession

    var body: some View {
        Loader(load: { core in
            SettingsModels(settings: try core.settings(), deployment: try core.deployment(),
                           discreetTitle: try core.discreetSettings().title)
        }) { models, _ in
            SettingsScreen(models: models, push: { session.push($0) }) { code in
                Task {
                    if (try? await session.client.run({ core in try core.setLocale(locale: code) })) != nil {
                        await session.reloadAll()
                    }
                }
            }
        }
    }
}

struct SettingsScreen: View {
    let models: SettingsModels
    let push: (Route) -> Void
    let setLocale: (String) -> Void

    var body: some View {
        let settings = models.settings
        List {
            NoticesSection(notices: settings.notices)
            if models.deployment.development, let notice = models.deployment.notice {
                Section {
                    Label(notice, systemImage: "exclamationmark.triangle").foregroundStyle(.orange)
                }
            }
            Section {
                ForEach(settings.language.choices, id: \.self) { choice in
                    Button {
                        setLocale(choice.code)
                    } label: {
                        HStack {
                            Text(choice.name)
                            Spacer()
                            if choice.selected {
                                Image(systemName: "checkmark").accessibilityHidden(true)
                            }
                        }
                    }
                    .foregroundStyle(.primary)
                    .accessibilityAddTraits(choice.selected ? .isSelected : [])
                }
            } header: {
                Text(settings.language.title)
            }
            Section {
                Button(models.discreetTitle) { push(.discreet) }
            }
            Section {
                Text(settings.about.text)
                ForEach(settings.about.facts, id: \.self) { fact in
                    LabeledContent(fact.label, value: fact.value)
                }
            } header: {
                Text(settings.about.title)
            }
        }
        .navigationTitle(settings.title)
    }
}

struct DiscreetRoute: View {
    @EnvironmentObject var session: AppSession

    var body: some View {
        Loader(load: { core in try core.discreetSettings() }) { view, replace in
            DiscreetScreen(view: view, client: session.client, replace: replace,
                           push: { session.push($0) }, quickExit: { Task { await session.quickExit() } })
        }
    }
}

@MainActor
struct DiscreetScreen: View {
    let view: DiscreetSettingsView
    let client: CoreClient
    let replace: (DiscreetSettingsView) -> Void
    let push: (Route) -> Void
    let quickExit: () -> Void
    /// Where a refused change is explained: beside the control that was used.
    enum Place {
        case disguise, codeLock, duressWipes
    }

    @State var failure: (place: Place, text: String)?
    /// The current unlock code: the core asks for it before any code or the lock changes,
    /// so someone handed the unlocked phone cannot set a code of their own.
    @State var currentCode = ""

    var body: some View {
        List {
            Section {
                ForEach(view.disguiseOptions, id: \.self) { option in
                    Button {
                        let disguise = option.disguise
                        change(.disguise) { core in
                            let launcher = try core.setDisguise(disguise: disguise)
                            return (try core.discreetSettings(), launcher)
                        }
                    } label: {
                        HStack {
                            Text(option.label)
                            Spacer()
                            if option.selected {
                                Image(systemName: "checkmark").accessibilityHidden(true)
                            }
                        }
                    }
                    .foregroundStyle(.primary)
                    .accessibilityAddTraits(option.selected ? .isSelected : [])
                }
                Text(view.disguiseExplanation).font(.footnote)
                failureText(.disguise)
            } header: {
                Text(view.disguiseLabel)
            }
            if view.unlockCodeSet {
                Section {
                    SecureField(view.currentCodePrompt, text: $currentCode)
                        .keyboardType(.numberPad)
                        .textContentType(.oneTimeCode)
                        .privateTextInput()
                }
            }
            Section {
                Text(view.unlockCodeStatus)
                CodeEntry(kind: .unlock, view: view, client: client, currentUnlockCode: current,
                          replace: replace, changed: { currentCode = "" })
                if view.unlockCodeSet {
                    Toggle(view.codeLockLabel, isOn: Binding(
                        get: { view.codeLock },
                        set: { enabled in
                            let unlockCode = currentCode
                            change(.codeLock) { core in
                                try core.setCodeLock(enabled: enabled, currentUnlockCode: unlockCode)
                                return (try core.discreetSettings(), nil)
                            }
                        }
                    ))
                    Text(view.codeLockExplanation).font(.footnote)
                    failureText(.codeLock)
                }
            } header: {
                Text(view.unlockCodeLabel)
            }
            Section {
                Text(view.duressExplanation).font(.footnote)
                Text(view.duressCodeStatus)
                if view.unlockCodeSet {
                    CodeEntry(kind: .duress, view: view, client: client, currentUnlockCode: current,
                              replace: replace, changed: { currentCode = "" })
                }
                if view.duressCodeSet {
                    Toggle(view.duressWipesLabel, isOn: Binding(
                        get: { view.duressWipes },
                        set: { wipes in
                            change(.duressWipes) { core in
                                try core.setDuressWipes(wipes: wipes)
                                return (try core.discreetSettings(), nil)
                            }
                        }
                    ))
                    failureText(.duressWipes)
                }
            } header: {
                Text(view.duressCodeLabel)
            } footer: {
                // The minimum length is the core's; only its sentence says it.
                VStack(alignment: .leading, spacing: 4) {
                    Text(view.codeRules)
                    Text(view.guessDelayNote)
                }
            }
            Section {
                // What the disguise cannot hide, as it applies to iOS.
                ForEach(view.limits.filter { $0.onlyOn == nil || $0.onlyOn == .ios }, id: \.self) { limit in
                    Text(limit.text)
                }
            } header: {
                Text(view.limitsTitle)
            }
            Section {
                Text(view.quickExitExplanation).font(.footnote)
                Button(view.quickExitLabel, role: .destructive, action: quickExit)
                Button(view.wipeLabel, role: .destructive) { push(.wipe) }
            }
        }
        .navigationTitle(view.title)
    }

    /// What beginCode takes: nothing before the first unlock code exists.
    private var current: String? {
        view.unlockCodeSet ? currentCode : nil
    }

    @ViewBuilder
    private func failureText(_ place: Place) -> some View {
        if let failure, failure.place == place {
            ErrorText(text: failure.text)
        }
    }

    private func change(_ place: Place,
                        _ body: @escaping @Sendable (Lueur) throws -> (DiscreetSettingsView, LauncherIdentity?)) {
        Task {
            do {
                let (next, launcher) = try await client.run(body)
                if let launcher {
                    await LauncherIcon.apply(launcher)
                }
                failure = nil
                // Typed again for the next change: it should not wait on screen.
                currentCode = ""
                replace(next)
            } catch {
                failure = (place: place, text: errorText(error))
            }
        }
    }
}

/// Setting a code: typed once (`beginCode`, with the current unlock code once one
/// exists), then again (`confirmCode`).
@MainActor
struct CodeEntry: View {
    let kind: CodeKind
    let view: DiscreetSettingsView
    let client: CoreClient
    let currentUnlockCode: String?
    let replace: (DiscreetSettingsView) -> Void
    let changed: () -> Void
    @State var code = ""
    @State var confirming = false
    @State var failure: String?

    var body: some View {
        HStack {
            SecureField(confirming ? view.confirmPrompt : view.codePrompt, text: $code)
                .keyboardType(.numberPad)
                // Not a password: without this iOS may offer to save it in Passwords.
                .textContentType(.oneTimeCode)
                .privateTextInput()
            Button(action: submit) {
                Image(systemName: "checkmark.circle.fill")
            }
            .accessibilityLabel(confirming ? view.confirmPrompt : view.codePrompt)
            .disabled(code.isEmpty)
        }
        if let failure {
            ErrorText(text: failure)
        }
    }

    private func submit() {
        let typed = code
        let kind = kind
        let second = confirming
        let current = currentUnlockCode
        code = ""
        Task {
            do {
                if second {
                    // Hashes the code (argon2id): off the main thread, like every call.
                    let next = try await client.run { core in
                        try core.confirmCode(kind: kind, code: typed)
                        return try core.discreetSettings()
                    }
                    confirming = false
                    failure = nil
                    changed()
                    replace(next)
                } else {
                    try await client.run { core in
                        try core.beginCode(kind: kind, code: typed, currentUnlockCode: current)
                    }
                    confirming = true
                    failure = nil
                }
            } catch {
                confirming = false
                failure = errorText(error)
            }
        }
    }
}

struct WipeRoute: View {
    @EnvironmentObject var session: AppSession
    @State var failure: String?

    var body: some View {
        Loader(load: { core in try core.wipeWarning() }) { view, _ in
            WipeScreen(view: view, failure: failure, cancel: { session.path.removeLast() }) {
                Task {
                    do {
                        let done = try await session.client.run { core in try core.wipe() }
                        await session.wiped(done)
                    } catch {
                        // The warning stays on screen with the reason; the person may retry.
                        failure = errorText(error)
                    }
                }
            }
        }
    }
}

struct WipeScreen: View {
    let view: WipeWarningView
    let failure: String?
    let cancel: () -> Void
    let confirm: () -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(view.body)
                if let unsent = view.unsentText {
                    Label(unsent, systemImage: "exclamationmark.triangle").foregroundStyle(.orange)
                }
                if let failure {
                    ErrorText(text: failure)
                }
                Button(role: .destructive, action: confirm) {
                    Text(view.confirmLabel).frame(maxWidth: .infinity, minHeight: 44)
                }
                .buttonStyle(.borderedProminent)
                .tint(.red)
                Button(action: cancel) {
                    Text(view.cancelLabel).frame(maxWidth: .infinity, minHeight: 44)
                }
                .buttonStyle(.bordered)
            }
            .padding()
        }
        .navigationTitle(view.title)
    }
}
