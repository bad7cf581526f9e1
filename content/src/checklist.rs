//! The checklist as data (`checklist/*.toml`): reads the model, the indicators and one
//! file per module, checks every reference, condition and message an editor can get
//! wrong (as `path:line: message`), proves that every question and indicator can be
//! reached, and writes the checked checklist into the content database.

use crate::check::{MessageTable, reference_locale};
use crate::compile::CompileError;
use crate::diag::Diagnostics;
use crate::model::{Content, SourceFile};
use lueur_contract::checklist::{
    AgeGroup, Clause, Combination, Condition, Grade, ME, MatchedIn, OTHER, YES_NO_VALUES,
};
use rusqlite::params;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// Levels the engine itself decides; the model defines the other two.
pub const ENGINE_LEVELS: &[&str] = &["immediate-danger", "no-clear-signs"];
/// Levels `model.toml` defines, in the order they are tried.
pub const MODEL_LEVELS: &[&str] = &["strong-signs", "some-signs"];
pub const KINDS: &[&str] = &["yes-no", "choice"];
pub const ROLES: &[&str] = &["perspective", "minor", "region"];
/// Options of a region question besides the regions of contacts.
pub const NOT_SURE: &str = "not-sure";
const KEYWORDS: &[&str] = &["and", "or", "not", "is", "minor", "adult", "me", "other"];
/// Deeper nesting than this in a condition is an editing mistake, not a need.
const MAX_DEPTH: usize = 32;

// ---------------------------------------------------------------------------------
// Sources as written

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
    #[serde(default)]
    pub no: Vec<Spanned<String>>,
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

// ---------------------------------------------------------------------------------
// Conditions

/// Parses a condition: `question is value | value`, `minor`, `adult`, `me`, `other`,
/// combined with `not`, `and`, `or` and parentheses (`and` binds tighter than `or`).
pub fn parse_condition(text: &str) -> Result<Condition, String> {
    let tokens = tokenize(text)?;
    if tokens.is_empty() {
        return Err("the condition is empty".into());
    }
    let mut parser = Parser { tokens, at: 0 };
    let condition = parser.or(0)?;
    match parser.peek() {
        None => Ok(condition),
        Some(token) => Err(format!("unexpected `{token}`")),
    }
}

