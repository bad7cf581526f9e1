//! Signed content updates against a real data folder and the real embedded content:
//! a good pack is stored and used from the next start; every bad one (a flipped byte,
//! a wrong key, an older version, an expired manifest, a truncated download, an
//! unknown schema, a pack too large) leaves the content as it was, with a state that
//! says why; a stored pack that no longer opens gives way to the embedded content.
//! The schedule and its privacy rules are tested on a manual clock.

use lueur_content::pack::{PackOptions, SigningKeyFile, pack_database, sign};
use lueur_contract::pack::{self, Manifest};
use lueur_core::content_updates::{
    ActiveContent, ContentCheck, ContentCheckOutcome, ContentChecks, PACK_FILE, PackProblem,
};
use lueur_core::env::{ManualClock, MemorySecretStore, SeededRandom};
use lueur_core::report::{TransportError, UploadResponse};
use lueur_core::{ContentStore, Lueur, LueurConfig};
use std::path::Path;
use std::sync::Arc;

/// 2 December 2026, 10:00 UTC.
const NOW_MS: i64 = 1_796_205_600_000;
const NOW_S: i64 = NOW_MS / 1000;

fn open_at(dir: &Path, clock: &Arc<ManualClock>) -> Lueur {
    let mut config = LueurConfig::new(
        dir,
        vec!["en".into()],
        Arc::new(MemorySecretStore::with_secret(
            &[7; 32],
            SeededRandom::new(2),
        )),
    );
    config.clock = clock.clone();
    config.random = Arc::new(SeededRandom::new(1));
    Lueur::open(config).expect("open")
}

fn open(dir: &Path) -> Lueur {
    open_at(dir, &Arc::new(ManualClock::new(NOW_MS)))
}

fn dev_key() -> SigningKeyFile {
    SigningKeyFile::read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/keys/content-development.key"),
    )
    .expect("development content key")
}

/// The embedded content with Sürya's phone changed to the national contact point's
/// number: a real number from the same content, so nothing is invented.
fn changed_content() -> Vec<u8> {
    let mut db = rusqlite::Connection::open_in_memory().expect("memory");
    let bytes = ContentStore::embedded_bytes();
    db.deserialize_read_exact("main", bytes, bytes.len(), false)
        .expect("deserialize");
    db.execute(
        "UPDATE contact_phones SET (number, national) =
           (SELECT number, national FROM contact_phones WHERE contact_id = 'national-contact-point')
         WHERE contact_id = 'surya'",
        [],
    )
    .expect("update");
    db.serialize("main").expect("serialize").to_vec()
}

fn options() -> PackOptions {
    PackOptions {
        created: Some(NOW_S - 3600),
        ..PackOptions::default()
    }
}

fn pack_of(content: &[u8], version: u64) -> Vec<u8> {
    pack_database(content, &dev_key(), version, &options()).expect("pack")
}

fn surya_numbers(lueur: &Lueur) -> Vec<String> {
    lueur
        .content()
        .contact("en", "surya")
        .expect("query")
        .expect("surya")
        .phones
        .into_iter()
        .map(|p| p.number)
        .collect()
}

fn ok(body: Vec<u8>) -> UploadResponse {
    UploadResponse::Http {
        status: 200,
        headers: Vec::new(),
        body,
    }
}

/// Re-signs `manifest` (changed by `edit`) over the payload of `bytes`.
fn resigned(bytes: &[u8], edit: impl FnOnce(&mut Manifest)) -> Vec<u8> {
    let parts = pack::parts(bytes).expect("parts");
    let mut manifest = parts.manifest.clone();
    edit(&mut manifest);
    sign(&manifest, parts.payload, &dev_key())
}

#[test]
fn a_newer_pack_is_stored_and_used_from_the_next_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path());
    assert_eq!(surya_numbers(&lueur), ["+3242324030"]);
    assert_eq!(lueur.content_version(), 1);
    let outcome = lueur
        .content_fetched(ok(pack_of(&changed_content(), 2)))
        .expect("fetched");
    assert_eq!(outcome, ContentCheckOutcome::Installed { version: 2 });
    // This run keeps what it showed; the status says what comes next.
    assert_eq!(surya_numbers(&lueur), ["+3242324030"]);
    let status = lueur.content_status().expect("status");
    assert!(
        status.pending.as_deref().is_some_and(|p| p.contains('2')),
        "{status:?}"
    );
    drop(lueur);

    let lueur = open(dir.path());
    assert_eq!(surya_numbers(&lueur), ["+3278055800"]);
    assert!(
        matches!(lueur.active_content(), ActiveContent::Pack { manifest } if manifest.version == 2)
    );
    let status = lueur.content_status().expect("status");
    assert_eq!((status.version, status.downloaded), (2, true));
    assert_eq!(status.version_label, "Version 2, downloaded update");
    assert_eq!(status.pending, None);
    // The about facts name the content in use (its edition and date); the content
    // section says where it came from.
    let settings = lueur.settings_view().expect("settings");
    let section = settings.content_updates.expect("content section");
    assert_eq!(section.version_label, "Version 2, downloaded update");
    assert!(
        settings
            .about
            .facts
            .iter()
            .any(|f| f.value == lueur.content().info().version),
        "{:?}",
        settings.about.facts
    );
    // The same pack again is no news.
    assert_eq!(
        lueur
            .content_fetched(ok(pack_of(&changed_content(), 2)))
            .expect("again"),
        ContentCheckOutcome::UpToDate
    );
}

