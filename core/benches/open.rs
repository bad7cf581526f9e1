//! Cold open: what a shell waits for at start (embedded content, user database,
//! Fluent bundles, home view model), next to the least any app with this content
//! could do (deserialize the same bytes and run one query), measured in the same
//! run. Targets: median ≤ 5 ms and ratio ≤ 3.
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

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let runs = if benching { 301 } else { 3 };
    let dir = tempfile::tempdir().expect("tempdir");

    // The first start ever also creates and migrates the database.
    let first = Instant::now();
    drop(cold_open(dir.path()));
    let first = first.elapsed();

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
        "summary: baseline (deserialize + one query) median {:.3} ms; cold open + home median {:.3} ms, p95 {:.3} ms; ratio {:.2} (targets: median <= 5 ms, ratio <= 3); first start with a new database {:.3} ms",
        ms(base_p50),
        ms(open_p50),
        ms(percentile(&open, 0.95)),
        open_p50.as_secs_f64() / base_p50.as_secs_f64().max(1e-12),
        ms(first),
    );
}
