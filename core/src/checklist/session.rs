//! Walking through the checklist: which question is on screen, answering, skipping,
//! going back, and stopping at a "yes" to a danger question. The state lives only in
//! the in-memory session (quick exit drops it) unless the person asks to keep it.

use super::definition::{Definition, Role};
use super::engine::{Answer, Answers, effective, is_visible};
use lueur_contract::checklist::YES;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Position {
    /// The question with this index is on screen.
    Question(usize),
    /// Every question was answered or skipped: the result is on screen.
    Finished,
}

/// What the shell should show after a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Question(usize),
    /// The result; `interrupted` when a danger answer stopped the questions.
    Result {
        interrupted: bool,
    },
}

/// One checklist in progress.
#[derive(Debug, Clone)]
pub struct ChecklistSession {
    pub(crate) def: Arc<Definition>,
    pub(crate) answers: Answers,
    pub(crate) position: Position,
    /// A danger question was just answered "yes": the emergency result is on screen.
    pub(crate) interrupted: bool,
    /// The person chose to keep these answers on the phone; every change is saved.
    pub(crate) keep: bool,
}

/// Why a step was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepError {
    /// The question answered is not the one on screen (a stale screen).
    NotCurrent,
    /// Not an answer of this question.
    BadAnswer,
    /// No question is on screen (the result is).
    NoQuestion,
}

impl ChecklistSession {
    /// A fresh checklist; `about` answers the perspective question in advance (the
    /// shells know it from the entry the person chose).
    pub fn new(def: Arc<Definition>, about: Option<&str>) -> Self {
        let mut session = ChecklistSession {
            def,
            answers: Answers::new(),
            position: Position::Finished,
            interrupted: false,
            keep: false,
        };
        let perspective = session.def.role_question(Role::Perspective);
        if let (Some(about), Some(q)) = (about, perspective) {
            let id = session.def.questions[q].id.clone();
            session.answers.insert(id, Answer::Given(about.to_string()));
        }
        session.position = match session.first_unanswered() {
            Some(i) => Position::Question(i),
            None => Position::Finished,
        };
        session
    }

    /// Restores saved answers; unknown questions and answers (from an older content)
    /// are dropped.
    pub fn restore(def: Arc<Definition>, answers: Answers, position: Option<&str>) -> Self {
        let answers: Answers = answers
            .into_iter()
            .filter(|(id, answer)| match (def.question(id), answer) {
                (Some(q), Answer::Given(v)) => def.questions[q].values.contains(v),
                (Some(_), Answer::Skipped) => true,
                (None, _) => false,
            })
            .collect();
        let mut session = ChecklistSession {
            def,
            answers,
            position: Position::Finished,
            interrupted: false,
            keep: true,
        };
        let visible = session.visible();
        session.position = position
            .and_then(|id| session.def.question(id))
            .filter(|&i| visible[i])
            .or_else(|| session.first_unanswered())
            .map(Position::Question)
            .unwrap_or(Position::Finished);
        session
    }

