//! The checklist's compiled form, shared by the compiler (which writes it as JSON
//! columns) and the core (which reads and evaluates it): conditions on earlier
//! answers, indicator grades, and the combination rules of `content/checklist/`.

use serde::{Deserialize, Serialize};

/// The answers of a yes/no question.
pub const YES: &str = "yes";
pub const NO: &str = "no";
pub const UNSURE: &str = "unsure";
pub const YES_NO_VALUES: &[&str] = &[YES, NO, UNSURE];

/// The two perspectives a question's wording adapts to (`$perspective` in Fluent).
pub const ME: &str = "me";
pub const OTHER: &str = "other";

/// When a question or a module is shown, as a function of earlier answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Condition {
    /// The person is under 18 (the age question was answered yes or not sure).
    Minor,
    /// Not [`Condition::Minor`].
    Adult,
    /// The checklist is about the person using the app.
    Me,
    /// Not [`Condition::Me`].
    Other,
    /// The question was shown and answered with one of `values`.
    Is {
        question: String,
        values: Vec<String>,
    },
    Not {
        of: Box<Condition>,
    },
    All {
        of: Vec<Condition>,
    },
    Any {
        of: Vec<Condition>,
    },
}

/// What a condition is evaluated against.
pub trait Facts {
    fn is_minor(&self) -> bool;
    fn is_me(&self) -> bool;
    /// The answer a shown question was given; `None` if it was not shown, not
    /// answered or skipped.
    fn answer(&self, question: &str) -> Option<&str>;
}

impl Condition {
    pub fn holds(&self, facts: &dyn Facts) -> bool {
        match self {
            Condition::Minor => facts.is_minor(),
            Condition::Adult => !facts.is_minor(),
            Condition::Me => facts.is_me(),
            Condition::Other => !facts.is_me(),
            Condition::Is { question, values } => facts
                .answer(question)
                .is_some_and(|answer| values.iter().any(|v| v == answer)),
            Condition::Not { of } => !of.holds(facts),
            Condition::All { of } => of.iter().all(|c| c.holds(facts)),
            Condition::Any { of } => of.iter().any(|c| c.holds(facts)),
        }
    }

    /// Every question the condition reads, in order of appearance.
    pub fn questions(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_questions(&mut out);
        out
    }

    fn collect_questions<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Condition::Is { question, .. } => out.push(question),
            Condition::Not { of } => of.collect_questions(out),
            Condition::All { of } | Condition::Any { of } => {
                for c in of {
                    c.collect_questions(out);
                }
            }
            Condition::Minor | Condition::Adult | Condition::Me | Condition::Other => {}
        }
    }
}

/// The ILO/EC grades of an indicator, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Grade {
    /// A weak sign.
    Weak,
    /// A medium sign.
    Medium,
    /// A strong sign.
    Strong,
}

impl Grade {
    pub const ALL: [Grade; 3] = [Grade::Weak, Grade::Medium, Grade::Strong];

    pub fn id(self) -> &'static str {
        match self {
            Grade::Weak => "weak",
            Grade::Medium => "medium",
            Grade::Strong => "strong",
        }
    }

    pub fn from_id(id: &str) -> Option<Grade> {
        Grade::ALL.into_iter().find(|g| g.id() == id)
    }
}

/// One way an element counts as present: at least this many matched indicators of
/// each grade. A stronger indicator may stand in for a weaker one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Combination {
    #[serde(default)]
    pub strong: u32,
    #[serde(default)]
    pub medium: u32,
    #[serde(default)]
    pub weak: u32,
}

impl Combination {
    /// Whether matched indicators with these grade counts meet the combination.
    /// Strong slots are filled first, then medium, then weak, each with the weakest
    /// indicators still good enough: greedy is exact here because a slot accepts
    /// every grade at or above its own.
    pub fn met_by(&self, strong: u32, medium: u32, weak: u32) -> bool {
        if strong < self.strong {
            return false;
        }
        let spare_strong = strong - self.strong;
        let medium_pool = medium + spare_strong;
        if medium_pool < self.medium {
            return false;
        }
        let weak_pool = weak + medium_pool - self.medium;
        weak_pool >= self.weak
    }

