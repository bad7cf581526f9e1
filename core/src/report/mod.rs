//! Confidential reports: the draft (in memory only), sealing to the deployment's key,
//! the outbox in the user database, and the delivery protocol the platforms drive.
//!
//! The chat-free rule holds here: what a person writes exists unsealed only in
//! memory (the draft in [`crate::app::Session`], and a padded buffer that is
//! encrypted in place). It is never written to disk, logged, or put in an error.

pub mod deployment;
pub mod draft;
pub mod outbox;

pub use deployment::Deployment;
pub use draft::{ContactPreference, ExploitationForm, ReportAbout, ReportDraft, ReportField};
pub use outbox::{
    HttpHeader, OutboxState, TransportError, UploadRequest, UploadResponse, UploadStep, UploadTask,
};

use crate::Lueur;
use crate::env::RngAdapter;
use crate::error::{Error, Result};
use fluent_bundle::FluentValue;
use lueur_envelope as envelope;
use serde::Serialize;
use zeroize::Zeroizing;

/// What the organisation reads after opening an envelope: the typed draft inside
/// the envelope crate's report JSON.
pub type SealedReport = lueur_envelope::SealedReport<ReportDraft>;

/// The in-memory part of reporting, held in the session so quick exit drops it.
#[derive(Debug, Default)]
pub struct ReportSession {
    draft: Option<zeroize::Zeroizing<ReportDraft>>,
    /// Whether reports a dead process left "sending" were queued again.
    recovered: bool,
    /// Uploads handed out in the uploader's current run (see `outbox::RUN_BUDGET`).
    uploads_in_run: u32,
}

// ---------------------------------------------------------------------------
// View models

/// How a form field is drawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ChoiceView {
    /// The choice's key (`me`, `labour`, `phone` ...).
    pub key: String,
    /// Its text.
    pub label: String,
    /// Whether the draft has it.
    pub selected: bool,
}

/// One field of the report form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
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
    /// Whether the form asks this field for the draft as it is: the phone number only
    /// when contact is by phone, the address only by e-mail, the note whenever contact
    /// is allowed. Shells hide a field that is not shown.
    pub shown: bool,
}

/// The report form: every field, its limit and its problem, already localised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ReportFormView {
    /// The screen's title.
    pub title: String,
    /// What the form is for.
    pub intro: String,
    /// How the report is protected.
    pub privacy: String,
    /// Who receives it and what it is not (no police complaint); `None` when the
    /// deployment names no organisation.
    pub recipient: Option<String>,
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
    /// The screen's language and direction.
    pub screen_language: crate::views::ScreenLanguage,
}

/// One report in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
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
    /// The screen's language and direction.
    pub screen_language: crate::views::ScreenLanguage,
}

/// The deployment as the about screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
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

// ---------------------------------------------------------------------------
// Calls

/// The keys a choice field offers (those of its `ChoiceView`s); `None` for a text field.
fn choice_keys(field: ReportField) -> Option<Vec<&'static str>> {
    match field {
        ReportField::About => Some(vec!["me", "someone-else"]),
        ReportField::Forms => Some(ExploitationForm::ALL.iter().map(|f| f.key()).collect()),
        ReportField::Contact => Some(CONTACT_KEYS.to_vec()),
        _ => None,
    }
}

const CONTACT_KEYS: [&str; 3] = ["no-contact", "phone", "email"];

impl Lueur {
    fn text(&self, id: &str) -> String {
        self.l10n().text(id, &[])
    }

    fn development_notice(&self) -> Result<Option<String>> {
        Ok(self
            .deployment()?
            .development
            .then(|| self.text("report-development-key")))
    }

    pub fn deployment_view(&self) -> Result<DeploymentView> {
        let deployment = self.deployment()?;
        Ok(DeploymentView {
            endpoint: deployment.endpoint.clone(),
            key_id: deployment.key_id.clone(),
            development: deployment.development,
            notice: self.development_notice()?,
        })
    }