/// Installs version 2, then offers `bad`: the outcome must be `problem`, and the next
/// start must show version 2 exactly as before, with the reason in the status.
fn refused_leaves_version_two(bad: Vec<u8>, problem: PackProblem) {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path());
    assert_eq!(
        lueur
            .content_fetched(ok(pack_of(&changed_content(), 2)))
            .expect("v2"),
        ContentCheckOutcome::Installed { version: 2 }
    );
    let stored = std::fs::read(dir.path().join(PACK_FILE)).expect("stored");
    let outcome = lueur.content_fetched(ok(bad)).expect("fetched");
    assert_eq!(outcome, ContentCheckOutcome::Refused { problem });
    assert_eq!(
        std::fs::read(dir.path().join(PACK_FILE)).expect("kept"),
        stored
    );
    let status = lueur.content_status().expect("status");
    let said = status.last_result.expect("a last result");
    assert!(said.contains("keeps"), "{problem:?}: {said}");
    drop(lueur);
    let lueur = open(dir.path());
    assert_eq!(lueur.content_version(), 2, "{problem:?}");
    assert_eq!(surya_numbers(&lueur), ["+3278055800"]);
    let status = lueur.content_status().expect("status");
    assert_eq!(status.fallback, None);
    assert!(status.last_result.is_some_and(|r| r.contains("keeps")));
}

#[test]
fn a_flipped_byte_anywhere_is_refused() {
    let good = pack_of(ContentStore::embedded_bytes(), 3);
    let manifest_len = u32::from_be_bytes(good[8..12].try_into().expect("len")) as usize;
    // In the payload: the hash no longer matches.
    let mut payload = good.clone();
    let last = payload.len() - 1;
    payload[last] ^= 0x01;
    refused_leaves_version_two(payload, PackProblem::Tampered);
    // In the signature.
    let mut signature = good.clone();
    signature[12 + manifest_len + 5] ^= 0x80;
    refused_leaves_version_two(signature, PackProblem::BadSignature);
    // In the manifest, keeping it valid JSON: the version digit.
    let mut manifest = good.clone();
    let at = manifest
        .windows(11)
        .position(|w| w == b"\"version\":3")
        .expect("version in manifest");
    manifest[at + 10] = b'9';
    refused_leaves_version_two(manifest, PackProblem::BadSignature);
}

#[test]
fn a_pack_signed_with_another_key_is_refused() {
    let content = changed_content();
    // Another key under the trusted key's id, then a key id nobody trusts.
    let mut impostor = SigningKeyFile::generate("lueur-content-development-1").expect("key");
    let forged = pack_database(&content, &impostor, 3, &options()).expect("pack");
    refused_leaves_version_two(forged, PackProblem::BadSignature);
    impostor.key_id = "someone-else-1".into();
    let stranger = pack_database(&content, &impostor, 3, &options()).expect("pack");
    refused_leaves_version_two(stranger, PackProblem::UnknownKey);
}

#[test]
fn an_older_pack_is_a_rollback() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path());
    let content = changed_content();
    assert_eq!(
        lueur.content_fetched(ok(pack_of(&content, 5))).expect("v5"),
        ContentCheckOutcome::Installed { version: 5 }
    );
    assert_eq!(
        lueur.content_fetched(ok(pack_of(&content, 4))).expect("v4"),
        ContentCheckOutcome::Refused {
            problem: PackProblem::NotNewer
        }
    );
    // The embedded content is version 1: a pack of version 1 is not news either.
    let fresh = tempfile::tempdir().expect("tempdir");
    assert_eq!(
        open(fresh.path())
            .content_fetched(ok(pack_of(&content, 1)))
            .expect("v1"),
        ContentCheckOutcome::UpToDate
    );
    refused_leaves_version_two(pack_of(&content, 1), PackProblem::NotNewer);
}

#[test]
fn an_expired_pack_is_refused_even_when_newer() {
    let expired = pack_database(
        &changed_content(),
        &dev_key(),
        9,
        &PackOptions {
            created: Some(NOW_S - 91 * 86_400),
            valid_for_days: 90,
            ..PackOptions::default()
        },
    )
    .expect("pack");
    refused_leaves_version_two(expired, PackProblem::Expired);
}

