//! The indicator checklist: a session in memory (start, answer, skip, back, go on
//! after the emergency screen, close), its result and summary, and the answers the
//! person may keep on the phone (keep, resume, delete). Each call returns the next
//! screen; the types are the core's own, declared with `#[uniffi::remote]`.

use crate::app::Lueur;
use crate::error::LueurError;
pub use lueur_contract::checklist::Grade;
pub use lueur_core::checklist::ChecklistLabels;
pub use lueur_core::checklist::{
    AnswerOption, ChecklistResult, ChecklistView, ContactPhone, ElementGroup, IndicatorView,
    KeepAnswers, Level, NextStep, Perspective, Progress, QuestionKind, QuestionView, RoutedContact,
    SourceRef,
};

use crate::views::{Action, Destination};

#[uniffi::export]
impl Lueur {
    /// Starts a new checklist in memory and returns its first screen. `about` skips
    /// the question "who is this about?" when the app already knows (the home
    /// entries `CheckMe` / `CheckOther`). Kept answers, if any, stay where they are.
    pub fn checklist_start(&self, about: Option<Perspective>) -> Result<ChecklistView, LueurError> {
        self.map(self.core().checklist_start(about))
    }

    /// The screen of the checklist in progress, in the current language (after a
    /// language switch or on return to the app). `NotNow` without a checklist.
    pub fn checklist_view(&self) -> Result<ChecklistView, LueurError> {
        self.map(self.core().checklist_view())
    }

    /// Answers the question on screen (`question_id`) with an option's `value`
    /// (`yes`, `no`, `unsure` or a choice). A "yes" to a danger question returns the
    /// emergency result at once. A value the question does not offer, or a question
    /// that is not on screen, is `Invalid`.
    pub fn checklist_answer(
        &self,
        question_id: String,
        value: String,
    ) -> Result<ChecklistView, LueurError> {
        self.map(self.core().checklist_answer(&question_id, &value))
    }

    /// Skips the question on screen; it does not count.
    pub fn checklist_skip(&self) -> Result<ChecklistView, LueurError> {
        self.map(self.core().checklist_skip())
    }

    /// Goes back to the previous question (its answer stays selected).
    pub fn checklist_back(&self) -> Result<ChecklistView, LueurError> {
        self.map(self.core().checklist_back())
    }

    /// After the emergency result: go on with the questions.
    pub fn checklist_continue(&self) -> Result<ChecklistView, LueurError> {
        self.map(self.core().checklist_continue())
    }

