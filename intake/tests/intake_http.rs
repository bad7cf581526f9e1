//! The intake's HTTP contract and its refusal of bad input: malformed envelopes,
//! oversize bodies, wrong keys, bad or missing idempotency keys, garbage on the
//! socket. None of it stores anything or stops the server.

use lueur_envelope::{self as envelope, Envelope, SealedReport};
use lueur_intake::KeyFile;
use lueur_intake::server::{Options, Server};
use lueur_intake::store::Store;
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The development key pair, whose private half is published with the sources.
fn development_key_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/keys/development.key")
}

fn development_key() -> KeyFile {
    KeyFile::read(&development_key_path()).expect("development key")
}

struct Answer {
    status: u16,
    body: String,
}

/// An HTTP client that takes every status as an answer and follows no redirect.
fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into()
}

fn post(url: &str, key: Option<&str>, body: &[u8]) -> Answer {
    let agent = agent(Duration::from_secs(10));
    let mut request = agent.post(&format!("{url}/v1/reports"));
    if let Some(key) = key {
        request = request.header("Idempotency-Key", key);
    }
    let mut response = request.send(body).expect("an HTTP answer");
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_string().unwrap_or_default();
    Answer { status, body }
}

fn healthy(url: &str) -> bool {
    let agent = agent(Duration::from_secs(5));
    agent
        .get(&format!("{url}/v1/health"))
        .call()
        .map(|r| r.status().as_u16() == 200)
        .unwrap_or(false)
}

/// A valid envelope sealed to `public` with `key_id`, and its idempotency key.
fn envelope_for(public: &[u8; 32], key_id: &str, seed: u64, text: &[u8]) -> (String, Vec<u8>) {
    let mut random = ChaCha20Rng::seed_from_u64(seed);
    let id = envelope::new_report_id(&mut random);
    let bytes = envelope::seal(
        envelope::pad(text).expect("fits"),
        public,
        key_id,
        &id,
        &mut random,
    )
    .expect("seal");
    (envelope::uuid_text(&id), bytes)
}

fn start(dir: &std::path::Path) -> Server {
    Server::start(
        "127.0.0.1:0",
        &dir.join("intake.db"),
        Options {
            key_ids: vec!["lueur-development-1".into()],
            ..Options::default()
        },
    )
    .expect("server")
}

#[test]
fn stores_once_per_key_and_answers_a_repeat_with_the_same_receipt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = start(dir.path());
    let key = development_key();
    let (id, body) = envelope_for(&key.public_key, &key.key_id, 1, b"report");
    let first = post(&server.url(), Some(&id), &body);
    assert_eq!(first.status, 201, "{}", first.body);
    let receipt: serde_json::Value = serde_json::from_str(&first.body).expect("json");
    assert_eq!(receipt["id"], id.as_str());
    let again = post(&server.url(), Some(&id), &body);
    assert_eq!((again.status, &again.body), (200, &first.body));
    // Same key, other bytes: refused, the first envelope stays.
    let mut random = ChaCha20Rng::seed_from_u64(99);
    let id_bytes = envelope::parse_uuid(&id).expect("uuid");
    let other = envelope::seal(
        envelope::pad(b"other").expect("fits"),
        &key.public_key,
        &key.key_id,
        &id_bytes,
        &mut random,
    )
    .expect("seal");
    assert_eq!(post(&server.url(), Some(&id), &other).status, 409);
    server.stop();
    let store = Store::open(&dir.path().join("intake.db")).expect("store");
    assert_eq!(store.count().expect("count"), 1);
    assert_eq!(store.all().expect("all")[0].envelope, body);
}

