//! The parsers of outside data never panic, whatever an editor (or a broken file)
//! hands them: they report problems as values.

use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn valid_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("folder entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// Either arbitrary text, or the valid file with arbitrary text inserted somewhere, so
/// that the checks past the first parser are reached too.
fn file_text(valid: String) -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        (any::<prop::sample::Index>(), any::<String>()).prop_map(move |(at, insert)| {
            let boundaries: Vec<usize> = valid
                .char_indices()
                .map(|(i, _)| i)
                .chain([valid.len()])
                .collect();
            let at = boundaries[at.index(boundaries.len())];
            format!("{}{insert}{}", &valid[..at], &valid[at..])
        }),
    ]
}

fn fixture_text(rel: &str) -> String {
    std::fs::read_to_string(valid_fixture().join(rel)).expect("read valid fixture")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn markdown_to_blocks_never_panics(body in any::<String>()) {
        let _ = lueur_content::markdown_to_blocks(&body);
    }

    #[test]
    fn markdown_to_blocks_never_panics_on_markdown_like_text(
        body in "([#*_`\\[\\]()!<>|~\\-+>\n 0-9a-z]|https://){0,200}"
    ) {
        let _ = lueur_content::markdown_to_blocks(&body);
    }

    #[test]
    fn normalise_phone_never_panics(number in any::<String>(), short_code in any::<bool>()) {
        let _ = lueur_content::normalise_phone(&number, short_code);
    }

    #[test]
    fn normalise_phone_never_panics_on_phone_like_text(
        number in "[+0-9 ()./\\-]{0,24}",
        short_code in any::<bool>(),
    ) {
        let _ = lueur_content::normalise_phone(&number, short_code);
    }

    #[test]
    fn check_url_never_panics(text in any::<String>()) {
        let _ = lueur_content::check_url(&text);
    }

    #[test]
    fn check_never_panics_on_arbitrary_files(
        contacts in file_text(fixture_text("contacts.toml")),
        ftl in file_text(fixture_text("locales/fr/app.ftl")),
        article in file_text(fixture_text("articles/sample/en.md")),
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&valid_fixture(), dir.path());
        std::fs::write(dir.path().join("contacts.toml"), &contacts).expect("write");
        std::fs::write(dir.path().join("locales/fr/app.ftl"), &ftl).expect("write");
        std::fs::write(dir.path().join("articles/sample/en.md"), &article).expect("write");
        let problems = lueur_content::check(dir.path());
        for problem in &problems {
            prop_assert!(problem.line >= 1);
            prop_assert!(!problem.message.is_empty());
        }
        // Content that passes the check must also compile.
        let built = lueur_content::build(dir.path());
        prop_assert_eq!(problems.is_empty(), built.is_ok(), "{:?}", built.err());
    }
}
