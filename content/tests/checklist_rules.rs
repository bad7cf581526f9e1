//! Every checklist rule of `lueur-content check`, each shown on the valid fixture plus
//! a small checklist (`checklist_fixture/`) with exactly one defect, and the exact
//! diagnostics (`path:line: message`) the check must give for it.

use std::path::{Path, PathBuf};

fn manifest() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The valid fixture with the sample checklist, then `edits` applied: (file, text to
/// find, replacement).
fn content_with(edits: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&manifest().join("tests/fixtures/valid"), dir.path());
    copy_dir(&manifest().join("tests/checklist_fixture"), dir.path());
    for (file, find, replace) in edits {
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(text.contains(find), "`{find}` not in {file}");
        std::fs::write(&path, text.replacen(find, replace, 1)).expect("write");
    }
    dir
}

fn diagnostics(edits: &[(&str, &str, &str)]) -> Vec<String> {
    let dir = content_with(edits);
    lueur_content::check(dir.path())
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_sample_checklist_is_valid_and_builds_its_model() {
    assert_eq!(diagnostics(&[]), Vec::<String>::new());
    let dir = content_with(&[]);
    let bytes = lueur_content::build(dir.path()).expect("build");
    let file = dir.path().join("out.sqlite");
    std::fs::write(&file, bytes).expect("write");
    let db = rusqlite::Connection::open(&file).expect("open");
    // One row: the whole checked model, as the core reads it.
    let rows: i64 = db
        .query_row("SELECT count(*) FROM checklist", [], |r| r.get(0))
        .expect("count");
    assert_eq!(rows, 1);
    let json: String = db
        .query_row("SELECT model FROM checklist", [], |r| r.get(0))
        .expect("model");
    let model: lueur_contract::checklist::Model = serde_json::from_str(&json).expect("a model");
    assert_eq!(model.questions.len(), 6);
    assert_eq!(model.indicators.len(), 3);
    assert_eq!(model.levels.len(), 2);
    let papers = model
        .questions
        .iter()
        .find(|q| q.id == "papers")
        .expect("papers");
    assert_eq!(
        serde_json::to_string(&papers.condition).expect("json"),
        r#"{"op":"any","of":[{"op":"is","question":"promised","values":["yes","unsure"]},{"op":"minor"}]}"#
    );
    assert_eq!(papers.matched_by("yes"), [1]);
    // No table of the nine the model replaced is left.
    let tables: i64 = db
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'checklist_%'",
            [],
            |r| r.get(0),
        )
        .expect("tables");
    assert_eq!(tables, 0);
}

#[test]
fn content_without_a_checklist_is_still_valid() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&manifest().join("tests/fixtures/valid"), dir.path());
    assert!(lueur_content::check(dir.path()).is_empty());
    assert!(lueur_content::build(dir.path()).is_ok());
}

