//! The content rules: everything an editor can get wrong is reported here, with the
//! file and line to fix, before anything is compiled.

use crate::diag::Diagnostics;
use crate::markdown;
use crate::model::{Content, FtlFile, SourceFile};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use lueur_contract::FALLBACK_LOCALE;
use lueur_contract::checklist::{ContactKind, Model, Region};
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;
use toml::value::Datetime;

/// A contact's region may also be the whole country.
pub const NATIONAL: &str = "belgium";
pub const REVIEW_STATES: &[&str] = &["pending", "done"];

/// One Fluent message or term as defined in one locale.
#[derive(Debug, Clone)]
pub struct MessageDef {
    pub rel: String,
    pub line: usize,
    pub variables: BTreeSet<String>,
    pub references: Vec<String>,
}

/// Messages per locale, per id.
pub type MessageTable = BTreeMap<String, BTreeMap<String, MessageDef>>;

/// What the check stage hands to the compiler, so nothing is checked twice.
pub struct Checked {
    pub checklist: Option<Model>,
}

pub fn check(content: &Content, diags: &mut Diagnostics) -> Checked {
    if content.locales.is_empty() {
        diags.push(
            "locales",
            1,
            "no locale found: add a folder locales/<lang>/ with .ftl files",
        );
    }
    let messages = check_fluent(content, diags);
    check_articles(content, diags);
    let source_ids = check_sources(content, diags);
    check_contacts(content, &messages, source_ids.as_ref(), diags);
    let checklist = crate::checklist::check(content, &messages, source_ids.as_ref(), diags);
    crate::deployment::check(content, diags);
    crate::glossary::check(content, diags);
    crate::typography::check(content, diags);
    crate::phones::check_mentions(content, diags);
    crate::readability::check(content, diags);
    crate::packs::check(content, &messages, diags);
    Checked { checklist }
}

/// The locale others are compared with: the fallback locale when present.
pub fn reference_locale(content: &Content) -> Option<&str> {
    content
        .locales
        .iter()
        .find(|l| l.as_str() == FALLBACK_LOCALE)
        .or_else(|| content.locales.first())
        .map(String::as_str)
}

fn check_fluent(content: &Content, diags: &mut Diagnostics) -> MessageTable {
    let mut table: MessageTable = BTreeMap::new();
    for FtlFile { locale, file } in &content.ftl {
        let defs = table.entry(locale.clone()).or_default();
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    diags.push(
                        &file.rel,
                        file.line(error.pos.start),
                        format!("Fluent syntax error: {}", error.kind),
                    );
                }
                resource
            }
        };
        for entry in resource.body {
            let (id, patterns) = match &entry {
                Entry::Message(m) => (
                    m.id.name.to_string(),
                    m.value
                        .iter()
                        .chain(m.attributes.iter().map(|a| &a.value))
                        .collect::<Vec<_>>(),
                ),
                Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    std::iter::once(&t.value)
                        .chain(t.attributes.iter().map(|a| &a.value))
                        .collect(),
                ),
                _ => continue,
            };
            let line = definition_line(file, &id);
            let mut def = MessageDef {
                rel: file.rel.clone(),
                line,
                variables: BTreeSet::new(),
                references: Vec::new(),
            };
            for pattern in patterns {
                walk_pattern(pattern, &mut def);
            }
            if let Some(previous) = defs.get(&id) {
                diags.push(
                    &file.rel,
                    line,
                    format!(
                        "message `{id}` is defined twice in {locale} (first at {}:{})",
                        previous.rel, previous.line
                    ),
                );
            } else {
                defs.insert(id, def);
            }
        }
    }

    let Some(reference) = reference_locale(content) else {
        return table;
    };
    let all_ids: BTreeSet<String> = table
        .values()
        .flat_map(|defs| defs.keys().cloned())
        .collect();
    for locale in &content.locales {
        let defs = table.get(locale).cloned().unwrap_or_default();
        for id in &all_ids {
            match defs.get(id) {
                None => {
                    let (elsewhere_locale, elsewhere) = table
                        .iter()
                        .find_map(|(l, d)| d.get(id).map(|def| (l.clone(), def.clone())))
                        .expect("id comes from some locale");
                    let file_name = elsewhere.rel.rsplit('/').next().unwrap_or("app.ftl");
                    diags.push(
                        &format!("locales/{locale}/{file_name}"),
                        1,
                        format!(
                            "message `{id}` is missing in {locale} (defined in {elsewhere_locale} at {}:{})",
                            elsewhere.rel, elsewhere.line
                        ),
                    );
                }
                Some(def) if locale != reference => {
                    if let Some(reference_def) = table.get(reference).and_then(|d| d.get(id))
                        && reference_def.variables != def.variables
                    {
                        diags.push(
                            &def.rel,
                            def.line,
                            format!(
                                "message `{id}` uses {} in {locale} but {} in {reference}",
                                describe_variables(&def.variables),
                                describe_variables(&reference_def.variables)
                            ),
                        );
                    }
                }
                Some(_) => {}
            }
        }
        for def in defs.values() {
            for referenced in &def.references {
                if !defs.contains_key(referenced) {
                    diags.push(
                        &def.rel,
                        def.line,
                        format!("reference to a missing message `{referenced}`"),
                    );
                }
            }
        }
    }
    table
}

