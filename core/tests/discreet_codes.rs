//! Unlock and duress codes through the calculator and the code lock, as a person (or
//! someone trying codes, or someone who forced the phone open) would use them: set
//! with confirmation and the current code, unlock, duress sessions that change
//! nothing stored, wrong codes and many wrong codes, which slow the checks down but
//! never stop the calculator, and re-locking after time in the background.

use lueur_core::checklist::Perspective;
use lueur_core::discreet::{
    CHECK_INTERVAL_MS, CalcKey, CalcOutcome, CalculatorView, CodeKind, Disguise, FREE_ATTEMPTS,
    KdfParams, LauncherIdentity, LockOutcome, QuickExitAction, RELOCK_GRACE_MS, StartScreen,
};
use lueur_core::env::{DeviceSecretStore, ManualClock, MemorySecretStore, SeededRandom};
use lueur_core::userdb::UserDb;
use lueur_core::{Error, Lueur, LueurConfig};
use std::sync::Arc;

const UNLOCK: &str = "482105";
const DURESS: &str = "999931";

struct Fixture {
    lueur: Lueur,
    clock: Arc<ManualClock>,
    secrets: Arc<MemorySecretStore>,
    dir: tempfile::TempDir,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let secrets = Arc::new(MemorySecretStore::new(SeededRandom::new(1)));
    let lueur = Lueur::open(LueurConfig {
        data_dir: dir.path().to_path_buf(),
        preferred_locales: vec!["en".into()],
        clock: clock.clone(),
        random: Arc::new(SeededRandom::new(11)),
        secrets: secrets.clone(),
    })
    .expect("open");
    Fixture {
        lueur,
        clock,
        secrets,
        dir,
    }
}

/// Sets a code the way the settings screen does, with the current unlock code.
fn set_code(lueur: &Lueur, kind: CodeKind, code: &str, current: Option<&str>) {
    lueur.begin_code(kind, code, current).expect("begin");
    lueur
        .confirm_code_with(kind, code, KdfParams::cheap_for_tests())
        .expect("confirm");
}

