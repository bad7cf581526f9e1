//! The outbox and the delivery rules, against the real user database, with a manual
//! clock and a seeded generator: queueing seals what was written, each HTTP outcome
//! moves a report to the state the protocol says, and a restart loses nothing.

use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::report::{
    ContactPreference, Deployment, ExploitationForm, HttpHeader, OutboxState, ReportAbout,
    ReportDraft, TransportError, UploadResponse, UploadStep, UploadTask,
};
use lueur_core::{Error, Lueur, LueurConfig};
use std::path::Path;
use std::sync::Arc;

const START: i64 = 1_800_000_000_000;
const MINUTE: i64 = 60_000;
const DAY: i64 = 24 * 60 * MINUTE;

fn development_key() -> [u8; 32] {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/keys/development.key"
    ))
    .expect("development key");
    let hex = text
        .lines()
        .find_map(|l| l.strip_prefix("private-key = \""))
        .and_then(|l| l.strip_suffix('"'))
        .expect("private-key line");
    let bytes = lueur_envelope::keys::decode_hex(hex).expect("hex");
    bytes.try_into().expect("32 bytes")
}

fn open(dir: &Path, clock: &Arc<ManualClock>, locale: &str) -> Lueur {
    let mut config = LueurConfig::new(
        dir,
        vec![locale.to_string()],
        Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    );
    config.clock = clock.clone();
    config.random = Arc::new(SeededRandom::new(42));
    Lueur::open(config).expect("open")
}

fn draft(text: &str) -> ReportDraft {
    ReportDraft {
        about: Some(ReportAbout::SomeoneElse),
        forms: vec![ExploitationForm::Labour],
        municipality: Some("Liège".into()),
        what_happened: text.into(),
        contact: ContactPreference::Email {
            address: "someone@example.org".into(),
            note: Some("evenings".into()),
        },
        ..ReportDraft::default()
    }
}

fn upload(lueur: &Lueur) -> (String, String, Vec<(String, String)>, Vec<u8>) {
    match lueur.next_upload().expect("next") {
        UploadTask::Upload { request } => (
            request.id,
            request.url,
            request
                .headers
                .into_iter()
                .map(|h| (h.name, h.value))
                .collect(),
            request.body,
        ),
        other => panic!("expected an upload, got {other:?}"),
    }
}

fn http(status: u16) -> UploadResponse {
    UploadResponse::Http {
        status,
        headers: Vec::new(),
        body: Vec::new(),
    }
}

/// The intake's answer for a stored report: its receipt.
fn receipt(id: &str) -> UploadResponse {
    UploadResponse::Http {
        status: 201,
        headers: Vec::new(),
        body: format!(r#"{{"id":"{id}","received_at":1,"receipt":"0123456789abcdef"}}"#)
            .into_bytes(),
    }
}

fn transport(error: TransportError) -> UploadResponse {
    UploadResponse::Transport { error }
}

fn only_state(lueur: &Lueur) -> OutboxState {
    let items = lueur.outbox().expect("outbox").items;
    assert_eq!(items.len(), 1);
    items[0].state
}

fn state_of(lueur: &Lueur, id: &str) -> OutboxState {
    lueur
        .outbox()
        .expect("outbox")
        .items
        .into_iter()
        .find(|i| i.id == id)
        .expect("item")
        .state
}

/// The stored envelope of report `id`; `None` when the row has none or is gone.
fn envelope_column(lueur: &Lueur, id: &str) -> Option<Vec<u8>> {
    use rusqlite::OptionalExtension;
    lueur
        .stored_data(|db| {
            db.query_row("SELECT envelope FROM outbox WHERE id = ?1", [id], |r| {
                r.get::<_, Option<Vec<u8>>>(0)
            })
            .optional()
        })
        .expect("row")
        .flatten()
}

#[test]
fn a_queued_report_is_sealed_to_the_deployment_and_opens_to_what_was_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "fr");
    let item = lueur
        .queue_report(&draft("  Ils gardent son passeport.  "))
        .expect("queue");
    assert_eq!(item.state, OutboxState::Queued);
    assert!(item.can_delete && !item.can_retry);

    let (id, url, headers, body) = upload(&lueur);
    assert_eq!(id, item.id);
    assert_eq!(url, "https://intake.lueur.invalid/v1/reports");
    assert!(headers.contains(&("Idempotency-Key".to_string(), id.clone())));
    assert_eq!(envelope_column(&lueur, &id), Some(body.clone()));

    let report = lueur_envelope::open_report::<ReportDraft>(&body, &development_key())
        .expect("opens with the development key");
    assert_eq!(report.id, id);
    assert_eq!(report.created_at, START);
    assert_eq!(report.app_locale, "fr");
    assert_eq!(report.draft.what_happened, "Ils gardent son passeport.");
    assert_eq!(report.draft.municipality.as_deref(), Some("Liège"));
    assert_eq!(report.draft, draft("Ils gardent son passeport."));
}