#[test]
fn refuses_bad_requests_without_storing_or_stopping() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = start(dir.path());
    let url = server.url();
    let key = development_key();
    let (id, body) = envelope_for(&key.public_key, &key.key_id, 2, b"report");
    let (other_id, _) = envelope_for(&key.public_key, &key.key_id, 3, b"x");

    // Each answer is the one docs/intake-protocol.md gives, code included.
    /// (what, Idempotency-Key, body, status, error code)
    type Case<'a> = (&'a str, Option<&'a str>, Vec<u8>, u16, &'a str);
    let cases: Vec<Case> = vec![
        (
            "no idempotency key",
            None,
            body.clone(),
            400,
            "missing-idempotency-key",
        ),
        (
            "idempotency key not a UUID",
            Some("abc"),
            body.clone(),
            400,
            "bad-idempotency-key",
        ),
        (
            "upper-case UUID",
            Some("ABCDEF00-0000-4000-8000-000000000000"),
            body.clone(),
            400,
            "bad-idempotency-key",
        ),
        (
            "a UUID that is not version 4",
            Some("abcdef00-0000-1000-8000-000000000000"),
            body.clone(),
            400,
            "bad-idempotency-key",
        ),
        (
            "key of another report",
            Some(&other_id),
            body.clone(),
            400,
            "idempotency-key-mismatch",
        ),
        (
            "empty body",
            Some(&id),
            Vec::new(),
            400,
            "malformed-envelope",
        ),
        (
            "not an envelope",
            Some(&id),
            b"{\"what_happened\":\"x\"}".to_vec(),
            400,
            "malformed-envelope",
        ),
        (
            "truncated",
            Some(&id),
            body[..body.len() - 1].to_vec(),
            400,
            "malformed-envelope",
        ),
        (
            "trailing bytes",
            Some(&id),
            [body.as_slice(), b"x"].concat(),
            400,
            "malformed-envelope",
        ),
        (
            "oversize",
            Some(&id),
            vec![0u8; lueur_intake::server::DEFAULT_MAX_BODY + 1],
            413,
            "payload-too-large",
        ),
    ];
    for (name, idempotency, request_body, expected, code) in cases {
        let answer = post(&url, idempotency, &request_body);
        assert_eq!(answer.status, expected, "{name}: {}", answer.body);
        assert_eq!(answer.body, format!("{{\"error\":\"{code}\"}}"), "{name}");
    }
    // The key twice, even the same: which one is meant cannot be known.
    let agent = agent(Duration::from_secs(5));
    let mut doubled = agent
        .post(&format!("{url}/v1/reports"))
        .header("Idempotency-Key", &id)
        .header("Idempotency-Key", &id)
        .send(&body[..])
        .expect("an answer");
    assert_eq!(doubled.status().as_u16(), 400);
    assert_eq!(
        doubled.body_mut().read_to_string().expect("body"),
        r#"{"error":"bad-idempotency-key"}"#
    );
    // Sealed to a key this intake does not hold.
    let (foreign_id, foreign) = envelope_for(&[9u8; 32], "someone-elses-key", 4, b"x");
    let foreign = post(&url, Some(&foreign_id), &foreign);
    assert_eq!(
        (foreign.status, foreign.body.as_str()),
        (400, r#"{"error":"unknown-key"}"#)
    );
    // Other methods and paths.
    let get = agent
        .get(&format!("{url}/v1/reports"))
        .call()
        .expect("answer");
    assert_eq!(get.status().as_u16(), 405);
    let missing = agent
        .get(&format!("{url}/v2/anything"))
        .call()
        .expect("answer");
    assert_eq!(missing.status().as_u16(), 404);

    assert!(healthy(&url));
    server.stop();
    assert_eq!(
        Store::open(&dir.path().join("intake.db"))
            .expect("store")
            .count()
            .expect("count"),
        0
    );
}

/// Sends `head` then `body` on a raw socket whose write side stays open, as a real
/// client waiting for its answer does, and returns what came back before `wait`.
fn raw_exchange(server: &Server, head: &str, body: &[u8], wait: Duration) -> String {
    let mut stream = TcpStream::connect(server.addr).expect("connect");
    stream.set_read_timeout(Some(wait)).expect("timeout");
    stream.write_all(head.as_bytes()).expect("head");
    stream.write_all(body).expect("body");
    let mut answer = Vec::new();
    // The intake closes the connection after answering an upgrade offer; a read
    // timeout instead means it was still waiting for more bytes.
    let outcome = stream.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer).into_owned();
    assert!(outcome.is_ok(), "no answer before {wait:?}: {text:?}");
    text
}

#[test]
fn an_h2c_upgrade_offer_is_answered_over_http_1_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = start(dir.path());
    let key = development_key();
    let (id, body) = envelope_for(&key.public_key, &key.key_id, 5, b"report");
    // What java.net.http.HttpClient sends by default on plain http.
    let upgrade = "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n";
    let head = format!(
        "POST /v1/reports HTTP/1.1\r\nHost: {}\r\n{upgrade}Content-Type: application/octet-stream\r\nIdempotency-Key: {id}\r\nContent-Length: {}\r\n\r\n",
        server.addr,
        body.len()
    );
    let answer = raw_exchange(&server, &head, &body, Duration::from_secs(10));
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    assert!(answer.contains(&format!("\"id\":\"{id}\"")), "{answer}");

    // A malformed body behind the same offer gets its client error, not a hang.
    let head = format!(
        "POST /v1/reports HTTP/1.1\r\nHost: x\r\n{upgrade}Idempotency-Key: {id}\r\nContent-Length: 3\r\n\r\n"
    );
    let answer = raw_exchange(&server, &head, b"abc", Duration::from_secs(10));
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    // Without a declared length the body has no end the intake could wait for.
    let head = format!(
        "POST /v1/reports HTTP/1.1\r\nHost: x\r\n{upgrade}Idempotency-Key: {id}\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    let answer = raw_exchange(
        &server,
        &head,
        b"3\r\nabc\r\n0\r\n\r\n",
        Duration::from_secs(10),
    );
    assert!(answer.starts_with("HTTP/1.1 411"), "{answer}");

    assert!(healthy(&server.url()));
    server.stop();
    assert_eq!(
        Store::open(&dir.path().join("intake.db"))
            .expect("store")
            .count()
            .expect("count"),
        1
    );
}

