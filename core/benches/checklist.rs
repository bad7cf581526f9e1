//! The checklist's cost per tap: what a shell waits for after each answer (the next
//! question's view model, or the full result with contacts and explanations) and the
//! assessment alone, next to a floor measured in the same run: reading the contact
//! list, which every result needs anyway. Target: every screen well under one frame
//! (16 ms) in a debug build; ratio to the floor reported.
//!
//! `cargo bench -p lueur-core --bench checklist` measures; under `cargo test` it only
//! runs each path a few times.

use criterion::Criterion;
use lueur_core::checklist::{Answer, Answers, Definition, Perspective, assess};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::{ContentStore, Lueur, LueurConfig};
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

const STRONG: &[(&str, &str)] = &[
    ("danger-now", "no"),
    ("locked-in-now", "no"),
    ("under-18", "no"),
    ("situation", "labour"),
    ("g-promised-other", "yes"),
    ("g-promised-details", "yes"),
    ("g-documents", "yes"),
    ("g-threats", "yes"),
    ("g-long-hours", "yes"),
    ("g-little-pay", "yes"),
    ("l-live-in", "yes"),
    ("d-food", "yes"),
    ("region", "brussels"),
];

fn samples(runs: usize, mut f: impl FnMut()) -> Vec<Duration> {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn median(sorted: &[Duration]) -> Duration {
    sorted[sorted.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let runs = if benching { 501 } else { 3 };
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = Lueur::open(LueurConfig {
        data_dir: dir.path().to_path_buf(),
        preferred_locales: vec!["fr-BE".into()],
        clock: Arc::new(ManualClock::new(1_764_000_000_000)),
        random: Arc::new(SeededRandom::new(1)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    })
    .expect("open");
    let store = ContentStore::open_embedded().expect("content");
    let def = Definition::load(&store).expect("checklist");
    let answers: Answers = STRONG
        .iter()
        .map(|(q, v)| (q.to_string(), Answer::Given(v.to_string())))
        .collect();
    let scripted: Vec<(String, String)> = STRONG
        .iter()
        .map(|(q, v)| (q.to_string(), v.to_string()))
        .collect();

    // One tap on a question: answer, then back to it, so each sample is the same.
    lueur
        .start_checklist(Some(Perspective::Other))
        .expect("start");
    let tap = || {
        black_box(lueur.answer_question("danger-now", "no").expect("answer"));
        black_box(lueur.go_back_in_checklist().expect("back"));
    };
    let floor = || {
        black_box(lueur.content().contacts("fr").expect("contacts"));
    };
    let result = || {
        black_box(
            lueur
                .checklist_evaluate(&scripted, Some(Perspective::Other), None)
                .expect("evaluate"),
        );
    };
    let assessment = || {
        black_box(assess(&def, &answers));
    };
    let load = || {
        black_box(Definition::load(&store).expect("load"));
    };

    if benching {
        let mut criterion = Criterion::default().configure_from_args();
        criterion.bench_function("checklist/baseline: contact list", |b| b.iter(floor));
        criterion.bench_function("checklist/tap: answer + back (two screens)", |b| {
            b.iter(tap)
        });
        criterion.bench_function("checklist/result view model", |b| b.iter(result));
        criterion.bench_function("checklist/assessment alone", |b| b.iter(assessment));
        criterion.bench_function("checklist/load definitions", |b| b.iter(load));
        criterion.final_summary();
    }

    let floor = median(&samples(runs, floor));
    let tap = median(&samples(runs, tap));
    let result = median(&samples(runs, result));
    let assessment = median(&samples(runs, assessment));
    let load = median(&samples(runs, load));
    let ratio = |d: Duration| d.as_secs_f64() / floor.as_secs_f64().max(1e-12);
    println!(
        "summary: baseline (contact list) median {:.3} ms; tap (answer + back, two view models) {:.3} ms, ratio {:.1}; result view model {:.3} ms, ratio {:.1}; assessment alone {:.4} ms; definitions load {:.3} ms (target: every screen < 16 ms)",
        ms(floor),
        ms(tap),
        ratio(tap),
        ms(result),
        ratio(result),
        ms(assessment),
        ms(load),
    );
}
