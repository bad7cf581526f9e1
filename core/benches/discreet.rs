//! Discreet mode's costs: one code check with the recommended argon2id parameters
//! (must stay well under a second on a low-end phone) and one decoy key press with
//! its view model. Each is printed next to a baseline measured in the same run, so
//! the ratio can be compared across machines.

use criterion::Criterion;
use lueur_core::discreet::{Calculator, CodeKind, KdfParams, parse_keys};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::{Lueur, LueurConfig};
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

const MEMORY_BYTES: usize = KdfParams::RECOMMENDED.memory_kib as usize * 1024;

/// Baseline for the hash: filling as much memory as argon2id uses, once.
fn fill_memory() -> usize {
    let block = vec![0x5au8; MEMORY_BYTES];
    black_box(&block).len()
}

fn open(dir: &std::path::Path) -> Lueur {
    Lueur::open(LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: vec!["fr".into()],
        clock: Arc::new(ManualClock::new(1_700_000_000_000)),
        random: Arc::new(SeededRandom::new(1)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    })
    .expect("open")
}

fn median(mut f: impl FnMut(), runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path());
    lueur
        .begin_code(CodeKind::Unlock, "48213579", None)
        .expect("begin");
    lueur
        .confirm_code(CodeKind::Unlock, "48213579")
        .expect("confirm");
    let sequence = parse_keys("1234.5*6-7/8=").expect("keys");

    let mut criterion = Criterion::default().configure_from_args().sample_size(10);
    criterion.bench_function("baseline: fill 19 MiB", |b| b.iter(fill_memory));
    // The right code: it resets the failure count, so every iteration really hashes
    // (wrong codes beyond the free attempts are only checked every 30 s). A wrong
    // code costs the same single hash.
    criterion.bench_function("code check (argon2id m=19456 t=2 p=1)", |b| {
        b.iter(|| black_box(lueur.press_calculator_keys("48213579=").expect("keys")))
    });
    criterion.bench_function("baseline: 13 keys on the bare calculator", |b| {
        b.iter(|| {
            let mut calculator = Calculator::default();
            for key in &sequence {
                calculator.press(*key);
            }
            black_box(calculator.display(",", "Erreur"))
        })
    });
    criterion.bench_function("13 keys on the decoy with view models", |b| {
        b.iter(|| {
            for key in &sequence {
                black_box(lueur.press_calculator_key(*key));
            }
        })
    });
    criterion.final_summary();

    // The same figures once more as a compact summary with ratios.
    let fill = median(
        || {
            fill_memory();
        },
        21,
    );
    let check = median(
        || {
            black_box(lueur.press_calculator_keys("48213579=").expect("keys"));
        },
        11,
    );
    let bare = median(
        || {
            let mut calculator = Calculator::default();
            for key in &sequence {
                calculator.press(*key);
            }
            black_box(calculator.display(",", "Erreur"));
        },
        201,
    );
    let decoy = median(
        || {
            for key in &sequence {
                black_box(lueur.press_calculator_key(*key));
            }
        },
        201,
    );
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64().max(1e-12);
    println!(
        "summary: baseline fill 19 MiB {fill:?}; code check {check:?}; ratio {:.1}",
        ratio(check, fill)
    );
    println!(
        "summary: baseline bare calculator 13 keys {bare:?}; decoy with view models {decoy:?}; ratio {:.1}",
        ratio(decoy, bare)
    );
}
