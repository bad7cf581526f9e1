//! The check stage: every rule an editor can break in `checklist/*.toml`, each
//! reported once as `path:line: message`, while the sources are turned into the one
//! typed [`Model`] the core reads. A stage function per part of the model (elements,
//! the combination rule, indicators, levels and notes, questions, conditions, reach),
//! each adding to the same model.

use super::condition::{is_name, is_value, parse_condition};
use super::reach::Reachability;
use super::source::{ClauseDef, IndicatorsFile, ModelFile, ModuleFile, QuestionDef};
use crate::check::{MessageDef, MessageTable, reference_locale};
use crate::diag::Diagnostics;
use crate::model::{Content, SourceFile};
use lueur_contract::checklist::{
    AgeGroup, Citation, Clause, Combination, Condition, Element, Grade, Indicator, Kind, Level,
    LevelRule, ME, Match, MatchedIn, Model, Module, NOT_SURE, Note, OTHER, Presence, Question,
    Region, Role, YES, YES_NO_VALUES,
};
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// The source id of the ILO/EC 2009 operational indicators: only indicators citing it
/// may sit in an element taken from it.
pub const ILO_EC: &str = "ilo-ec-2009";

/// What every stage reads.
struct Ctx<'a> {
    content: &'a Content,
    reference: Option<(&'a str, &'a BTreeMap<String, MessageDef>)>,
    source_ids: Option<&'a BTreeSet<String>>,
}

impl Ctx<'_> {
    fn need_message(&self, diags: &mut Diagnostics, rel: &str, line: usize, id: &str, what: &str) {
        if let Some((locale, defs)) = self.reference
            && !defs.contains_key(id)
        {
            diags.push(
                rel,
                line,
                format!("message `{id}` for {what} is missing in {locale}"),
            );
        }
    }

    fn check_source(&self, file: &SourceFile, source: &Spanned<String>, diags: &mut Diagnostics) {
        if self
            .source_ids
            .is_some_and(|known| !known.contains(source.get_ref()))
        {
            diags.push(
                &file.rel,
                file.line(source.span().start),
                format!("reference to a missing source `{}`", source.get_ref()),
            );
        }
    }

    fn source_title(&self, id: &str) -> String {
        self.content
            .sources
            .as_ref()
            .and_then(|(_, s)| s.source.get(id))
            .map(|s| s.title.clone())
            .unwrap_or_else(|| id.to_string())
    }
}

/// Where a question and an indicator were written, for diagnostics after the fact.
#[derive(Default)]
struct Positions {
    questions: Vec<(String, usize)>,
    indicators: BTreeMap<String, (String, usize)>,
}

/// Checks the checklist sources; returns the model (possibly partial when there are
/// problems), or `None` when the content has no checklist folder.
pub fn check(
    content: &Content,
    messages: &MessageTable,
    source_ids: Option<&BTreeSet<String>>,
    diags: &mut Diagnostics,
) -> Option<Model> {
    let sources = &content.checklist;
    if sources.files.is_empty() {
        return None;
    }
    let ctx = Ctx {
        content,
        reference: reference_locale(content).and_then(|l| messages.get(l).map(|m| (l, m))),
        source_ids,
    };
    let mut model = Model::default();
    let Some((model_file, source)) = &sources.model else {
        if !sources.files.contains("checklist/model.toml") {
            diags.push(
                "checklist/model.toml",
                1,
                "checklist/model.toml is missing: it lists the modules, elements and levels",
            );
        }
        return Some(model);
    };
    let mut positions = Positions::default();
    elements(&ctx, model_file, source, &mut model, diags);
    presence(model_file, source, &mut model, diags);
    match &sources.indicators {
        Some((file, indicators)) => {
            self::indicators(&ctx, file, indicators, &mut model, &mut positions, diags)
        }
        None if !sources.files.contains("checklist/indicators.toml") => diags.push(
            "checklist/indicators.toml",
            1,
            "checklist/indicators.toml is missing: questions point to its indicators",
        ),
        None => {}
    }
    let indicators_parsed = sources.indicators.is_some();
    levels(
        &ctx,
        model_file,
        source,
        &mut model,
        indicators_parsed,
        diags,
    );
    notes(
        &ctx,
        model_file,
        source,
        &mut model,
        indicators_parsed,
        diags,
    );
    let pending = modules(&ctx, model_file, source, &mut model, &mut positions, diags);
    let conditions_ok = conditions(pending, &mut model, diags);
    // Neither rule is judged on a broken condition or indicator file: the broken part
    // may be the one that would make the question count.
    if conditions_ok && indicators_parsed {
        unread_steering(&model, &positions, diags);
    }
    if conditions_ok {
        reach(&model, &positions, indicators_parsed, diags);
    }
    Some(model)
}