    /// The draft being written (empty if none).
    pub fn report_draft(&self) -> ReportDraft {
        self.session()
            .report
            .draft
            .as_deref()
            .cloned()
            .unwrap_or_default()
    }

    /// Replaces the draft in memory and returns the form with its problems.
    pub fn set_report_draft(&self, draft: ReportDraft) -> Result<ReportFormView> {
        self.session().report.draft = Some(zeroize::Zeroizing::new(draft));
        self.report_form()
    }

    /// Starts a draft from the checklist in progress (its "prepare a report" step):
    /// whose situation it is and the summary of the result are filled in, and the
    /// person can edit or remove both before sending. Text already written is kept.
    pub fn start_report_from_checklist(&self) -> Result<ReportFormView> {
        let summary = self.checklist_summary();
        let perspective = self.session().checklist.as_ref().map(|c| c.perspective());
        let mut draft = self.report_draft();
        if let Some(perspective) = perspective {
            draft.about = Some(match perspective {
                crate::checklist::Perspective::Me => ReportAbout::Me,
                crate::checklist::Perspective::Other => ReportAbout::SomeoneElse,
            });
        }
        if summary.is_some() {
            draft.checklist_summary = summary;
        }
        self.set_report_draft(draft)
    }

    /// Types `text` into the text field `field` of the draft in memory and returns the
    /// form. A choice field, or a field the form does not ask for the draft as it is
    /// (a phone number while contact is not by phone), is `Invalid` and changes nothing,
    /// so what the person typed is never silently dropped.
    pub fn set_report_text(&self, field: ReportField, text: String) -> Result<ReportFormView> {
        {
            let mut session = self.session();
            let draft = session.report.draft.get_or_insert_with(Default::default);
            if choice_keys(field).is_some() || !draft.asks(field) {
                return Err(Error::invalid(field.key(), "report-error-not-asked"));
            }
            draft.set_text(field, text);
        }
        self.report_form()
    }

    /// Sets the choice field `field` of the draft in memory to the choice keys `keys`
    /// (those of `ReportFieldView::choices`; none clears it) and returns the form. A key
    /// the field does not offer, more than one key for a one-choice field, or a text
    /// field is `Invalid` and changes nothing: a shell out of step with the form must
    /// hear of it rather than have the choice ignored.
    pub fn choose_report_option(
        &self,
        field: ReportField,
        keys: Vec<String>,
    ) -> Result<ReportFormView> {
        let Some(known) = choice_keys(field) else {
            return Err(Error::invalid(field.key(), "report-error-not-asked"));
        };
        let one_choice = field != ReportField::Forms;
        if keys.iter().any(|key| !known.contains(&key.as_str())) || (one_choice && keys.len() > 1) {
            return Err(Error::invalid(field.key(), "report-error-choice"));
        }
        self.session()
            .report
            .draft
            .get_or_insert_with(Default::default)
            .choose(field, &keys);
        self.report_form()
    }

    /// Forgets the draft.
    pub fn discard_report_draft(&self) {
        self.session().report.draft = None;
    }

