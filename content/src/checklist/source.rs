//! The source stage: `checklist/*.toml` as the editor writes it, with the position of
//! every value for diagnostics. Reading a file only parses it; every rule is checked
//! later, once, by the check stage.

use crate::diag::Diagnostics;
use crate::model::SourceFile;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    pub modules: Vec<Spanned<String>>,
    #[serde(default)]
    pub element: Vec<ElementDef>,
    #[serde(default)]
    pub presence: Vec<Spanned<PresenceDef>>,
    #[serde(default)]
    pub level: Vec<LevelDef>,
    #[serde(default)]
    pub note: Vec<NoteDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElementDef {
    pub id: Spanned<String>,
    pub source: Spanned<String>,
    /// `any`: one matched indicator makes the element present (facts such as the
    /// act); by default the combination rule decides.
    #[serde(default)]
    pub presence: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresenceDef {
    #[serde(default)]
    pub strong: u32,
    #[serde(default)]
    pub medium: u32,
    #[serde(default)]
    pub weak: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelDef {
    pub id: Spanned<String>,
    #[serde(default)]
    pub when: Vec<Spanned<ClauseDef>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteDef {
    pub id: Spanned<String>,
    #[serde(default)]
    pub levels: Vec<Spanned<String>>,
    #[serde(default)]
    pub when: Vec<Spanned<ClauseDef>>,
    #[serde(default)]
    pub contacts: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ClauseDef {
    #[serde(default)]
    pub age: Option<Spanned<String>>,
    #[serde(default)]
    pub present: Vec<Vec<Spanned<String>>>,
    #[serde(default)]
    pub strong_in: Vec<Spanned<String>>,
    #[serde(default)]
    pub matched_in: Option<MatchedInDef>,
    #[serde(default)]
    pub unsure_at_least: u32,
    #[serde(default)]
    pub indicators: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchedInDef {
    pub elements: Vec<Spanned<String>>,
    pub min: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorsFile {
    #[serde(default)]
    pub indicator: Vec<IndicatorDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct IndicatorDef {
    pub id: Spanned<String>,
    pub element: Spanned<String>,
    pub grade: Spanned<String>,
    #[serde(default)]
    pub grade_minor: Option<Spanned<String>>,
    /// `minor` or `adult`: the indicator counts only for that age group.
    #[serde(default)]
    pub only: Option<Spanned<String>>,
    #[serde(default)]
    pub cites: Vec<Spanned<CiteDef>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteDef {
    pub source: Spanned<String>,
    #[serde(rename = "ref")]
    pub reference: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleFile {
    #[serde(default)]
    pub module: Option<ModuleHead>,
    #[serde(default)]
    pub question: Vec<QuestionDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleHead {
    #[serde(default)]
    pub when: Option<Spanned<String>>,
    #[serde(default)]
    pub article: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionDef {
    pub id: Spanned<String>,
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    #[serde(default)]
    pub role: Option<Spanned<String>>,
    #[serde(default)]
    pub danger: bool,
    #[serde(default)]
    pub when: Option<Spanned<String>>,
    #[serde(default)]
    pub options: Vec<Spanned<String>>,
    #[serde(default)]
    pub yes: Vec<Spanned<String>>,
    /// Refused by the check: "yes" is always the worrying answer. Read only to say so.
    #[serde(default)]
    pub no: Vec<Spanned<String>>,
    /// For a choice: the indicators an option matches.
    #[serde(default)]
    pub matches: BTreeMap<String, Vec<Spanned<String>>>,
}

/// The files of `checklist/`, parsed. A file that failed to parse is absent; its
/// problem was reported where it failed.
#[derive(Debug, Default)]
pub struct ChecklistSources {
    pub model: Option<(SourceFile, ModelFile)>,
    pub indicators: Option<(SourceFile, IndicatorsFile)>,
    /// Module files by module id (the file name without `.toml`).
    pub modules: BTreeMap<String, (SourceFile, ModuleFile)>,
    /// Every file found under `checklist/`, parsed or not.
    pub files: BTreeSet<String>,
}

/// Reads one file of `checklist/` (called by the loader for each).
pub fn load_file(sources: &mut ChecklistSources, file: &SourceFile, diags: &mut Diagnostics) {
    sources.files.insert(file.rel.clone());
    let Some(name) = file.rel.strip_prefix("checklist/") else {
        return;
    };
    let Some(stem) = name.strip_suffix(".toml") else {
        diags.push(
            &file.rel,
            1,
            "the checklist folder holds only .toml files (model.toml, indicators.toml and one file per module)",
        );
        return;
    };
    match stem {
        "model" => sources.model = parse(file, diags).map(|v| (file.clone(), v)),
        "indicators" => sources.indicators = parse(file, diags).map(|v| (file.clone(), v)),
        module => {
            if let Some(parsed) = parse::<ModuleFile>(file, diags) {
                sources
                    .modules
                    .insert(module.to_string(), (file.clone(), parsed));
            }
        }
    }
}

fn parse<T: serde::de::DeserializeOwned>(file: &SourceFile, diags: &mut Diagnostics) -> Option<T> {
    match toml::from_str::<T>(&file.text) {
        Ok(value) => Some(value),
        Err(error) => {
            let line = error.span().map(|s| file.line(s.start)).unwrap_or(1);
            diags.push(&file.rel, line, error.message().trim().to_string());
            None
        }
    }
}
