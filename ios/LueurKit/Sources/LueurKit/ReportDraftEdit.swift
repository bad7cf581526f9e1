//! Applies one edit of the report form to the draft the app hands back with
//! `setReportDraft`. Interim: the core's form gives each choice a string key but takes
//! a typed `ReportDraft`, so the key-to-value table below is repeated in every app.
//! It belongs in the core (see ios/README.md, "Missing in the core").
import Foundation

public enum ReportDraftEdit {
    /// The draft after typing `text` into the text field `field`.
    public static func text(_ draft: ReportDraft, field: ReportField, _ text: String) -> ReportDraft {
        var next = draft
        let optional: String? = text.isEmpty ? nil : text
        switch field {
        case .municipality: next.municipality = optional
        case .place: next.place = optional
        case .when: next.when = optional
        case .whatHappened: next.whatHappened = text
        case .people: next.people = optional
        case .language: next.language = optional
        case .checklistSummary: next.checklistSummary = optional
        case .contactPhone:
            next.contact = .phone(number: text, note: note(of: draft.contact))
        case .contactEmail:
            next.contact = .email(address: text, note: note(of: draft.contact))
        case .contactNote:
            switch draft.contact {
            case .noContact: break
            case let .phone(number, _): next.contact = .phone(number: number, note: optional)
            case let .email(address, _): next.contact = .email(address: address, note: optional)
            }
        case .about, .forms, .contact:
            break
        }
        return next
    }

    /// The draft after tapping the choice `key` of the choice field `field`: one-choice
    /// fields select it (tapping the selected one clears `about`), many-choice fields
    /// toggle it.
    public static func choose(_ draft: ReportDraft, field: ReportField, key: String) -> ReportDraft {
        var next = draft
        switch field {
        case .about:
            let about: ReportAbout? = key == "me" ? .me : (key == "someone-else" ? .someoneElse : nil)
            next.about = (about == draft.about) ? nil : about
        case .forms:
            guard let form = forms[key] else { return draft }
            if let index = next.forms.firstIndex(of: form) {
                next.forms.remove(at: index)
            } else {
                next.forms.append(form)
            }
        case .contact:
            let kept = note(of: draft.contact)
            switch key {
            case "no-contact": next.contact = .noContact
            case "phone":
                if case .phone = draft.contact { break }
                next.contact = .phone(number: "", note: kept)
            case "email":
                if case .email = draft.contact { break }
                next.contact = .email(address: "", note: kept)
            default: break
            }
        default:
            break
        }
        return next
    }

    /// The text a text field shows for the draft, so that typing never waits for the core.
    public static func value(_ draft: ReportDraft, field: ReportField) -> String {
        switch field {
        case .municipality: return draft.municipality ?? ""
        case .place: return draft.place ?? ""
        case .when: return draft.when ?? ""
        case .whatHappened: return draft.whatHappened
        case .people: return draft.people ?? ""
        case .language: return draft.language ?? ""
        case .checklistSummary: return draft.checklistSummary ?? ""
        case .contactPhone:
            if case let .phone(number, _) = draft.contact { return number }
            return ""
        case .contactEmail:
            if case let .email(address, _) = draft.contact { return address }
            return ""
        case .contactNote: return note(of: draft.contact) ?? ""
        case .about, .forms, .contact: return ""
        }
    }

    private static let forms: [String: ExploitationForm] = [
        "sexual": .sexual,
        "labour": .labour,
        "begging": .begging,
        "forced-crime": .forcedCrime,
        "organ-removal": .organRemoval,
        "other": .other,
        "not-sure": .notSure,
    ]

    private static func note(of contact: ContactPreference) -> String? {
        switch contact {
        case .noContact: return nil
        case let .phone(_, note), let .email(_, note): return note
        }
    }
}