    /// The report form for the current draft.
    pub fn report_form(&self) -> Result<ReportFormView> {
        let fallbacks = crate::l10n::fallback_count();
        let draft = self.report_draft();
        let problems = if draft == ReportDraft::default() {
            Vec::new()
        } else {
            draft.problems()
        };
        // Localised before the localiser is borrowed below: error_text borrows it too.
        let problem_texts: Vec<(ReportField, String)> = problems
            .iter()
            .map(|p| (p.field, self.error_text(&p.clone().into_error())))
            .collect();
        let error_for = |fields: &[ReportField]| {
            problem_texts
                .iter()
                .find(|(field, _)| fields.contains(field))
                .map(|(_, text)| text.clone())
        };
        let development_notice = self.development_notice()?;
        let recipient = {
            let deployment = self.deployment()?;
            let locale = self.locale();
            deployment.organisation_in(&locale).map(|name| {
                self.l10n().text(
                    "report-recipient",
                    &[("organisation", FluentValue::from(name))],
                )
            })
        };
        let l10n = self.l10n();
        let label = |field: ReportField| l10n.text(&format!("report-field-{}", field.key()), &[]);
        let hint = |field: ReportField| {
            l10n.attribute(&format!("report-field-{}", field.key()), "hint", &[])
        };
        let choice = |key: &str, label_id: String, selected: bool| ChoiceView {
            key: key.to_string(),
            label: l10n.text(&label_id, &[]),
            selected,
        };
        let text_field = |field: ReportField,
                          kind: FieldKind,
                          value: &Option<String>,
                          errors: &[ReportField]| {
            ReportFieldView {
                field,
                label: label(field),
                hint: hint(field),
                kind,
                required: field == ReportField::WhatHappened,
                max_chars: field.max_chars().map(|m| m as u32),
                choices: Vec::new(),
                value: value.clone().unwrap_or_default(),
                error: error_for(errors),
                shown: draft.asks(field),
            }
        };
        let (contact_key, phone, email, note) = match &draft.contact {
            ContactPreference::NoContact => ("no-contact", None, None, None),
            ContactPreference::Phone { number, note } => {
                ("phone", Some(number.clone()), None, note.clone())
            }
            ContactPreference::Email { address, note } => {
                ("email", None, Some(address.clone()), note.clone())
            }
        };
        let mut fields = vec![
            ReportFieldView {
                field: ReportField::About,
                label: label(ReportField::About),
                hint: hint(ReportField::About),
                kind: FieldKind::OneChoice,
                required: false,
                max_chars: None,
                choices: vec![
                    choice(
                        "me",
                        "report-about-me".into(),
                        draft.about == Some(ReportAbout::Me),
                    ),
                    choice(
                        "someone-else",
                        "report-about-someone-else".into(),
                        draft.about == Some(ReportAbout::SomeoneElse),
                    ),
                ],
                value: String::new(),
                error: None,
                shown: true,
            },
            ReportFieldView {
                field: ReportField::Forms,
                label: label(ReportField::Forms),
                hint: hint(ReportField::Forms),
                kind: FieldKind::ManyChoices,
                required: false,
                max_chars: None,
                choices: ExploitationForm::ALL
                    .iter()
                    .map(|form| {
                        choice(
                            form.key(),
                            format!("report-form-{}", form.key()),
                            draft.forms.contains(form),
                        )
                    })
                    .collect(),
                value: String::new(),
                error: error_for(&[ReportField::Forms]),
                shown: true,
            },
            text_field(
                ReportField::Municipality,
                FieldKind::ShortText,
                &draft.municipality,
                &[ReportField::Municipality],
            ),
            text_field(
                ReportField::Place,
                FieldKind::LongText,
                &draft.place,
                &[ReportField::Place],
            ),
            text_field(
                ReportField::When,
                FieldKind::ShortText,
                &draft.when,
                &[ReportField::When],
            ),
            text_field(
                ReportField::WhatHappened,
                FieldKind::LongText,
                &Some(draft.what_happened.clone()),
                &[ReportField::WhatHappened],
            ),
            text_field(
                ReportField::People,
                FieldKind::LongText,
                &draft.people,
                &[ReportField::People],
            ),
            ReportFieldView {
                field: ReportField::Contact,
                label: label(ReportField::Contact),
                hint: hint(ReportField::Contact),
                kind: FieldKind::OneChoice,
                required: false,
                max_chars: None,
                choices: CONTACT_KEYS
                    .iter()
                    .map(|key| choice(key, format!("report-contact-{key}"), *key == contact_key))
                    .collect(),
                value: String::new(),
                error: None,
                shown: true,
            },
            text_field(
                ReportField::ContactPhone,
                FieldKind::ShortText,
                &phone,
                &[ReportField::ContactPhone],
            ),
            text_field(
                ReportField::ContactEmail,
                FieldKind::ShortText,
                &email,
                &[ReportField::ContactEmail],
            ),
            text_field(
                ReportField::ContactNote,
                FieldKind::ShortText,
                &note,
                &[ReportField::ContactNote],
            ),
            text_field(
                ReportField::Language,
                FieldKind::ShortText,
                &draft.language,
                &[ReportField::Language],
            ),
            text_field(
                ReportField::ChecklistSummary,
                FieldKind::LongText,
                &draft.checklist_summary,
                &[ReportField::ChecklistSummary],
            ),
        ];
        // A field with no hint in the locale files gets none rather than an id.
        for field in &mut fields {
            if field.hint.starts_with("report-field-") {
                field.hint.clear();
            }
        }
        let can_send = !draft.what_happened.trim().is_empty() && problems.is_empty();
        Ok(ReportFormView {
            screen_language: l10n.screen(fallbacks),
            title: l10n.text("report-form-title", &[]),
            intro: l10n.text("report-form-intro", &[]),
            privacy: l10n.text("report-form-privacy", &[]),
            recipient,
            development_notice,
            fields,
            can_send,
            send_label: l10n.text("report-send", &[]),
            skip_hint: l10n.text("report-skip-hint", &[]),
            choose_one_hint: l10n.text("report-choose-one-hint", &[]),
            choose_many_hint: l10n.text("report-choose-many-hint", &[]),
        })
    }

