//! What every command shares: the opened core, the output mode (text or JSON), and
//! the mapping of core errors to localised messages on stderr.

use crate::Cli;
use lueur_core::{Lueur, LueurConfig};
use serde::Serialize;
use std::io::{BufRead, Write};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Already localised by the core.
    #[error("{0}")]
    Message(String),
    #[error(transparent)]
    Core(#[from] lueur_core::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

pub struct Shell {
    pub lueur: Lueur,
    pub json: bool,
    pub deployment: Option<PathBuf>,
}

impl Shell {
    pub fn open(cli: &Cli) -> Result<Shell, CliError> {
        let data_dir = cli.data_dir.clone().unwrap_or_else(default_data_dir);
        let mut preferred = Vec::new();
        preferred.extend(cli.locale.clone());
        preferred.extend(locale_from_environment());
        let lueur = Lueur::open(LueurConfig::new(data_dir, preferred))?;
        if let Some(locale) = &cli.locale {
            // An explicit --locale wins over a language saved earlier, for this run.
            if let Err(error) = lueur.use_locale(locale) {
                return Err(CliError::Message(format!(
                    "{} ({error})",
                    lueur.error_text(&error)
                )));
            }
        }
        Ok(Shell {
            lueur,
            json: cli.json,
            deployment: cli.deployment.clone(),
        })
    }

    /// Turns a core error into the localised line printed on stderr.
    pub fn explain(&self, error: CliError) -> CliError {
        match error {
            CliError::Core(core) => {
                CliError::Message(format!("{} ({core})", self.lueur.error_text(&core)))
            }
            other => other,
        }
    }

    /// Prints a view model as JSON (in `--json` mode) or calls `text` to render it.
    pub fn show<T: Serialize>(
        &self,
        view: &T,
        text: impl FnOnce(&T) -> String,
    ) -> Result<(), CliError> {
        let mut out = std::io::stdout().lock();
        if self.json {
            let json =
                serde_json::to_string_pretty(view).map_err(|e| CliError::Message(e.to_string()))?;
            writeln!(out, "{json}")?;
        } else {
            writeln!(out, "{}", text(view))?;
        }
        Ok(())
    }

    /// Reads one line from stdin (without the newline); `None` at end of input.
    pub fn read_line(&self, prompt: &str) -> Result<Option<String>, CliError> {
        if !self.json {
            let mut err = std::io::stderr().lock();
            write!(err, "{prompt}")?;
            err.flush()?;
        }
        let mut line = String::new();
        if std::io::stdin().lock().read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
    }
}

fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("LUEUR_DATA_DIR") {
        return PathBuf::from(dir);
    }
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".local/share/lueur"),
        None => PathBuf::from(".lueur"),
    }
}

/// `LANG=fr_BE.UTF-8` → `fr-BE`.
fn locale_from_environment() -> Option<String> {
    let lang = std::env::var("LC_ALL")
        .ok()
        .filter(|v| !v.is_empty())
        .or_else(|| std::env::var("LANG").ok())?;
    let tag = lang.split(['.', '@']).next()?.replace('_', "-");
    (!tag.is_empty() && tag != "C" && tag != "POSIX").then_some(tag)
}
