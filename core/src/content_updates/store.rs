//! The downloaded pack on disk: one file beside the user data (its installed form),
//! replaced atomically, verified again (signature, content hash, schema) every time
//! Lueur opens, and given up for
//! the embedded content whenever it does not open. A pack never *adds* to what can go
//! wrong at start: the embedded content is always there to fall back to.

use super::PackProblem;
use crate::content::ContentStore;
use crate::l10n::Localizer;
use lueur_contract::pack::{self, Manifest, TrustedKey};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The verified pack in use, in its installed form (signed, content decompressed).
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

/// Reads at most one byte more than a stored pack may have, so a planted huge file
/// costs nothing but is still recognised as too large.
fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(pack::MAX_INSTALLED_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn app_version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// A verified pack with its content opened the way the app will use it.
pub struct Opened {
    pub manifest: Manifest,
    /// The decompressed content, for storing.
    pub content: Vec<u8>,
    pub store: ContentStore,
    pub l10n: Localizer,
}

/// Verifies pack bytes as downloaded (signature, hashes, schema, app version) and
/// opens their content the way the app will: the store, its contacts, and the
/// localiser in the language `choose_locale` picks from the content's locales.
pub fn verify_and_open(
    bytes: &[u8],
    keys: &[TrustedKey],
    choose_locale: impl FnOnce(&ContentStore) -> String,
) -> Result<Opened, PackProblem> {
    let verified = pack::open(bytes, keys, lueur_contract::SCHEMA_VERSION, app_version())
        .map_err(PackProblem::from)?;
    open_verified(verified, choose_locale)
}

/// The stored file verified again: its installed form (the usual case), or a pack as
/// downloaded (what an older build, or a person copying a pack into place, leaves).
fn verify_stored(bytes: &[u8], keys: &[TrustedKey]) -> Result<pack::Verified, PackProblem> {
    let schema = lueur_contract::SCHEMA_VERSION;
    if bytes.starts_with(pack::INSTALLED_MAGIC) {
        pack::open_installed(bytes, keys, schema, app_version())
    } else {
        pack::open(bytes, keys, schema, app_version())
    }
    .map_err(PackProblem::from)
}

fn open_verified(
    verified: pack::Verified,
    choose_locale: impl FnOnce(&ContentStore) -> String,
) -> Result<Opened, PackProblem> {
    let store = ContentStore::open_bytes(&verified.content).map_err(|error| match error {
        crate::ContentError::UnknownSchema { .. } => PackProblem::UnknownSchema,
        _ => PackProblem::Unreadable,
    })?;
    let locale = choose_locale(&store);
    let l10n = Localizer::load(&store, &locale).map_err(|_| PackProblem::Unreadable)?;
    // Every screen lists contacts or reads Fluent: both must be readable before the
    // pack replaces anything.
    store
        .contacts(lueur_contract::FALLBACK_LOCALE)
        .map_err(|_| PackProblem::Unreadable)?;
    Ok(Opened {
        manifest: verified.manifest,
        content: verified.content,
        store,
        l10n,
    })
}

/// The stored pack's manifest if it verifies, for comparing versions before installing.
pub fn stored_manifest(data_dir: &Path, keys: &[TrustedKey]) -> Option<Manifest> {
    let bytes = read_bounded(&pack_path(data_dir)).ok()?;
    verify_stored(&bytes, keys)
        .ok()
        .map(|verified| verified.manifest)
}

/// The content to start with, and the localiser for `locale` (negotiated against the
/// chosen content by `negotiate`, which sees its packs and aliases). A stored pack is used if it verifies,
/// opens, and is newer than the embedded content (an app update may bring newer
/// content than a pack downloaded before it); otherwise it is removed and the embedded
/// content is used. Its expiry is not checked here: it protected the download, and an
/// expired pack is still newer than what the app came with.
pub fn open_at_start(
    data_dir: &Path,
    keys: &[TrustedKey],
    embedded_version: u64,
    negotiate: impl Fn(&ContentStore) -> String,
) -> Result<(ContentStore, Localizer, ActiveContent), crate::ContentError> {
    let path = pack_path(data_dir);
    let fallback = match read_bounded(&path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(_) => Some(PackProblem::Unreadable),
        Ok(bytes) => {
            match verify_stored(&bytes, keys)
                .and_then(|verified| open_verified(verified, &negotiate))
            {
                Ok(opened) if opened.manifest.version > embedded_version => {
                    return Ok((
                        opened.store,
                        opened.l10n,
                        ActiveContent::Pack {
                            manifest: opened.manifest,
                        },
                    ));
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
    let locale = negotiate(&store);
    let l10n = Localizer::load(&store, &locale)?;
    Ok((store, l10n, ActiveContent::Embedded { fallback }))
}

/// Writes a verified pack, in its installed form, in place of the stored one: synced
/// beside it, renamed over it, the folder synced. A kill at any moment leaves the old
/// pack or the new one.
pub fn store(data_dir: &Path, pack_bytes: &[u8], content: &[u8]) -> std::io::Result<()> {
    let installed = pack::installed_form(pack_bytes, content)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    std::fs::create_dir_all(data_dir)?;
    crate::userdb::replace_file(
        &pack_path(data_dir),
        &data_dir.join(PACK_STAGING_FILE),
        &installed,
    )
}
