//! `lueur report` and `lueur outbox` against the real binary and a real intake on
//! loopback: queueing from a file, the interactive form with piped answers, flushing
//! with `--endpoint`, a `--deployment` file with its own key, and bad files.

use lueur_intake::KeyFile;
use lueur_intake::server::{Options, Server};
use lueur_intake::store::Store;
mod common;

use std::path::Path;
use std::process::Output;

fn lueur(data: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    common::run_with_input(common::command(data, args), stdin)
}

fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn development_key() -> KeyFile {
    KeyFile::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/keys/development.key"))
        .expect("key")
}

fn stored(db: &Path, key: &KeyFile) -> Vec<lueur_core::report::SealedReport> {
    Store::open(db)
        .expect("store")
        .all()
        .expect("all")
        .iter()
        .map(|s| {
            lueur_envelope::open_report::<lueur_core::report::ReportDraft>(
                &s.envelope,
                &key.private_key,
            )
            .expect("opens")
        })
        .collect()
}

#[test]
fn queue_from_a_file_then_flush_to_an_endpoint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let db = dir.path().join("intake.db");
    let server = Server::start("127.0.0.1:0", &db, Options::default()).expect("intake");
    let draft = dir.path().join("draft.json");
    std::fs::write(
        &draft,
        r#"{"what_happened": "Il dort dans l'atelier.", "about": "someone-else",
            "forms": ["labour"], "municipality": "Charleroi",
            "contact": {"by": "email", "address": "moi@example.be"}}"#,
    )
    .expect("draft");
    let queued: serde_json::Value = serde_json::from_str(&ok(&lueur(
        &data,
        &[
            "--json",
            "--locale",
            "fr",
            "report",
            "queue",
            "--from",
            draft.to_str().expect("path"),
        ],
        None,
    )))
    .expect("json");
    assert_eq!(queued["state"], "queued");
    assert_eq!(queued["state_label"], "En attente");

    let text = ok(&lueur(
        &data,
        &[
            "--locale",
            "fr",
            "outbox",
            "flush",
            "--endpoint",
            &server.url(),
        ],
        None,
    ));
    assert!(text.contains("Envoyé"), "{text}");
    let outbox: serde_json::Value =
        serde_json::from_str(&ok(&lueur(&data, &["--json", "outbox"], None))).expect("json");
    assert_eq!(outbox["items"][0]["state"], "sent");
    assert!(outbox["development_notice"].is_string());
    server.stop();

    let reports = stored(&db, &development_key());
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].id, queued["id"].as_str().expect("id"));
    assert_eq!(reports[0].draft.what_happened, "Il dort dans l'atelier.");
    assert_eq!(reports[0].draft.municipality.as_deref(), Some("Charleroi"));
}

#[test]
fn the_interactive_form_asks_again_for_what_is_wrong() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let db = dir.path().join("intake.db");
    let server = Server::start("127.0.0.1:0", &db, Options::default()).expect("intake");
    // about, forms, municipality, place, when, what happened, people, contact,
    // phone (wrong), note, language; then the phone again.
    let answers =
        "2\n2 7\nGent\n\n\nZe slapen in de winkel.\n\n2\n12\nna 18 uur\nnl\n0470 12 34 56\n";
    let output = lueur(&data, &["--locale", "nl", "report", "new"], Some(answers));
    let text = ok(&output);
    let prompts = String::from_utf8_lossy(&output.stderr);
    assert!(prompts.contains("Wat is er gebeurd?"), "{prompts}");
    assert!(
        prompts.contains("Dit lijkt geen telefoonnummer"),
        "{prompts}"
    );
    assert!(
        !prompts.contains("Ze slapen"),
        "what the person typed is never echoed"
    );
    assert!(text.contains("Wacht"), "{text}");
    ok(&lueur(
        &data,
        &["outbox", "flush", "--endpoint", &server.url()],
        None,
    ));
    server.stop();
    let reports = stored(&db, &development_key());
    let draft = &reports[0].draft;
    assert_eq!(draft.what_happened, "Ze slapen in de winkel.");
    assert_eq!(draft.municipality.as_deref(), Some("Gent"));
    assert_eq!(draft.language.as_deref(), Some("nl"));
    assert_eq!(
        draft.contact,
        lueur_core::report::ContactPreference::Phone {
            number: "0470 12 34 56".into(),
            note: Some("na 18 uur".into())
        }
    );
    assert_eq!(
        draft.forms,
        vec![
            lueur_core::report::ExploitationForm::Labour,
            lueur_core::report::ExploitationForm::NotSure
        ]
    );
}

