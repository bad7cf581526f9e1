//! The Rust half of the call-timing harness: the median time of the same calls the
//! Kotlin harness (android/jvm `CallTimingTest`) makes through the bindings, so the
//! cost of crossing the FFI shows next to the cost of the work itself.
//!
//! `cargo run -p lueur-ffi --example call_timing -- [ITERATIONS]` prints one line per
//! call: `<call>\t<median nanoseconds>\t<iterations>`.

use lueur_ffi::Lueur;
use std::hint::black_box;
use std::time::Instant;

/// A measured call, by the name the Kotlin harness uses.
type Call = (&'static str, fn(&Lueur));

/// The measured calls: `home` (one call per screen) and `locale` (the bare crossing).
const CALLS: &[Call] = &[
    ("home", |l| {
        // A Result is what the bindings get too; an error would show in the figures.
        let _ = black_box(l.home());
    }),
    ("locale", |l| {
        black_box(l.locale());
    }),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let iterations: usize = match std::env::args().nth(1) {
        Some(n) => n.parse()?,
        None => 5_000,
    };
    let dir = tempfile::tempdir()?;
    let lueur = Lueur::open(
        dir.path().display().to_string(),
        vec!["fr-BE".to_string()],
        std::sync::Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::OsRandom,
        )),
    )?;
    // A failing call would be timed as a fast one: make sure it succeeds first.
    lueur.home()?;
    for (name, call) in CALLS {
        println!(
            "{name}\t{}\t{iterations}",
            median_nanos(&lueur, *call, iterations)
        );
    }
    Ok(())
}

fn median_nanos(lueur: &Lueur, call: fn(&Lueur), iterations: usize) -> u128 {
    for _ in 0..iterations {
        call(lueur);
    }
    let mut samples: Vec<u128> = (0..iterations.max(1))
        .map(|_| {
            let start = Instant::now();
            call(lueur);
            start.elapsed().as_nanos()
        })
        .collect();
    samples.sort_unstable();
    samples[samples.len() / 2]
}
