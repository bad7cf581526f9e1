//! The language packs: `packs.toml` (completeness, review state, aliases) and
//! `languages.toml` (names, script, direction, generated from CLDR), and the rules an
//! essentials pack must follow so that a translation cannot change a fact: the same
//! placeables as English, the same numbers, the same addresses, Latin digits only.
//! Phone numbers in every locale are checked against the contacts by `phones`.

use crate::check::MessageTable;
use crate::diag::Diagnostics;
use crate::model::{Content, SourceFile};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use lueur_contract::FALLBACK_LOCALE;
use std::collections::{BTreeMap, BTreeSet};

pub const COMPLETENESS: &[&str] = &["full", "essentials"];
pub const REVIEW: &[&str] = &["original", "done", "pending"];
pub const DIRECTIONS: &[&str] = &["ltr", "rtl"];

pub fn check(content: &Content, messages: &MessageTable, diags: &mut Diagnostics) {
    check_registry(content, diags);
    let Some(reference) = reference_parts(content) else {
        return;
    };
    let _ = messages;
    for locale in content.locales.iter().filter(|l| content.is_essentials(l)) {
        for ftl in content.ftl.iter().filter(|f| &f.locale == locale) {
            let name = ftl.file.rel.rsplit('/').next().unwrap_or_default();
            let Some(english) = reference.get(name) else {
                continue;
            };
            check_pack_file(&ftl.file, english, diags);
        }
        check_pack_articles(content, locale, diags);
    }
}

fn check_registry(content: &Content, diags: &mut Diagnostics) {
    // Without packs.toml every locale is held to the full rules (the test fixtures,
    // a content folder with the four languages only).
    let Some((file, packs)) = &content.packs else {
        return;
    };
    let languages = content.languages.as_ref().map(|(_, l)| &l.language);
    let mut seen = BTreeSet::new();
    let mut alias_owner: BTreeMap<String, String> = BTreeMap::new();
    for pack in &packs.pack {
        let tag = pack.tag.get_ref();
        let line = file.line(pack.tag.span().start);
        if !seen.insert(tag.clone()) {
            diags.push(&file.rel, line, format!("pack `{tag}` is listed twice"));
        }
        if !content.locales.contains(tag) {
            diags.push(
                &file.rel,
                line,
                format!("pack `{tag}` has no folder locales/{tag}/"),
            );
        }
        for (field, value, allowed) in [
            ("completeness", &pack.completeness, COMPLETENESS),
            ("review", &pack.review, REVIEW),
        ] {
            if !allowed.contains(&value.get_ref().as_str()) {
                diags.push(
                    &file.rel,
                    file.line(value.span().start),
                    format!(
                        "{field} must be one of {}, not `{}`",
                        allowed.join(", "),
                        value.get_ref()
                    ),
                );
            }
        }
        if tag == FALLBACK_LOCALE && pack.completeness.get_ref() != "full" {
            diags.push(
                &file.rel,
                line,
                format!("`{tag}` is the language every other falls back to: it must be full"),
            );
        }
        for alias in &pack.aliases {
            let text = alias.get_ref();
            let bare = text.strip_suffix("-*").unwrap_or(text);
            let alias_line = file.line(alias.span().start);
            if bare.parse::<unic_langid::LanguageIdentifier>().is_err() {
                diags.push(
                    &file.rel,
                    alias_line,
                    format!("alias `{text}` is not a language tag"),
                );
            }
            if let Some(owner) = alias_owner.insert(text.to_ascii_lowercase(), tag.clone()) {
                diags.push(
                    &file.rel,
                    alias_line,
                    format!("alias `{text}` is claimed by both `{owner}` and `{tag}`"),
                );
            }
        }
        if let Some(languages) = languages {
            match languages.get(tag) {
                None => diags.push(
                    &file.rel,
                    line,
                    format!("`{tag}` has no entry in languages.toml: run scripts/gen-languages.py"),
                ),
                Some(def) => {
                    if !DIRECTIONS.contains(&def.direction.as_str()) {
                        diags.push(
                            "languages.toml",
                            1,
                            format!("direction of `{tag}` must be ltr or rtl"),
                        );
                    }
                    for helper in ["fr", "nl", "de", "en"] {
                        if !def.names.contains_key(helper) {
                            diags.push(
                                "languages.toml",
                                1,
                                format!("`{tag}` has no name in {helper}"),
                            );
                        }
                    }
                }
            }
        }
    }
    if content.languages.is_none() && !content.files.iter().any(|f| f.rel == "languages.toml") {
        diags.push(
            "languages.toml",
            1,
            "languages.toml is missing: run scripts/gen-languages.py",
        );
    }
    for locale in &content.locales {
        if !seen.contains(locale) {
            diags.push(
                &file.rel,
                1,
                format!(
                    "locale `{locale}` is not in packs.toml: add its completeness and review state"
                ),
            );
        }
    }
    for article in &packs.essential_articles {
        if !content.article_dirs.contains_key(article.get_ref()) {
            diags.push(
                &file.rel,
                file.line(article.span().start),
                format!("reference to a missing article `{}`", article.get_ref()),
            );
        }
    }
}

