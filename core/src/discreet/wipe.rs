//! The panic wipe: what the person reads before it, and erasing every stored trace
//! (the storage itself is erased by [`crate::userdb::UserDb::destroy`]).

use super::{LauncherIdentity, WipeDone, WipeWarningView};
use crate::app::{Lueur, Session};
use crate::error::{Error, Result};
use crate::l10n::negotiate;
use fluent_bundle::FluentValue;

impl Lueur {
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
    /// file in [`crate::userdb::FILES`]; drops the session; goes back to the negotiated
    /// language. Afterwards the app is like a fresh install: the next call that
    /// needs the database creates an empty one.
    pub fn wipe(&self) -> Result<WipeDone> {
        let mut first_error: Option<Error> = None;
        {
            let mut guard = self.user.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(db) = guard.take()
                && let Err(error) = db.destroy()
            {
                first_error.get_or_insert(error);
            }
            // Also when the database could not be opened: whatever is there goes.
            if let Err(error) = crate::userdb::remove_files(self.data_dir()) {
                first_error.get_or_insert(Error::Storage(
                    crate::userdb::StorageError::Unavailable {
                        path: self.data_dir().display().to_string(),
                        reason: error.to_string(),
                    },
                ));
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
