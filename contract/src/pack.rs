//! The signed content pack: the bytes an organisation publishes so phones can replace
//! the bundled content without a store update, and the one reader of them. The
//! compiler (`lueur-content pack`) writes packs with [`encode`]; the core reads them
//! with [`open`], which checks everything a pack can prove about itself (size, format,
//! signature, hashes, schema, app version). Whether a pack is *wanted* (newer than the
//! active content, not expired) is the core's policy, not the format's.
//!
//! ```text
//! "LUEURPK\x01"            8 bytes, the magic and the format generation
//! manifest length          u32, big-endian, at most MAX_MANIFEST_BYTES
//! manifest                 JSON (Manifest), UTF-8
//! signature                64 bytes, Ed25519 over MAGIC || manifest
//! payload                  the compiled content database, compressed as the
//!                          manifest's `encoding` says
//! ```
//! Only the manifest is signed; it names the payload's size and SHA-256, so the
//! payload is checked before a byte of it is decompressed.
//!
//! A phone keeps a verified pack in its *installed form* ([`installed_form`]): the magic
//! `"LUEURIN\x01"`, then the pack's signed part and signature unchanged, then the content
//! already decompressed. Every start checks that signature and the content's signed
//! SHA-256 ([`open_installed`]) instead of inflating the payload again, which was
//! four fifths of the cost of opening on a pack (docs/performance.md).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub const MAGIC: &[u8; 8] = b"LUEURPK\x01";
/// The only manifest format this build reads.
pub const FORMAT: u32 = 1;
/// A manifest is a few hundred bytes; anything longer is not one.
pub const MAX_MANIFEST_BYTES: usize = 4096;
/// The largest pack a phone downloads or stores. The compiled content is about
/// 0.9 MB and compresses to well under half of it (docs/content-updates.md); four
/// times that leaves room for many more languages and refuses absurd downloads.
pub const MAX_PACK_BYTES: usize = 4 * 1024 * 1024;
/// The largest database a pack may decompress to: bounds memory whatever the
/// (signed) manifest claims.
pub const MAX_CONTENT_BYTES: usize = 24 * 1024 * 1024;
pub const SIGNATURE_LEN: usize = 64;
const HEADER_LEN: usize = MAGIC.len() + 4;
/// The magic of a pack's installed form.
pub const INSTALLED_MAGIC: &[u8; 8] = b"LUEURIN\x01";
/// The largest installed form: the largest content and its signed manifest.
pub const MAX_INSTALLED_BYTES: usize =
    INSTALLED_MAGIC.len() + HEADER_LEN + MAX_MANIFEST_BYTES + SIGNATURE_LEN + MAX_CONTENT_BYTES;

/// What a pack says about itself. Signed, so every field is the organisation's word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The manifest format (this build reads [`FORMAT`]).
    pub format: u32,
    /// Which of the deployment's keys signed it.
    pub key_id: String,
    /// The content schema (`PRAGMA user_version`) of the database inside.
    pub schema: i32,
    /// The content version: strictly increasing from one published pack to the next.
    pub version: u64,
    /// When the pack was made, in seconds since 1970 (UTC).
    pub created: i64,
    /// After this (seconds since 1970) no phone accepts the pack: a server, or someone
    /// in between, cannot keep serving an old pack forever (a freeze attack).
    pub expires: i64,
    /// The oldest app version (`MAJOR.MINOR.PATCH`) that reads this content.
    pub min_app_version: String,
    /// How the payload is compressed: `deflate` (raw DEFLATE, RFC 1951) or `none`.
    pub encoding: String,
    /// The payload's length and SHA-256 (hex), as stored in the pack.
    pub payload_size: u64,
    pub payload_sha256: String,
    /// The database's length and SHA-256 (hex), after decompression.
    pub content_size: u64,
    pub content_sha256: String,
}

/// Why a pack was refused. Each is a different sentence for the person, and a
/// different action for the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum PackError {
    #[error("the pack is larger than this app accepts")]
    TooLarge,
    #[error("the pack is incomplete")]
    Truncated,
    #[error("this is not a Lueur content pack")]
    NotAPack,
    #[error("the pack's manifest is malformed or of an unknown format")]
    BadManifest,
    #[error("the pack is signed with a key this app does not trust")]
    UnknownKey,
    #[error("the pack's signature is not valid")]
    BadSignature,
    #[error("the pack's content does not match its signed hash")]
    Tampered,
    #[error("the pack's content schema is not one this app reads")]
    UnknownSchema,
    #[error("the pack needs a newer version of the app")]
    NeedsNewerApp,
}

