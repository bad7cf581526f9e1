//! The helper card: one screen the person shows to someone who can help (a doctor,
//! a social worker, a police officer), with the same few sentences in the reader's
//! language and in the helper's (fr, nl, de or en) side by side. It says that the
//! person may need help, which language they speak and that they may need an
//! interpreter, and gives the national contact point and the nearest specialised
//! centre; the checklist summary only when the person adds it. Built from the
//! bundled content and the in-memory checklist: nothing of it is stored.

use super::{Direction, ScreenLanguage};
use crate::app::Lueur;
use crate::content::Contact;
use crate::error::{Error, Result};
use fluent_bundle::FluentValue;
use serde::Serialize;

/// The languages a helper in Belgium reads, in the order they are offered.
pub const HELPER_LANGUAGES: &[&str] = &["fr", "nl", "de", "en"];

/// The helper card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HelperCardView {
    /// The screen's title, in the reader's language.
    pub title: String,
    /// "Show this screen to someone who can help you. Nothing on it is saved."
    pub intro: String,
    /// The sentences in the reader's language.
    pub reader: CardSide,
    /// The same sentences in the helper's language.
    pub helper: CardSide,
    /// The label of the helper-language choice, in the reader's language.
    pub helper_language_label: String,
    /// fr, nl, de, en, each named in itself; pass `code` back as `helper_language`.
    pub helper_languages: Vec<HelperLanguageChoice>,
    /// "Add my checklist summary", offered when a checklist has answers.
    pub add_checklist_label: Option<String>,
    /// Whether the summary is on the card (only when the person asked for it).
    pub checklist_included: bool,
    /// The reader's language and direction (each side has its own as well).
    pub screen_language: ScreenLanguage,
}

/// One language's side of the card: large type, in this order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CardSide {
    /// The BCP 47 tag of this side's language.
    pub locale: String,
    /// Lay this side out this way.
    pub direction: Direction,
    /// "I may need help."
    pub need_help: String,
    /// "I speak Romanian." (the reader's language, named in this side's language)
    pub speaks: String,
    /// "I may need an interpreter."
    pub interpreter: String,
    /// "National contact point"
    pub contact_point_title: String,
    /// The national contact point.
    pub contact_point: Vec<CardContact>,
    /// "Nearest specialised centre"
    pub centre_title: String,
    /// The centre of the person's region, or all three when the region is unknown.
    pub centres: Vec<CardContact>,
    /// "My checklist summary", when it is included.
    pub checklist_title: Option<String>,
    /// The checklist summary in this side's language, when the person chose to add it.
    pub checklist: Option<String>,
}

/// A contact on the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CardContact {
    /// Its name in this side's language.
    pub name: String,
    /// Phone numbers as written in Belgium, Latin digits (`078 055 800`).
    pub phones: Vec<String>,
    /// Web addresses.
    pub websites: Vec<String>,
}

/// A helper language to choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HelperLanguageChoice {
    /// `fr`, `nl`, `de` or `en`.
    pub code: String,
    /// Its name in itself.
    pub name: String,
    /// Whether the card shows it.
    pub selected: bool,
}

/// The helper language of a region: the language its services work in (Brussels'
/// services work in French and Dutch; French comes first as the card's default).
fn region_language(region: &str) -> Option<&'static str> {
    match region {
        "flanders" => Some("nl"),
        "wallonia" | "brussels" => Some("fr"),
        "east-belgium" => Some("de"),
        _ => None,
    }
}

/// The region whose centre is nearest: East Belgium's nearest is in Liège.
fn centre_region(region: &str) -> &str {
    match region {
        "east-belgium" => "wallonia",
        other => other,
    }
}

