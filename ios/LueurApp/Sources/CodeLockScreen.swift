// The plain code lock: the start screen when the person chose a code without the
// calculator disguise. Title, prompt, button and the refusal all come from the core;
// the emergency code works here too, and the core decides what it opens.
import LueurKit
import SwiftUI

struct CodeLockRoute: View {
    @EnvironmentObject var session: AppSession

    var body: some View {
        Loader(load: { core in core.codeLockView() }) { view, replace in
            CodeLockScreen(view: view) { code in
                // Off the main thread: checking a code hashes it (argon2id).
                guard let outcome = try? await session.client.run({ core in core.enterLockCode(code: code) }) else {
                    return
                }
                switch outcome {
                case let .`open`(launcher):
                    await session.unlocked(launcher)
                case let .refused(next):
                    replace(next)
                }
            }
        }
    }
}

struct CodeLockScreen: View {
    let view: CodeLockView
    let submit: (String) async -> Void
    @State private var code = ""
    @State private var checking = false

    var body: some View {
        VStack(spacing: 20) {
            Spacer()
            Image(systemName: "lock.fill")
                .font(.largeTitle)
                .accessibilityHidden(true)
            Text(view.title)
                .font(.title2.bold())
                .multilineTextAlignment(.center)
            Text(view.prompt)
                .multilineTextAlignment(.center)
            SecureField(view.prompt, text: $code)
                .keyboardType(.numberPad)
                // Not a password: without this iOS may offer to save it in Passwords,
                // a record of the code outside the app.
                .textContentType(.oneTimeCode)
                .privateTextInput()
                .multilineTextAlignment(.center)
                .font(.title)
                .textFieldStyle(.roundedBorder)
                .frame(maxWidth: 280)
            if let error = view.error {
                ErrorText(text: error)
            }
            Button(action: unlock) {
                Text(view.unlockLabel).frame(maxWidth: 280, minHeight: 44)
            }
            .buttonStyle(.borderedProminent)
            .disabled(code.isEmpty || checking)
            Spacer()
        }
        .padding()
    }

    private func unlock() {
        let typed = code
        // The code leaves the field at once, so it is not on screen while it is checked.
        code = ""
        checking = true
        Task {
            await submit(typed)
            checking = false
        }
    }
}
