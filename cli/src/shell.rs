//! What every command shares: the opened core, the output mode (text or JSON), and
//! the mapping of core errors to localised messages on stderr.

use crate::Cli;
use lueur_core::env::{DEVICE_SECRET_MIN_LEN, DeviceSecretStore, OsRandom, Random};
use lueur_core::{Lueur, LueurConfig};
use serde::Serialize;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
        let secrets = Arc::new(KeyFile::beside(&data_dir));
        let lueur = Lueur::open(LueurConfig::new(data_dir, preferred, secrets))?;
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

/// The CLI's device secret: a file in the data folder, readable by this user only.
/// A computer has no key store the CLI can rely on, so unlike the phones a copy of the
/// whole folder can be opened; the CLI is a shell for development, tests and audits,
/// and what it shows of the core's encryption is everything but the key's keeping.
pub struct KeyFile {
    path: PathBuf,
}

impl KeyFile {
    /// Not part of the core's files: the core never writes it; the wipe renews it.
    pub const NAME: &'static str = "key";

    fn beside(data_dir: &Path) -> KeyFile {
        KeyFile {
            path: data_dir.join(Self::NAME),
        }
    }

    fn write_new(&self) -> Option<Vec<u8>> {
        let mut secret = vec![0u8; DEVICE_SECRET_MIN_LEN];
        OsRandom.fill(&mut secret);
        std::fs::create_dir_all(self.path.parent()?).ok()?;
        let staging = self.path.with_extension("new");
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&staging).ok()?;
        file.write_all(&secret).ok()?;
        file.sync_all().ok()?;
        std::fs::rename(&staging, &self.path).ok()?;
        Some(secret)
    }
}

impl DeviceSecretStore for KeyFile {
    fn device_secret(&self) -> Option<Vec<u8>> {
        match std::fs::read(&self.path) {
            Ok(secret) if secret.len() >= DEVICE_SECRET_MIN_LEN => Some(secret),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => self.write_new(),
            // Unreadable or cut short: the core then runs without stored data rather
            // than replacing a key that may still open the folder.
            _ => None,
        }
    }

    fn renew_device_secret(&self) -> Option<Vec<u8>> {
        self.write_new()
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
