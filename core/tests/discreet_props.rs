//! Property tests of the decoy: any key sequence is safe to press, and only the
//! code followed by "=" ever opens Lueur.

use lueur_core::discreet::{
    CHECK_INTERVAL_MS, CalcKey, CalcOutcome, Calculator, CodeKind, KdfParams, parse_keys,
};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::{Lueur, LueurConfig};
use proptest::prelude::*;
use std::sync::Arc;

const CODE: &str = "482105";
const DURESS: &str = "730519";

fn keys_strategy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            6 => proptest::char::range('0', '9'),
            1 => Just('.'),
            1 => Just('+'),
            1 => Just('-'),
            1 => Just('*'),
            1 => Just('/'),
            1 => Just('%'),
            1 => Just('n'),
            1 => Just('c'),
            1 => Just('a'),
            2 => Just('='),
        ],
        0..60,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn with_codes() -> (tempfile::TempDir, Arc<ManualClock>, Lueur) {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let lueur = Lueur::open(LueurConfig {
        data_dir: dir.path().to_path_buf(),
        preferred_locales: vec!["fr".into()],
        clock: clock.clone(),
        random: Arc::new(SeededRandom::new(9)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    })
    .expect("open");
    for (kind, code) in [(CodeKind::Unlock, CODE), (CodeKind::Duress, DURESS)] {
        lueur
            .begin_code(kind, code, (kind == CodeKind::Duress).then_some(CODE))
            .expect("begin");
        lueur
            .confirm_code_with(kind, code, KdfParams::cheap_for_tests())
            .expect("confirm");
    }
    (dir, clock, lueur)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_keys_keep_a_short_display_and_never_panic(keys in keys_strategy()) {
        let mut calculator = Calculator::default();
        for key in parse_keys(&keys).expect("only keys") {
            calculator.press(key);
            let display = calculator.display(",", "Erreur");
            prop_assert!(display.chars().count() <= 20, "{keys}: {display}");
        }
    }

    #[test]
    fn any_text_as_keys_is_parsed_or_refused_without_panic(text in "\\PC{0,40}") {
        let _ = parse_keys(&text);
    }

    #[test]
    fn only_a_code_then_equals_opens_lueur(keys in keys_strategy()) {
        let (_dir, _clock, lueur) = with_codes();
        let outcome = lueur.press_calculator_keys(&keys).expect("keys");
        if matches!(outcome, CalcOutcome::Open { .. }) {
            prop_assert!(
                keys.contains(&format!("{CODE}=")) || keys.contains(&format!("{DURESS}=")),
                "opened without a code: {keys}"
            );
        }
    }

    #[test]
    fn the_code_opens_after_any_keys_once_the_wait_is_over(keys in keys_strategy()) {
        let (_dir, clock, lueur) = with_codes();
        if matches!(lueur.press_calculator_keys(&keys).expect("keys"), CalcOutcome::Open { .. }) {
            return Ok(());
        }
        clock.advance(CHECK_INTERVAL_MS as i64);
        lueur.press_calculator_key(CalcKey::AllClear);
        let outcome = lueur.press_calculator_keys(&format!("{CODE}=")).expect("keys");
        prop_assert!(matches!(outcome, CalcOutcome::Open { .. }), "after {keys}");
    }
}