impl Lueur {
    /// The helper card. `helper_language`: fr, nl, de or en, as the reader chose;
    /// without it, the language of `region` (a region id: brussels, flanders,
    /// wallonia, east-belgium), then the region answered in the checklist, then
    /// French. `include_checklist` adds the checklist summary, only if one exists.
    pub fn helper_card(
        &self,
        helper_language: Option<String>,
        region: Option<String>,
        include_checklist: bool,
    ) -> Result<HelperCardView> {
        let fallbacks = crate::l10n::fallback_count();
        if let Some(code) = &helper_language
            && !HELPER_LANGUAGES.contains(&code.as_str())
        {
            return Err(Error::invalid("helper_language", "error-unknown-locale"));
        }
        if let Some(r) = &region
            && region_language(r).is_none()
        {
            return Err(Error::not_found("region", r));
        }
        let region = region.or_else(|| self.checklist_region());
        let helper = helper_language
            .or_else(|| {
                region
                    .as_deref()
                    .and_then(region_language)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| "fr".to_string());
        let reader = self.locale();
        self.l10n_mut().ensure(&self.content, &helper)?;
        let summary = if include_checklist {
            self.checklist_summary()
        } else {
            None
        };
        // The helper reads the summary in their own language: a localiser of its own
        // for the helper's language (the reader's stays as it is), only when asked.
        let helper_summary = match &summary {
            Some(_) if helper != reader => {
                let helper_l10n = crate::l10n::Localizer::load(&self.content, &helper)?;
                self.checklist_summary_in(&helper_l10n)
            }
            other => other.clone(),
        };
        let pack = self.content.pack(&reader);
        let centres: Vec<String> = self.centre_ids(region.as_deref())?;
        let side = |locale: &str, summary: &Option<String>| -> Result<CardSide> {
            let l10n = self.l10n();
            let language = if locale == reader {
                pack.as_ref()
                    .map_or_else(|| reader.clone(), |p| p.endonym.clone())
            } else {
                pack.as_ref()
                    .and_then(|p| p.names.get(locale).cloned())
                    .unwrap_or_else(|| reader.clone())
            };
            let text = |id: &str| l10n.text_in(locale, id, &[]);
            let card_contact = |contact: Contact| CardContact {
                name: contact.name,
                phones: contact.phones.into_iter().map(|p| p.display).collect(),
                websites: contact.websites,
            };
            let mut contact_point = Vec::new();
            for id in ["national-contact-point", "stoptraite"] {
                contact_point.extend(self.content.contact(locale, id)?.map(card_contact));
            }
            let mut centre_contacts = Vec::new();
            for id in &centres {
                centre_contacts.extend(self.content.contact(locale, id)?.map(card_contact));
            }
            Ok(CardSide {
                locale: locale.to_string(),
                direction: l10n.direction_of(locale),
                need_help: text("card-need-help"),
                speaks: l10n.text_in(
                    locale,
                    "card-speaks",
                    &[("language", FluentValue::from(language))],
                ),
                interpreter: text("card-interpreter"),
                contact_point_title: text("card-contact-point"),
                contact_point,
                centre_title: text("card-nearest-centre"),
                centres: centre_contacts,
                checklist_title: summary.as_ref().map(|_| text("card-checklist")),
                checklist: summary.clone(),
            })
        };
        let reader_side = side(&reader, &summary)?;
        let helper_side = side(&helper, &helper_summary)?;
        let has_checklist = self.session().checklist.is_some();
        let l10n = self.l10n();
        let packs = self.content.packs()?;
        Ok(HelperCardView {
            title: l10n.text("card-title", &[]),
            intro: l10n.text("card-intro", &[]),
            reader: reader_side,
            helper: helper_side,
            helper_language_label: l10n.text("card-helper-language", &[]),
            helper_languages: HELPER_LANGUAGES
                .iter()
                .map(|code| HelperLanguageChoice {
                    code: code.to_string(),
                    name: packs.iter().find(|p| p.code == *code).map_or_else(
                        || code.to_string(),
                        |p| super::settings::menu_name(&p.endonym),
                    ),
                    selected: *code == helper,
                })
                .collect(),
            add_checklist_label: has_checklist.then(|| l10n.text("card-add-checklist", &[])),
            checklist_included: summary.is_some(),
            screen_language: l10n.screen(fallbacks),
        })
    }

    /// The specialised centres for `region` (all of them when it is unknown), in the
    /// content's order.
    fn centre_ids(&self, region: Option<&str>) -> Result<Vec<String>> {
        let centres: Vec<Contact> = self
            .content
            .contacts(lueur_contract::FALLBACK_LOCALE)?
            .into_iter()
            .filter(|c| c.kind == "specialised-centre")
            .collect();
        let near: Vec<String> = centres
            .iter()
            .filter(|c| {
                region.is_some_and(|r| {
                    c.address
                        .as_ref()
                        .is_some_and(|a| a.region == centre_region(r))
                })
            })
            .map(|c| c.id.clone())
            .collect();
        Ok(if near.is_empty() {
            centres.into_iter().map(|c| c.id).collect()
        } else {
            near
        })
    }

    /// The region the person gave in the checklist, if any.
    fn checklist_region(&self) -> Option<String> {
        let session = self.session().checklist.clone()?;
        let assessment = crate::checklist::assess(session.definition(), session.answers());
        assessment.region.map(|r| r.id().to_string())
    }
}