fn elements(
    ctx: &Ctx<'_>,
    file: &SourceFile,
    source: &ModelFile,
    model: &mut Model,
    diags: &mut Diagnostics,
) {
    for element in &source.element {
        let id = element.id.get_ref();
        let line = file.line(element.id.span().start);
        if model.elements.iter().any(|e| &e.id == id) {
            diags.push(&file.rel, line, format!("element `{id}` is defined twice"));
        }
        ctx.check_source(file, &element.source, diags);
        ctx.need_message(
            diags,
            &file.rel,
            line,
            &format!("checklist-element-{id}"),
            &format!("element `{id}`"),
        );
        let presence = match element.presence.as_ref().map(|p| p.get_ref().as_str()) {
            None | Some("combination") => Presence::Combination,
            Some("any") => Presence::Any,
            Some(other) => {
                diags.push(
                    &file.rel,
                    line,
                    format!("presence must be `combination` or `any`, not `{other}`"),
                );
                Presence::Combination
            }
        };
        model.elements.push(Element {
            id: id.clone(),
            source: element.source.get_ref().clone(),
            presence,
            ilo: element.source.get_ref() == ILO_EC,
        });
    }
    if source.element.is_empty() {
        diags.push(&file.rel, 1, "the model defines no element");
    }
}

fn presence(file: &SourceFile, source: &ModelFile, model: &mut Model, diags: &mut Diagnostics) {
    for presence in &source.presence {
        let p = presence.get_ref();
        let combination = Combination {
            strong: p.strong,
            medium: p.medium,
            weak: p.weak,
        };
        if combination.is_empty() {
            diags.push(
                &file.rel,
                file.line(presence.span().start),
                "a presence combination needs at least one indicator (strong, medium or weak)",
            );
        }
        model.presence.push(combination);
    }
    if source.presence.is_empty() {
        diags.push(
            &file.rel,
            1,
            "the model has no [[presence]] combination: no element could ever be present",
        );
    }
}

fn grade(file: &SourceFile, g: &Spanned<String>, diags: &mut Diagnostics) -> Grade {
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
}

fn age_group(file: &SourceFile, a: &Spanned<String>, diags: &mut Diagnostics) -> Option<AgeGroup> {
    match a.get_ref().as_str() {
        "adult" => Some(AgeGroup::Adult),
        "minor" => Some(AgeGroup::Minor),
        other => {
            diags.push(
                &file.rel,
                file.line(a.span().start),
                format!("age must be `adult` or `minor`, not `{other}`"),
            );
            None
        }
    }
}

