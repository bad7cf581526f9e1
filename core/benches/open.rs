//! Cold open: what a shell waits for at start (embedded content, user database,
//! Fluent bundles, home view model), next to the least any app with this content
//! could do (deserialize the same bytes and run one query), measured in the same
//! run. Targets: median ≤ 5 ms and ratio ≤ 3.
//!
//! The cost of keeping the user database sealed (issue 12) is measured beside it:
//! opening a used install's sealed image (read, decrypt, deserialize) and writing
//! one setting (serialize, seal, write beside, fsync, rename), against the plain
//! SQLite file in WAL mode the core used before, holding the same data.
//!
//! `cargo bench -p lueur-core --bench open` measures; under `cargo test` it only
//! runs each path a few times.

use criterion::Criterion;
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::{ContentStore, Lueur, LueurConfig};
use rusqlite::Connection;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn config(dir: &Path) -> LueurConfig {
    LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: vec!["fr-BE".into(), "nl-BE".into()],
        clock: Arc::new(ManualClock::new(1_764_000_000_000)),
        random: Arc::new(SeededRandom::new(1)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    }
}

/// Everything a shell does before it can draw the first screen. The app is returned
/// so that closing it (a WAL checkpoint) is not counted as opening.
fn cold_open(dir: &Path) -> (Lueur, usize) {
    let lueur = Lueur::open(config(dir)).expect("open");
    let home = lueur.home_view().expect("home");
    let entries = home.primary.len() + home.danger.actions.len();
    (lueur, black_box(entries))
}

/// The floor: the same embedded bytes deserialized, one query.
fn bare_minimum() -> String {
    let mut db = Connection::open_in_memory().expect("memory db");
    db.deserialize_bytes("main", ContentStore::embedded_bytes())
        .expect("deserialize");
    db.query_row(
        "SELECT value FROM meta WHERE key = 'content_version'",
        [],
        |row| row.get(0),
    )
    .expect("query")
}

/// Alternates the two measurements so that both see the same machine load.
fn paired_samples(
    runs: usize,
    mut a: impl FnMut(),
    mut b: impl FnMut() -> Duration,
) -> (Vec<Duration>, Vec<Duration>) {
    let (mut first, mut second) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for _ in 0..runs {
        let start = Instant::now();
        a();
        first.push(start.elapsed());
        second.push(b());
    }
    first.sort();
    second.sort();
    (first, second)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A used install: codes, kept answers, five queued reports. Returns its secret.
fn used_install(dir: &Path) -> Vec<u8> {
    use lueur_core::discreet::{CodeKind, KdfParams};
    use lueur_core::env::DeviceSecretStore;
    let secrets = Arc::new(lueur_core::env::MemorySecretStore::new(SeededRandom::new(
        4,
    )));
    let lueur = Lueur::open(LueurConfig {
        secrets: secrets.clone(),
        ..config(dir)
    })
    .expect("open");
    lueur
        .begin_code(CodeKind::Unlock, "482105", None)
        .expect("code");
    lueur
        .confirm_code_with(CodeKind::Unlock, "482105", KdfParams::cheap_for_tests())
        .expect("code");
    lueur.start_checklist(None).expect("checklist");
    lueur.keep_checklist_answers().expect("keep");
    for n in 0..5 {
        lueur
            .queue_report(&lueur_core::report::ReportDraft {
                what_happened: format!("report {n}: ").repeat(40),
                ..Default::default()
            })
            .expect("queue");
    }
    secrets.device_secret().expect("secret")
}

/// The same data as a plain SQLite file, opened the way the core did before sealing.
fn plain_copy(sealed_dir: &Path, secret: &[u8], plain: &Path) {
    let (db, _) =
        lueur_core::userdb::UserDb::open(sealed_dir, secret, Arc::new(SeededRandom::new(5)))
            .expect("open");
    let image = db
        .conn()
        .serialize(rusqlite::MAIN_DB)
        .expect("image")
        .to_vec();
    std::fs::write(plain, image).expect("write");
    let conn = Connection::open(plain).expect("plain");
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
        .expect("wal");
}

fn open_plain(plain: &Path) -> Connection {
    let conn = Connection::open(plain).expect("plain");
    conn.execute_batch(
        "PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
    )
    .expect("pragmas");
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
        .expect("wal");
    conn.pragma_update(None, "synchronous", "FULL")
        .expect("sync");
    let _: i64 = conn
        .query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))
        .expect("query");
    conn
}

