//! Localisation: negotiates the reader's language against the bundled locales and
//! formats Fluent messages. Every string a screen shows passes through here.

use crate::content::{ContentError, ContentStore};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use lueur_schema::FALLBACK_LOCALE;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use unic_langid::LanguageIdentifier;

/// Picks the best bundled locale for the OS's preferred locales, in order; unknown or
/// malformed tags are skipped, and the fallback is English.
pub fn negotiate(preferred: &[String], available: &[String]) -> String {
    let requested: Vec<LanguageIdentifier> = preferred
        .iter()
        .filter_map(|tag| tag.parse().ok())
        .collect();
    let available_ids: Vec<LanguageIdentifier> = available
        .iter()
        .filter_map(|tag| tag.parse().ok())
        .collect();
    let default: LanguageIdentifier = FALLBACK_LOCALE
        .parse()
        .expect("the fallback locale is a valid tag");
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available_ids,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .map(|id| id.to_string())
        .unwrap_or_else(|| FALLBACK_LOCALE.to_string())
}

/// The Fluent bundles of every bundled locale, and the current one. Only the
/// current locale is parsed at start (it is what the first screen needs); the others
/// are parsed the first time something asks for them, which keeps opening fast.
pub struct Localizer {
    bundles: HashMap<String, LazyBundle>,
    locale: String,
}

/// A locale's Fluent sources until they are first needed, then its parsed bundle (or
/// why it could not be parsed).
struct LazyBundle {
    code: String,
    sources: Mutex<Vec<(String, String)>>,
    parsed: OnceLock<Result<FluentBundle<FluentResource>, String>>,
}

impl LazyBundle {
    fn get(&self) -> Result<&FluentBundle<FluentResource>, ContentError> {
        self.parsed
            .get_or_init(|| {
                let sources =
                    std::mem::take(&mut *self.sources.lock().unwrap_or_else(|p| p.into_inner()));
                parse_bundle(&self.code, sources)
            })
            .as_ref()
            .map_err(|message| ContentError::Corrupt(message.clone()))
    }
}

