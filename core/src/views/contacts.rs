//! The contacts screens: the list with its filters (city or region, kind of service,
//! language spoken) and one contact with its typed actions.
//!
//! Filters compare the way people type: a place matches a city or region name in any
//! bundled language ("Antwerpen", "Anvers", "antwerp", "vlaanderen"), without regard
//! to case or accents. Services reachable from all of Belgium are listed apart when a
//! place is given, so a search for a town never leaves a person with nothing.

use super::{Action, ActionItem, Destination, fold_key};
use crate::app::Lueur;
use crate::content::Contact;
use crate::error::{Error, Result};
use crate::l10n::Localizer;
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::BTreeMap;

/// A served region that means "everywhere".
const WHOLE_COUNTRY: &str = "belgium";

/// What the person chose to filter by; `None` or blank means no filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactFilter {
    /// A city or region name in any bundled language, a region code, or a postal code.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub city: Option<String>,
    /// A kind code (`specialised-centre`) or its name in any bundled language.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub kind: Option<String>,
    /// A language code (`fr`, `fr-BE`) or its name in any bundled language.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub language: Option<String>,
}

/// The contacts screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactsView {
    /// The screen's title.
    pub title: String,
    /// A sentence under the title.
    pub intro: String,
    /// "Filtered by: Antwerpen, Specialised centre", when a filter is set.
    pub filtered_by: Option<String>,
    /// The services matching every filter.
    pub contacts: Vec<ContactItem>,
    /// With a place filter: services for the whole country that match the other
    /// filters, under their own title. Empty without a place filter.
    pub nationwide_title: Option<String>,
    /// With a place filter: services for the whole country that match the other
    /// filters. Empty without a place filter.
    pub nationwide: Vec<ContactItem>,
    /// Set when `contacts` is empty, saying why and what to do.
    pub empty_message: Option<String>,
    /// Remarks about the filtering, e.g. that some services list no languages.
    pub notes: Vec<String>,
    /// The choices to offer as filter chips.
    pub options: FilterOptions,
    /// The screen's language and direction.
    pub screen_language: super::ScreenLanguage,
}

/// One service in the contacts list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactItem {
    /// The contact's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind code (`specialised-centre`, `emergency`, ...).
    pub kind: String,
    /// The kind in words.
    pub kind_label: String,
    /// "Antwerpen (Vlaanderen)" for a service with an address.
    pub place: Option<String>,
    /// What it does.
    pub description: String,
    /// Says the service also helps people under 18, when it does.
    pub for_minors: Option<String>,
    /// The first phone number as a call (or the website when there is none).
    pub primary_action: Option<ActionItem>,
    /// Opens the contact.
    pub destination: Destination,
}

/// The choices a shell can offer as filter chips; `value` goes back in
/// [`ContactFilter`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct FilterOptions {
    /// The heading of the places.
    pub city_label: String,
    /// Places with a service.
    pub places: Vec<FilterOption>,
    /// The heading of the kinds of service.
    pub kind_label: String,
    /// Kinds of service.
    pub kinds: Vec<FilterOption>,
    /// The heading of the languages.
    pub language_label: String,
    /// Languages some service is known to speak (may be empty: the content lists
    /// languages only where a source states them).
    pub languages: Vec<FilterOption>,
}

/// One filter chip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct FilterOption {
    /// What to put in the `ContactFilter` field.
    pub value: String,
    /// Its text.
    pub label: String,
    /// Whether the current filter uses it.
    pub selected: bool,
}

