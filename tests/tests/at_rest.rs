//! What a copy of the data folder gives someone who took it: a used install (both
//! codes set, checklist answers kept, reports queued and delivered to the reference
//! intake on loopback) is copied byte for byte, and no marker, answer, id or name of
//! the schema is in any byte; the codes cannot be guessed from it without this
//! phone's device secret (F4, F10, F11).

mod common;

use argon2::{Algorithm, Argon2, Params, Version};
use lueur_core::checklist::{ChecklistView, Perspective};
use lueur_core::discreet::{CodeKind, Disguise, KdfParams};
use lueur_core::env::{DeviceSecretStore, ManualClock, MemorySecretStore, SeededRandom};
use lueur_core::report::ReportDraft;
use lueur_core::userdb::UserDb;
use lueur_core::{Lueur, LueurConfig};
use lueur_intake::server::{Options, Server};
use std::path::Path;
use std::sync::Arc;

const UNLOCK: &str = "004821";
const DURESS: &str = "009931";

fn every_byte(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("list") {
        let entry = entry.expect("entry");
        out.push((
            entry.file_name().to_string_lossy().into_owned(),
            std::fs::read(entry.path()).expect("read"),
        ));
    }
    out
}

/// Walks the checklist answering "yes" to everything it can, so that kept answers
/// hold real question ids and values.
fn answer_everything(lueur: &Lueur) -> Vec<String> {
    let mut seen = Vec::new();
    let mut view = lueur.start_checklist(Some(Perspective::Me)).expect("start");
    lueur.keep_checklist_answers().expect("keep");
    for _ in 0..100 {
        match view {
            ChecklistView::Question { question } => {
                let choice = question
                    .options
                    .first()
                    .map(|c| c.value.clone())
                    .expect("a choice");
                seen.push(question.id.clone());
                view = lueur
                    .answer_question(&question.id, &choice)
                    .expect("answer");
            }
            ChecklistView::Result { result } if result.continue_label.is_some() => {
                view = lueur.continue_checklist().expect("continue");
            }
            ChecklistView::Result { .. } => break,
        }
    }
    seen
}

