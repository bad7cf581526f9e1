//! The checklist as compiled into the bundled content: modules, questions with their
//! conditions and indicator mappings, indicators with grades and citations, elements,
//! the combination rule, levels and notes. Read once when a checklist starts.

use crate::content::{ContentError, ContentStore};
use lueur_contract::checklist::{Clause, Combination, Condition, Grade};
use rusqlite::Connection;
use std::collections::HashMap;

/// A result level. `ImmediateDanger` and `NoClearSigns` are decided by the engine;
/// the content's model defines when the other two hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Level {
    /// A "yes" to a danger question: the emergency numbers come first.
    ImmediateDanger,
    /// Signs that together point strongly to exploitation.
    StrongSigns,
    /// Some signs.
    SomeSigns,
    /// No clear signs in these answers.
    NoClearSigns,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::ImmediateDanger,
        Level::StrongSigns,
        Level::SomeSigns,
        Level::NoClearSigns,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Level::ImmediateDanger => "immediate-danger",
            Level::StrongSigns => "strong-signs",
            Level::SomeSigns => "some-signs",
            Level::NoClearSigns => "no-clear-signs",
        }
    }

    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id() == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    YesNo,
    Choice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Perspective,
    Minor,
    Region,
}

#[derive(Debug, Clone)]
pub struct Module {
    pub id: String,
    pub condition: Option<Condition>,
    pub article: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub module: usize,
    pub kind: Kind,
    pub role: Option<Role>,
    pub danger: bool,
    pub condition: Option<Condition>,
    /// The possible answers: `yes`, `no`, `unsure` or the options of a choice.
    pub values: Vec<String>,
    /// Indicators (by index) a "yes" matches.
    pub yes: Vec<usize>,
    /// Indicators (by index) a "no" matches.
    pub no: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Citation {
    pub source: String,
    pub title: String,
    pub reference: String,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub id: String,
    pub element: usize,
    pub grade: Grade,
    pub grade_minor: Grade,
    pub cites: Vec<Citation>,
}

#[derive(Debug, Clone)]
pub struct Element {
    pub id: String,
    pub source: String,
}

#[derive(Debug, Clone)]
pub struct Note {
    pub id: String,
    /// Empty: shown with every level.
    pub levels: Vec<Level>,
    /// Empty: always shown (for its levels); else when one clause holds.
    pub clauses: Vec<Clause>,
}

#[derive(Debug, Clone)]
pub struct Definition {
    pub modules: Vec<Module>,
    pub questions: Vec<Question>,
    pub indicators: Vec<Indicator>,
    pub elements: Vec<Element>,
    pub presence: Vec<Combination>,
    /// Strong signs, then some signs, each with the clauses of which one must hold.
    pub levels: Vec<(Level, Vec<Clause>)>,
    pub notes: Vec<Note>,
    pub(crate) question_index: HashMap<String, usize>,
    pub(crate) element_index: HashMap<String, usize>,
    pub(crate) perspective: Option<usize>,
    pub(crate) minor: Option<usize>,
    pub(crate) region: Option<usize>,
}

impl Definition {
    pub fn question(&self, id: &str) -> Option<usize> {
        self.question_index.get(id).copied()
    }

    pub fn element(&self, id: &str) -> Option<usize> {
        self.element_index.get(id).copied()
    }

    /// The question that holds `role`, if the content has one.
    pub fn role_question(&self, role: Role) -> Option<usize> {
        match role {
            Role::Perspective => self.perspective,
            Role::Minor => self.minor,
            Role::Region => self.region,
        }
    }