/// One contact in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactDetailView {
    /// The contact's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind code.
    pub kind: String,
    /// The kind in words.
    pub kind_label: String,
    /// What it does.
    pub description: String,
    /// Says the service also helps people under 18, when it does.
    pub for_minors: Option<String>,
    /// Where it is, for a service with an address.
    pub address: Option<AddressView>,
    /// "Languages spoken: French, Dutch" or that they are not listed.
    pub languages: String,
    /// Whether the content lists the languages.
    pub languages_listed: bool,
    /// "Works in: Wallonia", when the content says which regions are served.
    pub serves: Option<String>,
    /// Call, SMS (only where the content says so), email, website, map.
    pub actions: Vec<ActionItem>,
    /// A reminder that calls and texts leave traces, when there is a number.
    pub privacy_note: Option<String>,
    /// The screen's language and direction.
    pub screen_language: super::ScreenLanguage,
}

/// A postal address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AddressView {
    /// The heading ("Address").
    pub title: String,
    /// "Leguit 4", "2000 Antwerpen".
    pub lines: Vec<String>,
    /// The region in words.
    pub region: String,
}

/// Names a contact can be found by, in every bundled language, as fold keys.
struct PlaceKeys {
    keys: Vec<String>,
}

impl PlaceKeys {
    fn matches(&self, query: &str) -> bool {
        !query.is_empty()
            && self
                .keys
                .iter()
                .any(|key| key == query || (query.chars().count() >= 3 && key.starts_with(query)))
    }
}