    /// Seals the draft in memory, queues it, and forgets the draft.
    pub fn send_report_draft(&self) -> Result<OutboxItemView> {
        let draft = self.report_draft();
        let item = self.queue_report(&draft)?;
        self.discard_report_draft();
        Ok(item)
    }

    /// Validates, seals and queues a report in one step. When this returns Ok the
    /// report is durably in the outbox.
    pub fn queue_report(&self, draft: &ReportDraft) -> Result<OutboxItemView> {
        let draft = draft.normalised();
        draft.validate()?;
        let deployment = self.deployment()?;
        let now = self.now_millis();
        // A random id colliding with a stored one is all but impossible with the OS
        // generator; a replayed seed makes it certain, so draw again rather than fail.
        for _ in 0..4 {
            let id = self.seal_and_store(&draft, &deployment, now)?;
            if let Some(id) = id {
                return self.outbox_item(&id);
            }
        }
        Err(Error::Internal("no free report id".into()))
    }

    /// Seals `draft` under a new id and stores it; `None` if the id was taken.
    fn seal_and_store(
        &self,
        draft: &ReportDraft,
        deployment: &Deployment,
        now: i64,
    ) -> Result<Option<String>> {
        let mut rng = RngAdapter(self.random());
        let report_id = envelope::new_report_id(&mut rng);
        let id = envelope::uuid_text(&report_id);
        let report = SealedReport {
            format: envelope::REPORT_FORMAT,
            id: id.clone(),
            created_at: now,
            app_locale: self.locale(),
            draft: draft.clone(),
        };
        let json = Zeroizing::new(
            serde_json::to_vec(&report)
                .map_err(|_| Error::invalid("report", "report-error-too-large"))?,
        );
        drop(report);
        let padded = envelope::pad(&json)
            .ok_or_else(|| Error::invalid("report", "report-error-too-large"))?;
        drop(json);
        let sealed = envelope::seal(
            padded,
            &deployment.public_key,
            &deployment.key_id,
            &report_id,
            &mut rng,
        )
        .map_err(|error| Error::Internal(format!("cannot seal to the deployment key: {error}")))?;
        let max_delay_ms = i64::from(deployment.first_attempt_max_delay_seconds) * 1000;
        let first_delay_ms = if max_delay_ms == 0 {
            0
        } else {
            (self.random().next_u64() % (max_delay_ms as u64 + 1)) as i64
        };
        match self.with_user(|db| outbox::insert(db.conn_mut(), &id, now, first_delay_ms, &sealed))
        {
            Ok(()) => Ok(Some(id)),
            Err(Error::Storage(crate::userdb::StorageError::Sqlite(error)))
                if error.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
            {
                Ok(None)
            }
            Err(other) => Err(other),
        }
    }

