//! Walking through the checklist as a person does: answering, skipping, going back,
//! stopping at a danger answer, keeping and deleting answers, quick exit, the summary.

use lueur_core::checklist::{ChecklistView, Level, NextStep, Perspective};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::{Lueur, LueurConfig};
use std::sync::Arc;

fn open(dir: &std::path::Path, locale: &str) -> Lueur {
    Lueur::open(LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: vec![locale.to_string()],
        clock: Arc::new(ManualClock::new(1_700_000_000_000)),
        random: Arc::new(SeededRandom::new(7)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    })
    .expect("open")
}

fn question(view: &ChecklistView) -> &lueur_core::checklist::QuestionView {
    match view {
        ChecklistView::Question { question: q } => q,
        ChecklistView::Result { result: r } => {
            panic!("expected a question, got the result {:?}", r.level)
        }
    }
}

fn result(view: &ChecklistView) -> &lueur_core::checklist::ChecklistResult {
    match view {
        ChecklistView::Result { result: r } => r,
        ChecklistView::Question { question: q } => {
            panic!("expected the result, got question {}", q.id)
        }
    }
}

#[test]
fn a_yes_to_danger_shows_the_emergency_calls_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    let first = lueur.start_checklist(Some(Perspective::Me)).expect("start");
    let q = question(&first);
    assert_eq!(q.id, "danger-now");
    assert!(q.danger);
    assert!(q.text.contains("you"), "{}", q.text);
    let view = lueur.answer_question("danger-now", "yes").expect("answer");
    let r = result(&view);
    assert_eq!(r.level, Level::ImmediateDanger);
    assert!(r.continue_label.is_some());
    let numbers: Vec<String> = r
        .steps
        .iter()
        .filter_map(|s| match s {
            NextStep::Call { action, .. } => Some(format!("{action:?}")),
            _ => None,
        })
        .collect();
    assert!(numbers[0].contains("112"), "{numbers:?}");
    assert!(numbers[1].contains("101"), "{numbers:?}");
    // Going on with the questions keeps the danger answer and its level.
    let next = lueur.continue_checklist().expect("continue");
    assert_eq!(question(&next).id, "locked-in-now");
}

fn walk_to_result(lueur: &Lueur, answers: &[(&str, &str)]) -> ChecklistView {
    let mut view = lueur.checklist().expect("view");
    for _ in 0..200 {
        match &view {
            ChecklistView::Question { question: q } => {
                let value = answers.iter().find(|(id, _)| *id == q.id).map(|(_, v)| *v);
                view = match value {
                    Some(v) => lueur.answer_question(&q.id.clone(), v).expect("answer"),
                    None => lueur.skip_question().expect("skip"),
                };
            }
            ChecklistView::Result { result: r } if r.continue_label.is_some() => {
                view = lueur.continue_checklist().expect("continue");
            }
            ChecklistView::Result { .. } => return view,
        }
    }
    panic!("the checklist does not end");
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
fn wording_follows_the_perspective_and_the_locale() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "fr");
    let first = lueur.start_checklist(None).expect("start");
    let q = question(&first);
    assert_eq!(q.id, "about");
    assert!(q.back_label.is_none());
    assert!(q.intro.is_some());
    let me = lueur.answer_question("about", "me").expect("me");
    assert!(
        question(&me).text.starts_with("Êtes-vous"),
        "{}",
        question(&me).text
    );
    let back = lueur.go_back_in_checklist().expect("back");
    assert!(
        question(&back)
            .options
            .iter()
            .any(|o| o.value == "me" && o.selected)
    );
    let other = lueur.answer_question("about", "other").expect("other");
    assert!(
        question(&other).text.starts_with("La personne"),
        "{}",
        question(&other).text
    );
    lueur.set_locale("de").expect("de");
    let view = lueur.checklist().expect("view");
    assert!(
        question(&view).text.contains("die Person"),
        "{}",
        question(&view).text
    );
}

