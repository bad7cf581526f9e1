//! `lueur content update` and `lueur content status` against the real binary: a pack
//! served over HTTP on loopback changes what `lueur contacts` shows from the next
//! command on; a tampered one, from a file, changes nothing and says why.

mod common;

use common::{command, run_with_input};
use lueur_content::pack::{PackOptions, SigningKeyFile, pack_database};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;

fn dev_key() -> SigningKeyFile {
    SigningKeyFile::read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/keys/content-development.key"),
    )
    .expect("development content key")
}

/// The embedded content with Sürya's phone changed to the national contact point's
/// number (a real number from the same content: nothing invented), packed as `version`.
fn changed_pack(version: u64) -> Vec<u8> {
    let bytes = lueur_core::ContentStore::embedded_bytes();
    let mut db = rusqlite::Connection::open_in_memory().expect("memory");
    db.deserialize_read_exact("main", bytes, bytes.len(), false)
        .expect("deserialize");
    db.execute(
        "UPDATE contact_phones SET (number, national) =
           (SELECT number, national FROM contact_phones WHERE contact_id = 'national-contact-point')
         WHERE contact_id = 'surya'",
        [],
    )
    .expect("update");
    let content = db.serialize("main").expect("serialize").to_vec();
    pack_database(&content, &dev_key(), version, &PackOptions::default()).expect("pack")
}

/// Serves `body` at any path of 127.0.0.1 to every request, in a thread.
fn serve(body: Vec<u8>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!(
        "http://127.0.0.1:{}/v1/content.pack",
        listener.local_addr().expect("addr").port()
    );
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap_or(0) > 0 && line != "\r\n" {
                line.clear();
            }
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )
            .and_then(|()| stream.write_all(&body));
        }
    });
    url
}

fn run(data: &Path, args: &[&str]) -> (bool, String, String) {
    let output = run_with_input(command(data, args), None);
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn surya_line(contacts: &str) -> String {
    let lines: Vec<&str> = contacts.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("[surya]"))
        .expect("Sürya listed");
    lines[at..]
        .iter()
        .find(|l| l.contains("tel:"))
        .expect("a phone")
        .to_string()
}

#[test]
fn a_pack_from_loopback_changes_what_contacts_shows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ok, before, _) = run(dir.path(), &["--locale", "en", "contacts"]);
    assert!(ok);
    assert!(surya_line(&before).contains("tel:+3242324030"), "{before}");

    let url = serve(changed_pack(2));
    let (ok, out, err) = run(
        dir.path(),
        &["--locale", "en", "content", "update", "--from", &url],
    );
    assert!(ok, "{out}{err}");
    assert!(
        out.contains("Version 2 of the information is downloaded"),
        "{out}"
    );

    let (ok, after, _) = run(dir.path(), &["--locale", "en", "contacts"]);
    assert!(ok);
    assert!(surya_line(&after).contains("tel:+3278055800"), "{after}");
    let (ok, status, _) = run(dir.path(), &["--json", "content", "status"]);
    assert!(ok);
    let status: serde_json::Value = serde_json::from_str(&status).expect("json");
    assert_eq!(status["version"], 2);
    assert_eq!(status["downloaded"], true);
    let (_, settings, _) = run(dir.path(), &["--locale", "nl", "settings"]);
    assert!(
        settings.contains("Versie 2, gedownloade update"),
        "{settings}"
    );
}

#[test]
fn a_tampered_pack_changes_nothing_and_says_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bytes = changed_pack(2);
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    let file = dir.path().join("tampered.pack");
    std::fs::write(&file, &bytes).expect("write");
    let data = dir.path().join("data");
    let (ok, _, err) = run(
        &data,
        &[
            "--locale",
            "fr",
            "content",
            "update",
            "--from",
            file.to_str().expect("utf-8"),
        ],
    );
    assert!(!ok);
    assert!(err.contains("modifiée après sa signature"), "{err}");
    let (_, contacts, _) = run(&data, &["--locale", "en", "contacts"]);
    assert!(
        surya_line(&contacts).contains("tel:+3242324030"),
        "{contacts}"
    );
    let (_, status, _) = run(&data, &["--locale", "de", "content", "status"]);
    assert!(
        status.contains("Version 1, mit der App geliefert"),
        "{status}"
    );
    assert!(status.contains("nach dem Signieren verändert"), "{status}");
    assert!(!data.join("content.pack").exists());
}

#[test]
fn an_address_that_is_not_https_is_refused_in_the_persons_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ok, _, err) = run(
        dir.path(),
        &[
            "--locale",
            "nl",
            "content",
            "update",
            "--from",
            "http://example.org/p",
        ],
    );
    assert!(!ok);
    assert!(
        err.contains("Dit adres kan niet gebruikt worden voor updates"),
        "{err}"
    );
}