#[test]
fn a_copied_data_folder_shows_nothing_and_its_codes_cannot_be_guessed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let secrets = Arc::new(MemorySecretStore::new(SeededRandom::new(77)));
    let lueur = Lueur::open(LueurConfig {
        data_dir: dir.path().to_path_buf(),
        preferred_locales: vec!["fr".into()],
        clock: clock.clone(),
        random: Arc::new(SeededRandom::new(78)),
        secrets: secrets.clone(),
    })
    .expect("open");
    let intake_dir = tempfile::tempdir().expect("tempdir");
    let intake_db = intake_dir.path().join("intake.db");
    let intake = Server::start("127.0.0.1:0", &intake_db, Options::default()).expect("intake");
    lueur.set_deployment(common::deployment_at(&intake.url()));

    lueur
        .begin_code(CodeKind::Unlock, UNLOCK, None)
        .expect("begin");
    lueur
        .confirm_code_with(CodeKind::Unlock, UNLOCK, KdfParams::cheap_for_tests())
        .expect("unlock code");
    lueur
        .begin_code(CodeKind::Duress, DURESS, Some(UNLOCK))
        .expect("begin");
    lueur
        .confirm_code_with(CodeKind::Duress, DURESS, KdfParams::cheap_for_tests())
        .expect("duress code");
    lueur.set_duress_wipes(true).expect("option");
    lueur.set_disguise(Disguise::Calculator).expect("disguise");
    let questions = answer_everything(&lueur);
    assert!(questions.len() >= 3, "{questions:?}");
    let delivered = lueur
        .queue_report(&ReportDraft {
            what_happened: "MARKER-delivered-what-happened".into(),
            place: Some("MARKER-delivered-place".into()),
            ..Default::default()
        })
        .expect("queue");
    lueur_upload::flush(&lueur, &lueur_upload::agent()).expect("flush");
    intake.stop();
    let queued = lueur
        .queue_report(&ReportDraft {
            what_happened: "MARKER-queued-what-happened".into(),
            ..Default::default()
        })
        .expect("queue");
    let outbox = lueur.outbox().expect("outbox");
    assert_eq!(outbox.items.len(), 2);
    assert!(
        outbox.items.iter().all(|i| i.id != delivered.id),
        "the delivered report's id (the intake's idempotency key) is gone (F21)"
    );

    let copy = every_byte(dir.path());
    assert_eq!(
        copy.iter()
            .map(|(name, _)| name.as_str())
            .collect::<Vec<_>>(),
        vec![lueur_core::userdb::FILE_NAME],
        "one file, no journal beside it"
    );
    let mut markers: Vec<String> = vec![
        "MARKER".into(),
        "SQLite format".into(),
        "saved_answers".into(),
        "outbox".into(),
        "settings".into(),
        "discreet".into(),
        "argon2id".into(),
        "duress".into(),
        "calculator".into(),
        "perspective".into(),
        "answers".into(),
        "\"given\"".into(),
        delivered.id.clone(),
        queued.id.clone(),
    ];
    markers.extend(questions);
    for (name, bytes) in &copy {
        for marker in &markers {
            assert!(
                !bytes.windows(marker.len()).any(|w| w == marker.as_bytes()),
                "{marker} is readable in {name}"
            );
        }
    }

    // The codes' records, read with the secret as only this phone can, then guessed
    // the way someone with the copy would: every candidate, the stored salt and
    // parameters, but no device secret (or a wrong one).
    let secret = secrets.device_secret().expect("secret");
    let (mut db, _) =
        UserDb::open(dir.path(), &secret, Arc::new(SeededRandom::new(1))).expect("open");
    let records: Vec<String> = db
        .transact(|db| {
            Ok(vec![
                db.setting("discreet.unlock")?.expect("unlock"),
                db.setting("discreet.duress")?.expect("duress"),
            ])
        })
        .expect("records");
    let parsed: Vec<(Params, Vec<u8>, Vec<u8>)> = records.iter().map(|r| parse(r)).collect();
    assert_ne!(parsed[0].1, parsed[1].1, "each code has its own salt");
    let pepper = lueur_core::userdb::derive_key(&secret, b"lueur code hash secret v1");
    let guess = |code: &str, (params, salt, _): &(Params, Vec<u8>, Vec<u8>), key: Option<&[u8]>| {
        let argon = match key {
            Some(key) => {
                Argon2::new_with_secret(key, Algorithm::Argon2id, Version::V0x13, params.clone())
                    .expect("argon2")
            }
            None => Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone()),
        };
        let mut out = vec![0u8; 32];
        argon
            .hash_password_into(code.as_bytes(), salt, &mut out)
            .expect("hash");
        out
    };
    // The harness finds the codes when it has the secret.
    assert_eq!(guess(UNLOCK, &parsed[0], Some(&pepper[..])), parsed[0].2);
    assert_eq!(guess(DURESS, &parsed[1], Some(&pepper[..])), parsed[1].2);
    let wrong_key = [0x11u8; 32];
    // Every code from 000000 to 009999: both codes are in that range.
    let mut found = Vec::new();
    for n in 0..10_000u32 {
        let candidate = format!("{n:06}");
        for record in &parsed {
            // A wrong secret is as useless as none; trying one per hundred shows it.
            let keys: &[Option<&[u8]>] = if n % 100 == 0 {
                &[None, Some(&wrong_key[..])]
            } else {
                &[None]
            };
            for key in keys {
                if guess(&candidate, record, *key) == record.2 {
                    found.push(candidate.clone());
                }
            }
        }
    }
    assert_eq!(
        found,
        Vec::<String>::new(),
        "no code found without the secret"
    );
}

fn parse(record: &str) -> (Params, Vec<u8>, Vec<u8>) {
    let parts: Vec<&str> = record.split('$').collect();
    assert_eq!(parts.len(), 4, "{record}");
    let mut values = parts[1].split(',').map(|f| {
        f.split_once('=')
            .and_then(|(_, v)| v.parse::<u32>().ok())
            .expect("number")
    });
    let (m, t, p) = (
        values.next().expect("m"),
        values.next().expect("t"),
        values.next().expect("p"),
    );
    let hex = |text: &str| -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
            .collect()
    };
    (
        Params::new(m, t, p, Some(32)).expect("params"),
        hex(parts[2]),
        hex(parts[3]),
    )
}
