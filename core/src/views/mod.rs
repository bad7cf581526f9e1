//! View models: what each screen of the apps and the terminal shell draws, built by
//! the core with every string already localised and formatted. A shell asks for one
//! view model per screen, draws it, and performs the typed actions it carries
//! (navigate to a [`Destination`], or call, text, mail, browse, map with an
//! [`Action`]); it never assembles text or decides anything itself.
//!
//! The types are plain records and enums (strings, integers, booleans, vectors,
//! options), so the FFI layer can mirror them one to one.

pub mod articles;
pub mod card;
pub mod contacts;
pub mod home;
pub mod search;
pub mod settings;

pub use crate::content::Direction;
pub use articles::{ArticleItem, ArticleView, ArticlesView, SourceView};
pub use card::{CardContact, CardSide, HelperCardView, HelperLanguageChoice};
pub use contacts::{
    AddressView, ContactDetailView, ContactFilter, ContactItem, ContactsView, FilterOption,
    FilterOptions,
};
pub use home::{DangerSection, HomeEntry, HomeView, NavigationLabels};
pub use search::{SearchResult, SearchResultKind, SearchView};
pub use settings::{AboutSection, LabelledValue, LanguageChoice, LanguageSection, SettingsView};

pub use crate::search::TextRun;

use crate::l10n::Localizer;
use fluent_bundle::FluentValue;
use serde::Serialize;

/// Where a shell goes when a person picks an entry. Shells map each destination to a
/// screen (and the matching view-model call); the core decides which entries exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Destination {
    /// Help now: the contacts screen, emergency numbers first.
    HelpNow,
    /// The checklist about the person's own situation.
    CheckMe,
    /// The checklist about someone the person knows.
    CheckOther,
    /// The list of articles.
    Learn,
    /// One article (`article(id)`).
    Article {
        /// The article's id.
        id: String,
    },
    /// The contacts screen (`contacts`).
    Contacts,
    /// One contact (`contact(id)`).
    Contact {
        /// The contact's id.
        id: String,
    },
    /// Writing a confidential report.
    Report,
    /// Reports waiting to be sent.
    Outbox,
    /// The search screen (`last_search`).
    Search,
    /// The card to show a helper (`helper_card`).
    HelperCard,
    /// The calculator (`calculator`).
    Calculator,
    /// Settings (`settings`).
    Settings,
}

/// Something an app does outside itself. The shell performs it with the OS (dialer,
/// SMS app, mail app, browser, maps); the core only says what and shows the label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Action {
    /// Dial `number`: E.164 (`+3242324030`) or the digits of a short code (`112`).
    Call {
        /// The number to dial.
        number: String,
    },
    /// Open a text message to `number`; offered only where the content says the
    /// number takes SMS.
    Sms {
        /// The number to text.
        number: String,
    },
    /// Open the mail app with this address.
    Email {
        /// The e-mail address.
        address: String,
    },
    /// Open `url` inside the app, leaving no browser history (Android: a WebView
    /// with history, cache and cookies off; iOS: `SFSafariViewController`).
    Website {
        /// An `https://` address.
        url: String,
    },
    /// Open the maps app searching for `query` (street, postal code, city, country).
    Map {
        /// Street, postal code, city and country.
        query: String,
    },
}

/// An action with the label its button shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ActionItem {
    /// The button's text, e.g. "Call 112".
    pub label: String,
    /// What pressing it does.
    pub action: Action,
    /// What the action leaves in the phone's own apps (the call list, the messages,
    /// the mail app's sent mail), for the person to read next to the button: someone
    /// who checks the phone may look there (F12).
    pub history_note: String,
}

impl ActionItem {
    /// The one constructor, so that no action reaches a screen without its note.
    pub(crate) fn new(l10n: &crate::l10n::Localizer, label: String, action: Action) -> ActionItem {
        let note = match action {
            Action::Call { .. } => "action-trace-call",
            Action::Sms { .. } => "action-trace-sms",
            Action::Email { .. } => "action-trace-email",
            Action::Website { .. } => "action-trace-website",
            Action::Map { .. } => "action-trace-map",
        };
        ActionItem {
            label,
            action,
            history_note: l10n.text(note, &[]),
        }
    }
}

