//! The checklist model as the bundled content stores it: one serialized
//! [`Model`] (the type lives in `lueur-contract`, shared with the compiler), read with
//! serde once per checklist, checked for indices a corrupt file could break, and
//! indexed by id.

use crate::content::{ContentError, ContentStore};
use lueur_contract::checklist::Model;
use std::collections::HashMap;
use std::ops::Deref;

pub use lueur_contract::checklist::{Kind, Level, Role};

/// The model and the indices the engine looks things up by.
#[derive(Debug, Clone)]
pub struct Definition {
    model: Model,
    question_index: HashMap<String, usize>,
    element_index: HashMap<String, usize>,
    roles: HashMap<Role, usize>,
}

impl Deref for Definition {
    type Target = Model;

    fn deref(&self) -> &Model {
        &self.model
    }
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
        self.roles.get(&role).copied()
    }

    pub fn load(store: &ContentStore) -> Result<Definition, ContentError> {
        let json: String = store
            .with_db(|db| Ok(db.query_row("SELECT model FROM checklist", [], |row| row.get(0))?))?;
        Definition::new(serde_json::from_str(&json)?)
    }

    /// Indexes a model, refusing one whose indices point nowhere: the compiler never
    /// writes such a model, but a damaged file must give an error, not a panic.
    pub fn new(model: Model) -> Result<Definition, ContentError> {
        let corrupt = |what: String| ContentError::Corrupt(format!("checklist: {what}"));
        for q in &model.questions {
            if q.module >= model.modules.len() {
                return Err(corrupt(format!("question `{}` has no module", q.id)));
            }
            if let Some(i) = q
                .matches
                .iter()
                .flat_map(|m| &m.indicators)
                .find(|&&i| i >= model.indicators.len())
            {
                return Err(corrupt(format!(
                    "question `{}` maps to indicator {i}",
                    q.id
                )));
            }
        }
        if let Some(i) = model
            .indicators
            .iter()
            .find(|i| i.element >= model.elements.len())
        {
            return Err(corrupt(format!("indicator `{}` has no element", i.id)));
        }
        let index = |ids: Vec<&String>| -> HashMap<String, usize> {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect()
        };
        let question_index = index(model.questions.iter().map(|q| &q.id).collect());
        let element_index = index(model.elements.iter().map(|e| &e.id).collect());
        let roles = model
            .questions
            .iter()
            .enumerate()
            .filter_map(|(i, q)| q.role.map(|r| (r, i)))
            .collect();
        Ok(Definition {
            model,
            question_index,
            element_index,
            roles,
        })
    }
}
