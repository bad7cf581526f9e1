//! The outbox and the delivery rules, against the real user database, with a manual
//! clock and a seeded generator: queueing seals what was written, each HTTP outcome
//! moves a report to the state the protocol says, and a restart loses nothing.

use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::report::{
    ContactPreference, Deployment, ExploitationForm, OutboxState, ReportAbout, ReportDraft,
    TransportError, UploadOutcome, UploadTask,
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
    let mut config = LueurConfig::new(dir, vec![locale.to_string()]);
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

fn upload(lueur: &Lueur, now: i64) -> (String, String, Vec<(String, String)>, Vec<u8>) {
    match lueur.next_upload(now).expect("next") {
        UploadTask::Upload {
            id,
            url,
            headers,
            body,
        } => (
            id,
            url,
            headers.into_iter().map(|h| (h.name, h.value)).collect(),
            body,
        ),
        other => panic!("expected an upload, got {other:?}"),
    }
}

fn http(status: u16) -> UploadOutcome {
    UploadOutcome::Http {
        status,
        retry_after: None,
    }
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

fn envelope_column(dir: &Path, id: &str) -> Option<Vec<u8>> {
    let conn = rusqlite::Connection::open(dir.join("data.db")).expect("db");
    conn.query_row("SELECT envelope FROM outbox WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .expect("row")
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

    let (id, url, headers, body) = upload(&lueur, START);
    assert_eq!(id, item.id);
    assert_eq!(url, "https://intake.lueur.invalid/v1/reports");
    assert!(headers.contains(&("Idempotency-Key".to_string(), id.clone())));
    assert_eq!(envelope_column(dir.path(), &id), Some(body.clone()));

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
    let (id, ..) = upload(&lueur, START);
    assert_eq!(state_of(&lueur, &id), OutboxState::Sending);
    clock.advance(1_000);
    lueur.upload_finished(&id, http(201)).expect("finish");
    let view = lueur.outbox().expect("outbox");
    let sent = &view.items[0];
    assert_eq!(
        (sent.state, sent.sent_at),
        (OutboxState::Sent, Some(START + 1_000))
    );
    assert!(!sent.can_delete && !sent.can_retry);
    assert_eq!(view.unsent, 0);
    assert_eq!(envelope_column(dir.path(), &item.id), None);
    assert_eq!(
        lueur.next_upload(START + 2_000).expect("next"),
        UploadTask::Done
    );
    // Deleting a sent report is refused: its receipt is what the person keeps.
    assert!(matches!(
        lueur.delete_report(&id),
        Err(Error::Invalid { .. })
    ));
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
        UploadOutcome::Transport {
            error: TransportError::Refused,
        },
        UploadOutcome::Transport {
            error: TransportError::Timeout,
        },
        http(502),
    ];
    for (attempt, outcome) in outcomes.into_iter().enumerate() {
        let (id, ..) = upload(&lueur, now);
        lueur.upload_finished(&id, outcome).expect("finish");
        assert_eq!(state_of(&lueur, &id), OutboxState::Queued);
        let ceiling = (30_000i64 << attempt).min(6 * 60 * MINUTE);
        match lueur.next_upload(now).expect("next") {
            UploadTask::Wait { millis } => assert!(millis <= ceiling, "{attempt}: {millis}"),
            UploadTask::Upload { .. } => panic!("a failed report was retried at once"),
            UploadTask::Done => panic!("a queued report was forgotten"),
        }
        now += ceiling;
        clock.set(now);
    }
    // 503 with Retry-After: never earlier than asked, even if the jitter is small.
    let (id, ..) = upload(&lueur, now);
    lueur
        .upload_finished(
            &id,
            UploadOutcome::Http {
                status: 503,
                retry_after: Some("7200".into()),
            },
        )
        .expect("finish");
    match lueur.next_upload(now).expect("next") {
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
        let (id, ..) = upload(&lueur, START);
        lueur.upload_finished(&id, http(400)).expect("finish");
    }
    assert_eq!(lueur.next_upload(START).expect("next"), UploadTask::Done);
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
    let (id, ..) = upload(&lueur, START);
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
    let (id, ..) = upload(&lueur, START + DAY);
    assert_eq!(id, waiting.id);
    lueur.upload_finished(&id, http(503)).expect("finish");
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
    assert_eq!(envelope_column(dir.path(), &waiting.id), None);
    // The second, still young, is sent; when its retry comes too late it expires.
    let (id, ..) = upload(&lueur, START + 2 * DAY);
    assert_eq!(id, in_flight.id);
    clock.set(START + 3 * DAY);
    lueur
        .upload_finished(
            &id,
            UploadOutcome::Transport {
                error: TransportError::Reset,
            },
        )
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
        let (id, ..) = upload(&lueur, START);
        id
        // Dropped without upload_finished: the process "died" mid-request.
    };
    let lueur = open(dir.path(), &clock, "en");
    let (again, _, _, body) = upload(&lueur, START + 1);
    assert_eq!(again, id);
    assert!(lueur_envelope::open_report::<ReportDraft>(&body, &development_key()).is_ok());
    // The first attempt's late answer must not undo anything.
    lueur.upload_finished(&id, http(200)).expect("finish");
    lueur.upload_finished(&id, http(500)).expect("late answer");
    assert_eq!(state_of(&lueur, &id), OutboxState::Sent);
}

#[test]
fn an_uploader_that_never_answers_loses_its_lease() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(START));
    let lueur = open(dir.path(), &clock, "en");
    lueur.queue_report(&draft("x")).expect("queue");
    let (id, ..) = upload(&lueur, START);
    assert_eq!(
        lueur.next_upload(START + MINUTE).expect("next"),
        UploadTask::Done
    );
    let (again, ..) = upload(&lueur, START + 16 * MINUTE);
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