#[test]
fn a_truncated_download_is_refused() {
    let good = pack_of(&changed_content(), 3);
    // Cut in the header, the manifest, the signature and the payload.
    for cut in [0, 5, 11, 40, 300, good.len() / 2, good.len() - 1] {
        refused_leaves_version_two(good[..cut].to_vec(), PackProblem::Truncated);
    }
}

#[test]
fn an_unknown_schema_is_refused_whether_the_manifest_or_the_database_says_so() {
    let good = pack_of(&changed_content(), 3);
    let claimed = resigned(&good, |m| m.schema = lueur_contract::SCHEMA_VERSION + 1);
    refused_leaves_version_two(claimed, PackProblem::UnknownSchema);
    // The manifest says the right schema, the database inside another.
    let mut content = changed_content();
    content[60..64].copy_from_slice(&(lueur_contract::SCHEMA_VERSION + 1).to_be_bytes());
    let mut inside = resigned(&pack_of(&content, 3), |m| {
        m.schema = lueur_contract::SCHEMA_VERSION;
    });
    refused_leaves_version_two(std::mem::take(&mut inside), PackProblem::UnknownSchema);
    let future_format = resigned(&good, |m| m.format = 2);
    refused_leaves_version_two(future_format, PackProblem::BadManifest);
    let newer_app = resigned(&good, |m| m.min_app_version = "99.0.0".into());
    refused_leaves_version_two(newer_app, PackProblem::NeedsNewerApp);
}

#[test]
fn a_pack_too_large_is_refused_before_anything_else() {
    let mut huge = pack_of(&changed_content(), 3);
    huge.resize(pack::MAX_PACK_BYTES + 1, 0);
    refused_leaves_version_two(huge, PackProblem::TooLarge);
    // A signed manifest that claims an enormous database is refused before inflating.
    let bomb = resigned(&pack_of(&changed_content(), 3), |m| {
        m.content_size = pack::MAX_CONTENT_BYTES as u64 + 1;
    });
    refused_leaves_version_two(bomb, PackProblem::TooLarge);
    refused_leaves_version_two(
        b"<html>captive portal</html>".to_vec(),
        PackProblem::NotAPack,
    );
}

#[test]
fn a_stored_pack_that_no_longer_verifies_gives_way_to_the_embedded_content() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path());
    lueur
        .content_fetched(ok(pack_of(&changed_content(), 2)))
        .expect("v2");
    drop(lueur);
    let path = dir.path().join(PACK_FILE);
    let mut bytes = std::fs::read(&path).expect("stored");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    std::fs::write(&path, &bytes).expect("plant");

    let lueur = open(dir.path());
    assert_eq!(surya_numbers(&lueur), ["+3242324030"]);
    assert_eq!(
        lueur.active_content(),
        &ActiveContent::Embedded {
            fallback: Some(PackProblem::Tampered)
        }
    );
    let status = lueur.content_status().expect("status");
    assert!(status.fallback.is_some_and(|f| f.contains("came with")));
    assert!(!path.exists(), "the broken pack is removed");
    // The next check may install a good one again.
    assert_eq!(
        lueur
            .content_fetched(ok(pack_of(&changed_content(), 2)))
            .expect("again"),
        ContentCheckOutcome::Installed { version: 2 }
    );
}

#[test]
fn a_stored_pack_no_newer_than_the_embedded_content_is_dropped_quietly() {
    // As after an app update that brought content as new as the downloaded pack.
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path()).expect("dir");
    std::fs::write(dir.path().join(PACK_FILE), pack_of(&changed_content(), 1)).expect("plant");
    let lueur = open(dir.path());
    assert_eq!(
        lueur.active_content(),
        &ActiveContent::Embedded { fallback: None }
    );
    assert!(!dir.path().join(PACK_FILE).exists());
}

#[test]
fn the_wipe_removes_the_downloaded_pack() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path());
    lueur
        .content_fetched(ok(pack_of(&changed_content(), 2)))
        .expect("v2");
    assert!(dir.path().join(PACK_FILE).exists());
    lueur.wipe().expect("wipe");
    assert!(!dir.path().join(PACK_FILE).exists());
    drop(lueur);
    assert_eq!(surya_numbers(&open(dir.path())), ["+3242324030"]);
}

