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
    })
    .expect("open")
}

fn question(view: &ChecklistView) -> &lueur_core::checklist::QuestionView {
    match view {
        ChecklistView::Question(q) => q,
        ChecklistView::Result(r) => panic!("expected a question, got the result {:?}", r.level),
    }
}

fn result(view: &ChecklistView) -> &lueur_core::checklist::ChecklistResult {
    match view {
        ChecklistView::Result(r) => r,
        ChecklistView::Question(q) => panic!("expected the result, got question {}", q.id),
    }
}

#[test]
fn a_yes_to_danger_shows_the_emergency_calls_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    let first = lueur.checklist_start(Some(Perspective::Me)).expect("start");
    let q = question(&first);
    assert_eq!(q.id, "danger-now");
    assert!(q.danger);
    assert!(q.text.contains("you"), "{}", q.text);
    let view = lueur.checklist_answer("danger-now", "yes").expect("answer");
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
    let next = lueur.checklist_continue().expect("continue");
    assert_eq!(question(&next).id, "locked-in-now");
}