#[test]
fn success_keeps_only_a_receipt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    let item = lueur.queue_report(&draft("x")).expect("queue");
    let (id, ..) = upload(&lueur);
    assert_eq!(state_of(&lueur, &id), OutboxState::Sending);
    clock.advance(1_000);
    lueur.finish_upload(&id, receipt(&id)).expect("finish");
    let view = lueur.outbox().expect("outbox");
    let sent = &view.items[0];
    assert_eq!(
        (sent.state, sent.sent_at),
        (OutboxState::Sent, Some(START + 1_000))
    );
    assert!(sent.can_delete && !sent.can_retry);
    assert_eq!(view.unsent, 0);
    assert_eq!(envelope_column(&lueur, &item.id), None);
    assert_eq!(lueur.next_upload().expect("next"), UploadTask::Done);
    // F21: the id the intake knows is not kept; the receipt has an id of its own.
    assert_ne!(sent.id, item.id);
    let kept_ids: i64 = lueur
        .stored_data(|db| {
            db.query_row(
                "SELECT count(*) FROM outbox WHERE id = ?1",
                [&item.id],
                |r| r.get(0),
            )
        })
        .expect("count");
    assert_eq!(kept_ids, 0);
    // F6: the person can delete the receipt.
    let after = lueur
        .delete_report(&sent.id)
        .expect("a receipt can be deleted");
    assert!(after.items.is_empty());
}

/// F6: a receipt goes by itself after a week the core saw pass, not sooner when the
/// clock jumps forward.
#[test]
fn receipts_are_removed_after_a_week() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    lueur.queue_report(&draft("x")).expect("queue");
    let (id, ..) = upload(&lueur);
    lueur.finish_upload(&id, receipt(&id)).expect("finish");
    clock.set(START + 365 * DAY);
    assert_eq!(
        lueur.outbox().expect("outbox").items.len(),
        1,
        "a clock moved a year forward counts one day at most"
    );
    for _ in 0..5 {
        clock.advance(DAY);
        assert_eq!(lueur.outbox().expect("outbox").items.len(), 1);
    }
    clock.advance(DAY);
    assert!(lueur.outbox().expect("outbox").items.is_empty());
}

#[test]
fn retryable_answers_back_off_with_jitter_and_honour_retry_after() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    lueur.queue_report(&draft("x")).expect("queue");
    let mut now = START;
    let outcomes = [
        http(500),
        http(408),
        http(429),
        transport(TransportError::Refused),
        transport(TransportError::Timeout),
        http(502),
    ];
    for (attempt, outcome) in outcomes.into_iter().enumerate() {
        let (id, ..) = upload(&lueur);
        let step = lueur.finish_upload(&id, outcome).expect("finish");
        assert!(
            matches!(step, UploadStep::Stop { .. }),
            "a failing intake stops the run"
        );
        assert_eq!(state_of(&lueur, &id), OutboxState::Queued);
        let ceiling = (30_000i64 << attempt).min(6 * 60 * MINUTE);
        match lueur.next_upload().expect("next") {
            UploadTask::Wait { millis } => assert!(millis <= ceiling, "{attempt}: {millis}"),
            UploadTask::Upload { .. } => panic!("a failed report was retried at once"),
            UploadTask::Done => panic!("a queued report was forgotten"),
        }
        now += ceiling;
        clock.set(now);
    }
    // 503 with Retry-After: never earlier than asked, even if the jitter is small.
    let (id, ..) = upload(&lueur);
    lueur
        .finish_upload(
            &id,
            UploadResponse::Http {
                status: 503,
                headers: vec![HttpHeader {
                    name: "Retry-After".into(),
                    value: "7200".into(),
                }],
                body: Vec::new(),
            },
        )
        .expect("finish");
    match lueur.next_upload().expect("next") {
        UploadTask::Wait { millis } => assert!(millis >= 7_200_000, "{millis}"),
        other => panic!("{other:?}"),
    }
    let view = lueur.outbox().expect("outbox");
    assert!(
        view.items[0].detail.contains("120"),
        "{}",
        view.items[0].detail
    );
}

