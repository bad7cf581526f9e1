//! The indicator checklist: a private self-assessment that explains itself. The
//! questions, indicators and rules come from the bundled content (`checklist/*.toml`);
//! this module walks a person through them, assesses the answers with the ILO/EC
//! combination rule, and returns localised view models: the question on screen, and a
//! result that explains each matched indicator, routes to contacts and offers next
//! steps. Answers live in the in-memory session only, unless the person asks to keep
//! them on the phone (the user database's `saved_answers` table).

mod definition;
mod engine;
mod session;
mod view;

pub use definition::{Definition, Kind, Level, Role};
pub use engine::{Answer, Answers, Assessment, Certainty, Effective, assess, effective};
pub use session::{ChecklistSession, Position, Screen, StepError, asked};
pub use view::{
    AnswerOption, ChecklistResult, ChecklistView, ContactPhone, ElementGroup, IndicatorView,
    KeepAnswers, NextStep, Perspective, Progress, QuestionKind, QuestionView, RoutedContact,
    SourceRef,
};

use crate::app::Lueur;
use crate::error::{Error, Result};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The longest summary handed to a report draft (the report allows a little more).
pub const SUMMARY_MAX_CHARS: usize = 3_800;

/// The result of a scripted answer file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    pub result: ChecklistResult,
    /// Questions answered in the file that would not be asked with these answers;
    /// their answers do not count.
    pub ignored: Vec<String>,
}

/// Labels for a shell's own chrome around the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ChecklistLabels {
    /// The checklist's title.
    pub title: String,
    /// A text shell's prompt.
    pub prompt: String,
    /// The close button's text.
    pub close: String,
    /// Said when a typed choice is not on the list.
    pub invalid_choice: String,
    /// Says answers were kept earlier.
    pub saved_found: String,
    /// The button resuming them.
    pub resume: String,
    /// The button starting again.
    pub start_again: String,
    /// Says the kept answers were deleted.
    pub answers_deleted: String,
}

/// What is stored when the person keeps their answers.
#[derive(Debug, Serialize, Deserialize)]
struct Kept {
    content_version: String,
    answers: Answers,
    position: Option<String>,
}

impl Lueur {
    fn checklist_definition(&self) -> Result<Arc<Definition>> {
        Ok(Arc::new(Definition::load(&self.content)?))
    }

    /// Starts a new checklist in memory (kept answers, if any, stay where they are).
    /// `about` skips the question "who is this about?" when the shell already knows.
    pub fn start_checklist(&self, about: Option<Perspective>) -> Result<ChecklistView> {
        let def = self.checklist_definition()?;
        let session = ChecklistSession::new(def, about.map(Perspective::as_str));
        let view = self.checklist_render(&session)?;
        self.session().checklist = Some(session);
        Ok(view)
    }

    /// The screen of the checklist in progress, in the current language.
    pub fn checklist(&self) -> Result<ChecklistView> {
        let session = self.checklist_session()?;
        self.checklist_render(&session)
    }

    /// Answers the question on screen with `value` (`yes`, `no`, `unsure` or an
    /// option's value). A "yes" to a danger question returns the emergency result at
    /// once.
    pub fn answer_question(&self, question_id: &str, value: &str) -> Result<ChecklistView> {
        self.checklist_step(|s| s.answer(question_id, value), question_id, value)
    }

    pub fn skip_question(&self) -> Result<ChecklistView> {
        self.checklist_step(|s| s.skip(), "", "")
    }

    pub fn go_back_in_checklist(&self) -> Result<ChecklistView> {
        self.checklist_step(|s| Ok(s.back()), "", "")
    }

    /// After the emergency result: go on with the questions.
    pub fn continue_checklist(&self) -> Result<ChecklistView> {
        self.checklist_step(|s| Ok(s.resume()), "", "")
    }

    /// Forgets the checklist in progress (kept answers stay until deleted).
    pub fn close_checklist(&self) {
        self.session().checklist = None;
    }

    /// The result for the answers so far, whether or not every question was answered.
    pub fn checklist_result(&self) -> Result<ChecklistResult> {
        let session = self.checklist_session()?;
        let assessment = assess(session.definition(), session.answers());
        self.checklist_result_view(&session, &assessment, false)
    }

    /// A short plain-text summary of the current result, in the current language, for
    /// a report draft (the person can edit or remove it there). `None` without a
    /// checklist or before any sign question is answered.
    pub fn checklist_summary(&self) -> Option<String> {
        let session = self.session().checklist.clone()?;
        let l10n = self.l10n();
        checklist_summary_with(&l10n, &session)
    }

    /// The same summary in another language (the helper card's helper side).
    pub(crate) fn checklist_summary_in(&self, l10n: &crate::l10n::Localizer) -> Option<String> {
        let session = self.session().checklist.clone()?;
        checklist_summary_with(l10n, &session)
    }

