//! Reads the content folder into typed sources, keeping enough position information
//! for every later diagnostic to point at a file and a line.

use crate::diag::{Diagnostics, line_at};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;
use toml::value::Datetime;

/// A file of the content folder: its path relative to the folder and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub rel: String,
    pub text: String,
}

impl Content {
    /// Whether `locale` is an essentials pack (not one of the full locales, which
    /// must have every text and every article). A locale without a `packs.toml`
    /// entry counts as full, so it is held to every rule until it is registered.
    pub fn is_essentials(&self, locale: &str) -> bool {
        self.packs.as_ref().is_some_and(|(_, packs)| {
            packs
                .pack
                .iter()
                .any(|p| p.tag.get_ref() == locale && p.completeness.get_ref() == "essentials")
        })
    }

    /// The locales that must have everything.
    pub fn full_locales(&self) -> impl Iterator<Item = &String> {
        self.locales.iter().filter(|l| !self.is_essentials(l))
    }

    /// The articles an essentials pack must have.
    pub fn essential_articles(&self) -> Vec<String> {
        self.packs
            .as_ref()
            .map(|(_, p)| {
                p.essential_articles
                    .iter()
                    .map(|a| a.get_ref().clone())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl SourceFile {
    pub fn line(&self, offset: usize) -> usize {
        line_at(&self.text, offset)
    }
}

#[derive(Debug)]
pub struct FtlFile {
    pub locale: String,
    pub file: SourceFile,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleIndex {
    #[serde(default)]
    pub article: Vec<ArticleEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleEntry {
    pub id: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub reviewed: Datetime,
    pub review: Spanned<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
}

#[derive(Debug)]
pub struct ArticleFile {
    pub locale: String,
    pub file: SourceFile,
    /// Byte offset of the front matter's TOML inside the file.
    pub front_offset: usize,
    /// Byte offset of the Markdown body inside the file.
    pub body_offset: usize,
    pub front: FrontMatter,
}

impl ArticleFile {
    pub fn body(&self) -> &str {
        &self.file.text[self.body_offset..]
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: BTreeMap<String, SourceDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    pub title: String,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    /// The day someone read the source for the facts that cite it.
    #[serde(default)]
    pub read: Option<Datetime>,
    /// How it was read (for example a stored copy of the page) and what it supports:
    /// for the people who check the facts, not used by the compiler.
    #[serde(default, rename = "note")]
    pub _note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactsFile {
    #[serde(default)]
    pub contact: Vec<ContactDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ContactDef {
    pub id: Spanned<String>,
    pub kind: Spanned<String>,
    pub name: Spanned<String>,
    pub description: Spanned<String>,
    #[serde(default)]
    pub for_minors: bool,
    #[serde(default)]
    pub phone: Vec<Spanned<PhoneFact>>,
    #[serde(default)]
    pub email: Vec<Spanned<EmailFact>>,
    #[serde(default)]
    pub website: Vec<Spanned<WebsiteFact>>,
    #[serde(default)]
    pub address: Option<Spanned<AddressFact>>,
    #[serde(default)]
    pub languages: Option<Spanned<LanguagesFact>>,
    #[serde(default)]
    pub serves: Option<Spanned<ServesFact>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PhoneFact {
    pub number: Spanned<String>,
    /// The grouping shown on screen (`078 055 800`), when it differs from the one the
    /// phone-number library makes; the number is still dialled from `number`.
    #[serde(default)]
    pub display: Option<Spanned<String>>,
    #[serde(default)]
    pub short_code: bool,
    #[serde(default)]
    pub sms: bool,
    pub source: Option<Spanned<String>>,
    pub verified: Option<Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EmailFact {
    pub address: Spanned<String>,
    pub source: Option<Spanned<String>>,
    pub verified: Option<Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct WebsiteFact {
    pub url: Spanned<String>,
    pub source: Option<Spanned<String>>,
    pub verified: Option<Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AddressFact {
    pub street: String,
    pub postal_code: String,
    pub city: BTreeMap<String, String>,
    pub region: Spanned<String>,
    pub source: Option<Spanned<String>>,
    pub verified: Option<Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LanguagesFact {
    pub spoken: Vec<Spanned<String>>,
    pub source: Option<Spanned<String>>,
    pub verified: Option<Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ServesFact {
    pub regions: Vec<Spanned<String>>,
    pub source: Option<Spanned<String>>,
    pub verified: Option<Datetime>,
}

/// `packs.toml`: how complete each bundled language is and who has read it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PacksFile {
    /// The articles an essentials pack must have.
    #[serde(default)]
    pub essential_articles: Vec<Spanned<String>>,
    #[serde(default)]
    pub pack: Vec<PackDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PackDef {
    pub tag: Spanned<String>,
    /// `full` or `essentials`.
    pub completeness: Spanned<String>,
    /// `original`, `done` or `pending`.
    pub review: Spanned<String>,
    /// Other tags a phone may report for this language (`fa-*`, `zh-CN`).
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    /// When the translation was made.
    #[serde(default, rename = "translated")]
    pub _translated: Option<Datetime>,
    /// Who translated it, how: for reviewers, not shown.
    #[serde(default, rename = "note")]
    pub _note: Option<String>,
}

/// `languages.toml`, generated from CLDR: each language's names, script, direction.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguagesFile {
    #[serde(default)]
    pub language: BTreeMap<String, LanguageDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageDef {
    #[serde(rename = "cldr")]
    pub _cldr: String,
    pub endonym: String,
    pub script: String,
    pub direction: String,
    /// The language's name in each helper language (fr, nl, de, en).
    pub names: BTreeMap<String, String>,
}

/// Everything read from a content folder. Files that failed to parse are absent and
/// their problems are in the diagnostics returned beside it.
#[derive(Debug, Default)]
pub struct Content {
    pub locales: Vec<String>,
    pub ftl: Vec<FtlFile>,
    pub article_index: Option<(SourceFile, ArticleIndex)>,
    /// Article folders found on disk, each with the files per locale that parsed.
    pub article_dirs: BTreeMap<String, BTreeMap<String, ArticleFile>>,
    pub sources: Option<(SourceFile, SourcesFile)>,
    pub contacts: Option<(SourceFile, ContactsFile)>,
    pub checklist: crate::checklist::ChecklistSources,
    pub packs: Option<(SourceFile, PacksFile)>,
    pub languages: Option<(SourceFile, LanguagesFile)>,
    /// Every file that makes up the content, for the content hash.
    pub files: Vec<SourceFile>,
}

/// Top-level entries of the content folder that are content (the rest of the folder
/// holds the compiler's own code, docs and test fixtures).
pub const CONTENT_ENTRIES: &[&str] = &[
    "locales",
    "articles",
    "articles.toml",
    "sources.toml",
    "contacts.toml",
    "checklist",
    "deployment.toml",
    "glossary",
    "packs.toml",
    "languages.toml",
];

pub fn load(root: &Path, diags: &mut Diagnostics) -> Content {
    let mut content = Content::default();
    for entry in CONTENT_ENTRIES {
        collect_files(root, Path::new(entry), &mut content.files, diags);
    }
    content.files.sort_by(|a, b| a.rel.cmp(&b.rel));

    for file in &content.files {
        let parts: Vec<&str> = file.rel.split('/').collect();
        match parts.as_slice() {
            ["locales", locale, name] if name.ends_with(".ftl") => content.ftl.push(FtlFile {
                locale: locale.to_string(),
                file: file.clone(),
            }),
            ["articles", id, name] if name.ends_with(".md") => {
                let locale = name.trim_end_matches(".md");
                if let Some(article) = parse_article(locale, file, diags) {
                    content
                        .article_dirs
                        .entry(id.to_string())
                        .or_default()
                        .insert(locale.to_string(), article);
                } else {
                    content.article_dirs.entry(id.to_string()).or_default();
                }
            }
            ["articles.toml"] => {
                content.article_index = parse_toml(file, diags).map(|v| (file.clone(), v))
            }
            ["sources.toml"] => {
                content.sources = parse_toml(file, diags).map(|v| (file.clone(), v))
            }
            ["contacts.toml"] => {
                content.contacts = parse_toml(file, diags).map(|v| (file.clone(), v))
            }
            ["packs.toml"] => content.packs = parse_toml(file, diags).map(|v| (file.clone(), v)),
            ["languages.toml"] => {
                content.languages = parse_toml(file, diags).map(|v| (file.clone(), v))
            }
            ["checklist", ..] => crate::checklist::load_file(&mut content.checklist, file, diags),
            _ => {}
        }
    }
    let mut locales: Vec<String> = content.ftl.iter().map(|f| f.locale.clone()).collect();
    locales.sort();
    locales.dedup();
    content.locales = locales;
    content
}

fn collect_files(root: &Path, rel: &Path, out: &mut Vec<SourceFile>, diags: &mut Diagnostics) {
    let full = root.join(rel);
    let rel_text = rel.to_string_lossy().replace('\\', "/");
    if full.is_dir() {
        let Ok(entries) = std::fs::read_dir(&full) else {
            diags.push(&rel_text, 1, "cannot read this folder");
            return;
        };
        let mut names: Vec<_> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        names.sort();
        for name in names {
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            collect_files(root, &rel.join(name), out, diags);
        }
    } else if full.is_file() {
        match std::fs::read_to_string(&full) {
            Ok(text) => out.push(SourceFile {
                rel: rel_text,
                text: text.replace("\r\n", "\n"),
            }),
            Err(_) => diags.push(&rel_text, 1, "not a UTF-8 text file"),
        }
    }
}

fn parse_toml<T: serde::de::DeserializeOwned>(
    file: &SourceFile,
    diags: &mut Diagnostics,
) -> Option<T> {
    toml_at(file, &file.text, 0, diags)
}

fn toml_at<T: serde::de::DeserializeOwned>(
    file: &SourceFile,
    text: &str,
    offset: usize,
    diags: &mut Diagnostics,
) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(value) => Some(value),
        Err(error) => {
            let line = error
                .span()
                .map(|span| file.line(offset + span.start))
                .unwrap_or(1);
            diags.push(&file.rel, line, error.message().trim().to_string());
            None
        }
    }
}

fn parse_article(locale: &str, file: &SourceFile, diags: &mut Diagnostics) -> Option<ArticleFile> {
    const FENCE: &str = "+++\n";
    let Some(rest) = file.text.strip_prefix(FENCE) else {
        diags.push(
            &file.rel,
            1,
            "an article starts with a front matter block between two `+++` lines",
        );
        return None;
    };
    let Some(end) = rest
        .find("\n+++\n")
        .map(|i| i + 1)
        .or_else(|| rest.strip_suffix("\n+++").map(|r| r.len() + 1))
    else {
        diags.push(
            &file.rel,
            1,
            "the front matter block is not closed with a `+++` line",
        );
        return None;
    };
    let front_offset = FENCE.len();
    let front_text = &rest[..end];
    let body_offset = (front_offset + end + FENCE.len()).min(file.text.len());
    let front = toml_at::<FrontMatter>(file, front_text, front_offset, diags)?;
    Some(ArticleFile {
        locale: locale.to_string(),
        file: file.clone(),
        front_offset,
        body_offset,
        front,
    })
}