#[test]
fn a_stale_screen_or_a_wrong_answer_is_refused_with_a_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    assert!(matches!(
        lueur.checklist(),
        Err(lueur_core::Error::State(_))
    ));
    lueur
        .start_checklist(Some(Perspective::Other))
        .expect("start");
    let stale = lueur
        .answer_question("under-18", "yes")
        .expect_err("not on screen");
    assert_eq!(
        lueur.error_text(&stale),
        "This question is not the one on the screen now."
    );
    let wrong = lueur
        .answer_question("danger-now", "maybe")
        .expect_err("bad value");
    assert!(lueur.error_text(&wrong).contains("maybe"));
}

#[test]
fn going_back_and_changing_an_answer_closes_the_module_it_opened() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    lueur.start_checklist(Some(Perspective::Me)).expect("start");
    for (q, v) in [
        ("danger-now", "no"),
        ("locked-in-now", "no"),
        ("under-18", "no"),
    ] {
        lueur.answer_question(q, v).expect("answer");
    }
    let general = lueur
        .answer_question("situation", "begging")
        .expect("begging");
    let total_with_begging = question(&general).progress.total;
    lueur.go_back_in_checklist().expect("back to situation");
    let changed = lueur
        .answer_question("situation", "not-sure")
        .expect("not sure");
    assert!(question(&changed).progress.total < total_with_begging);
    let result = walk_to_result(
        &lueur,
        &[("g-documents", "yes"), ("g-stopped-leaving", "yes")],
    );
    let r = result_of(&result);
    assert_eq!(r.level, Level::SomeSigns);
    assert!(!r.steps.iter().any(|s| matches!(s, NextStep::ReadArticle { article_id, .. } if article_id == "forms-of-exploitation")));
}

fn result_of(view: &ChecklistView) -> &lueur_core::checklist::ChecklistResult {
    result(view)
}

#[test]
fn answers_are_kept_only_on_request_and_deleted_on_request() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    lueur
        .start_checklist(Some(Perspective::Other))
        .expect("start");
    walk_to_result(&lueur, LABOUR);
    let rows = |l: &Lueur| -> i64 {
        l.stored_data(|db| db.query_row("SELECT count(*) FROM saved_answers", [], |r| r.get(0)))
            .expect("count")
    };
    assert_eq!(
        rows(&lueur),
        0,
        "nothing is written without the person asking"
    );
    assert!(!lueur.has_kept_answers(Perspective::Other).expect("saved?"));

    let kept = lueur.keep_checklist_answers().expect("keep");
    assert!(result(&kept).keep.kept);
    assert_eq!(rows(&lueur), 1);
    let before = lueur.checklist_result().expect("result");

    // Quick exit forgets the session, not what the person chose to keep.
    let _ = lueur.quick_exit();
    assert!(lueur.checklist_summary().is_none());
    drop(lueur);
    let lueur = open(dir.path(), "en");
    assert!(lueur.has_kept_answers(Perspective::Other).expect("saved?"));
    let resumed = lueur
        .resume_kept_answers(Perspective::Other)
        .expect("resume");
    let resumed = result(&resumed);
    assert_eq!(resumed.level, before.level);
    assert_eq!(resumed.groups, before.groups);
    assert!(resumed.keep.kept);

    // A change after resuming is saved too.
    lueur.go_back_in_checklist().expect("back");
    lueur.answer_question("region", "flanders").expect("answer");
    lueur.close_checklist();
    let again = lueur
        .resume_kept_answers(Perspective::Other)
        .expect("resume");
    assert_eq!(result(&again).contacts[0].id, "payoke");

    lueur.delete_kept_answers().expect("delete");
    assert_eq!(rows(&lueur), 0);
    assert!(matches!(
        lueur.resume_kept_answers(Perspective::Other),
        Err(lueur_core::Error::NotFound { .. })
    ));
    // The checklist in memory stays, but is no longer saved.
    lueur.go_back_in_checklist().expect("back");
    lueur.answer_question("region", "wallonia").expect("answer");
    assert_eq!(rows(&lueur), 0);
}

#[test]
fn the_panic_wipe_removes_kept_answers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    lueur.start_checklist(Some(Perspective::Me)).expect("start");
    walk_to_result(&lueur, LABOUR);
    lueur.keep_checklist_answers().expect("keep");
    lueur.wipe().expect("wipe");
    assert!(lueur.checklist_summary().is_none());
    assert!(!lueur.has_kept_answers(Perspective::Me).expect("saved?"));
}

