//! Localisation: negotiates the reader's language against the bundled locales and
//! formats Fluent messages. Every string a screen shows passes through here.

use crate::content::{ContentError, ContentStore};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use lueur_contract::FALLBACK_LOCALE;
use std::collections::HashMap;
use std::collections::VecDeque;
use std::sync::Mutex;
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

/// The file with the texts every screen needs (home, navigation, errors).
const APP_FILE: &str = "app.ftl";

/// The Fluent bundles of every bundled locale, and the current one. Nothing is
/// parsed before it is needed: a locale's files are added to its bundle one at a
/// time, `app.ftl` first and then the smallest, until the message asked for is found
/// (and all of them when a message refers to one not loaded yet). The home screen
/// thus costs one small file instead of every text of every language, which keeps
/// opening fast.
pub struct Localizer {
    bundles: HashMap<String, LazyBundle>,
    locale: String,
}

struct LazyBundle {
    code: String,
    state: Mutex<BundleState>,
}

struct BundleState {
    bundle: Option<FluentBundle<FluentResource>>,
    /// Files not added yet, the next one first.
    pending: VecDeque<(String, String)>,
    /// Why this locale cannot be used (a bad tag, a file that does not parse).
    broken: Option<String>,
}

impl BundleState {
    /// Adds the next pending file; `Ok(false)` when every file is in.
    fn add_next(&mut self, code: &str) -> Result<bool, String> {
        if let Some(reason) = &self.broken {
            return Err(reason.clone());
        }
        let result = self.try_add_next(code);
        if let Err(reason) = &result {
            self.broken = Some(reason.clone());
        }
        result
    }

    fn try_add_next(&mut self, code: &str) -> Result<bool, String> {
        if self.bundle.is_none() {
            let id: LanguageIdentifier = code
                .parse()
                .map_err(|_| format!("locale `{code}` is not a language tag"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks would show as stray characters in terminals and some
            // Android fonts; the strings are not mixed with right-to-left text.
            bundle.set_use_isolating(false);
            self.bundle = Some(bundle);
        }
        let Some((name, source)) = self.pending.pop_front() else {
            return Ok(false);
        };
        let resource = FluentResource::try_new(source)
            .map_err(|_| format!("Fluent file {code}/{name} does not parse"))?;
        if let Some(bundle) = self.bundle.as_mut() {
            bundle
                .add_resource(resource)
                .map_err(|_| format!("Fluent file {code}/{name} redefines a message"))?;
        }
        Ok(true)
    }
}

impl LazyBundle {
    /// Runs `find` on the bundle, adding files while it answers `None`. `find` is told
    /// whether every file is in, so it can ask for more when a message refers to
    /// another one not loaded yet.
    fn find<T>(
        &self,
        mut find: impl FnMut(&FluentBundle<FluentResource>, bool) -> Option<T>,
    ) -> Result<Option<T>, ContentError> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            let complete = state.pending.is_empty();
            if let Some(bundle) = &state.bundle
                && let Some(found) = find(bundle, complete)
            {
                return Ok(Some(found));
            }
            if !state.add_next(&self.code).map_err(ContentError::Corrupt)? {
                return Ok(None);
            }
        }
    }
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
            .map(|(code, mut files)| {
                // `app.ftl` holds what every screen shows, so it goes first; then the
                // smallest files, so a message found early costs little parsing.
                // (Sorted here: an ORDER BY on the text length cost more than all
                // the parsing it saves.)
                files.sort_by_key(|(name, source)| (name != APP_FILE, source.len()));
                let bundle = LazyBundle {
                    code: code.clone(),
                    state: Mutex::new(BundleState {
                        bundle: None,
                        pending: files.into(),
                        broken: None,
                    }),
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
        // The language of the first screen must at least start to parse; a broken
        // file found later shows as a fallback text, never as a panic.
        localizer.check(&localizer.locale)?;
        Ok(localizer)
    }

    /// Whether `locale` is bundled and its first file parses.
    fn check(&self, locale: &str) -> Result<(), ContentError> {
        self.bundles
            .get(locale)
            .ok_or_else(|| ContentError::Corrupt(format!("locale `{locale}` is not bundled")))?
            .find(|_, _| Some(()))
            .map(|_| ())
    }

    fn find_in<T>(
        &self,
        locale: &str,
        find: impl FnMut(&FluentBundle<FluentResource>, bool) -> Option<T>,
    ) -> Option<T> {
        self.bundles.get(locale)?.find(find).ok().flatten()
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Switches the current locale; returns false (and changes nothing) for a locale
    /// that is not bundled or whose messages cannot be read.
    pub fn set_locale(&mut self, locale: &str) -> bool {
        if self.check(locale).is_ok() {
            self.locale = locale.to_string();
            true
        } else {
            false
        }
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.find_in(&self.locale, |bundle, _| {
            bundle.has_message(id).then_some(())
        })
        .is_some()
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
                let fluent_args = to_args(args);
                self.find_in(locale, |bundle, complete| {
                    let pattern = bundle.get_message(id)?.get_attribute(attribute)?.value();
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
                    // A reference to a message in a file not loaded yet is an error:
                    // answer nothing so more files are loaded, unless all are in.
                    (errors.is_empty() || complete).then(|| text.into_owned())
                })
            })
            .unwrap_or_else(|| format!("{id}.{attribute}"))
    }

    pub(crate) fn format_in(
        &self,
        locale: &str,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<String> {
        let fluent_args = to_args(args);
        self.find_in(locale, |bundle, complete| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            (errors.is_empty() || complete).then(|| text.into_owned())
        })
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
    fn files_are_parsed_only_when_a_message_needs_them() {
        let content = ContentStore::open_embedded().expect("content");
        let l10n = Localizer::load(&content, "fr").expect("bundles");
        let pending = |code: &str| {
            l10n.bundles[code]
                .state
                .lock()
                .map(|s| s.pending.len())
                .unwrap_or(0)
        };
        let files = content.fluent_resources("nl").expect("files").len();
        assert_eq!(pending("nl"), files, "nothing of Dutch is parsed at start");
        assert!(pending("fr") < files);
        assert_eq!(
            l10n.format_in("nl", "contact-kind-police", &[]).as_deref(),
            Some("Politie")
        );
        assert!(pending("nl") < files && pending("de") == files);
        // A message that exists nowhere loads every file, then falls back to its id.
        assert_eq!(l10n.format_in("nl", "no-such-message", &[]), None);
        assert_eq!(pending("nl"), 0);
        assert_eq!(l10n.format_in("xx", "contact-kind-police", &[]), None);
        assert!(l10n.has_message("home-title"));
        assert_eq!(l10n.attribute("home-title", "none", &[]), "home-title.none");
    }
}