#[test]
fn garbage_on_the_socket_does_not_bring_the_server_down() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = start(dir.path());
    let garbage: Vec<Vec<u8>> = vec![
        b"GARBAGE\r\n\r\n".to_vec(),
        b"POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\nabc".to_vec(),
        b"POST /v1/reports HTTP/1.1\r\nno colon here\r\n\r\n".to_vec(),
        b"POST /v1/reports HTTP/1.1\r\nIdempotency-Key: \xff\xfe\r\nContent-Length: 3\r\n\r\nabc".to_vec(),
        [b"POST /v1/reports HTTP/1.1\r\nX: ".as_slice(), &vec![b'a'; 100_000], b"\r\n\r\n"].concat(),
        (0..=255u8).cycle().take(5000).collect(),
        b"POST /v1/reports HTTP/1.1\r\nContent-Length: 10000000\r\nIdempotency-Key: 00000000-0000-4000-8000-000000000000\r\n\r\nshort".to_vec(),
        b"POST /v1/reports HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".to_vec(),
    ];
    for bytes in garbage {
        let mut stream = TcpStream::connect(server.addr).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(2)))
            .expect("timeout");
        let _ = stream.write_all(&bytes);
        let _ = stream.shutdown(std::net::Shutdown::Write);
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        let text = String::from_utf8_lossy(&answer);
        assert!(
            answer.is_empty() || text.starts_with("HTTP/1.1 4") || text.starts_with("HTTP/1.0 4"),
            "{text}"
        );
    }
    assert!(healthy(&server.url()));
    server.stop();
}

#[test]
fn open_reads_every_report_and_names_the_ones_it_cannot_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("intake.db");
    let server = Server::start("127.0.0.1:0", &db, Options::default()).expect("server");
    let key = development_key();
    // A report as the app seals it (the draft's shape is the app's; the intake only
    // checks the envelope and the id inside).
    let mut random = ChaCha20Rng::seed_from_u64(5);
    let report_id = envelope::new_report_id(&mut random);
    let report = SealedReport {
        format: envelope::REPORT_FORMAT,
        id: envelope::uuid_text(&report_id),
        created_at: 1_800_000_000_000,
        app_locale: "nl".into(),
        draft: serde_json::json!({"what_happened": "Ze houden zijn paspoort."}),
    };
    let json = serde_json::to_vec(&report).expect("json");
    let sealed = envelope::seal(
        envelope::pad(&json).expect("fits"),
        &key.public_key,
        &key.key_id,
        &report_id,
        &mut random,
    )
    .expect("seal");
    assert_eq!(post(&server.url(), Some(&report.id), &sealed).status, 201);
    // Sealed to the right key id but another key: stored, and `open` says it cannot.
    let (stray_id, stray) = envelope_for(&[7u8; 32], &key.key_id, 6, b"{}");
    assert_eq!(post(&server.url(), Some(&stray_id), &stray).status, 201);
    server.stop();

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_lueur-intake"))
        .args(["open", "--json", "--key"])
        .arg(development_key_path())
        .arg("--db")
        .arg(&db)
        .output()
        .expect("run open");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let opened: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let items = opened.as_array().expect("array");
    assert_eq!(items.len(), 2);
    let good = items
        .iter()
        .find(|i| i["id"] != stray_id.as_str())
        .expect("report");
    assert_eq!(
        good["report"]["draft"]["what_happened"],
        "Ze houden zijn paspoort."
    );
    let bad = items
        .iter()
        .find(|i| i["id"] == stray_id.as_str())
        .expect("stray");
    assert!(
        bad["error"]
            .as_str()
            .expect("error")
            .contains("cannot be opened")
    );
    assert!(Envelope::parse(&stray).is_ok());
}

#[test]
fn keygen_writes_a_key_and_a_deployment_that_parses_as_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_lueur-intake"))
        .args([
            "keygen",
            "--key-id",
            "centre-2027",
            "--endpoint",
            "https://intake.example.be",
            "--out",
        ])
        .arg(dir.path())
        .status()
        .expect("run keygen");
    assert!(status.success());
    let key = KeyFile::read(&dir.path().join("intake.key")).expect("key");
    let text = std::fs::read_to_string(dir.path().join("deployment.toml")).expect("deployment");
    let deployment = lueur_contract::deployment::parse(&text).expect("valid");
    assert_eq!(deployment.public_key, key.public_key);
    assert_eq!(deployment.key_id, "centre-2027");
    assert!(!deployment.development);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("intake.key"))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the private key is readable by its owner only"
        );
    }
    // keygen never overwrites a key.
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_lueur-intake"))
        .args(["keygen", "--out"])
        .arg(dir.path())
        .output()
        .expect("run keygen");
    assert!(!again.status.success());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn random_requests_are_answered_with_a_client_error(
            body in proptest::collection::vec(any::<u8>(), 0..3000),
            key in "[0-9a-f-]{0,40}",
        ) {
            let dir = tempfile::tempdir().expect("tempdir");
            let server = start(dir.path());
            let answer = post(&server.url(), Some(&key), &body);
            prop_assert!((400..500).contains(&answer.status), "{}", answer.status);
            prop_assert!(healthy(&server.url()));
            server.stop();
        }
    }
}
