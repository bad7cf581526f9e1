//! The checklist's one model: the typed form the compiler (`lueur-content`) produces
//! after checking `content/checklist/*.toml` and stores as one serialized blob, and the
//! core reads back with serde and evaluates. Conditions on earlier answers, indicator
//! grades, the combination rule, the levels and notes, and the vocabulary both sides
//! share (levels, kinds, roles, regions, contact kinds) are declared here and nowhere
//! else.

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
    /// At least one of these indicators (by id) was answered so that it applies.
    #[serde(default)]
    pub indicators: Vec<String>,
}

/// What a clause is evaluated against.
pub struct Assessed<'a> {
    pub minor: bool,
    pub present: &'a dyn Fn(&str) -> bool,
    pub strong_in: &'a dyn Fn(&str) -> bool,
    pub matched_in: &'a dyn Fn(&str) -> u32,
    pub matched: &'a dyn Fn(&str) -> bool,
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
            && (self.indicators.is_empty() || self.indicators.iter().any(|i| (facts.matched)(i)))
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

/// Defines a string vocabulary as an enum with its ids, so neither side spells the
/// strings again.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $id)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.id() == id)
            }

            /// Every id, for messages that list what is allowed.
            pub fn ids() -> Vec<&'static str> {
                $name::ALL.iter().map(|v| v.id()).collect()
            }
        }
    };
}

vocabulary! {
    /// A result level, from the least to the most worrying (the derived order is
    /// that of concern, which the property tests rely on).
    #[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
    Level {
        /// No clear signs in these answers.
        NoClearSigns = "no-clear-signs",
        /// Some signs.
        SomeSigns = "some-signs",
        /// Signs that together point strongly to exploitation.
        StrongSigns = "strong-signs",
        /// A "yes" to a danger question: the emergency numbers come first.
        ImmediateDanger = "immediate-danger",
    }
}

impl Level {
    /// The levels the content's rules define, in the order they are tried. The
    /// engine decides the other two: immediate danger before them, no clear signs
    /// when none holds.
    pub const RULED: [Level; 2] = [Level::StrongSigns, Level::SomeSigns];
}

vocabulary! {
    /// How a question is answered.
    Kind {
        /// Yes, no or not sure; "yes" is always the worrying answer.
        YesNo = "yes-no",
        /// One option among several.
        Choice = "choice",
    }
}

vocabulary! {
    /// A question whose answer the engine itself reads.
    Role {
        /// Whose situation it is (`me` / `other`).
        Perspective = "perspective",
        /// Under 18 (yes or not sure count as a minor).
        Minor = "minor",
        /// Where in Belgium, to put the nearest centre first.
        Region = "region",
    }
}

vocabulary! {
    /// The regions of Belgium a contact serves and a person can answer.
    Region {
        Brussels = "brussels",
        Flanders = "flanders",
        Wallonia = "wallonia",
        EastBelgium = "east-belgium",
    }
}

vocabulary! {
    /// What kind of service a contact is; the result routes by it.
    ContactKind {
        Emergency = "emergency",
        Police = "police",
        SpecialisedCentre = "specialised-centre",
        NationalContactPoint = "national-contact-point",
        ReportWebsite = "report-website",
        Helpline = "helpline",
        NationalRapporteur = "national-rapporteur",
    }
}

impl ContactKind {
    pub fn is_emergency(self) -> bool {
        matches!(self, ContactKind::Emergency | ContactKind::Police)
    }

    pub fn is_reporting(self) -> bool {
        matches!(
            self,
            ContactKind::NationalContactPoint | ContactKind::ReportWebsite
        )
    }
}

/// The option of a choice question that means "not sure" (never a region, never a
/// situation).
pub const NOT_SURE: &str = "not-sure";

