//! Unlock and duress codes at rest: argon2id hashes, each code with its own salt and
//! all of them keyed with a secret derived from the device secret (argon2's "secret"
//! input), stored with the parameters that made them so a later build can change the
//! defaults without locking anyone out. Without the phone's key store a copied hash
//! cannot be tested against a single code, however short codes are.

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

    fn argon2<'k>(&self, pepper: &'k [u8]) -> Option<Argon2<'k>> {
        let params = Params::new(
            self.memory_kib,
            self.iterations,
            self.parallelism,
            Some(HASH_LEN),
        )
        .ok()?;
        Argon2::new_with_secret(pepper, Algorithm::Argon2id, Version::V0x13, params).ok()
    }
}

const HASH_LEN: usize = 32;
const MAX_MEMORY_KIB: u32 = 256 * 1024;
pub const SALT_LEN: usize = 16;

/// A stored code: `argon2id$m=…,t=…,p=…$<hex salt>$<hex hash>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRecord {
    pub params: KdfParams,
    pub salt: Vec<u8>,
    pub hash: Vec<u8>,
}

impl CodeRecord {
    /// Hashes `code` with a fresh `salt` (from the caller's generator).
    pub fn new(
        code: &str,
        salt: [u8; SALT_LEN],
        params: KdfParams,
        pepper: &[u8],
    ) -> Option<CodeRecord> {
        Some(CodeRecord {
            params,
            salt: salt.to_vec(),
            hash: hash(code, &salt, params, pepper)?,
        })
    }

    pub fn encode(&self) -> String {
        format!(
            "argon2id$m={},t={},p={}${}${}",
            self.params.memory_kib,
            self.params.iterations,
            self.params.parallelism,
            to_hex(&self.salt),
            to_hex(&self.hash)
        )
    }

    /// Whether `candidate` is this code. Costs one hash whatever the answer.
    pub fn matches(&self, candidate: &str, pepper: &[u8]) -> bool {
        hash(candidate, &self.salt, self.params, pepper)
            .is_some_and(|h| constant_time_eq(&self.hash, &h))
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
        let salt = from_hex(parts.next()?)?;
        let hash = from_hex(parts.next()?)?;
        if parts.next().is_some() || hash.len() != HASH_LEN || salt.len() != SALT_LEN {
            return None;
        }
        // A tampered file must not make one check take minutes or gigabytes.
        if params.memory_kib > MAX_MEMORY_KIB || params.iterations > 16 || params.parallelism > 8 {
            return None;
        }
        params.argon2(&[0u8; 32])?;
        Some(CodeRecord { params, salt, hash })
    }
}

/// argon2id of `code` with `salt`, keyed with `pepper`.
pub fn hash(code: &str, salt: &[u8], params: KdfParams, pepper: &[u8]) -> Option<Vec<u8>> {
    let mut out = vec![0u8; HASH_LEN];
    params
        .argon2(pepper)?
        .hash_password_into(code.as_bytes(), salt, &mut out)
        .ok()?;
    Some(out)
}

/// The shortest code. Six digits: with the device secret mixed into every hash, a
/// copied file gives nothing to guess against, so what remains is guessing on the
/// phone itself through the throttle (5 free tries, then one per 30 s): 10^6 codes
/// take on average about 170 days of uninterrupted trying, against 1.7 days for 4
/// digits. Eight is the longest a person can still type quickly under stress.
pub const MIN_CODE_LEN: usize = 6;
pub const MAX_CODE_LEN: usize = 8;

/// A code is 6 to 8 ASCII digits.
pub fn is_valid_code(code: &str) -> bool {
    (MIN_CODE_LEN..=MAX_CODE_LEN).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
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

    const PEPPER: [u8; 32] = [3; 32];

    #[test]
    fn records_round_trip_and_reject_garbage() {
        let record = CodeRecord::new(
            "123456",
            *b"0123456789abcdef",
            KdfParams::cheap_for_tests(),
            &PEPPER,
        )
        .expect("hash");
        assert_eq!(CodeRecord::decode(&record.encode()), Some(record.clone()));
        assert!(record.matches("123456", &PEPPER));
        assert!(!record.matches("123457", &PEPPER));
        let unsalted = format!("argon2id$m=64,t=1,p=1${}", to_hex(&record.hash));
        for bad in [
            "",
            "argon2i$m=64,t=1,p=1$00$00",
            "argon2id$m=64,t=1$zz$zz",
            "argon2id$m=1,t=1,p=1$$",
            unsalted.as_str(),
            &format!("{}$extra", record.encode()),
        ] {
            assert_eq!(CodeRecord::decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn codes_are_six_to_eight_digits() {
        for good in ["000000", "12345678", "0123456"] {
            assert!(is_valid_code(good));
        }
        for bad in [
            "1234",
            "12345",
            "123456789",
            "12a456",
            "",
            "１２３４５６",
            "123 456",
        ] {
            assert!(!is_valid_code(bad), "{bad}");
        }
    }

    #[test]
    fn the_hash_depends_on_code_salt_and_device_secret() {
        let p = KdfParams::cheap_for_tests();
        let base = hash("123456", b"saltsaltsaltsalt", p, &PEPPER);
        assert_eq!(base, hash("123456", b"saltsaltsaltsalt", p, &PEPPER));
        assert_ne!(base, hash("123457", b"saltsaltsaltsalt", p, &PEPPER));
        assert_ne!(base, hash("123456", b"tlastlastlastlas", p, &PEPPER));
        assert_ne!(base, hash("123456", b"saltsaltsaltsalt", p, &[4; 32]));
    }
}
