//! Unlock and duress codes through the calculator, as a person (or someone trying
//! codes) would use them: set with confirmation, unlock, duress, wrong codes and
//! many wrong codes, which slow the checks down but never stop the calculator.

use lueur_core::discreet::{
    CHECK_INTERVAL_MS, CalcKey, CalcOutcome, CalculatorView, CodeKind, Disguise, FREE_ATTEMPTS,
    KdfParams, LauncherIdentity, QuickExitAction, StartScreen,
};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::userdb::UserDb;
use lueur_core::{Error, Lueur, LueurConfig};
use std::sync::Arc;

struct Fixture {
    lueur: Lueur,
    clock: Arc<ManualClock>,
    dir: tempfile::TempDir,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let lueur = Lueur::open(LueurConfig {
        data_dir: dir.path().to_path_buf(),
        preferred_locales: vec!["en".into()],
        clock: clock.clone(),
        random: Arc::new(SeededRandom::new(11)),
    })
    .expect("open");
    Fixture { lueur, clock, dir }
}

fn set_code(lueur: &Lueur, kind: CodeKind, code: &str) {
    lueur.begin_code(kind, code).expect("begin");
    lueur
        .confirm_code_with(kind, code, KdfParams::cheap_for_tests())
        .expect("confirm");
}

fn message_id(error: Error) -> String {
    match error {
        Error::Invalid { message_id, .. } => message_id,
        other => panic!("not an input error: {other:?}"),
    }
}

fn show(outcome: CalcOutcome) -> CalculatorView {
    match outcome {
        CalcOutcome::Show { view } => view,
        other => panic!("expected the calculator, got {other:?}"),
    }
}

fn keys(lueur: &Lueur, keys: &str) -> CalcOutcome {
    lueur.press_calculator_key(CalcKey::AllClear);
    lueur.press_calculator_keys(keys).expect("keys")
}

fn read_setting(dir: &std::path::Path, key: &str) -> Option<String> {
    let (db, _) = UserDb::open(dir).expect("second connection");
    db.setting(key).expect("read")
}

#[test]
fn setting_a_code_needs_the_same_code_twice() {
    let f = fixture();
    let l = &f.lueur;
    assert!(!l.code_is_set(CodeKind::Unlock).expect("read"));
    l.begin_code(CodeKind::Unlock, "4821").expect("begin");
    let error = l
        .confirm_code_with(CodeKind::Unlock, "4812", KdfParams::cheap_for_tests())
        .expect_err("mismatch");
    assert_eq!(message_id(error), "error-discreet-code-mismatch");
    assert!(!l.code_is_set(CodeKind::Unlock).expect("read"));
    // A mismatch starts over: the first code is forgotten.
    let error = l
        .confirm_code_with(CodeKind::Unlock, "4821", KdfParams::cheap_for_tests())
        .expect_err("nothing pending");
    assert_eq!(message_id(error), "error-discreet-code-first");
    set_code(l, CodeKind::Unlock, "4821");
    assert!(l.code_is_set(CodeKind::Unlock).expect("read"));
    // Stored as a hash, never as the code.
    let stored = read_setting(f.dir.path(), "discreet.unlock").expect("stored");
    assert!(stored.starts_with("argon2id$m=64,t=1,p=1$"), "{stored}");
    assert!(!stored.contains("4821"));
    assert!(read_setting(f.dir.path(), "discreet.salt").is_some());
    let view = l.discreet_settings().expect("view");
    assert!(view.unlock_code_set && !view.duress_code_set);
    assert_eq!(view.unlock_code_status, "Set");
}

#[test]
fn codes_are_four_to_eight_digits_and_the_two_codes_differ() {
    let f = fixture();
    let l = &f.lueur;
    for bad in ["123", "123456789", "12a4", "", " 1234", "12.4"] {
        let error = l.begin_code(CodeKind::Unlock, bad).expect_err(bad);
        assert_eq!(message_id(error), "error-discreet-code-format", "{bad:?}");
    }
    let error = l
        .begin_code(CodeKind::Duress, "9999")
        .expect_err("no unlock code");
    assert_eq!(message_id(error), "error-discreet-unlock-first");
    set_code(l, CodeKind::Unlock, "0042");
    l.begin_code(CodeKind::Duress, "0042").expect("begin");
    let error = l
        .confirm_code_with(CodeKind::Duress, "0042", KdfParams::cheap_for_tests())
        .expect_err("same as unlock");
    assert_eq!(message_id(error), "error-discreet-code-same");
    // Confirming a different kind than the one begun is refused too.
    l.begin_code(CodeKind::Unlock, "1111").expect("begin");
    let error = l
        .confirm_code_with(CodeKind::Duress, "1111", KdfParams::cheap_for_tests())
        .expect_err("other kind");
    assert_eq!(message_id(error), "error-discreet-code-first");
}

