//! The home screen: the immediate-danger calls (always there), the primary ways in,
//! and any notice about the person's saved data.

use super::{Action, ActionItem, Destination, Notice, NoticeLevel, ScreenLanguage};
use crate::app::Lueur;
use crate::error::Result;
use fluent_bundle::FluentValue;
use serde::Serialize;

/// The kinds of contact whose numbers make up the immediate-danger section, in the
/// order they appear in the content (112, then 101).
const DANGER_KINDS: &[&str] = &["emergency", "police"];

/// The home screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HomeView {
    /// The screen's title.
    pub title: String,
    /// One or two sentences under the title.
    pub intro: String,
    /// Always present, with a call action per emergency and police number.
    pub danger: DangerSection,
    /// Get help now, am I at risk, is someone I know at risk, learn, contacts, report.
    pub primary: Vec<HomeEntry>,
    /// Search, reports waiting, calculator, settings.
    pub more: Vec<HomeEntry>,
    /// Notices about the person's saved data.
    pub notices: Vec<Notice>,
    /// Words a text shell needs to move around (native apps use their own).
    pub navigation: NavigationLabels,
    /// The screen's language and direction.
    pub screen_language: ScreenLanguage,
}

/// The immediate-danger section of home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DangerSection {
    /// Its heading.
    pub title: String,
    /// When to call.
    pub text: String,
    /// One call per emergency and police number.
    pub actions: Vec<ActionItem>,
}

/// One entry of home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HomeEntry {
    /// Where it leads.
    pub destination: Destination,
    /// Its text.
    pub label: String,
    /// A line under the label, for the main entries.
    pub hint: Option<String>,
}

/// Words a text shell needs to move around (native apps use their platform's own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct NavigationLabels {
    /// The prompt to choose an entry.
    pub choose: String,
    /// Said when no app on the phone can do an action (call, text, e-mail, map): a
    /// tablet without a dialer, a phone without a mail app.
    pub no_app: String,
    /// "Back".
    pub back: String,
    /// "Quit".
    pub quit: String,
    /// Said when the choice is not on the list.
    pub invalid_choice: String,
}

impl Lueur {
    pub fn home_view(&self) -> Result<HomeView> {
        let fallbacks = crate::l10n::fallback_count();
        // Only the numbers are needed: one query instead of loading every contact.
        let phones: Vec<(String, String)> = self.content.with_db(|db| {
            let mut statement = db.prepare_cached(
                "SELECT p.number, p.national FROM contact_phones p
                 JOIN contacts c ON c.id = p.contact_id
                 WHERE c.kind = ?1 ORDER BY c.position, p.position",
            )?;
            let mut phones = Vec::new();
            for kind in DANGER_KINDS {
                let rows = statement.query_map([kind], |row| Ok((row.get(0)?, row.get(1)?)))?;
                phones.extend(rows.collect::<Result<Vec<_>, _>>()?);
            }
            Ok(phones)
        })?;
        // Taken before the localiser's read lock: a nested read lock can deadlock
        // when a locale switch is waiting.
        let notices = self.data_notices();
        let l10n = self.l10n();
        let actions = phones
            .into_iter()
            .map(|(number, display)| {
                ActionItem::new(
                    &l10n,
                    l10n.text(
                        "action-call",
                        &[("number", FluentValue::from(display.as_str()))],
                    ),
                    Action::Call { number },
                )
            })
            .collect();
        let entry = |destination: Destination, id: &str, with_hint: bool| HomeEntry {
            destination,
            label: l10n.text(id, &[]),
            hint: with_hint.then(|| l10n.text(&format!("{id}-hint"), &[])),
        };
        let primary = vec![
            entry(Destination::HelpNow, "home-action-help-now", true),
            entry(Destination::CheckMe, "home-action-check-me", true),
            entry(Destination::CheckOther, "home-action-check-other", true),
            entry(Destination::Learn, "home-action-learn", true),
            entry(Destination::Contacts, "home-action-contacts", true),
            entry(Destination::Report, "home-action-report", true),
        ];
        let more = vec![
            entry(Destination::Search, "home-action-search", false),
            entry(Destination::Outbox, "home-action-outbox", false),
            entry(Destination::HelperCard, "home-action-card", false),
            entry(Destination::Calculator, "home-action-calculator", false),
            entry(Destination::Settings, "home-action-settings", false),
        ];
        Ok(HomeView {
            title: l10n.text("home-title", &[]),
            intro: l10n.text("home-intro", &[]),
            danger: DangerSection {
                title: l10n.text("home-danger-title", &[]),
                text: l10n.text("home-danger-text", &[]),
                actions,
            },
            primary,
            more,
            notices,
            navigation: NavigationLabels {
                choose: l10n.text("nav-choose", &[]),
                no_app: l10n.text("nav-no-app", &[]),
                back: l10n.text("nav-back", &[]),
                quit: l10n.text("nav-quit", &[]),
                invalid_choice: l10n.text("nav-invalid-choice", &[]),
            },
            screen_language: l10n.screen(fallbacks),
        })
    }

    /// Notices about the person's saved data, shown on home and in settings.
    pub(crate) fn data_notices(&self) -> Vec<Notice> {
        let mut notices = Vec::new();
        if self.storage_unavailable() {
            notices.push(Notice {
                level: NoticeLevel::Warning,
                text: self.l10n().text("home-notice-storage-unavailable", &[]),
            });
        }
        if let Some(pack) = self.content.pack(&self.locale())
            && pack.review_pending()
        {
            notices.push(Notice {
                level: NoticeLevel::Info,
                text: self.l10n().text("pack-review-pending", &[]),
            });
        }
        if self.recreated_after_corruption() {
            notices.push(Notice {
                level: NoticeLevel::Warning,
                text: self.l10n().text("home-notice-data-reset", &[]),
            });
        }
        notices
    }
}
