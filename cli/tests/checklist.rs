//! `lueur checklist` as a script or a person runs it: an answer file evaluated to the
//! result view model in JSON, errors on stderr with exit code 1, and the interactive
//! walk driven through piped stdin. Each test gets its own data folder.

mod common;

use std::process::{Command, Output};

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
        common::command(&self.dir.path().join("data"), args)
    }

    fn answers(&self, text: &str) -> String {
        let path = self.dir.path().join("answers.toml");
        std::fs::write(&path, text).expect("write answers");
        path.display().to_string()
    }

    fn run(&self, args: &[&str], input: &str) -> Output {
        common::run_with_input(self.command(args), Some(input))
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

const STRONG: &str = r#"
about = "other"
minor = false
danger-now = "no"
situation = "labour"
g-promised-other = "yes"
g-promised-details = "yes"
g-documents = true
g-threats = "yes"
g-long-hours = "yes"
g-little-pay = "yes"
region = "flanders"
s-cannot-refuse = "yes"
"#;

#[test]
fn an_answer_file_prints_the_result_view_model_as_json() {
    let run = Run::new();
    let file = run.answers(STRONG);
    let out = run.run(
        &["--locale", "en", "--json", "checklist", "--answers", &file],
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("only JSON on stdout");
    assert_eq!(json["level"], "strong-signs");
    assert_eq!(json["perspective"], "other");
    let present: Vec<&str> = json["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .filter(|g| g["present"] == true)
        .map(|g| g["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        present,
        [
            "deceptive-recruitment",
            "exploitative-conditions",
            "coercion-destination"
        ]
    );
    assert_eq!(json["contacts"][0]["id"], "payoke");
    assert!(
        json["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .any(|s| s["step"] == "prepare_report")
    );
    // The answer to a question that is not asked is reported, not counted.
    assert!(
        text(&out.stderr).contains("s-cannot-refuse"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn text_output_explains_the_signs_in_the_chosen_language() {
    let run = Run::new();
    let file = run.answers(STRONG);
    let out = run.run(&["--locale", "de", "checklist", "--answers", &file], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("== Starke Anzeichen =="), "{stdout}");
    assert!(stdout.contains("Ausweispapiere"), "{stdout}");
}

#[test]
fn a_bad_answer_file_is_refused_with_its_line_or_a_localised_message() {
    let run = Run::new();
    let file = run.answers("danger-now = \"no\"\nsituation = 3\n");
    let out = run.run(&["--locale", "en", "checklist", "--answers", &file], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("answers.toml:2: the answer to `situation`"),
        "{}",
        text(&out.stderr)
    );

    let file = run.answers("no-such-question = \"yes\"\n");
    let out = run.run(&["--locale", "fr", "checklist", "--answers", &file], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no-such-question"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());

    let out = run.run(&["checklist", "--about", "them"], "");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn the_interactive_walk_works_with_piped_input() {
    let run = Run::new();
    // About me; danger-now: yes -> the emergency result at once; then close.
    let out = run.run(&["--locale", "en", "checklist"], "1\n1\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("== Danger now =="), "{stdout}");
    assert!(stdout.contains("Call 112"), "{stdout}");

    // Straight through with "no" (2) to every yes/no question, a situation, and the
    // region; then keep the answers and close.
    let mut input = String::from("2\n");
    for _ in 0..3 {
        input.push_str("2\n");
    }
    input.push_str("2\n"); // situation: labour
    for _ in 0..40 {
        input.push_str("2\n");
    }
    let out = run.run(&["--locale", "en", "checklist", "--about", "me"], &input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("== "), "{stdout}");
}

#[test]
fn json_mode_prints_only_view_models() {
    let run = Run::new();
    // About: other; danger-now: no; then the input ends: the result so far follows.
    let out = run.run(&["--locale", "en", "--json", "checklist"], "2\n2\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let views: Vec<serde_json::Value> = serde_json::Deserializer::from_str(&stdout)
        .into_iter::<serde_json::Value>()
        .collect::<Result<_, _>>()
        .expect("only JSON on stdout");
    assert_eq!(views[0]["screen"], "question");
    assert_eq!(views[0]["id"], "about");
    assert_eq!(views[1]["id"], "danger-now");
    assert_eq!(views[2]["id"], "locked-in-now");
    assert_eq!(views.last().expect("views")["level"], "no-clear-signs");
}

#[test]
fn kept_answers_are_offered_again_and_can_be_deleted() {
    let run = Run::new();
    // --about other; skip every question (skip is the entry after the answers: 4 for
    // yes/no, 8 for the situation, 6 for the region), then keep (1) and close (3).
    let mut input = String::from("4\n4\n4\n8\n");
    input.push_str(&"4\n".repeat(26));
    input.push_str("6\n1\n3\n");
    let out = run.run(&["--locale", "en", "checklist", "--about", "other"], &input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Your answers are kept on this phone."),
        "{}",
        text(&out.stdout)
    );

    // Next time: offered again; continue (1), then delete (1) and close (3).
    let out = run.run(
        &["--locale", "en", "checklist", "--about", "other"],
        "1\n1\n3\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("You kept answers on this phone earlier."),
        "{stderr}"
    );
    assert!(
        stderr.contains("Your answers were deleted from this phone."),
        "{stderr}"
    );

    // Nothing is offered any more.
    let out = run.run(&["--locale", "en", "checklist", "--about", "other"], "");
    assert!(
        !text(&out.stderr).contains("You kept answers"),
        "{}",
        text(&out.stderr)
    );
}
