//! Confidential reports: the draft (in memory only) and its form with per-field
//! problems, sending (sealed and queued at once), the outbox with retry and delete,
//! and the upload loop the platform drives (`next_upload` / `upload_finished`, the
//! Glean pattern: the core decides, the platform's HTTP stack performs). The types
//! are the core's own, declared with `#[uniffi::remote]`.

use crate::app::Lueur;
use crate::error::LueurError;
pub use lueur_core::report::{
    ChoiceView, ContactPreference, DeploymentView, ExploitationForm, FieldKind, HttpHeader,
    OutboxItemView, OutboxState, OutboxView, ReportAbout, ReportDraft, ReportField,
    ReportFieldView, ReportFormView, TransportError, UploadOutcome, UploadTask,
};

#[uniffi::export]
impl Lueur {
    /// Where reports go and whether the build still uses the public development key
    /// (then `notice` says so), for the about screen.
    pub fn deployment_view(&self) -> Result<DeploymentView, LueurError> {
        self.map(self.core().deployment_view())
    }

    /// Points this `Lueur` at another intake with the same key, for tests and
    /// staging: `https://…`, or `http://` only for 127.0.0.1, localhost or [::1].
    /// A refused endpoint is `Invalid` for the field `endpoint`; its text is in
    /// English, since only developers set this. Reports already queued are sent to
    /// the new endpoint.
    pub fn set_deployment_endpoint(&self, endpoint: String) -> Result<DeploymentView, LueurError> {
        let deployment = self.map(self.core().deployment())?;
        let moved = deployment
            .with_endpoint(&endpoint)
            .map_err(|reason| LueurError::developer_setting("endpoint", reason))?;
        self.core().set_deployment(moved);
        self.deployment_view()
    }

    /// The draft being written (empty if none). It lives in memory only; quick exit
    /// and closing the app drop it.
    pub fn report_draft(&self) -> ReportDraft {
        self.core().report_draft()
    }

    /// Replaces the draft in memory (call it as the person types) and returns the
    /// form with each field's problem, if any, already localised. To start from the
    /// checklist, see `start_report_from_checklist`.
    pub fn set_report_draft(&self, draft: ReportDraft) -> Result<ReportFormView, LueurError> {
        self.map(self.core().set_report_draft(draft))
    }

    /// The checklist result's "prepare a report" step: fills in whose situation it is
    /// and the summary of the checklist in progress (both editable before sending),
    /// keeps any text already written, and returns the form.
    pub fn start_report_from_checklist(&self) -> Result<ReportFormView, LueurError> {
        self.map(self.core().start_report_from_checklist())
    }

    /// Types `text` into the text field `field` of the draft in memory (call it as the
    /// person types) and returns the form. Only a field the form shows (`shown`) takes
    /// text: a choice field, or a contact detail for a way of contact not chosen, is
    /// `Invalid` for that field and changes nothing. A blank optional field is cleared.
    pub fn set_report_text(
        &self,
        field: ReportField,
        text: String,
    ) -> Result<ReportFormView, LueurError> {
        self.map(self.core().set_report_text(field, text))
    }

    /// Sets the choice field `field` of the draft in memory to the chosen `keys` (the
    /// `key`s of its `choices`; all selected ones for a many-choice field, at most one
    /// for a one-choice field, none to clear) and returns the form, which then says
    /// which contact fields are shown. An unknown key is `Invalid` and changes nothing.
    pub fn choose_report_option(
        &self,
        field: ReportField,
        keys: Vec<String>,
    ) -> Result<ReportFormView, LueurError> {
        self.map(self.core().choose_report_option(field, keys))
    }

    /// Forgets the draft.
    pub fn discard_report_draft(&self) {
        self.core().discard_report_draft()
    }

    /// The report form for the current draft: every field with its label, limit,
    /// value and problem, and whether it can be sent.
    pub fn report_form(&self) -> Result<ReportFormView, LueurError> {
        self.map(self.core().report_form())
    }

    /// Seals the draft to the deployment's key, queues it durably and forgets the
    /// draft. The first problem of the draft is `Invalid` for its field (e.g.
    /// `what-happened`, `contact-phone`), with the sentence to show beside it. Then
    /// start the upload loop (`next_upload`).
    pub fn send_report_draft(&self) -> Result<OutboxItemView, LueurError> {
        self.map(self.core().send_report_draft())
    }

    /// The outbox screen: every report with its state and actions. Shows nothing
    /// after opening with the duress code (delivery goes on).
    pub fn outbox(&self) -> Result<OutboxView, LueurError> {
        self.map(self.core().outbox())
    }

    /// The person's "try again" on a failed report; returns the updated outbox.
    pub fn retry_report(&self, id: String) -> Result<OutboxView, LueurError> {
        self.map(self.core().retry_report(&id))
    }

    /// Deletes a report that is not sent yet, with its sealed envelope, or clears an
    /// expired one; returns the updated outbox. A report being sent or already sent
    /// is `Invalid` for the field `report`; the same for `retry_report` on a report
    /// that has not failed.
    pub fn delete_report(&self, id: String) -> Result<OutboxView, LueurError> {
        self.map(self.core().delete_report(&id))
    }