fn indicators(
    ctx: &Ctx<'_>,
    file: &SourceFile,
    source: &IndicatorsFile,
    model: &mut Model,
    positions: &mut Positions,
    diags: &mut Diagnostics,
) {
    for def in &source.indicator {
        let id = def.id.get_ref();
        let line = file.line(def.id.span().start);
        if positions.indicators.contains_key(id) {
            diags.push(
                &file.rel,
                line,
                format!("indicator `{id}` is defined twice"),
            );
            continue;
        }
        positions
            .indicators
            .insert(id.clone(), (file.rel.clone(), line));
        let element = model
            .elements
            .iter()
            .position(|e| &e.id == def.element.get_ref());
        if element.is_none() {
            diags.push(
                &file.rel,
                file.line(def.element.span().start),
                format!("reference to a missing element `{}`", def.element.get_ref()),
            );
        }
        let adult = grade(file, &def.grade, diags);
        let minor = def
            .grade_minor
            .as_ref()
            .map(|g| grade(file, g, diags))
            .unwrap_or(adult);
        // The ILO/EC child lists never grade a sign lower than the adult lists, and the
        // engine relies on it: saying "under 18" can never hide a sign.
        if minor < adult {
            diags.push(
                &file.rel,
                line,
                format!("indicator `{id}` has a lower grade for a minor than for an adult"),
            );
        }
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
            ctx.check_source(file, &c.source, diags);
            if c.reference.trim().is_empty() {
                diags.push(
                    &file.rel,
                    file.line(cite.span().start),
                    "`ref` names the indicator in the cited source; it is empty",
                );
            }
            cites.push(Citation {
                source: c.source.get_ref().clone(),
                title: ctx.source_title(c.source.get_ref()),
                reference: c.reference.clone(),
            });
        }
        if let Some(e) = element
            && model.elements[e].ilo
            && !cites.is_empty()
            && !cites.iter().any(|c| c.source == ILO_EC)
        {
            diags.push(
                &file.rel,
                line,
                format!(
                    "indicator `{id}` is in the ILO/EC element `{}` but does not cite {ILO_EC}: signs from other sources go in their own element",
                    model.elements[e].id
                ),
            );
        }
        ctx.need_message(
            diags,
            &file.rel,
            line,
            &format!("checklist-indicator-{id}"),
            &format!("indicator `{id}`"),
        );
        model.indicators.push(Indicator {
            id: id.clone(),
            element: element.unwrap_or(0),
            grade: adult,
            grade_minor: minor,
            only: def.only.as_ref().and_then(|a| age_group(file, a, diags)),
            cites,
        });
    }
}

fn clause(
    file: &SourceFile,
    def: &Spanned<ClauseDef>,
    model: &Model,
    indicators_parsed: bool,
    diags: &mut Diagnostics,
) -> Clause {
    let d = def.get_ref();
    let known = |e: &Spanned<String>, diags: &mut Diagnostics| {
        if !model.elements.iter().any(|x| &x.id == e.get_ref()) {
            diags.push(
                &file.rel,
                file.line(e.span().start),
                format!("reference to a missing element `{}`", e.get_ref()),
            );
        }
        e.get_ref().clone()
    };
    let present: Vec<Vec<String>> = d
        .present
        .iter()
        .map(|group| group.iter().map(|e| known(e, diags)).collect())
        .collect();
    if present.iter().any(Vec::is_empty) {
        diags.push(
            &file.rel,
            file.line(def.span().start),
            "an empty group in `present` can never hold",
        );
    }
    for i in &d.indicators {
        if indicators_parsed && !model.indicators.iter().any(|x| &x.id == i.get_ref()) {
            diags.push(
                &file.rel,
                file.line(i.span().start),
                format!("reference to a missing indicator `{}`", i.get_ref()),
            );
        }
    }
    let clause = Clause {
        age: d.age.as_ref().and_then(|a| age_group(file, a, diags)),
        present,
        strong_in: d.strong_in.iter().map(|e| known(e, diags)).collect(),
        matched_in: d.matched_in.as_ref().map(|m| MatchedIn {
            elements: m.elements.iter().map(|e| known(e, diags)).collect(),
            min: m.min,
        }),
        unsure_at_least: d.unsure_at_least,
        indicators: d.indicators.iter().map(|i| i.get_ref().clone()).collect(),
    };
    if clause.present.is_empty()
        && clause.strong_in.is_empty()
        && clause.matched_in.as_ref().is_none_or(|m| m.min == 0)
        && clause.unsure_at_least == 0
        && clause.indicators.is_empty()
        && clause.age.is_none()
    {
        diags.push(
            &file.rel,
            file.line(def.span().start),
            "this clause always holds: give it `present`, `strong-in`, `matched-in`, `indicators`, `unsure-at-least` or `age`",
        );
    }
    clause
}