macro_rules! rule {
    ($name:ident, [$($edit:expr),* $(,)?], [$($line:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            let edits: Vec<(&str, &str, &str)> = vec![$($edit),*];
            let expected: Vec<String> = vec![$($line.to_string()),*];
            assert_eq!(diagnostics(&edits), expected);
        }
    };
}

rule!(
    unknown_indicator,
    [(
        "checklist/work.toml",
        r#"yes = ["lied-to"]"#,
        r#"yes = ["lied-too"]"#
    )],
    [
        "checklist/indicators.toml:2: indicator `lied-to` is unreachable: no question that can be asked maps to it",
        "checklist/work.toml:7: reference to a missing indicator `lied-too`",
    ]
);

rule!(
    unknown_element_of_an_indicator,
    [(
        "checklist/indicators.toml",
        r#"element = "deception""#,
        r#"element = "decepton""#
    )],
    ["checklist/indicators.toml:3: reference to a missing element `decepton`"]
);

rule!(
    unknown_element_in_a_level,
    [("checklist/model.toml", r#"["control"]]"#, r#"["contrl"]]"#)],
    ["checklist/model.toml:18: reference to a missing element `contrl`"]
);

rule!(
    unknown_question_in_a_condition,
    [(
        "checklist/work.toml",
        r#"when = "kind is work""#,
        r#"when = "kinds is work""#
    )],
    [
        "checklist/work.toml:2: bad condition `kinds is work`: reference to a missing question `kinds`"
    ]
);

rule!(
    condition_syntax,
    [(
        "checklist/work.toml",
        r#"when = "kind is work""#,
        r#"when = "kind is""#
    )],
    ["checklist/work.toml:2: bad condition `kind is`: expected an answer at the end"]
);

rule!(
    condition_value_not_an_answer,
    [(
        "checklist/work.toml",
        r#"when = "kind is work""#,
        r#"when = "kind is play""#
    )],
    [
        "checklist/work.toml:2: bad condition `kind is play`: `play` is not an answer of question `kind` (work, other)"
    ]
);

rule!(
    condition_reading_a_later_answer,
    [(
        "checklist/work.toml",
        r#"when = "promised is yes | unsure or minor""#,
        r#"when = "papers is yes""#
    )],
    [
        "checklist/work.toml:11: bad condition `papers is yes`: question `papers` is not asked before this point; a condition reads earlier answers only"
    ]
);

rule!(
    question_mapping_to_no_indicator_and_steering_nothing,
    [("checklist/work.toml", "yes = [\"papers-kept\"]\n", "")],
    [
        "checklist/indicators.toml:8: indicator `papers-kept` is unreachable: no question that can be asked maps to it",
        "checklist/work.toml:10: question `papers` maps to no indicator and no condition reads its answer",
    ]
);

rule!(
    reversed_question,
    [(
        "checklist/work.toml",
        "yes = [\"papers-kept\"]\n",
        "no = [\"papers-kept\"]\n"
    )],
    [
        "checklist/indicators.toml:8: indicator `papers-kept` is unreachable: no question that can be asked maps to it",
        "checklist/work.toml:10: question `papers` maps to no indicator and no condition reads its answer",
        "checklist/work.toml:12: question `papers` maps \"no\" to an indicator: phrase it so that \"yes\" is the worrying answer, and map `yes`",
    ]
);

rule!(
    indicator_without_a_grade,
    [(
        "checklist/indicators.toml",
        "grade = \"strong\"\ncites = [{ source = \"sample-source\", ref = \"Deceived about the job\" }]",
        "cites = [{ source = \"sample-source\", ref = \"Deceived about the job\" }]"
    )],
    ["checklist/indicators.toml:1: missing field `grade`"]
);

rule!(
    indicator_without_a_source,
    [(
        "checklist/indicators.toml",
        r#"cites = [{ source = "sample-source", ref = "Deceived about the job" }]"#,
        "cites = []"
    )],
    ["checklist/indicators.toml:2: indicator `lied-to` cites no framework"]
);

rule!(
    indicator_citing_a_missing_source,
    [(
        "checklist/indicators.toml",
        r#"cites = [{ source = "sample-source", ref = "Deceived about the job" }]"#,
        r#"cites = [{ source = "nowhere", ref = "Deceived about the job" }]"#
    )],
    ["checklist/indicators.toml:5: reference to a missing source `nowhere`"]
);

rule!(
    a_child_grade_below_the_adult_grade,
    [(
        "checklist/indicators.toml",
        r#"grade = "strong"
cites = [{ source = "sample-source", ref = "Documents kept" }]"#,
        r#"grade = "strong"
grade-minor = "weak"
cites = [{ source = "sample-source", ref = "Documents kept" }]"#
    )],
    [
        "checklist/indicators.toml:8: indicator `papers-kept` has a lower grade for a minor than for an adult"
    ]
);

rule!(
    unreachable_question_and_indicator,
    [(
        "checklist/work.toml",
        r#"when = "promised is yes | unsure or minor""#,
        r#"when = "promised is yes and promised is no""#
    )],
    [
        "checklist/indicators.toml:8: indicator `papers-kept` is unreachable: no question that can be asked maps to it",
        "checklist/work.toml:10: question `papers` can never be asked: its conditions cannot all hold",
    ]
);

rule!(
    message_missing,
    [
        (
            "locales/en/checklist.ftl",
            "checklist-note-always = A note.\n",
            ""
        ),
        (
            "locales/fr/checklist.ftl",
            "checklist-note-always = A note.\n",
            ""
        ),
    ],
    ["checklist/model.toml:26: message `checklist-note-always` for note `always` is missing in en"]
);

#[test]
fn question_not_adapting_to_the_perspective() {
    let plain = "checklist-q-danger = Is someone in danger?\n";
    let selector = "checklist-q-danger = { $perspective ->\n    [me] Are you in danger?\n   *[other] Is the person in danger?\n}\n";
    let selector_fr = selector.replace('?', "\u{202F}?");
    let plain_fr = plain.replace('?', "\u{202F}?");
    assert_eq!(
        diagnostics(&[
            ("locales/en/checklist.ftl", selector, plain),
            ("locales/fr/checklist.ftl", &selector_fr, &plain_fr),
        ]),
        [
            "checklist/entry.toml:8: message `checklist-q-danger` does not adapt to the perspective in en: use { $perspective -> [me] … *[other] … }"
        ]
    );
}

rule!(
    danger_question_after_others,
    [(
        "checklist/work.toml",
        "id = \"promised\"\n",
        "id = \"promised\"\ndanger = true\n"
    )],
    [
        "checklist/work.toml:6: danger question `promised` comes after question `age`: questions about immediate danger come first",
        "checklist/work.toml:6: danger question `promised` must always be asked: it has no condition",
    ]
);

rule!(
    unknown_level,
    [(
        "checklist/model.toml",
        r#"id = "strong-signs""#,
        r#"id = "strongest""#
    )],
    [
        "checklist/model.toml:16: the model defines the levels strong-signs, some-signs once each, in this order",
        "checklist/model.toml:16: unknown level `strongest`; the model defines strong-signs and some-signs (immediate danger and no clear signs are decided by the engine)",
    ]
);

rule!(
    missing_source,
    [(
        "checklist/model.toml",
        r#"source = "sample-source""#,
        r#"source = "nope""#
    )],
    ["checklist/model.toml:5: reference to a missing source `nope`"]
);

rule!(
    bad_grade,
    [(
        "checklist/indicators.toml",
        r#"grade = "strong""#,
        r#"grade = "strongest""#
    )],
    ["checklist/indicators.toml:4: grade must be strong, medium or weak, not `strongest`"]
);

rule!(
    missing_module_file,
    [(
        "checklist/model.toml",
        r#"modules = ["entry", "work"]"#,
        r#"modules = ["entry", "work", "extra"]"#
    )],
    [
        "checklist/model.toml:1: message `checklist-module-extra` for module `extra` is missing in en",
        "checklist/model.toml:1: reference to a missing module `extra` (no file checklist/extra.toml)",
    ]
);

rule!(
    module_file_not_listed,
    [(
        "checklist/model.toml",
        r#"modules = ["entry", "work"]"#,
        r#"modules = ["entry"]"#
    )],
    [
        "checklist/entry.toml:17: question `kind` maps to no indicator and no condition reads its answer",
        "checklist/indicators.toml:2: indicator `lied-to` is unreachable: no question that can be asked maps to it",
        "checklist/indicators.toml:8: indicator `papers-kept` is unreachable: no question that can be asked maps to it",
        "checklist/work.toml:1: module file `checklist/work.toml` is not listed in `modules` of checklist/model.toml",
    ]
);

rule!(
    perspective_role_with_wrong_options,
    [(
        "checklist/entry.toml",
        r#"options = ["me", "other"]"#,
        r#"options = ["me", "them"]"#
    )],
    [
        "checklist/entry.toml:2: question `about` has role `perspective`: it is a choice with the options [\"me\", \"other\"]",
        "checklist/entry.toml:5: message `checklist-q-about-them` for option `them` of question `about` is missing in en",
    ]
);

rule!(
    duplicate_question,
    [(
        "checklist/work.toml",
        r#"id = "papers""#,
        r#"id = "promised""#
    )],
    [
        "checklist/indicators.toml:8: indicator `papers-kept` is unreachable: no question that can be asked maps to it",
        "checklist/work.toml:10: question `promised` is defined twice",
    ]
);

rule!(
    missing_article,
    [(
        "checklist/work.toml",
        r#"article = "sample""#,
        r#"article = "nothing""#
    )],
    ["checklist/work.toml:3: reference to a missing article `nothing`"]
);

#[test]
fn a_toml_error_in_a_module_points_at_the_module_file() {
    let found = diagnostics(&[(
        "checklist/work.toml",
        r#"yes = ["lied-to"]"#,
        r#"yes = ["lied-to""#,
    )]);
    assert!(
        found.iter().any(|d| d.starts_with("checklist/work.toml:")),
        "{found:?}"
    );
}