impl Lueur {
    pub fn contacts_view(&self, filter: &ContactFilter) -> Result<ContactsView> {
        let fallbacks = crate::l10n::fallback_count();
        let locale = self.locale();
        // Places, kinds and languages are typed in any of the full locales or the
        // reader's own: those are read (only here, and once), not all twenty-four.
        let locales = self.filter_locales()?;
        let contacts = self.content.contacts(&locale)?;
        let cities = self.content.with_db(|db| {
            let mut stmt = db.prepare_cached(
                "SELECT contact_id, city FROM contact_texts WHERE city IS NOT NULL",
            )?;
            let rows = stmt.query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })?;
            let mut cities: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for row in rows {
                let (id, city) = row?;
                cities.entry(id).or_default().push(city);
            }
            Ok(cities)
        })?;
        let l10n = self.l10n();

        let city = non_blank(&filter.city)
            .map(fold_key)
            .filter(|k| !k.is_empty());
        let kind = non_blank(&filter.kind).map(fold_key);
        let language = non_blank(&filter.language).map(language_key);

        let mut matched = Vec::new();
        let mut nationwide = Vec::new();
        let mut unlisted_languages = 0usize;
        for contact in &contacts {
            if let Some(kind) = &kind
                && !kind_matches(&l10n, &locales, &contact.kind, kind)
            {
                continue;
            }
            if let Some(language) = &language
                && !language_matches(&l10n, &locales, &contact.languages, language)
            {
                if contact.languages.is_empty() {
                    unlisted_languages += 1;
                }
                continue;
            }
            let item = || contact_item(&l10n, contact);
            match &city {
                None => matched.push(item()),
                Some(city) => {
                    let keys = place_keys(
                        &l10n,
                        &locales,
                        contact,
                        cities.get(&contact.id).map(Vec::as_slice).unwrap_or(&[]),
                    );
                    if keys.matches(city) {
                        matched.push(item());
                    } else if is_nationwide(contact) {
                        nationwide.push(item());
                    }
                }
            }
        }

        let mut notes = Vec::new();
        if unlisted_languages > 0 {
            notes.push(l10n.text(
                "contacts-languages-not-listed",
                &[("count", FluentValue::from(unlisted_languages))],
            ));
        }
        let empty_message = matched.is_empty().then(|| {
            if city.is_some() && !nationwide.is_empty() {
                l10n.text("contacts-empty-place", &[])
            } else {
                l10n.text("contacts-empty", &[])
            }
        });
        let filtered_by = describe_filter(&l10n, &locales, filter, &contacts);
        let options = filter_options(&l10n, &locales, &contacts, filter);
        Ok(ContactsView {
            title: l10n.text("contacts-title", &[]),
            intro: l10n.text("contacts-intro", &[]),
            filtered_by,
            contacts: matched,
            nationwide_title: city
                .is_some()
                .then(|| l10n.text("contacts-nationwide", &[])),
            nationwide,
            empty_message,
            notes,
            options,
            screen_language: l10n.screen(fallbacks),
        })
    }

    /// One contact in the current language; an unknown id is `Error::NotFound`.
    pub fn contact_view(&self, id: &str) -> Result<ContactDetailView> {
        let fallbacks = crate::l10n::fallback_count();
        let locale = self.locale();
        let contact = self
            .content
            .contact(&locale, id)?
            .ok_or_else(|| Error::not_found("contact", id))?;
        let l10n = self.l10n();
        let mut actions = Vec::new();
        for phone in &contact.phones {
            let number = FluentValue::from(phone.display.as_str());
            actions.push(ActionItem::new(
                &l10n,
                l10n.text("action-call", &[("number", number.clone())]),
                Action::Call {
                    number: phone.number.clone(),
                },
            ));
            if phone.sms {
                actions.push(ActionItem::new(
                    &l10n,
                    l10n.text("action-sms", &[("number", number)]),
                    Action::Sms {
                        number: phone.number.clone(),
                    },
                ));
            }
        }
        for address in &contact.emails {
            actions.push(ActionItem::new(
                &l10n,
                l10n.text(
                    "action-email",
                    &[("address", FluentValue::from(address.as_str()))],
                ),
                Action::Email {
                    address: address.clone(),
                },
            ));
        }
        for url in &contact.websites {
            actions.push(website_action(&l10n, url));
        }
        let address = contact.address.as_ref().map(|a| {
            let city_line = format!("{} {}", a.postal_code, a.city).trim().to_string();
            actions.push(ActionItem::new(
                &l10n,
                l10n.text("action-map", &[]),
                Action::Map {
                    query: format!(
                        "{}, {}, {}",
                        a.street,
                        city_line,
                        l10n.text("contact-country", &[])
                    ),
                },
            ));
            AddressView {
                title: l10n.text("contact-address", &[]),
                lines: vec![a.street.clone(), city_line],
                region: region_label(&l10n, &a.region),
            }
        });
        let languages_listed = !contact.languages.is_empty();
        let languages = if languages_listed {
            let names: Vec<String> = contact
                .languages
                .iter()
                .map(|code| language_name(&l10n, l10n.locale(), code))
                .collect();
            l10n.text(
                "contact-languages",
                &[("languages", FluentValue::from(names.join(", ")))],
            )
        } else {
            l10n.text("contact-languages-not-listed", &[])
        };
        let serves = (!contact.regions.is_empty()).then(|| {
            let names: Vec<String> = contact
                .regions
                .iter()
                .map(|r| region_label(&l10n, r))
                .collect();
            l10n.text(
                "contact-serves",
                &[("regions", FluentValue::from(names.join(", ")))],
            )
        });
        let privacy_note =
            (!contact.phones.is_empty()).then(|| l10n.text("contact-call-note", &[]));
        Ok(ContactDetailView {
            kind_label: kind_label(&l10n, &contact.kind),
            for_minors: contact
                .for_minors
                .then(|| l10n.text("contact-for-minors", &[])),
            id: contact.id,
            name: contact.name,
            kind: contact.kind,
            description: contact.description,
            address,
            languages,
            languages_listed,
            serves,
            actions,
            privacy_note,
            screen_language: l10n.screen(fallbacks),
        })
    }
}