#[test]
fn the_summary_for_a_report_explains_the_result_in_plain_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    assert!(lueur.checklist_summary().is_none());
    lueur
        .start_checklist(Some(Perspective::Other))
        .expect("start");
    assert!(lueur.checklist_summary().is_none(), "nothing answered yet");
    let view = walk_to_result(&lueur, LABOUR);
    let r = result(&view);
    assert_eq!(r.level, Level::StrongSigns);
    assert_eq!(r.contacts[0].id, "pag-asa");
    assert!(
        r.steps
            .iter()
            .any(|s| matches!(s, NextStep::PrepareReport { .. }))
    );
    let summary = lueur.checklist_summary().expect("summary");
    assert!(
        summary.starts_with("Lueur checklist, about someone I know"),
        "{summary}"
    );
    assert!(summary.contains("Result: Strong signs"), "{summary}");
    assert!(
        summary.contains("- Someone refuses to give back the person's identity papers"),
        "{summary}"
    );
    assert!(summary.chars().count() <= lueur_core::checklist::SUMMARY_MAX_CHARS);
    lueur.set_locale("nl").expect("nl");
    let dutch = lueur.checklist_summary().expect("summary");
    assert!(dutch.contains("Resultaat: Sterke signalen"), "{dutch}");
}

#[test]
fn skipping_everything_gives_no_clear_signs_and_still_routes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    lueur.start_checklist(None).expect("start");
    let view = walk_to_result(&lueur, &[]);
    let r = result(&view);
    assert_eq!(r.level, Level::NoClearSigns);
    assert!(r.groups.is_empty());
    assert!(r.contacts.iter().any(|c| c.kind == "specialised-centre"));
    assert!(
        r.steps
            .iter()
            .any(|s| matches!(s, NextStep::TalkToCentre { .. }))
    );
    assert!(r.back_label.is_some());
}

#[test]
fn preparing_a_report_fills_in_whose_situation_and_the_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    lueur
        .start_checklist(Some(Perspective::Other))
        .expect("start");
    walk_to_result(&lueur, LABOUR);
    let summary = lueur.checklist_summary().expect("summary");
    lueur.start_report_from_checklist().expect("form");
    let draft = lueur.report_draft();
    assert_eq!(
        draft.about,
        Some(lueur_core::report::ReportAbout::SomeoneElse)
    );
    assert_eq!(draft.checklist_summary.as_deref(), Some(summary.as_str()));
    assert!(
        draft.what_happened.is_empty(),
        "the person writes that part"
    );
    // The person may remove the summary; starting again does not bring back text
    // they wrote.
    let mut edited = draft.clone();
    edited.checklist_summary = None;
    edited.what_happened = "written by the person".into();
    lueur.set_report_draft(edited).expect("edit");
    lueur.start_report_from_checklist().expect("form again");
    assert_eq!(lueur.report_draft().what_happened, "written by the person");
}

#[test]
fn the_helper_card_adds_the_checklist_summary_only_when_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    lueur
        .start_checklist(Some(Perspective::Other))
        .expect("start");
    walk_to_result(&lueur, LABOUR);
    let card = lueur.helper_card(None, None, false).expect("card");
    assert!(
        card.add_checklist_label.is_some(),
        "offered once there are answers"
    );
    assert!(!card.checklist_included);
    assert!(card.reader.checklist.is_none() && card.helper.checklist.is_none());
    // The region answered in the checklist picks the centre and the helper's language.
    assert_eq!(card.helper.locale, "fr");
    assert_eq!(card.helper.centres.len(), 1);
    assert_eq!(card.helper.centres[0].name, "PAG-ASA");
    let with = lueur.helper_card(None, None, true).expect("card");
    assert!(with.checklist_included);
    assert_eq!(with.reader.checklist, lueur.checklist_summary());
    let helper_summary = with.helper.checklist.clone().expect("in French");
    assert!(
        helper_summary.starts_with("Liste de signes Lueur")
            && helper_summary != with.reader.checklist.clone().unwrap_or_default(),
        "the helper reads it in French: {helper_summary}"
    );
    assert_eq!(lueur.locale(), "en", "the reader's language is unchanged");
    assert!(with.helper.checklist_title.is_some());
}