fn describe_variables(variables: &BTreeSet<String>) -> String {
    if variables.is_empty() {
        "no variables".to_string()
    } else {
        variables
            .iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Fluent's AST carries no positions, so the line is found from the definition's text.
fn definition_line(file: &SourceFile, id: &str) -> usize {
    file.text
        .lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|index| index + 1)
        .unwrap_or(1)
}

fn walk_pattern(pattern: &Pattern<&str>, def: &mut MessageDef) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, def);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, def: &mut MessageDef) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, def);
            for variant in variants {
                walk_pattern(&variant.value, def);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, def),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, def: &mut MessageDef) {
    match inline {
        InlineExpression::VariableReference { id } => {
            def.variables.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => def.references.push(id.name.to_string()),
        InlineExpression::TermReference { id, arguments, .. } => {
            def.references.push(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                for argument in arguments
                    .positional
                    .iter()
                    .chain(arguments.named.iter().map(|n| &n.value))
                {
                    walk_inline(argument, def);
                }
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in arguments
                .positional
                .iter()
                .chain(arguments.named.iter().map(|n| &n.value))
            {
                walk_inline(argument, def);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, def),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn check_articles(content: &Content, diags: &mut Diagnostics) {
    let Some((index_file, index)) = &content.article_index else {
        // An articles.toml that failed to parse was reported where it failed.
        if !content.article_dirs.is_empty() && !has_file(content, "articles.toml") {
            diags.push(
                "articles.toml",
                1,
                "articles.toml is missing: it lists the articles in order",
            );
        }
        return;
    };
    let mut listed = BTreeSet::new();
    for entry in &index.article {
        let id = entry.id.get_ref();
        let line = index_file.line(entry.id.span().start);
        if !listed.insert(id.clone()) {
            diags.push(
                &index_file.rel,
                line,
                format!("article `{id}` is listed twice"),
            );
        } else if !content.article_dirs.contains_key(id) {
            diags.push(
                &index_file.rel,
                line,
                format!("reference to a missing article `{id}` (no folder articles/{id}/)"),
            );
        }
    }
    let source_ids = content
        .sources
        .as_ref()
        .map(|(_, s)| s.source.keys().cloned().collect::<BTreeSet<_>>());
    for (id, by_locale) in &content.article_dirs {
        if !listed.contains(id) {
            diags.push(
                &index_file.rel,
                1,
                format!("article folder `articles/{id}/` is not listed in articles.toml"),
            );
        }
        let essential = content.essential_articles().contains(id);
        for locale in &content.locales {
            // An essentials pack has short versions of the essential articles only;
            // the others are shown in English, marked.
            if (essential || !content.is_essentials(locale))
                && !by_locale.contains_key(locale)
                && !has_file(content, &format!("articles/{id}/{locale}.md"))
            {
                diags.push(
                    &format!("articles/{id}/{locale}.md"),
                    1,
                    format!("article `{id}` is missing in {locale}"),
                );
            }
        }
        for article in by_locale.values() {
            let file = &article.file;
            if !content.locales.contains(&article.locale) {
                diags.push(
                    &file.rel,
                    1,
                    format!("`{}` is not a locale of this content", article.locale),
                );
            }
            let front_line = |offset: usize| file.line(article.front_offset + offset);
            let review = article.front.review.get_ref();
            if !REVIEW_STATES.contains(&review.as_str()) {
                diags.push(
                    &file.rel,
                    front_line(article.front.review.span().start),
                    format!(
                        "review must be one of {}, not `{review}`",
                        REVIEW_STATES.join(", ")
                    ),
                );
            }
            if article.front.title.trim().is_empty() {
                diags.push(&file.rel, front_line(0), "the title is empty");
            }
            if article.front.sources.is_empty() {
                diags.push(
                    &file.rel,
                    front_line(0),
                    format!("article `{id}` in {} cites no source", article.locale),
                );
            }
            if let Some(known) = &source_ids {
                for source in &article.front.sources {
                    if !known.contains(source.get_ref()) {
                        diags.push(
                            &file.rel,
                            front_line(source.span().start),
                            format!("reference to a missing source `{}`", source.get_ref()),
                        );
                    }
                }
            }
            check_date(
                &file.rel,
                front_line(0),
                "reviewed",
                &article.front.reviewed,
                diags,
            );
            let (blocks, links, problems) = markdown::to_blocks(article.body());
            for problem in problems {
                diags.push(
                    &file.rel,
                    file.line(article.body_offset + problem.at.start),
                    problem.message,
                );
            }
            for (url, at) in links {
                if let Err(reason) = check_url(&url) {
                    diags.push(
                        &file.rel,
                        file.line(article.body_offset + at.start),
                        format!("malformed URL `{url}`: {reason}"),
                    );
                }
            }
            if blocks.is_empty() {
                diags.push(
                    &file.rel,
                    file.line(article.body_offset),
                    "the article has no text",
                );
            }
        }
    }
}

fn has_file(content: &Content, rel: &str) -> bool {
    content.files.iter().any(|f| f.rel == rel)
}

/// The ids of sources.toml, or `None` when it could not be read (references to
/// sources are then not checked, rather than all reported as missing).
fn check_sources(content: &Content, diags: &mut Diagnostics) -> Option<BTreeSet<String>> {
    let Some((file, sources)) = &content.sources else {
        if !has_file(content, "sources.toml") {
            diags.push(
                "sources.toml",
                1,
                "sources.toml is missing: every fact and article names its source there",
            );
        }
        return None;
    };
    for (id, source) in &sources.source {
        if let Some(read) = &source.read {
            let line = definition_line_toml(file, id);
            check_date(&file.rel, line, "read", read, diags);
        }
        if let Some(url) = &source.url
            && let Err(reason) = check_url(url.get_ref())
        {
            diags.push(
                &file.rel,
                file.line(url.span().start),
                format!("malformed URL `{}`: {reason}", url.get_ref()),
            );
        }
    }
    Some(sources.source.keys().cloned().collect())
}

/// The line of `[source.<id>]`, for problems in fields that keep no position.
fn definition_line_toml(file: &SourceFile, id: &str) -> usize {
    let header = format!("[source.{id}]");
    file.text
        .lines()
        .position(|line| line.trim() == header)
        .map_or(1, |index| index + 1)
}

struct FactContext<'a> {
    file: &'a SourceFile,
    source_ids: Option<&'a BTreeSet<String>>,
}

impl FactContext<'_> {
    fn provenance(
        &self,
        what: &str,
        at: usize,
        source: &Option<Spanned<String>>,
        verified: &Option<Datetime>,
        diags: &mut Diagnostics,
    ) {
        let line = self.file.line(at);
        match source {
            None => diags.push(&self.file.rel, line, format!("{what} has no source")),
            Some(source)
                if self
                    .source_ids
                    .is_some_and(|known| !known.contains(source.get_ref())) =>
            {
                diags.push(
                    &self.file.rel,
                    self.file.line(source.span().start),
                    format!("reference to a missing source `{}`", source.get_ref()),
                )
            }
            Some(_) => {}
        }
        match verified {
            None => diags.push(
                &self.file.rel,
                line,
                format!("{what} has no verification date (verified = YYYY-MM-DD)"),
            ),
            Some(date) => check_date(&self.file.rel, line, "verified", date, diags),
        }
    }
}

fn check_contacts(
    content: &Content,
    messages: &MessageTable,
    source_ids: Option<&BTreeSet<String>>,
    diags: &mut Diagnostics,
) {
    let Some((file, contacts)) = &content.contacts else {
        if !has_file(content, "contacts.toml") {
            diags.push("contacts.toml", 1, "contacts.toml is missing");
        }
        return;
    };
    let facts = FactContext { file, source_ids };
    let reference_messages = reference_locale(content).and_then(|l| messages.get(l));
    let mut seen = BTreeSet::new();
    for contact in &contacts.contact {
        let id = contact.id.get_ref();
        let line = file.line(contact.id.span().start);
        if !seen.insert(id.clone()) {
            diags.push(&file.rel, line, format!("contact `{id}` is defined twice"));
        }
        if ContactKind::from_id(contact.kind.get_ref()).is_none() {
            diags.push(
                &file.rel,
                file.line(contact.kind.span().start),
                format!(
                    "unknown kind `{}`; use one of {}",
                    contact.kind.get_ref(),
                    ContactKind::ids().join(", ")
                ),
            );
        }
        for message in [&contact.name, &contact.description] {
            if reference_messages.is_some_and(|defs| !defs.contains_key(message.get_ref())) {
                diags.push(
                    &file.rel,
                    file.line(message.span().start),
                    format!("reference to a missing message `{}`", message.get_ref()),
                );
            }
        }
        for phone in &contact.phone {
            let at = phone.span().start;
            let phone = phone.get_ref();
            let number = phone.number.get_ref();
            if let Err(reason) = normalise_phone(number, phone.short_code) {
                diags.push(
                    &file.rel,
                    file.line(phone.number.span().start),
                    format!("invalid phone number `{number}`: {reason}"),
                );
            } else if let (Some(display), Err(reason)) =
                (&phone.display, crate::phones::check_display(phone))
            {
                diags.push(
                    &file.rel,
                    file.line(display.span().start),
                    format!("display `{}` of `{number}`: {reason}", display.get_ref()),
                );
            }
            facts.provenance(
                &format!("phone number `{number}` of `{id}`"),
                at,
                &phone.source,
                &phone.verified,
                diags,
            );
        }
        for email in &contact.email {
            let at = email.span().start;
            let email = email.get_ref();
            let address = email.address.get_ref();
            if !email_address::EmailAddress::is_valid(address)
                || !address.rsplit('@').next().is_some_and(|d| d.contains('.'))
            {
                diags.push(
                    &file.rel,
                    file.line(email.address.span().start),
                    format!("malformed email address `{address}`"),
                );
            }
            facts.provenance(
                &format!("email `{address}` of `{id}`"),
                at,
                &email.source,
                &email.verified,
                diags,
            );
        }
        for website in &contact.website {
            let at = website.span().start;
            let website = website.get_ref();
            let url = website.url.get_ref();
            if let Err(reason) = check_url(url) {
                diags.push(
                    &file.rel,
                    file.line(website.url.span().start),
                    format!("malformed URL `{url}`: {reason}"),
                );
            }
            facts.provenance(
                &format!("website `{url}` of `{id}`"),
                at,
                &website.source,
                &website.verified,
                diags,
            );
        }
        if let Some(address) = &contact.address {
            let at = address.span().start;
            let address = address.get_ref();
            for locale in content.full_locales() {
                if !address.city.contains_key(locale) {
                    diags.push(
                        &file.rel,
                        file.line(at),
                        format!("the city of `{id}` has no name in {locale}"),
                    );
                }
            }
            check_region(file, &address.region, diags);
            facts.provenance(
                &format!("address of `{id}`"),
                at,
                &address.source,
                &address.verified,
                diags,
            );
        }
        if let Some(languages) = &contact.languages {
            let at = languages.span().start;
            let languages = languages.get_ref();
            for language in &languages.spoken {
                if language
                    .get_ref()
                    .parse::<unic_langid::LanguageIdentifier>()
                    .is_err()
                {
                    diags.push(
                        &file.rel,
                        file.line(language.span().start),
                        format!("`{}` is not a language code", language.get_ref()),
                    );
                }
            }
            facts.provenance(
                &format!("languages of `{id}`"),
                at,
                &languages.source,
                &languages.verified,
                diags,
            );
        }
        if let Some(serves) = &contact.serves {
            let at = serves.span().start;
            let serves = serves.get_ref();
            for region in &serves.regions {
                check_region(file, region, diags);
            }
            facts.provenance(
                &format!("regions served by `{id}`"),
                at,
                &serves.source,
                &serves.verified,
                diags,
            );
        }
    }
}

fn check_region(file: &SourceFile, region: &Spanned<String>, diags: &mut Diagnostics) {
    if region.get_ref() != NATIONAL && Region::from_id(region.get_ref()).is_none() {
        diags.push(
            &file.rel,
            file.line(region.span().start),
            format!(
                "unknown region `{}`; use one of {}",
                region.get_ref(),
                Region::ids()
                    .into_iter()
                    .chain([NATIONAL])
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
}

fn check_date(rel: &str, line: usize, field: &str, date: &Datetime, diags: &mut Diagnostics) {
    if date.date.is_none() || date.time.is_some() {
        diags.push(
            rel,
            line,
            format!("{field} must be a date written YYYY-MM-DD"),
        );
    }
}

/// A phone number as stored (E.164, or the digits of a short code) and as shown in
/// Belgium.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    pub stored: String,
    pub national: String,
}

pub fn normalise_phone(number: &str, short_code: bool) -> Result<PhoneNumber, String> {
    if short_code {
        let digits: String = number.chars().filter(|c| !c.is_whitespace()).collect();
        if !(3..=6).contains(&digits.len()) || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err("a short code has 3 to 6 digits".into());
        }
        let national = match digits.len() {
            6 => format!("{} {}", &digits[..3], &digits[3..]),
            _ => digits.clone(),
        };
        return Ok(PhoneNumber {
            stored: digits,
            national,
        });
    }
    let parsed = phonenumber::parse(Some(phonenumber::country::Id::BE), number)
        .map_err(|e| e.to_string())?;
    if !phonenumber::is_valid(&parsed) {
        return Err("not a valid number".into());
    }
    let stored = parsed.format().mode(phonenumber::Mode::E164).to_string();
    let national = if parsed.country().id() == Some(phonenumber::country::Id::BE) {
        parsed
            .format()
            .mode(phonenumber::Mode::National)
            .to_string()
    } else {
        parsed
            .format()
            .mode(phonenumber::Mode::International)
            .to_string()
    };
    Ok(PhoneNumber { stored, national })
}

pub fn check_url(text: &str) -> Result<(), String> {
    let url = url::Url::parse(text).map_err(|e| e.to_string())?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err("only http and https links are allowed".into());
    }
    match url.host_str() {
        Some(host) if host.contains('.') => Ok(()),
        _ => Err("the address has no domain name".into()),
    }
}