#[test]
fn other_client_errors_need_the_person_who_can_retry_or_delete() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "nl");
    let first = lueur.queue_report(&draft("one")).expect("queue");
    let second = lueur.queue_report(&draft("two")).expect("queue");
    for _ in 0..2 {
        let (id, ..) = upload(&lueur);
        lueur.finish_upload(&id, http(400)).expect("finish");
    }
    assert_eq!(lueur.next_upload().expect("next"), UploadTask::Done);
    let view = lueur.outbox().expect("outbox");
    assert_eq!(view.unsent, 2);
    for item in &view.items {
        assert_eq!(item.state, OutboxState::Failed);
        assert!(item.can_retry && item.can_delete);
        assert_eq!(item.retry_label.as_deref(), Some("Opnieuw proberen"));
    }
    let view = lueur.retry_report(&first.id).expect("retry");
    assert!(
        view.items
            .iter()
            .any(|i| i.id == first.id && i.state == OutboxState::Queued)
    );
    assert!(matches!(
        lueur.retry_report(&first.id),
        Err(Error::Invalid { .. })
    ));
    let view = lueur.delete_report(&second.id).expect("delete");
    assert!(view.items.iter().all(|i| i.id != second.id));
    assert!(matches!(
        lueur.delete_report(&second.id),
        Err(Error::NotFound { .. })
    ));
    let (id, ..) = upload(&lueur);
    assert_eq!(id, first.id);
}

#[test]
fn old_reports_expire_and_lose_their_envelope() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "de");
    let short = Deployment {
        expire_after_days: 2,
        ..lueur.deployment().expect("deployment")
    };
    lueur.set_deployment(short);
    let waiting = lueur.queue_report(&draft("waiting")).expect("queue");
    clock.advance(DAY);
    let in_flight = lueur.queue_report(&draft("in flight")).expect("queue");
    // The first is due first; fail it so only the second is in flight.
    let (id, ..) = upload(&lueur);
    assert_eq!(id, waiting.id);
    lueur.finish_upload(&id, http(503)).expect("finish");
    clock.set(START + 2 * DAY);
    let view = lueur.outbox().expect("outbox");
    let expired = view
        .items
        .iter()
        .find(|i| i.id == waiting.id)
        .expect("item");
    assert_eq!(expired.state, OutboxState::Expired);
    assert_eq!(expired.state_label, "Nicht gesendet");
    assert!(expired.can_delete && !expired.can_retry);
    assert_eq!(envelope_column(&lueur, &waiting.id), None);
    // The second, still young, is sent; when its retry comes too late it expires.
    let (id, ..) = upload(&lueur);
    assert_eq!(id, in_flight.id);
    clock.set(START + 3 * DAY);
    lueur
        .finish_upload(&id, transport(TransportError::Reset))
        .expect("finish");
    assert_eq!(state_of(&lueur, &id), OutboxState::Expired);
    lueur.delete_report(&waiting.id).expect("clear the notice");
}

#[test]
fn a_report_left_sending_by_a_dead_process_is_sent_again_after_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let id = {
        let lueur = open(dir.path(), &clock, "en");
        lueur.queue_report(&draft("x")).expect("queue");
        let (id, ..) = upload(&lueur);
        id
        // Dropped without finish_upload: the process "died" mid-request.
    };
    let lueur = open(dir.path(), &clock, "en");
    let (again, _, _, body) = upload(&lueur);
    assert_eq!(again, id);
    assert!(lueur_envelope::open_report::<ReportDraft>(&body, &development_key()).is_ok());
    // The first attempt's late answer must not undo anything.
    lueur.finish_upload(&id, receipt(&id)).expect("finish");
    lueur.finish_upload(&id, http(500)).expect("late answer");
    // Delivered: the receipt has an id of its own (F21).
    assert_eq!(only_state(&lueur), OutboxState::Sent);
}