#[test]
fn the_calculator_disguise_needs_an_unlock_code() {
    let f = fixture();
    let l = &f.lueur;
    let error = l.set_disguise(Disguise::Calculator).expect_err("no code");
    assert_eq!(message_id(error), "error-discreet-code-needed");
    assert_eq!(
        l.launcher_identity().expect("read"),
        LauncherIdentity::Lueur
    );
    set_code(l, CodeKind::Unlock, "4821");
    assert_eq!(
        l.set_disguise(Disguise::Calculator).expect("set"),
        LauncherIdentity::Calculator
    );
    let error = l.remove_code(CodeKind::Unlock).expect_err("disguise on");
    assert_eq!(message_id(error), "error-discreet-disguise-on");
    assert_eq!(
        l.set_disguise(Disguise::Off).expect("off"),
        LauncherIdentity::Lueur
    );
    set_code(l, CodeKind::Duress, "9999");
    l.remove_code(CodeKind::Unlock).expect("remove");
    assert!(!l.code_is_set(CodeKind::Unlock).expect("read"));
    assert!(
        !l.code_is_set(CodeKind::Duress)
            .expect("duress goes with it")
    );
}

#[test]
fn the_unlock_code_then_equals_opens_lueur() {
    let f = fixture();
    let l = &f.lueur;
    set_code(l, CodeKind::Unlock, "0042");
    l.set_disguise(Disguise::Calculator).expect("disguise");
    assert_eq!(l.start_screen().expect("start"), StartScreen::Decoy);
    // Typed but not yet confirmed with "=": still a calculator.
    assert_eq!(show(keys(l, "0042")).display, "42");
    assert_eq!(
        l.press_calculator_key(CalcKey::Equals),
        CalcOutcome::Open {
            launcher: LauncherIdentity::Calculator
        }
    );
    assert_eq!(l.start_screen().expect("start"), StartScreen::Home);
    assert!(!l.user_data_hidden());
    // The code does not stay on the display for the next person who looks.
    assert_eq!(l.calculator().display, "0");
    // Quick exit locks again and tells the shell to show the decoy.
    assert_eq!(l.quick_exit(), QuickExitAction::ShowDecoy);
    assert_eq!(l.start_screen().expect("start"), StartScreen::Decoy);
    // A code inside a calculation, or with other keys, only calculates.
    assert_eq!(show(keys(l, "5+0042=")).display, "47");
    assert_eq!(show(keys(l, "0042n=")).display, "\u{2212}42");
    assert_eq!(show(keys(l, "00.42=")).display, "0.42");
    // After a result, typing the code starts a new number, so it opens.
    assert!(matches!(keys(l, "2+3=0042="), CalcOutcome::Open { .. }));
}

#[test]
fn a_wrong_code_looks_exactly_like_a_calculation() {
    let with_code = fixture();
    set_code(&with_code.lueur, CodeKind::Unlock, "4821");
    set_code(&with_code.lueur, CodeKind::Duress, "9999");
    let without_code = fixture();
    for sequence in [
        "1234=",
        "48210=",
        "4822=",
        "99999=",
        "12345678=",
        "1234==",
        "482=",
    ] {
        assert_eq!(
            keys(&with_code.lueur, sequence),
            keys(&without_code.lueur, sequence),
            "{sequence}"
        );
    }
}