fn contact_item(l10n: &Localizer, contact: &Contact) -> ContactItem {
    let primary_action = match (contact.phones.first(), contact.websites.first()) {
        (Some(phone), _) => Some(ActionItem::new(
            l10n,
            l10n.text(
                "action-call",
                &[("number", FluentValue::from(phone.display.as_str()))],
            ),
            Action::Call {
                number: phone.number.clone(),
            },
        )),
        (None, Some(url)) => Some(website_action(l10n, url)),
        (None, None) => None,
    };
    ContactItem {
        id: contact.id.clone(),
        name: contact.name.clone(),
        kind: contact.kind.clone(),
        kind_label: kind_label(l10n, &contact.kind),
        place: contact.address.as_ref().map(|a| {
            if a.city.is_empty() {
                region_label(l10n, &a.region)
            } else {
                format!("{} ({})", a.city, region_label(l10n, &a.region))
            }
        }),
        description: contact.description.clone(),
        for_minors: contact
            .for_minors
            .then(|| l10n.text("contact-for-minors", &[])),
        primary_action,
        destination: Destination::Contact {
            id: contact.id.clone(),
        },
    }
}

fn website_action(l10n: &Localizer, url: &str) -> ActionItem {
    let site = url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/');
    ActionItem::new(
        l10n,
        l10n.text("action-website", &[("site", FluentValue::from(site))]),
        Action::Website {
            url: url.to_string(),
        },
    )
}

/// A service with no address (or that says it serves all of Belgium) can be reached
/// from anywhere.
fn is_nationwide(contact: &Contact) -> bool {
    contact.regions.iter().any(|r| r == WHOLE_COUNTRY)
        || (contact.address.is_none() && contact.regions.is_empty())
}

impl Lueur {
    /// The full locales and the current one, each ensured in the localiser.
    fn filter_locales(&self) -> Result<Vec<String>> {
        let current = self.locale();
        let mut locales: Vec<String> = self
            .content
            .packs()?
            .into_iter()
            .filter(|p| p.full || p.code == current)
            .map(|p| p.code)
            .collect();
        if locales.is_empty() {
            locales = self.available_locales();
        }
        let mut l10n = self.l10n_mut();
        for locale in &locales {
            l10n.ensure(&self.content, locale)?;
        }
        Ok(locales)
    }
}

fn place_keys(
    l10n: &Localizer,
    locales: &[String],
    contact: &Contact,
    city_names: &[String],
) -> PlaceKeys {
    let mut keys: Vec<String> = city_names.iter().map(|c| fold_key(c)).collect();
    let mut regions: Vec<&str> = contact.regions.iter().map(String::as_str).collect();
    if let Some(address) = &contact.address {
        keys.push(fold_key(&address.postal_code));
        regions.push(&address.region);
    }
    for region in regions {
        keys.push(fold_key(region));
        for locale in locales {
            if let Some(name) = l10n.format_in(locale, &format!("region-{region}"), &[]) {
                keys.push(fold_key(&name));
            }
        }
    }
    keys.retain(|k| !k.is_empty());
    PlaceKeys { keys }
}

fn kind_matches(l10n: &Localizer, locales: &[String], kind: &str, wanted: &str) -> bool {
    fold_key(kind) == wanted
        || locales.iter().any(|locale| {
            l10n.format_in(locale, &format!("contact-kind-{kind}"), &[])
                .is_some_and(|name| fold_key(&name) == wanted)
        })
}

/// `fr-BE`, `FR`, `fr_be` → `fr`; anything else is kept as a folded name.
fn language_key(input: &str) -> String {
    let key = fold_key(input);
    match key.split(' ').collect::<Vec<_>>().as_slice() {
        [primary, region] if primary.len() <= 3 && region.len() <= 3 => primary.to_string(),
        _ => key,
    }
}

fn language_matches(l10n: &Localizer, locales: &[String], spoken: &[String], wanted: &str) -> bool {
    spoken.iter().any(|code| {
        fold_key(code) == wanted
            || locales
                .iter()
                .any(|locale| fold_key(&language_name(l10n, locale, code)) == wanted)
    })
}

fn language_name(l10n: &Localizer, locale: &str, code: &str) -> String {
    l10n.format_in(
        locale,
        "language-name",
        &[("code", FluentValue::from(code))],
    )
    .unwrap_or_else(|| code.to_string())
}

fn kind_label(l10n: &Localizer, kind: &str) -> String {
    l10n.text(&format!("contact-kind-{kind}"), &[])
}