#[test]
fn an_uploader_that_never_answers_loses_its_lease() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    lueur.queue_report(&draft("x")).expect("queue");
    let (id, ..) = upload(&lueur);
    clock.set(START + MINUTE);
    assert_eq!(lueur.next_upload().expect("next"), UploadTask::Done);
    clock.set(START + 16 * MINUTE);
    let (again, ..) = upload(&lueur);
    assert_eq!(again, id);
}

#[test]
fn invalid_drafts_are_refused_with_a_localised_reason_that_quotes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let secret = "words-only-the-person-wrote";
    for (locale, expected) in [
        ("en", "This does not look like a phone number"),
        ("fr", "Ce numéro de téléphone ne semble pas correct"),
        ("nl", "Dit lijkt geen telefoonnummer"),
        ("de", "Das sieht nicht wie eine Telefonnummer aus"),
    ] {
        let lueur = open(dir.path(), &clock, locale);
        lueur.set_locale(locale).expect("locale");
        let bad = ReportDraft {
            contact: ContactPreference::Phone {
                number: secret.into(),
                note: None,
            },
            ..draft(secret)
        };
        let error = lueur.queue_report(&bad).expect_err("invalid");
        let text = lueur.error_text(&error);
        assert!(text.starts_with(expected), "{locale}: {text}");
        assert!(!text.contains(secret) && !format!("{error} {error:?}").contains(secret));
        let too_long = ReportDraft {
            people: Some("x".repeat(2_001)),
            ..draft("x")
        };
        let text = lueur.error_text(&lueur.queue_report(&too_long).expect_err("long"));
        assert!(text.contains("2000"), "{locale}: {text}");
        let empty = lueur
            .queue_report(&ReportDraft::default())
            .expect_err("empty");
        assert!(matches!(&empty, Error::Invalid { field, .. } if field == "what-happened"));
    }
    let lueur = open(dir.path(), &clock, "en");
    assert!(
        lueur.outbox().expect("outbox").items.is_empty(),
        "nothing was queued"
    );
}

#[test]
fn the_form_is_localised_and_shows_each_problem_on_its_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    for locale in ["fr", "nl", "de", "en"] {
        let lueur = open(dir.path(), &clock, locale);
        lueur.set_locale(locale).expect("locale");
        let form = lueur.report_form().expect("form");
        assert!(!form.can_send);
        assert!(
            form.development_notice.is_some(),
            "the bundled key is a development key"
        );
        assert_eq!(form.fields.len(), 13);
        let texts = form
            .fields
            .iter()
            .flat_map(|f| {
                std::iter::once(f.label.clone())
                    .chain(std::iter::once(f.hint.clone()))
                    .chain(f.choices.iter().map(|c| c.label.clone()))
            })
            .chain([form.title, form.intro, form.privacy, form.send_label]);
        for text in texts {
            assert!(!text.contains("report-"), "{locale}: unlocalised `{text}`");
        }
        let form = lueur
            .set_report_draft(ReportDraft {
                language: Some("???".into()),
                ..draft("x")
            })
            .expect("set");
        let language = form
            .fields
            .iter()
            .find(|f| f.field == lueur_core::report::ReportField::Language)
            .expect("field");
        assert!(language.error.is_some() && !form.can_send);
        lueur.set_report_draft(draft("ok")).expect("set");
        let item = lueur.send_report_draft().expect("send");
        assert_eq!(item.state, OutboxState::Queued);
        assert_eq!(
            lueur.report_draft(),
            ReportDraft::default(),
            "sent drafts are forgotten"
        );
    }
}

#[test]
fn quick_exit_drops_the_draft_and_nothing_of_it_was_stored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    lueur.set_report_draft(draft("half written")).expect("set");
    assert_eq!(lueur.report_draft().what_happened, "half written");
    lueur.quick_exit();
    assert_eq!(lueur.report_draft(), ReportDraft::default());
    drop(lueur);
    let lueur = open(dir.path(), &clock, "en");
    assert_eq!(lueur.report_draft(), ReportDraft::default());
    assert!(lueur.outbox().expect("outbox").empty_text.is_some());
}