/// The usual install: an unlock code, an emergency code, the calculator disguise.
fn disguised() -> Fixture {
    let f = fixture();
    set_code(&f.lueur, CodeKind::Unlock, UNLOCK, None);
    set_code(&f.lueur, CodeKind::Duress, DURESS, Some(UNLOCK));
    f.lueur
        .set_disguise(Disguise::Calculator)
        .expect("disguise");
    f
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

fn opens(lueur: &Lueur, code: &str) -> bool {
    matches!(keys(lueur, &format!("{code}=")), CalcOutcome::Open { .. })
}

/// Reads a setting from the stored database, as a second process with the device
/// secret would.
fn stored_setting(f: &Fixture, key: &str) -> Option<String> {
    let secret = f.secrets.device_secret().expect("secret");
    let (mut db, _) = UserDb::open(f.dir.path(), &secret, Arc::new(SeededRandom::new(3)))
        .expect("second connection");
    db.transact(|db| Ok(db.setting(key)?)).expect("read")
}

fn plant_kept_answers(f: &Fixture) {
    let secret = f.secrets.device_secret().expect("secret");
    let (mut db, _) =
        UserDb::open(f.dir.path(), &secret, Arc::new(SeededRandom::new(4))).expect("db");
    db.transact(|db| {
        db.conn().execute(
            "INSERT INTO saved_answers (perspective, answers, saved_at) VALUES ('me', '{}', 1)",
            [],
        )?;
        Ok(())
    })
    .expect("saved answers");
}

#[test]
fn setting_a_code_needs_the_same_code_twice() {
    let f = fixture();
    let l = &f.lueur;
    assert!(!l.code_is_set(CodeKind::Unlock).expect("read"));
    l.begin_code(CodeKind::Unlock, UNLOCK, None).expect("begin");
    let error = l
        .confirm_code_with(CodeKind::Unlock, "482150", KdfParams::cheap_for_tests())
        .expect_err("mismatch");
    assert_eq!(message_id(error), "error-discreet-code-mismatch");
    assert!(!l.code_is_set(CodeKind::Unlock).expect("read"));
    // A mismatch starts over: the first code is forgotten.
    let error = l
        .confirm_code_with(CodeKind::Unlock, UNLOCK, KdfParams::cheap_for_tests())
        .expect_err("nothing pending");
    assert_eq!(message_id(error), "error-discreet-code-first");
    set_code(l, CodeKind::Unlock, UNLOCK, None);
    assert!(l.code_is_set(CodeKind::Unlock).expect("read"));
    // Stored as a salted hash, never as the code.
    let stored = stored_setting(&f, "discreet.unlock").expect("stored");
    assert!(stored.starts_with("argon2id$m=64,t=1,p=1$"), "{stored}");
    assert!(!stored.contains(UNLOCK));
    let view = l.discreet_settings().expect("view");
    assert!(view.unlock_code_set && !view.duress_code_set);
    assert_eq!(view.unlock_code_status, "Set");
    assert!(view.code_rules.contains("6 to 8"), "{}", view.code_rules);
}

#[test]
fn codes_are_six_to_eight_digits_and_the_two_codes_differ() {
    let f = fixture();
    let l = &f.lueur;
    for bad in [
        "1234",
        "12345",
        "123456789",
        "12a456",
        "",
        " 123456",
        "12.456",
    ] {
        let error = l.begin_code(CodeKind::Unlock, bad, None).expect_err(bad);
        assert_eq!(message_id(error), "error-discreet-code-format", "{bad:?}");
    }
    let error = l
        .begin_code(CodeKind::Duress, "999999", None)
        .expect_err("no unlock code");
    assert_eq!(message_id(error), "error-discreet-unlock-first");
    set_code(l, CodeKind::Unlock, "004200", None);
    l.begin_code(CodeKind::Duress, "004200", Some("004200"))
        .expect("begin");
    let error = l
        .confirm_code_with(CodeKind::Duress, "004200", KdfParams::cheap_for_tests())
        .expect_err("same as unlock");
    assert_eq!(message_id(error), "error-discreet-code-same");
    // Confirming a different kind than the one begun is refused too.
    l.begin_code(CodeKind::Unlock, "111111", Some("004200"))
        .expect("begin");
    let error = l
        .confirm_code_with(CodeKind::Duress, "111111", KdfParams::cheap_for_tests())
        .expect_err("other kind");
    assert_eq!(message_id(error), "error-discreet-code-first");
}

/// F1: a code can no longer be changed or removed without the current unlock code.
#[test]
fn changing_or_removing_a_code_asks_for_the_current_unlock_code() {
    let f = fixture();
    let l = &f.lueur;
    set_code(l, CodeKind::Unlock, UNLOCK, None);
    for current in [None, Some("000000"), Some("999931")] {
        let error = l
            .begin_code(CodeKind::Unlock, "000000", current)
            .expect_err("needs the current code");
        assert_eq!(message_id(error), "error-discreet-current-code-wrong");
    }
    let error = l
        .remove_code(CodeKind::Unlock, "000000")
        .expect_err("wrong current code");
    assert_eq!(message_id(error), "error-discreet-current-code-wrong");
    let error = l
        .set_code_lock(true, "000000")
        .expect_err("wrong current code");
    assert_eq!(message_id(error), "error-discreet-current-code-wrong");
    assert!(l.code_is_set(CodeKind::Unlock).expect("read"));
    // Wrong current codes count towards the same slowdown as the calculator.
    for _ in 0..FREE_ATTEMPTS {
        let _ = l.begin_code(CodeKind::Unlock, "000000", Some("111111"));
    }
    let error = l
        .begin_code(CodeKind::Unlock, "000000", Some(UNLOCK))
        .expect_err("slowed down");
    assert_eq!(message_id(error), "lock-error-wait");
    f.clock.advance(CHECK_INTERVAL_MS as i64);
    set_code(l, CodeKind::Unlock, "135791", Some(UNLOCK));
    assert!(opens(l, "135791"));
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
    set_code(l, CodeKind::Unlock, UNLOCK, None);
    assert_eq!(
        l.set_disguise(Disguise::Calculator).expect("set"),
        LauncherIdentity::Calculator
    );
    let error = l
        .remove_code(CodeKind::Unlock, UNLOCK)
        .expect_err("disguise on");
    assert_eq!(message_id(error), "error-discreet-disguise-on");
    assert_eq!(
        l.set_disguise(Disguise::Off).expect("off"),
        LauncherIdentity::Lueur
    );
    set_code(l, CodeKind::Duress, DURESS, Some(UNLOCK));
    l.remove_code(CodeKind::Unlock, UNLOCK).expect("remove");
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
    set_code(l, CodeKind::Unlock, "004200", None);
    l.set_disguise(Disguise::Calculator).expect("disguise");
    assert_eq!(l.start_screen().expect("start"), StartScreen::Decoy);
    // Typed but not yet confirmed with "=": still a calculator.
    assert_eq!(show(keys(l, "004200")).display, "4200");
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
    assert_eq!(show(keys(l, "5+004200=")).display, "4205");
    assert_eq!(show(keys(l, "004200n=")).display, "\u{2212}4200");
    assert_eq!(show(keys(l, "0042.00=")).display, "42");
    // After a result, typing the code starts a new number, so it opens.
    assert!(matches!(keys(l, "2+3=004200="), CalcOutcome::Open { .. }));
}

#[test]
fn a_wrong_code_looks_exactly_like_a_calculation() {
    let with_code = disguised();
    let without_code = fixture();
    for sequence in [
        "123456=",
        "4821050=",
        "482106=",
        "9999999=",
        "12345678=",
        "123456==",
        "48210=",
    ] {
        assert_eq!(
            keys(&with_code.lueur, sequence),
            keys(&without_code.lueur, sequence),
            "{sequence}"
        );
    }
}

/// F2: what the settings, the wipe warning and the outbox show in a duress session
/// is what a plain install shows: no emergency code, no erase option, nothing unsent.
#[test]
fn a_duress_session_shows_a_plausible_install() {
    let f = disguised();
    let l = &f.lueur;
    l.set_duress_wipes(false).expect("option");
    plant_kept_answers(&f);
    l.queue_report(&lueur_core::report::ReportDraft {
        what_happened: "MARKER-duress-hidden".into(),
        ..Default::default()
    })
    .expect("queued");
    let real = l.discreet_settings().expect("settings");
    assert!(real.duress_code_set);
    l.quick_exit();
    assert_eq!(
        keys(l, &format!("{DURESS}=")),
        CalcOutcome::Open {
            launcher: LauncherIdentity::Calculator
        }
    );
    let shown = l.discreet_settings().expect("settings");
    assert!(shown.unlock_code_set);
    assert!(!shown.duress_code_set, "the emergency code looks unset");
    assert_eq!(shown.duress_code_status, "Not set yet");
    assert!(!shown.duress_wipes);
    assert_eq!(shown.disguise, Disguise::Calculator);
    let warning = l.wipe_warning().expect("warning");
    assert_eq!(warning.unsent_reports, 0);
    assert_eq!(warning.unsent_text, None);
    assert!(l.outbox().expect("outbox").items.is_empty());
    assert!(!l.has_kept_answers(Perspective::Me).expect("kept?"));
}

/// F2 (3): in a duress session, choosing an emergency code equal to the hidden
/// unlock code is accepted like any other, so no answer tells whether a guess is it.
#[test]
fn a_duress_session_offers_no_oracle_for_the_hidden_codes() {
    let f = disguised();
    let l = &f.lueur;
    assert!(opens(l, DURESS));
    // The current code inside the duress session is the one that opened it.
    let error = l
        .begin_code(CodeKind::Duress, UNLOCK, Some(UNLOCK))
        .expect_err("the hidden unlock code is no current code here");
    assert_eq!(message_id(error), "error-discreet-current-code-wrong");
    l.begin_code(CodeKind::Duress, UNLOCK, Some(DURESS))
        .expect("begin");
    l.confirm_code_with(CodeKind::Duress, UNLOCK, KdfParams::cheap_for_tests())
        .expect("the hidden unlock code is just another code here");
}

/// F1: in a duress session a new unlock code, a removed code, another disguise or
/// the erase option look applied, and reach nothing stored.
#[test]
fn a_duress_session_changes_nothing_stored() {
    let f = disguised();
    let l = &f.lueur;
    plant_kept_answers(&f);
    let stored_unlock = stored_setting(&f, "discreet.unlock");
    let stored_duress = stored_setting(&f, "discreet.duress");
    assert!(opens(l, DURESS));
    set_code(l, CodeKind::Unlock, "000000", Some(DURESS));
    l.set_duress_wipes(true).expect("looks applied");
    assert!(l.discreet_settings().expect("view").duress_wipes);
    l.keep_checklist_answers().ok();
    assert_eq!(
        l.set_disguise(Disguise::Off).expect("looks applied"),
        LauncherIdentity::Lueur
    );
    assert_eq!(l.disguise().expect("read"), Disguise::Off);
    // Nothing of it is stored.
    assert_eq!(stored_setting(&f, "discreet.unlock"), stored_unlock);
    assert_eq!(stored_setting(&f, "discreet.duress"), stored_duress);
    assert_eq!(stored_setting(&f, "discreet.duress_wipes"), None);
    assert_eq!(
        stored_setting(&f, "discreet.disguise").as_deref(),
        Some("calculator")
    );
    // The bypass of the review: quick exit, type the new code. It opens the same
    // empty Lueur, as a real code would, and never the stored data.
    l.set_disguise(Disguise::Calculator).expect("back on");
    assert_eq!(l.quick_exit(), QuickExitAction::ShowDecoy);
    assert!(
        opens(l, "000000"),
        "the code set in the session keeps working"
    );
    assert!(l.user_data_hidden());
    assert!(!l.has_kept_answers(Perspective::Me).expect("kept?"));
    // The real code still opens what is stored.
    l.quick_exit();
    assert!(opens(l, UNLOCK));
    assert!(!l.user_data_hidden());
    assert!(l.has_kept_answers(Perspective::Me).expect("kept?"));
    assert_eq!(l.disguise().expect("read"), Disguise::Calculator);
}

/// F3: the emergency code that erases leaves a phone that looks as it did: still a
/// calculator, and the code just typed is now its only code.
#[test]
fn the_erasing_duress_code_keeps_the_disguise_and_becomes_the_only_code() {
    let f = disguised();
    let l = &f.lueur;
    l.set_duress_wipes(true).expect("option");
    plant_kept_answers(&f);
    let secret_before = f.secrets.device_secret();
    l.press_calculator_keys("12+").expect("keys");
    assert_eq!(
        keys(l, &format!("{DURESS}=")),
        CalcOutcome::Open {
            launcher: LauncherIdentity::Calculator
        }
    );
    assert_ne!(
        f.secrets.device_secret(),
        secret_before,
        "the device secret is renewed"
    );
    assert_eq!(l.disguise().expect("read"), Disguise::Calculator);
    assert_eq!(
        l.launcher_identity().expect("read"),
        LauncherIdentity::Calculator
    );
    let view = l.discreet_settings().expect("view");
    assert!(view.unlock_code_set && !view.duress_code_set && !view.duress_wipes);
    assert!(!l.has_kept_answers(Perspective::Me).expect("kept?"));
    // The old unlock code opens nothing now; the code just typed opens the (empty)
    // Lueur, like an unlock code.
    l.quick_exit();
    assert!(!opens(l, UNLOCK));
    assert!(opens(l, DURESS));
    assert!(!l.user_data_hidden(), "nothing is left to hide");
}

#[test]
fn the_duress_code_without_erase_hides_and_keeps_everything() {
    let f = disguised();
    let l = &f.lueur;
    plant_kept_answers(&f);
    l.press_calculator_keys("12+").expect("keys");
    assert!(opens(l, DURESS));
    assert!(l.user_data_hidden());
    assert!(!l.has_kept_answers(Perspective::Me).expect("kept?"));
    assert!(l.resume_kept_answers(Perspective::Me).is_err());
    assert_eq!(l.calculator().display, "0");
    l.quick_exit();
    assert!(opens(l, UNLOCK));
    assert!(!l.user_data_hidden());
    assert!(l.has_kept_answers(Perspective::Me).expect("kept?"));
}

#[test]
fn many_wrong_codes_slow_the_checks_but_never_stop_the_calculator() {
    let f = fixture();
    let l = &f.lueur;
    set_code(l, CodeKind::Unlock, UNLOCK, None);
    for attempt in 0..FREE_ATTEMPTS {
        assert_eq!(
            show(keys(l, "111111=")).display,
            "111111",
            "attempt {attempt}"
        );
    }
    // From now on a code is checked at most every CHECK_INTERVAL_MS: the right code
    // typed too soon is just a number, and arithmetic goes on as always.
    assert_eq!(show(keys(l, &format!("{UNLOCK}="))).display, UNLOCK);
    for _ in 0..20 {
        assert_eq!(show(keys(l, "222222=")).display, "222222");
        assert_eq!(show(keys(l, "12+7=")).display, "19");
    }
    f.clock.advance(CHECK_INTERVAL_MS as i64);
    assert!(opens(l, UNLOCK));
    // Success resets the count: the next wrong codes are checked at once again.
    l.quick_exit();
    assert_eq!(show(keys(l, "111111=")).display, "111111");
    assert!(opens(l, UNLOCK));
}

#[test]
fn a_slowed_down_wrong_guess_does_not_extend_the_wait() {
    let f = fixture();
    let l = &f.lueur;
    set_code(l, CodeKind::Unlock, UNLOCK, None);
    for _ in 0..FREE_ATTEMPTS {
        keys(l, "111111=");
    }
    f.clock.advance(CHECK_INTERVAL_MS as i64 / 2);
    keys(l, "333333=");
    f.clock.advance(CHECK_INTERVAL_MS as i64 / 2);
    // 30 s after the last real check, whatever was typed in between.
    assert!(opens(l, UNLOCK));
}

/// F18: the throttle runs on the boot clock. Moving the date back or forward buys no
/// check; a restart of the phone ends the wait.
#[test]
fn moving_the_clock_buys_no_extra_guess() {
    let f = fixture();
    let l = &f.lueur;
    set_code(l, CodeKind::Unlock, UNLOCK, None);
    for _ in 0..FREE_ATTEMPTS {
        keys(l, "111111=");
    }
    let now = l.now_millis();
    f.clock.set(now - 5_000);
    assert!(!opens(l, UNLOCK), "a clock moved back is still too soon");
    f.clock.set(now + 10 * CHECK_INTERVAL_MS as i64);
    assert!(!opens(l, UNLOCK), "a clock moved forward is still too soon");
    f.clock.reboot();
    assert!(opens(l, UNLOCK), "after a restart the wait is over");
}

/// F5: after more than the grace period in the background, Lueur locks again.
#[test]
fn the_app_locks_again_after_time_in_the_background() {
    let f = disguised();
    let l = &f.lueur;
    assert!(opens(l, UNLOCK));
    l.app_backgrounded();
    f.clock.advance(RELOCK_GRACE_MS as i64 - 1_000);
    assert_eq!(
        l.app_foregrounded().expect("back"),
        StartScreen::Home,
        "a short visit to another app keeps Lueur open"
    );
    l.app_backgrounded();
    f.clock.advance(RELOCK_GRACE_MS as i64 + 1);
    assert_eq!(l.app_foregrounded().expect("back"), StartScreen::Decoy);
    assert_eq!(l.start_screen().expect("start"), StartScreen::Decoy);
    assert!(opens(l, UNLOCK));
    // A restart of the phone while away locks too, whatever the boot clock says.
    l.app_backgrounded();
    f.clock.reboot();
    assert_eq!(l.app_foregrounded().expect("back"), StartScreen::Decoy);
}

/// F16: without the disguise, the plain code lock keeps the outbox and kept answers
/// behind the unlock code; the emergency code works there too.
#[test]
fn the_code_lock_protects_lueur_without_the_disguise() {
    let f = fixture();
    let l = &f.lueur;
    set_code(l, CodeKind::Unlock, UNLOCK, None);
    set_code(l, CodeKind::Duress, DURESS, Some(UNLOCK));
    assert_eq!(l.start_screen().expect("start"), StartScreen::Home);
    l.set_code_lock(true, UNLOCK).expect("lock on");
    assert!(l.discreet_settings().expect("view").code_lock);
    l.quick_exit();
    assert_eq!(l.start_screen().expect("start"), StartScreen::Locked);
    assert_eq!(l.code_lock_view().error, None);
    match l.enter_lock_code("000000") {
        LockOutcome::Refused { view } => {
            assert_eq!(
                view.error.as_deref(),
                Some("This code does not open Lueur.")
            )
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        l.enter_lock_code(UNLOCK),
        LockOutcome::Open {
            launcher: LauncherIdentity::Lueur
        }
    );
    assert_eq!(l.start_screen().expect("start"), StartScreen::Home);
    l.app_backgrounded();
    f.clock.advance(RELOCK_GRACE_MS as i64 + 1);
    assert_eq!(l.app_foregrounded().expect("back"), StartScreen::Locked);
    assert!(matches!(
        l.enter_lock_code(DURESS),
        LockOutcome::Open { .. }
    ));
    assert!(l.user_data_hidden());
    // Too many wrong codes: the lock says to wait, and then opens.
    l.quick_exit();
    for _ in 0..FREE_ATTEMPTS {
        l.enter_lock_code("111111");
    }
    match l.enter_lock_code(UNLOCK) {
        LockOutcome::Refused { view } => assert!(
            view.error
                .as_deref()
                .is_some_and(|e| e.contains("30 seconds")),
            "{view:?}"
        ),
        other => panic!("{other:?}"),
    }
    f.clock.advance(CHECK_INTERVAL_MS as i64);
    assert!(matches!(
        l.enter_lock_code(UNLOCK),
        LockOutcome::Open { .. }
    ));
}

/// F17: every `=` costs the same work, a number that is no code included; measured as
/// hashes rather than time, so the test cannot be fooled by a busy machine.
#[test]
fn every_equals_costs_the_same_hashes() {
    // Recommended parameters make a hash take milliseconds, far above noise.
    let f = fixture();
    let l = &f.lueur;
    l.begin_code(CodeKind::Unlock, UNLOCK, None).expect("begin");
    l.confirm_code(CodeKind::Unlock, UNLOCK).expect("confirm");
    let time = |sequence: &str| {
        let started = std::time::Instant::now();
        keys(l, sequence);
        started.elapsed()
    };
    // Warm up, then interleave the two sequences and keep each one's fastest run: the
    // minimum is what the work costs, whatever else the machine is doing (a median was
    // thrown off on a loaded 2-core CI machine).
    time("1+1=");
    let (mut arithmetic, mut wrong_code) = (std::time::Duration::MAX, std::time::Duration::MAX);
    for _ in 0..9 {
        arithmetic = arithmetic.min(time("44+44="));
        wrong_code = wrong_code.min(time("444444="));
    }
    let ratio = arithmetic.as_secs_f64() / wrong_code.as_secs_f64();
    eprintln!("`44+44=` {arithmetic:?}, `444444=` {wrong_code:?}, ratio {ratio:.2}");
    assert!(
        ratio > 0.5,
        "arithmetic must cost as much as a code check ({arithmetic:?} vs {wrong_code:?})"
    );
}

#[test]
fn the_recommended_parameters_work_end_to_end() {
    let f = fixture();
    let l = &f.lueur;
    l.begin_code(CodeKind::Unlock, "27182818", None)
        .expect("begin");
    l.confirm_code(CodeKind::Unlock, "27182818")
        .expect("confirm");
    let stored = stored_setting(&f, "discreet.unlock").expect("stored");
    assert!(stored.starts_with("argon2id$m=19456,t=2,p=1$"), "{stored}");
    assert!(opens(l, "27182818"));
}

#[test]
fn quick_exit_without_disguise_leaves_the_app() {
    let f = fixture();
    assert_eq!(f.lueur.quick_exit(), QuickExitAction::LeaveApp);
    assert_eq!(f.lueur.start_screen().expect("start"), StartScreen::Home);
}
