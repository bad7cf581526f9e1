// The helper card: the reader's language and the helper's side by side, in large
// type, each side laid out in its own direction. Everything comes from the core;
// nothing is kept (the choices live in this screen's state only).
import LueurKit
import SwiftUI

struct HelperCardChoice: Hashable {
    var helperLanguage: String?
    var includeChecklist: Bool
}

struct HelperCardRoute: View {
    @State var choice = HelperCardChoice(helperLanguage: nil, includeChecklist: false)

    var body: some View {
        // Keyed by the choice so that picking a language reloads the card.
        Loader(load: { [choice] core in
            try core.helperCard(helperLanguage: choice.helperLanguage, region: nil,
                                includeChecklist: choice.includeChecklist)
        }) { view, _ in
            HelperCardScreen(view: view, choice: $choice)
        }
        .id(choice)
        .quickExitButton()
    }
}

struct HelperCardScreen: View {
    let view: HelperCardView
    @Binding var choice: HelperCardChoice

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 24) {
                Text(view.intro).font(.body)
                HelperCardSideView(side: view.reader)
                Divider()
                HelperCardSideView(side: view.helper)
                Divider()
                Text(view.helperLanguageLabel).font(.headline)
                HStack {
                    ForEach(view.helperLanguages, id: \.self) { language in
                        Button {
                            choice.helperLanguage = language.code
                        } label: {
                            Text(language.name).fontWeight(language.selected ? .bold : .regular)
                        }
                        .buttonStyle(.bordered)
                    }
                }
                if let add = view.addChecklistLabel, !view.checklistIncluded {
                    Button {
                        choice.includeChecklist = true
                    } label: {
                        Text(add)
                    }
                }
            }
            .padding()
            .frame(maxWidth: .infinity, alignment: .leading)
        }
        .navigationTitle(view.title)
    }
}

struct HelperCardSideView: View {
    let side: CardSide

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(side.needHelp).font(.largeTitle).bold()
            Text(side.speaks).font(.title)
            Text(side.interpreter).font(.title)
            Text(side.contactPointTitle).font(.title2).bold()
            ForEach(side.contactPoint, id: \.self) { contact in
                HelperCardContactView(contact: contact)
            }
            Text(side.centreTitle).font(.title2).bold()
            ForEach(side.centres, id: \.self) { contact in
                HelperCardContactView(contact: contact)
            }
            if let title = side.checklistTitle, let summary = side.checklist {
                Text(title).font(.title2).bold()
                Text(summary).font(.title3)
            }
        }
        .frame(maxWidth: .infinity, alignment: .leading)
        .environment(\.layoutDirection, layoutDirection(side.direction))
    }
}

struct HelperCardContactView: View {
    let contact: CardContact

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(contact.name).font(.title3)
            // Numbers and addresses read left to right in every language.
            ForEach(contact.phones, id: \.self) { phone in
                Text(phone).font(.title).monospacedDigit()
                    .environment(\.layoutDirection, .leftToRight)
            }
            ForEach(contact.websites, id: \.self) { site in
                Text(site).font(.title3)
                    .environment(\.layoutDirection, .leftToRight)
            }
        }
    }
}
