//! `Lueur`: the one object a shell holds. It owns the bundled content, the
//! localiser, the user database (and a duress session's copy of it) and the
//! in-memory session (what quick exit drops).
//! Features add their calls in their own modules with further `impl Lueur` blocks.

use crate::content::ContentStore;
use crate::env::{Clock, DEVICE_SECRET_MIN_LEN, DeviceSecretStore, OsRandom, Random, SystemClock};
use crate::error::{Error, Result};
use crate::l10n::{Localizer, negotiate, negotiate_for, resolve_aliases};
use crate::userdb::{OpenOutcome, StorageError, UserDb};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, RwLock, RwLockReadGuard};

/// What a shell passes at start.
#[derive(Clone)]
pub struct LueurConfig {
    /// The app's private data folder.
    pub data_dir: PathBuf,
    /// The OS's preferred locales, most preferred first (BCP 47 tags).
    pub preferred_locales: Vec<String>,
    pub clock: Arc<dyn Clock>,
    pub random: Arc<dyn Random>,
    /// Where the shell keeps the device secret (Keystore, Keychain).
    pub secrets: Arc<dyn DeviceSecretStore>,
}

impl LueurConfig {
    /// A configuration with the system clock and the OS random generator.
    pub fn new(
        data_dir: impl Into<PathBuf>,
        preferred_locales: Vec<String>,
        secrets: Arc<dyn DeviceSecretStore>,
    ) -> Self {
        LueurConfig {
            data_dir: data_dir.into(),
            preferred_locales,
            clock: Arc::new(SystemClock),
            random: Arc::new(OsRandom),
            secrets,
        }
    }
}

/// The user database as the app holds it: the stored one, and the copy a duress
/// session shows and changes instead.
#[derive(Default)]
pub(crate) struct UserStorage {
    /// `None` until it can be opened (after a wipe, or while storage or the device
    /// secret is unavailable).
    pub(crate) stored: Option<UserDb>,
    /// Made when the emergency code opens Lueur. It outlives quick exit and re-lock on
    /// purpose: a code set in it keeps opening the same empty Lueur for the rest of the
    /// process, as a real one would.
    pub(crate) duress_copy: Option<UserDb>,
    /// Calls go to `duress_copy`.
    pub(crate) in_duress: bool,
}

/// State that lives only in memory and that quick exit drops. Features add their
/// fields here; `Default` is the state of a freshly opened app.
#[derive(Default)]
pub struct Session {
    /// The last search query, so the search screen can be restored; never on disk.
    pub last_search: Option<String>,
    pub discreet: crate::discreet::DiscreetSession,
    /// The report draft being written: it exists nowhere else.
    pub report: crate::report::ReportSession,
    /// The checklist in progress, with its answers: kept on disk only on request.
    pub checklist: Option<crate::checklist::ChecklistSession>,
}

pub struct Lueur {
    pub(crate) content: ContentStore,
    pub(crate) l10n: RwLock<Localizer>,
    pub(crate) user: Mutex<UserStorage>,
    pub(crate) session: Mutex<Session>,
    pub(crate) config: LueurConfig,
    pub(crate) open_outcome: OpenOutcome,
    /// Opening found the data folder unusable (read-only, full, not a folder): the
    /// app runs without the user database until a later call manages to open it.
    pub(crate) opened_without_storage: bool,
    /// A deployment replacing the bundled one (tests, staging): see `report::deployment`.
    pub(crate) deployment: RwLock<Option<crate::report::Deployment>>,
    /// Which content `content` is: the embedded one or a downloaded pack.
    pub(crate) active_content: crate::content_updates::ActiveContent,
}