fn region_label(l10n: &Localizer, region: &str) -> String {
    l10n.text(&format!("region-{region}"), &[])
}

fn non_blank(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn describe_filter(
    l10n: &Localizer,
    locales: &[String],
    filter: &ContactFilter,
    contacts: &[Contact],
) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(city) = non_blank(&filter.city) {
        parts.push(city.to_string());
    }
    if let Some(kind) = non_blank(&filter.kind) {
        let wanted = fold_key(kind);
        let known = contacts
            .iter()
            .map(|c| c.kind.as_str())
            .find(|k| kind_matches(l10n, locales, k, &wanted));
        parts.push(known.map_or_else(|| kind.to_string(), |k| kind_label(l10n, k)));
    }
    if let Some(language) = non_blank(&filter.language) {
        let wanted = language_key(language);
        let known = locales
            .iter()
            .chain(contacts.iter().flat_map(|c| c.languages.iter()))
            .find(|code| language_matches(l10n, locales, std::slice::from_ref(*code), &wanted));
        parts.push(known.map_or_else(
            || language.to_string(),
            |code| language_name(l10n, l10n.locale(), code),
        ));
    }
    (!parts.is_empty()).then(|| {
        l10n.text(
            "contacts-filtered-by",
            &[("filters", FluentValue::from(parts.join(", ")))],
        )
    })
}

fn filter_options(
    l10n: &Localizer,
    locales: &[String],
    contacts: &[Contact],
    filter: &ContactFilter,
) -> FilterOptions {
    let city = non_blank(&filter.city).map(fold_key);
    let kind = non_blank(&filter.kind).map(fold_key);
    let language = non_blank(&filter.language).map(language_key);
    let mut places: Vec<FilterOption> = Vec::new();
    let mut push_place = |value: String, label: String| {
        if !places.iter().any(|p| p.value == value) {
            let selected = city
                .as_deref()
                .is_some_and(|c| c == fold_key(&value) || c == fold_key(&label));
            places.push(FilterOption {
                value,
                label,
                selected,
            });
        }
    };
    for contact in contacts {
        if let Some(address) = &contact.address
            && !address.city.is_empty()
        {
            push_place(address.city.clone(), address.city.clone());
        }
    }
    let mut regions: Vec<&str> = contacts
        .iter()
        .filter_map(|c| c.address.as_ref().map(|a| a.region.as_str()))
        .chain(
            contacts
                .iter()
                .flat_map(|c| c.regions.iter().map(String::as_str)),
        )
        .filter(|r| *r != WHOLE_COUNTRY)
        .collect();
    regions.sort_unstable();
    regions.dedup();
    for region in regions {
        push_place(region.to_string(), region_label(l10n, region));
    }
    let mut kinds: Vec<FilterOption> = Vec::new();
    for contact in contacts {
        if !kinds.iter().any(|k| k.value == contact.kind) {
            kinds.push(FilterOption {
                value: contact.kind.clone(),
                label: kind_label(l10n, &contact.kind),
                selected: kind
                    .as_deref()
                    .is_some_and(|k| kind_matches(l10n, locales, &contact.kind, k)),
            });
        }
    }
    let mut spoken: Vec<&String> = contacts.iter().flat_map(|c| c.languages.iter()).collect();
    spoken.sort_unstable();
    spoken.dedup();
    let languages = spoken
        .into_iter()
        .map(|code| FilterOption {
            value: code.clone(),
            label: language_name(l10n, l10n.locale(), code),
            selected: language
                .as_deref()
                .is_some_and(|l| language_matches(l10n, locales, std::slice::from_ref(code), l)),
        })
        .collect();
    FilterOptions {
        city_label: l10n.text("contacts-filter-city", &[]),
        places,
        kind_label: l10n.text("contacts-filter-kind", &[]),
        kinds,
        language_label: l10n.text("contacts-filter-language", &[]),
        languages,
    }
}
