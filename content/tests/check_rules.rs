//! Every rule of `lueur-content check`, each shown on a fixture: a copy of
//! `fixtures/valid/` with exactly one defect, and `expected.txt` holding the
//! diagnostics (`path:line: message`) the check must report for it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fixture(name: &str) -> PathBuf {
    fixtures().join(name)
}

fn expected_lines(name: &str) -> Vec<String> {
    let path = fixture(name).join("expected.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::to_string)
        .collect()
}

fn diagnostics(dir: &Path) -> Vec<String> {
    lueur_content::check(dir)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn assert_fixture(name: &str) {
    let expected = expected_lines(name);
    assert!(!expected.is_empty(), "{name}/expected.txt is empty");
    assert_eq!(
        diagnostics(&fixture(name)),
        expected,
        "diagnostics of fixture `{name}`"
    );
}

/// One test per fixture; `FIXTURES` lists them all so that
/// `every_fixture_folder_has_a_test` notices a fixture without a test.
macro_rules! fixture_tests {
    ($($test:ident => $name:literal,)*) => {
        const FIXTURES: &[&str] = &[$($name),*];
        $(
            #[test]
            fn $test() {
                assert_fixture($name);
            }
        )*
    };
}

fixture_tests! {
    ftl_syntax_error => "ftl-syntax-error",
    message_missing_in_locale => "message-missing-in-locale",
    placeables_differ => "placeables-differ",
    article_missing_in_locale => "article-missing-in-locale",
    invalid_phone => "invalid-phone",
    malformed_email => "malformed-email",
    malformed_url => "malformed-url",
    malformed_url_in_article => "malformed-url-in-article",
    missing_source_reference => "missing-source-reference",
    missing_message_reference => "missing-message-reference",
    missing_article_reference => "missing-article-reference",
    fact_without_source => "fact-without-source",
    fact_without_date => "fact-without-date",
    unknown_contact_kind => "unknown-contact-kind",
    front_matter_error => "front-matter-error",
    unsupported_markdown => "unsupported-markdown",
    bad_review_state => "bad-review-state",
    unlisted_article_folder => "unlisted-article-folder",
    toml_syntax_error => "toml-syntax-error",
    glossary_variant => "glossary-variant",
    glossary_file_missing => "glossary-file-missing",
    glossary_bad_entry => "glossary-bad-entry",
    french_typography => "french-typography",
    phone_display_mismatch => "phone-display-mismatch",
    phone_written_differently => "phone-written-differently",
    phone_not_in_contacts => "phone-not-in-contacts",
    sentence_too_long => "sentence-too-long",
    readability_targets => "readability-targets",
    source_read_not_a_date => "source-read-not-a-date",
}

#[test]
fn valid_fixture_has_no_diagnostics() {
    assert_eq!(diagnostics(&fixture("valid")), Vec::<String>::new());
}

#[test]
fn every_fixture_folder_has_a_test() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(fixtures())
        .expect("fixtures folder")
        .map(|entry| entry.expect("fixture entry"))
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    let tested: BTreeSet<String> = FIXTURES
        .iter()
        .chain(&["valid"])
        .map(|name| name.to_string())
        .collect();
    assert_eq!(
        on_disk.difference(&tested).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "fixture folders without a test"
    );
    assert_eq!(
        tested.difference(&on_disk).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "tests without a fixture folder"
    );
}

fn run_cli(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lueur-content"))
        .args(args)
        .output()
        .expect("run lueur-content")
}

#[test]
fn cli_check_reports_problems_with_the_folder_path_and_exits_1() {
    let name = "invalid-phone";
    let dir = fixture(name);
    let output = run_cli(&["check".as_ref(), dir.as_os_str()]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 stderr");
    for problem in lueur_content::check(&dir) {
        let line = format!(
            "{}:{}: {}",
            dir.join(&problem.path).display(),
            problem.line,
            problem.message
        );
        assert!(
            stderr.lines().any(|l| l == line),
            "missing `{line}` in stderr:\n{stderr}"
        );
    }
    let expected = expected_lines(name);
    let printed: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix(&format!("{}/", dir.display())))
        .collect();
    assert_eq!(printed, expected);
}

#[test]
fn cli_check_of_valid_content_exits_0() {
    let dir = fixture("valid");
    let output = run_cli(&["check".as_ref(), dir.as_os_str()]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 stdout");
    assert!(stdout.contains("content is valid"), "{stdout}");
}

fn integrity_check(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("content.sqlite");
    std::fs::write(&path, bytes).expect("write database");
    let db =
        rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open database");
    db.query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("integrity_check")
}

fn assert_builds_reproducibly(dir: &Path) {
    let problems = diagnostics(dir);
    assert!(
        problems.is_empty(),
        "{}:\n{}",
        dir.display(),
        problems.join("\n")
    );
    let first = lueur_content::build(dir).expect("first build");
    let second = lueur_content::build(dir).expect("second build");
    assert!(!first.is_empty());
    assert!(first == second, "two builds of {} differ", dir.display());
    assert_eq!(integrity_check(&first), "ok");
}

#[test]
fn valid_fixture_builds_byte_identical_twice() {
    assert_builds_reproducibly(&fixture("valid"));
}

#[test]
fn real_content_is_valid_and_builds_byte_identical_twice() {
    assert_builds_reproducibly(Path::new(env!("CARGO_MANIFEST_DIR")));
}

#[test]
fn build_refuses_an_invalid_fixture() {
    match lueur_content::build(&fixture("invalid-phone")) {
        Err(lueur_content::BuildError::Invalid(problems)) => assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            expected_lines("invalid-phone")
        ),
        other => panic!(
            "expected BuildError::Invalid, got {:?}",
            other.map(|b| b.len())
        ),
    }
}

#[test]
fn stats_print_a_line_per_article_and_locale_with_each_figure() {
    let dir = fixture("valid");
    let output = run_cli(&["check".as_ref(), "--stats".as_ref(), dir.as_os_str()]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 stdout");
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].contains("LIX") && lines[0].contains("reading ease"),
        "{stdout}"
    );
    let en = lines
        .iter()
        .find(|l| l.starts_with("sample") && l.contains(" en "))
        .unwrap_or_else(|| panic!("no line for sample/en in:\n{stdout}"));
    assert!(en.contains("(Flesch)"), "{en}");
    let fr = lines
        .iter()
        .find(|l| l.starts_with("sample") && l.contains(" fr "))
        .unwrap_or_else(|| panic!("no line for sample/fr in:\n{stdout}"));
    assert!(fr.contains("(Kandel-Moles)"), "{fr}");
    assert!(stdout.contains("content is valid"), "{stdout}");
}

#[test]
fn the_contact_point_is_shown_in_the_grouping_the_campaign_prints() {
    let bytes = lueur_content::build(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("build");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("content.sqlite");
    std::fs::write(&path, bytes).expect("write database");
    let db = rusqlite::Connection::open(&path).expect("open database");
    let (number, national): (String, String) = db
        .query_row(
            "SELECT number, national FROM contact_phones WHERE contact_id = 'national-contact-point'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("the contact point's phone");
    assert_eq!(number, "+3278055800");
    assert_eq!(national, "078 055 800");
}