fn parse_bundle(
    code: &str,
    sources: Vec<(String, String)>,
) -> Result<FluentBundle<FluentResource>, String> {
    let id: LanguageIdentifier = code
        .parse()
        .map_err(|_| format!("locale `{code}` is not a language tag"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would show as stray characters in terminals and some
    // Android fonts; the strings are not mixed with right-to-left text.
    bundle.set_use_isolating(false);
    for (name, source) in sources {
        let resource = FluentResource::try_new(source)
            .map_err(|_| format!("Fluent file {code}/{name} does not parse"))?;
        bundle
            .add_resource(resource)
            .map_err(|_| format!("Fluent file {code}/{name} redefines a message"))?;
    }
    Ok(bundle)
}

impl Localizer {
    pub fn load(content: &ContentStore, locale: &str) -> Result<Self, ContentError> {
        let mut sources: HashMap<String, Vec<(String, String)>> = content
            .info()
            .locales
            .iter()
            .map(|code| (code.clone(), Vec::new()))
            .collect();
        // One statement for every locale: cheaper at start than one per locale.
        content.with_db(|db| {
            let mut statement = db.prepare_cached(
                "SELECT locale, name, source FROM fluent_resources ORDER BY locale, name",
            )?;
            let mut rows = statement.query([])?;
            while let Some(row) = rows.next()? {
                let code: String = row.get(0)?;
                if let Some(files) = sources.get_mut(&code) {
                    files.push((row.get(1)?, row.get(2)?));
                }
            }
            Ok(())
        })?;
        let bundles: HashMap<String, LazyBundle> = sources
            .into_iter()
            .map(|(code, files)| {
                let bundle = LazyBundle {
                    code: code.clone(),
                    sources: Mutex::new(files),
                    parsed: OnceLock::new(),
                };
                (code, bundle)
            })
            .collect();
        let locale = if bundles.contains_key(locale) {
            locale.to_string()
        } else {
            FALLBACK_LOCALE.to_string()
        };
        let localizer = Localizer { bundles, locale };
        // A broken bundle for the language of the first screen fails opening here,
        // with a typed error, rather than showing message ids.
        localizer.bundle_result(&localizer.locale)?;
        Ok(localizer)
    }

    fn bundle_result(&self, locale: &str) -> Result<&FluentBundle<FluentResource>, ContentError> {
        self.bundles
            .get(locale)
            .ok_or_else(|| ContentError::Corrupt(format!("locale `{locale}` is not bundled")))?
            .get()
    }

    fn bundle(&self, locale: &str) -> Option<&FluentBundle<FluentResource>> {
        self.bundle_result(locale).ok()
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Switches the current locale; returns false (and changes nothing) for a locale
    /// that is not bundled or whose messages cannot be read.
    pub fn set_locale(&mut self, locale: &str) -> bool {
        if self.bundle(locale).is_some() {
            self.locale = locale.to_string();
            true
        } else {
            false
        }
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.bundle(&self.locale).is_some_and(|b| b.has_message(id))
    }

    /// Formats message `id` with `args` in the current locale. A message missing here
    /// falls back to English, then to its id, so a screen never shows nothing; the
    /// content check makes both fallbacks unreachable in a release.
    pub fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.format_in(&self.locale, id, args)
            .or_else(|| self.format_in(FALLBACK_LOCALE, id, args))
            .unwrap_or_else(|| id.to_string())
    }

    /// Formats an attribute (`id.attribute`) of a message.
    pub fn attribute(&self, id: &str, attribute: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        [self.locale.as_str(), FALLBACK_LOCALE]
            .iter()
            .find_map(|locale| {
                let bundle = self.bundle(locale)?;
                let pattern = bundle.get_message(id)?.get_attribute(attribute)?.value();
                let fluent_args = to_args(args);
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| format!("{id}.{attribute}"))
    }

    pub(crate) fn format_in(
        &self,
        locale: &str,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<String> {
        let bundle = self.bundle(locale)?;
        let pattern = bundle.get_message(id)?.value()?;
        let fluent_args = to_args(args);
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned(),
        )
    }
}

fn to_args<'a>(args: &[(&'a str, FluentValue<'a>)]) -> Option<FluentArgs<'a>> {
    if args.is_empty() {
        return None;
    }
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    Some(fluent_args)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Vec<String> {
        ["de", "en", "fr", "nl"].map(String::from).to_vec()
    }

    #[test]
    fn negotiation_follows_the_preferred_order() {
        assert_eq!(
            negotiate(&["nl-BE".into(), "fr-BE".into()], &bundled()),
            "nl"
        );
        assert_eq!(negotiate(&["de-BE".into()], &bundled()), "de");
        assert_eq!(
            negotiate(&["ar-MA".into(), "fr-FR".into()], &bundled()),
            "fr"
        );
    }

    #[test]
    fn negotiation_falls_back_to_english() {
        assert_eq!(negotiate(&["ar".into(), "ro".into()], &bundled()), "en");
        assert_eq!(negotiate(&[], &bundled()), "en");
        assert_eq!(negotiate(&["???".into(), "".into()], &bundled()), "en");
    }

    #[test]
    fn formats_bundled_messages_and_switches_locale() {
        let content = ContentStore::open_embedded().expect("content");
        let mut l10n = Localizer::load(&content, "fr").expect("bundles");
        assert_eq!(l10n.text("contact-surya-name", &[]), "Sürya");
        assert!(l10n.set_locale("nl"));
        assert!(!l10n.set_locale("xx"));
        assert_eq!(l10n.locale(), "nl");
        assert_eq!(l10n.text("no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn other_locales_are_parsed_when_first_used() {
        let content = ContentStore::open_embedded().expect("content");
        let l10n = Localizer::load(&content, "fr").expect("bundles");
        let parsed = |code: &str| l10n.bundles[code].parsed.get().is_some();
        assert!(parsed("fr") && !parsed("nl") && !parsed("de"));
        assert_eq!(
            l10n.format_in("nl", "contact-kind-police", &[]).as_deref(),
            Some("Politie")
        );
        assert!(parsed("nl") && !parsed("de"));
        assert_eq!(l10n.format_in("xx", "contact-kind-police", &[]), None);
    }
}
