//! The indicator checklist: a session in memory (start, answer, skip, back, go on
//! after the emergency screen, close), its result and summary, and the answers the
//! person may keep on the phone (keep, resume, delete). Each call returns the next
//! screen, as the core's own types.

use crate::app::Lueur;
use crate::error::LueurError;
use lueur_core::checklist::{ChecklistLabels, ChecklistResult, ChecklistView, Perspective};

#[uniffi::export]
impl Lueur {
    /// Starts a new checklist in memory and returns its first screen. `about` skips
    /// the question "who is this about?" when the app already knows (the home
    /// entries `CheckMe` / `CheckOther`). Kept answers, if any, stay where they are.
    pub fn start_checklist(&self, about: Option<Perspective>) -> Result<ChecklistView, LueurError> {
        self.map(self.core().start_checklist(about))
    }

    /// The screen of the checklist in progress, in the current language (after a
    /// language switch or on return to the app). `NotNow` without a checklist.
    pub fn checklist(&self) -> Result<ChecklistView, LueurError> {
        self.map(self.core().checklist())
    }

    /// Answers the question on screen (`question_id`) with an option's `value`
    /// (`yes`, `no`, `unsure` or a choice). A "yes" to a danger question returns the
    /// emergency result at once. A value the question does not offer, or a question
    /// that is not on screen, is `Invalid`.
    pub fn answer_question(
        &self,
        question_id: String,
        value: String,
    ) -> Result<ChecklistView, LueurError> {
        self.map(self.core().answer_question(&question_id, &value))
    }

    /// Skips the question on screen; it does not count.
    pub fn skip_question(&self) -> Result<ChecklistView, LueurError> {
        self.map(self.core().skip_question())
    }

    /// Goes back to the previous question (its answer stays selected).
    pub fn go_back_in_checklist(&self) -> Result<ChecklistView, LueurError> {
        self.map(self.core().go_back_in_checklist())
    }

    /// After the emergency result: go on with the questions.
    pub fn continue_checklist(&self) -> Result<ChecklistView, LueurError> {
        self.map(self.core().continue_checklist())
    }

    /// Forgets the checklist in progress (kept answers stay until deleted).
    pub fn close_checklist(&self) {
        self.core().close_checklist()
    }

    /// The result for the answers so far, whether or not every question was answered.
    pub fn checklist_result(&self) -> Result<ChecklistResult, LueurError> {
        self.map(self.core().checklist_result())
    }

    /// A short plain-text summary of the current result, to pre-fill a report draft's
    /// `checklist_summary` (the person can edit or remove it there). `None` without a
    /// checklist or before any sign question is answered.
    pub fn checklist_summary(&self) -> Option<String> {
        self.core().checklist_summary()
    }

    /// Labels the app needs around the checklist's screens: its title, and the
    /// prompt offering to resume kept answers or start again.
    pub fn checklist_labels(&self) -> ChecklistLabels {
        self.core().checklist_labels()
    }

    /// Keeps the answers of the checklist in progress on this phone, now and after
    /// every change, until they are deleted. Only when the person asks for it.
    pub fn keep_checklist_answers(&self) -> Result<ChecklistView, LueurError> {
        self.map(self.core().keep_checklist_answers())
    }

    /// Erases every kept answer from the phone; the checklist in progress stays in
    /// memory and is no longer saved.
    pub fn delete_kept_answers(&self) -> Result<(), LueurError> {
        self.map(self.core().delete_kept_answers())
    }

    /// Whether answers about `about` are kept on this phone (to offer resuming).
    pub fn has_kept_answers(&self, about: Perspective) -> Result<bool, LueurError> {
        self.map(self.core().has_kept_answers(about))
    }

    /// Continues with the answers kept about `about`; `NotFound` when there are none.
    pub fn resume_kept_answers(&self, about: Perspective) -> Result<ChecklistView, LueurError> {
        self.map(self.core().resume_kept_answers(about))
    }
}