    /// The next request to make. Call it in a loop with the current time: perform
    /// each `Upload` with the platform's HTTP stack (no redirects) and report it with
    /// `upload_finished`; on `Wait`, schedule the next run after `millis`; stop on
    /// `Done`. Call it at start, after sending a report, and when the network returns.
    pub fn next_upload(&self, now_millis: i64) -> Result<UploadTask, LueurError> {
        self.map(self.core().next_upload(now_millis))
    }

    /// What happened to the upload `id` that `next_upload` asked for: the HTTP status
    /// (with the raw `Retry-After` header) or the kind of transport error. The core
    /// decides retries, backoff and failure from it.
    pub fn upload_finished(&self, id: String, outcome: UploadOutcome) -> Result<(), LueurError> {
        self.map(self.core().upload_finished(&id, outcome))
    }
}

/// Where reports go, for the about screen.
#[uniffi::remote(Record)]
pub struct DeploymentView {
    /// The intake's base URL.
    pub endpoint: String,
    /// Names the key reports are sealed to.
    pub key_id: String,
    /// True while the public development key is in use.
    pub development: bool,
    /// Says reports are not confidential yet, for a development key.
    pub notice: Option<String>,
}

/// Whose situation the report is about.
#[uniffi::remote(Enum)]
pub enum ReportAbout {
    /// The person writing.
    Me,
    /// Someone else.
    SomeoneElse,
}

/// Forms of exploitation, plus "other" and "not sure".
#[uniffi::remote(Enum)]
pub enum ExploitationForm {
    /// Sexual exploitation.
    Sexual,
    /// Labour exploitation.
    Labour,
    /// Forced begging.
    Begging,
    /// Forced criminal activity.
    ForcedCrime,
    /// Organ removal.
    OrganRemoval,
    /// Something else.
    Other,
    /// The person is not sure.
    NotSure,
}

/// Whether and how the centre may contact the person who reports.
#[uniffi::remote(Enum)]
pub enum ContactPreference {
    /// The centre may not contact the person.
    NoContact,
    /// By phone.
    Phone {
        /// The number to call back.
        number: String,
        /// When and how it is safe to call (e.g. "only on weekdays before 9").
        note: Option<String>,
    },
    /// By e-mail.
    Email {
        /// The address to write to.
        address: String,
        /// When and how it is safe to write.
        note: Option<String>,
    },
}

/// A report being written; everything is optional except what happened. It is
/// never written to disk unsealed.
#[uniffi::remote(Record)]
pub struct ReportDraft {
    /// Whose situation it is.
    #[uniffi(default)]
    pub about: Option<ReportAbout>,
    /// The forms of exploitation the person picked.
    #[uniffi(default)]
    pub forms: Vec<ExploitationForm>,
    /// The municipality.
    #[uniffi(default)]
    pub municipality: Option<String>,
    /// Where, in the person's own words (a street, a kind of place, a workplace).
    #[uniffi(default)]
    pub place: Option<String>,
    /// When, in the person's own words ("since last summer", "every night").
    #[uniffi(default)]
    pub when: Option<String>,
    /// What happened; required.
    #[uniffi(default)]
    pub what_happened: String,
    /// The people involved.
    #[uniffi(default)]
    pub people: Option<String>,
    /// Whether and how the centre may contact the person.
    pub contact: ContactPreference,
    /// The language the person prefers to be contacted in (a BCP 47 tag).
    #[uniffi(default)]
    pub language: Option<String>,
    /// The checklist's summary, only when the person chose to include it.
    #[uniffi(default)]
    pub checklist_summary: Option<String>,
}

/// A field of the report form, as named in its problems.
#[uniffi::remote(Enum)]
pub enum ReportField {
    /// Whose situation it is.
    About,
    /// The forms of exploitation.
    Forms,
    /// The municipality.
    Municipality,
    /// Where.
    Place,
    /// When.
    When,
    /// What happened.
    WhatHappened,
    /// The people involved.
    People,
    /// Whether the centre may contact the person.
    Contact,
    /// The phone number to call back.
    ContactPhone,
    /// The e-mail address to write to.
    ContactEmail,
    /// When and how contact is safe.
    ContactNote,
    /// The preferred language.
    Language,
    /// The checklist's summary.
    ChecklistSummary,
}

/// How a form field is drawn.
#[uniffi::remote(Enum)]
pub enum FieldKind {
    /// One choice among several.
    OneChoice,
    /// Any number of choices.
    ManyChoices,
    /// One line of text.
    ShortText,
    /// Several lines of text.
    LongText,
}

/// One choice of a choice field.
#[uniffi::remote(Record)]
pub struct ChoiceView {
    /// The choice's key (`me`, `labour`, `phone` ...).
    pub key: String,
    /// Its text.
    pub label: String,
    /// Whether the draft has it.
    pub selected: bool,
}

