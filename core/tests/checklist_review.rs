//! The two High defects of the December 2026 content review (H1, H2), as walks through
//! the real checklist screens. The walks answer whatever question comes up by its
//! kind, not by its id, so the same test runs against any version of the content:
//! that is how they were checked to fail on the model they replaced.

use lueur_core::checklist::{ChecklistResult, ChecklistView, Level, Perspective, QuestionKind};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::{Lueur, LueurConfig};
use std::sync::Arc;

fn lueur() -> (tempfile::TempDir, Lueur) {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = Lueur::open(LueurConfig {
        data_dir: dir.path().to_path_buf(),
        preferred_locales: vec!["en".into()],
        clock: Arc::new(ManualClock::new(1_700_000_000_000)),
        random: Arc::new(SeededRandom::new(5)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(SeededRandom::new(
            1,
        ))),
    })
    .expect("open");
    (dir, lueur)
}

/// Walks the whole checklist: `under-18` gets `minor`, the situation question gets
/// `situation`, every other choice its last option ("not sure"), and every yes/no
/// question "no" (nothing worrying).
fn walk_all_no(lueur: &Lueur, about: Perspective, minor: bool, situation: &str) -> ChecklistResult {
    let mut view = lueur.start_checklist(Some(about)).expect("start");
    for _ in 0..200 {
        let question = match view {
            ChecklistView::Result { result } => return result,
            ChecklistView::Question { question } => question,
        };
        let value = match (question.id.as_str(), question.kind) {
            ("under-18", _) => if minor { "yes" } else { "no" }.to_string(),
            ("situation", _) => situation.to_string(),
            (_, QuestionKind::Choice) => question.options.last().expect("options").value.clone(),
            (_, QuestionKind::YesNo) => "no".to_string(),
        };
        view = lueur.answer_question(&question.id, &value).expect("answer");
    }
    panic!("the checklist did not end");
}

#[test]
fn h1_a_minor_in_sex_escort_or_sexual_images_gets_strong_signs_and_child_focus_first() {
    let (_dir, lueur) = lueur();
    for about in [Perspective::Me, Perspective::Other] {
        let result = walk_all_no(&lueur, about, true, "sexual");
        assert_eq!(result.level, Level::StrongSigns, "{about:?}");
        assert_eq!(result.contacts[0].id, "child-focus", "{about:?}");
    }
}

#[test]
fn h2_answering_no_to_everything_shows_no_sign_for_an_employee_or_a_child() {
    let (_dir, lueur) = lueur();
    for (minor, situation) in [
        (false, "labour"),
        (true, "labour"),
        (false, "domestic"),
        (true, "domestic"),
        (false, "begging"),
        (false, "not-sure"),
        (true, "not-sure"),
    ] {
        let result = walk_all_no(&lueur, Perspective::Me, minor, situation);
        assert_eq!(
            result.level,
            Level::NoClearSigns,
            "minor={minor} {situation}: {:?}",
            result.groups
        );
        assert!(result.groups.is_empty(), "minor={minor} {situation}");
    }
}

#[test]
fn m18_a_yes_to_self_harm_shows_the_crisis_note_and_a_number_to_call() {
    let (_dir, lueur) = lueur();
    let answers = [
        ("situation".to_string(), "relationship".to_string()),
        ("t-self-harm".to_string(), "yes".to_string()),
    ];
    for minor in [false, true] {
        let result = lueur
            .checklist_evaluate(&answers, Some(Perspective::Me), Some(minor))
            .expect("evaluate")
            .result;
        assert!(
            result.notes.iter().any(|n| n.contains("112")),
            "minor={minor}: {:?}",
            result.notes
        );
        // Only sourced numbers: 112, and Child Focus first for a minor.
        let first = &result.contacts[0].id;
        assert_eq!(
            first,
            if minor {
                "child-focus"
            } else {
                "emergency-112"
            }
        );
        assert!(result.contacts.iter().any(|c| c.id == "emergency-112"));
        assert!(result.steps.iter().any(|s| matches!(
            s,
            lueur_core::checklist::NextStep::Call { contact_id, .. } if contact_id == "emergency-112"
        )));
    }
    // Without the answer, no crisis note.
    let quiet = lueur
        .checklist_evaluate(&answers[..1], Some(Perspective::Me), Some(false))
        .expect("evaluate")
        .result;
    assert!(!quiet.notes.iter().any(|n| n.contains("112")));
}