    pub fn definition(&self) -> &Definition {
        &self.def
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    fn visible(&self) -> Vec<bool> {
        effective(&self.def, &self.answers).visible
    }

    fn first_unanswered(&self) -> Option<usize> {
        let visible = self.visible();
        (0..self.def.questions.len())
            .find(|&i| visible[i] && !self.answers.contains_key(&self.def.questions[i].id))
    }

    /// The question on screen, if any.
    pub fn current(&self) -> Option<usize> {
        match self.position {
            Position::Question(i) if !self.interrupted => {
                let visible = self.visible();
                if visible.get(i).copied().unwrap_or(false) {
                    Some(i)
                } else {
                    self.next_visible(i, &visible)
                }
            }
            _ => None,
        }
    }

    pub fn screen(&self) -> Screen {
        match self.current() {
            Some(i) => Screen::Question(i),
            None => Screen::Result {
                interrupted: self.interrupted,
            },
        }
    }

    fn next_visible(&self, from: usize, visible: &[bool]) -> Option<usize> {
        (from + 1..self.def.questions.len()).find(|&i| visible[i])
    }

    fn previous_visible(&self, before: usize, visible: &[bool]) -> Option<usize> {
        (0..before.min(visible.len())).rev().find(|&i| visible[i])
    }

    /// Position in the list of questions asked: (this one, 1-based; how many there are
    /// now). The total grows when an answer opens a module.
    pub fn progress(&self, index: usize) -> (u32, u32) {
        let visible = self.visible();
        let current = visible.iter().take(index + 1).filter(|v| **v).count() as u32;
        let total = visible.iter().filter(|v| **v).count() as u32;
        (current, total)
    }

    pub fn can_go_back(&self) -> bool {
        match (self.interrupted, self.position) {
            (true, _) | (false, Position::Finished) => true,
            (false, Position::Question(i)) => self.previous_visible(i, &self.visible()).is_some(),
        }
    }

    pub fn answer(&mut self, question_id: &str, value: &str) -> Result<Screen, StepError> {
        let index = self.current().ok_or(StepError::NoQuestion)?;
        let question = &self.def.questions[index];
        if question.id != question_id {
            return Err(StepError::NotCurrent);
        }
        if !question.values.iter().any(|v| v == value) {
            return Err(StepError::BadAnswer);
        }
        let danger = question.danger && value == YES;
        self.answers
            .insert(question.id.clone(), Answer::Given(value.to_string()));
        if danger {
            self.position = Position::Question(index);
            self.interrupted = true;
            return Ok(self.screen());
        }
        self.advance(index);
        Ok(self.screen())
    }

    pub fn skip(&mut self) -> Result<Screen, StepError> {
        let index = self.current().ok_or(StepError::NoQuestion)?;
        self.answers
            .insert(self.def.questions[index].id.clone(), Answer::Skipped);
        self.advance(index);
        Ok(self.screen())
    }

    fn advance(&mut self, from: usize) {
        let visible = self.visible();
        self.position = match self.next_visible(from, &visible) {
            Some(next) => Position::Question(next),
            None => Position::Finished,
        };
    }

    /// Back one screen: from the danger result to the danger question, from the
    /// result to the last question asked, from a question to the one before it.
    pub fn back(&mut self) -> Screen {
        if self.interrupted {
            self.interrupted = false;
            return self.screen();
        }
        let visible = self.visible();
        let target = match self.position {
            Position::Finished => self.previous_visible(visible.len(), &visible),
            Position::Question(i) => self.previous_visible(i, &visible),
        };
        if let Some(target) = target {
            self.position = Position::Question(target);
        }
        self.screen()
    }

    /// After the danger result: go on with the questions after the danger question.
    pub fn resume(&mut self) -> Screen {
        if self.interrupted {
            self.interrupted = false;
            if let Position::Question(i) = self.position {
                self.advance(i);
            }
        }
        self.screen()
    }

    /// The id of the question on screen, for saving the place.
    pub fn position_id(&self) -> Option<&str> {
        match self.position {
            Position::Question(i) => self.def.questions.get(i).map(|q| q.id.as_str()),
            Position::Finished => None,
        }
    }

    /// Whom the answers are about, for wording and for the row they are kept in.
    pub fn perspective(&self) -> super::view::Perspective {
        let eff = effective(&self.def, &self.answers);
        let me = self
            .def
            .role_question(Role::Perspective)
            .and_then(|q| eff.values[q].as_deref())
            == Some(lueur_contract::checklist::ME);
        if me {
            super::view::Perspective::Me
        } else {
            super::view::Perspective::Other
        }
    }
}

/// Whether question `index` would be asked with these answers (for tests and tools).
pub fn asked(def: &Definition, answers: &Answers, index: usize) -> bool {
    let eff = effective(def, answers);
    is_visible(def, &eff.values, index)
}
