//! The phase-2 exports called from Rust exactly as the generated bindings call them:
//! one test per feature module, checking that each wrapper reaches the core and that
//! its errors arrive as the right `LueurError` with a localised text. The Kotlin
//! tests (android/jvm) go further through the real FFI.

use lueur_core::LueurConfig;
use lueur_core::checklist::{ChecklistView, Level, Perspective};
use lueur_core::discreet::{
    CalcKey, CalcOutcome, CodeKind, Disguise, LauncherIdentity, QuickExitAction, StartScreen,
};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::report::{
    ContactPreference, HttpHeader, OutboxState, ReportDraft, TransportError, UploadResponse,
    UploadStep, UploadTask,
};
use lueur_core::views::{Action, ContactFilter, Destination};
use lueur_ffi::{Lueur, LueurError};
use std::sync::Arc;

const NOW: i64 = 1_700_000_000_000;

fn open_in(dir: &std::path::Path, locale: &str) -> (Arc<Lueur>, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(NOW));
    let lueur = Lueur::open_with(LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: vec![locale.to_string()],
        clock: clock.clone(),
        random: Arc::new(SeededRandom::new(8)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    })
    .expect("open");
    (lueur, clock)
}

fn localised(text: &str) -> bool {
    !text.trim().is_empty() && !text.starts_with("error-") && !text.contains("-error-")
}

#[test]
fn views_reach_every_screen_and_unknown_ids_are_not_found() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (lueur, _) = open_in(dir.path(), "fr");
    let home = lueur.home().expect("home");
    assert!(
        home.danger
            .actions
            .iter()
            .any(|a| matches!(&a.action, Action::Call { number } if number == "112"))
    );
    assert!(
        home.primary
            .iter()
            .any(|e| e.destination == Destination::CheckMe)
    );

    let articles = lueur.articles().expect("articles");
    let first = &articles.articles[0];
    let article = lueur.article(first.id.clone()).expect("article");
    assert_eq!(article.title, first.title);
    assert!(!article.blocks.is_empty());
    let missing = lueur
        .article("no-such-article".into())
        .expect_err("unknown");
    assert!(matches!(&missing, LueurError::NotFound { text } if localised(text)));

    let all = lueur.contacts(ContactFilter::default()).expect("contacts");
    assert!(all.filtered_by.is_none() && !all.contacts.is_empty());
    let liege = lueur
        .contacts(ContactFilter {
            city: Some("Liège".into()),
            ..ContactFilter::default()
        })
        .expect("filtered");
    assert!(liege.filtered_by.is_some());
    let contact = lueur.contact(all.contacts[0].id.clone()).expect("contact");
    assert_eq!(contact.name, all.contacts[0].name);
    assert!(matches!(
        lueur.contact("nobody".into()),
        Err(LueurError::NotFound { .. })
    ));

    let search = lueur.search("travail".into()).expect("search");
    assert!(!search.results.is_empty());
    assert_eq!(lueur.last_search().expect("last").query, "travail");
    let settings = lueur.settings().expect("settings");
    // The four full languages and the twenty essentials packs.
    assert_eq!(
        settings.language.choices.len(),
        lueur.available_locales().len()
    );
    assert!(settings.language.choices.len() >= 24);
    assert!(
        settings
            .language
            .choices
            .iter()
            .any(|c| c.code == "fr" && c.selected)
    );
}

const LABOUR: &[(&str, &str)] = &[
    ("danger-now", "no"),
    ("locked-in-now", "no"),
    ("under-18", "no"),
    ("situation", "labour"),
    ("g-promised-other", "yes"),
    ("g-promised-details", "yes"),
    ("g-documents", "yes"),
    ("g-threats", "yes"),
    ("g-long-hours", "yes"),
    ("g-little-pay", "yes"),
    ("region", "brussels"),
];