/// What a translation must keep from the English text of one message or attribute.
#[derive(Debug, Default, PartialEq, Eq)]
struct Kept {
    variables: BTreeSet<String>,
    terms: BTreeSet<String>,
    messages: BTreeSet<String>,
    numbers: BTreeSet<String>,
    addresses: BTreeSet<String>,
    /// Digits that are not 0–9 (Arabic-Indic, Devanagari, Thai ...): a phone cannot
    /// dial them and a reader cannot compare them with the contacts screen.
    other_digits: BTreeSet<char>,
}

/// Per file name, per `id` or `id.attribute`: what English keeps.
type Parts = BTreeMap<String, BTreeMap<String, Kept>>;

fn reference_parts(content: &Content) -> Option<Parts> {
    let mut parts = Parts::new();
    for ftl in content.ftl.iter().filter(|f| f.locale == FALLBACK_LOCALE) {
        let name = ftl.file.rel.rsplit('/').next().unwrap_or_default();
        parts.insert(name.to_string(), file_parts(&ftl.file));
    }
    (!parts.is_empty()).then_some(parts)
}

fn file_parts(file: &SourceFile) -> BTreeMap<String, Kept> {
    let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
        Ok(r) => r,
        // Syntax errors are reported by the Fluent check; what parsed is compared.
        Err((r, _)) => r,
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        if let Some(value) = value {
            out.insert(id.clone(), kept(value));
        }
        for attribute in attributes {
            out.insert(
                format!("{id}.{}", attribute.id.name),
                kept(&attribute.value),
            );
        }
    }
    out
}

fn kept(pattern: &Pattern<&str>) -> Kept {
    let mut k = Kept::default();
    let mut text = String::new();
    walk(pattern, &mut k, &mut text);
    scan_text(&text, &mut k);
    k
}

fn scan_text(text: &str, k: &mut Kept) {
    k.numbers.extend(numbers(text));
    k.addresses.extend(addresses(text));
    k.other_digits.extend(
        text.chars()
            .filter(|c| c.is_numeric() && !c.is_ascii_digit()),
    );
}

fn walk(pattern: &Pattern<&str>, k: &mut Kept, text: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                text.push_str(value);
                text.push(' ');
            }
            PatternElement::Placeable { expression } => walk_expression(expression, k, text),
        }
    }
}