impl Lueur {
    pub fn open(config: LueurConfig) -> Result<Lueur> {
        // A downloaded content pack if one is stored and still verifies, else the
        // embedded content (see `content_updates::store`).
        let (content, l10n, active_content) = crate::content_updates::store::open_at_start(
            &config.data_dir,
            &crate::content_updates::trusted_keys(),
            crate::content_updates::embedded_version(),
            |content| negotiate_for(content, &config.preferred_locales),
        )?;
        // Opening on a second thread was measured slower on a busy 2-core machine
        // (thread start and scheduling cost more than the ~0.2 ms it would overlap).
        // Read from the image just loaded: no second look at the file.
        let opened = open_stored(&config).and_then(|(db, outcome)| {
            let saved_locale = db.setting("locale")?;
            Ok((db, outcome, saved_locale))
        });
        // Help numbers and information must stay reachable when the phone's storage
        // is not: open without the user database, and let each call that needs it
        // return the storage error.
        let (user, open_outcome, saved_locale) = match opened {
            Ok((user, outcome, saved)) => (Some(user), outcome, saved),
            Err(StorageError::Unavailable { .. }) => (
                None,
                OpenOutcome {
                    recreated_after_corruption: false,
                },
                None,
            ),
            Err(other) => return Err(other.into()),
        };
        let opened_without_storage = user.is_none();
        let lueur = Lueur {
            content,
            l10n: RwLock::new(l10n),
            user: Mutex::new(UserStorage {
                stored: user,
                ..UserStorage::default()
            }),
            session: Mutex::new(Session::default()),
            config,
            open_outcome,
            opened_without_storage,
            deployment: RwLock::new(None),
            active_content,
        };
        if let Some(saved) = saved_locale {
            lueur.l10n_mut().set_locale(&lueur.content, &saved);
        }
        Ok(lueur)
    }

    /// Whether the app runs without its user database because the data folder
    /// cannot be used; reading content still works, saving does not.
    pub fn storage_unavailable(&self) -> bool {
        self.opened_without_storage && self.storage().stored.is_none()
    }

    /// Whether opening found a corrupt user database and started a new one.
    pub fn recreated_after_corruption(&self) -> bool {
        self.open_outcome.recreated_after_corruption
    }

    pub fn content(&self) -> &ContentStore {
        &self.content
    }

    pub fn locale(&self) -> String {
        self.l10n().locale().to_string()
    }

    pub fn available_locales(&self) -> Vec<String> {
        self.content.info().locales.clone()
    }

    /// Changes the language and remembers the choice.
    pub fn set_locale(&self, locale: &str) -> Result<()> {
        if !self.l10n_mut().set_locale(&self.content, locale) {
            return Err(Error::invalid("locale", "error-unknown-locale"));
        }
        self.with_user(|db| Ok(db.set_setting("locale", Some(locale))?))
    }

    /// Switches to the bundled locale that best matches `tag` (`fr-BE` → `fr`) for
    /// this run only, without remembering it: for a shell's explicit one-off choice,
    /// such as the CLI's `--locale`. A tag no bundled locale matches is refused.
    pub fn use_locale(&self, tag: &str) -> Result<()> {
        let available = self.available_locales();
        let packs = self.content.packs_with_aliases().unwrap_or_default();
        // `fa-AF` is asked for, `prs` answers: compare with the tag after aliases.
        let tag = resolve_aliases(&[tag.to_string()], &packs).remove(0);
        let chosen = negotiate(std::slice::from_ref(&tag), &available);
        let language = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if chosen.split('-').next().map(str::to_ascii_lowercase) != Some(language) {
            return Err(Error::invalid("locale", "error-unknown-locale"));
        }
        self.l10n_mut().set_locale(&self.content, &chosen);
        Ok(())
    }

    pub fn now_millis(&self) -> i64 {
        self.config.clock.now_millis()
    }

    pub fn random(&self) -> &dyn Random {
        self.config.random.as_ref()
    }

    pub fn data_dir(&self) -> &std::path::Path {
        &self.config.data_dir
    }

