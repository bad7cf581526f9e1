//! How keys and key ids are written down: the key id rule of the wire format, the
//! hex and base64 text of a public key (as `deployment.toml` carries it), and, for the
//! intake only, the private key file.

/// Length of an X25519 key.
pub const PUBLIC_KEY_LEN: usize = 32;

/// A key id is 1 to 64 characters of letters, digits, `.`, `_` and `-`.
pub fn check_key_id(key_id: &str) -> Result<(), String> {
    if key_id.is_empty()
        || key_id.len() > 64
        || !key_id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
    {
        return Err("key-id is 1 to 64 characters: letters, digits, `.`, `_` or `-`".into());
    }
    Ok(())
}

/// Decodes a 32-byte key written as 64 hex digits or as standard base64.
pub fn decode_key(text: &str) -> Result<[u8; PUBLIC_KEY_LEN], String> {
    let text = text.trim();
    let bytes =
        if text.len() == 2 * PUBLIC_KEY_LEN && text.bytes().all(|b| b.is_ascii_hexdigit()) {
            decode_hex(text)
        } else {
            decode_base64(text)
        }
        .ok_or_else(|| "the key is neither 64 hex digits nor base64".to_string())?;
    <[u8; PUBLIC_KEY_LEN]>::try_from(bytes.as_slice())
        .map_err(|_| format!("the key has {} bytes; an X25519 key has 32", bytes.len()))
}

pub fn encode_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(DIGITS[(byte >> 4) as usize] as char);
        out.push(DIGITS[(byte & 15) as usize] as char);
    }
    out
}

pub fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    let digit = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    text.as_bytes()
        .chunks(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn encode_base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(BASE64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64 with `=` padding (padding may be left out).
pub fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let trimmed = text.trim_end_matches('=');
    if text.len() - trimmed.len() > 2 || trimmed.len() % 4 == 1 {
        return None;
    }
    if text.len() != trimmed.len() && !text.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(trimmed.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for byte in trimmed.bytes() {
        let value = BASE64.iter().position(|&c| c == byte)? as u32;
        acc = acc << 6 | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // Leftover bits must be zero, or two texts would decode to the same key.
    (acc == 0).then_some(out)
}

/// The intake's private key file and the deployment snippet `keygen` writes beside
/// it. The file is TOML so an operator can read which key it is: `key-id`,
/// `private-key` (hex) and, for checking, `public-key` (hex).
#[cfg(feature = "open")]
mod key_file {
    use super::{check_key_id, decode_hex, decode_key, encode_hex};
    use serde::Deserialize;
    use std::path::Path;
    use zeroize::Zeroizing;

    pub struct KeyFile {
        pub key_id: String,
        pub private_key: Zeroizing<[u8; 32]>,
        pub public_key: [u8; 32],
    }

    #[derive(Debug, thiserror::Error)]
    pub enum KeyFileError {
        #[error("cannot read {path}: {reason}")]
        Read { path: String, reason: String },
        #[error("{path} is not a Lueur intake key file: {reason}")]
        Invalid { path: String, reason: String },
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "kebab-case")]
    struct Raw {
        key_id: String,
        private_key: String,
        #[serde(default)]
        public_key: Option<String>,
    }

    impl KeyFile {
        pub fn generate(key_id: &str, rng: &mut impl rand_core::CryptoRng) -> KeyFile {
            let (private_key, public_key) = crate::generate_keypair(rng);
            KeyFile {
                key_id: key_id.to_string(),
                private_key,
                public_key,
            }
        }

        pub fn read(path: &Path) -> Result<KeyFile, KeyFileError> {
            let text =
                Zeroizing::new(
                    std::fs::read_to_string(path).map_err(|e| KeyFileError::Read {
                        path: path.display().to_string(),
                        reason: e.to_string(),
                    })?,
                );
            Self::parse(&text).map_err(|reason| KeyFileError::Invalid {
                path: path.display().to_string(),
                reason,
            })
        }

        pub fn parse(text: &str) -> Result<KeyFile, String> {
            let raw: Raw = toml::from_str(text).map_err(|e| e.message().to_string())?;
            check_key_id(&raw.key_id)?;
            let bytes =
                Zeroizing::new(decode_hex(raw.private_key.trim()).ok_or("private-key is not hex")?);
            let mut private_key = Zeroizing::new([0u8; 32]);
            if bytes.len() != 32 {
                return Err("private-key is not 32 bytes".into());
            }
            private_key.copy_from_slice(&bytes);
            let public_key =
                crate::public_key_of(&private_key).ok_or("private-key is not an X25519 key")?;
            if let Some(written) = raw.public_key
                && decode_key(&written).ok() != Some(public_key)
            {
                return Err("public-key does not belong to private-key".into());
            }
            Ok(KeyFile {
                key_id: raw.key_id,
                private_key,
                public_key,
            })
        }

        pub fn to_toml(&self) -> Zeroizing<String> {
            Zeroizing::new(format!(
                "# Lueur intake private key (X25519, RFC 9180). It opens every report sealed to\n\
                 # the public key below: keep it offline and readable only by the people who\n\
                 # read reports.\n\
                 key-id = \"{}\"\n\
                 private-key = \"{}\"\n\
                 public-key = \"{}\"\n",
                self.key_id,
                encode_hex(self.private_key.as_slice()),
                encode_hex(&self.public_key)
            ))
        }

        /// Writes the key readable by its owner only.
        pub fn write(&self, path: &Path) -> std::io::Result<()> {
            use std::io::Write;
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut file = options.open(path)?;
            file.write_all(self.to_toml().as_bytes())?;
            file.sync_all()
        }
    }
}

#[cfg(feature = "open")]
pub use key_file::{KeyFile, KeyFileError};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_key_in_base64_and_hex_is_the_same_key() {
        let hex = decode_key("4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a")
            .expect("hex");
        let b64 = encode_base64(&hex);
        assert_eq!(decode_key(&b64).expect("base64"), hex);
        assert_eq!(
            decode_key(b64.trim_end_matches('=')).expect("unpadded"),
            hex
        );
        assert!(decode_key("AAAA").is_err());
        assert!(decode_key("not a key at all!").is_err());
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
                prop_assert_eq!(decode_base64(&encode_base64(&bytes)), Some(bytes.clone()));
                prop_assert_eq!(decode_hex(&encode_hex(&bytes)), Some(bytes));
            }

            #[test]
            fn key_text_never_panics(text in ".{0,300}") {
                let _ = decode_key(&text);
                let _ = check_key_id(&text);
            }
        }
    }
}
