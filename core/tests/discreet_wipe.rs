//! Panic wipe and erasing: a unique marker goes into every kind of user data, and
//! afterwards nothing of it can be read under the data directory, even with the
//! device secret of before the wipe.

use lueur_core::discreet::{CodeKind, Disguise, KdfParams, LauncherIdentity};
use lueur_core::env::{DeviceSecretStore, ManualClock, MemorySecretStore, SeededRandom};
use lueur_core::report::ReportDraft;
use lueur_core::userdb::FILES as WIPED_FILES;
use lueur_core::userdb::UserDb;
use lueur_core::{Lueur, LueurConfig};
use std::path::Path;
use std::sync::Arc;

fn open(dir: &Path, locales: &[&str]) -> Lueur {
    open_with(
        dir,
        locales,
        Arc::new(MemorySecretStore::new(SeededRandom::new(1))),
    )
}

fn open_with(dir: &Path, locales: &[&str], secrets: Arc<MemorySecretStore>) -> Lueur {
    Lueur::open(LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: locales.iter().map(|l| l.to_string()).collect(),
        clock: Arc::new(ManualClock::new(1_700_000_000_000)),
        random: Arc::new(SeededRandom::new(5)),
        secrets,
    })
    .expect("open")
}

/// The stored database, opened as a second process with the device secret would.
fn second_connection(dir: &Path, secrets: &MemorySecretStore) -> UserDb {
    let secret = secrets.device_secret().expect("secret");
    UserDb::open(dir, &secret, Arc::new(SeededRandom::new(9)))
        .expect("second connection")
        .0
}

/// Every occurrence of `needle` in every file under `dir`, as `path@offset`.
fn hits(dir: &Path, needle: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(path) = stack.pop() {
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            for entry in std::fs::read_dir(&path).expect("list") {
                stack.push(entry.expect("entry").path());
            }
        } else {
            let bytes = std::fs::read(&path).expect("read");
            for (offset, window) in bytes.windows(needle.len()).enumerate() {
                if window == needle {
                    found.push(format!("{}@{offset}", path.display()));
                }
            }
        }
    }
    found
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Writes `marker` into every kind of user data: a setting, saved checklist answers,
/// a queued report, an open draft and other in-memory state.
fn plant(lueur: &Lueur, dir: &Path, secrets: &MemorySecretStore, marker: &str) {
    // A report through the report API: sealed, so the marker is not readable in the
    // file, but its envelope must go all the same.
    let draft = ReportDraft {
        what_happened: format!("{marker} what happened"),
        place: Some(marker.to_string()),
        ..ReportDraft::default()
    };
    lueur.queue_report(&draft).expect("queue a report");
    // An open draft lives in memory only.
    lueur.set_report_draft(draft).expect("draft");
    // Rows as the owning features store them, through a second connection, with the
    // marker in clear inside the database so that any copy left behind would be found.
    let mut db = second_connection(dir, secrets);
    db.transact(|db| {
        db.set_setting("canary", Some(marker))?;
        db.conn().execute(
            "INSERT INTO saved_answers (perspective, answers, saved_at) VALUES ('me', ?1, 1)",
            [format!("{{\"note\":\"{marker}\"}}")],
        )?;
        for (i, state) in ["queued", "sending", "failed"].iter().enumerate() {
            db.conn().execute(
                "INSERT INTO outbox (id, created_at, state, next_attempt_at, envelope) VALUES (?1, 1, ?2, 1, ?3)",
                rusqlite::params![format!("r{i}"), state, marker.as_bytes()],
            )?;
        }
        db.conn().execute(
            "INSERT INTO outbox (id, created_at, state, next_attempt_at, sent_at) VALUES ('sent', 1, 'sent', 1, 2)",
            [],
        )?;
        Ok(())
    })
    .expect("rows");
    drop(db);
    lueur
        .press_calculator_keys("12+")
        .expect("calculator state");
    lueur.set_locale("de").expect("a chosen language");
}

