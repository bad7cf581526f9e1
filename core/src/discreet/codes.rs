//! Unlock and duress codes at rest: argon2id hashes with a per-install salt, stored
//! with the parameters that made them so a later build can change the defaults
//! without locking anyone out.

use argon2::{Algorithm, Argon2, Params, Version};

/// Argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfParams {
    /// OWASP's argon2id baseline (m = 19 MiB, t = 2, p = 1). A code has at most 10^8
    /// values, so the hash cannot make guessing from a stolen file hopeless; what it
    /// buys is cost per guess while staying quick on the person's phone. Measured
    /// on this project's build machine in release at about 25 ms per hash
    /// (docs/performance.md); a low-end phone, several times slower, stays well
    /// under a second, and 19 MiB fits in any phone's memory. One parallel lane
    /// because a low-end phone gives an app few fast cores.
    pub const RECOMMENDED: KdfParams = KdfParams {
        memory_kib: 19_456,
        iterations: 2,
        parallelism: 1,
    };

    /// Parameters that cost almost nothing. For tests only: a code hashed with them
    /// is easy to brute-force. Nothing in the apps or the CLI calls this.
    pub fn cheap_for_tests() -> KdfParams {
        KdfParams {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        }
    }

    fn argon2(&self) -> Option<Argon2<'static>> {
        let params = Params::new(
            self.memory_kib,
            self.iterations,
            self.parallelism,
            Some(HASH_LEN),
        )
        .ok()?;
        Some(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

const HASH_LEN: usize = 32;
const MAX_MEMORY_KIB: u32 = 256 * 1024;
pub const SALT_LEN: usize = 16;

/// A stored code: `argon2id$m=…,t=…,p=…$<hex hash>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRecord {
    pub params: KdfParams,
    pub hash: Vec<u8>,
}

impl CodeRecord {
    pub fn new(code: &str, salt: &[u8], params: KdfParams) -> Option<CodeRecord> {
        Some(CodeRecord {
            params,
            hash: hash(code, salt, params)?,
        })
    }

    pub fn encode(&self) -> String {
        format!(
            "argon2id$m={},t={},p={}${}",
            self.params.memory_kib,
            self.params.iterations,
            self.params.parallelism,
            to_hex(&self.hash)
        )
    }

    /// Parses a stored record; `None` for anything malformed.
    pub fn decode(text: &str) -> Option<CodeRecord> {
        let mut parts = text.split('$');
        if parts.next()? != "argon2id" {
            return None;
        }
        let mut params = KdfParams {
            memory_kib: 0,
            iterations: 0,
            parallelism: 0,
        };
        for field in parts.next()?.split(',') {
            let (name, value) = field.split_once('=')?;
            let value: u32 = value.parse().ok()?;
            match name {
                "m" => params.memory_kib = value,
                "t" => params.iterations = value,
                "p" => params.parallelism = value,
                _ => return None,
            }
        }
        let hash = from_hex(parts.next()?)?;
        if parts.next().is_some() || hash.len() != HASH_LEN {
            return None;
        }
        // A tampered file must not make one check take minutes or gigabytes.
        if params.memory_kib > MAX_MEMORY_KIB || params.iterations > 16 || params.parallelism > 8 {
            return None;
        }
        params.argon2()?;
        Some(CodeRecord { params, hash })
    }

    /// Whether `candidate_hash` (made with these params) equals this record, in time
    /// that does not depend on where they differ.
    pub fn matches_hash(&self, candidate_hash: &[u8]) -> bool {
        constant_time_eq(&self.hash, candidate_hash)
    }
}

pub fn hash(code: &str, salt: &[u8], params: KdfParams) -> Option<Vec<u8>> {
    let mut out = vec![0u8; HASH_LEN];
    params
        .argon2()?
        .hash_password_into(code.as_bytes(), salt, &mut out)
        .ok()?;
    Some(out)
}

/// A code is 4 to 8 ASCII digits.
pub fn is_valid_code(code: &str) -> bool {
    (4..=8).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_reject_garbage() {
        let record = CodeRecord::new("1234", b"0123456789abcdef", KdfParams::cheap_for_tests())
            .expect("hash");
        assert_eq!(CodeRecord::decode(&record.encode()), Some(record.clone()));
        for bad in [
            "",
            "argon2i$m=64,t=1,p=1$00",
            "argon2id$m=64,t=1$zz",
            "argon2id$m=1,t=1,p=1$",
            &format!("{}$extra", record.encode()),
        ] {
            assert_eq!(CodeRecord::decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn codes_are_four_to_eight_digits() {
        for good in ["0000", "12345678", "0123"] {
            assert!(is_valid_code(good));
        }
        for bad in ["123", "123456789", "12a4", "", "１２３４", "12 34"] {
            assert!(!is_valid_code(bad), "{bad}");
        }
    }

    #[test]
    fn the_same_code_and_salt_give_the_same_hash() {
        let p = KdfParams::cheap_for_tests();
        assert_eq!(
            hash("1234", b"saltsaltsaltsalt", p),
            hash("1234", b"saltsaltsaltsalt", p)
        );
        assert_ne!(
            hash("1234", b"saltsaltsaltsalt", p),
            hash("1235", b"saltsaltsaltsalt", p)
        );
        assert_ne!(
            hash("1234", b"saltsaltsaltsalt", p),
            hash("1234", b"tlastlastlastlas", p)
        );
    }
}