fn levels(
    ctx: &Ctx<'_>,
    file: &SourceFile,
    source: &ModelFile,
    model: &mut Model,
    indicators_parsed: bool,
    diags: &mut Diagnostics,
) {
    let ruled: Vec<&str> = Level::RULED.iter().map(|l| l.id()).collect();
    for def in &source.level {
        let id = def.id.get_ref();
        let line = file.line(def.id.span().start);
        let level = Level::from_id(id).filter(|l| Level::RULED.contains(l));
        if level.is_none() {
            diags.push(
                &file.rel,
                line,
                format!(
                    "unknown level `{id}`; the model defines {} (immediate danger and no clear signs are decided by the engine)",
                    ruled.join(" and ")
                ),
            );
        }
        if def.when.is_empty() {
            diags.push(
                &file.rel,
                line,
                format!("level `{id}` has no `when` clause, so it can never be the result"),
            );
        }
        let clauses = def
            .when
            .iter()
            .map(|c| clause(file, c, model, indicators_parsed, diags))
            .collect();
        if let Some(level) = level {
            model.levels.push(LevelRule { level, clauses });
        }
    }
    let written: Vec<&str> = source
        .level
        .iter()
        .map(|l| l.id.get_ref().as_str())
        .collect();
    if written != ruled {
        diags.push(
            &file.rel,
            source
                .level
                .first()
                .map(|l| file.line(l.id.span().start))
                .unwrap_or(1),
            format!(
                "the model defines the levels {} once each, in this order",
                ruled.join(", ")
            ),
        );
    }
    for level in Level::ALL {
        let line = source
            .level
            .iter()
            .find(|l| l.id.get_ref() == level.id())
            .map(|l| file.line(l.id.span().start))
            .unwrap_or(1);
        for id in [
            format!("checklist-level-{}", level.id()),
            format!("checklist-level-{}-summary", level.id()),
        ] {
            ctx.need_message(
                diags,
                &file.rel,
                line,
                &id,
                &format!("level `{}`", level.id()),
            );
        }
    }
}

fn notes(
    ctx: &Ctx<'_>,
    file: &SourceFile,
    source: &ModelFile,
    model: &mut Model,
    indicators_parsed: bool,
    diags: &mut Diagnostics,
) {
    let contact_ids: Option<BTreeSet<&String>> = ctx
        .content
        .contacts
        .as_ref()
        .map(|(_, c)| c.contact.iter().map(|c| c.id.get_ref()).collect());
    for def in &source.note {
        let id = def.id.get_ref();
        let line = file.line(def.id.span().start);
        if model.notes.iter().any(|n| &n.id == id) {
            diags.push(&file.rel, line, format!("note `{id}` is defined twice"));
        }
        let mut levels = Vec::new();
        for level in &def.levels {
            match Level::from_id(level.get_ref()) {
                Some(l) => levels.push(l),
                None => diags.push(
                    &file.rel,
                    file.line(level.span().start),
                    format!("unknown level `{}`", level.get_ref()),
                ),
            }
        }
        for contact in &def.contacts {
            if contact_ids
                .as_ref()
                .is_some_and(|ids| !ids.contains(contact.get_ref()))
            {
                diags.push(
                    &file.rel,
                    file.line(contact.span().start),
                    format!("reference to a missing contact `{}`", contact.get_ref()),
                );
            }
        }
        let clauses = def
            .when
            .iter()
            .map(|c| clause(file, c, model, indicators_parsed, diags))
            .collect();
        ctx.need_message(
            diags,
            &file.rel,
            line,
            &format!("checklist-note-{id}"),
            &format!("note `{id}`"),
        );
        model.notes.push(Note {
            id: id.clone(),
            levels,
            clauses,
            contacts: def.contacts.iter().map(|c| c.get_ref().clone()).collect(),
        });
    }
}

