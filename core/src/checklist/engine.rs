//! The assessment: a pure, deterministic function of the definitions and the final
//! answers. Which questions count is decided here too: a question counts only if its
//! conditions hold given the answers before it, so an answer left behind after going
//! back and changing an earlier one is ignored rather than mixed in.

use super::definition::{Definition, Kind, Level, Role};
use lueur_contract::checklist::{
    Assessed, Facts, Grade, ME, NOT_SURE, Presence, Region, UNSURE, YES,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the person did with one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    /// `yes`, `no`, `unsure` or an option of a choice question.
    Given(String),
    Skipped,
}

/// Answers by question id. Order of entry never matters.
pub type Answers = BTreeMap<String, Answer>;

/// Per question (by index): whether it is asked given the answers before it, and the
/// answer that counts (`None` when not asked, not answered or skipped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effective {
    pub visible: Vec<bool>,
    pub values: Vec<Option<String>>,
}

struct Known<'a> {
    def: &'a Definition,
    values: &'a [Option<String>],
}

impl Known<'_> {
    fn role_value(&self, role: Role) -> Option<&str> {
        self.def
            .role_question(role)
            .and_then(|i| self.values.get(i))
            .and_then(|v| v.as_deref())
    }
}

impl Facts for Known<'_> {
    fn is_minor(&self) -> bool {
        matches!(self.role_value(Role::Minor), Some(YES | UNSURE))
    }

    fn is_me(&self) -> bool {
        self.role_value(Role::Perspective) == Some(ME)
    }

    fn answer(&self, question: &str) -> Option<&str> {
        self.def
            .question(question)
            .and_then(|i| self.values.get(i))
            .and_then(|v| v.as_deref())
    }
}

/// Whether question `index` is asked, given the values of the questions before it
/// (later values are not read: conditions only look back).
pub fn is_visible(def: &Definition, values: &[Option<String>], index: usize) -> bool {
    let Some(question) = def.questions.get(index) else {
        return false;
    };
    let known = Known { def, values };
    let module_ok = def
        .modules
        .get(question.module)
        .and_then(|m| m.condition.as_ref())
        .is_none_or(|c| c.holds(&known));
    module_ok && question.condition.as_ref().is_none_or(|c| c.holds(&known))
}

pub fn effective(def: &Definition, answers: &Answers) -> Effective {
    let n = def.questions.len();
    let mut values: Vec<Option<String>> = vec![None; n];
    let mut visible = vec![false; n];
    for (index, question) in def.questions.iter().enumerate() {
        // `values` holds None for every later question at this point.
        if !is_visible(def, &values, index) {
            continue;
        }
        visible[index] = true;
        if let Some(Answer::Given(value)) = answers.get(&question.id)
            && question.values.contains(value)
        {
            values[index] = Some(value.clone());
        }
    }
    Effective { visible, values }
}

/// How sure the answers are about a matched indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Certainty {
    /// Answered so that the indicator applies.
    Yes,
    /// Answered "not sure"; shown apart and not counted by the combination rule.
    Unsure,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub level: Level,
    pub minor: bool,
    pub me: bool,
    /// The region answered, unless "not sure" or skipped.
    pub region: Option<Region>,
    /// Matched indicators (by index, in the content's order) and how sure.
    pub indicators: Vec<(usize, Certainty)>,
    /// Per element: present by the combination rule.
    pub present: Vec<bool>,
    /// Notes (by index) that apply.
    pub notes: Vec<usize>,
    /// Yes/no indicator questions answered "not sure".
    pub unsure: u32,
    /// Modules (by index) with at least one question asked.
    pub modules: Vec<usize>,
    /// Indicator questions asked and answered (skips and the questions about who,
    /// age and region do not count).
    pub answered: u32,
}

impl Assessment {
    pub fn grade(&self, def: &Definition, indicator: usize) -> Grade {
        def.indicators
            .get(indicator)
            .map(|i| i.grade_for(self.minor))
            .unwrap_or(Grade::Weak)
    }
}

