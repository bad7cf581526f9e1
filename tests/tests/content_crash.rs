//! Crash test of content packs: a child process opens Lueur (verifying and activating
//! the stored pack) and installs ever newer packs, and is killed with SIGKILL at random
//! moments, again and again, on the same data folder. After every kill Lueur must open
//! on the embedded content or on a whole pack: never on a broken one (a stored pack that
//! fails to verify would show as a fallback), never on content that does not belong to
//! the version it claims, and never on a version older than one the child was told was
//! installed.
//!
//! `LUEUR_PACK_CRASH_ITERATIONS` sets the number of kills (200 by default, as in CI).

#![cfg(unix)]

mod common;

use common::packs::{changed_content, dev_key, pack};
use lueur_core::content_updates::{ActiveContent, PACK_FILE};
use lueur_core::env::{MemorySecretStore, SeededRandom};
use lueur_core::{ContentStore, Lueur, LueurConfig};
use rand_core::{RngCore, SeedableRng};
use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const ORIGINAL: &str = "+3242324030";
const CHANGED: &str = "+3278055800";

fn open(dir: &std::path::Path) -> Lueur {
    Lueur::open(LueurConfig::new(
        dir,
        vec!["en".into()],
        Arc::new(MemorySecretStore::with_secret(
            &[5; 32],
            SeededRandom::new(1),
        )),
    ))
    .expect("Lueur opens after every kill")
}

#[test]
fn sigkill_while_storing_or_activating_never_leaves_broken_content() {
    let iterations: u64 = std::env::var("LUEUR_PACK_CRASH_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let seed: u64 = std::env::var("LUEUR_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20261202);
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("phone");
    // Even versions carry the changed number, odd ones the original.
    let even = dir.path().join("even.pack");
    let odd = dir.path().join("odd.pack");
    std::fs::write(&even, pack(&changed_content(), 0)).expect("even");
    std::fs::write(&odd, pack(ContentStore::embedded_bytes(), 0)).expect("odd");
    let key = dir.path().join("content.key");
    std::fs::write(&key, dev_key().to_toml().as_bytes()).expect("key");

    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let started = Instant::now();
    let (mut killed, mut promised, mut packs_seen, mut mid_store) = (0u64, 1u64, 0u64, 0u64);
    // Kill points spread over start-up, verification, the write, the rename and the
    // next start's activation (one round takes a few tens of milliseconds).
    let max_delay_us = 120_000;
    for round in 0..iterations {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lueur-pack-crash-child"))
            .arg("--data-dir")
            .arg(&data)
            .arg("--key")
            .arg(&key)
            .arg("--even")
            .arg(&even)
            .arg("--odd")
            .arg(&odd)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(rng.next_u64() % max_delay_us));
        if child.kill().is_ok() {
            killed += 1;
        }
        let _ = child.wait();
        let mut stdout = String::new();
        let _ = child
            .stdout
            .take()
            .expect("stdout")
            .read_to_string(&mut stdout);
        let mut stderr = String::new();
        let _ = child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut stderr);
        assert!(
            stderr.trim().is_empty() || stderr.contains("Killed"),
            "round {round}: {stderr}"
        );
        for line in stdout.split_inclusive('\n').filter(|l| l.ends_with('\n')) {
            if let Some(version) = line
                .strip_prefix("installed ")
                .and_then(|v| v.trim().parse().ok())
            {
                promised = promised.max(version);
            }
        }

        // A staging file left behind: this kill came between its creation and the
        // rename, in the middle of storing. Removed once counted, so each is counted once
        // (a leftover one was already survived by the open that followed it).
        let staging = data.join(lueur_core::content_updates::PACK_STAGING_FILE);
        if staging.exists() {
            mid_store += 1;
            let lueur = open(&data);
            assert!(!matches!(
                lueur.active_content(),
                ActiveContent::Embedded { fallback: Some(_) }
            ));
            drop(lueur);
            std::fs::remove_file(&staging).expect("remove staging");
        }
        let lueur = open(&data);
        let version = lueur.content_version();
        match lueur.active_content() {
            ActiveContent::Embedded {
                fallback: Some(problem),
            } => {
                panic!("round {round}: the stored pack was broken ({problem:?})")
            }
            ActiveContent::Embedded { fallback: None } => assert_eq!(version, 1),
            ActiveContent::Pack { .. } => packs_seen += 1,
        }
        assert!(
            version >= promised,
            "round {round}: version {version} after {promised} was installed"
        );
        let number = lueur
            .content()
            .contact("en", "surya")
            .expect("query")
            .expect("surya")
            .phones[0]
            .number
            .clone();
        let expected = if version.is_multiple_of(2) {
            CHANGED
        } else {
            ORIGINAL
        };
        assert_eq!(
            number, expected,
            "round {round}: version {version} shows another version's content"
        );
        assert!(
            lueur.contacts_view(&Default::default()).is_ok(),
            "round {round}"
        );
    }
    assert!(
        killed * 10 >= iterations * 9,
        "most children were killed ({killed})"
    );
    assert!(
        packs_seen * 2 >= iterations,
        "most rounds ran on a pack ({packs_seen})"
    );
    assert!(data.join(PACK_FILE).exists());
    eprintln!(
        "{iterations} kills in {:.1} s: the last version installed was {promised}, {packs_seen} starts on a pack, {mid_store} kills in the middle of storing",
        started.elapsed().as_secs_f64()
    );
}