/// A public key the deployment trusts for content (`[[content-updates.keys]]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    pub key_id: String,
    pub public_key: [u8; 32],
}

/// A pack whose signature and hashes were checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub manifest: Manifest,
    /// The content database, decompressed and checked against the manifest.
    pub content: Vec<u8>,
}

/// The manifest and the signed part of a pack, unverified: for tools that show what a
/// pack claims, and for [`open`].
pub struct Parts<'a> {
    pub manifest: Manifest,
    pub signed: &'a [u8],
    pub signature: &'a [u8; SIGNATURE_LEN],
    pub payload: &'a [u8],
}

/// Splits a pack and parses its manifest, checking nothing a signature proves.
pub fn parts(bytes: &[u8]) -> Result<Parts<'_>, PackError> {
    split(bytes, MAX_PACK_BYTES)
}

fn split(bytes: &[u8], max_len: usize) -> Result<Parts<'_>, PackError> {
    if bytes.len() > max_len {
        return Err(PackError::TooLarge);
    }
    if bytes.len() < HEADER_LEN {
        return Err(if MAGIC.starts_with(bytes) || bytes.starts_with(MAGIC) {
            PackError::Truncated
        } else {
            PackError::NotAPack
        });
    }
    if &bytes[..MAGIC.len()] != MAGIC {
        return Err(PackError::NotAPack);
    }
    let mut length = [0u8; 4];
    length.copy_from_slice(&bytes[MAGIC.len()..HEADER_LEN]);
    let manifest_len = u32::from_be_bytes(length) as usize;
    if manifest_len > MAX_MANIFEST_BYTES {
        return Err(PackError::BadManifest);
    }
    let manifest_end = HEADER_LEN + manifest_len;
    let signature_end = manifest_end + SIGNATURE_LEN;
    if bytes.len() < signature_end {
        return Err(PackError::Truncated);
    }
    let manifest: Manifest = serde_json::from_slice(&bytes[HEADER_LEN..manifest_end])
        .map_err(|_| PackError::BadManifest)?;
    if manifest.format != FORMAT {
        return Err(PackError::BadManifest);
    }
    let signature = bytes[manifest_end..signature_end]
        .try_into()
        .map_err(|_| PackError::Truncated)?;
    Ok(Parts {
        manifest,
        signed: &bytes[..manifest_end],
        signature,
        payload: &bytes[signature_end..],
    })
}

/// Checks a pack against the trusted keys, this build's schema and app version, and
/// returns its manifest and decompressed content. Nothing is trusted before the
/// signature is: the payload is hashed only after it, and decompressed only after the
/// hash matched, into at most the signed size.
pub fn open(
    bytes: &[u8],
    keys: &[TrustedKey],
    schema: i32,
    app_version: &str,
) -> Result<Verified, PackError> {
    let parts = parts(bytes)?;
    let payload = parts.payload;
    let manifest = check_signed(parts, keys, schema, app_version)?;
    if (payload.len() as u64) < manifest.payload_size {
        return Err(PackError::Truncated);
    }
    if payload.len() as u64 != manifest.payload_size
        || hex(&Sha256::digest(payload)) != manifest.payload_sha256
    {
        return Err(PackError::Tampered);
    }
    if manifest.content_size > MAX_CONTENT_BYTES as u64 {
        return Err(PackError::TooLarge);
    }
    let content = match manifest.encoding.as_str() {
        "none" => payload.to_vec(),
        "deflate" => {
            miniz_oxide::inflate::decompress_to_vec_with_limit(
                payload,
                manifest.content_size as usize,
            )
            // Signed and hashed, yet not inflatable: the organisation's tool is broken.
            .map_err(|_| PackError::Tampered)?
        }
        _ => return Err(PackError::BadManifest),
    };
    if content.len() as u64 != manifest.content_size
        || hex(&Sha256::digest(&content)) != manifest.content_sha256
    {
        return Err(PackError::Tampered);
    }
    Ok(Verified { manifest, content })
}

/// The signature, then what the signed manifest says about this build.
fn check_signed(
    parts: Parts<'_>,
    keys: &[TrustedKey],
    schema: i32,
    app_version: &str,
) -> Result<Manifest, PackError> {
    let key = keys
        .iter()
        .find(|k| k.key_id == parts.manifest.key_id)
        .ok_or(PackError::UnknownKey)?;
    let verifying = ed25519_dalek::VerifyingKey::from_bytes(&key.public_key)
        .map_err(|_| PackError::UnknownKey)?;
    let signature = ed25519_dalek::Signature::from_bytes(parts.signature);
    // Strict: no small-order keys, no malleable signatures.
    verifying
        .verify_strict(parts.signed, &signature)
        .map_err(|_| PackError::BadSignature)?;
    let manifest = parts.manifest;
    if manifest.schema != schema {
        return Err(PackError::UnknownSchema);
    }
    if !version_at_least(app_version, &manifest.min_app_version) {
        return Err(PackError::NeedsNewerApp);
    }
    Ok(manifest)
}