    /// Evaluates a scripted set of answers (question id, value) without touching the
    /// checklist in progress: the engine is audited this way, without a screen. The
    /// value `skip` marks a skipped question. Unknown questions and answers are
    /// refused with `Error::Invalid`.
    /// `about` and `minor` answer the perspective and age questions, as a shortcut.
    pub fn checklist_evaluate(
        &self,
        answers: &[(String, String)],
        about: Option<Perspective>,
        minor: Option<bool>,
    ) -> Result<Evaluation> {
        let def = self.checklist_definition()?;
        let mut map = Answers::new();
        let shortcuts = [
            (Role::Perspective, about.map(Perspective::as_str)),
            (
                Role::Minor,
                minor.map(|m| {
                    if m {
                        lueur_contract::checklist::YES
                    } else {
                        lueur_contract::checklist::NO
                    }
                }),
            ),
        ];
        for (role, value) in shortcuts {
            if let (Some(value), Some(q)) = (value, def.role_question(role)) {
                map.insert(
                    def.questions[q].id.clone(),
                    Answer::Given(value.to_string()),
                );
            }
        }
        for (question, value) in answers {
            let index = def.question(question).ok_or_else(|| Error::Invalid {
                field: question.clone(),
                message_id: "checklist-error-unknown-question".into(),
                args: vec![("question".into(), question.clone())],
            })?;
            let answer = if value == "skip" {
                Answer::Skipped
            } else if def.questions[index].values.contains(value) {
                Answer::Given(value.clone())
            } else {
                return Err(Error::Invalid {
                    field: question.clone(),
                    message_id: "checklist-error-unknown-answer".into(),
                    args: vec![("answer".into(), value.clone())],
                });
            };
            map.insert(question.clone(), answer);
        }
        let eff = effective(&def, &map);
        let ignored = def
            .questions
            .iter()
            .enumerate()
            .filter(|(i, q)| !eff.visible[*i] && map.contains_key(&q.id))
            .map(|(_, q)| q.id.clone())
            .collect();
        let session = ChecklistSession::restore(def, map, None);
        let assessment = assess(session.definition(), session.answers());
        let mut result = self.checklist_result_view(&session, &assessment, false)?;
        result.keep.kept = false;
        result.keep.status = None;
        Ok(Evaluation { result, ignored })
    }

    /// Labels a shell needs around the checklist's screens (its own prompt, menu
    /// entries and messages), in the current language.
    pub fn checklist_labels(&self) -> ChecklistLabels {
        let l10n = self.l10n();
        let t = |id: &str| l10n.text(id, &[]);
        ChecklistLabels {
            title: t("checklist-title"),
            prompt: t("checklist-prompt"),
            close: t("checklist-close"),
            invalid_choice: t("checklist-invalid-choice"),
            saved_found: t("checklist-saved-found"),
            resume: t("checklist-resume"),
            start_again: t("checklist-start-again"),
            answers_deleted: t("checklist-answers-deleted"),
        }
    }

    /// "Not asked with these answers, so not counted: …" for an audit of a scripted
    /// answer file.
    pub fn checklist_ignored_text(&self, ignored: &[String]) -> String {
        self.l10n().text(
            "checklist-ignored",
            &[(
                "questions",
                fluent_bundle::FluentValue::from(ignored.join(", ")),
            )],
        )
    }

    /// Keeps the answers of the checklist in progress on this phone, now and after
    /// every change, until they are deleted. The person asks for this explicitly.
    pub fn keep_checklist_answers(&self) -> Result<ChecklistView> {
        let mut session = self.checklist_session()?;
        session.keep = true;
        self.checklist_save(&session)?;
        let view = self.checklist_render(&session)?;
        self.session().checklist = Some(session);
        Ok(view)
    }

    /// Deletes every kept answer from the phone; the checklist in progress (if any)
    /// stays in memory and is no longer saved.
    pub fn delete_kept_answers(&self) -> Result<()> {
        if let Some(session) = self.session().checklist.as_mut() {
            session.keep = false;
        }
        self.erase_user_data(|tx| {
            tx.execute("DELETE FROM saved_answers", [])?;
            Ok(())
        })
    }

    /// Whether answers about `about` are kept on this phone (in a duress session: in
    /// its empty copy, which only holds what was kept during that session).
    pub fn has_kept_answers(&self, about: Perspective) -> Result<bool> {
        self.with_user(|db| {
            Ok(db
                .conn()
                .query_row(
                    "SELECT 1 FROM saved_answers WHERE perspective = ?1",
                    [about.as_str()],
                    |_| Ok(()),
                )
                .optional()?
                .is_some())
        })
    }