fn tokenize(text: &str) -> Result<Vec<String>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        match c {
            c if c.is_whitespace() => {}
            '(' | ')' | '|' => tokens.push(c.to_string()),
            c if c.is_ascii_lowercase() || c.is_ascii_digit() => {
                let mut end = start + c.len_utf8();
                while let Some(&(i, n)) = chars.peek() {
                    if n.is_ascii_lowercase() || n.is_ascii_digit() || n == '-' {
                        end = i + n.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                tokens.push(text[start..end].to_string());
            }
            other => return Err(format!("unexpected character `{other}`")),
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<String>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn next(&mut self) -> Option<String> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn or(&mut self, depth: usize) -> Result<Condition, String> {
        let mut parts = vec![self.and(depth)?];
        while self.peek() == Some("or") {
            self.at += 1;
            parts.push(self.and(depth)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::Any { of: parts }
        })
    }

    fn and(&mut self, depth: usize) -> Result<Condition, String> {
        let mut parts = vec![self.unary(depth)?];
        while self.peek() == Some("and") {
            self.at += 1;
            parts.push(self.unary(depth)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::All { of: parts }
        })
    }

    fn unary(&mut self, depth: usize) -> Result<Condition, String> {
        if depth > MAX_DEPTH {
            return Err("the condition is nested too deeply".into());
        }
        match self.next().as_deref() {
            None => Err("the condition ends too early".into()),
            Some("not") => Ok(Condition::Not {
                of: Box::new(self.unary(depth + 1)?),
            }),
            Some("(") => {
                let inner = self.or(depth + 1)?;
                match self.next().as_deref() {
                    Some(")") => Ok(inner),
                    Some(other) => Err(format!("expected `)`, found `{other}`")),
                    None => Err("a `(` is not closed".into()),
                }
            }
            Some("minor") => Ok(Condition::Minor),
            Some("adult") => Ok(Condition::Adult),
            Some("me") => Ok(Condition::Me),
            Some("other") => Ok(Condition::Other),
            Some(word) if is_name(word) => {
                let question = word.to_string();
                match self.next().as_deref() {
                    Some("is") => {}
                    Some(other) => {
                        return Err(format!("expected `is` after `{question}`, found `{other}`"));
                    }
                    None => return Err(format!("expected `is` after `{question}`")),
                }
                let mut values = vec![self.value()?];
                while self.peek() == Some("|") {
                    self.at += 1;
                    values.push(self.value()?);
                }
                Ok(Condition::Is { question, values })
            }
            Some(other) => Err(format!("unexpected `{other}`")),
        }
    }

    fn value(&mut self) -> Result<String, String> {
        match self.next() {
            Some(word) if is_value(&word) => Ok(word),
            Some(other) => Err(format!("expected an answer, found `{other}`")),
            None => Err("expected an answer at the end".into()),
        }
    }
}

/// A question id: kebab-case, and not a word of the condition language.
fn is_name(word: &str) -> bool {
    !KEYWORDS.contains(&word) && is_kebab(word)
}

/// An answer may be `me` or `other` (the perspective question's options), but not a
/// word that joins conditions.
fn is_value(word: &str) -> bool {
    !["and", "or", "not", "is"].contains(&word) && is_kebab(word)
}

fn is_kebab(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !word.ends_with('-')
}

// ---------------------------------------------------------------------------------
// The checked checklist

/// A question as compiled.
#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub module: String,
    pub kind: String,
    pub role: Option<String>,
    pub danger: bool,
    pub condition: Option<Condition>,
    pub options: Vec<String>,
    pub yes: Vec<String>,
    pub no: Vec<String>,
    rel: String,
    line: usize,
}

impl Question {
    fn domain(&self) -> Vec<String> {
        if self.kind == "choice" {
            self.options.clone()
        } else {
            YES_NO_VALUES.iter().map(|v| v.to_string()).collect()
        }
    }
}

#[derive(Debug, Clone)]
pub struct Module {
    pub id: String,
    pub condition: Option<Condition>,
    pub article: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub id: String,
    pub element: String,
    pub grade: Grade,
    pub grade_minor: Grade,
    pub cites: Vec<(String, String)>,
}

/// Everything the writer needs, built while checking.
#[derive(Debug, Clone, Default)]
pub struct Checklist {
    pub modules: Vec<Module>,
    pub elements: Vec<(String, String)>,
    pub indicators: Vec<Indicator>,
    pub questions: Vec<Question>,
    pub presence: Vec<Combination>,
    pub levels: Vec<(String, Vec<Clause>)>,
    pub notes: Vec<(String, Vec<String>, Vec<Clause>)>,
}

/// Checks the checklist sources; returns the compiled checklist (possibly partial
/// when there are problems), or `None` when the content has no checklist folder.
pub fn check(
    content: &Content,
    messages: &MessageTable,
    source_ids: Option<&BTreeSet<String>>,
    diags: &mut Diagnostics,
) -> Option<Checklist> {
    let sources = &content.checklist;
    if sources.files.is_empty() {
        return None;
    }
    let mut out = Checklist::default();
    let reference = reference_locale(content).and_then(|l| messages.get(l).map(|m| (l, m)));
    let need_message = |diags: &mut Diagnostics, rel: &str, line: usize, id: &str, what: &str| {
        if let Some((locale, defs)) = reference
            && !defs.contains_key(id)
        {
            diags.push(
                rel,
                line,
                format!("message `{id}` for {what} is missing in {locale}"),
            );
        }
    };

    let Some((model_file, model)) = &sources.model else {
        if !sources.files.contains("checklist/model.toml") {
            diags.push(
                "checklist/model.toml",
                1,
                "checklist/model.toml is missing: it lists the modules, elements and levels",
            );
        }
        return Some(out);
    };
    let mline = |offset: usize| model_file.line(offset);

    // Elements.
    let mut element_ids = BTreeSet::new();
    for element in &model.element {
        let id = element.id.get_ref();
        let line = mline(element.id.span().start);
        if !element_ids.insert(id.clone()) {
            diags.push(
                &model_file.rel,
                line,
                format!("element `{id}` is defined twice"),
            );
        }
        check_source(
            &model_file.rel,
            model_file,
            &element.source,
            source_ids,
            diags,
        );
        need_message(
            diags,
            &model_file.rel,
            line,
            &format!("checklist-element-{id}"),
            &format!("element `{id}`"),
        );
        out.elements
            .push((id.clone(), element.source.get_ref().clone()));
    }
    if model.element.is_empty() {
        diags.push(&model_file.rel, 1, "the model defines no element");
    }

    // The combination rule.
    for presence in &model.presence {
        let p = presence.get_ref();
        let combination = Combination {
            strong: p.strong,
            medium: p.medium,
            weak: p.weak,
        };
        if combination.is_empty() {
            diags.push(
                &model_file.rel,
                mline(presence.span().start),
                "a presence combination needs at least one indicator (strong, medium or weak)",
            );
        }
        out.presence.push(combination);
    }
    if model.presence.is_empty() {
        diags.push(
            &model_file.rel,
            1,
            "the model has no [[presence]] combination: no element could ever be present",
        );
    }

    let clause = |def: &Spanned<ClauseDef>, diags: &mut Diagnostics| -> Clause {
        let d = def.get_ref();
        let known = |e: &Spanned<String>, diags: &mut Diagnostics| {
            if !element_ids.contains(e.get_ref()) {
                diags.push(
                    &model_file.rel,
                    mline(e.span().start),
                    format!("reference to a missing element `{}`", e.get_ref()),
                );
            }
            e.get_ref().clone()
        };
        let age = match d.age.as_ref().map(|a| (a, a.get_ref().as_str())) {
            None => None,
            Some((_, "adult")) => Some(AgeGroup::Adult),
            Some((_, "minor")) => Some(AgeGroup::Minor),
            Some((a, other)) => {
                diags.push(
                    &model_file.rel,
                    mline(a.span().start),
                    format!("age must be `adult` or `minor`, not `{other}`"),
                );
                None
            }
        };
        let present: Vec<Vec<String>> = d
            .present
            .iter()
            .map(|group| group.iter().map(|e| known(e, diags)).collect())
            .collect();
        if present.iter().any(Vec::is_empty) {
            diags.push(
                &model_file.rel,
                mline(def.span().start),
                "an empty group in `present` can never hold",
            );
        }
        let strong_in = d.strong_in.iter().map(|e| known(e, diags)).collect();
        let matched_in = d.matched_in.as_ref().map(|m| MatchedIn {
            elements: m.elements.iter().map(|e| known(e, diags)).collect(),
            min: m.min,
        });
        let clause = Clause {
            age,
            present,
            strong_in,
            matched_in,
            unsure_at_least: d.unsure_at_least,
        };
        if clause.present.is_empty()
            && clause.strong_in.is_empty()
            && clause.matched_in.as_ref().is_none_or(|m| m.min == 0)
            && clause.unsure_at_least == 0
            && clause.age.is_none()
        {
            diags.push(
                &model_file.rel,
                mline(def.span().start),
                "this clause always holds: give it `present`, `strong-in`, `matched-in`, `unsure-at-least` or `age`",
            );
        }
        clause
    };

    // Levels.
    let level_ids: Vec<&str> = model
        .level
        .iter()
        .map(|l| l.id.get_ref().as_str())
        .collect();
    for level in &model.level {
        let id = level.id.get_ref();
        let line = mline(level.id.span().start);
        if !MODEL_LEVELS.contains(&id.as_str()) {
            diags.push(
                &model_file.rel,
                line,
                format!(
                    "unknown level `{id}`; the model defines {} (immediate danger and no clear signs are decided by the engine)",
                    MODEL_LEVELS.join(" and ")
                ),
            );
        }
        if level.when.is_empty() {
            diags.push(
                &model_file.rel,
                line,
                format!("level `{id}` has no `when` clause, so it can never be the result"),
            );
        }
        let clauses = level.when.iter().map(|c| clause(c, diags)).collect();
        out.levels.push((id.clone(), clauses));
    }
    if level_ids != MODEL_LEVELS {
        diags.push(
            &model_file.rel,
            model
                .level
                .first()
                .map(|l| mline(l.id.span().start))
                .unwrap_or(1),
            format!(
                "the model defines the levels {} once each, in this order",
                MODEL_LEVELS.join(", ")
            ),
        );
    }
    for level in MODEL_LEVELS.iter().chain(ENGINE_LEVELS) {
        let line = model
            .level
            .iter()
            .find(|l| l.id.get_ref() == level)
            .map(|l| mline(l.id.span().start))
            .unwrap_or(1);
        for id in [
            format!("checklist-level-{level}"),
            format!("checklist-level-{level}-summary"),
        ] {
            need_message(
                diags,
                &model_file.rel,
                line,
                &id,
                &format!("level `{level}`"),
            );
        }
    }

    // Notes.
    let mut note_ids = BTreeSet::new();
    for note in &model.note {
        let id = note.id.get_ref();
        let line = mline(note.id.span().start);
        if !note_ids.insert(id.clone()) {
            diags.push(
                &model_file.rel,
                line,
                format!("note `{id}` is defined twice"),
            );
        }
        let mut levels = Vec::new();
        for level in &note.levels {
            if !MODEL_LEVELS.contains(&level.get_ref().as_str())
                && !ENGINE_LEVELS.contains(&level.get_ref().as_str())
            {
                diags.push(
                    &model_file.rel,
                    mline(level.span().start),
                    format!("unknown level `{}`", level.get_ref()),
                );
            }
            levels.push(level.get_ref().clone());
        }
        let clauses = note.when.iter().map(|c| clause(c, diags)).collect();
        need_message(
            diags,
            &model_file.rel,
            line,
            &format!("checklist-note-{id}"),
            &format!("note `{id}`"),
        );
        out.notes.push((id.clone(), levels, clauses));
    }

    // Indicators.
    let mut indicator_lines: BTreeMap<String, (String, usize)> = BTreeMap::new();
    if let Some((file, indicators)) = &sources.indicators {
        for def in &indicators.indicator {
            let id = def.id.get_ref();
            let line = file.line(def.id.span().start);
            if indicator_lines.contains_key(id) {
                diags.push(
                    &file.rel,
                    line,
                    format!("indicator `{id}` is defined twice"),
                );
                continue;
            }
            indicator_lines.insert(id.clone(), (file.rel.clone(), line));
            if !element_ids.contains(def.element.get_ref()) {
                diags.push(
                    &file.rel,
                    file.line(def.element.span().start),
                    format!("reference to a missing element `{}`", def.element.get_ref()),
                );
            }
            let grade = |g: &Spanned<String>, diags: &mut Diagnostics| {
                Grade::from_id(g.get_ref()).unwrap_or_else(|| {
                    diags.push(
                        &file.rel,
                        file.line(g.span().start),
                        format!(
                            "grade must be strong, medium or weak, not `{}`",
                            g.get_ref()
                        ),
                    );
                    Grade::Weak
                })
            };
            let adult = grade(&def.grade, diags);
            let minor = def
                .grade_minor
                .as_ref()
                .map(|g| grade(g, diags))
                .unwrap_or(adult);
            if def.cites.is_empty() {
                diags.push(
                    &file.rel,
                    line,
                    format!("indicator `{id}` cites no framework"),
                );
            }
            let mut cites = Vec::new();
            for cite in &def.cites {
                let c = cite.get_ref();
                check_source(&file.rel, file, &c.source, source_ids, diags);
                if c.reference.trim().is_empty() {
                    diags.push(
                        &file.rel,
                        file.line(cite.span().start),
                        "`ref` names the indicator in the cited source; it is empty",
                    );
                }
                cites.push((c.source.get_ref().clone(), c.reference.clone()));
            }
            need_message(
                diags,
                &file.rel,
                line,
                &format!("checklist-indicator-{id}"),
                &format!("indicator `{id}`"),
            );
            out.indicators.push(Indicator {
                id: id.clone(),
                element: def.element.get_ref().clone(),
                grade: adult,
                grade_minor: minor,
                cites,
            });
        }
    } else if !sources.files.contains("checklist/indicators.toml") {
        diags.push(
            "checklist/indicators.toml",
            1,
            "checklist/indicators.toml is missing: questions point to its indicators",
        );
    }
    let indicators_parsed = sources.indicators.is_some();

    // Modules and their questions, in the order of the model.
    let mut listed = BTreeSet::new();
    let mut question_index: BTreeMap<String, usize> = BTreeMap::new();
    let mut roles: BTreeMap<String, String> = BTreeMap::new();
    let article_ids: BTreeSet<&String> = content.article_dirs.keys().collect();
    // Conditions are checked once every question is known, in order.
    let mut pending_conditions: Vec<PendingCondition> = Vec::new();
    for module_id in &model.modules {
        let id = module_id.get_ref();
        let line = mline(module_id.span().start);
        if !listed.insert(id.clone()) {
            diags.push(
                &model_file.rel,
                line,
                format!("module `{id}` is listed twice"),
            );
            continue;
        }
        need_message(
            diags,
            &model_file.rel,
            line,
            &format!("checklist-module-{id}"),
            &format!("module `{id}`"),
        );
        let Some((file, module)) = sources.modules.get(id) else {
            if !sources.files.contains(&format!("checklist/{id}.toml")) {
                diags.push(
                    &model_file.rel,
                    line,
                    format!("reference to a missing module `{id}` (no file checklist/{id}.toml)"),
                );
            }
            continue;
        };
        let head = module.module.as_ref();
        if let Some(article) = head.and_then(|h| h.article.as_ref())
            && !article_ids.contains(article.get_ref())
        {
            diags.push(
                &file.rel,
                file.line(article.span().start),
                format!("reference to a missing article `{}`", article.get_ref()),
            );
        }
        let first_question = out.questions.len();
        if let Some(when) = head.and_then(|h| h.when.as_ref()) {
            pending_conditions.push(PendingCondition {
                rel: file.rel.clone(),
                line: file.line(when.span().start),
                text: when.get_ref().clone(),
                before: first_question,
                target: Target::Module(out.modules.len()),
            });
        }
        out.modules.push(Module {
            id: id.clone(),
            condition: None,
            article: head
                .and_then(|h| h.article.as_ref())
                .map(|a| a.get_ref().clone()),
        });
        if module.question.is_empty() {
            diags.push(&file.rel, 1, format!("module `{id}` has no question"));
        }
        for def in &module.question {
            let qid = def.id.get_ref();
            let qline = file.line(def.id.span().start);
            if question_index.contains_key(qid) {
                diags.push(
                    &file.rel,
                    qline,
                    format!("question `{qid}` is defined twice"),
                );
                continue;
            }
            if !is_name(qid) {
                diags.push(
                    &file.rel,
                    qline,
                    format!(
                        "question id `{qid}` is a word of the condition language; choose another"
                    ),
                );
            }
            let kind = def
                .kind
                .as_ref()
                .map(|k| k.get_ref().clone())
                .unwrap_or_else(|| "yes-no".into());
            if let Some(k) = &def.kind
                && !KINDS.contains(&k.get_ref().as_str())
            {
                diags.push(
                    &file.rel,
                    file.line(k.span().start),
                    format!(
                        "unknown kind `{}`; use one of {}",
                        k.get_ref(),
                        KINDS.join(", ")
                    ),
                );
            }
            let role = def.role.as_ref().map(|r| r.get_ref().clone());
            if let Some(r) = &def.role {
                if !ROLES.contains(&r.get_ref().as_str()) {
                    diags.push(
                        &file.rel,
                        file.line(r.span().start),
                        format!(
                            "unknown role `{}`; use one of {}",
                            r.get_ref(),
                            ROLES.join(", ")
                        ),
                    );
                } else if let Some(first) = roles.get(r.get_ref()) {
                    diags.push(
                        &file.rel,
                        file.line(r.span().start),
                        format!(
                            "role `{}` is already given to question `{first}`",
                            r.get_ref()
                        ),
                    );
                } else {
                    roles.insert(r.get_ref().clone(), qid.clone());
                }
            }
            let options: Vec<String> = def.options.iter().map(|o| o.get_ref().clone()).collect();
            check_question_shape(file, def, &kind, role.as_deref(), &options, diags);
            // Indicator mappings.
            for mapped in def.yes.iter().chain(&def.no) {
                if indicators_parsed && !indicator_lines.contains_key(mapped.get_ref()) {
                    diags.push(
                        &file.rel,
                        file.line(mapped.span().start),
                        format!("reference to a missing indicator `{}`", mapped.get_ref()),
                    );
                }
            }
            if kind == "yes-no" && role.is_none() && def.yes.is_empty() && def.no.is_empty() {
                diags.push(
                    &file.rel,
                    qline,
                    format!("question `{qid}` maps to no indicator (give it `yes = [...]` or `no = [...]`)"),
                );
            }
            // Danger questions come first: only the perspective question may precede.
            if def.danger {
                if kind != "yes-no" {
                    diags.push(&file.rel, qline, "a danger question is a yes/no question");
                }
                if let Some(before) = out
                    .questions
                    .iter()
                    .find(|q| !q.danger && q.role.as_deref() != Some("perspective"))
                {
                    diags.push(
                        &file.rel,
                        qline,
                        format!(
                            "danger question `{qid}` comes after question `{}`: questions about immediate danger come first",
                            before.id
                        ),
                    );
                }
                if def.when.is_some() || head.and_then(|h| h.when.as_ref()).is_some() {
                    diags.push(
                        &file.rel,
                        qline,
                        format!(
                            "danger question `{qid}` must always be asked: it has no condition"
                        ),
                    );
                }
            }
            // Messages.
            let text_id = format!("checklist-q-{qid}");
            need_message(
                diags,
                &file.rel,
                qline,
                &text_id,
                &format!("question `{qid}`"),
            );
            if role.as_deref() != Some("perspective")
                && let Some((locale, defs)) = reference
                && let Some(def) = defs.get(&text_id)
                && !def.variables.contains("perspective")
            {
                diags.push(
                    &file.rel,
                    qline,
                    format!(
                        "message `{text_id}` does not adapt to the perspective in {locale}: use {{ $perspective -> [me] … *[other] … }}"
                    ),
                );
            }
            for option in &def.options {
                need_message(
                    diags,
                    &file.rel,
                    file.line(option.span().start),
                    &format!("checklist-q-{qid}-{}", option.get_ref()),
                    &format!("option `{}` of question `{qid}`", option.get_ref()),
                );
            }
            if let Some(when) = &def.when {
                pending_conditions.push(PendingCondition {
                    rel: file.rel.clone(),
                    line: file.line(when.span().start),
                    text: when.get_ref().clone(),
                    before: out.questions.len(),
                    target: Target::Question(out.questions.len()),
                });
            }
            question_index.insert(qid.clone(), out.questions.len());
            out.questions.push(Question {
                id: qid.clone(),
                module: id.clone(),
                kind,
                role,
                danger: def.danger,
                condition: None,
                options,
                yes: def.yes.iter().map(|i| i.get_ref().clone()).collect(),
                no: def.no.iter().map(|i| i.get_ref().clone()).collect(),
                rel: file.rel.clone(),
                line: qline,
            });
        }
    }
    for (module, (file, _)) in &sources.modules {
        if !listed.contains(module) {
            diags.push(
                &file.rel,
                1,
                format!(
                    "module file `{}` is not listed in `modules` of checklist/model.toml",
                    file.rel
                ),
            );
        }
    }

    // Conditions: parse, then check every reference against earlier questions.
    let mut conditions_ok = true;
    for pending in pending_conditions {
        match parse_condition(&pending.text) {
            Err(reason) => {
                conditions_ok = false;
                diags.push(
                    &pending.rel,
                    pending.line,
                    format!("bad condition `{}`: {reason}", pending.text),
                );
            }
            Ok(condition) => {
                let problems = condition_problems(
                    &condition,
                    &out.questions,
                    &question_index,
                    &roles,
                    pending.before,
                );
                if !problems.is_empty() {
                    conditions_ok = false;
                }
                for problem in problems {
                    diags.push(
                        &pending.rel,
                        pending.line,
                        format!("bad condition `{}`: {problem}", pending.text),
                    );
                }
                match pending.target {
                    Target::Module(i) => out.modules[i].condition = Some(condition),
                    Target::Question(i) => out.questions[i].condition = Some(condition),
                }
            }
        }
    }

    // Choice questions without a role steer modules; one nothing reads is dead weight.
    // (Not judged while a condition is broken: it may be the one meant to read it.)
    for question in out.questions.iter().filter(|_| conditions_ok) {
        if question.kind == "choice" && question.role.is_none() {
            let read = out
                .questions
                .iter()
                .filter_map(|q| q.condition.as_ref())
                .chain(out.modules.iter().filter_map(|m| m.condition.as_ref()))
                .any(|c| c.questions().contains(&question.id.as_str()));
            if !read {
                diags.push(
                    &question.rel,
                    question.line,
                    format!(
                        "question `{}` maps to no indicator and no condition reads its answer",
                        question.id
                    ),
                );
            }
        }
    }

    // Reachability, only when every condition is sound (else it would mislead).
    if conditions_ok {
        let analysis = Reachability::new(&out, &roles);
        let mut reachable_indicators = BTreeSet::new();
        for (index, question) in out.questions.iter().enumerate() {
            if analysis.reachable(index) {
                reachable_indicators.extend(question.yes.iter().chain(&question.no).cloned());
            } else {
                diags.push(
                    &question.rel,
                    question.line,
                    format!(
                        "question `{}` can never be asked: its conditions cannot all hold",
                        question.id
                    ),
                );
            }
        }
        if indicators_parsed {
            for (id, (rel, line)) in &indicator_lines {
                if !reachable_indicators.contains(id) {
                    diags.push(
                        rel,
                        *line,
                        format!("indicator `{id}` is unreachable: no question that can be asked maps to it"),
                    );
                }
            }
        }
    }
    Some(out)
}

fn check_source(
    rel: &str,
    file: &SourceFile,
    source: &Spanned<String>,
    source_ids: Option<&BTreeSet<String>>,
    diags: &mut Diagnostics,
) {
    if source_ids.is_some_and(|known| !known.contains(source.get_ref())) {
        diags.push(
            rel,
            file.line(source.span().start),
            format!("reference to a missing source `{}`", source.get_ref()),
        );
    }
}

fn check_question_shape(
    file: &SourceFile,
    def: &QuestionDef,
    kind: &str,
    role: Option<&str>,
    options: &[String],
    diags: &mut Diagnostics,
) {
    let qid = def.id.get_ref();
    let line = file.line(def.id.span().start);
    match kind {
        "choice" => {
            if options.len() < 2 {
                diags.push(
                    &file.rel,
                    line,
                    format!("choice question `{qid}` needs at least two options"),
                );
            }
            if !def.yes.is_empty() || !def.no.is_empty() {
                diags.push(
                    &file.rel,
                    line,
                    format!("choice question `{qid}` cannot map yes or no answers to indicators"),
                );
            }
        }
        _ => {
            if !options.is_empty() {
                diags.push(
                    &file.rel,
                    line,
                    format!("yes/no question `{qid}` has no options"),
                );
            }
        }
    }
    let mut seen = BTreeSet::new();
    for option in &def.options {
        if !seen.insert(option.get_ref()) || !is_value(option.get_ref()) {
            diags.push(
                &file.rel,
                file.line(option.span().start),
                format!(
                    "option `{}` is repeated or not a plain kebab-case id",
                    option.get_ref()
                ),
            );
        }
    }
    let expect = |ok: bool, what: &str, diags: &mut Diagnostics| {
        if !ok {
            diags.push(
                &file.rel,
                line,
                format!("question `{qid}` has role `{}`: {what}", role.unwrap_or("")),
            );
        }
    };
    match role {
        Some("perspective") => expect(
            kind == "choice" && options == [ME, OTHER],
            "it is a choice with the options [\"me\", \"other\"]",
            diags,
        ),
        Some("minor") => expect(kind == "yes-no", "it is a yes/no question", diags),
        Some("region") => expect(
            kind == "choice"
                && options
                    .iter()
                    .all(|o| o == NOT_SURE || crate::check::REGIONS.contains(&o.as_str())),
            "it is a choice among the regions of contacts and `not-sure`",
            diags,
        ),
        _ => {}
    }
}

enum Target {
    Module(usize),
    Question(usize),
}

struct PendingCondition {
    rel: String,
    line: usize,
    text: String,
    /// Questions at this index and later may not be read by the condition.
    before: usize,
    target: Target,
}

fn condition_problems(
    condition: &Condition,
    questions: &[Question],
    index: &BTreeMap<String, usize>,
    roles: &BTreeMap<String, String>,
    before: usize,
) -> Vec<String> {
    let mut problems = Vec::new();
    walk(condition, &mut |c| {
        match c {
        Condition::Minor | Condition::Adult if !roles.contains_key("minor") => {
            problems.push("`minor`/`adult` need a question with role `minor`".to_string())
        }
        Condition::Me | Condition::Other if !roles.contains_key("perspective") => problems
            .push("`me`/`other` need a question with role `perspective`".to_string()),
        Condition::Is { question, values } => match index.get(question) {
            None => problems.push(format!("reference to a missing question `{question}`")),
            Some(&i) if i >= before => problems.push(format!(
                "question `{question}` is not asked before this point; a condition reads earlier answers only"
            )),
            Some(&i) => {
                let domain = questions[i].domain();
                for value in values {
                    if !domain.contains(value) {
                        problems.push(format!(
                            "`{value}` is not an answer of question `{question}` ({})",
                            domain.join(", ")
                        ));
                    }
                }
            }
        },
        _ => {}
    }
    });
    problems
}

fn walk(condition: &Condition, f: &mut dyn FnMut(&Condition)) {
    f(condition);
    match condition {
        Condition::Not { of } => walk(of, f),
        Condition::All { of } | Condition::Any { of } => {
            for c in of {
                walk(c, f);
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------------
// Reachability

/// A question's value: `None` when it was not asked or was skipped (always possible,
/// since every question can be skipped).
type Value = Option<String>;
/// Allowed values per question (by index); a conjunction of constraints.
type Conj = BTreeMap<usize, BTreeSet<Value>>;

/// Decides whether a question can be asked at all, exactly: each condition is put in
/// disjunctive normal form over "question has one of these values", and a question
/// that must have been answered must itself have been asked, which pulls in its own
/// conditions (always about earlier questions, so the search ends).
struct Reachability<'a> {
    checklist: &'a Checklist,
    module_of: Vec<usize>,
    minor: Option<usize>,
    perspective: Option<usize>,
    budget: std::cell::Cell<u32>,
}

/// Past this many steps a search gives up and calls the question reachable, so that
/// an odd condition cannot stall the build.
const BUDGET: u32 = 200_000;

impl<'a> Reachability<'a> {
    fn new(checklist: &'a Checklist, roles: &BTreeMap<String, String>) -> Self {
        let find = |role: &str| {
            roles
                .get(role)
                .and_then(|id| checklist.questions.iter().position(|q| &q.id == id))
        };
        let module_of = checklist
            .questions
            .iter()
            .map(|q| {
                checklist
                    .modules
                    .iter()
                    .position(|m| m.id == q.module)
                    .unwrap_or(0)
            })
            .collect();
        Reachability {
            checklist,
            module_of,
            minor: find("minor"),
            perspective: find("perspective"),
            budget: std::cell::Cell::new(BUDGET),
        }
    }

    fn reachable(&self, question: usize) -> bool {
        self.budget.set(BUDGET);
        self.visibility(question)
            .into_iter()
            .any(|conj| self.satisfiable(conj, &BTreeSet::new()))
    }

    fn visibility(&self, question: usize) -> Vec<Conj> {
        let q = &self.checklist.questions[question];
        let module = self
            .checklist
            .modules
            .get(self.module_of[question])
            .and_then(|m| m.condition.as_ref());
        let mut dnf = vec![Conj::new()];
        for condition in module.into_iter().chain(q.condition.as_ref()) {
            dnf = and(&dnf, &self.dnf(condition, false));
        }
        dnf
    }

    fn domain(&self, question: usize) -> BTreeSet<Value> {
        self.checklist.questions[question]
            .domain()
            .into_iter()
            .map(Some)
            .chain([None])
            .collect()
    }

    fn literal(&self, question: Option<usize>, values: &[&str], negated: bool) -> Vec<Conj> {
        let Some(question) = question else {
            // A keyword without its role question: `minor`/`me` never hold.
            return if negated {
                vec![Conj::new()]
            } else {
                Vec::new()
            };
        };
        let chosen: BTreeSet<Value> = values.iter().map(|v| Some(v.to_string())).collect();
        let allowed: BTreeSet<Value> = if negated {
            self.domain(question).difference(&chosen).cloned().collect()
        } else {
            chosen
        };
        vec![Conj::from([(question, allowed)])]
    }

    fn dnf(&self, condition: &Condition, negated: bool) -> Vec<Conj> {
        let index = |id: &str| self.checklist.questions.iter().position(|q| q.id == id);
        match condition {
            Condition::Minor => self.literal(self.minor, &["yes", "unsure"], negated),
            Condition::Adult => self.literal(self.minor, &["yes", "unsure"], !negated),
            Condition::Me => self.literal(self.perspective, &[ME], negated),
            Condition::Other => self.literal(self.perspective, &[ME], !negated),
            Condition::Is { question, values } => {
                let values: Vec<&str> = values.iter().map(String::as_str).collect();
                self.literal(index(question), &values, negated)
            }
            Condition::Not { of } => self.dnf(of, !negated),
            Condition::All { of } | Condition::Any { of } => {
                let conjunctive = matches!(condition, Condition::All { .. }) != negated;
                let parts = of.iter().map(|c| self.dnf(c, negated));
                if conjunctive {
                    parts.fold(vec![Conj::new()], |acc, part| and(&acc, &part))
                } else {
                    parts.flatten().collect()
                }
            }
        }
    }

    fn satisfiable(&self, conj: Conj, expanded: &BTreeSet<usize>) -> bool {
        let left = self.budget.get();
        if left == 0 {
            return true;
        }
        self.budget.set(left - 1);
        // The latest question that must have been answered and whose own conditions
        // are not yet part of the conjunction.
        let next = conj
            .iter()
            .rev()
            .find(|(q, allowed)| !allowed.contains(&None) && !expanded.contains(q))
            .map(|(q, _)| *q);
        let Some(question) = next else {
            return true;
        };
        let mut expanded = expanded.clone();
        expanded.insert(question);
        self.visibility(question).into_iter().any(|visible| {
            merge(&conj, &visible).is_some_and(|merged| self.satisfiable(merged, &expanded))
        })
    }
}

fn merge(a: &Conj, b: &Conj) -> Option<Conj> {
    let mut out = a.clone();
    for (question, allowed) in b {
        let entry = out.entry(*question).or_insert_with(|| allowed.clone());
        *entry = entry.intersection(allowed).cloned().collect();
        if entry.is_empty() {
            return None;
        }
    }
    Some(out)
}

/// Keeps DNF products from growing without bound; larger ones are cut, which can only
/// make a condition look less reachable than it is, and then the editor is told.
const MAX_CONJUNCTS: usize = 4096;

fn and(a: &[Conj], b: &[Conj]) -> Vec<Conj> {
    let mut out = Vec::new();
    for x in a {
        for y in b {
            if let Some(m) = merge(x, y) {
                out.push(m);
                if out.len() >= MAX_CONJUNCTS {
                    return out;
                }
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------
// Writing

const SCHEMA: &str = "
CREATE TABLE checklist_modules (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, condition TEXT, article TEXT) WITHOUT ROWID;
CREATE TABLE checklist_elements (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, source TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE checklist_indicators (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, element TEXT NOT NULL REFERENCES checklist_elements(id),
    grade TEXT NOT NULL, grade_minor TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE checklist_citations (
    indicator TEXT NOT NULL REFERENCES checklist_indicators(id), position INTEGER NOT NULL,
    source TEXT NOT NULL, reference TEXT NOT NULL, PRIMARY KEY (indicator, position)) WITHOUT ROWID;
CREATE TABLE checklist_questions (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, module TEXT NOT NULL REFERENCES checklist_modules(id),
    kind TEXT NOT NULL, role TEXT, danger INTEGER NOT NULL, condition TEXT, options TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE checklist_mappings (
    question TEXT NOT NULL REFERENCES checklist_questions(id), answer TEXT NOT NULL,
    indicator TEXT NOT NULL REFERENCES checklist_indicators(id),
    PRIMARY KEY (question, answer, indicator)) WITHOUT ROWID;
CREATE TABLE checklist_presence (
    position INTEGER PRIMARY KEY, strong INTEGER NOT NULL, medium INTEGER NOT NULL, weak INTEGER NOT NULL);
CREATE TABLE checklist_levels (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, clauses TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE checklist_notes (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, levels TEXT NOT NULL, clauses TEXT NOT NULL) WITHOUT ROWID;
";

/// Creates the checklist tables (empty when the content has no checklist) and fills
/// them. The build has already refused content with problems, so the checklist is
/// rebuilt here with the same checks and their (empty) diagnostics are dropped.
pub fn write(
    tx: &rusqlite::Transaction<'_>,
    content: &Content,
    messages: &MessageTable,
) -> Result<(), CompileError> {
    tx.execute_batch(SCHEMA)?;
    let source_ids: Option<BTreeSet<String>> = content
        .sources
        .as_ref()
        .map(|(_, s)| s.source.keys().cloned().collect());
    let mut scratch = Diagnostics::default();
    let Some(checklist) = check(content, messages, source_ids.as_ref(), &mut scratch) else {
        return Ok(());
    };
    for (position, module) in checklist.modules.iter().enumerate() {
        tx.execute(
            "INSERT INTO checklist_modules (id, position, condition, article) VALUES (?1, ?2, ?3, ?4)",
            params![
                module.id,
                position as i64,
                module.condition.as_ref().map(serde_json::to_string).transpose()?,
                module.article
            ],
        )?;
    }
    for (position, (id, source)) in checklist.elements.iter().enumerate() {
        tx.execute(
            "INSERT INTO checklist_elements (id, position, source) VALUES (?1, ?2, ?3)",
            params![id, position as i64, source],
        )?;
    }
    for (position, indicator) in checklist.indicators.iter().enumerate() {
        tx.execute(
            "INSERT INTO checklist_indicators (id, position, element, grade, grade_minor) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                indicator.id,
                position as i64,
                indicator.element,
                indicator.grade.id(),
                indicator.grade_minor.id()
            ],
        )?;
        for (n, (source, reference)) in indicator.cites.iter().enumerate() {
            tx.execute(
                "INSERT INTO checklist_citations (indicator, position, source, reference) VALUES (?1, ?2, ?3, ?4)",
                params![indicator.id, n as i64, source, reference],
            )?;
        }
    }
    for (position, question) in checklist.questions.iter().enumerate() {
        tx.execute(
            "INSERT INTO checklist_questions (id, position, module, kind, role, danger, condition, options)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                question.id,
                position as i64,
                question.module,
                question.kind,
                question.role,
                question.danger,
                question.condition.as_ref().map(serde_json::to_string).transpose()?,
                serde_json::to_string(&question.options)?
            ],
        )?;
        for (answer, indicators) in [("yes", &question.yes), ("no", &question.no)] {
            for indicator in indicators {
                tx.execute(
                    "INSERT OR IGNORE INTO checklist_mappings (question, answer, indicator) VALUES (?1, ?2, ?3)",
                    params![question.id, answer, indicator],
                )?;
            }
        }
    }
    for (position, combination) in checklist.presence.iter().enumerate() {
        tx.execute(
            "INSERT INTO checklist_presence (position, strong, medium, weak) VALUES (?1, ?2, ?3, ?4)",
            params![position as i64, combination.strong, combination.medium, combination.weak],
        )?;
    }
    for (position, (id, clauses)) in checklist.levels.iter().enumerate() {
        tx.execute(
            "INSERT INTO checklist_levels (id, position, clauses) VALUES (?1, ?2, ?3)",
            params![id, position as i64, serde_json::to_string(clauses)?],
        )?;
    }
    for (position, (id, levels, clauses)) in checklist.notes.iter().enumerate() {
        tx.execute(
            "INSERT INTO checklist_notes (id, position, levels, clauses) VALUES (?1, ?2, ?3, ?4)",
            params![
                id,
                position as i64,
                serde_json::to_string(levels)?,
                serde_json::to_string(clauses)?
            ],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Writes a condition back in the editor's syntax, fully parenthesised.
    fn write(c: &Condition) -> String {
        match c {
            Condition::Minor => "minor".into(),
            Condition::Adult => "adult".into(),
            Condition::Me => "me".into(),
            Condition::Other => "other".into(),
            Condition::Is { question, values } => format!("{question} is {}", values.join(" | ")),
            Condition::Not { of } => format!("not ({})", write(of)),
            Condition::All { of } => of
                .iter()
                .map(|c| format!("({})", write(c)))
                .collect::<Vec<_>>()
                .join(" and "),
            Condition::Any { of } => of
                .iter()
                .map(|c| format!("({})", write(c)))
                .collect::<Vec<_>>()
                .join(" or "),
        }
    }

    fn condition() -> impl Strategy<Value = Condition> {
        let name =
            "[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4})?".prop_filter("not a keyword", |n| is_name(n));
        let leaf = prop_oneof![
            Just(Condition::Minor),
            Just(Condition::Adult),
            Just(Condition::Me),
            Just(Condition::Other),
            (
                name,
                proptest::collection::vec(
                    "[a-z][a-z-]{0,6}[a-z]".prop_filter("value", |v| is_value(v)),
                    1..4
                )
            )
                .prop_map(|(question, values)| Condition::Is { question, values }),
        ];
        leaf.prop_recursive(4, 24, 4, |inner| {
            prop_oneof![
                inner
                    .clone()
                    .prop_map(|c| Condition::Not { of: Box::new(c) }),
                proptest::collection::vec(inner.clone(), 2..4).prop_map(|of| Condition::All { of }),
                proptest::collection::vec(inner, 2..4).prop_map(|of| Condition::Any { of }),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_text_parses_or_is_refused_without_panic(text in any::<String>()) {
            let _ = parse_condition(&text);
        }

        #[test]
        fn token_soup_parses_or_is_refused_without_panic(
            tokens in proptest::collection::vec(prop_oneof![
                Just("("), Just(")"), Just("|"), Just("and"), Just("or"), Just("not"),
                Just("is"), Just("minor"), Just("me"), Just("q"), Just("yes"),
            ], 0..40)
        ) {
            let _ = parse_condition(&tokens.join(" "));
        }

        #[test]
        fn written_conditions_parse_back(c in condition()) {
            let text = write(&c);
            let parsed = parse_condition(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            // Parentheses may flatten nested all/any of the same kind; compare by
            // writing again.
            prop_assert_eq!(write(&parsed), write(&c));
        }
    }

    fn is(q: &str, values: &[&str]) -> Condition {
        Condition::Is {
            question: q.into(),
            values: values.iter().map(|v| v.to_string()).collect(),
        }
    }

    #[test]
    fn parses_precedence_values_and_keywords() {
        assert_eq!(
            parse_condition("situation is relationship or (minor and situation is sexual)"),
            Ok(Condition::Any {
                of: vec![
                    is("situation", &["relationship"]),
                    Condition::All {
                        of: vec![Condition::Minor, is("situation", &["sexual"])]
                    },
                ]
            })
        );
        assert_eq!(
            parse_condition("not a is yes|unsure and other"),
            Ok(Condition::All {
                of: vec![
                    Condition::Not {
                        of: Box::new(is("a", &["yes", "unsure"]))
                    },
                    Condition::Other
                ]
            })
        );
    }

    #[test]
    fn explains_bad_conditions() {
        assert_eq!(
            parse_condition("a is"),
            Err("expected an answer at the end".into())
        );
        assert_eq!(
            parse_condition("(a is yes"),
            Err("a `(` is not closed".into())
        );
        assert_eq!(
            parse_condition("a yes"),
            Err("expected `is` after `a`, found `yes`".into())
        );
        assert_eq!(parse_condition("a is yes b"), Err("unexpected `b`".into()));
        assert_eq!(
            parse_condition("A is yes"),
            Err("unexpected character `A`".into())
        );
        assert_eq!(parse_condition("  "), Err("the condition is empty".into()));
        assert!(parse_condition(&"(".repeat(100)).is_err());
    }
}
