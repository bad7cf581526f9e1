//! What confidentiality costs. Two measurements, each next to its baseline in the
//! same run:
//! - sealing one report (JSON, padding, HPKE to the deployment key) against
//!   serialising and padding it alone;
//! - flushing a queue on loopback through the whole protocol (the core's
//!   `next_upload`/`finish_upload` on the real outbox, the intake checking and
//!   storing each envelope with `synchronous=FULL`) against plain POSTs of bodies of
//!   the same size to a server that only reads them.
//!
//! `cargo bench -p lueur-tests --bench delivery` measures; under `cargo test` it
//! runs each path a few times only.

use criterion::Criterion;
use lueur_core::report::{ReportDraft, SealedReport};
use lueur_core::{Lueur, LueurConfig};
use lueur_envelope as envelope;
use lueur_intake::server::{Options, Server};
use rand_core::{OsRng, TryRngCore};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn typical_report() -> SealedReport {
    SealedReport {
        format: 1,
        id: envelope::uuid_text(&envelope::new_report_id(&mut OsRng.unwrap_err())),
        created_at: 1_800_000_000_000,
        app_locale: "fr".into(),
        draft: ReportDraft {
            what_happened: "Elle travaille tous les jours de 6 h à 23 h dans le restaurant, \
                            sans salaire, et dort dans la réserve. Son passeport est gardé \
                            par le patron. "
                .repeat(8),
            municipality: Some("Liège".into()),
            people: Some("Le patron, environ 50 ans, et son frère.".into()),
            ..ReportDraft::default()
        },
    }
}

fn serialise_and_pad(report: &SealedReport) -> zeroize::Zeroizing<Vec<u8>> {
    let json = serde_json::to_vec(report).expect("json");
    envelope::pad(&json).expect("fits")
}

fn seal(report: &SealedReport, public: &[u8; 32]) -> Vec<u8> {
    let mut random = OsRng.unwrap_err();
    let id = envelope::new_report_id(&mut random);
    envelope::seal(
        serialise_and_pad(report),
        public,
        "bench-1",
        &id,
        &mut random,
    )
    .expect("seal")
}

fn per_op(runs: u32, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    for _ in 0..runs {
        f();
    }
    start.elapsed() / runs
}

/// A server that reads each body and answers 200: the floor of a POST.
fn sink() -> (
    String,
    std::sync::Arc<tiny_http::Server>,
    Vec<std::thread::JoinHandle<()>>,
) {
    let server = std::sync::Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("sink"));
    let url = format!(
        "http://{}/v1/reports",
        server.server_addr().to_ip().expect("ip")
    );
    let workers = (0..4)
        .map(|_| {
            let server = server.clone();
            std::thread::spawn(move || {
                while let Ok(mut request) = server.recv() {
                    let mut body = Vec::new();
                    let _ = request.as_reader().read_to_end(&mut body);
                    let _ = request.respond(tiny_http::Response::from_string("{}"));
                }
            })
        })
        .collect();
    (url, server, workers)
}

/// Queues `n` reports in a fresh data directory and flushes them all to a fresh
/// intake; returns the time of the flush alone.
fn sealed_flush(n: usize, public_deployment: &lueur_core::report::Deployment) -> Duration {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = Server::start(
        "127.0.0.1:0",
        &dir.path().join("intake.db"),
        Options::default(),
    )
    .expect("intake");
    let lueur = Lueur::open(LueurConfig::new(
        dir.path().join("phone"),
        vec!["fr".into()],
        std::sync::Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    ))
    .expect("open");
    lueur.set_deployment(
        public_deployment
            .with_endpoint(&server.url())
            .expect("endpoint"),
    );
    let report = typical_report();
    for _ in 0..n {
        lueur.queue_report(&report.draft).expect("queue");
    }
    let agent = lueur_upload::agent();
    let start = Instant::now();
    // A run stops after the core's per-run budget; the next one starts at once.
    let mut uploads = 0;
    loop {
        let flush = lueur_upload::flush(&lueur, &agent).expect("flush");
        uploads += flush.uploads as usize;
        if flush.next_run_in_millis.is_none() {
            break;
        }
    }
    let elapsed = start.elapsed();
    assert_eq!(uploads, n);
    server.stop();
    elapsed
}

/// The same number of POSTs, bodies of the same size, unsealed, to the sink.
fn plain_posts(n: usize, size: usize, url: &str) -> Duration {
    let agent = lueur_upload::agent();
    let body = vec![b'x'; size];
    let request = lueur_core::report::UploadRequest {
        id: "plain".into(),
        url: url.to_string(),
        method: "POST".into(),
        headers: vec![lueur_core::report::HttpHeader {
            name: "Content-Type".to_string(),
            value: "application/octet-stream".to_string(),
        }],
        body,
        timeout_millis: 10_000,
        follow_redirects: false,
        max_response_bytes: 16 * 1024,
    };
    let start = Instant::now();
    for _ in 0..n {
        black_box(lueur_upload::perform(&agent, &request));
    }
    start.elapsed()
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let deployment = lueur_core::report::deployment::bundled().expect("deployment");
    let public = deployment.public_key;
    let report = typical_report();
    let envelope_size = seal(&report, &public).len();

    if benching {
        let mut criterion = Criterion::default().configure_from_args();
        criterion.bench_function("seal/baseline: serialise + pad", |b| {
            b.iter(|| black_box(serialise_and_pad(&report)))
        });
        criterion.bench_function("seal/serialise + pad + HPKE", |b| {
            b.iter(|| black_box(seal(&report, &public)))
        });
        criterion.final_summary();
    }

    let runs = if benching { 2_000 } else { 3 };
    let baseline = per_op(runs, || {
        black_box(serialise_and_pad(&report));
    });
    let sealed = per_op(runs, || {
        black_box(seal(&report, &public));
    });
    println!(
        "summary: sealing a {} byte report into a {} byte envelope: {:.1} µs (baseline serialise + pad {:.1} µs; ratio {:.1}; HPKE adds {:.1} µs)",
        serde_json::to_vec(&report).expect("json").len(),
        envelope_size,
        sealed.as_secs_f64() * 1e6,
        baseline.as_secs_f64() * 1e6,
        sealed.as_secs_f64() / baseline.as_secs_f64().max(1e-12),
        (sealed.as_secs_f64() - baseline.as_secs_f64()) * 1e6,
    );

    let n = if benching { 500 } else { 5 };
    let (url, sink_server, workers) = sink();
    let plain = plain_posts(n, envelope_size, &url);
    let flush = sealed_flush(n, &deployment);
    for _ in &workers {
        sink_server.unblock();
    }
    for worker in workers {
        let _ = worker.join();
    }
    let rate = |d: Duration| n as f64 / d.as_secs_f64().max(1e-12);
    println!(
        "summary: flushing {n} reports on loopback: {:.0} reports/s ({:.2} ms each: outbox claim, POST, intake check + store with synchronous=FULL, outcome); plain POST of the same {envelope_size} bytes: {:.0} requests/s ({:.2} ms each); ratio {:.1}",
        rate(flush),
        flush.as_secs_f64() * 1000.0 / n as f64,
        rate(plain),
        plain.as_secs_f64() * 1000.0 / n as f64,
        flush.as_secs_f64() / plain.as_secs_f64().max(1e-12),
    );
}
