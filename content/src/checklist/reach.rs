//! Whether each question can be asked at all: an exact search over the conditions of
//! the checked model, so the check can refuse a question no answer path reaches.

use lueur_contract::checklist::{Condition, ME, Model, Role};
use std::collections::{BTreeMap, BTreeSet};

/// A question's value: `None` when it was not asked or was skipped (always possible,
/// since every question can be skipped).
type Value = Option<String>;
/// Allowed values per question (by index); a conjunction of constraints.
type Conj = BTreeMap<usize, BTreeSet<Value>>;

/// Decides whether a question can be asked at all, exactly: each condition is put in
/// disjunctive normal form over "question has one of these values", and a question
/// that must have been answered must itself have been asked, which pulls in its own
/// conditions (always about earlier questions, so the search ends).
pub(super) struct Reachability<'a> {
    checklist: &'a Model,
    minor: Option<usize>,
    perspective: Option<usize>,
    budget: std::cell::Cell<u32>,
}

/// Past this many steps a search gives up and calls the question reachable, so that
/// an odd condition cannot stall the build.
const BUDGET: u32 = 200_000;

impl<'a> Reachability<'a> {
    pub(super) fn new(checklist: &'a Model) -> Self {
        let find = |role: Role| {
            checklist
                .questions
                .iter()
                .position(|q| q.role == Some(role))
        };
        Reachability {
            checklist,
            minor: find(Role::Minor),
            perspective: find(Role::Perspective),
            budget: std::cell::Cell::new(BUDGET),
        }
    }

    pub(super) fn reachable(&self, question: usize) -> bool {
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
            .get(q.module)
            .and_then(|m| m.condition.as_ref());
        let mut dnf = vec![Conj::new()];
        for condition in module.into_iter().chain(q.condition.as_ref()) {
            dnf = and(&dnf, &self.dnf(condition, false));
        }
        dnf
    }

    fn domain(&self, question: usize) -> BTreeSet<Value> {
        self.checklist.questions[question]
            .values
            .iter()
            .cloned()
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
