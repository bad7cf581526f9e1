//! Making signed content packs (`lueur-content pack`) and the organisation's Ed25519
//! signing key file (`lueur-content keygen`). The format and its reader are in
//! `lueur_contract::pack`; this side only compiles, compresses and signs.

use ed25519_dalek::{Signer, SigningKey};
use lueur_contract::pack::{self, Manifest};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The organisation's content signing key: TOML with `key-id`, `private-key` (the
/// 32-byte Ed25519 seed, hex) and, for checking, `public-key` (hex).
pub struct SigningKeyFile {
    pub key_id: String,
    pub key: SigningKey,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawKey {
    key_id: String,
    private_key: String,
    #[serde(default)]
    public_key: Option<String>,
}

impl SigningKeyFile {
    /// A new key from the operating system's generator.
    pub fn generate(key_id: &str) -> Result<SigningKeyFile, String> {
        lueur_envelope::keys::check_key_id(key_id)?;
        let mut seed = zeroize::Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut_slice()).map_err(|e| e.to_string())?;
        Ok(SigningKeyFile {
            key_id: key_id.to_string(),
            key: SigningKey::from_bytes(&seed),
        })
    }

    pub fn read(path: &Path) -> Result<SigningKeyFile, String> {
        let text = zeroize::Zeroizing::new(
            std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?,
        );
        Self::parse(&text).map_err(|reason| format!("{}: {reason}", path.display()))
    }

    pub fn parse(text: &str) -> Result<SigningKeyFile, String> {
        let raw: RawKey = toml::from_str(text).map_err(|e| e.message().to_string())?;
        lueur_envelope::keys::check_key_id(&raw.key_id)?;
        let seed = zeroize::Zeroizing::new(
            lueur_envelope::keys::decode_hex(raw.private_key.trim())
                .ok_or("private-key is not hex")?,
        );
        let seed: [u8; 32] = seed
            .as_slice()
            .try_into()
            .map_err(|_| "private-key is not 32 bytes")?;
        let key = SigningKey::from_bytes(&seed);
        if let Some(written) = raw.public_key
            && lueur_envelope::keys::decode_key(&written).ok()
                != Some(key.verifying_key().to_bytes())
        {
            return Err("public-key does not belong to private-key".into());
        }
        Ok(SigningKeyFile {
            key_id: raw.key_id,
            key,
        })
    }

    pub fn public_key(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }

    /// The file's text. It signs content every phone of the deployment accepts: keep
    /// it offline.
    pub fn to_toml(&self) -> zeroize::Zeroizing<String> {
        zeroize::Zeroizing::new(format!(
            "# Lueur content signing key (Ed25519). Every phone of the deployment accepts\n\
             # content signed with it: keep it offline, readable only by the content editors.\n\
             key-id = \"{}\"\n\
             private-key = \"{}\"\n\
             public-key = \"{}\"\n",
            self.key_id,
            pack::hex(self.key.to_bytes().as_slice()),
            pack::hex(&self.public_key())
        ))
    }

    /// The `[[content-updates.keys]]` entry that makes phones trust this key.
    pub fn deployment_snippet(&self) -> String {
        format!(
            "[[content-updates.keys]]\nkey-id = \"{}\"\npublic-key = \"{}\"\n",
            self.key_id,
            lueur_envelope::keys::encode_base64(&self.public_key())
        )
    }
}

/// What the manifest says besides what the content itself determines.
#[derive(Debug, Clone)]
pub struct PackOptions {
    /// The content version; by default `[content-updates] version` of the folder.
    pub version: Option<u64>,
    /// When the pack is made (seconds since 1970); by default now.
    pub created: Option<i64>,
    /// How long phones accept it after `created`.
    pub valid_for_days: u32,
    /// The oldest app that reads it; by default this compiler's version.
    pub min_app_version: Option<String>,
}

impl Default for PackOptions {
    fn default() -> Self {
        PackOptions {
            version: None,
            created: None,
            valid_for_days: DEFAULT_VALID_FOR_DAYS,
            min_app_version: None,
        }
    }
}

/// A pack stays acceptable for three months: an organisation that publishes less often
/// re-signs the same content with a later date.
pub const DEFAULT_VALID_FOR_DAYS: u32 = 90;

