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
    fn fluent_text_extraction_never_panics_and_stays_in_the_file(text in any::<String>()) {
        for piece in lueur_content::text::ftl_pieces(&text) {
            for i in 0..piece.text.len() {
                prop_assert!(piece.source_offset(i) <= text.len());
            }
        }
    }

    #[test]
    fn fluent_text_extraction_never_panics_on_fluent_like_text(
        text in "([a-z-]{1,8} = |  \\.[a-z]+ = |   \\*?\\[[a-z0-9]+\\] |[{}$>#\n ]|[a-zé?:;«»0-9 \u{a0}\u{202f}]){0,120}"
    ) {
        for piece in lueur_content::text::ftl_pieces(&text) {
            prop_assert!(piece.source_offset(piece.text.len().saturating_sub(1)) <= text.len());
        }
    }

    #[test]
    fn article_text_extraction_never_panics(body in any::<String>()) {
        for piece in lueur_content::text::body_pieces(&body, 0) {
            for i in 0..piece.text.len() {
                prop_assert!(piece.source_offset(i) <= body.len());
            }
        }
    }

    #[test]
    fn readability_parsers_never_panic(
        text in any::<String>(),
        locale in prop_oneof![Just("fr"), Just("nl"), Just("de"), Just("en"), Just("ar")],
    ) {
        for sentence in lueur_content::text::sentences(&text, locale) {
            prop_assert!(sentence.start <= sentence.end && sentence.end <= text.len());
            prop_assert!(text.is_char_boundary(sentence.start) && text.is_char_boundary(sentence.end));
            prop_assert!(sentence.words > 0);
        }
        for word in lueur_content::text::words(&text, locale) {
            prop_assert!(lueur_content::text::syllables(word, locale) >= 1);
        }
    }

    #[test]
    fn readability_parsers_never_panic_on_prose_like_text(
        text in "([a-zàéèüöïß'’]{1,12}|[ \u{a0}\u{202f}\n]|[.!?:;,]|z\\. B\\.|p\\. ex\\.|[0-9]{1,4}){0,150}",
        locale in prop_oneof![Just("fr"), Just("nl"), Just("de"), Just("en")],
    ) {
        let _ = lueur_content::text::sentences(&text, locale);
        let _ = lueur_content::text::words(&text, locale);
    }

    #[test]
    fn glossary_patterns_never_panic_and_find_ranges_inside_the_text(
        pattern in any::<String>(),
        text in any::<String>(),
    ) {
        if let Some(pattern) = lueur_content::text::GlossaryPattern::parse(&pattern) {
            for range in pattern.find_in(&text) {
                prop_assert!(range.start <= range.end && range.end <= text.len());
                prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            }
        }
    }

    #[test]
    fn glossary_patterns_never_panic_on_word_like_input(
        pattern in "([a-zäöüé]{1,6}\\*?[ \u{a0}]?){1,3}",
        text in "([a-zäöüéÄÖÜ]{1,8}|[ \u{a0}\u{202f}‘’«»\"-]|\u{FFFC}){0,80}",
    ) {
        if let Some(pattern) = lueur_content::text::GlossaryPattern::parse(&pattern) {
            let _ = pattern.find_in(&text);
        }
    }

    #[test]
    fn french_typography_never_panics(text in any::<String>()) {
        for problem in lueur_content::text::french_problems(&text) {
            prop_assert!(problem.at < text.len());
            prop_assert!(!problem.message.is_empty());
        }
    }

    #[test]
    fn check_never_panics_on_arbitrary_glossaries(
        glossary in file_text(fixture_text("glossary/en.toml")),
        article in file_text(fixture_text("articles/sample/fr.md")),
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&valid_fixture(), dir.path());
        std::fs::write(dir.path().join("glossary/en.toml"), &glossary).expect("write");
        std::fs::write(dir.path().join("articles/sample/fr.md"), &article).expect("write");
        let problems = lueur_content::check(dir.path());
        for problem in &problems {
            prop_assert!(problem.line >= 1);
        }
        let built = lueur_content::build(dir.path());
        prop_assert_eq!(problems.is_empty(), built.is_ok(), "{:?}", built.err());
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
