//! Content packs over real HTTP on loopback, fetched by the same Rust executor that
//! delivers reports: the scheduled check fetches, verifies and installs a newer pack,
//! and the next start shows its phone number; a download that breaks off, a body that
//! is cut short, one too large and a server error each leave the content as it was.
//! The request carries nothing that tells one phone from another.

mod common;

use common::packs::{PackServer, Serve, changed_content, pack};
use lueur_core::content_updates::{ContentCheck, ContentCheckOutcome, PackProblem};
use lueur_core::env::{MemorySecretStore, SeededRandom};
use lueur_core::{ContentStore, Lueur, LueurConfig};
use std::path::Path;
use std::sync::Arc;

fn phone(dir: &Path, pack_url: &str) -> Lueur {
    let lueur = Lueur::open(LueurConfig::new(
        dir,
        vec!["en".into()],
        Arc::new(MemorySecretStore::with_secret(
            &[3; 32],
            SeededRandom::new(1),
        )),
    ))
    .expect("open");
    let mut deployment = lueur_core::report::deployment::bundled().expect("bundled");
    if let Some(updates) = deployment.content_updates.as_mut() {
        updates.url = pack_url.to_string();
    }
    lueur.set_deployment(deployment);
    lueur
}

fn surya(lueur: &Lueur) -> String {
    lueur
        .content()
        .contact("en", "surya")
        .expect("query")
        .expect("surya")
        .phones[0]
        .number
        .clone()
}

/// One scheduled check, performed by the report uploader's executor.
fn check(lueur: &Lueur) -> ContentCheckOutcome {
    let ContentCheck::Fetch { request } = lueur.next_content_check().expect("next") else {
        panic!("a check is due");
    };
    let response = lueur_upload::perform(&lueur_upload::agent(), &request);
    lueur.content_fetched(response).expect("fetched")
}

#[test]
fn a_pack_served_on_loopback_is_fetched_verified_and_used() {
    let server = PackServer::start(Serve::Bytes(pack(&changed_content(), 2)));
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = phone(dir.path(), &server.url);
    assert_eq!(surya(&lueur), "+3242324030");
    assert_eq!(check(&lueur), ContentCheckOutcome::Installed { version: 2 });
    // Checked: the next one waits the deployment's interval.
    assert!(
        matches!(lueur.next_content_check().expect("next"), ContentCheck::Wait { millis } if millis > 23 * 3_600_000)
    );
    drop(lueur);
    let lueur = phone(dir.path(), &server.url);
    assert_eq!(surya(&lueur), "+3278055800");
    assert_eq!(lueur.content_version(), 2);

    // What went over the wire: a GET of the fixed path with the host, the one header
    // the core asked for and what HTTP itself needs (an empty body's length); no user agent, no cookie, no
    // conditional header, no query.
    let requests = server.requests.lock().expect("requests").clone();
    assert_eq!(requests.len(), 1);
    let head = requests[0].to_ascii_lowercase();
    let mut lines = head.lines();
    assert_eq!(lines.next(), Some("get /v1/content.pack http/1.1"));
    for line in lines {
        let name = line.split(':').next().unwrap_or_default();
        assert!(
            matches!(name, "host" | "accept" | "accept-encoding") || line == "content-length: 0",
            "unexpected header: {line}"
        );
    }
}

/// Installs version 2 over HTTP, then serves `bad`: the content stays version 2.
fn stays_on_version_two(bad: Serve, expected: ContentCheckOutcome) {
    let server = PackServer::start(Serve::Bytes(pack(&changed_content(), 2)));
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = phone(dir.path(), &server.url);
    assert_eq!(check(&lueur), ContentCheckOutcome::Installed { version: 2 });
    server.serve(bad);
    let request = lueur.content_request(&server.url).expect("request");
    let response = lueur_upload::perform(&lueur_upload::agent(), &request);
    assert_eq!(lueur.content_fetched(response).expect("fetched"), expected);
    assert!(
        lueur
            .content_status()
            .expect("status")
            .last_result
            .is_some()
    );
    drop(lueur);
    let lueur = phone(dir.path(), &server.url);
    assert_eq!(
        (lueur.content_version(), surya(&lueur).as_str()),
        (2, "+3278055800")
    );
}

#[test]
fn a_download_that_breaks_off_is_a_failed_check() {
    let newer = pack(ContentStore::embedded_bytes(), 3);
    let sent = newer.len() / 2;
    stays_on_version_two(
        Serve::BrokenOff { bytes: newer, sent },
        ContentCheckOutcome::Failed,
    );
}

#[test]
fn a_body_cut_short_is_truncated() {
    let newer = pack(ContentStore::embedded_bytes(), 3);
    let cut = newer[..newer.len() - 1000].to_vec();
    stays_on_version_two(
        Serve::Bytes(cut),
        ContentCheckOutcome::Refused {
            problem: PackProblem::Truncated,
        },
    );
}

#[test]
fn a_body_too_large_is_refused() {
    let mut huge = pack(ContentStore::embedded_bytes(), 3);
    huge.resize(lueur_core::content_updates::MAX_PACK_BYTES + 10, 7);
    stays_on_version_two(
        Serve::Bytes(huge),
        ContentCheckOutcome::Refused {
            problem: PackProblem::TooLarge,
        },
    );
}

#[test]
fn a_server_error_or_a_redirect_is_a_failed_check() {
    stays_on_version_two(Serve::Status(503), ContentCheckOutcome::Failed);
    stays_on_version_two(Serve::Status(302), ContentCheckOutcome::Failed);
}
