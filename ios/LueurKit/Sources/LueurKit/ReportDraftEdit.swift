//! What a tap on a choice of the report form hands to the core's
//! `chooseReportOption`. The draft itself, the key-to-value table and the contact
//! rules are the core's (`setReportText`, `chooseReportOption`, `ReportFieldView.shown`);
//! only the tap gesture is this app's.
import Foundation

public enum ReportDraftEdit {
    /// The keys of `field` after tapping its choice `key`: a one-choice field takes the
    /// tapped key, or none when it was already chosen (no choice of contact is "no
    /// contact"); a many-choice field toggles it among those selected.
    public static func keys(afterTapping key: String, in field: ReportFieldView) -> [String] {
        let selected = field.choices.filter { $0.selected }.map { $0.key }
        let wasSelected = selected.contains(key)
        switch field.kind {
        case .oneChoice:
            return wasSelected ? [] : [key]
        case .manyChoices:
            return wasSelected ? selected.filter { $0 != key } : selected + [key]
        case .shortText, .longText:
            return []
        }
    }
}