    fn max_age_ms(&self) -> Result<i64> {
        Ok(i64::from(self.deployment()?.expire_after_days) * outbox::DAY_MS)
    }

    /// Expires what is too old and, once per session, queues again what a dead
    /// process left "sending".
    fn settle_outbox(&self, now: i64) -> Result<()> {
        let max_age = self.max_age_ms()?;
        let first = !std::mem::replace(&mut self.session().report.recovered, true);
        let settle = |db: &mut crate::userdb::UserDb| {
            outbox::requeue_abandoned(db.conn(), now, first)?;
            outbox::age_and_expire(db.conn(), now, max_age)?;
            outbox::purge_receipts(db.conn(), now)?;
            Ok(())
        };
        // Delivery and ageing go on behind a duress session, on the stored outbox; the
        // session's own copy is settled too, as a real outbox would be.
        self.with_stored_user(settle)?;
        if self.storage().in_duress {
            self.with_user(settle)?;
        }
        Ok(())
    }

    /// The outbox screen.
    pub fn outbox(&self) -> Result<OutboxView> {
        let fallbacks = crate::l10n::fallback_count();
        let now = self.now_millis();
        self.settle_outbox(now)?;
        // In a duress session this is the empty copy's outbox.
        let rows = self.with_user(|db| outbox::list(db.conn()))?;
        let unsent = rows
            .iter()
            .filter(|r| {
                matches!(
                    r.state,
                    OutboxState::Queued | OutboxState::Sending | OutboxState::Failed
                )
            })
            .count() as u32;
        let items: Vec<OutboxItemView> = rows.iter().map(|row| self.item_view(row, now)).collect();
        // Taken apart: a read lock held across `self.text` would nest.
        let screen = self.l10n().screen(fallbacks);
        Ok(OutboxView {
            screen_language: screen,
            title: self.text("report-outbox-title"),
            empty_text: items.is_empty().then(|| self.text("report-outbox-empty")),
            items,
            unsent,
            development_notice: self.development_notice()?,
        })
    }

    fn outbox_item(&self, id: &str) -> Result<OutboxItemView> {
        let now = self.now_millis();
        let rows = self.with_user(|db| outbox::list(db.conn()))?;
        rows.iter()
            .find(|r| r.id == id)
            .map(|row| self.item_view(row, now))
            .ok_or_else(|| Error::not_found("report", id))
    }

    fn item_view(&self, row: &outbox::Row, now: i64) -> OutboxItemView {
        let l10n = self.l10n();
        let detail = match row.state {
            OutboxState::Queued if row.attempts == 0 || row.due_in(now) == 0 => {
                l10n.text("report-detail-queued", &[])
            }
            OutboxState::Queued => {
                let minutes = (row.due_in(now) + 59_999) / 60_000;
                l10n.text(
                    "report-detail-retrying",
                    &[("minutes", FluentValue::from(minutes))],
                )
            }
            OutboxState::Sending => l10n.text("report-detail-sending", &[]),
            OutboxState::Sent => l10n.text("report-detail-sent", &[]),
            OutboxState::Failed => l10n.text("report-detail-failed", &[]),
            OutboxState::Expired => l10n.text("report-detail-expired", &[]),
        };
        // The waiting time the core saw pass, not the clock's idea of when it was
        // written: a clock set wrong then would show an absurd age.
        let days = (row.age_ms.max(0) / outbox::DAY_MS).min(i64::from(u16::MAX));
        let can_retry = row.state == OutboxState::Failed;
        let can_delete = row.state != OutboxState::Sending;
        OutboxItemView {
            id: row.id.clone(),
            state: row.state,
            state_label: l10n.text(&format!("report-state-{}", row.state.as_str()), &[]),
            detail,
            age_label: l10n.text("report-age", &[("days", FluentValue::from(days))]),
            created_at: row.created_at,
            sent_at: row.sent_at,
            attempts: row.attempts,
            can_retry,
            can_delete,
            retry_label: can_retry.then(|| l10n.text("report-action-retry", &[])),
            delete_label: can_delete.then(|| l10n.text("report-action-delete", &[])),
        }
    }