#[derive(Debug, thiserror::Error)]
pub enum PackBuildError {
    #[error(transparent)]
    Build(#[from] crate::BuildError),
    #[error("{0}")]
    Invalid(String),
}

/// Compiles the folder, then packs and signs the database.
pub fn make_pack(
    root: &Path,
    key: &SigningKeyFile,
    options: &PackOptions,
) -> Result<Vec<u8>, PackBuildError> {
    let database = crate::build(root)?;
    let version = match options.version {
        Some(version) => version,
        None => folder_version(root)?,
    };
    pack_database(&database, key, version, options)
}

/// The `[content-updates] version` of a content folder's `deployment.toml`.
pub fn folder_version(root: &Path) -> Result<u64, PackBuildError> {
    let text = std::fs::read_to_string(root.join(crate::deployment::FILE))
        .map_err(|e| PackBuildError::Invalid(format!("deployment.toml: {e}")))?;
    let deployment = lueur_contract::deployment::parse(&text).map_err(|errors| {
        PackBuildError::Invalid(format!(
            "deployment.toml: {}",
            errors.first().map(ToString::to_string).unwrap_or_default()
        ))
    })?;
    deployment
        .content_updates
        .map(|updates| updates.version)
        .ok_or_else(|| {
            PackBuildError::Invalid(
                "deployment.toml has no [content-updates] section: pass --version".into(),
            )
        })
}

/// Packs an already compiled database (tests make variants of one build this way).
pub fn pack_database(
    database: &[u8],
    key: &SigningKeyFile,
    version: u64,
    options: &PackOptions,
) -> Result<Vec<u8>, PackBuildError> {
    let schema = database
        .get(60..64)
        .map(|b| i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or_else(|| PackBuildError::Invalid("the database is too short".into()))?;
    let payload = miniz_oxide::deflate::compress_to_vec(database, 10);
    let created = options.created.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64)
    });
    let manifest = Manifest {
        format: pack::FORMAT,
        key_id: key.key_id.clone(),
        schema,
        version,
        created,
        expires: created + i64::from(options.valid_for_days) * 86_400,
        min_app_version: options
            .min_app_version
            .clone()
            .unwrap_or_else(|| env!("CARGO_PKG_VERSION").to_string()),
        encoding: "deflate".into(),
        payload_size: payload.len() as u64,
        payload_sha256: pack::hex(&Sha256::digest(&payload)),
        content_size: database.len() as u64,
        content_sha256: pack::hex(&Sha256::digest(database)),
    };
    Ok(sign(&manifest, &payload, key))
}

/// Signs `manifest` and joins it with `payload`, checking nothing: tests use it to
/// make packs that lie.
pub fn sign(manifest: &Manifest, payload: &[u8], key: &SigningKeyFile) -> Vec<u8> {
    let json = serde_json::to_vec(manifest).unwrap_or_default();
    let signature = key.key.sign(&pack::signed_part(&json));
    pack::encode(&json, &signature.to_bytes(), payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_files_round_trip_and_refuse_a_wrong_public_key() {
        let key = SigningKeyFile::generate("content-test-1").expect("key");
        let again = SigningKeyFile::parse(&key.to_toml()).expect("parse");
        assert_eq!(again.public_key(), key.public_key());
        let other = SigningKeyFile::generate("content-test-2").expect("key");
        let mixed = key.to_toml().replace(
            &pack::hex(&key.public_key()),
            &pack::hex(&other.public_key()),
        );
        assert!(SigningKeyFile::parse(&mixed).is_err());
    }

    #[test]
    fn a_pack_opens_with_its_key_and_not_with_another() {
        let key = SigningKeyFile::generate("content-test-1").expect("key");
        let database = {
            let mut bytes = vec![0u8; 4096];
            bytes[60..64].copy_from_slice(&3i32.to_be_bytes());
            bytes
        };
        let bytes = pack_database(&database, &key, 7, &PackOptions::default()).expect("pack");
        let trusted = [pack::TrustedKey {
            key_id: key.key_id.clone(),
            public_key: key.public_key(),
        }];
        let opened = pack::open(&bytes, &trusted, 3, "9.9.9").expect("opens");
        assert_eq!(opened.content, database);
        assert_eq!(opened.manifest.version, 7);
        let stranger = SigningKeyFile::generate("content-test-1").expect("key");
        let wrong = [pack::TrustedKey {
            key_id: stranger.key_id.clone(),
            public_key: stranger.public_key(),
        }];
        assert_eq!(
            pack::open(&bytes, &wrong, 3, "9.9.9").err(),
            Some(pack::PackError::BadSignature)
        );
    }
}