#[test]
fn checks_follow_the_schedule_and_back_off_after_failures() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(NOW_MS));
    let lueur = open_at(dir.path(), &clock);
    let ContentCheck::Fetch { request } = lueur.next_content_check().expect("check") else {
        panic!("a first check is due at once");
    };
    // Nothing that tells one phone from another: the deployment's fixed URL, one
    // fixed header, no body, no redirect.
    assert_eq!(request.method, "GET");
    assert_eq!(request.url, "https://content.lueur.invalid/v1/content.pack");
    assert!(!request.url.contains('?'));
    assert_eq!(request.headers.len(), 1);
    assert_eq!(request.headers[0].name, "Accept");
    assert!(request.body.is_empty() && !request.follow_redirects);
    assert_eq!(
        request.max_response_bytes as usize,
        pack::MAX_PACK_BYTES + 1
    );

    let minutes = |m: i64| m * 60_000;
    let failed = UploadResponse::Transport {
        error: TransportError::Dns,
    };
    assert_eq!(
        lueur.content_fetched(failed.clone()).expect("f1"),
        ContentCheckOutcome::Failed
    );
    assert_eq!(
        lueur.next_content_check().expect("w"),
        ContentCheck::Wait {
            millis: minutes(15)
        }
    );
    clock.advance(minutes(15));
    assert!(matches!(
        lueur.next_content_check().expect("due"),
        ContentCheck::Fetch { .. }
    ));
    let server_error = UploadResponse::Http {
        status: 503,
        headers: Vec::new(),
        body: Vec::new(),
    };
    assert_eq!(
        lueur.content_fetched(server_error).expect("f2"),
        ContentCheckOutcome::Failed
    );
    assert_eq!(
        lueur.next_content_check().expect("w"),
        ContentCheck::Wait {
            millis: minutes(30)
        }
    );
    clock.advance(minutes(30));
    let none = UploadResponse::Http {
        status: 404,
        headers: Vec::new(),
        body: Vec::new(),
    };
    assert_eq!(
        lueur.content_fetched(none).expect("404"),
        ContentCheckOutcome::NothingPublished
    );
    assert_eq!(
        lueur.next_content_check().expect("w"),
        ContentCheck::Wait {
            millis: 24 * 60 * minutes(1)
        }
    );
    // A clock set back a day must not silence checks for a day more.
    clock.set(NOW_MS - 86_400_000);
    assert!(matches!(
        lueur.next_content_check().expect("due"),
        ContentCheck::Fetch { .. }
    ));
}

#[test]
fn no_checks_while_disguised_unless_the_person_turns_them_on_and_none_when_the_deployment_says_so()
{
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path());
    lueur
        .stored_data(|db| {
            db.execute(
                "INSERT INTO settings (key, value) VALUES ('discreet.disguise', 'calculator')",
                [],
            )
        })
        .expect("disguise");
    assert_eq!(
        lueur.content_checks().expect("checks"),
        ContentChecks::OffWhileDisguised
    );
    assert_eq!(
        lueur.next_content_check().expect("check"),
        ContentCheck::Done
    );
    let status = lueur.content_status().expect("status");
    assert!(
        status.checks_text.contains("calculator"),
        "{}",
        status.checks_text
    );
    assert_eq!(
        status.toggle_label.as_deref(),
        Some("Look for updates anyway")
    );

    let status = lueur.set_content_checks(true).expect("on");
    assert_eq!(status.checks, ContentChecks::On);
    assert_eq!(
        status.toggle_label.as_deref(),
        Some("Stop looking for updates")
    );
    assert!(matches!(
        lueur.next_content_check().expect("check"),
        ContentCheck::Fetch { .. }
    ));
    drop(lueur);
    // The choice is kept, sealed with the rest of the settings.
    let lueur = open(dir.path());
    assert_eq!(lueur.content_checks().expect("checks"), ContentChecks::On);

    let mut off = lueur_core::report::deployment::bundled().expect("bundled");
    if let Some(updates) = off.content_updates.as_mut() {
        updates.enabled = false;
    }
    lueur.set_deployment(off);
    assert_eq!(
        lueur.content_checks().expect("checks"),
        ContentChecks::OffInDeployment
    );
    assert_eq!(
        lueur.next_content_check().expect("check"),
        ContentCheck::Done
    );
    let status = lueur.content_status().expect("status");
    assert_eq!(status.toggle_label, None);
}

#[test]
fn every_problem_and_state_has_a_sentence_in_every_full_locale() {
    let content = ContentStore::open_embedded().expect("content");
    for locale in ["fr", "nl", "de", "en"] {
        let l10n = lueur_core::l10n::Localizer::load(&content, locale).expect("l10n");
        let mut ids: Vec<String> = PackProblem::ALL.iter().map(|p| p.message_id()).collect();
        for result in ["installed", "up-to-date", "nothing-published", "failed"] {
            ids.push(format!("content-result-{result}"));
        }
        for id in ids {
            assert!(l10n.has_message(&id), "{locale}: {id}");
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = open(dir.path());
        lueur.use_locale(locale).expect("locale");
        let refused = lueur
            .content_request("ftp://example.org/p")
            .expect_err("refused");
        let text = lueur.error_text(&refused);
        assert!(!text.contains("error-content-url"), "{locale}: {text}");
    }
}