fn walk_expression(expression: &Expression<&str>, k: &mut Kept, text: &mut String) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, k, text);
            for variant in variants {
                walk(&variant.value, k, text);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, k, text),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, k: &mut Kept, text: &mut String) {
    match inline {
        InlineExpression::VariableReference { id } => {
            k.variables.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => {
            k.messages.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, .. } => {
            k.terms.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in arguments
                .positional
                .iter()
                .chain(arguments.named.iter().map(|n| &n.value))
            {
                walk_inline(a, k, text);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, k, text),
        // A literal in a placeable is shown as text: `{ "112" }` counts as a number.
        InlineExpression::StringLiteral { value } => {
            text.push_str(value);
            text.push(' ');
        }
        InlineExpression::NumberLiteral { .. } => {}
    }
}

/// The runs of digits 0–9 in `text`.
pub fn numbers(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::to_string)
        .collect()
}

/// Web addresses, e-mail addresses and domain names in `text`, whatever script
/// surrounds them.
pub fn addresses(text: &str) -> BTreeSet<String> {
    const TLDS: &[&str] = &[".be", ".eu", ".org", ".com", ".int", ".net", ".info"];
    text.split(|c: char| {
        !(c.is_ascii_alphanumeric()
            || matches!(
                c,
                '.' | '-' | '_' | '@' | ':' | '/' | '?' | '=' | '&' | '#' | '%'
            ))
    })
    .map(|token| token.trim_end_matches(['.', ':', '/', '?']))
    .filter(|token| {
        token.contains("://")
            || (token.contains('@') && token.contains('.'))
            || TLDS
                .iter()
                .any(|tld| token.to_ascii_lowercase().ends_with(tld) && token.len() > tld.len())
            || token.to_ascii_lowercase().contains(".be/")
    })
    .map(str::to_string)
    .collect()
}

fn describe<T: std::fmt::Display>(set: &BTreeSet<T>) -> String {
    if set.is_empty() {
        "none".to_string()
    } else {
        set.iter()
            .map(|x| format!("`{x}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn check_pack_file(file: &SourceFile, english: &BTreeMap<String, Kept>, diags: &mut Diagnostics) {
    let parts = file_parts(file);
    for (key, got) in &parts {
        let line = definition_line(file, key);
        if !got.other_digits.is_empty() {
            diags.push(
                &file.rel,
                line,
                format!(
                    "`{key}` writes digits {} : write numbers with 0-9, as English does, so they dial and match the contacts",
                    describe(&got.other_digits)
                ),
            );
        }
        let Some(want) = english.get(key) else {
            // A message English does not have is reported by the Fluent check when it
            // is a message; an attribute English lacks is reported here.
            if key.contains('.') {
                diags.push(&file.rel, line, format!("`{key}` is not in English"));
            }
            continue;
        };
        for (what, a, b) in [
            ("placeables", &want.variables, &got.variables),
            ("terms", &want.terms, &got.terms),
            ("message references", &want.messages, &got.messages),
        ] {
            if a != b {
                diags.push(
                    &file.rel,
                    line,
                    format!(
                        "`{key}` has {what} {} but English has {}: keep every {{ … }} exactly as in English",
                        describe(b),
                        describe(a)
                    ),
                );
            }
        }
        if want.numbers != got.numbers {
            diags.push(
                &file.rel,
                line,
                format!(
                    "`{key}` has the numbers {} but English has {}: copy every number digit for digit",
                    describe(&got.numbers),
                    describe(&want.numbers)
                ),
            );
        }
        if want.addresses != got.addresses {
            diags.push(
                &file.rel,
                line,
                format!(
                    "`{key}` has the addresses {} but English has {}: copy web and e-mail addresses unchanged",
                    describe(&got.addresses),
                    describe(&want.addresses)
                ),
            );
        }
    }
    for key in english.keys().filter(|k| k.contains('.')) {
        if !parts.contains_key(key) {
            diags.push(&file.rel, 1, format!("attribute `{key}` is missing"));
        }
    }
}

/// The line of `id = ` or of the attribute's `.name =` after it.
fn definition_line(file: &SourceFile, key: &str) -> usize {
    let (id, attribute) = key.split_once('.').unwrap_or((key, ""));
    let lines: Vec<&str> = file.text.lines().collect();
    let start = lines.iter().position(|l| {
        l.strip_prefix(id)
            .is_some_and(|r| r.trim_start().starts_with('='))
    });
    let Some(start) = start else { return 1 };
    if attribute.is_empty() {
        return start + 1;
    }
    lines[start..]
        .iter()
        .position(|l| {
            l.trim_start()
                .strip_prefix('.')
                .and_then(|r| r.strip_prefix(attribute))
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map_or(start + 1, |i| start + i + 1)
}

/// An essentials article says no number and no address its English article does
/// not, cites the same sources, and writes digits 0–9.
fn check_pack_articles(content: &Content, locale: &str, diags: &mut Diagnostics) {
    let contact_addresses: BTreeSet<String> = content
        .contacts
        .as_ref()
        .map(|(_, c)| {
            c.contact
                .iter()
                .flat_map(|contact| {
                    contact
                        .website
                        .iter()
                        .map(|w| w.get_ref().url.get_ref().clone())
                        .chain(
                            contact
                                .email
                                .iter()
                                .map(|e| e.get_ref().address.get_ref().clone()),
                        )
                })
                .collect()
        })
        .unwrap_or_default();
    for (id, by_locale) in &content.article_dirs {
        let (Some(article), Some(english)) =
            (by_locale.get(locale), by_locale.get(FALLBACK_LOCALE))
        else {
            continue;
        };
        let file = &article.file;
        let mut got = Kept::default();
        scan_text(article.body(), &mut got);
        scan_text(&article.front.title, &mut got);
        scan_text(&article.front.summary, &mut got);
        let mut want = Kept::default();
        scan_text(english.body(), &mut want);
        scan_text(&english.front.title, &mut want);
        scan_text(&english.front.summary, &mut want);
        let line = file.line(article.body_offset);
        let extra: BTreeSet<_> = got.numbers.difference(&want.numbers).cloned().collect();
        if !extra.is_empty() {
            diags.push(
                &file.rel,
                line,
                format!(
                    "article `{id}` in {locale} has numbers English does not: {}",
                    describe(&extra)
                ),
            );
        }
        let unknown: BTreeSet<_> = got
            .addresses
            .iter()
            .filter(|a| {
                !want.addresses.contains(*a)
                    && !contact_addresses.iter().any(|c| c.contains(a.as_str()))
            })
            .cloned()
            .collect();
        if !unknown.is_empty() {
            diags.push(
                &file.rel,
                line,
                format!(
                    "article `{id}` in {locale} has addresses that are neither in English nor in the contacts: {}",
                    describe(&unknown)
                ),
            );
        }
        if !got.other_digits.is_empty() {
            diags.push(
                &file.rel,
                line,
                format!(
                    "article `{id}` in {locale} writes digits {}: write numbers with 0-9",
                    describe(&got.other_digits)
                ),
            );
        }
        let sources = |a: &crate::model::ArticleFile| -> Vec<String> {
            a.front
                .sources
                .iter()
                .map(|s| s.get_ref().clone())
                .collect()
        };
        if sources(article) != sources(english) {
            diags.push(
                &file.rel,
                file.line(article.front_offset),
                format!("article `{id}` in {locale} must cite the English article's sources"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_addresses_in_any_script() {
        assert_eq!(
            addresses("اتصل بـ stoptraite.be، أو info@pag-asa.be أو https://www.payoke.be/x."),
            [
                "https://www.payoke.be/x",
                "info@pag-asa.be",
                "stoptraite.be"
            ]
            .map(String::from)
            .into()
        );
        assert!(addresses("Lueur. Myria, 11 000").is_empty());
    }

    #[test]
    fn numbers_are_runs_of_latin_digits() {
        assert_eq!(
            numbers("078 055 800 ou 112, ٣"),
            ["055", "078", "112", "800"].map(String::from).into()
        );
    }
}
