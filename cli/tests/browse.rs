//! The `lueur` binary as a person or a script runs it: browsing commands in text and
//! `--json`, errors on stderr with a non-zero exit, and the numbered menu driven
//! through piped stdin. Each test gets its own data folder.

mod common;

use std::process::{Command, Output, Stdio};

struct Run {
    dir: tempfile::TempDir,
}

impl Run {
    fn new() -> Run {
        Run {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        common::command(self.dir.path(), args)
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args)
            .stdin(Stdio::null())
            .output()
            .expect("run lueur")
    }

    fn with_input(&self, args: &[&str], input: &str) -> Output {
        common::run_with_input(self.command(args), Some(input))
    }
}

fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "exit {:?}\nstderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("utf-8")
}

fn json(output: &Output) -> serde_json::Value {
    let stdout = ok(output);
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

#[test]
fn contacts_in_antwerp_in_dutch() {
    let run = Run::new();
    let text = ok(&run.run(&["--locale", "nl", "contacts", "--city", "Antwerpen"]));
    assert!(text.starts_with("Wie kan helpen"), "{text}");
    assert!(
        text.contains("Payoke — Gespecialiseerd centrum — Antwerpen (Vlaanderen)"),
        "{text}"
    );
    assert!(
        text.contains("03 201 16 90 bellen  <tel:+3232011690>"),
        "{text}"
    );
    assert!(text.contains("Overal in België bereikbaar"));
    assert!(!text.contains("Sürya"), "Liège is not Antwerp");

    let view = json(&run.run(&[
        "--locale",
        "nl",
        "--json",
        "contacts",
        "--city",
        "Antwerpen",
    ]));
    assert_eq!(view["contacts"][0]["id"], "payoke");
    assert_eq!(view["contacts"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        view["contacts"][0]["primary_action"]["action"]["type"],
        "call"
    );
    assert_eq!(
        view["contacts"][0]["primary_action"]["action"]["number"],
        "+3232011690"
    );
}

#[test]
fn contacts_filters_by_kind_and_language() {
    let run = Run::new();
    let view = json(&run.run(&["--locale", "en", "--json", "contacts", "--kind", "police"]));
    assert_eq!(view["contacts"][0]["id"], "police-101");
    let view = json(&run.run(&["--locale", "en", "--json", "contacts", "--language", "fr"]));
    assert_eq!(view["contacts"].as_array().map(Vec::len), Some(0));
    let note = view["notes"][0].as_str().expect("a note");
    assert!(note.contains("languages spoken are not listed"), "{note}");
}

#[test]
fn search_in_german() {
    let run = Run::new();
    let text = ok(&run.run(&["--locale", "de", "search", "Ausbeutung"]));
    assert!(text.starts_with("Suchen: Ausbeutung"), "{text}");
    assert!(
        text.contains("[Ausbeutung]"),
        "highlights are marked: {text}"
    );
    assert!(text.contains("(Artikel)"));

    let view = json(&run.run(&["--locale", "de", "--json", "search", "Ausbeutung"]));
    let results = view["results"].as_array().expect("results");
    assert!(!results.is_empty());
    assert_eq!(results[0]["kind"], "article");
    assert!(
        results[0]["title"]
            .as_array()
            .expect("runs")
            .iter()
            .chain(results[0]["snippet"].as_array().expect("runs"))
            .any(|run| run["highlight"] == true)
    );
    // Several words, FTS5 syntax and quotes are just words.
    let view = json(&run.run(&[
        "--locale",
        "de",
        "--json",
        "search",
        "\"Ausbeut*",
        "AND",
        "(Arbeit",
    ]));
    assert!(
        view["results"].as_array().is_some_and(|r| !r.is_empty()),
        "{view}"
    );
}

#[test]
fn read_an_article_in_french() {
    let run = Run::new();
    let text = ok(&run.run(&["--locale", "fr", "read", "what-is-trafficking"]));
    assert!(
        text.starts_with("# Ce qu'est la traite des êtres humains"),
        "{text}"
    );
    assert!(text.contains("Informations vérifiées le 1er décembre 2026."));
    assert!(text.contains("\n## Sources\n"));

    let view = json(&run.run(&["--locale", "fr", "--json", "read", "what-is-trafficking"]));
    assert_eq!(view["id"], "what-is-trafficking");
    assert!(view["blocks"].as_array().is_some_and(|b| !b.is_empty()));
    assert_eq!(view["blocks"][0]["kind"], "paragraph");
}

#[test]
fn unknown_ids_fail_on_stderr_with_nothing_on_stdout() {
    let run = Run::new();
    for args in [
        &["--locale", "fr", "read", "nope"][..],
        &["--locale", "fr", "--json", "read", "nope"][..],
        &["--locale", "fr", "--json", "contact", "nope"][..],
    ] {
        let output = run.run(args);
        assert!(!output.status.success(), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("Cette page n'existe pas"), "{stderr}");
    }
}

#[test]
fn an_unknown_locale_is_refused_and_a_regional_tag_is_matched() {
    let run = Run::new();
    let output = run.run(&["--locale", "xx", "home"]);
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    assert!(!output.stderr.is_empty());
    let view = json(&run.run(&["--locale", "nl-BE", "--json", "settings"]));
    assert!(view.to_string().contains("Nederlands"), "{view}");
}

#[test]
fn every_browsing_command_prints_text_and_json() {
    let run = Run::new();
    for command in [
        &["home"][..],
        &["articles"][..],
        &["contacts"][..],
        &["contact", "surya"][..],
        &["search", ""][..],
        &["settings"][..],
    ] {
        let mut args = vec!["--locale", "en"];
        args.extend_from_slice(command);
        assert!(!ok(&run.run(&args)).trim().is_empty(), "{command:?}");
        args.insert(2, "--json");
        json(&run.run(&args));
    }
    let home = json(&run.run(&["--locale", "en", "--json", "home"]));
    assert_eq!(home["danger"]["actions"][0]["action"]["number"], "112");
    assert_eq!(home["danger"]["actions"][1]["action"]["number"], "101");
}

#[test]
fn the_menu_works_with_piped_input() {
    let run = Run::new();
    // Learn → first article → back; an invalid choice; settings → Nederlands; close.
    let output = run.with_input(&["--locale", "en"], "4\n1\n0\n99\n11\n2\n0\n");
    let stdout = ok(&output);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stdout.starts_with("Lueur\n"), "{stdout}");
    assert!(stdout.contains("1. Get help now"));
    assert!(stdout.contains("0. Close"));
    assert!(stdout.contains("# What human trafficking is"), "{stdout}");
    assert!(
        stderr.contains("Please type one of the numbers shown."),
        "{stderr}"
    );
    assert!(stdout.contains("2. Nederlands (nl)"));
    assert!(
        stdout.contains("1. Nu hulp vinden"),
        "the menu follows the new language"
    );
    // The language choice was saved.
    let home = json(&run.run(&["--json", "home"]));
    assert_eq!(home["primary"][0]["label"], "Nu hulp vinden");
}

#[test]
fn the_menu_searches_and_opens_a_result() {
    let run = Run::new();
    let output = run.with_input(&["--locale", "de"], "7\nLüttich\n1\n0\n0\n");
    let stdout = ok(&output);
    assert!(stdout.contains("Suchen: Lüttich"), "{stdout}");
    assert!(
        stdout.contains("Rue Rouveroy 2"),
        "the contact opened: {stdout}"
    );
}

#[test]
fn the_menu_ends_quietly_at_the_end_of_input() {
    let run = Run::new();
    for input in ["", "5", "5\n", "7\n", "4\n"] {
        let output = run.with_input(&["--locale", "fr"], input);
        ok(&output);
    }
}

#[test]
fn a_data_folder_that_cannot_be_used_still_shows_help() {
    let run = Run::new();
    let file = run.dir.path().join("file");
    std::fs::write(&file, b"x").expect("file");
    let output = Command::new(env!("CARGO_BIN_EXE_lueur"))
        .arg("--data-dir")
        .arg(&file)
        .args(["--locale", "en", "home"])
        .env_remove("LC_ALL")
        .env("LANG", "C")
        .stdin(Stdio::null())
        .output()
        .expect("run");
    let stdout = ok(&output);
    assert!(
        stdout.contains("! Lueur cannot save anything on this phone"),
        "{stdout}"
    );
    assert!(stdout.contains("Call 112  <tel:112>"), "{stdout}");
}
