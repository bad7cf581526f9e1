//! Localisation: negotiates the reader's language against the bundled locales and
//! formats Fluent messages. Every string a screen shows passes through here, so
//! this is also where a message missing in a pack falls back to English (counted,
//! so the screen can say so), and where numbers and addresses in right-to-left
//! text are isolated so they read the right way.

use crate::content::{ContentError, ContentStore, Direction, Pack};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use lueur_contract::FALLBACK_LOCALE;
use std::cell::Cell;
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

/// [`negotiate`] against the bundled content, after [`resolve_aliases`].
pub fn negotiate_for(content: &ContentStore, preferred: &[String]) -> String {
    let packs = content.packs_with_aliases().unwrap_or_default();
    negotiate(&resolve_aliases(preferred, &packs), &content.info().locales)
}

/// The tags a phone reports, with each one a pack answers under another name
/// replaced by that pack's tag (`fa-AF` → `prs`, `zh-CN` → `zh-Hans`); `xx-*` in
/// `packs.toml` covers every region and script of `xx`. The others are kept, in
/// order, for [`negotiate`].
pub fn resolve_aliases(preferred: &[String], packs: &[Pack]) -> Vec<String> {
    preferred
        .iter()
        .map(|tag| {
            let lower = tag.replace('_', "-").to_ascii_lowercase();
            packs
                .iter()
                .find(|pack| {
                    pack.aliases.iter().any(|alias| {
                        let alias = alias.to_ascii_lowercase();
                        match alias.strip_suffix("-*") {
                            Some(prefix) => {
                                lower == prefix || lower.starts_with(&format!("{prefix}-"))
                            }
                            None => lower == alias,
                        }
                    })
                })
                .map_or_else(|| tag.clone(), |pack| pack.code.clone())
        })
        .collect()
}

thread_local! {
    /// Messages formatted in the fallback language because the current one lacks
    /// them, on this thread. A view reads it before and after building itself.
    static FALLBACKS: Cell<u64> = const { Cell::new(0) };
}

/// How many messages fell back to English on this thread so far: a view compares
/// the count before and after building to know whether it shows any.
pub fn fallback_count() -> u64 {
    FALLBACKS.with(Cell::get)
}

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Wraps every number, phone number, web or e-mail address of `text` in FSI … PDI,
/// so that inside right-to-left text `078 055 800` keeps its groups in order and
/// `www.payoke.be` reads as one left-to-right piece. A phone number's groups are one
/// run: isolated one by one, the bidi algorithm would lay them out right to left.
pub fn isolate_ltr_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let is_token = |c: char| c.is_ascii_alphanumeric() || "._-@:/?=&#%+".contains(c);
    let is_gap = |c: char| matches!(c, ' ' | '\u{A0}' | '\u{202F}');
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == FSI {
            // Already isolated: copy through the matching PDI.
            while i < chars.len() {
                out.push(chars[i]);
                i += 1;
                if chars[i - 1] == PDI {
                    break;
                }
            }
            continue;
        }
        if !is_token(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_token(chars[i]) {
            i += 1;
        }
        let token: String = chars[start..i].iter().collect();
        let numeric = token.chars().any(|c| c.is_ascii_digit());
        let address = token.contains("://")
            || (token.contains('@') && token.contains('.'))
            || (token.contains('.')
                && token
                    .trim_end_matches(['.', ':'])
                    .rsplit('.')
                    .next()
                    .is_some_and(|tld| {
                        (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase())
                    }));
        if !numeric && !address {
            out.push_str(&token);
            continue;
        }
        let mut end = i;
        // A phone number's groups: digits, a gap, digits.
        if numeric {
            while end + 1 < chars.len() && is_gap(chars[end]) && chars[end + 1].is_ascii_digit() {
                let mut next = end + 1;
                while next < chars.len() && is_token(chars[next]) {
                    next += 1;
                }
                end = next;
            }
        }
        // Sentence punctuation after the run stays outside it.
        let mut trimmed = end;
        while trimmed > start && matches!(chars[trimmed - 1], '.' | ':' | ',' | '?') {
            trimmed -= 1;
        }
        out.push(FSI);
        out.extend(&chars[start..trimmed]);
        out.push(PDI);
        out.extend(&chars[trimmed..end]);
        i = end;
    }
    out
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
    /// Only the locales asked for so far (the negotiated one and English at start):
    /// opening costs the same with four languages bundled or twenty-four.
    bundles: HashMap<String, LazyBundle>,
    locale: String,
    /// Every bundled locale, and which are written right to left.
    available: Vec<String>,
    rtl: std::collections::HashSet<String>,
}

struct LazyBundle {
    code: String,
    state: Mutex<BundleState>,
}