    /// The person's "try again" on a failed report.
    pub fn retry_report(&self, id: &str) -> Result<OutboxView> {
        let now = self.now_millis();
        self.with_user(|db| outbox::retry(db.conn_mut(), id, now))?;
        self.outbox()
    }

    /// Deletes a report not sent yet with its envelope, a delivered one's receipt, or
    /// an expiry notice.
    pub fn delete_report(&self, id: &str) -> Result<OutboxView> {
        self.erase_user_data(|tx| outbox::delete(tx, id))?;
        self.outbox()
    }

    /// The next request the platform should make (the Glean pattern). Call it in a
    /// loop: perform each `Upload` exactly as described and hand the answer to
    /// [`Lueur::finish_upload`]; on `Wait`, end the run and start the next after the
    /// wait; stop on `Done`. It reads the core's own clock, as every delivery decision
    /// does.
    pub fn next_upload(&self) -> Result<UploadTask> {
        let now = self.now_millis();
        self.settle_outbox(now)?;
        let url = self.deployment()?.reports_url();
        let claim = self.with_stored_user(|db| outbox::claim_next(db.conn_mut(), now))?;
        let task = match claim {
            outbox::Claim::Done => UploadTask::Done,
            outbox::Claim::Wait { millis } => UploadTask::Wait { millis },
            outbox::Claim::Upload { id, envelope } => UploadTask::Upload {
                request: UploadRequest {
                    headers: vec![
                        HttpHeader {
                            name: "Content-Type".into(),
                            value: "application/octet-stream".into(),
                        },
                        HttpHeader {
                            name: "Idempotency-Key".into(),
                            value: id.clone(),
                        },
                    ],
                    id,
                    url,
                    method: "POST".into(),
                    body: envelope,
                    timeout_millis: outbox::UPLOAD_TIMEOUT_MS,
                    follow_redirects: false,
                    max_response_bytes: outbox::MAX_RESPONSE_BYTES,
                },
            },
        };
        let mut session = self.session();
        match task {
            UploadTask::Upload { .. } => session.report.uploads_in_run += 1,
            _ => session.report.uploads_in_run = 0,
        }
        Ok(task)
    }

    /// What came back for the upload `next_upload` asked for, and what the uploader
    /// does next. Delivered only with the intake's receipt for this report; the
    /// retries, backoff, `Retry-After` and failures are decided here.
    pub fn finish_upload(&self, id: &str, response: UploadResponse) -> Result<UploadStep> {
        let now = self.now_millis();
        let max_age = self.max_age_ms()?;
        let verdict = outbox::verdict(id, &response, now);
        let receipt_id =
            envelope::uuid_text(&envelope::new_report_id(&mut RngAdapter(self.random())));
        let finished = self.with_stored_user(|db| {
            // The wait that just ended counts towards the report's age.
            outbox::age_and_expire(db.conn(), now, max_age)?;
            outbox::finish(
                db.conn_mut(),
                id,
                &verdict,
                now,
                max_age,
                self.random(),
                &receipt_id,
            )
        })?;
        let mut session = self.session();
        let step = match finished {
            // The intake or the network is failing: the whole run waits with it.
            outbox::Finished::Retrying { delay_ms } => UploadStep::Stop { millis: delay_ms },
            _ if session.report.uploads_in_run >= outbox::RUN_BUDGET => {
                UploadStep::Stop { millis: 0 }
            }
            _ => UploadStep::Continue,
        };
        if matches!(step, UploadStep::Stop { .. }) {
            session.report.uploads_in_run = 0;
        }
        Ok(step)
    }
}