pub fn assess(def: &Definition, answers: &Answers) -> Assessment {
    let eff = effective(def, answers);
    let known = Known {
        def,
        values: &eff.values,
    };
    let minor = known.is_minor();
    let me = known.is_me();
    let region = known
        .role_value(Role::Region)
        .filter(|r| *r != NOT_SURE)
        .and_then(Region::from_id);

    let mut certainty: BTreeMap<usize, Certainty> = BTreeMap::new();
    let mut unsure = 0;
    let mut danger = false;
    let mut answered = 0;
    let mut modules = Vec::new();
    for (index, question) in def.questions.iter().enumerate() {
        if eff.visible[index] && !modules.contains(&question.module) {
            modules.push(question.module);
        }
        let Some(value) = eff.values[index].as_deref() else {
            continue;
        };
        if question.role.is_some() {
            continue;
        }
        // A yes/no question maps only its worrying answer, "yes"; "not sure" shows
        // the same indicators apart. A choice maps its options.
        let (key, how) = match (question.kind, value) {
            (Kind::YesNo, UNSURE) => (YES, Certainty::Unsure),
            (_, value) => (value, Certainty::Yes),
        };
        if question.kind == Kind::YesNo {
            answered += 1;
            if how == Certainty::Unsure {
                unsure += 1;
            }
        }
        if question.danger && value == YES {
            danger = true;
        }
        for &indicator in question.matched_by(key) {
            if !def.indicators[indicator].applies_to(minor) {
                continue;
            }
            let entry = certainty.entry(indicator).or_insert(how);
            *entry = (*entry).min(how);
        }
    }
    modules.sort_unstable();

    let grade = |i: usize| def.indicators[i].grade_for(minor);
    let mut counts = vec![[0u32; 3]; def.elements.len()];
    let mut matched_per_element = vec![0u32; def.elements.len()];
    for (&i, &how) in &certainty {
        if how != Certainty::Yes {
            continue;
        }
        let element = def.indicators[i].element;
        if let Some(c) = counts.get_mut(element) {
            c[grade(i) as usize] += 1;
            matched_per_element[element] += 1;
        }
    }
    let present: Vec<bool> = counts
        .iter()
        .zip(&def.elements)
        .map(|([weak, medium, strong], element)| match element.presence {
            Presence::Any => weak + medium + strong > 0,
            Presence::Combination => def
                .presence
                .iter()
                .any(|combination| combination.met_by(*strong, *medium, *weak)),
        })
        .collect();

    let element_present = |id: &str| def.element(id).is_some_and(|e| present[e]);
    let strong_in = |id: &str| {
        def.element(id)
            .is_some_and(|e| counts[e][Grade::Strong as usize] > 0)
    };
    let matched_in = |id: &str| def.element(id).map(|e| matched_per_element[e]).unwrap_or(0);
    let matched = |id: &str| {
        certainty
            .iter()
            .any(|(&i, &how)| how == Certainty::Yes && def.indicators[i].id == id)
    };
    let facts = Assessed {
        minor,
        present: &element_present,
        strong_in: &strong_in,
        matched_in: &matched_in,
        matched: &matched,
        unsure,
    };
    let level = if danger {
        Level::ImmediateDanger
    } else {
        def.levels
            .iter()
            .find(|rule| rule.clauses.iter().any(|c| c.holds(&facts)))
            .map(|rule| rule.level)
            .unwrap_or(Level::NoClearSigns)
    };
    let notes = def
        .notes
        .iter()
        .enumerate()
        .filter(|(_, note)| note.levels.is_empty() || note.levels.contains(&level))
        .filter(|(_, note)| note.clauses.is_empty() || note.clauses.iter().any(|c| c.holds(&facts)))
        .map(|(i, _)| i)
        .collect();
    Assessment {
        level,
        minor,
        me,
        region,
        indicators: certainty.into_iter().collect(),
        present,
        notes,
        unsure,
        modules,
        answered,
    }
}