    /// Forgets the checklist in progress (kept answers stay until deleted).
    pub fn checklist_close(&self) {
        self.core().checklist_close()
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
    pub fn checklist_keep_answers(&self) -> Result<ChecklistView, LueurError> {
        self.map(self.core().checklist_keep_answers())
    }

    /// Erases every kept answer from the phone; the checklist in progress stays in
    /// memory and is no longer saved.
    pub fn checklist_delete_saved(&self) -> Result<(), LueurError> {
        self.map(self.core().checklist_delete_saved())
    }

    /// Whether answers about `about` are kept on this phone (to offer resuming).
    pub fn checklist_has_saved(&self, about: Perspective) -> Result<bool, LueurError> {
        self.map(self.core().checklist_has_saved(about))
    }

    /// Continues with the answers kept about `about`; `NotFound` when there are none.
    pub fn checklist_resume_saved(&self, about: Perspective) -> Result<ChecklistView, LueurError> {
        self.map(self.core().checklist_resume_saved(about))
    }
}

/// Whose situation the checklist is about; the wording follows it.
#[uniffi::remote(Enum)]
pub enum Perspective {
    /// The person using the app.
    Me,
    /// Someone the person knows.
    Other,
}

/// One screen of the checklist.
#[uniffi::remote(Enum)]
pub enum ChecklistView {
    /// A question to answer.
    Question(QuestionView),
    /// The result (also shown at once after a "yes" to a danger question).
    Result(ChecklistResult),
}

/// How a question is answered.
#[uniffi::remote(Enum)]
pub enum QuestionKind {
    /// Yes, no, not sure.
    YesNo,
    /// One option among several.
    Choice,
}

/// A question on screen.
#[uniffi::remote(Record)]
pub struct QuestionView {
    /// The checklist's title.
    pub title: String,
    /// The short explanation shown with the first question.
    pub intro: Option<String>,
    /// The id of the part of the checklist this question belongs to.
    pub module: String,
    /// That part's title.
    pub module_title: String,
    /// Pass to `checklist_answer`.
    pub id: String,
    /// The question.
    pub text: String,
    /// How it is answered.
    pub kind: QuestionKind,
    /// The answers to offer, with the one given earlier selected.
    pub options: Vec<AnswerOption>,
    /// A "yes" to this question shows the emergency numbers at once.
    pub danger: bool,
    /// How far along the person is.
    pub progress: Progress,
    /// The back button's text, when there is somewhere to go back to.
    pub back_label: Option<String>,
    /// The skip button's text.
    pub skip_label: String,
}

/// One answer to offer.
#[uniffi::remote(Record)]
pub struct AnswerOption {
    /// Pass to `checklist_answer`.
    pub value: String,
    /// Its text.
    pub label: String,
    /// The answer given earlier.
    pub selected: bool,
}

/// Progress through the questions that apply.
#[uniffi::remote(Record)]
pub struct Progress {
    /// This question's number, from 1.
    pub current: u32,
    /// How many questions apply with the answers so far.
    pub total: u32,
    /// "Question 3 of 12".
    pub label: String,
}

/// How strongly the answers point to exploitation. It is never a verdict.
#[uniffi::remote(Enum)]
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

/// The checklist's result: what the answers show, explained, and what to do next.
#[uniffi::remote(Record)]
pub struct ChecklistResult {
    /// The level, for styling.
    pub level: Level,
    /// The level in words.
    pub title: String,
    /// What it means, in a few sentences.
    pub summary: String,
    /// Whose situation it is about.
    pub perspective: Perspective,
    /// The answers say the person concerned is under 18.
    pub minor: bool,
    /// The heading of the matched signs.
    pub signs_heading: String,
    /// Matched signs by element, in the content's order; only elements with at
    /// least one sign answered "yes".
    pub groups: Vec<ElementGroup>,
    /// The heading of the signs answered "not sure".
    pub unsure_heading: String,
    /// Signs answered "not sure" (and not also matched by a "yes").
    pub unsure: Vec<IndicatorView>,
    /// The heading of the notes.
    pub notes_heading: String,
    /// Remarks that apply to these answers.
    pub notes: Vec<String>,
    /// The heading of the contacts.
    pub contacts_heading: String,
    /// The services that fit this result, most fitting first.
    pub contacts: Vec<RoutedContact>,
    /// The heading of the next steps.
    pub steps_heading: String,
    /// What the person can do next.
    pub steps: Vec<NextStep>,
    /// After a danger answer: the text of the button that goes on with the
    /// questions (`checklist_continue`).
    pub continue_label: Option<String>,
    /// The back button's text, when there is somewhere to go back to.
    pub back_label: Option<String>,
    /// Keeping the answers on the phone.
    pub keep: KeepAnswers,
}

/// Matched signs of one element of the definition of exploitation.
#[uniffi::remote(Record)]
pub struct ElementGroup {
    /// The element's id.
    pub id: String,
    /// The element in words.
    pub title: String,
    /// The element is present by the combination rule.
    pub present: bool,
    /// Says so, when it is.
    pub present_label: Option<String>,
    /// The signs answered "yes".
    pub indicators: Vec<IndicatorView>,
}

/// How strong a sign is on its own (ILO/EC grades).
#[uniffi::remote(Enum)]
pub enum Grade {
    /// A weak sign.
    Weak,
    /// A medium sign.
    Medium,
    /// A strong sign.
    Strong,
}

/// One sign, explained.
#[uniffi::remote(Record)]
pub struct IndicatorView {
    /// The sign's id.
    pub id: String,
    /// The sign and why it matters, in plain words.
    pub text: String,
    /// Its grade.
    pub grade: Grade,
    /// The grade in words.
    pub grade_label: String,
    /// Where the sign comes from.
    pub sources: Vec<SourceRef>,
}

/// A source a sign is cited from.
#[uniffi::remote(Record)]
pub struct SourceRef {
    /// The source's id.
    pub id: String,
    /// Its title.
    pub title: String,
}

/// A service chosen for this result.
#[uniffi::remote(Record)]
pub struct RoutedContact {
    /// The contact's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind code.
    pub kind: String,
    /// What it does.
    pub description: String,
    /// It also helps people under 18.
    pub for_minors: bool,
    /// Why it is shown: for minors, near you, speaks your language ...
    pub reasons: Vec<String>,
    /// Its phone numbers.
    pub phones: Vec<ContactPhone>,
    /// Its websites.
    pub websites: Vec<String>,
    /// Opens the contact.
    pub destination: Destination,
}

/// A phone number of a routed contact.
#[uniffi::remote(Record)]
pub struct ContactPhone {
    /// E.164 or a short code, for dialing.
    pub number: String,
    /// As people write it.
    pub display: String,
}

/// What the person can do next; each carries what the app needs to do it.
#[uniffi::remote(Enum)]
pub enum NextStep {
    /// Call a service.
    Call {
        /// The button's text.
        label: String,
        /// The contact called.
        contact_id: String,
        /// The call to make.
        action: Action,
    },
    /// Talk to a specialised centre.
    TalkToCentre {
        /// The button's text.
        label: String,
        /// The centre.
        contact_id: String,
        /// Opens the centre's contact screen.
        destination: Destination,
    },
    /// Prepare a report, pre-filled with `checklist_summary`.
    PrepareReport {
        /// The button's text.
        label: String,
        /// A line under it.
        hint: String,
        /// The report screen.
        destination: Destination,
    },
    /// Read an article about this situation.
    ReadArticle {
        /// The button's text.
        label: String,
        /// The article.
        article_id: String,
        /// Opens it.
        destination: Destination,
    },
}

/// Keeping the answers on the phone.
#[uniffi::remote(Record)]
pub struct KeepAnswers {
    /// The answers are kept on this phone.
    pub kept: bool,
    /// The text of the keep button (`checklist_keep_answers`).
    pub keep_label: String,
    /// What keeping means.
    pub keep_hint: String,
    /// The text of the delete button (`checklist_delete_saved`).
    pub delete_label: String,
    /// Says the answers are kept, when they are.
    pub status: Option<String>,
}

/// Labels for the app's own chrome around the checklist.
#[uniffi::remote(Record)]
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