fn open_sealed(dir: &Path, secret: &[u8]) -> lueur_core::userdb::UserDb {
    let (mut db, _) = lueur_core::userdb::UserDb::open(dir, secret, Arc::new(SeededRandom::new(6)))
        .expect("open");
    let _: i64 = db
        .transact(|db| {
            Ok(db
                .conn()
                .query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))?)
        })
        .expect("query");
    db
}

fn at_rest_cost(runs: usize) {
    let sealed = tempfile::tempdir().expect("tempdir");
    let secret = used_install(sealed.path());
    let plain_dir = tempfile::tempdir().expect("tempdir");
    let plain = plain_dir.path().join("plain.db");
    plain_copy(sealed.path(), &secret, &plain);
    let size = std::fs::metadata(sealed.path().join(lueur_core::userdb::FILE_NAME))
        .expect("size")
        .len();
    let (plain_open, sealed_open) = paired_samples(
        runs,
        || drop(black_box(open_plain(&plain))),
        || {
            let start = Instant::now();
            let db = open_sealed(sealed.path(), &secret);
            let elapsed = start.elapsed();
            drop(db);
            elapsed
        },
    );
    let plain_conn = open_plain(&plain);
    let mut sealed_db = open_sealed(sealed.path(), &secret);
    let mut n = 0u64;
    let (plain_write, sealed_write) = paired_samples(
        runs,
        || {
            n += 1;
            plain_conn
                .execute(
                    "INSERT INTO settings (key, value) VALUES ('bench', ?1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [n.to_string()],
                )
                .expect("write");
        },
        || {
            let start = Instant::now();
            sealed_db
                .transact(|db| {
                    Ok(db.set_setting("bench", Some(&start.elapsed().as_nanos().to_string()))?)
                })
                .expect("write");
            start.elapsed()
        },
    );
    let ratio = |a: &[Duration], b: &[Duration]| {
        percentile(b, 0.5).as_secs_f64() / percentile(a, 0.5).as_secs_f64().max(1e-12)
    };
    println!(
        "at rest: a used install ({size} bytes sealed). Open: plain SQLite (WAL) median {:.3} ms, sealed image median {:.3} ms, p95 {:.3} ms, ratio {:.2}. One write: plain (WAL, synchronous=FULL) median {:.3} ms, sealed median {:.3} ms, p95 {:.3} ms, ratio {:.2}",
        ms(percentile(&plain_open, 0.5)),
        ms(percentile(&sealed_open, 0.5)),
        ms(percentile(&sealed_open, 0.95)),
        ratio(&plain_open, &sealed_open),
        ms(percentile(&plain_write, 0.5)),
        ms(percentile(&sealed_write, 0.5)),
        ms(percentile(&sealed_write, 0.95)),
        ratio(&plain_write, &sealed_write),
    );
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let runs = if benching { 301 } else { 3 };
    let dir = tempfile::tempdir().expect("tempdir");

    // The first start ever migrates an empty database in memory; the person's first
    // choice (here the language) writes the sealed file, which every later start reads.
    let first = Instant::now();
    let (lueur, _) = cold_open(dir.path());
    let first = first.elapsed();
    lueur.set_locale("fr").expect("a first choice");
    drop(lueur);

    if benching {
        let mut criterion = Criterion::default().configure_from_args();
        criterion.bench_function("open/baseline: deserialize + one query", |b| {
            b.iter(bare_minimum)
        });
        criterion.bench_function("open/cold open + home view model", |b| {
            // Timed one by one so that each app is closed before the next opens,
            // outside the measured time, as on a phone.
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    let start = Instant::now();
                    let opened = cold_open(dir.path());
                    total += start.elapsed();
                    drop(opened);
                }
                total
            })
        });
        criterion.final_summary();
    }

    let (baseline, open) = paired_samples(
        runs,
        || {
            black_box(bare_minimum());
        },
        || {
            let start = Instant::now();
            let opened = cold_open(dir.path());
            let elapsed = start.elapsed();
            drop(opened);
            elapsed
        },
    );
    let (base_p50, open_p50) = (percentile(&baseline, 0.5), percentile(&open, 0.5));
    println!(
        "summary: baseline (deserialize + one query) median {:.3} ms; cold open + home median {:.3} ms, p95 {:.3} ms; ratio {:.2} (targets: median <= 5 ms, ratio <= 3); first start, before anything is stored, {:.3} ms",
        ms(base_p50),
        ms(open_p50),
        ms(percentile(&open, 0.95)),
        open_p50.as_secs_f64() / base_p50.as_secs_f64().max(1e-12),
        ms(first),
    );
    at_rest_cost(runs);
}
