//! Content packs: what installing one costs (verify the signature and hashes,
//! decompress, open the content and its Fluent, write its installed form beside the
//! user data with fsync and rename) against merely reading the same bytes from disk;
//! and a cold open on a downloaded pack (its signature and content hash checked again
//! at every start) against a cold open on the embedded content, in the same run.
//!
//! `cargo bench -p lueur-core --bench content_packs` measures; under `cargo test` it only
//! runs each path a few times.

use criterion::Criterion;
use lueur_content::pack::{PackOptions, SigningKeyFile, pack_database};
use lueur_core::content_updates::{ActiveContent, store};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::{ContentStore, Lueur, LueurConfig};
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn config(dir: &Path) -> LueurConfig {
    LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: vec!["fr-BE".into(), "nl-BE".into()],
        clock: Arc::new(ManualClock::new(1_796_205_600_000)),
        random: Arc::new(SeededRandom::new(1)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(SeededRandom::new(
            1,
        ))),
    }
}

fn cold_open(dir: &Path) -> (Lueur, usize) {
    let lueur = Lueur::open(config(dir)).expect("open");
    let home = lueur.home_view().expect("home");
    let entries = home.primary.len() + home.danger.actions.len();
    (lueur, black_box(entries))
}

fn the_pack() -> Vec<u8> {
    let key = SigningKeyFile::read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/keys/content-development.key"),
    )
    .expect("development content key");
    pack_database(
        ContentStore::embedded_bytes(),
        &key,
        2,
        &PackOptions {
            created: Some(1_796_205_600 - 3600),
            ..PackOptions::default()
        },
    )
    .expect("pack")
}

/// What `install_content_pack` does once a pack is judged newer: verify and open it,
/// then store it.
fn verify_and_activate(bytes: &[u8], keys: &[lueur_contract::pack::TrustedKey], dir: &Path) {
    let opened = store::verify_and_open(bytes, keys, |_| "fr".to_string()).expect("verifies");
    store::store(dir, bytes, &opened.content).expect("stored");
    black_box(&opened);
}

fn paired_samples(
    runs: usize,
    mut a: impl FnMut() -> Duration,
    mut b: impl FnMut() -> Duration,
) -> (Vec<Duration>, Vec<Duration>) {
    let (mut first, mut second) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for _ in 0..runs {
        first.push(a());
        second.push(b());
    }
    first.sort();
    second.sort();
    (first, second)
}

fn timed(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn ratio(a: &[Duration], b: &[Duration]) -> f64 {
    percentile(b, 0.5).as_secs_f64() / percentile(a, 0.5).as_secs_f64().max(1e-12)
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let runs = if benching { 201 } else { 3 };
    let bytes = the_pack();
    let keys = lueur_core::report::deployment::bundled()
        .expect("bundled")
        .content_updates
        .expect("content updates")
        .keys;
    let install_dir = tempfile::tempdir().expect("tempdir");
    let read_dir = tempfile::tempdir().expect("tempdir");
    let same_bytes = read_dir.path().join("same-bytes");
    std::fs::write(&same_bytes, &bytes).expect("write");

    // Two installs: one on the embedded content, one on the downloaded pack.
    let embedded_dir = tempfile::tempdir().expect("tempdir");
    let pack_dir = tempfile::tempdir().expect("tempdir");
    for dir in [embedded_dir.path(), pack_dir.path()] {
        let (lueur, _) = cold_open(dir);
        lueur.set_locale("fr").expect("a first choice");
    }
    let opened = store::verify_and_open(&bytes, &keys, |_| "fr".to_string()).expect("verifies");
    store::store(pack_dir.path(), &bytes, &opened.content).expect("stored");
    assert!(matches!(
        cold_open(pack_dir.path()).0.active_content(),
        ActiveContent::Pack { .. }
    ));

    if benching {
        let mut criterion = Criterion::default().configure_from_args();
        criterion.bench_function("packs/baseline: read the pack's bytes", |b| {
            b.iter(|| black_box(std::fs::read(&same_bytes).expect("read")))
        });
        criterion.bench_function("packs/verify + activate", |b| {
            b.iter(|| verify_and_activate(&bytes, &keys, install_dir.path()))
        });
        criterion.bench_function("packs/cold open on the embedded content", |b| {
            b.iter(|| drop(cold_open(embedded_dir.path())))
        });
        criterion.bench_function("packs/cold open on a downloaded pack", |b| {
            b.iter(|| drop(cold_open(pack_dir.path())))
        });
        criterion.final_summary();
    }

    let (read, install) = paired_samples(
        runs,
        || timed(|| drop(black_box(std::fs::read(&same_bytes).expect("read")))),
        || timed(|| verify_and_activate(&bytes, &keys, install_dir.path())),
    );
    println!(
        "summary: a {} byte pack ({} bytes of content). Reading its bytes median {:.3} ms; verify + activate median {:.3} ms, p95 {:.3} ms; ratio {:.1}",
        bytes.len(),
        ContentStore::embedded_bytes().len(),
        ms(percentile(&read, 0.5)),
        ms(percentile(&install, 0.5)),
        ms(percentile(&install, 0.95)),
        ratio(&read, &install),
    );
    let (embedded, downloaded) = paired_samples(
        runs,
        || {
            let start = Instant::now();
            let opened = cold_open(embedded_dir.path());
            let elapsed = start.elapsed();
            drop(opened);
            elapsed
        },
        || {
            let start = Instant::now();
            let opened = cold_open(pack_dir.path());
            let elapsed = start.elapsed();
            drop(opened);
            elapsed
        },
    );
    println!(
        "summary: cold open + home on the embedded content median {:.3} ms, p95 {:.3} ms; on a downloaded pack median {:.3} ms, p95 {:.3} ms; ratio {:.2}",
        ms(percentile(&embedded, 0.5)),
        ms(percentile(&embedded, 0.95)),
        ms(percentile(&downloaded, 0.5)),
        ms(percentile(&downloaded, 0.95)),
        ratio(&embedded, &downloaded),
    );
}