#[test]
fn a_2xx_without_this_reports_receipt_is_not_a_delivery() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    let item = lueur.queue_report(&draft("x")).expect("queue");
    let other_receipt = receipt("00000000-0000-4000-8000-000000000000");
    // What a captive portal, a proxy or an intake that lost the report might answer.
    for (n, answer) in [http(200), http(204), http(201), other_receipt]
        .into_iter()
        .enumerate()
    {
        let (id, ..) = upload(&lueur);
        let step = lueur.finish_upload(&id, answer).expect("finish");
        let UploadStep::Stop { millis } = step else {
            panic!("{n}: a 2xx without the receipt must be retried, got {step:?}");
        };
        let view = lueur.outbox().expect("outbox");
        assert_eq!(view.items[0].state, OutboxState::Queued, "{n}");
        assert_ne!(view.items[0].state_label, "Received", "{n}");
        assert!(envelope_column(&lueur, &item.id).is_some(), "{n}");
        clock.advance(millis);
    }
    let (id, ..) = upload(&lueur);
    lueur.finish_upload(&id, receipt(&id)).expect("finish");
    // Delivered: the receipt has an id of its own (F21).
    assert_eq!(only_state(&lueur), OutboxState::Sent);
}

#[test]
fn a_redirect_is_a_refusal_and_is_never_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    lueur.queue_report(&draft("x")).expect("queue");
    let UploadTask::Upload { request } = lueur.next_upload().expect("next") else {
        panic!("an upload is due");
    };
    assert!(!request.follow_redirects);
    assert_eq!(request.method, "POST");
    let redirect = UploadResponse::Http {
        status: 302,
        headers: vec![HttpHeader {
            name: "Location".into(),
            value: "https://elsewhere.example/".into(),
        }],
        body: Vec::new(),
    };
    lueur.finish_upload(&request.id, redirect).expect("finish");
    assert_eq!(state_of(&lueur, &request.id), OutboxState::Failed);
}

#[test]
fn a_run_stops_after_its_budget() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    let budget = lueur_core::report::outbox::RUN_BUDGET as usize;
    for n in 0..budget + 2 {
        lueur.queue_report(&draft(&format!("{n}"))).expect("queue");
    }
    let mut steps = Vec::new();
    for _ in 0..budget {
        let (id, ..) = upload(&lueur);
        steps.push(lueur.finish_upload(&id, receipt(&id)).expect("finish"));
    }
    assert!(
        steps[..budget - 1]
            .iter()
            .all(|s| *s == UploadStep::Continue)
    );
    assert_eq!(steps[budget - 1], UploadStep::Stop { millis: 0 });
    // The next run goes on with what is left.
    let (id, ..) = upload(&lueur);
    assert_eq!(
        lueur.finish_upload(&id, receipt(&id)).expect("finish"),
        UploadStep::Continue
    );
}

// ---------------------------------------------------------------------------
// A wrong phone clock (after the battery ran out, a SIM swap, a manual change) must
// lose nothing: no report waits longer than its backoff, none expires early.

#[test]
fn a_report_written_with_the_clock_days_ahead_is_sent_once_the_clock_is_corrected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START + 3 * DAY));
    let lueur = open(dir.path(), &clock, "en");
    let item = lueur.queue_report(&draft("x")).expect("queue");
    clock.set(START);
    let (id, ..) = upload(&lueur);
    assert_eq!(id, item.id);
}

#[test]
fn a_report_written_with_the_clock_months_behind_does_not_expire_when_it_is_corrected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START - 60 * DAY));
    let lueur = open(dir.path(), &clock, "en");
    let item = lueur.queue_report(&draft("x")).expect("queue");
    clock.set(START);
    assert_eq!(state_of(&lueur, &item.id), OutboxState::Queued);
    let (id, ..) = upload(&lueur);
    lueur.finish_upload(&id, receipt(&id)).expect("finish");
    // Delivered: the receipt has an id of its own (F21).
    assert_eq!(only_state(&lueur), OutboxState::Sent);
}

