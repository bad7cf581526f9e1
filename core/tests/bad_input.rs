//! Whatever reaches the public API — typed by a person, passed by a shell or found on
//! disk — ends in a view model, an empty result or a typed error, never a panic.

use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::views::ContactFilter;
use lueur_core::{Error, Lueur, LueurConfig};
use proptest::prelude::*;
use std::path::Path;
use std::sync::{Arc, OnceLock};

fn config(dir: &Path, locales: &[&str]) -> LueurConfig {
    LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: locales.iter().map(|l| l.to_string()).collect(),
        clock: Arc::new(ManualClock::new(1_764_000_000_000)),
        random: Arc::new(SeededRandom::new(9)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    }
}

/// One app shared by the property cases: opening per case would test opening, not
/// the calls.
fn shared() -> &'static Lueur {
    static APP: OnceLock<(tempfile::TempDir, Lueur)> = OnceLock::new();
    let (_, lueur) = APP.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = Lueur::open(config(dir.path(), &["en"])).expect("open");
        (dir, lueur)
    });
    lueur
}

const FTS_TRAPS: &[&str] = &[
    "\"",
    "\"\"",
    "\"unterminated",
    "*",
    "a*b*",
    "^start",
    "NEAR(a b, 3)",
    "NEAR(",
    "a AND",
    "OR OR OR",
    "NOT",
    "NOT help",
    "title:help",
    "{title body}:help",
    "-help",
    "+help",
    "(help",
    "help)",
    "h'e'l'p",
    "help; DROP TABLE articles; --",
    "\\\"help\\\"",
    "%_%",
    "\u{0}",
    "\u{7}\u{1b}[31m\r\n\t",
    "\u{202e}help",
    "\u{E000}help\u{E001}",
    "\u{0301}",
    "ﬁ ß œ Æ",
    "🙂 help 🙂",
    "٣ ٤",
    "\u{FEFF}",
];

#[test]
fn fts_syntax_in_a_query_never_reaches_the_person() {
    let lueur = shared();
    for trap in FTS_TRAPS {
        let view = lueur
            .search_view(trap)
            .unwrap_or_else(|e| panic!("{trap:?}: {e}"));
        assert_eq!(view.query, *trap);
    }
    let view = lueur.search_view("\"help\" AND").expect("search");
    assert!(!view.results.is_empty(), "the words still count");
}

#[test]
fn a_one_megabyte_query_is_answered_quickly() {
    let lueur = shared();
    for query in [
        "help ".repeat(200_000),
        "x".repeat(1 << 20),
        "é".repeat(1 << 19),
        "\"".repeat(1 << 20),
    ] {
        let started = std::time::Instant::now();
        lueur.search_view(&query).expect("search");
        assert!(
            started.elapsed().as_secs() < 2,
            "took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn unknown_locales_fall_back_and_cannot_be_selected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur =
        Lueur::open(config(dir.path(), &["", "xx-YY", "??", "\u{0}", "de-DE"])).expect("open");
    assert_eq!(lueur.locale(), "de");
    drop(lueur);
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = Lueur::open(config(dir.path(), &["ja-JP", "tlh"])).expect("open");
    assert_eq!(lueur.locale(), "en");
    for bad in ["", "xx", "EN ", "en\u{0}", "search_en", "../fr"] {
        let error = lueur.set_locale(bad).expect_err("not bundled");
        assert!(
            matches!(&error, Error::Invalid { message_id, .. } if message_id == "error-unknown-locale"),
            "{error:?}"
        );
    }
    assert_eq!(lueur.locale(), "en");
    assert!(lueur.home_view().is_ok());
}

#[test]
fn a_data_folder_that_cannot_be_used_still_shows_help() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A file where the folder should be fails for every user, root included.
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, b"x").expect("file");
    let lueur = Lueur::open(config(&file, &["fr"])).expect("opens without storage");
    assert!(lueur.storage_unavailable());
    let home = lueur.home_view().expect("home");
    assert_eq!(home.danger.actions.len(), 2);
    assert_eq!(home.notices.len(), 1);
    assert!(
        home.notices[0]
            .text
            .starts_with("Lueur ne peut rien enregistrer")
    );
    assert!(lueur.search_view("police").is_ok());
    assert!(lueur.contact_view("payoke").is_ok());
    let error = lueur.set_locale("nl").expect_err("cannot be saved");
    assert!(matches!(error, Error::Storage(_)), "{error:?}");
    assert!(
        lueur
            .error_text(&error)
            .starts_with("Lueur kan nu geen gegevens")
    );

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).expect("mkdir");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).expect("chmod");
        let result = Lueur::open(config(&locked, &["en"]));
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o700))
            .expect("chmod back");
        // Root ignores permission bits; then the folder is simply usable.
        let lueur = result.expect("opens either way");
        assert!(lueur.home_view().is_ok());
    }
}

#[test]
fn a_corrupted_database_is_replaced_not_fatal() {
    for garbage in [
        vec![0u8; 0],
        vec![0xff; 100],
        b"SQLite format 3\0".repeat(300),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(lueur_core::userdb::FILE_NAME), &garbage).expect("garbage");
        let lueur = Lueur::open(config(dir.path(), &["fr"])).expect("open anyway");
        assert!(lueur.home_view().is_ok());
        lueur
            .set_locale("nl")
            .expect("the new database takes writes");
    }
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Zéèüößœ\"*^:(){}+\\- ]{0,40}",
        proptest::sample::select(FTS_TRAPS).prop_map(str::to_string),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn search_accepts_any_text(query in any_text()) {
        let view = shared().search_view(&query);
        prop_assert!(view.is_ok(), "{:?} -> {:?}", query, view.err());
        let view = view.expect("checked");
        prop_assert!(view.results.len() <= 20);
        for result in &view.results {
            prop_assert!(!result.title.is_empty());
        }
    }

    #[test]
    fn ids_are_found_or_not_found(id in any_text()) {
        match shared().article_view(&id) {
            Ok(article) => prop_assert_eq!(article.id, id.clone()),
            Err(error) => prop_assert!(matches!(error, Error::NotFound { .. }), "{:?}", error),
        }
        match shared().contact_view(&id) {
            Ok(contact) => prop_assert_eq!(contact.id, id),
            Err(error) => prop_assert!(matches!(error, Error::NotFound { .. }), "{:?}", error),
        }
    }

    #[test]
    fn contact_filters_accept_any_text(
        city in proptest::option::of(any_text()),
        kind in proptest::option::of(any_text()),
        language in proptest::option::of(any_text()),
    ) {
        let view = shared().contacts_view(&ContactFilter { city, kind, language });
        prop_assert!(view.is_ok(), "{:?}", view.err());
    }
}

proptest! {
    // Each case opens its own app (a locale switch on the shared one would race with
    // the other cases), so fewer cases.
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn locales_are_bundled_or_refused(locale in any_text()) {
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = Lueur::open(config(dir.path(), &[locale.as_str()])).expect("open");
        let bundled = lueur.available_locales().contains(&locale);
        prop_assert_eq!(lueur.set_locale(&locale).is_ok(), bundled);
        prop_assert!(lueur.home_view().is_ok());
    }
}