#[test]
fn a_checklist_runs_to_its_result_and_kept_answers_resume() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (lueur, _) = open_in(dir.path(), "en");
    assert!(matches!(lueur.checklist(), Err(LueurError::NotNow { .. })));
    let mut view = lueur.start_checklist(Some(Perspective::Me)).expect("start");
    assert_eq!(lueur.checklist_summary(), None);
    let wrong = lueur
        .answer_question("danger-now".into(), "moon".into())
        .expect_err("not an option");
    assert!(
        matches!(&wrong, LueurError::Invalid { field, text } if field == "danger-now" && localised(text)),
        "{wrong:?}"
    );
    let result = loop {
        match view {
            ChecklistView::Question { question: q } => {
                view = match LABOUR.iter().find(|(id, _)| *id == q.id) {
                    Some((id, value)) => lueur
                        .answer_question(id.to_string(), value.to_string())
                        .expect("answer"),
                    None => lueur.skip_question().expect("skip"),
                };
            }
            ChecklistView::Result { result: r } => break r,
        }
    };
    assert_eq!(result.level, Level::StrongSigns);
    assert_eq!(lueur.checklist_result().expect("result"), result);
    let summary = lueur.checklist_summary().expect("a summary");
    let form = lueur.start_report_from_checklist().expect("report");
    assert_eq!(lueur.report_draft().checklist_summary, Some(summary));
    assert_eq!(
        lueur.report_draft().about,
        Some(lueur_core::report::ReportAbout::Me)
    );
    assert!(!form.can_send, "what happened is still to write");
    lueur.discard_report_draft();
    // No question is on the result screen: reload it rather than answer.
    assert!(matches!(
        lueur.answer_question("region".into(), "brussels".into()),
        Err(LueurError::NotNow { .. })
    ));

    assert!(!lueur.has_kept_answers(Perspective::Me).expect("has"));
    lueur.keep_checklist_answers().expect("keep");
    assert!(lueur.has_kept_answers(Perspective::Me).expect("has"));
    lueur.close_checklist();
    let resumed = lueur.resume_kept_answers(Perspective::Me).expect("resume");
    assert!(matches!(resumed, ChecklistView::Result { result: r } if r.keep.kept));
    assert!(matches!(
        lueur.go_back_in_checklist().expect("back"),
        ChecklistView::Question { .. }
    ));
    lueur.delete_kept_answers().expect("delete");
    assert!(!lueur.has_kept_answers(Perspective::Me).expect("has"));
    assert!(matches!(
        lueur.resume_kept_answers(Perspective::Me),
        Err(LueurError::NotFound { .. })
    ));
    assert!(!lueur.checklist_labels().resume.is_empty());
}

#[test]
fn a_report_is_validated_queued_and_delivered_through_the_upload_loop() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (lueur, clock) = open_in(dir.path(), "nl");
    assert!(lueur.deployment().expect("deployment").development);
    let refused = lueur
        .set_deployment_endpoint("http://example.org".into())
        .expect_err("plain http to another host");
    assert!(matches!(refused, LueurError::Invalid { ref field, .. } if field == "endpoint"));
    let moved = lueur
        .set_deployment_endpoint("http://127.0.0.1:9/".into())
        .expect("loopback");
    assert_eq!(moved.endpoint, "http://127.0.0.1:9");

    let form = lueur
        .set_report_draft(ReportDraft {
            what_happened: "x".into(),
            contact: ContactPreference::Phone {
                number: "call me".into(),
                note: None,
            },
            ..ReportDraft::default()
        })
        .expect("form");
    assert!(!form.can_send);
    assert!(form.fields.iter().any(|f| f.error.is_some()));
    let invalid = lueur.send_report_draft().expect_err("bad phone");
    let LueurError::Invalid { field, text } = &invalid else {
        panic!("expected Invalid, got {invalid:?}");
    };
    assert_eq!(field, "contact-phone");
    assert!(localised(text), "{text}");

    lueur
        .set_report_draft(ReportDraft {
            what_happened: "Ze werken 's nachts.".into(),
            ..ReportDraft::default()
        })
        .expect("form");
    let item = lueur.send_report_draft().expect("queued");
    assert_eq!(item.state, OutboxState::Queued);
    assert_eq!(lueur.report_draft(), ReportDraft::default());

    let UploadTask::Upload { request } = lueur.next_upload().expect("task") else {
        panic!("expected an upload");
    };
    let id = request.id.clone();
    assert_eq!(id, item.id);
    assert_eq!(request.url, "http://127.0.0.1:9/v1/reports");
    assert_eq!(request.method, "POST");
    assert!(!request.follow_redirects);
    assert!(
        request
            .headers
            .iter()
            .any(|h| h.name == "Idempotency-Key" && h.value == id)
    );
    assert!(request.body.starts_with(b"LRPT"));
    let refused = UploadResponse::Transport {
        error: TransportError::Refused,
    };
    let UploadStep::Stop { millis } = lueur.finish_upload(id.clone(), refused).expect("finished")
    else {
        panic!("a refused connection stops the run");
    };
    let UploadTask::Wait { millis: waited } = lueur.next_upload().expect("task") else {
        panic!("a refused upload waits");
    };
    assert_eq!(waited, millis);
    clock.advance(millis);
    let Ok(UploadTask::Upload { request }) = lueur.next_upload() else {
        panic!("due again");
    };
    let answer = |status: u16, body: &str| UploadResponse::Http {
        status,
        headers: Vec::<HttpHeader>::new(),
        body: body.as_bytes().to_vec(),
    };
    assert_eq!(
        lueur
            .finish_upload(request.id.clone(), answer(400, "{}"))
            .expect("finished"),
        UploadStep::Continue
    );
    let outbox = lueur.outbox().expect("outbox");
    assert_eq!(outbox.items[0].state, OutboxState::Failed);
    assert!(outbox.items[0].can_retry);
    lueur.retry_report(id.clone()).expect("retry");
    let Ok(UploadTask::Upload { request }) = lueur.next_upload() else {
        panic!("queued again");
    };
    let receipt = format!(r#"{{"id":"{id}","received_at":1,"receipt":"ab"}}"#);
    lueur
        .finish_upload(request.id.clone(), answer(201, &receipt))
        .expect("finished");
    assert_eq!(lueur.next_upload().expect("task"), UploadTask::Done);
    let sent = lueur.outbox().expect("outbox").items[0].clone();
    assert_eq!(sent.state, OutboxState::Sent);
    assert_ne!(sent.id, id, "the intake's idempotency key is not kept");
    assert!(
        lueur
            .delete_report(sent.id)
            .expect("a receipt can be deleted")
            .items
            .is_empty()
    );
}