/// The installed form of a pack [`open`] accepted, with the content it returned.
pub fn installed_form(pack: &[u8], content: &[u8]) -> Result<Vec<u8>, PackError> {
    let parts = parts(pack)?;
    let mut out = Vec::with_capacity(
        INSTALLED_MAGIC.len() + parts.signed.len() + SIGNATURE_LEN + content.len(),
    );
    out.extend_from_slice(INSTALLED_MAGIC);
    out.extend_from_slice(parts.signed);
    out.extend_from_slice(parts.signature);
    out.extend_from_slice(content);
    Ok(out)
}

/// Checks an installed form as [`open`] checks a pack: the same signature and
/// manifest checks, then the content against its signed size and SHA-256.
pub fn open_installed(
    bytes: &[u8],
    keys: &[TrustedKey],
    schema: i32,
    app_version: &str,
) -> Result<Verified, PackError> {
    let rest = bytes
        .strip_prefix(INSTALLED_MAGIC.as_slice())
        .ok_or(PackError::NotAPack)?;
    let parts = split(rest, MAX_INSTALLED_BYTES - INSTALLED_MAGIC.len())?;
    let content = parts.payload;
    let manifest = check_signed(parts, keys, schema, app_version)?;
    if (content.len() as u64) < manifest.content_size {
        return Err(PackError::Truncated);
    }
    if content.len() as u64 != manifest.content_size
        || hex(&Sha256::digest(content)) != manifest.content_sha256
    {
        return Err(PackError::Tampered);
    }
    Ok(Verified {
        manifest,
        content: content.to_vec(),
    })
}

/// The bytes of a pack: what the signer signs is [`signed_part`] of the same manifest.
pub fn encode(manifest_json: &[u8], signature: &[u8; SIGNATURE_LEN], payload: &[u8]) -> Vec<u8> {
    let mut out = signed_part(manifest_json);
    out.extend_from_slice(signature);
    out.extend_from_slice(payload);
    out
}

/// MAGIC, the manifest's length and the manifest: the bytes the signature covers.
pub fn signed_part(manifest_json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + manifest_json.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(manifest_json.len() as u32).to_be_bytes());
    out.extend_from_slice(manifest_json);
    out
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Whether `version` (`MAJOR.MINOR.PATCH`, anything after `-` or `+` ignored) is at
/// least `minimum`. A minimum that does not parse is never met: a pack that asks for
/// something this build cannot understand is not for it.
pub fn version_at_least(version: &str, minimum: &str) -> bool {
    fn parse(text: &str) -> Option<[u64; 3]> {
        let core = text.split(['-', '+']).next()?;
        let mut parts = core.split('.');
        let mut out = [0u64; 3];
        for slot in &mut out {
            *slot = parts.next()?.parse().ok()?;
        }
        parts.next().is_none().then_some(out)
    }
    match (parse(version), parse(minimum)) {
        (Some(have), Some(need)) => have >= need,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_versions_compare_by_number() {
        assert!(version_at_least("0.1.0", "0.1.0"));
        assert!(version_at_least("0.10.0", "0.9.9"));
        assert!(version_at_least("1.0.0-beta", "0.99.0"));
        assert!(!version_at_least("0.1.0", "0.2.0"));
        assert!(!version_at_least("0.1.0", "one"));
        assert!(!version_at_least("0.1.0", "0.1"));
    }

    #[test]
    fn short_or_foreign_bytes_are_named() {
        assert_eq!(parts(b"").err(), Some(PackError::Truncated));
        assert_eq!(parts(b"LUEUR").err(), Some(PackError::Truncated));
        assert_eq!(parts(b"LUEURPK\x01\0\0").err(), Some(PackError::Truncated));
        assert_eq!(parts(b"SQLite format 3\0").err(), Some(PackError::NotAPack));
        let mut huge = signed_part(b"{}");
        huge.resize(MAX_PACK_BYTES + 1, 0);
        assert_eq!(parts(&huge).err(), Some(PackError::TooLarge));
        let mut long = MAGIC.to_vec();
        long.extend_from_slice(&(MAX_MANIFEST_BYTES as u32 + 1).to_be_bytes());
        assert_eq!(parts(&long).err(), Some(PackError::BadManifest));
    }
}
