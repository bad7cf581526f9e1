//! The exported surface called from Rust exactly as the generated bindings call it:
//! opening, language negotiation and switching, and the localised error mapping.

use lueur_core::LueurConfig;
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_ffi::{Lueur, LueurError};
use std::sync::Arc;

fn open_in(dir: &std::path::Path, locales: &[&str]) -> Result<Arc<Lueur>, LueurError> {
    Lueur::open_with(LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: locales.iter().map(|l| l.to_string()).collect(),
        clock: Arc::new(ManualClock::new(1_700_000_000_000)),
        random: Arc::new(SeededRandom::new(8)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    })
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

#[test]
fn open_negotiates_the_language_and_remembers_a_switch() {
    let dir = temp();
    let lueur = open_in(dir.path(), &["nl-BE", "fr-BE"]).expect("open");
    assert_eq!(lueur.locale(), "nl");
    lueur.set_locale("de".into()).expect("switch");
    assert_eq!(lueur.locale(), "de");
    drop(lueur);
    let again = Lueur::open(
        dir.path().display().to_string(),
        vec!["en".into()],
        secrets(),
    )
    .expect("reopen");
    assert_eq!(again.locale(), "de");
}

#[test]
fn unbundled_preferences_fall_back_to_english() {
    let dir = temp();
    let lueur = open_in(dir.path(), &["ja-JP", "ko"]).expect("open");
    assert_eq!(lueur.locale(), "en");
}

#[test]
fn packs_are_negotiated_under_their_aliases_and_say_their_direction() {
    let dir = temp();
    let lueur = open_in(dir.path(), &["fa-AF"]).expect("open");
    assert_eq!(lueur.locale(), "prs");
    let home = lueur.home().expect("home");
    assert_eq!(
        home.screen_language.direction,
        lueur_core::views::Direction::Rtl
    );
    let card = lueur
        .helper_card(Some("nl".into()), None, false)
        .expect("card");
    assert_eq!(card.helper.speaks, "Ik spreek Dari.");
}

#[test]
fn an_unknown_locale_is_invalid_with_a_localised_text() {
    let dir = temp();
    let lueur = open_in(dir.path(), &["fr"]).expect("open");
    let error = lueur
        .set_locale("xx".into())
        .expect_err("xx is not bundled");
    let expected = lueur.core().error_text(&lueur_core::Error::invalid(
        "locale",
        "error-unknown-locale",
    ));
    assert_eq!(
        error,
        LueurError::Invalid {
            field: "locale".into(),
            text: expected.clone()
        }
    );
    assert!(!expected.starts_with("error-"), "{expected}");
    assert_eq!(error.to_string(), expected);
    assert_eq!(lueur.locale(), "fr", "a refused switch changes nothing");
}

#[test]
fn an_unusable_data_folder_keeps_content_and_refuses_saving_in_the_preferred_language() {
    let dir = temp();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, b"x").expect("file");
    let lueur = open_in(&file, &["de-BE"]).expect("help stays reachable without storage");
    assert!(lueur.storage_unavailable());
    assert_eq!(lueur.locale(), "de");
    assert!(!lueur.content_info().locales.is_empty());
    let error = lueur.set_locale("fr".into()).expect_err("nowhere to save");
    let LueurError::Storage { text } = &error else {
        panic!("expected Storage, got {error:?}");
    };
    assert!(
        !open_in(&dir.path().join("ok"), &["de"])
            .expect("open")
            .storage_unavailable()
    );
    // The text is in the language the object speaks after the call (the core switches
    // for this session even when it cannot remember the choice).
    let expected = lueur.core().error_text(&lueur_core::Error::Storage(
        lueur_core::userdb::StorageError::Unavailable {
            path: String::new(),
            reason: String::new(),
        },
    ));
    assert_eq!(text, &expected);
}

#[test]
fn a_newer_database_fails_to_open_with_a_storage_error_in_the_preferred_language() {
    let dir = temp();
    let first = open_in(dir.path(), &["nl"]).expect("create");
    // What a later app version would have written.
    first
        .core()
        .stored_data(|db| {
            db.pragma_update(None, "user_version", 999)?;
            db.execute(
                "INSERT INTO settings (key, value) VALUES ('later', '1')",
                [],
            )
        })
        .expect("a newer schema");
    drop(first);
    let dutch = open_in(dir.path(), &["nl-BE"]).err().expect("newer schema");
    let english = open_in(dir.path(), &["en"]).err().expect("newer schema");
    assert!(matches!(dutch, LueurError::Storage { .. }), "{dutch:?}");
    assert_ne!(dutch, english, "the text follows the phone's language");
    assert!(!dutch.to_string().starts_with("error-"));
}

#[test]
fn a_damaged_data_file_is_replaced_and_reported() {
    let dir = temp();
    std::fs::write(
        dir.path().join(lueur_core::userdb::FILE_NAME),
        vec![0x42; 8192],
    )
    .expect("garbage");
    let lueur = open_in(dir.path(), &["fr"]).expect("open over a damaged file");
    assert!(lueur.recreated_after_corruption());
    let clean = open_in(dir.path(), &["fr"]).expect("reopen");
    assert!(!clean.recreated_after_corruption());
}

#[test]
fn content_info_names_the_bundled_languages() {
    let dir = temp();
    let lueur = open_in(dir.path(), &["en"]).expect("open");
    let info = lueur.content_info();
    assert_eq!(info.locales, lueur.available_locales());
    for locale in ["fr", "nl", "de", "en"] {
        assert!(info.locales.iter().any(|l| l == locale), "{locale}");
    }
    assert!(!info.version.is_empty() && info.hash.starts_with(&info.version));
}

#[test]
fn one_object_serves_many_threads() {
    let dir = temp();
    let lueur = open_in(dir.path(), &["en"]).expect("open");
    let threads: Vec<_> = ["fr", "nl", "de", "en"]
        .into_iter()
        .map(|locale| {
            let lueur = Arc::clone(&lueur);
            std::thread::spawn(move || {
                for _ in 0..50 {
                    lueur.set_locale(locale.into()).expect("switch");
                    assert!(!lueur.locale().is_empty());
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("no panic");
    }
    assert!(lueur.available_locales().contains(&lueur.locale()));
}

fn secrets() -> Arc<lueur_core::env::MemorySecretStore> {
    Arc::new(lueur_core::env::MemorySecretStore::new(SeededRandom::new(
        1,
    )))
}