#[test]
fn discreet_mode_unlocks_from_the_calculator_exits_quickly_and_wipes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (lueur, _) = open_in(dir.path(), "de");
    assert_eq!(lueur.disguise().expect("disguise"), Disguise::Off);
    let needs_code = lueur
        .set_disguise(Disguise::Calculator)
        .expect_err("no unlock code yet");
    assert!(matches!(needs_code, LueurError::Invalid { ref field, .. } if field == "disguise"));
    assert!(matches!(
        lueur.begin_code(CodeKind::Unlock, "12".into(), None),
        Err(LueurError::Invalid { .. })
    ));
    lueur
        .begin_code(CodeKind::Unlock, "246813".into(), None)
        .expect("begin");
    lueur
        .confirm_code(CodeKind::Unlock, "246813".into())
        .expect("confirm");
    assert!(lueur.code_is_set(CodeKind::Unlock).expect("set"));
    assert_eq!(
        lueur.set_disguise(Disguise::Calculator).expect("disguise"),
        LauncherIdentity::Calculator
    );
    assert_eq!(lueur.start_screen().expect("start"), StartScreen::Decoy);
    assert!(lueur.discreet_settings().expect("settings").unlock_code_set);

    let mut outcome = None;
    for digit in [2, 4, 6, 8, 1, 3] {
        outcome = Some(lueur.press_calculator_key(CalcKey::Digit { value: digit }));
    }
    assert!(matches!(outcome, Some(CalcOutcome::Show { ref view }) if view.display == "246813"));
    assert_eq!(
        lueur.press_calculator_key(CalcKey::Equals),
        CalcOutcome::Open {
            launcher: LauncherIdentity::Calculator
        }
    );
    assert_eq!(lueur.start_screen().expect("start"), StartScreen::Home);
    assert!(!lueur.user_data_hidden());

    lueur.search("arbeit".into()).expect("search");
    assert_eq!(lueur.quick_exit(), QuickExitAction::ShowDecoy);
    assert_eq!(lueur.last_search().expect("search").query, "");
    assert_eq!(lueur.start_screen().expect("start"), StartScreen::Decoy);
    assert_eq!(lueur.calculator().display, "0");

    assert_eq!(lueur.wipe_warning().expect("warning").unsent_reports, 0);
    let done = lueur.wipe().expect("wipe");
    assert_eq!(done.launcher, LauncherIdentity::Lueur);
    assert!(!dir.path().join(lueur_core::userdb::FILE_NAME).exists());
    assert_eq!(lueur.disguise().expect("fresh"), Disguise::Off);
    assert!(!lueur.code_is_set(CodeKind::Unlock).expect("fresh"));
    lueur
        .remove_code(CodeKind::Duress, String::new())
        .expect("nothing to remove, and no code to ask for");
    lueur.set_duress_wipes(true).expect("setting");
}

#[test]
fn content_updates_reach_the_core_and_refuse_what_does_not_verify() {
    use lueur_core::content_updates::{
        ContentCheck, ContentCheckOutcome, ContentChecks, PackProblem,
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let (lueur, _) = open_in(dir.path(), "nl");
    let status = lueur.content_status().expect("status");
    assert_eq!((status.version, status.downloaded), (1, false));
    assert_eq!(status.checks, ContentChecks::On);
    assert!(localised(&status.version_label), "{}", status.version_label);
    let ContentCheck::Fetch { request } = lueur.next_content_check().expect("check") else {
        panic!("a first check is due");
    };
    assert_eq!(request.method, "GET");
    let outcome = lueur
        .content_fetched(UploadResponse::Http {
            status: 200,
            headers: Vec::new(),
            body: b"not a pack".to_vec(),
        })
        .expect("fetched");
    assert_eq!(
        outcome,
        ContentCheckOutcome::Refused {
            problem: PackProblem::NotAPack
        }
    );
    assert!(matches!(
        lueur.next_content_check().expect("check"),
        ContentCheck::Wait { .. }
    ));
    assert_eq!(
        lueur.install_content_pack(Vec::new()).expect("installed?"),
        ContentCheckOutcome::Refused {
            problem: PackProblem::Truncated
        }
    );
    let status = lueur.set_content_checks(true).expect("on");
    assert!(status.last_result.is_some_and(|r| localised(&r)));
}