    /// Continues with the answers kept about `about`.
    pub fn resume_kept_answers(&self, about: Perspective) -> Result<ChecklistView> {
        let stored: Option<String> = self.with_user(|db| {
            Ok(db
                .conn()
                .query_row(
                    "SELECT answers FROM saved_answers WHERE perspective = ?1",
                    [about.as_str()],
                    |row| row.get(0),
                )
                .optional()?)
        })?;
        let stored = stored.ok_or_else(|| Error::not_found("saved answers", about.as_str()))?;
        // A row this build cannot read is treated as absent rather than an error the
        // person cannot act on.
        let kept: Kept = serde_json::from_str(&stored)
            .map_err(|_| Error::not_found("saved answers", about.as_str()))?;
        let def = self.checklist_definition()?;
        let session = ChecklistSession::restore(def, kept.answers, kept.position.as_deref());
        let view = self.checklist_render(&session)?;
        self.session().checklist = Some(session);
        Ok(view)
    }

    fn checklist_session(&self) -> Result<ChecklistSession> {
        self.session()
            .checklist
            .clone()
            .ok_or_else(|| Error::State("no checklist in progress".into()))
    }

    fn checklist_step(
        &self,
        step: impl FnOnce(&mut ChecklistSession) -> std::result::Result<Screen, StepError>,
        question_id: &str,
        value: &str,
    ) -> Result<ChecklistView> {
        let mut session = self.checklist_session()?;
        step(&mut session).map_err(|e| match e {
            StepError::BadAnswer => Error::Invalid {
                field: question_id.to_string(),
                message_id: "checklist-error-unknown-answer".into(),
                args: vec![("answer".into(), value.to_string())],
            },
            StepError::NotCurrent => Error::Invalid {
                field: question_id.to_string(),
                message_id: "checklist-error-not-current".into(),
                args: Vec::new(),
            },
            StepError::NoQuestion => Error::State("no question on screen".into()),
        })?;
        if session.keep {
            self.checklist_save(&session)?;
        }
        let view = self.checklist_render(&session)?;
        self.session().checklist = Some(session);
        Ok(view)
    }

    fn checklist_save(&self, session: &ChecklistSession) -> Result<()> {
        let kept = Kept {
            content_version: self.content.info().version.clone(),
            answers: session.answers().clone(),
            position: session.position_id().map(str::to_string),
        };
        let json = serde_json::to_string(&kept)
            .map_err(|e| Error::Internal(format!("cannot encode answers: {e}")))?;
        let perspective = session.perspective().as_str();
        let now = self.now_millis();
        self.with_user(|db| {
            let tx = db.conn_mut().transaction()?;
            // One kept checklist per perspective; a changed perspective moves it.
            tx.execute(
                "DELETE FROM saved_answers WHERE perspective <> ?1",
                [perspective],
            )?;
            tx.execute(
                "INSERT INTO saved_answers (perspective, answers, saved_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (perspective) DO UPDATE SET answers = excluded.answers, saved_at = excluded.saved_at",
                rusqlite::params![perspective, json, now],
            )?;
            tx.commit()?;
            Ok(())
        })
    }

    fn checklist_render(&self, session: &ChecklistSession) -> Result<ChecklistView> {
        match session.screen() {
            Screen::Question(index) => {
                let l10n = self.l10n();
                Ok(ChecklistView::Question {
                    question: view::question_view(&l10n, session, index),
                })
            }
            Screen::Result { interrupted } => {
                let assessment = assess(session.definition(), session.answers());
                Ok(ChecklistView::Result {
                    result: self.checklist_result_view(session, &assessment, interrupted)?,
                })
            }
        }
    }

    fn checklist_result_view(
        &self,
        session: &ChecklistSession,
        assessment: &Assessment,
        interrupted: bool,
    ) -> Result<ChecklistResult> {
        let locale = self.locale();
        let contacts = self.content.contacts(&locale)?;
        let article_title = |id: &str| {
            self.content
                .article(&locale, id)
                .ok()
                .flatten()
                .map(|a| a.title)
        };
        let l10n = self.l10n();
        Ok(view::result_view(
            &l10n,
            session.definition(),
            assessment,
            &view::Context {
                contacts: &contacts,
                article_title: &article_title,
                locale: &locale,
            },
            &view::ScreenState {
                interrupted,
                can_go_back: session.can_go_back(),
                kept: session.keep,
            },
        ))
    }
}

fn checklist_summary_with(
    l10n: &crate::l10n::Localizer,
    session: &ChecklistSession,
) -> Option<String> {
    let assessment = assess(session.definition(), session.answers());
    if assessment.answered == 0 {
        return None;
    }
    Some(view::summary_text(
        l10n,
        session.definition(),
        &assessment,
        SUMMARY_MAX_CHARS,
    ))
}