/// The compiled checklist. Indices point into the model's own vectors; the compiler
/// has checked every one of them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Model {
    /// In the order they are asked.
    pub modules: Vec<Module>,
    /// In the order they are asked.
    pub questions: Vec<Question>,
    pub elements: Vec<Element>,
    pub indicators: Vec<Indicator>,
    /// The ILO/EC combination rule: an element is present when one combination is met.
    pub presence: Vec<Combination>,
    /// Strong signs, then some signs.
    pub levels: Vec<LevelRule>,
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Module {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// The article offered with a result when this module was asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    /// Index into [`Model::modules`].
    pub module: usize,
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub danger: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// The possible answers: `yes`, `no`, `unsure`, or the options of a choice.
    pub values: Vec<String>,
    /// Which answers match which indicators (indices into [`Model::indicators`]).
    /// A yes/no question only maps `yes`; "not sure" shows the same indicators apart.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub matches: Vec<Match>,
}

impl Question {
    /// The indicators an answer matches.
    pub fn matched_by(&self, answer: &str) -> &[usize] {
        self.matches
            .iter()
            .find(|m| m.answer == answer)
            .map(|m| m.indicators.as_slice())
            .unwrap_or(&[])
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Match {
    pub answer: String,
    pub indicators: Vec<usize>,
}

/// How an element is found present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Presence {
    /// By the ILO/EC combination rule ([`Model::presence`]).
    #[default]
    Combination,
    /// By one matched indicator: for elements that are facts rather than graded
    /// signs (the act, the form of exploitation named in law).
    Any,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Element {
    pub id: String,
    /// The framework it comes from (a source id).
    pub source: String,
    #[serde(default)]
    pub presence: Presence,
    /// One of the six elements of the ILO/EC 2009 indicators; other elements are
    /// shown as signs from other sources.
    #[serde(default)]
    pub ilo: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: String,
    /// Index into [`Model::elements`].
    pub element: usize,
    /// Its grade for an adult.
    pub grade: Grade,
    /// Its grade for a person under 18 (the ILO/EC child lists).
    pub grade_minor: Grade,
    /// Counts only for this age group (`None`: for everyone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only: Option<AgeGroup>,
    pub cites: Vec<Citation>,
}

impl Indicator {
    pub fn grade_for(&self, minor: bool) -> Grade {
        if minor { self.grade_minor } else { self.grade }
    }

    pub fn applies_to(&self, minor: bool) -> bool {
        match self.only {
            None => true,
            Some(AgeGroup::Minor) => minor,
            Some(AgeGroup::Adult) => !minor,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// A source id of `content/sources.toml`.
    pub source: String,
    /// That source's title, so the core need not look it up.
    pub title: String,
    /// The indicator in the source's own words.
    pub reference: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelRule {
    pub level: Level,
    /// The level holds when one clause holds.
    pub clauses: Vec<Clause>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: String,
    /// Empty: shown with every level.
    #[serde(default)]
    pub levels: Vec<Level>,
    /// Empty: always shown (for its levels); else when one clause holds.
    #[serde(default)]
    pub clauses: Vec<Clause>,
    /// Contacts (by id) the note brings into the result, right after the services
    /// for minors: the note names them, so they must be there to call.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<String>,
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

    #[test]
    fn vocabularies_round_trip_through_their_ids_and_serde() {
        for level in Level::ALL {
            assert_eq!(Level::from_id(level.id()), Some(*level));
            let json = serde_json_like(level.id());
            assert_eq!(json, format!("\"{}\"", level.id()));
        }
        assert_eq!(
            ContactKind::from_id("specialised-centre"),
            Some(ContactKind::SpecialisedCentre)
        );
        assert_eq!(Region::from_id("east-belgium"), Some(Region::EastBelgium));
        assert_eq!(Kind::from_id("maybe"), None);
        assert!(Level::NoClearSigns < Level::SomeSigns);
        assert!(Level::StrongSigns < Level::ImmediateDanger);
    }

    fn serde_json_like(id: &str) -> String {
        // The model is stored as JSON; a level must serialize to its id.
        let level = Level::from_id(id).expect("level");
        toml::Value::try_from(std::collections::BTreeMap::from([("l", level)]))
            .expect("serialize")
            .get("l")
            .map(|v| v.to_string())
            .unwrap_or_default()
    }
}
