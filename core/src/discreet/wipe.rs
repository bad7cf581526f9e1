//! The panic wipe: what the person reads before it, and erasing every stored trace
//! (the storage itself is erased by [`crate::userdb::UserDb::destroy`]).

use super::{LauncherIdentity, WipeDone, WipeWarningView};
use crate::app::{Lueur, Session};
use crate::error::{Error, Result};
use fluent_bundle::FluentValue;

impl Lueur {
    /// Reports written but not delivered yet (queued, being sent, or failed and
    /// waiting for a retry).
    /// In a duress session, those of its empty copy: none.
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
        let fallbacks = crate::l10n::fallback_count();
        let unsent = self.unsent_report_count()?;
        let l10n = self.l10n();
        Ok(WipeWarningView {
            screen_language: l10n.screen(fallbacks),
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

    /// Erases everything Lueur stored: the user database (the settings, codes, saved
    /// answers and the outbox are all in it), every other file in
    /// [`crate::userdb::FILES`], and a duress session's copy; renews the device
    /// secret, so that no earlier copy of the data folder can ever be opened; drops
    /// the session; goes back to the negotiated language. Afterwards the app is like a
    /// fresh install. In a duress session too: erasing hides everything, which is
    /// what the emergency code is for.
    pub fn wipe(&self) -> Result<WipeDone> {
        let mut first_error: Option<Error> = None;
        {
            let mut storage = self.storage();
            storage.duress_copy = None;
            storage.in_duress = false;
            if let Some(db) = storage.stored.take()
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
            if self.config.secrets.renew_device_secret().is_none() {
                first_error.get_or_insert(Error::Storage(
                    crate::userdb::StorageError::Unavailable {
                        path: self.data_dir().display().to_string(),
                        reason: "the device secret could not be renewed".into(),
                    },
                ));
            }
        }
        *self.session() = Session::default();
        let locale = crate::l10n::negotiate_for(&self.content, &self.config.preferred_locales);
        self.l10n_mut().set_locale(&self.content, &locale);
        if let Some(error) = first_error {
            return Err(error);
        }
        Ok(WipeDone {
            message: self.l10n().text("discreet-wipe-done", &[]),
            launcher: LauncherIdentity::Lueur,
        })
    }
}
