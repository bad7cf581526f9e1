//! What the intake's tests share: the development key pair, a deployment pointing
//! at a given endpoint, a core on a manual clock, and a way to open what was stored.

#![allow(dead_code)]

use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::report::{Deployment, SealedReport};
use lueur_core::{Lueur, LueurConfig};
use lueur_intake::KeyFile;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub fn development_key_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("keys/development.key")
}

pub fn development_key() -> KeyFile {
    KeyFile::read(&development_key_path()).expect("development key")
}

pub fn bundled_deployment() -> Deployment {
    lueur_core::report::deployment::bundled().expect("bundled deployment")
}

pub fn deployment_at(endpoint: &str) -> Deployment {
    bundled_deployment()
        .with_endpoint(endpoint)
        .expect("endpoint")
}

pub fn deployment_toml(endpoint: &str) -> String {
    lueur_intake::deployment_toml(&development_key(), endpoint, true)
}

pub fn core(dir: &Path, clock: &Arc<ManualClock>, seed: u64, endpoint: &str) -> Lueur {
    let mut config = LueurConfig::new(
        dir,
        vec!["en".into()],
        Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    );
    config.clock = clock.clone();
    config.random = Arc::new(SeededRandom::new(seed));
    let lueur = Lueur::open(config).expect("open");
    lueur.set_deployment(deployment_at(endpoint));
    lueur
}

/// Every report stored at the intake, opened with the development key.
pub fn opened(db: &Path) -> Vec<SealedReport> {
    let key = development_key();
    lueur_intake::store::Store::open(db)
        .expect("store")
        .all()
        .expect("all")
        .iter()
        .map(|s| {
            lueur_envelope::open_report::<lueur_core::report::ReportDraft>(
                &s.envelope,
                &key.private_key,
            )
            .expect("opens")
        })
        .collect()
}

/// A port nothing listens on (bound, then released).
pub fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

pub mod packs;
