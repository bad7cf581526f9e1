//! The chat-free rule, checked on bytes: a report holding a unique marker goes
//! through every state the outbox has (queued, sending, failed, retried, sent, and
//! a second one deleted), and then no byte under the data directory — database,
//! WAL, SHM, any temporary file — holds the marker, in any of the encodings SQLite
//! or a careless log line could use.

use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::report::{ContactPreference, ReportDraft, UploadResponse, UploadTask};
use lueur_core::{Lueur, LueurConfig};
use std::path::Path;
use std::sync::Arc;

fn files_under(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn assert_marker_absent(dir: &Path, marker: &str) {
    let utf16: Vec<u8> = marker.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16be: Vec<u8> = marker.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let needles: Vec<Vec<u8>> = vec![
        marker.as_bytes().to_vec(),
        marker.to_lowercase().into_bytes(),
        utf16,
        utf16be,
        // A fragment, in case something split the text.
        marker.as_bytes()[..12].to_vec(),
    ];
    let mut files = Vec::new();
    files_under(dir, &mut files);
    assert!(!files.is_empty());
    for file in files {
        let bytes = std::fs::read(&file).expect("read");
        for needle in &needles {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_slice()),
                "the marker is in {}",
                file.display()
            );
        }
    }
}

#[test]
fn a_unique_marker_is_in_no_byte_under_the_data_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let marker = "CANARY-7f3a9c1e-ZQXJ-unsealed";
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let mut config = LueurConfig::new(
        dir.path(),
        vec!["fr".into()],
        Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    );
    config.clock = clock.clone();
    config.random = Arc::new(SeededRandom::new(3));
    let lueur = Lueur::open(config).expect("open");

    let with_marker = |field: &str| ReportDraft {
        what_happened: format!("{field}: {marker}"),
        place: Some(format!("place {marker}")),
        people: Some(format!("people {marker}")),
        municipality: Some(marker.into()),
        when: Some(marker.into()),
        contact: ContactPreference::Email {
            address: "reach.me@example.org".into(),
            note: Some(marker.into()),
        },
        checklist_summary: Some(marker.repeat(20)),
        ..ReportDraft::default()
    };
    // A draft in memory, an invalid one refused, and two queued.
    lueur.set_report_draft(with_marker("draft")).expect("draft");
    let invalid = ReportDraft {
        language: Some(marker.into()),
        ..with_marker("invalid")
    };
    assert!(lueur.queue_report(&invalid).is_err());
    let kept = lueur.queue_report(&with_marker("kept")).expect("queue");
    let deleted = lueur.queue_report(&with_marker("deleted")).expect("queue");
    assert_marker_absent(dir.path(), marker);

    // Through sending, failure, retry and success.
    let http = |status: u16, body: String| UploadResponse::Http {
        status,
        headers: Vec::new(),
        body: body.into_bytes(),
    };
    let mut refused_once = false;
    while let UploadTask::Upload { request } = lueur.next_upload().expect("next") {
        let id = request.id;
        if id == deleted.id {
            lueur
                .finish_upload(&id, http(500, String::new()))
                .expect("finish");
            continue;
        }
        let answer = if refused_once {
            http(
                201,
                format!(r#"{{"id":"{id}","received_at":1,"receipt":"00"}}"#),
            )
        } else {
            refused_once = true;
            http(400, String::new())
        };
        lueur.finish_upload(&id, answer).expect("finish");
        if lueur
            .outbox()
            .expect("outbox")
            .items
            .iter()
            .any(|i| i.id == kept.id && i.can_retry)
        {
            lueur.retry_report(&kept.id).expect("retry");
        }
    }
    lueur.delete_report(&deleted.id).expect("delete");
    assert_marker_absent(dir.path(), marker);

    // And after the process ends, with every journal file as SQLite leaves it.
    lueur.quick_exit();
    drop(lueur);
    assert_marker_absent(dir.path(), marker);
}
