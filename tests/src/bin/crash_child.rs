//! Test helper for the crash test: queues reports numbered from `--from`, flushing
//! after each, and prints `queued N` only once `queue_report` has returned, until it
//! runs out or is killed. The parent SIGKILLs it at random moments and checks that
//! every printed report reaches the intake exactly once and nothing else does.

use std::sync::Arc;

use lueur_core::report::{Deployment, ReportDraft};
use lueur_core::{Lueur, LueurConfig};
use std::io::Write;
use std::path::PathBuf;

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() -> Result<(), String> {
    let data_dir = PathBuf::from(arg("--data-dir").ok_or("--data-dir")?);
    let deployment_text = std::fs::read_to_string(arg("--deployment").ok_or("--deployment")?)
        .map_err(|e| e.to_string())?;
    let deployment: Deployment =
        lueur_core::report::deployment::parse(&deployment_text).map_err(|e| format!("{e:?}"))?;
    let from: u64 = arg("--from")
        .ok_or("--from")?
        .parse()
        .map_err(|_| "--from")?;
    let count: u64 = arg("--count")
        .unwrap_or_else(|| "1000000".into())
        .parse()
        .map_err(|_| "--count")?;
    let lueur = Lueur::open(LueurConfig::new(
        data_dir,
        vec!["en".into()],
        Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    ))
    .map_err(|e| e.to_string())?;
    lueur.set_deployment(deployment);
    let agent = lueur_upload::agent();
    let mut out = std::io::stdout().lock();
    // Whatever an earlier, killed run left behind goes first, over as many runs as
    // the core's per-run budget needs.
    while lueur_upload::flush(&lueur, &agent)
        .map_err(|e| e.to_string())?
        .next_run_in_millis
        == Some(0)
    {}
    for n in from..from + count {
        let draft = ReportDraft {
            what_happened: format!("crash report {n}"),
            ..ReportDraft::default()
        };
        let item = lueur.queue_report(&draft).map_err(|e| e.to_string())?;
        writeln!(out, "queued {n} {}", item.id).map_err(|e| e.to_string())?;
        out.flush().map_err(|e| e.to_string())?;
        lueur_upload::flush(&lueur, &agent).map_err(|e| e.to_string())?;
    }
    Ok(())
}
