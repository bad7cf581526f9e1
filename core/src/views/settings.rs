//! The settings and about screen: language choice, versions and dates, and any
//! notice about saved data. Other features add their own sections as fields here
//! (filled in [`Lueur::settings_view`]), each an `Option` or a `Vec` so a shell that
//! does not know a section yet can skip it.

use super::{Direction, Notice, ScreenLanguage, long_date};
use crate::app::Lueur;
use crate::error::Result;
use serde::Serialize;

/// The settings and about screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SettingsView {
    /// The screen's title.
    pub title: String,
    /// The language choice.
    pub language: LanguageSection,
    /// Versions and dates.
    pub about: AboutSection,
    /// Notices about the person's saved data, and whether the translation is
    /// reviewed.
    pub notices: Vec<Notice>,
    /// The screen's language and direction.
    pub screen_language: ScreenLanguage,
    /// The content in use and its updates (with the switch for checks while the
    /// disguise is on); `None` only if it cannot be read now.
    pub content_updates: Option<crate::content_updates::ContentStatusView>,
}

/// The language choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct LanguageSection {
    /// Its heading.
    pub title: String,
    /// Every bundled language, named in itself ("Français", "Nederlands", ...).
    pub choices: Vec<LanguageChoice>,
}

/// One language to choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct LanguageChoice {
    /// Pass to [`Lueur::set_locale`].
    pub code: String,
    /// The language's name in itself (CLDR).
    pub name: String,
    /// Whether it is the current language.
    pub selected: bool,
    /// Which way it is written, so the picker shows each name the right way.
    pub direction: Direction,
    /// False for an essentials pack: some articles are shown in English.
    pub complete: bool,
    /// True while no native speaker has checked it.
    pub review_pending: bool,
}

/// The about section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AboutSection {
    /// Its heading.
    pub title: String,
    /// What Lueur is.
    pub text: String,
    /// App version, content version, date the information was checked.
    pub facts: Vec<LabelledValue>,
}

/// A label with its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct LabelledValue {
    /// What it is.
    pub label: String,
    /// Its value, formatted.
    pub value: String,
}

/// A language's name as a menu shows it: CLDR writes "français", "română" as in a
/// sentence, and its menu context capitalises the first letter (scripts without
/// case are unchanged).
pub(crate) fn menu_name(endonym: &str) -> String {
    let mut chars = endonym.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Languages in the order people expect them in Belgium, then any other bundled one.
const LANGUAGE_ORDER: &[&str] = &["fr", "nl", "de", "en"];

impl Lueur {
    pub fn settings_view(&self) -> Result<SettingsView> {
        let fallbacks = crate::l10n::fallback_count();
        let notices = self.data_notices();
        // Names from the packs table: asking each language's Fluent files for its
        // name would read every pack to draw one list.
        let packs = self.content.packs()?;
        let content_updates = self.content_status().ok();
        let current = self.locale();
        let mut codes = self.available_locales();
        codes.sort_by_key(|code| {
            LANGUAGE_ORDER
                .iter()
                .position(|c| c == code)
                .unwrap_or(LANGUAGE_ORDER.len())
        });
        let info = self.content.info().clone();
        let l10n = self.l10n();
        let choices = codes
            .into_iter()
            .map(|code| {
                let pack = packs.iter().find(|p| p.code == code);
                LanguageChoice {
                    name: pack.map_or_else(|| code.clone(), |p| menu_name(&p.endonym)),
                    selected: code == current,
                    direction: pack.map_or(Direction::Ltr, |p| p.direction),
                    complete: pack.is_none_or(|p| p.full),
                    review_pending: pack.is_some_and(|p| p.review_pending()),
                    code,
                }
            })
            .collect();
        let fact = |label: &str, value: String| LabelledValue {
            label: l10n.text(label, &[]),
            value,
        };
        let about = AboutSection {
            title: l10n.text("settings-about", &[]),
            text: l10n.text("settings-about-text", &[]),
            facts: vec![
                fact(
                    "settings-app-version",
                    env!("CARGO_PKG_VERSION").to_string(),
                ),
                fact("settings-content-version", info.version.clone()),
                fact("settings-content-date", long_date(&l10n, &info.date)),
            ],
        };
        Ok(SettingsView {
            title: l10n.text("settings-title", &[]),
            language: LanguageSection {
                title: l10n.text("settings-language", &[]),
                choices,
            },
            about,
            notices,
            screen_language: l10n.screen(fallbacks),
            content_updates,
        })
    }
}