struct BundleState {
    bundle: Option<FluentBundle<FluentResource>>,
    /// Files not added yet (deflated), the next one first.
    pending: VecDeque<(String, Vec<u8>)>,
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
        let Some((name, packed)) = self.pending.pop_front() else {
            return Ok(false);
        };
        let source = lueur_contract::unpack_text(&packed)
            .map_err(|e| format!("Fluent file {code}/{name}: {e}"))?;
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
        let available = content.info().locales.clone();
        let locale = if available.iter().any(|l| l == locale) {
            locale.to_string()
        } else {
            FALLBACK_LOCALE.to_string()
        };
        // A database without the packs table cannot be opened (schema version), so
        // an error here is a damaged image.
        let rtl = content.rtl_locales()?.into_iter().collect();
        let mut localizer = Localizer {
            bundles: HashMap::new(),
            locale,
            available,
            rtl,
        };
        localizer.ensure(content, FALLBACK_LOCALE)?;
        let first = localizer.locale.clone();
        localizer.ensure(content, &first)?;
        // The language of the first screen must at least start to parse; a broken
        // file found later shows as a fallback text, never as a panic.
        localizer.check(&localizer.locale)?;
        Ok(localizer)
    }

    /// Reads `locale`'s files (still deflated) if they are not yet: each language
    /// costs something only once someone asks for it.
    pub fn ensure(&mut self, content: &ContentStore, locale: &str) -> Result<(), ContentError> {
        if self.bundles.contains_key(locale) || !self.available.iter().any(|l| l == locale) {
            return Ok(());
        }
        let mut files = content.packed_fluent_resources(locale)?;
        // `app.ftl` holds what every screen shows, so it goes first; then the
        // smallest files, so a message found early costs little parsing.
        // (The compiler stores `app.ftl` with the other first-screen files.)
        files.sort_by_key(|(name, source)| (!name.starts_with(APP_FILE), source.len()));
        self.bundles.insert(
            locale.to_string(),
            LazyBundle {
                code: locale.to_string(),
                state: Mutex::new(BundleState {
                    bundle: None,
                    pending: files.into(),
                    broken: None,
                }),
            },
        );
        Ok(())
    }

    /// The direction `locale` is written in.
    pub fn direction_of(&self, locale: &str) -> Direction {
        if self.rtl.contains(locale) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    /// The direction of the current locale.
    pub fn direction(&self) -> Direction {
        self.direction_of(&self.locale)
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
    pub fn set_locale(&mut self, content: &ContentStore, locale: &str) -> bool {
        if self.ensure(content, locale).is_ok() && self.check(locale).is_ok() {
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
        self.text_in(&self.locale, id, args)
    }

    /// Formats `id` in `locale` (bundled and ensured), falling back like [`text`]:
    /// for the helper card, which shows two languages at once.
    pub fn text_in(&self, locale: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.format_in(locale, id, args)
            .map(|text| self.isolated(locale, text))
            .or_else(|| {
                let text = self.format_in(FALLBACK_LOCALE, id, args)?;
                if locale != FALLBACK_LOCALE {
                    FALLBACKS.with(|c| c.set(c.get() + 1));
                }
                Some(text)
            })
            .unwrap_or_else(|| id.to_string())
    }

    fn isolated(&self, locale: &str, text: String) -> String {
        if self.rtl.contains(locale) {
            isolate_ltr_runs(&text)
        } else {
            text
        }
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
                .map(|text| self.isolated(locale, text))
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
    fn aliases_reach_the_packs() {
        let content = ContentStore::open_embedded().expect("content");
        for (asked, got) in [
            ("fa-AF", "prs"),
            ("fa", "prs"),
            ("zh-CN", "zh-Hans"),
            ("zh", "zh-Hans"),
            ("pt-PT", "pt-BR"),
            ("pt", "pt-BR"),
            ("pt-BR", "pt-BR"),
            ("ar-MA", "ar"),
            ("ro-RO", "ro"),
            ("fil-PH", "tl"),
            ("ja", "en"),
        ] {
            assert_eq!(
                negotiate_for(&content, &[asked.to_string()]),
                got,
                "{asked}"
            );
        }
    }

    #[test]
    fn isolation_keeps_numbers_and_addresses_whole() {
        let isolated = isolate_ltr_runs("اتصل بـ 078 055 800 أو www.payoke.be.");
        assert_eq!(
            isolated,
            "اتصل بـ \u{2068}078 055 800\u{2069} أو \u{2068}www.payoke.be\u{2069}."
        );
        assert_eq!(isolate_ltr_runs("Lueur"), "Lueur");
        assert_eq!(
            isolate_ltr_runs(&isolated),
            isolated,
            "isolating twice changes nothing"
        );
    }

    proptest::proptest! {
        #[test]
        fn isolation_only_adds_marks(text in "\\PC{0,40}") {
            let out = isolate_ltr_runs(&text);
            let stripped: String = out.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect();
            let original: String = text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect();
            proptest::prop_assert_eq!(stripped, original);
        }
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
        assert!(l10n.set_locale(&content, "nl"));
        assert!(!l10n.set_locale(&content, "xx"));
        assert_eq!(l10n.locale(), "nl");
        assert_eq!(l10n.text("no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn files_are_parsed_only_when_a_message_needs_them() {
        let content = ContentStore::open_embedded().expect("content");
        let mut l10n = Localizer::load(&content, "fr").expect("bundles");
        assert!(
            !l10n.bundles.contains_key("nl"),
            "nothing of Dutch is read at start"
        );
        assert!(!l10n.bundles.contains_key("ar"));
        l10n.ensure(&content, "nl").expect("nl");
        l10n.ensure(&content, "de").expect("de");
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