    pub(crate) fn l10n(&self) -> RwLockReadGuard<'_, Localizer> {
        self.l10n.read().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn l10n_mut(&self) -> std::sync::RwLockWriteGuard<'_, Localizer> {
        self.l10n.write().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn session(&self) -> MutexGuard<'_, Session> {
        self.session.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn storage(&self) -> MutexGuard<'_, UserStorage> {
        self.user.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` with the user database the person sees: the stored one, or in a duress
    /// session its empty copy, so that nothing done there reaches the disk.
    pub(crate) fn with_user<T>(&self, f: impl FnOnce(&mut UserDb) -> Result<T>) -> Result<T> {
        let mut storage = self.storage();
        if storage.in_duress
            && let Some(copy) = storage.duress_copy.as_mut()
        {
            return copy.transact(f);
        }
        self.stored_in(&mut storage)?.transact(f)
    }

    /// Runs `f` with the stored database whatever the session: for the uploader, the
    /// code check and the wipe, which act on what is really there.
    pub(crate) fn with_stored_user<T>(
        &self,
        f: impl FnOnce(&mut UserDb) -> Result<T>,
    ) -> Result<T> {
        let mut storage = self.storage();
        self.stored_in(&mut storage)?.transact(f)
    }

    /// The stored database, reopened if a wipe closed it.
    fn stored_in<'a>(&self, storage: &'a mut UserStorage) -> Result<&'a mut UserDb> {
        if storage.stored.is_none() {
            let (db, _) = open_stored(&self.config)?;
            storage.stored = Some(db);
        }
        storage
            .stored
            .as_mut()
            .ok_or_else(|| Error::Internal("user database unavailable".into()))
    }

    /// Runs `f` on the stored database's connection, as a second process holding the
    /// device secret would, and writes what it changed: for tests and audits that
    /// look at (or plant) what is stored. The apps never need it.
    pub fn stored_data<T>(
        &self,
        f: impl FnOnce(&rusqlite::Connection) -> rusqlite::Result<T>,
    ) -> Result<T> {
        self.with_stored_user(|db| Ok(f(db.conn())?))
    }

    /// The secret argon2 mixes into every code hash: without this phone's device
    /// secret a copied hash cannot be tested against any code.
    pub(crate) fn code_pepper(&self) -> Result<zeroize::Zeroizing<[u8; 32]>> {
        let secret = device_secret(&self.config)?;
        Ok(crate::userdb::derive_key(
            &secret,
            b"lueur code hash secret v1",
        ))
    }

    /// Deletes user data the way every deletion must (see [`UserDb::erase`]): the
    /// storage-level helper every feature erases through.
    pub(crate) fn erase_user_data<T>(
        &self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        self.with_user(|db| db.erase(f))
    }

    /// Localised text for an error, for the one mapping point at the FFI and the CLI.
    pub fn error_text(&self, error: &Error) -> String {
        error.text(&self.l10n())
    }
}

/// The device secret from the shell's store, checked.
fn device_secret(
    config: &LueurConfig,
) -> std::result::Result<zeroize::Zeroizing<Vec<u8>>, StorageError> {
    match config.secrets.device_secret() {
        Some(secret) if secret.len() >= DEVICE_SECRET_MIN_LEN => {
            Ok(zeroize::Zeroizing::new(secret))
        }
        _ => Err(StorageError::Unavailable {
            path: config.data_dir.display().to_string(),
            reason: "the device secret cannot be read now".into(),
        }),
    }
}

fn open_stored(config: &LueurConfig) -> std::result::Result<(UserDb, OpenOutcome), StorageError> {
    let secret = device_secret(config)?;
    UserDb::open(&config.data_dir, &secret, config.random.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::{ManualClock, MemorySecretStore, SeededRandom};

    pub(crate) fn open_in(dir: &std::path::Path, locales: &[&str]) -> Lueur {
        Lueur::open(LueurConfig {
            data_dir: dir.to_path_buf(),
            preferred_locales: locales.iter().map(|l| l.to_string()).collect(),
            clock: Arc::new(ManualClock::new(1_700_000_000_000)),
            random: Arc::new(SeededRandom::new(1)),
            secrets: Arc::new(MemorySecretStore::with_secret(
                &[1; 32],
                SeededRandom::new(2),
            )),
        })
        .expect("open")
    }

    #[test]
    fn opens_in_the_negotiated_locale_and_remembers_a_change() {
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = open_in(dir.path(), &["nl-BE", "fr-BE"]);
        assert_eq!(lueur.locale(), "nl");
        lueur.set_locale("de").expect("switch");
        assert!(lueur.set_locale("xx").is_err());
        drop(lueur);
        assert_eq!(open_in(dir.path(), &["fr"]).locale(), "de");
    }

    #[test]
    fn a_one_off_locale_matches_by_language_and_is_not_remembered() {
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = open_in(dir.path(), &["en"]);
        lueur.use_locale("fr-BE").expect("fr-BE");
        assert_eq!(lueur.locale(), "fr");
        assert!(matches!(lueur.use_locale("xx"), Err(Error::Invalid { .. })));
        assert!(matches!(lueur.use_locale(""), Err(Error::Invalid { .. })));
        assert_eq!(lueur.locale(), "fr");
        drop(lueur);
        assert_eq!(open_in(dir.path(), &["en"]).locale(), "en");
    }
}