    pub fn load(store: &ContentStore) -> Result<Definition, ContentError> {
        store.with_db(read)
    }
}

fn malformed(what: String) -> ContentError {
    ContentError::Corrupt(format!("checklist: {what}"))
}

fn condition(json: Option<String>) -> Result<Option<Condition>, ContentError> {
    json.map(|j| serde_json::from_str(&j))
        .transpose()
        .map_err(ContentError::from)
}

fn read(db: &Connection) -> Result<Definition, ContentError> {
    let modules: Vec<Module> = db
        .prepare("SELECT id, condition, article FROM checklist_modules ORDER BY position")?
        .query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, Option<String>>(1)?,
                row.get::<_, Option<String>>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .map(|(id, c, article)| {
            Ok(Module {
                id,
                condition: condition(c)?,
                article,
            })
        })
        .collect::<Result<_, ContentError>>()?;
    let elements: Vec<Element> = db
        .prepare("SELECT id, source FROM checklist_elements ORDER BY position")?
        .query_map([], |row| {
            Ok(Element {
                id: row.get(0)?,
                source: row.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let element_index: HashMap<String, usize> = elements
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();

    let raw_indicators: Vec<(String, String, String, String)> = db
        .prepare(
            "SELECT id, element, grade, grade_minor FROM checklist_indicators ORDER BY position",
        )?
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut cite_stmt = db.prepare(
        "SELECT c.source, COALESCE(s.title, c.source), c.reference FROM checklist_citations c
         LEFT JOIN sources s ON s.id = c.source WHERE c.indicator = ?1 ORDER BY c.position",
    )?;
    let mut indicators = Vec::with_capacity(raw_indicators.len());
    for (id, element, grade, grade_minor) in raw_indicators {
        let element = *element_index.get(&element).ok_or_else(|| {
            malformed(format!("indicator `{id}` has unknown element `{element}`"))
        })?;
        let grade_of = |g: &str| {
            Grade::from_id(g).ok_or_else(|| malformed(format!("indicator `{id}` has grade `{g}`")))
        };
        let cites = cite_stmt
            .query_map([&id], |row| {
                Ok(Citation {
                    source: row.get(0)?,
                    title: row.get(1)?,
                    reference: row.get(2)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        indicators.push(Indicator {
            grade: grade_of(&grade)?,
            grade_minor: grade_of(&grade_minor)?,
            id,
            element,
            cites,
        });
    }
    let indicator_index: HashMap<&str, usize> = indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| (ind.id.as_str(), i))
        .collect();

    let module_index: HashMap<&str, usize> = modules
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    type RawQuestion = (
        String,
        String,
        String,
        Option<String>,
        bool,
        Option<String>,
        String,
    );
    let raw_questions: Vec<RawQuestion> = db
        .prepare(
            "SELECT id, module, kind, role, danger, condition, options FROM checklist_questions ORDER BY position",
        )?
        .query_map([], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    let mut mapping_stmt =
        db.prepare("SELECT answer, indicator FROM checklist_mappings WHERE question = ?1")?;
    let mut questions = Vec::with_capacity(raw_questions.len());
    let (mut perspective, mut minor, mut region) = (None, None, None);
    for (id, module, kind, role, danger, cond, options) in raw_questions {
        let module = *module_index
            .get(module.as_str())
            .ok_or_else(|| malformed(format!("question `{id}` has unknown module `{module}`")))?;
        let kind = match kind.as_str() {
            "yes-no" => Kind::YesNo,
            "choice" => Kind::Choice,
            other => return Err(malformed(format!("question `{id}` has kind `{other}`"))),
        };
        let index = questions.len();
        let role = match role.as_deref() {
            None => None,
            Some("perspective") => {
                perspective = Some(index);
                Some(Role::Perspective)
            }
            Some("minor") => {
                minor = Some(index);
                Some(Role::Minor)
            }
            Some("region") => {
                region = Some(index);
                Some(Role::Region)
            }
            Some(other) => return Err(malformed(format!("question `{id}` has role `{other}`"))),
        };
        let values: Vec<String> = match kind {
            Kind::YesNo => lueur_contract::checklist::YES_NO_VALUES
                .iter()
                .map(|v| v.to_string())
                .collect(),
            Kind::Choice => serde_json::from_str(&options)?,
        };
        let (mut yes, mut no) = (Vec::new(), Vec::new());
        let mappings: Vec<(String, String)> = mapping_stmt
            .query_map([&id], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (answer, indicator) in mappings {
            let i = *indicator_index.get(indicator.as_str()).ok_or_else(|| {
                malformed(format!(
                    "question `{id}` maps to unknown indicator `{indicator}`"
                ))
            })?;
            match answer.as_str() {
                "yes" => yes.push(i),
                "no" => no.push(i),
                other => return Err(malformed(format!("question `{id}` maps answer `{other}`"))),
            }
        }
        yes.sort_unstable();
        no.sort_unstable();
        questions.push(Question {
            id,
            module,
            kind,
            role,
            danger,
            condition: condition(cond)?,
            values,
            yes,
            no,
        });
    }
    let question_index = questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.clone(), i))
        .collect();

    let presence = db
        .prepare("SELECT strong, medium, weak FROM checklist_presence ORDER BY position")?
        .query_map([], |row| {
            Ok(Combination {
                strong: row.get(0)?,
                medium: row.get(1)?,
                weak: row.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let raw_levels: Vec<(String, String)> = db
        .prepare("SELECT id, clauses FROM checklist_levels ORDER BY position")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut levels = Vec::new();
    for (id, clauses) in raw_levels {
        let level =
            Level::from_id(&id).ok_or_else(|| malformed(format!("unknown level `{id}`")))?;
        levels.push((level, serde_json::from_str(&clauses)?));
    }
    let raw_notes: Vec<(String, String, String)> = db
        .prepare("SELECT id, levels, clauses FROM checklist_notes ORDER BY position")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut notes = Vec::new();
    for (id, note_levels, clauses) in raw_notes {
        let names: Vec<String> = serde_json::from_str(&note_levels)?;
        let levels = names
            .iter()
            .map(|n| {
                Level::from_id(n).ok_or_else(|| malformed(format!("note `{id}` names level `{n}`")))
            })
            .collect::<Result<_, _>>()?;
        notes.push(Note {
            id,
            levels,
            clauses: serde_json::from_str(&clauses)?,
        });
    }
    Ok(Definition {
        modules,
        questions,
        indicators,
        elements,
        presence,
        levels,
        notes,
        question_index,
        element_index,
        perspective,
        minor,
        region,
    })
}
