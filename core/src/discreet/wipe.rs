//! The panic wipe and the one way to delete user data: rows are deleted with
//! `secure_delete` on (SQLite overwrites what it frees) and the WAL is folded back
//! and truncated, so deleted content lingers neither in the database nor in its log.

use super::{LauncherIdentity, WipeDone, WipeWarningView};
use crate::app::{Lueur, Session};
use crate::error::{Error, Result};
use crate::l10n::negotiate;
use crate::userdb::{FILE_NAME, UserDb};
use fluent_bundle::FluentValue;
use rusqlite::Transaction;
use std::path::Path;

/// Every file Lueur itself writes under the data directory, removed by the wipe.
/// A feature that writes another file must add it here, or the canary test fails.
pub const WIPED_FILES: &[&str] = &[FILE_NAME, "data.db-wal", "data.db-shm", "data.db-journal"];

/// Runs `f` in a transaction, commits, then truncates the WAL. Use it for every
/// deletion of user data when you already hold the database (inside `with_user`).
pub fn erase_in<T>(db: &mut UserDb, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
    let tx = db.conn_mut().transaction()?;
    let out = f(&tx)?;
    tx.commit()?;
    db.checkpoint_truncate()?;
    Ok(out)
}

impl Lueur {
    /// Deletes user data the way every deletion must: see [`erase_in`].
    pub fn erase_user_data<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        self.with_user(|db| erase_in(db, f))
    }

    /// Reports written but not delivered yet (queued, being sent, or failed and
    /// waiting for a retry).
    pub fn unsent_report_count(&self) -> Result<u32> {
        self.with_user(|db| {
            Ok(db.conn().query_row(
                "SELECT count(*) FROM outbox WHERE state IN ('queued','sending','failed')",
                [],
                |row| row.get(0),
            )?)
        })
    }

    /// What the person reads before a panic wipe.
    pub fn wipe_warning(&self) -> Result<WipeWarningView> {
        let unsent = self.unsent_report_count()?;
        let l10n = self.l10n();
        Ok(WipeWarningView {
            title: l10n.text("discreet-wipe-title", &[]),
            body: l10n.text("discreet-wipe-body", &[]),
            unsent_reports: unsent,
            unsent_text: (unsent > 0).then(|| {
                l10n.text(
                    "discreet-wipe-unsent",
                    &[("count", FluentValue::from(unsent))],
                )
            }),
            confirm_label: l10n.text("discreet-wipe-confirm", &[]),
            cancel_label: l10n.text("discreet-wipe-cancel", &[]),
        })
    }

    /// Erases everything Lueur stored: the user database with its WAL and SHM (the
    /// settings, codes, saved answers and the outbox are all in it) and every other
    /// file in [`WIPED_FILES`]; drops the session; goes back to the negotiated
    /// language. Afterwards the app is like a fresh install: the next call that
    /// needs the database creates an empty one.
    pub fn wipe(&self) -> Result<WipeDone> {
        let mut first_error: Option<Error> = None;
        {
            let mut guard = self.user.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(mut db) = guard.take() {
                // Blank the content inside the file first, so that even blocks the
                // file system keeps after the unlink hold no readable data.
                if let Err(error) = blank_all_tables(&mut db) {
                    first_error.get_or_insert(error);
                }
                if let Err(error) = db.destroy() {
                    first_error.get_or_insert(error.into());
                }
            }
            if let Err(error) = remove_written_files(self.data_dir()) {
                first_error.get_or_insert(error);
            }
        }
        *self.session() = Session::default();
        let locale = negotiate(&self.config.preferred_locales, &self.content.info().locales);
        self.l10n_mut().set_locale(&locale);
        if let Some(error) = first_error {
            return Err(error);
        }
        Ok(WipeDone {
            message: self.l10n().text("discreet-wipe-done", &[]),
            launcher: LauncherIdentity::Lueur,
        })
    }
}

fn blank_all_tables(db: &mut UserDb) -> Result<()> {
    let tables: Vec<String> = {
        let mut statement = db.conn().prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )?;
        statement
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    erase_in(db, |tx| {
        for table in &tables {
            tx.execute(
                &format!("DELETE FROM \"{}\"", table.replace('"', "\"\"")),
                [],
            )?;
        }
        Ok(())
    })?;
    db.conn().execute_batch("VACUUM")?;
    db.checkpoint_truncate()?;
    Ok(())
}

fn remove_written_files(data_dir: &Path) -> Result<()> {
    for name in WIPED_FILES {
        match std::fs::remove_file(data_dir.join(name)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::Storage(crate::userdb::StorageError::Unavailable {
                    path: data_dir.display().to_string(),
                    reason: e.to_string(),
                }));
            }
        }
    }
    Ok(())
}