/// A `when` waiting for every question to be known.
struct Pending {
    rel: String,
    line: usize,
    text: String,
    /// Questions at this index and later may not be read by the condition.
    before: usize,
    target: Target,
}

enum Target {
    Module(usize),
    Question(usize),
}

fn modules(
    ctx: &Ctx<'_>,
    model_file: &SourceFile,
    source: &ModelFile,
    model: &mut Model,
    positions: &mut Positions,
    diags: &mut Diagnostics,
) -> Vec<Pending> {
    let sources = &ctx.content.checklist;
    let mut pending = Vec::new();
    let mut listed = BTreeSet::new();
    for module_id in &source.modules {
        let id = module_id.get_ref();
        let line = model_file.line(module_id.span().start);
        if !listed.insert(id.clone()) {
            diags.push(
                &model_file.rel,
                line,
                format!("module `{id}` is listed twice"),
            );
            continue;
        }
        ctx.need_message(
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
        self::module(ctx, id, file, module, model, positions, &mut pending, diags);
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
    pending
}

#[allow(clippy::too_many_arguments)]
fn module(
    ctx: &Ctx<'_>,
    id: &str,
    file: &SourceFile,
    source: &ModuleFile,
    model: &mut Model,
    positions: &mut Positions,
    pending: &mut Vec<Pending>,
    diags: &mut Diagnostics,
) {
    let head = source.module.as_ref();
    let article = head.and_then(|h| h.article.as_ref());
    if let Some(article) = article
        && !ctx.content.article_dirs.contains_key(article.get_ref())
    {
        diags.push(
            &file.rel,
            file.line(article.span().start),
            format!("reference to a missing article `{}`", article.get_ref()),
        );
    }
    let conditional = head.and_then(|h| h.when.as_ref()).is_some();
    if let Some(when) = head.and_then(|h| h.when.as_ref()) {
        pending.push(Pending {
            rel: file.rel.clone(),
            line: file.line(when.span().start),
            text: when.get_ref().clone(),
            before: model.questions.len(),
            target: Target::Module(model.modules.len()),
        });
    }
    model.modules.push(Module {
        id: id.to_string(),
        condition: None,
        article: article.map(|a| a.get_ref().clone()),
    });
    if source.question.is_empty() {
        diags.push(&file.rel, 1, format!("module `{id}` has no question"));
    }
    for def in &source.question {
        if let Some(question) = self::question(ctx, file, def, conditional, model, positions, diags)
        {
            if let Some(when) = &def.when {
                pending.push(Pending {
                    rel: file.rel.clone(),
                    line: file.line(when.span().start),
                    text: when.get_ref().clone(),
                    before: model.questions.len(),
                    target: Target::Question(model.questions.len()),
                });
            }
            positions
                .questions
                .push((file.rel.clone(), file.line(def.id.span().start)));
            model.questions.push(question);
        }
    }
}

/// One question: its id, kind, role, answers and messages. `None` when it repeats an
/// id (the first one stands).
fn question(
    ctx: &Ctx<'_>,
    file: &SourceFile,
    def: &QuestionDef,
    conditional_module: bool,
    model: &Model,
    positions: &Positions,
    diags: &mut Diagnostics,
) -> Option<Question> {
    let qid = def.id.get_ref();
    let line = file.line(def.id.span().start);
    if model.questions.iter().any(|q| &q.id == qid) {
        diags.push(
            &file.rel,
            line,
            format!("question `{qid}` is defined twice"),
        );
        return None;
    }
    if !is_name(qid) {
        diags.push(
            &file.rel,
            line,
            format!("question id `{qid}` is a word of the condition language; choose another"),
        );
    }
    let kind = match &def.kind {
        None => Kind::YesNo,
        Some(k) => Kind::from_id(k.get_ref()).unwrap_or_else(|| {
            diags.push(
                &file.rel,
                file.line(k.span().start),
                format!(
                    "unknown kind `{}`; use one of {}",
                    k.get_ref(),
                    Kind::ids().join(", ")
                ),
            );
            Kind::YesNo
        }),
    };
    let role = def.role.as_ref().and_then(|r| {
        let role = Role::from_id(r.get_ref());
        let taken = role.and_then(|role| model.questions.iter().find(|q| q.role == Some(role)));
        let problem = match (role, taken) {
            (None, _) => Some(format!(
                "unknown role `{}`; use one of {}",
                r.get_ref(),
                Role::ids().join(", ")
            )),
            (Some(_), Some(first)) => Some(format!(
                "role `{}` is already given to question `{}`",
                r.get_ref(),
                first.id
            )),
            (Some(_), None) => None,
        };
        if let Some(problem) = problem {
            diags.push(&file.rel, file.line(r.span().start), problem);
            return None;
        }
        role
    });
    let values: Vec<String> = match kind {
        Kind::YesNo => YES_NO_VALUES.iter().map(|v| v.to_string()).collect(),
        Kind::Choice => def.options.iter().map(|o| o.get_ref().clone()).collect(),
    };
    shape(file, def, kind, role, diags);
    let matches = mappings(file, def, kind, model, positions, diags);
    if def.danger {
        danger(file, def, kind, conditional_module, model, diags);
    }
    question_messages(ctx, file, def, role, diags);
    Some(Question {
        id: qid.clone(),
        module: model.modules.len().saturating_sub(1),
        kind,
        role,
        danger: def.danger,
        condition: None,
        values,
        matches,
    })
}

fn shape(
    file: &SourceFile,
    def: &QuestionDef,
    kind: Kind,
    role: Option<Role>,
    diags: &mut Diagnostics,
) {
    let qid = def.id.get_ref();
    let line = file.line(def.id.span().start);
    let options: Vec<&str> = def.options.iter().map(|o| o.get_ref().as_str()).collect();
    match kind {
        Kind::Choice if options.len() < 2 => diags.push(
            &file.rel,
            line,
            format!("choice question `{qid}` needs at least two options"),
        ),
        Kind::Choice if !def.yes.is_empty() => diags.push(
            &file.rel,
            line,
            format!(
                "choice question `{qid}` cannot map yes or no answers to indicators (use `matches`)"
            ),
        ),
        Kind::YesNo if !options.is_empty() => diags.push(
            &file.rel,
            line,
            format!("yes/no question `{qid}` has no options"),
        ),
        _ => {}
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
    let (ok, what) = match role {
        Some(Role::Perspective) => (
            kind == Kind::Choice && options == [ME, OTHER],
            "it is a choice with the options [\"me\", \"other\"]",
        ),
        Some(Role::Minor) => (kind == Kind::YesNo, "it is a yes/no question"),
        Some(Role::Region) => (
            kind == Kind::Choice
                && options
                    .iter()
                    .all(|o| *o == NOT_SURE || Region::from_id(o).is_some()),
            "it is a choice among the regions and `not-sure`",
        ),
        None => (true, ""),
    };
    if !ok {
        diags.push(
            &file.rel,
            line,
            format!(
                "question `{qid}` has role `{}`: {what}",
                role.map(Role::id).unwrap_or_default()
            ),
        );
    }
}

/// The answers' indicators. "Yes" is always the worrying answer: a `no = [...]`
/// mapping would reverse a question in the middle of others, and quick answers would
/// count the wrong way.
fn mappings(
    file: &SourceFile,
    def: &QuestionDef,
    kind: Kind,
    model: &Model,
    positions: &Positions,
    diags: &mut Diagnostics,
) -> Vec<Match> {
    let qid = def.id.get_ref();
    if let Some(first) = def.no.first() {
        diags.push(
            &file.rel,
            file.line(first.span().start),
            format!("question `{qid}` maps \"no\" to an indicator: phrase it so that \"yes\" is the worrying answer, and map `yes`"),
        );
    }
    let resolve = |ids: &[Spanned<String>], diags: &mut Diagnostics| -> Vec<usize> {
        let mut out = Vec::new();
        for mapped in ids {
            match model
                .indicators
                .iter()
                .position(|i| &i.id == mapped.get_ref())
            {
                Some(i) => out.push(i),
                None if positions.indicators.is_empty() && model.indicators.is_empty() => {}
                None => diags.push(
                    &file.rel,
                    file.line(mapped.span().start),
                    format!("reference to a missing indicator `{}`", mapped.get_ref()),
                ),
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    };
    let mut matches = Vec::new();
    if !def.yes.is_empty() {
        matches.push(Match {
            answer: YES.to_string(),
            indicators: resolve(&def.yes, diags),
        });
    }
    for (option, ids) in &def.matches {
        if kind != Kind::Choice || !def.options.iter().any(|o| o.get_ref() == option) {
            diags.push(
                &file.rel,
                file.line(def.id.span().start),
                format!("question `{qid}` maps `{option}`, which is not one of its options"),
            );
        }
        matches.push(Match {
            answer: option.clone(),
            indicators: resolve(ids, diags),
        });
    }
    matches
}

/// Danger questions come first, always asked: only the perspective question may
/// precede them.
fn danger(
    file: &SourceFile,
    def: &QuestionDef,
    kind: Kind,
    conditional_module: bool,
    model: &Model,
    diags: &mut Diagnostics,
) {
    let qid = def.id.get_ref();
    let line = file.line(def.id.span().start);
    if kind != Kind::YesNo {
        diags.push(&file.rel, line, "a danger question is a yes/no question");
    }
    if let Some(before) = model
        .questions
        .iter()
        .find(|q| !q.danger && q.role != Some(Role::Perspective))
    {
        diags.push(
            &file.rel,
            line,
            format!(
                "danger question `{qid}` comes after question `{}`: questions about immediate danger come first",
                before.id
            ),
        );
    }
    if def.when.is_some() || conditional_module {
        diags.push(
            &file.rel,
            line,
            format!("danger question `{qid}` must always be asked: it has no condition"),
        );
    }
}

fn question_messages(
    ctx: &Ctx<'_>,
    file: &SourceFile,
    def: &QuestionDef,
    role: Option<Role>,
    diags: &mut Diagnostics,
) {
    let qid = def.id.get_ref();
    let line = file.line(def.id.span().start);
    let text_id = format!("checklist-q-{qid}");
    ctx.need_message(
        diags,
        &file.rel,
        line,
        &text_id,
        &format!("question `{qid}`"),
    );
    if role != Some(Role::Perspective)
        && let Some((locale, defs)) = ctx.reference
        && let Some(message) = defs.get(&text_id)
        && !message.variables.contains("perspective")
    {
        diags.push(
            &file.rel,
            line,
            format!(
                "message `{text_id}` does not adapt to the perspective in {locale}: use {{ $perspective -> [me] … *[other] … }}"
            ),
        );
    }
    for option in &def.options {
        ctx.need_message(
            diags,
            &file.rel,
            file.line(option.span().start),
            &format!("checklist-q-{qid}-{}", option.get_ref()),
            &format!("option `{}` of question `{qid}`", option.get_ref()),
        );
    }
}

/// Parses every condition, then checks what it reads against earlier questions.
/// Returns whether all were sound.
fn conditions(pending: Vec<Pending>, model: &mut Model, diags: &mut Diagnostics) -> bool {
    let mut ok = true;
    for p in pending {
        let condition = match parse_condition(&p.text) {
            Ok(condition) => condition,
            Err(reason) => {
                ok = false;
                diags.push(
                    &p.rel,
                    p.line,
                    format!("bad condition `{}`: {reason}", p.text),
                );
                continue;
            }
        };
        let problems = condition_problems(&condition, model, p.before);
        ok &= problems.is_empty();
        for problem in problems {
            diags.push(
                &p.rel,
                p.line,
                format!("bad condition `{}`: {problem}", p.text),
            );
        }
        match p.target {
            Target::Module(i) => model.modules[i].condition = Some(condition),
            Target::Question(i) => model.questions[i].condition = Some(condition),
        }
    }
    ok
}

fn condition_problems(condition: &Condition, model: &Model, before: usize) -> Vec<String> {
    let has_role = |role| model.questions.iter().any(|q| q.role == Some(role));
    let mut problems = Vec::new();
    walk(condition, &mut |c| match c {
        Condition::Minor | Condition::Adult if !has_role(Role::Minor) => {
            problems.push("`minor`/`adult` need a question with role `minor`".to_string())
        }
        Condition::Me | Condition::Other if !has_role(Role::Perspective) => {
            problems.push("`me`/`other` need a question with role `perspective`".to_string())
        }
        Condition::Is { question, values } => {
            match model.questions.iter().position(|q| &q.id == question) {
                None => problems.push(format!("reference to a missing question `{question}`")),
                Some(i) if i >= before => problems.push(format!(
                    "question `{question}` is not asked before this point; a condition reads earlier answers only"
                )),
                Some(i) => {
                    let domain = &model.questions[i].values;
                    for value in values {
                        if !domain.contains(value) {
                            problems.push(format!(
                                "`{value}` is not an answer of question `{question}` ({})",
                                domain.join(", ")
                            ));
                        }
                    }
                }
            }
        }
        _ => {}
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

/// A question without a role and without an indicator must steer others; one nothing
/// reads is dead weight.
fn unread_steering(model: &Model, positions: &Positions, diags: &mut Diagnostics) {
    for (question, (rel, line)) in model.questions.iter().zip(&positions.questions) {
        let maps = question.matches.iter().any(|m| !m.indicators.is_empty());
        if question.role.is_some() || maps {
            continue;
        }
        let read = model
            .questions
            .iter()
            .filter_map(|q| q.condition.as_ref())
            .chain(model.modules.iter().filter_map(|m| m.condition.as_ref()))
            .any(|c| c.questions().contains(&question.id.as_str()));
        if !read {
            diags.push(
                rel,
                *line,
                format!(
                    "question `{}` maps to no indicator and no condition reads its answer",
                    question.id
                ),
            );
        }
    }
}

/// Questions no answer path reaches, and indicators only such questions map.
fn reach(model: &Model, positions: &Positions, indicators_parsed: bool, diags: &mut Diagnostics) {
    let analysis = Reachability::new(model);
    let mut reachable = BTreeSet::new();
    for (index, (question, (rel, line))) in
        model.questions.iter().zip(&positions.questions).enumerate()
    {
        if analysis.reachable(index) {
            reachable.extend(
                question
                    .matches
                    .iter()
                    .flat_map(|m| m.indicators.iter().copied()),
            );
        } else {
            diags.push(
                rel,
                *line,
                format!(
                    "question `{}` can never be asked: its conditions cannot all hold",
                    question.id
                ),
            );
        }
    }
    if !indicators_parsed {
        return;
    }
    for (index, indicator) in model.indicators.iter().enumerate() {
        if !reachable.contains(&index)
            && let Some((rel, line)) = positions.indicators.get(&indicator.id)
        {
            diags.push(
                rel,
                *line,
                format!(
                    "indicator `{}` is unreachable: no question that can be asked maps to it",
                    indicator.id
                ),
            );
        }
    }
}