/// One field of the report form.
#[uniffi::remote(Record)]
pub struct ReportFieldView {
    /// Which field.
    pub field: ReportField,
    /// Its label.
    pub label: String,
    /// A line under it (may be empty).
    pub hint: String,
    /// How to draw it.
    pub kind: FieldKind,
    /// Whether it must be filled.
    pub required: bool,
    /// The character limit of a text field.
    pub max_chars: Option<u32>,
    /// The choices of a choice field.
    pub choices: Vec<ChoiceView>,
    /// The current text of a text field (in memory only).
    pub value: String,
    /// Why the current value cannot be sent, if it cannot.
    pub error: Option<String>,
    /// Whether the form asks this field for the draft as it is (the phone number only
    /// when contact is by phone ...); hide it when false.
    pub shown: bool,
}

/// The report form: every field, its limit and its problem, already localised.
#[uniffi::remote(Record)]
pub struct ReportFormView {
    /// The screen's title.
    pub title: String,
    /// What the form is for.
    pub intro: String,
    /// How the report is protected.
    pub privacy: String,
    /// Says reports are not confidential yet, for a development key.
    pub development_notice: Option<String>,
    /// The fields, in order.
    pub fields: Vec<ReportFieldView>,
    /// Whether the draft can be sent as it is.
    pub can_send: bool,
    /// The send button's text.
    pub send_label: String,
    /// Says every field but one may be left empty.
    pub skip_hint: String,
    /// A text shell's hint for one choice.
    pub choose_one_hint: String,
    /// A text shell's hint for several choices.
    pub choose_many_hint: String,
}

/// Where a report is on its way.
#[uniffi::remote(Enum)]
pub enum OutboxState {
    /// Waiting to be sent (maybe after a pause).
    Queued,
    /// Being sent now.
    Sending,
    /// Received by the intake; only its id and time remain.
    Sent,
    /// Refused for good; the person may try again or delete it.
    Failed,
    /// Not delivered in time and removed; only a notice remains.
    Expired,
}

/// One report in the outbox.
#[uniffi::remote(Record)]
pub struct OutboxItemView {
    /// The report's id (its idempotency key).
    pub id: String,
    /// Its state.
    pub state: OutboxState,
    /// The state in words.
    pub state_label: String,
    /// What happens next, in words.
    pub detail: String,
    /// "Written 2 days ago".
    pub age_label: String,
    /// When it was written (milliseconds since 1970).
    pub created_at: i64,
    /// When the intake received it.
    pub sent_at: Option<i64>,
    /// Delivery attempts so far.
    pub attempts: u32,
    /// Whether `retry_report` applies.
    pub can_retry: bool,
    /// Whether `delete_report` applies.
    pub can_delete: bool,
    /// The retry button's text, when it applies.
    pub retry_label: Option<String>,
    /// The delete button's text, when it applies.
    pub delete_label: Option<String>,
}

/// The outbox screen.
#[uniffi::remote(Record)]
pub struct OutboxView {
    /// The screen's title.
    pub title: String,
    /// Shown when there is nothing.
    pub empty_text: Option<String>,
    /// The reports, newest first.
    pub items: Vec<OutboxItemView>,
    /// Reports still to deliver (queued, sending or failed).
    pub unsent: u32,
    /// Says reports are not confidential yet, for a development key.
    pub development_notice: Option<String>,
}

/// A transport failure, as the platform's HTTP stack can tell. All are retried.
#[uniffi::remote(Enum)]
pub enum TransportError {
    /// The connection was refused.
    Refused,
    /// The connection was reset or closed early.
    Reset,
    /// No answer in time.
    Timeout,
    /// The name did not resolve.
    Dns,
    /// The TLS handshake failed.
    Tls,
    /// Anything else.
    Other,
}

/// What happened to an upload.
#[uniffi::remote(Enum)]
pub enum UploadOutcome {
    /// The server answered.
    Http {
        /// The HTTP status code.
        status: u16,
        /// The raw `Retry-After` header, if any.
        retry_after: Option<String>,
    },
    /// No HTTP answer at all.
    Transport {
        /// The kind of failure.
        error: TransportError,
    },
}

/// An HTTP request header.
#[uniffi::remote(Record)]
pub struct HttpHeader {
    /// The header's name.
    pub name: String,
    /// Its value.
    pub value: String,
}

/// What the platform's uploader does next.
#[uniffi::remote(Enum)]
pub enum UploadTask {
    /// POST `body` to `url` with `headers`, then call `upload_finished(id, …)`.
    Upload {
        /// The report's id, for `upload_finished`.
        id: String,
        /// Where to POST.
        url: String,
        /// The headers to send (content type, idempotency key).
        headers: Vec<HttpHeader>,
        /// The sealed envelope, unchanged across retries.
        body: Vec<u8>,
    },
    /// Nothing is due yet: ask again after this many milliseconds.
    Wait {
        /// How long to wait.
        millis: i64,
    },
    /// Nothing left to send.
    Done,
}