#[test]
fn a_deployment_file_replaces_the_bundled_key_and_endpoint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let db = dir.path().join("intake.db");
    let server = Server::start("127.0.0.1:0", &db, Options::default()).expect("intake");
    let key = KeyFile::generate(
        "staging-1",
        &mut lueur_core::env::RngAdapter(&lueur_core::env::OsRandom),
    );
    let deployment = dir.path().join("deployment.toml");
    std::fs::write(
        &deployment,
        lueur_intake::deployment_toml(&key, &server.url(), false),
    )
    .expect("write");
    let draft = dir.path().join("draft.json");
    std::fs::write(&draft, r#"{"what_happened": "staging"}"#).expect("draft");
    let with = |args: &[&str]| {
        let mut all = vec!["--deployment", deployment.to_str().expect("path")];
        all.extend_from_slice(args);
        lueur(&data, &all, None)
    };
    // F13: with a real key a new report first waits a random time, up to two minutes
    // (in a data folder of its own, so the report below does not wait behind it).
    let waiting_data = dir.path().join("waiting");
    let args = [
        "--deployment",
        deployment.to_str().expect("path"),
        "--json",
        "outbox",
        "flush",
    ];
    ok(&lueur(
        &waiting_data,
        &[
            "--deployment",
            deployment.to_str().expect("path"),
            "report",
            "queue",
            "--from",
            draft.to_str().expect("path"),
        ],
        None,
    ));
    let waited: serde_json::Value =
        serde_json::from_str(&ok(&lueur(&waiting_data, &args, None))).expect("json");
    assert_eq!(waited["uploads"], 0);
    let wait = waited["next_run_in_millis"].as_i64().expect("a wait");
    assert!((0..=120_000).contains(&wait), "{wait}");
    // A staging trial may send at once.
    let text = std::fs::read_to_string(&deployment).expect("read");
    std::fs::write(
        &deployment,
        text.replace(
            "first-attempt-max-delay-seconds = 120",
            "first-attempt-max-delay-seconds = 0",
        ),
    )
    .expect("rewrite");
    ok(&with(&[
        "report",
        "queue",
        "--from",
        draft.to_str().expect("path"),
    ]));
    let flushed: serde_json::Value =
        serde_json::from_str(&ok(&with(&["--json", "outbox", "flush"]))).expect("json");
    assert_eq!(flushed["uploads"], 1);
    assert!(
        flushed["next_run_in_millis"].is_null(),
        "nothing left to wait for"
    );
    let outbox = &flushed["outbox"];
    assert_eq!(outbox["items"][0]["state"], "sent");
    assert!(
        outbox["development_notice"].is_null(),
        "not a development key"
    );
    server.stop();
    let envelope = &Store::open(&db).expect("store").all().expect("all")[0].envelope;
    assert!(
        lueur_envelope::open_report::<lueur_core::report::ReportDraft>(
            envelope,
            &development_key().private_key
        )
        .is_err()
    );
    let report =
        lueur_envelope::open_report::<lueur_core::report::ReportDraft>(envelope, &key.private_key)
            .expect("opens");
    assert_eq!(report.draft.what_happened, "staging");

    std::fs::write(
        &deployment,
        "endpoint = \"https://x.example\"\nsuite = \"nope\"\n",
    )
    .expect("write");
    let bad = with(&["outbox"]);
    assert!(!bad.status.success());
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("deployment.toml:"), "{stderr}");
}

#[test]
fn a_bad_draft_file_is_refused_without_quoting_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let draft = dir.path().join("draft.json");
    let secret = "private-words-1234";
    std::fs::write(
        &draft,
        format!(r#"{{"what_happened": 3, "place": "{secret}"}}"#),
    )
    .expect("draft");
    let output = lueur(
        &data,
        &["report", "queue", "--from", draft.to_str().expect("path")],
        None,
    );
    assert!(!output.status.success());
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(all.contains("line 1"), "{all}");
    assert!(!all.contains(secret), "{all}");
    std::fs::write(
        &draft,
        format!(r#"{{"what_happened": "{secret}", "language": "??"}}"#),
    )
    .expect("draft");
    let output = lueur(
        &data,
        &["report", "queue", "--from", draft.to_str().expect("path")],
        None,
    );
    assert!(!output.status.success());
    assert!(!String::from_utf8_lossy(&output.stderr).contains(secret));
}

#[test]
fn a_flush_that_cannot_deliver_says_how_long_to_wait() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let draft = dir.path().join("draft.json");
    std::fs::write(&draft, r#"{"what_happened": "x"}"#).expect("draft");
    ok(&lueur(
        &data,
        &["report", "queue", "--from", draft.to_str().expect("path")],
        None,
    ));
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let endpoint = format!("http://127.0.0.1:{port}");
    let flushed: serde_json::Value = serde_json::from_str(&ok(&lueur(
        &data,
        &["--json", "outbox", "flush", "--endpoint", &endpoint],
        None,
    )))
    .expect("json");
    let wait = flushed["next_run_in_millis"].as_i64().expect("a wait");
    assert!(
        (0..=30_000).contains(&wait),
        "first retry within 30 s: {wait}"
    );
    assert_eq!(flushed["outbox"]["items"][0]["state"], "queued");
}