/// The language a screen is in: the shells lay it out in `direction` and mark the
/// texts that are not translated yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ScreenLanguage {
    /// The BCP 47 tag of the screen's language (`ar`, `zh-Hans`).
    pub locale: String,
    /// Left to right or right to left: Compose `LayoutDirection`, SwiftUI
    /// `layoutDirection`. Numbers, phone numbers and addresses inside right-to-left
    /// texts are already isolated (FSI … PDI) and written in Latin digits.
    pub direction: Direction,
    /// Set when some texts of this screen are shown in English because the pack
    /// lacks them: a sentence, in the screen's language, to show above them.
    pub fallback_note: Option<String>,
}

impl Localizer {
    /// The language of a screen built since `fallbacks_before` was read from
    /// [`crate::l10n::fallback_count`].
    pub(crate) fn screen(&self, fallbacks_before: u64) -> ScreenLanguage {
        let fell_back = crate::l10n::fallback_count() > fallbacks_before;
        ScreenLanguage {
            locale: self.locale().to_string(),
            direction: self.direction(),
            fallback_note: fell_back.then(|| self.in_other_language()),
        }
    }

    /// "Not translated yet: shown in English.", in the current language.
    pub(crate) fn in_other_language(&self) -> String {
        self.text(
            "text-in-other-language",
            &[("language", FluentValue::from(FALLBACK_ENDONYM))],
        )
    }
}

/// English in English, as the fallback note names it: every script can show it.
pub(crate) const FALLBACK_ENDONYM: &str = "English";

/// How prominent a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum NoticeLevel {
    /// For information.
    Info,
    /// Something the person should know (e.g. nothing can be saved).
    Warning,
}

/// A message a screen shows above its content (e.g. that saved data had to be reset).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Notice {
    /// How prominent it is.
    pub level: NoticeLevel,
    /// The sentence to show.
    pub text: String,
}

/// `2026-11-28` as the reader's language writes a date; a malformed date is shown
/// as it is rather than hidden.
pub(crate) fn long_date(l10n: &Localizer, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let (Ok(year), Ok(month), Ok(day)) = (
        year.parse::<u32>(),
        month.parse::<u32>(),
        day.get(..2).unwrap_or(day).parse::<u32>(),
    ) else {
        return iso.to_string();
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return iso.to_string();
    }
    l10n.text(
        "date-long",
        &[
            // Numbers, so they select variants (`[1] 1er`, `[11] novembre`); a string
            // would not.
            ("day", FluentValue::from(day)),
            ("month", FluentValue::from(month)),
            ("year", FluentValue::from(year.to_string())),
        ],
    )
}

/// A key for comparing names the way a person types them: lower case, without
/// accents, ligatures spelled out, and any run of spaces or punctuation as one space.
/// "Liège", "LIEGE" and "liege" give the same key, as do "east-belgium" and
/// "East Belgium".
pub(crate) fn fold_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in lueur_contract::fold_ligatures(text)
        .chars()
        .flat_map(char::to_lowercase)
    {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_space && !key.is_empty() {
                key.push(' ');
            }
            pending_space = false;
            key.push(base_letter(c));
        } else {
            pending_space = true;
        }
    }
    key
}

fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// The base letter of a lower-case Latin letter with a diacritic (Latin-1 and
/// Latin Extended-A, which covers the names of places and services in Belgium and the
/// languages its people type in with a Latin keyboard).
fn base_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_key_ignores_case_accents_and_punctuation() {
        assert_eq!(fold_key("Liège"), "liege");
        assert_eq!(fold_key("LIE\u{0300}GE"), "liege");
        assert_eq!(fold_key("  east-Belgium "), "east belgium");
        assert_eq!(fold_key("Oost-België"), "oost belgie");
        assert_eq!(fold_key("Straße"), "strasse");
        assert_eq!(fold_key("?!"), "");
    }
}
