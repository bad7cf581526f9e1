//! `lueur content status | update [--from URL|FILE] | checks on|off`: the content
//! section of settings, and the platform side of a content check. What to fetch, what
//! a pack is worth and what to say about it are the core's; this only performs the
//! request (with the report uploader's executor) or reads the file.

use crate::shell::{CliError, Shell};
use lueur_core::content_updates::{ContentCheck, ContentCheckOutcome, ContentStatusView};
use serde::Serialize;
use std::fmt::Write;

fn status_text(view: &ContentStatusView) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", view.title);
    let _ = writeln!(out, "{}", view.version_label);
    let _ = writeln!(out, "{}", view.date);
    for line in [&view.fallback, &view.pending].into_iter().flatten() {
        let _ = writeln!(out, "! {line}");
    }
    let _ = writeln!(out, "{}", view.checks_text);
    for line in [&view.last_check, &view.last_result].into_iter().flatten() {
        let _ = writeln!(out, "{line}");
    }
    if let Some(toggle) = &view.toggle_label {
        let _ = writeln!(out, "> {toggle}");
    }
    out.trim_end().to_string()
}

pub fn status(shell: &Shell) -> Result<(), CliError> {
    let view = shell.lueur.content_status()?;
    shell.show(&view, status_text)
}

pub fn checks(shell: &Shell, on: bool) -> Result<(), CliError> {
    let view = shell.lueur.set_content_checks(on)?;
    shell.show(&view, status_text)
}

#[derive(Serialize)]
struct UpdateView {
    /// What the check found; `None` when no check was due or checks are off.
    outcome: Option<ContentCheckOutcome>,
    status: ContentStatusView,
}

/// `--from` an `http(s)://` address is fetched; anything else is a file. Without it,
/// the scheduled check runs if it is due (and the deployment and disguise allow it).
pub fn update(shell: &Shell, from: Option<String>) -> Result<(), CliError> {
    crate::report::use_deployment(shell, None)?;
    let lueur = &shell.lueur;
    let agent = lueur_upload::agent();
    let outcome = match from {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
            let request = lueur.content_request(&url)?;
            Some(lueur.content_fetched(lueur_upload::perform(&agent, &request))?)
        }
        Some(path) => {
            let bytes = read_bounded(&path)?;
            Some(lueur.install_content_pack(&bytes)?)
        }
        None => match lueur.next_content_check()? {
            ContentCheck::Fetch { request } => {
                Some(lueur.content_fetched(lueur_upload::perform(&agent, &request))?)
            }
            ContentCheck::Wait { .. } | ContentCheck::Done => None,
        },
    };
    let view = UpdateView {
        outcome,
        status: lueur.content_status()?,
    };
    shell.show(&view, |v| status_text(&v.status))?;
    match &view.outcome {
        Some(ContentCheckOutcome::Refused { .. } | ContentCheckOutcome::Failed) => Err(
            CliError::Message(view.status.last_result.clone().unwrap_or_default()),
        ),
        _ => Ok(()),
    }
}

/// Reads a pack file, at most one byte past the largest pack, so the core can say a
/// larger one is too large without the CLI reading all of it.
fn read_bounded(path: &str) -> Result<Vec<u8>, CliError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| {
            file.take(lueur_core::content_updates::MAX_PACK_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
        })
        .map_err(|e| CliError::Message(format!("{path}: {e}")))?;
    Ok(bytes)
}
