//! Confidential reports: the draft (in memory only) and its form with per-field
//! problems, sending (sealed and queued at once), the outbox with retry and delete,
//! and the upload loop the platform drives (`next_upload` / `finish_upload`, the
//! Glean pattern: the core decides everything, the platform's HTTP stack performs
//! exactly the request it is handed).

use crate::app::Lueur;
use crate::error::LueurError;
use lueur_core::report::{
    DeploymentView, OutboxItemView, OutboxView, ReportDraft, ReportField, ReportFormView,
    UploadResponse, UploadStep, UploadTask,
};

#[uniffi::export]
impl Lueur {
    /// Where reports go and whether the build still uses the public development key
    /// (then `notice` says so), for the about screen.
    pub fn deployment(&self) -> Result<DeploymentView, LueurError> {
        self.map(self.core().deployment_view())
    }

    /// Points this `Lueur` at another intake with the same key, for tests and
    /// staging: `https://…`, or `http://` only for 127.0.0.1, localhost or [::1].
    /// A refused endpoint is `Invalid` for the field `endpoint`. Reports already
    /// queued are sent to the new endpoint.
    pub fn set_deployment_endpoint(&self, endpoint: String) -> Result<DeploymentView, LueurError> {
        self.map(self.core().set_deployment_endpoint(&endpoint))?;
        self.deployment()
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

    /// Deletes a report not sent yet with its sealed envelope, a delivered report's
    /// receipt, or an expiry notice; returns the updated outbox. A report being sent
    /// right now is `Invalid` for the field `report`; the same for `retry_report` on
    /// a report that has not failed.
    pub fn delete_report(&self, id: String) -> Result<OutboxView, LueurError> {
        self.map(self.core().delete_report(&id))
    }

    /// The next thing the uploader does. `Upload`: perform `request` exactly as it
    /// says (method, headers, body, timeout, never following a redirect, reading at
    /// most `max_response_bytes` of the answer) and pass the answer to
    /// `finish_upload`. `Wait`: end this run and schedule the next one after
    /// `millis`. `Done`: end the run. Call it at start, after sending a report, when
    /// the network returns and from the background scheduler.
    pub fn next_upload(&self) -> Result<UploadTask, LueurError> {
        self.map(self.core().next_upload())
    }

    /// The answer to the request `id` (status, headers and the start of the body), or
    /// the kind of transport failure, and what the uploader does next: `Continue`
    /// with `next_upload`, or `Stop` and schedule the next run after `millis`.
    pub fn finish_upload(
        &self,
        id: String,
        response: UploadResponse,
    ) -> Result<UploadStep, LueurError> {
        self.map(self.core().finish_upload(&id, response))
    }
}