#[test]
fn a_failure_under_a_clock_a_day_ahead_waits_its_backoff_not_a_day() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START + DAY));
    let lueur = open(dir.path(), &clock, "en");
    lueur.queue_report(&draft("x")).expect("queue");
    let (id, ..) = upload(&lueur);
    lueur
        .finish_upload(&id, transport(TransportError::Refused))
        .expect("finish");
    clock.set(START);
    match lueur.next_upload().expect("next") {
        UploadTask::Wait { millis } => assert!(millis <= 30_000, "{millis}"),
        UploadTask::Upload { .. } => {}
        UploadTask::Done => panic!("the report was lost"),
    }
    let detail = lueur.outbox().expect("outbox").items[0].detail.clone();
    assert!(!detail.contains("1440"), "{detail}");
}

#[test]
fn a_clock_jumping_weeks_ahead_expires_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    let item = lueur.queue_report(&draft("x")).expect("queue");
    clock.set(START + 40 * DAY);
    assert_eq!(state_of(&lueur, &item.id), OutboxState::Queued);
    let (id, ..) = upload(&lueur);
    lueur
        .finish_upload(&id, transport(TransportError::Timeout))
        .expect("finish");
    assert_eq!(state_of(&lueur, &id), OutboxState::Queued);
}

#[test]
fn a_report_the_core_saw_wait_its_whole_life_still_expires() {
    // Expiry still works on a clock that moves honestly: looked at every few hours
    // (as the background job's waits make sure), a report ages as it should.
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    let item = lueur.queue_report(&draft("x")).expect("queue");
    for _ in 0..(31 * 4) {
        clock.advance(6 * 60 * MINUTE);
        lueur.outbox().expect("outbox");
    }
    assert_eq!(state_of(&lueur, &item.id), OutboxState::Expired);
}

mod clock_jumps {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Step {
        /// The phone's clock jumps by this many hours (either way).
        Jump(i64),
        /// The uploader runs while the intake is unreachable.
        Offline,
        /// Some honest time passes.
        Pass(i64),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (-60 * 24i64..60 * 24).prop_map(Step::Jump),
            Just(Step::Offline),
            (0i64..120).prop_map(|m| Step::Pass(m * MINUTE)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Whatever the clock does, once the intake is reachable each report is sent
        /// within the wait its attempt count allows, and none expired on the way.
        #[test]
        fn every_report_is_delivered_within_its_backoff(
            steps in proptest::collection::vec(step(), 1..12),
            reports in 1usize..4,
        ) {
            let dir = tempfile::tempdir().expect("tempdir");
            let clock = Arc::new(ManualClock::new(START));
            let lueur = open(dir.path(), &clock, "en");
            for n in 0..reports {
                lueur.queue_report(&draft(&format!("{n}"))).expect("queue");
            }
            let mut attempts = 0u32;
            for step in steps {
                match step {
                    Step::Jump(hours) => clock.advance(hours * 60 * MINUTE),
                    Step::Pass(millis) => clock.advance(millis),
                    Step::Offline => {
                        if let UploadTask::Upload { request } = lueur.next_upload().expect("next") {
                            attempts += 1;
                            lueur
                                .finish_upload(&request.id, transport(TransportError::Refused))
                                .expect("finish");
                        }
                    }
                }
            }
            // Online now: no wait may exceed the largest backoff ceiling the attempts
            // so far allow.
            let ceiling = (30_000i64 << attempts.saturating_sub(1).min(30)).min(6 * 60 * MINUTE);
            let mut delivered = 0;
            for _ in 0..reports * 3 {
                match lueur.next_upload().expect("next") {
                    UploadTask::Upload { request } => {
                        lueur.finish_upload(&request.id, receipt(&request.id)).expect("finish");
                        delivered += 1;
                    }
                    UploadTask::Wait { millis } => {
                        prop_assert!(millis <= ceiling, "waited {millis} > {ceiling}");
                        clock.advance(millis);
                    }
                    UploadTask::Done => break,
                }
            }
            prop_assert_eq!(delivered, reports);
            let view = lueur.outbox().expect("outbox");
            prop_assert!(view.items.iter().all(|i| i.state == OutboxState::Sent));
        }
    }
}