#[test]
fn after_a_wipe_no_byte_of_any_user_data_is_left() {
    let dir = tempfile::tempdir().expect("tempdir");
    let marker = "CANARY-5f0c7e12-wipe-every-byte";
    let secrets = Arc::new(MemorySecretStore::new(SeededRandom::new(1)));
    let lueur = open_with(dir.path(), &["nl-BE"], secrets.clone());
    lueur
        .begin_code(CodeKind::Unlock, "482105", None)
        .expect("begin");
    lueur
        .confirm_code_with(CodeKind::Unlock, "482105", KdfParams::cheap_for_tests())
        .expect("confirm");
    lueur.set_disguise(Disguise::Calculator).expect("disguise");
    plant(&lueur, dir.path(), &secrets, marker);
    let old_secret = secrets.device_secret().expect("secret");
    let before = tempfile::tempdir().expect("copy");
    copy_folder(dir.path(), before.path());
    let canary = |folder: &Path, secret: &[u8]| {
        UserDb::open(folder, secret, Arc::new(SeededRandom::new(2)))
            .expect("open")
            .0
            .transact(|db| Ok(db.setting("canary")?))
            .expect("read")
    };
    assert_eq!(
        canary(before.path(), &old_secret).as_deref(),
        Some(marker),
        "the marker was written, readable with the secret"
    );

    let warning = lueur.wipe_warning().expect("warning");
    assert_eq!(
        warning.unsent_reports, 4,
        "the queued report and the queued, sending and failed rows; not the sent one"
    );
    assert_eq!(
        warning.unsent_text.as_deref(),
        Some("4 Meldungen wurden noch nicht gesendet. Sie werden nicht mehr gesendet.")
    );

    let done = lueur.wipe().expect("wipe");
    assert_eq!(done.launcher, LauncherIdentity::Lueur);
    assert_eq!(hits(dir.path(), marker.as_bytes()), Vec::<String>::new());
    assert_eq!(
        files(dir.path()),
        Vec::<String>::new(),
        "the data file is gone"
    );
    // A copy of the folder taken before the wipe no longer opens: the secret that
    // sealed it is gone, and the one that replaced it opens nothing of it.
    assert_ne!(secrets.device_secret().expect("secret"), old_secret);
    assert_eq!(
        canary(before.path(), &secrets.device_secret().expect("secret")),
        None
    );
    // The language goes back to the one negotiated from the phone's settings.
    assert_eq!(lueur.locale(), "nl");
    assert_eq!(lueur.calculator().display, "0");
    assert_eq!(
        lueur.report_draft(),
        ReportDraft::default(),
        "the draft is gone"
    );

    // Used again, the app is a fresh install: no codes, no disguise, nothing queued.
    assert!(!lueur.code_is_set(CodeKind::Unlock).expect("read"));
    assert_eq!(lueur.disguise().expect("read"), Disguise::Off);
    assert_eq!(lueur.unsent_report_count().expect("count"), 0);
    assert_eq!(hits(dir.path(), marker.as_bytes()), Vec::<String>::new());
    drop(lueur);
    let reopened = open_with(dir.path(), &["fr"], secrets);
    assert_eq!(reopened.locale(), "fr", "no saved language survives");
    assert_eq!(hits(dir.path(), marker.as_bytes()), Vec::<String>::new());
}

#[test]
fn the_wipe_warning_says_nothing_when_no_report_waits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let secrets = Arc::new(MemorySecretStore::new(SeededRandom::new(1)));
    let lueur = open_with(dir.path(), &["en"], secrets.clone());
    let warning = lueur.wipe_warning().expect("warning");
    assert_eq!(warning.unsent_reports, 0);
    assert_eq!(warning.unsent_text, None);
    assert_eq!(warning.confirm_label, "Erase everything");
    let mut db = second_connection(dir.path(), &secrets);
    db.transact(|db| {
        db.conn().execute(
            "INSERT INTO outbox (id, created_at, state, next_attempt_at, envelope) VALUES ('x', 1, 'queued', 1, x'00')",
            [],
        )?;
        Ok(())
    })
    .expect("row");
    drop(db);
    assert_eq!(
        lueur
            .wipe_warning()
            .expect("warning")
            .unsent_text
            .as_deref(),
        Some("One report has not been sent yet. It will not be sent.")
    );
}

