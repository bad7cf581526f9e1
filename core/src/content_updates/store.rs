//! The downloaded pack on disk: one file beside the user data, replaced atomically,
//! verified again (signature, hashes, schema) every time Lueur opens, and given up for
//! the embedded content whenever it does not open. A pack never *adds* to what can go
//! wrong at start: the embedded content is always there to fall back to.

use super::PackProblem;
use crate::content::ContentStore;
use crate::l10n::Localizer;
use lueur_contract::pack::{self, Manifest, TrustedKey};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The verified pack in use, as received (still signed and compressed).
pub const PACK_FILE: &str = "content.pack";
/// Where a new pack is written and synced before it is renamed over [`PACK_FILE`].
pub const PACK_STAGING_FILE: &str = "content.pack.new";

pub fn pack_path(data_dir: &Path) -> PathBuf {
    data_dir.join(PACK_FILE)
}

/// Which content the running app shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActiveContent {
    /// The content built into the app; `fallback` says why a stored pack was not used.
    Embedded { fallback: Option<PackProblem> },
    /// A downloaded pack.
    Pack { manifest: Manifest },
}

impl ActiveContent {
    pub fn version(&self, embedded_version: u64) -> u64 {
        match self {
            ActiveContent::Embedded { .. } => embedded_version,
            ActiveContent::Pack { manifest } => manifest.version,
        }
    }
}

/// Reads at most one byte more than a pack may have, so a planted huge file costs
/// nothing but is still recognised as too large.
fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(pack::MAX_PACK_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Verifies pack bytes and opens their content the way the app will: the store, and
/// the localiser in the language `choose_locale` picks from the content's locales.
pub fn verify_and_open(
    bytes: &[u8],
    keys: &[TrustedKey],
    choose_locale: impl FnOnce(&[String]) -> String,
) -> Result<(Manifest, ContentStore, Localizer), PackProblem> {
    let verified = pack::open(
        bytes,
        keys,
        lueur_contract::SCHEMA_VERSION,
        env!("CARGO_PKG_VERSION"),
    )
    .map_err(PackProblem::from)?;
    let store = ContentStore::open_bytes(&verified.content).map_err(|error| match error {
        crate::ContentError::UnknownSchema { .. } => PackProblem::UnknownSchema,
        _ => PackProblem::Unreadable,
    })?;
    let locale = choose_locale(&store.info().locales);
    let l10n = Localizer::load(&store, &locale).map_err(|_| PackProblem::Unreadable)?;
    // Every screen lists contacts or reads Fluent: both must be readable before the
    // pack replaces anything.
    store
        .contacts(lueur_contract::FALLBACK_LOCALE)
        .map_err(|_| PackProblem::Unreadable)?;
    Ok((verified.manifest, store, l10n))
}

/// The stored pack's manifest if it verifies, for comparing versions before installing.
pub fn stored_manifest(data_dir: &Path, keys: &[TrustedKey]) -> Option<Manifest> {
    let bytes = read_bounded(&pack_path(data_dir)).ok()?;
    pack::open(
        &bytes,
        keys,
        lueur_contract::SCHEMA_VERSION,
        env!("CARGO_PKG_VERSION"),
    )
    .ok()
    .map(|verified| verified.manifest)
}

/// The content to start with, and the localiser for `locale` (negotiated against the
/// chosen content's locales by `negotiate`). A stored pack is used if it verifies,
/// opens, and is newer than the embedded content (an app update may bring newer
/// content than a pack downloaded before it); otherwise it is removed and the embedded
/// content is used. Its expiry is not checked here: it protected the download, and an
/// expired pack is still newer than what the app came with.
pub fn open_at_start(
    data_dir: &Path,
    keys: &[TrustedKey],
    embedded_version: u64,
    negotiate: impl Fn(&[String]) -> String,
) -> Result<(ContentStore, Localizer, ActiveContent), crate::ContentError> {
    let path = pack_path(data_dir);
    let fallback = match read_bounded(&path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(_) => Some(PackProblem::Unreadable),
        Ok(bytes) => {
            match verify_and_open(&bytes, keys, &negotiate) {
                Ok((manifest, store, l10n)) if manifest.version > embedded_version => {
                    return Ok((store, l10n, ActiveContent::Pack { manifest }));
                }
                // Superseded by the content of an app update: nothing went wrong.
                Ok(_) => None,
                Err(problem) => Some(problem),
            }
        }
    };
    if path.exists() {
        // A pack that cannot be used now never can: remove it, so the next check
        // downloads a good one and no open pays for it again. Failing to remove it
        // changes nothing for this start.
        let _ = std::fs::remove_file(&path);
    }
    let store = ContentStore::open_embedded()?;
    let locale = negotiate(&store.info().locales);
    let l10n = Localizer::load(&store, &locale)?;
    Ok((store, l10n, ActiveContent::Embedded { fallback }))
}

/// Writes a verified pack in place of the stored one: synced beside it, renamed over
/// it, the folder synced. A kill at any moment leaves the old pack or the new one.
pub fn store(data_dir: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(data_dir)?;
    crate::userdb::replace_file(
        &pack_path(data_dir),
        &data_dir.join(PACK_STAGING_FILE),
        bytes,
    )
}