    pub fn is_empty(&self) -> bool {
        self.strong == 0 && self.medium == 0 && self.weak == 0
    }
}

/// Who a clause applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgeGroup {
    Adult,
    Minor,
}

/// At least `min` matched indicators in these elements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchedIn {
    pub elements: Vec<String>,
    pub min: u32,
}

/// One condition of a level or a note; every part that is set must hold.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Clause {
    /// Only for adults or only for minors; `None` for both.
    #[serde(default)]
    pub age: Option<AgeGroup>,
    /// Each group needs at least one present element.
    #[serde(default)]
    pub present: Vec<Vec<String>>,
    /// At least one matched strong indicator in one of these elements.
    #[serde(default)]
    pub strong_in: Vec<String>,
    #[serde(default)]
    pub matched_in: Option<MatchedIn>,
    /// At least this many answers were "not sure".
    #[serde(default)]
    pub unsure_at_least: u32,
}

/// What a clause is evaluated against.
pub struct Assessed<'a> {
    pub minor: bool,
    pub present: &'a dyn Fn(&str) -> bool,
    pub strong_in: &'a dyn Fn(&str) -> bool,
    pub matched_in: &'a dyn Fn(&str) -> u32,
    pub unsure: u32,
}

impl Clause {
    pub fn holds(&self, facts: &Assessed<'_>) -> bool {
        let age_ok = match self.age {
            None => true,
            Some(AgeGroup::Minor) => facts.minor,
            Some(AgeGroup::Adult) => !facts.minor,
        };
        age_ok
            && self
                .present
                .iter()
                .all(|group| group.iter().any(|e| (facts.present)(e)))
            && (self.strong_in.is_empty() || self.strong_in.iter().any(|e| (facts.strong_in)(e)))
            && self.matched_in.as_ref().is_none_or(|m| {
                m.elements
                    .iter()
                    .map(|e| (facts.matched_in)(e))
                    .sum::<u32>()
                    >= m.min
            })
            && facts.unsure >= self.unsure_at_least
    }

    /// Every element id the clause names.
    pub fn elements(&self) -> impl Iterator<Item = &String> {
        self.present
            .iter()
            .flatten()
            .chain(&self.strong_in)
            .chain(self.matched_in.iter().flat_map(|m| &m.elements))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commonly_summarised_combinations() {
        let rule = [
            Combination {
                strong: 2,
                ..Default::default()
            },
            Combination {
                strong: 1,
                medium: 1,
                weak: 0,
            },
            Combination {
                strong: 1,
                weak: 1,
                medium: 0,
            },
            Combination {
                medium: 3,
                ..Default::default()
            },
            Combination {
                medium: 2,
                weak: 1,
                strong: 0,
            },
        ];
        let present = |s, m, w| rule.iter().any(|c| c.met_by(s, m, w));
        assert!(present(2, 0, 0));
        assert!(present(1, 1, 0));
        assert!(present(1, 0, 1));
        assert!(present(0, 3, 0));
        assert!(present(0, 2, 1));
        assert!(!present(1, 0, 0));
        assert!(!present(0, 2, 0));
        assert!(!present(0, 1, 5));
        assert!(!present(0, 0, 9));
    }

    #[test]
    fn a_stronger_indicator_stands_in_for_a_weaker_one() {
        let two_medium_one_weak = Combination {
            strong: 0,
            medium: 2,
            weak: 1,
        };
        assert!(two_medium_one_weak.met_by(1, 2, 0));
        assert!(two_medium_one_weak.met_by(3, 0, 0));
        assert!(!two_medium_one_weak.met_by(0, 1, 4));
    }
}