/// F10: what was erased is in no byte of the image written afterwards, and the file
/// holds no journal of earlier versions.
#[test]
fn erasing_one_kind_of_data_leaves_no_copy_in_the_image() {
    let dir = tempfile::tempdir().expect("tempdir");
    let secrets = Arc::new(MemorySecretStore::new(SeededRandom::new(1)));
    let marker = "CANARY-93b1d4aa-erase-in-place";
    let keep = "KEEP-ME-c1d2";
    let _app = open_with(dir.path(), &["en"], secrets.clone());
    let mut db = second_connection(dir.path(), &secrets);
    db.transact(|db| {
        db.conn().execute(
            "INSERT INTO saved_answers (perspective, answers, saved_at) VALUES ('me', ?1, 1), ('other', ?2, 1)",
            [marker, keep],
        )?;
        Ok(())
    })
    .expect("rows");
    let deleted = db
        .transact(|db| {
            db.erase(|tx| Ok(tx.execute("DELETE FROM saved_answers WHERE perspective = 'me'", [])?))
        })
        .expect("erase");
    assert_eq!(deleted, 1);
    let image = db
        .conn()
        .serialize(rusqlite::MAIN_DB)
        .expect("image")
        .to_vec();
    let found = |needle: &str| image.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(!found(marker), "the erased row is overwritten in the image");
    assert!(found(keep), "other data stays");
    assert_eq!(
        files(dir.path()),
        vec![lueur_core::userdb::FILE_NAME.to_string()]
    );
}

#[test]
fn removing_a_code_leaves_no_trace_of_its_hash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let secrets = Arc::new(MemorySecretStore::new(SeededRandom::new(1)));
    let lueur = open_with(dir.path(), &["en"], secrets.clone());
    lueur
        .begin_code(CodeKind::Unlock, "482105", None)
        .expect("begin");
    lueur
        .confirm_code_with(CodeKind::Unlock, "482105", KdfParams::cheap_for_tests())
        .expect("confirm");
    let mut db = second_connection(dir.path(), &secrets);
    let stored = db
        .transact(|db| Ok(db.setting("discreet.unlock")?))
        .expect("read")
        .expect("set");
    let hash_hex = stored.rsplit('$').next().expect("hash").to_string();
    lueur
        .remove_code(CodeKind::Unlock, "482105")
        .expect("remove");
    db.transact(|_| Ok(())).expect("reload");
    let image = db
        .conn()
        .serialize(rusqlite::MAIN_DB)
        .expect("image")
        .to_vec();
    assert!(
        !image
            .windows(hash_hex.len())
            .any(|w| w == hash_hex.as_bytes())
    );
}

fn copy_folder(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("list") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
    }
}

#[test]
fn the_wipe_list_names_the_database_and_its_companions() {
    for name in [
        "data",
        "data.new",
        "data.db",
        "data.db-wal",
        "data.db-shm",
        "data.db-journal",
    ] {
        assert!(WIPED_FILES.contains(&name), "{name}");
    }
}

#[test]
fn the_settings_screen_says_what_disguise_cannot_hide_in_every_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), &["en"]);
    let mut seen = std::collections::HashSet::new();
    for locale in ["fr", "nl", "de", "en"] {
        lueur.set_locale(locale).expect("locale");
        let view = lueur.discreet_settings().expect("view");
        assert_eq!(view.limits.len(), 7, "{locale}");
        let ios = view.limits.iter().filter(|l| l.only_on.is_some()).count();
        assert_eq!(ios, 2, "{locale}: the iPhone-only limits are marked");
        for text in view
            .limits
            .iter()
            .map(|l| l.text.clone())
            .chain([view.limits_title.clone(), view.guess_delay_note.clone()])
        {
            assert!(
                !text.is_empty() && !text.starts_with("discreet-"),
                "{locale}: {text}"
            );
            assert!(
                seen.insert(text.clone()),
                "{locale}: {text} is not translated"
            );
        }
        assert!(
            view.guess_delay_note.contains("30"),
            "{}",
            view.guess_delay_note
        );
    }
    lueur.set_locale("en").expect("locale");
    let view = lueur.discreet_settings().expect("view");
    let all: String = view.limits.iter().map(|l| l.text.as_str()).collect();
    for needle in [
        "list of apps",
        "download history",
        "phone bill",
        "call list",
        "Backups",
        "name under the icon",
        "message when the icon changes",
    ] {
        assert!(all.contains(needle), "{needle}");
    }
}
