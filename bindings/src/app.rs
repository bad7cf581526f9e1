//! The `Lueur` object the apps hold for their whole life: open, language, and facts
//! about the bundled content. Feature modules add their exports in their own
//! `#[uniffi::export] impl Lueur` blocks.

use crate::error::LueurError;
use lueur_core::LueurConfig;
use lueur_core::content::ContentInfo;
use lueur_core::env::DeviceSecretStore;
use std::sync::Arc;

/// Lueur's core, opened once at start and shared by every screen. Every method is
/// safe to call from any thread; calls are synchronous and short, but the apps still
/// call them off the main thread. Close it (`close()` / `use {}` in Kotlin) when the
/// process no longer needs it.
#[derive(uniffi::Object)]
pub struct Lueur {
    core: lueur_core::Lueur,
}

impl Lueur {
    /// Opens with an explicit configuration: Rust tests inject a manual clock and a
    /// seeded random generator here. The apps use [`Lueur::open`].
    pub fn open_with(config: LueurConfig) -> Result<Arc<Self>, LueurError> {
        let locales = config.preferred_locales.clone();
        lueur_core::Lueur::open(config)
            .map(|core| Arc::new(Lueur { core }))
            .map_err(|error| LueurError::from_open(&error, &locales))
    }

    /// The core object, for Rust callers (tests, measurements).
    pub fn core(&self) -> &lueur_core::Lueur {
        &self.core
    }

    /// Converts a core result, localising the error in the current language.
    pub(crate) fn map<T>(&self, result: lueur_core::Result<T>) -> Result<T, LueurError> {
        result.map_err(|error| LueurError::from_core(&error, self.core.error_text(&error)))
    }
}

#[uniffi::export]
impl Lueur {
    /// Opens Lueur with the app's private data folder, the phone's preferred
    /// languages, most preferred first (BCP 47 tags such as `nl-BE`), and the app's
    /// store of the device secret (Android Keystore, iOS Keychain), from which the
    /// core derives the key of everything it stores. The language is the one the
    /// person chose earlier, else the best match, else English. A data file that
    /// cannot be opened (damaged, or sealed under another secret) is replaced by an
    /// empty one (see `recreated_after_corruption`). A folder that cannot be used, or
    /// a secret that cannot be read now, still opens, so help stays reachable (see
    /// `storage_unavailable`); a database from a newer app version is a `Storage`
    /// error.
    #[uniffi::constructor]
    pub fn open(
        data_dir: String,
        preferred_locales: Vec<String>,
        secrets: Arc<dyn DeviceSecretStore>,
    ) -> Result<Arc<Self>, LueurError> {
        Self::open_with(LueurConfig::new(data_dir, preferred_locales, secrets))
    }

    /// The current language, as a bundled BCP 47 tag (`fr`, `nl`, `de` or `en`).
    pub fn locale(&self) -> String {
        self.core.locale()
    }

    /// Switches every text to `locale` and remembers the choice for the next start.
    /// A language that is not bundled is an `Invalid` error for the field `locale`.
    pub fn set_locale(&self, locale: String) -> Result<(), LueurError> {
        self.map(self.core.set_locale(&locale))
    }

    /// The bundled languages, as BCP 47 tags.
    pub fn available_locales(&self) -> Vec<String> {
        self.core.available_locales()
    }

    /// Facts about the bundled content (version, hash, review date, languages).
    pub fn content_info(&self) -> ContentInfo {
        self.core.content().info().clone()
    }

    /// True while the data folder cannot be used (read-only, full, not a folder):
    /// reading works, but every call that saves returns a `Storage` error, so the
    /// app can say once that nothing will be kept.
    pub fn storage_unavailable(&self) -> bool {
        self.core.storage_unavailable()
    }

    /// True when opening found the data file damaged and started an empty one, so
    /// the app can tell the person that earlier settings and saved items are gone.
    pub fn recreated_after_corruption(&self) -> bool {
        self.core.recreated_after_corruption()
    }
}

// Every exported object must be shareable across the apps' threads.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Lueur>();
};