#[test]
fn the_duress_code_opens_an_empty_lueur_and_can_erase_everything() {
    let f = fixture();
    let l = &f.lueur;
    set_code(l, CodeKind::Unlock, "4821");
    set_code(l, CodeKind::Duress, "9999");
    l.set_disguise(Disguise::Calculator).expect("disguise");
    {
        let (db, _) = UserDb::open(f.dir.path()).expect("db");
        db.conn()
            .execute(
                "INSERT INTO saved_answers (perspective, answers, saved_at) VALUES ('me', '{}', 1)",
                [],
            )
            .expect("saved answers");
    }
    l.press_calculator_keys("12+").expect("keys");
    assert_eq!(
        keys(l, "9999="),
        CalcOutcome::Open {
            launcher: LauncherIdentity::Calculator
        }
    );
    assert!(l.user_data_hidden(), "screens must hide stored data");
    assert!(
        !l.has_kept_answers(lueur_core::checklist::Perspective::Me)
            .expect("saved?"),
        "the duress session shows no kept answers"
    );
    assert!(
        l.resume_kept_answers(lueur_core::checklist::Perspective::Me)
            .is_err()
    );
    assert_eq!(l.calculator().display, "0");
    // Without the wipe option nothing stored is lost: the real code shows it again.
    assert_eq!(l.quick_exit(), QuickExitAction::ShowDecoy);
    assert!(!l.user_data_hidden());
    assert!(matches!(keys(l, "4821="), CalcOutcome::Open { .. }));
    assert!(!l.user_data_hidden());
    assert!(
        l.has_kept_answers(lueur_core::checklist::Perspective::Me)
            .expect("saved?")
    );

    l.set_duress_wipes(true).expect("option");
    assert!(l.discreet_settings().expect("view").duress_wipes);
    l.quick_exit();
    assert_eq!(
        keys(l, "9999="),
        CalcOutcome::Open {
            launcher: LauncherIdentity::Lueur
        },
        "after the wipe the app is a fresh install, without disguise"
    );
    assert!(l.user_data_hidden());
    assert!(!l.code_is_set(CodeKind::Unlock).expect("read"));
    assert_eq!(l.disguise().expect("read"), Disguise::Off);
    let (db, _) = UserDb::open(f.dir.path()).expect("db");
    let rows: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM saved_answers", [], |r| r.get(0))
        .expect("count");
    assert_eq!(rows, 0);
}

#[test]
fn many_wrong_codes_slow_the_checks_but_never_stop_the_calculator() {
    let f = fixture();
    let l = &f.lueur;
    set_code(l, CodeKind::Unlock, "4821");
    for attempt in 0..FREE_ATTEMPTS {
        assert_eq!(show(keys(l, "1111=")).display, "1111", "attempt {attempt}");
    }
    // From now on a code is checked at most every CHECK_INTERVAL_MS: the right code
    // typed too soon is just a number, and arithmetic goes on as always.
    assert_eq!(show(keys(l, "4821=")).display, "4821");
    for _ in 0..200 {
        assert_eq!(show(keys(l, "2222=")).display, "2222");
        assert_eq!(show(keys(l, "12+7=")).display, "19");
    }
    f.clock.advance(CHECK_INTERVAL_MS);
    assert!(matches!(keys(l, "4821="), CalcOutcome::Open { .. }));
    // Success resets the count: the next wrong codes are checked at once again.
    l.quick_exit();
    assert_eq!(show(keys(l, "1111=")).display, "1111");
    assert!(matches!(keys(l, "4821="), CalcOutcome::Open { .. }));
}

#[test]
fn a_slowed_down_wrong_guess_does_not_extend_the_wait() {
    let f = fixture();
    let l = &f.lueur;
    set_code(l, CodeKind::Unlock, "4821");
    for _ in 0..FREE_ATTEMPTS {
        keys(l, "1111=");
    }
    f.clock.advance(CHECK_INTERVAL_MS / 2);
    keys(l, "3333=");
    f.clock.advance(CHECK_INTERVAL_MS / 2);
    // 30 s after the last real check, whatever was typed in between.
    assert!(matches!(keys(l, "4821="), CalcOutcome::Open { .. }));
}

#[test]
fn the_recommended_parameters_work_end_to_end() {
    let f = fixture();
    let l = &f.lueur;
    let started = std::time::Instant::now();
    l.begin_code(CodeKind::Unlock, "27182818").expect("begin");
    l.confirm_code(CodeKind::Unlock, "27182818")
        .expect("confirm");
    let stored = read_setting(f.dir.path(), "discreet.unlock").expect("stored");
    assert!(stored.starts_with("argon2id$m=19456,t=2,p=1$"), "{stored}");
    assert!(matches!(keys(l, "27182818="), CalcOutcome::Open { .. }));
    eprintln!(
        "two hashes with the recommended parameters: {:?}",
        started.elapsed()
    );
}

#[test]
fn quick_exit_without_disguise_leaves_the_app() {
    let f = fixture();
    assert_eq!(f.lueur.quick_exit(), QuickExitAction::LeaveApp);
    assert_eq!(f.lueur.start_screen().expect("start"), StartScreen::Home);
}
