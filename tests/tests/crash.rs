//! Crash test: a child process queues and flushes reports and is killed with
//! SIGKILL at random moments, again and again, on the same data directory. Every
//! report whose queue call returned (the child printed it) must reach the intake
//! exactly once; nothing else may: no duplicate, no report that was never queued,
//! nothing that does not open to the text it was queued with. A report killed
//! between its commit and the print may arrive too, once.
//!
//! `LUEUR_CRASH_ITERATIONS` sets the number of kills (200 by default, as in CI;
//! the README shows a 10,000-kill run).

#![cfg(unix)]

mod common;

use lueur_intake::server::{Options, Server};
use rand_core::{RngCore, SeedableRng};
use std::collections::BTreeMap;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;

fn child(data: &std::path::Path, deployment: &std::path::Path, from: u64, count: u64) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lueur-crash-child"));
    command
        .arg("--data-dir")
        .arg(data)
        .arg("--deployment")
        .arg(deployment)
        .args(["--from", &from.to_string(), "--count", &count.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// `queued N ID` lines: only complete lines count (the kill may cut the last).
fn printed(stdout: &str) -> Vec<(u64, String)> {
    stdout
        .split_inclusive('\n')
        .filter(|l| l.ends_with('\n'))
        .filter_map(|line| {
            let mut parts = line.split_whitespace();
            (parts.next()? == "queued").then_some(())?;
            Some((parts.next()?.parse().ok()?, parts.next()?.to_string()))
        })
        .collect()
}

#[test]
fn sigkill_at_random_points_loses_and_duplicates_nothing() {
    let iterations: u64 = std::env::var("LUEUR_CRASH_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let seed: u64 = std::env::var("LUEUR_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20261128);
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("intake.db");
    let data = dir.path().join("phone");
    let server = Server::start("127.0.0.1:0", &db, Options::default()).expect("intake");
    let deployment = dir.path().join("deployment.toml");
    std::fs::write(&deployment, common::deployment_toml(&server.url())).expect("deployment");

    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let mut returned: BTreeMap<u64, String> = BTreeMap::new();
    let mut next = 0u64;
    let mut killed = 0u64;
    // Kill points spread over start-up, sealing, the transaction and the upload.
    let max_delay_ms = 200;
    for _ in 0..iterations {
        let mut process = child(&data, &deployment, next, 1_000)
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(
            rng.next_u64() % (max_delay_ms * 1000),
        ));
        if process.kill().is_ok() {
            killed += 1;
        }
        let _ = process.wait();
        let mut stdout = String::new();
        let _ = process
            .stdout
            .take()
            .expect("stdout")
            .read_to_string(&mut stdout);
        let lines = printed(&stdout);
        for (n, id) in &lines {
            assert!(
                returned.insert(*n, id.clone()).is_none(),
                "report {n} printed twice"
            );
        }
        // The next child starts past anything this one may have begun.
        next += lines.len() as u64 + 1;
    }
    assert!(
        killed * 10 >= iterations * 9,
        "most children were killed ({killed})"
    );

    // A last run, left to finish, delivers whatever the killed ones left queued.
    let last = child(&data, &deployment, next, 0)
        .output()
        .expect("last run");
    assert!(
        last.status.success(),
        "{}",
        String::from_utf8_lossy(&last.stderr)
    );
    server.stop();

    let mut stored: BTreeMap<u64, String> = BTreeMap::new();
    for report in common::opened(&db) {
        let n: u64 = report
            .draft
            .what_happened
            .strip_prefix("crash report ")
            .and_then(|n| n.parse().ok())
            .expect("a report this test queued");
        assert!(n < next, "report {n} was never queued");
        assert!(
            stored.insert(n, report.id.clone()).is_none(),
            "report {n} stored twice"
        );
    }
    for (n, id) in &returned {
        assert_eq!(
            stored.get(n),
            Some(id),
            "report {n} returned from queue but was lost"
        );
    }
    // The phone agrees: one row per stored report, all sent, nothing else.
    // (The same device secret as the children: the store's seed is the same.)
    let phone = lueur_core::Lueur::open(lueur_core::LueurConfig::new(
        &data,
        vec!["en".into()],
        std::sync::Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    ))
    .expect("phone");
    let rows: Vec<(String, String)> = phone
        .stored_data(|db| {
            db.prepare("SELECT id, state FROM outbox")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()
        })
        .expect("rows");
    assert_eq!(rows.len(), stored.len());
    assert!(rows.iter().all(|(_, state)| state == "sent"), "{rows:?}");
    eprintln!(
        "{iterations} kills: {} reports returned from queue, {} stored, {} more committed just before a kill",
        returned.len(),
        stored.len(),
        stored.len() - returned.len()
    );
}
