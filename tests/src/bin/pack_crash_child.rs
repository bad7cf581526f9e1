//! Test helper for the content pack crash test: opens Lueur on a data folder (which
//! verifies and activates a stored pack), installs a pack one version newer than the
//! content it opened on, prints `installed N` once that returned, and starts again,
//! until it is killed. The packs alternate between two contents (`--even` for even
//! versions, `--odd` for odd ones), so the parent can tell from the phone number alone
//! whether the content it sees belongs to the version it sees.

use lueur_content::pack::{SigningKeyFile, sign};
use lueur_core::content_updates::ContentCheckOutcome;
use lueur_core::{Lueur, LueurConfig};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

fn arg(name: &str) -> Result<String, String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
        .ok_or_else(|| format!("{name} is required"))
}

fn main() -> Result<(), String> {
    let data_dir = PathBuf::from(arg("--data-dir")?);
    let key = SigningKeyFile::read(&PathBuf::from(arg("--key")?))?;
    let read = |name: &str| -> Result<Vec<u8>, String> {
        std::fs::read(arg(name)?).map_err(|e| e.to_string())
    };
    let (even, odd) = (read("--even")?, read("--odd")?);
    let even = lueur_contract::pack::parts(&even).map_err(|e| e.to_string())?;
    let odd = lueur_contract::pack::parts(&odd).map_err(|e| e.to_string())?;
    let mut out = std::io::stdout().lock();
    loop {
        let lueur = Lueur::open(LueurConfig::new(
            &data_dir,
            vec!["en".into()],
            Arc::new(lueur_core::env::MemorySecretStore::with_secret(
                &[5; 32],
                lueur_core::env::SeededRandom::new(1),
            )),
        ))
        .map_err(|e| e.to_string())?;
        let next = lueur.content_version() + 1;
        let base = if next.is_multiple_of(2) { &even } else { &odd };
        let mut manifest = base.manifest.clone();
        manifest.version = next;
        let bytes = sign(&manifest, base.payload, &key);
        match lueur
            .install_content_pack(&bytes)
            .map_err(|e| e.to_string())?
        {
            ContentCheckOutcome::Installed { version } => {
                writeln!(out, "installed {version}").map_err(|e| e.to_string())?;
                out.flush().map_err(|e| e.to_string())?;
            }
            other => return Err(format!("version {next} was not installed: {other:?}")),
        }
    }
}
