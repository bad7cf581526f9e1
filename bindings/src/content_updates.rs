//! Signed content updates: the content section of settings, the person's switch for
//! checks while disguised, and the content loop the platform drives beside the upload
//! loop (`next_content_check` / `content_fetched`, performed by the same executor).

use crate::app::Lueur;
use crate::error::LueurError;
use lueur_core::content_updates::{ContentCheck, ContentCheckOutcome, ContentStatusView};
use lueur_core::report::UploadResponse;

#[uniffi::export]
impl Lueur {
    /// The content in use (version, whether downloaded, date) and the state of
    /// updates: whether checks run, the last check and its result, a newer version
    /// waiting for the next start, or why a stored pack was not used.
    pub fn content_status(&self) -> Result<ContentStatusView, LueurError> {
        self.map(self.core().content_status())
    }

    /// Turns content checks on or off while the calculator disguise is on (the
    /// status's `toggle_label` says which one pressing the switch does).
    pub fn set_content_checks(&self, on: bool) -> Result<ContentStatusView, LueurError> {
        self.map(self.core().set_content_checks(on))
    }

    /// The next thing the background job does for content, after its upload loop.
    /// `Fetch`: perform `request` exactly as it says (as for an upload) and pass the
    /// answer to `content_fetched`. `Wait`: check again after `millis`. `Done`: no
    /// checks (the deployment or the disguise says so).
    pub fn next_content_check(&self) -> Result<ContentCheck, LueurError> {
        self.map(self.core().next_content_check())
    }

    /// The answer to a `Fetch`: the core verifies and stores a newer pack (used from
    /// the next start) or keeps the content it has, and says which.
    pub fn content_fetched(
        &self,
        response: UploadResponse,
    ) -> Result<ContentCheckOutcome, LueurError> {
        self.map(self.core().content_fetched(response))
    }

    /// Installs pack bytes the person chose (a file a frontline worker passed on),
    /// with every check a download gets.
    pub fn install_content_pack(&self, bytes: Vec<u8>) -> Result<ContentCheckOutcome, LueurError> {
        self.map(self.core().install_content_pack(&bytes))
    }
}
