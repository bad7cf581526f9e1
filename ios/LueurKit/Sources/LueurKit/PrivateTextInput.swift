//! Keyboard learning off for everything typed in the app. What a person writes in a
//! report or a search ("passport", a name, a street) must not come back later as a
//! suggestion in another app, be sent to a keyboard vendor, or reach a writing assistant.
//! Third-party keyboards are refused for the whole app by LueurAppDelegate.
import SwiftUI
import UIKit

struct PrivateTextInput: ViewModifier {
    @ViewBuilder
    func body(content: Content) -> some View {
        let base = content
            .autocorrectionDisabled()
            .textInputAutocapitalization(.never)
            .privacySensitive()
        if #available(iOS 18.0, *) {
            base.writingToolsBehavior(.disabled)
        } else {
            base
        }
    }
}

public extension View {
    /// Put on every TextField, SecureField and `.searchable` screen (tests/swift checks it).
    func privateTextInput() -> some View {
        modifier(PrivateTextInput())
    }
}

public enum PrivateKeyboard {
    /// Call once at launch, before any text field exists. SwiftUI has no modifier for
    /// spell checking or inline predictions; UIKit's defaults tie spell checking to
    /// autocorrection, and these proxies turn both off explicitly for the UITextField and
    /// UITextView that SwiftUI's fields (and the search field) are built on.
    @MainActor
    public static func configure() {
        let field = UITextField.appearance()
        field.autocorrectionType = .no
        field.spellCheckingType = .no
        field.smartInsertDeleteType = .no
        let view = UITextView.appearance()
        view.autocorrectionType = .no
        view.spellCheckingType = .no
        view.smartInsertDeleteType = .no
        if #available(iOS 17.0, *) {
            // Inline predictions complete words from what the keyboard has learned.
            field.inlinePredictionType = .no
            view.inlinePredictionType = .no
        }
        if #available(iOS 18.0, *) {
            field.writingToolsBehavior = .none
            view.writingToolsBehavior = .none
        }
    }
}
