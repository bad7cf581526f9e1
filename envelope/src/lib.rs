//! `lueur-envelope`: the sealed report envelope, the only form in which a report is
//! ever written or sent, shared by the phone's core (which seals) and the intake
//! (which checks structure on receipt and, on the organisation's side, opens).
//! HPKE (RFC 9180) base mode with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and
//! ChaCha20-Poly1305, to the deployment's public key. The plaintext is padded to a
//! size bucket first, so the envelope's length says little about what was written.
//!
//! Opening (the private key, its key file, `open_report`) is behind the `open`
//! feature, which only the intake enables: the phone's library never contains it.
//!
//! Wire layout (all integers big-endian), documented in `docs/intake-protocol.md`:
//! ```text
//! "LRPT" | version u8 = 1 | kem u16 | kdf u16 | aead u16 | key_id_len u8 | key_id
//!        | report_id [16] | enc [32] | ct_len u32 | ciphertext [ct_len]
//! ```
//! Every byte before the ciphertext is the AEAD's associated data, so the version,
//! the suite, the key id and the report id cannot be changed without the intake
//! noticing.

pub mod keys;
mod report;

#[cfg(feature = "open")]
pub use report::open_report;
pub use report::{REPORT_FORMAT, SealedReport};

#[cfg(feature = "open")]
use hpke::aead::AeadTag;
use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, OpModeS, Serializable};
#[cfg(feature = "open")]
use hpke::{Kem as _, OpModeR};
use rand_core::CryptoRng;
use zeroize::Zeroizing;

/// The only HPKE suite Lueur seals with (RFC 9180, Appendix A.2), as `deployment.toml`
/// names it.
pub const SUITE: &str = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305";
pub const MAGIC: &[u8; 4] = b"LRPT";
pub const VERSION: u8 = 1;
pub const KEM_ID: u16 = 0x0020;
pub const KDF_ID: u16 = 0x0001;
pub const AEAD_ID: u16 = 0x0003;
/// HPKE `info`: names the protocol, so a key used elsewhere cannot open a report.
pub const INFO: &[u8] = b"lueur report envelope v1";
pub const TAG_LEN: usize = 16;
pub const ENC_LEN: usize = 32;
pub const REPORT_ID_LEN: usize = 16;
pub const MAX_KEY_ID_LEN: usize = 64;
/// Padded plaintext sizes. Every report fits the first unless its text is very long
/// (16 KiB holds about 4,000 words of Latin script with every field filled), so an
/// observer of the network sees one size; the larger two only for what needs them (F13).
pub const BUCKETS: &[usize] = &[16 * 1024, 64 * 1024, 128 * 1024];
/// The length prefix inside the padded plaintext.
const LEN_PREFIX: usize = 4;
/// The largest envelope a valid client sends: the largest bucket, its tag, a full header.
pub const MAX_ENVELOPE_LEN: usize =
    4 + 1 + 6 + 1 + MAX_KEY_ID_LEN + REPORT_ID_LEN + ENC_LEN + 4 + 128 * 1024 + TAG_LEN;

type Kem = X25519HkdfSha256;
type Aead = ChaCha20Poly1305;
type Kdf = HkdfSha256;

/// Why bytes are not an envelope this version can read, or cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    #[error("the envelope is shorter than its header says")]
    Truncated,
    #[error("the envelope does not start with the Lueur magic bytes")]
    BadMagic,
    #[error("envelope version {0} is not supported")]
    UnsupportedVersion(u8),
    #[error("the envelope uses an HPKE suite other than X25519/HKDF-SHA256/ChaCha20-Poly1305")]
    UnsupportedSuite,
    #[error("the key id is empty, too long or not ASCII")]
    BadKeyId,
    #[error("the ciphertext length is not one of the padding buckets")]
    NotPadded,
    #[error("bytes follow the ciphertext")]
    TrailingBytes,
    #[error("the envelope cannot be opened with this key")]
    Decrypt,
    #[error("the opened report is not well formed")]
    BadPlaintext,
}

/// A parsed envelope, borrowing the bytes it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope<'a> {
    pub version: u8,
    pub key_id: &'a str,
    pub report_id: [u8; REPORT_ID_LEN],
    pub enc: [u8; ENC_LEN],
    pub ciphertext: &'a [u8],
    /// Everything before the ciphertext: the associated data.
    pub header: &'a [u8],
}

impl<'a> Envelope<'a> {
    /// Reads the structure without decrypting anything: the intake runs this on
    /// receipt, so it must refuse any input without panicking.
    pub fn parse(bytes: &'a [u8]) -> Result<Envelope<'a>, EnvelopeError> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(4)? != MAGIC {
            return Err(EnvelopeError::BadMagic);
        }
        let version = reader.take(1)?[0];
        if version != VERSION {
            return Err(EnvelopeError::UnsupportedVersion(version));
        }
        let suite = reader.take(6)?;
        if suite != suite_bytes() {
            return Err(EnvelopeError::UnsupportedSuite);
        }
        let key_id_len = reader.take(1)?[0] as usize;
        let key_id = reader.take(key_id_len)?;
        let key_id = std::str::from_utf8(key_id).map_err(|_| EnvelopeError::BadKeyId)?;
        if keys::check_key_id(key_id).is_err() {
            return Err(EnvelopeError::BadKeyId);
        }
        let report_id = array(reader.take(REPORT_ID_LEN)?)?;
        let enc = array(reader.take(ENC_LEN)?)?;
        let ct_len = u32::from_be_bytes(array(reader.take(4)?)?) as usize;
        let header = &bytes[..reader.at];
        if !BUCKETS.iter().any(|b| b + TAG_LEN == ct_len) {
            return Err(EnvelopeError::NotPadded);
        }
        let ciphertext = reader.take(ct_len)?;
        if reader.at != bytes.len() {
            return Err(EnvelopeError::TrailingBytes);
        }
        Ok(Envelope {
            version,
            key_id,
            report_id,
            enc,
            ciphertext,
            header,
        })
    }

    /// The report id as the canonical UUID text, which is also the idempotency key.
    pub fn report_id_text(&self) -> String {
        uuid_text(&self.report_id)
    }

    /// Decrypts with the intake's private key and removes the padding.
    #[cfg(feature = "open")]
    pub fn open(&self, secret_key: &[u8; 32]) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
        let secret = <Kem as hpke::Kem>::PrivateKey::from_bytes(secret_key)
            .map_err(|_| EnvelopeError::Decrypt)?;
        let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&self.enc)
            .map_err(|_| EnvelopeError::Decrypt)?;
        let (body, tag) = self.ciphertext.split_at(self.ciphertext.len() - TAG_LEN);
        let tag = AeadTag::<Aead>::from_bytes(tag).map_err(|_| EnvelopeError::Decrypt)?;
        let mut buffer = Zeroizing::new(body.to_vec());
        hpke::single_shot_open_in_place_detached::<Aead, Kdf, Kem>(
            &OpModeR::Base,
            &secret,
            &enc,
            INFO,
            &mut buffer,
            self.header,
            &tag,
        )
        .map_err(|_| EnvelopeError::Decrypt)?;
        unpad(&buffer)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], EnvelopeError> {
        let end = self.at.checked_add(n).ok_or(EnvelopeError::Truncated)?;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or(EnvelopeError::Truncated)?;
        self.at = end;
        Ok(slice)
    }
}

fn array<const N: usize>(slice: &[u8]) -> Result<[u8; N], EnvelopeError> {
    <[u8; N]>::try_from(slice).map_err(|_| EnvelopeError::Truncated)
}

fn suite_bytes() -> [u8; 6] {
    let mut out = [0; 6];
    out[..2].copy_from_slice(&KEM_ID.to_be_bytes());
    out[2..4].copy_from_slice(&KDF_ID.to_be_bytes());
    out[4..].copy_from_slice(&AEAD_ID.to_be_bytes());
    out
}

/// The smallest bucket that holds `len` bytes of serialised report, if any does.
pub fn bucket_for(len: usize) -> Option<usize> {
    BUCKETS.iter().copied().find(|b| len + LEN_PREFIX <= *b)
}

/// Serialised report → `len u32 | bytes | zeros` of a bucket's size.
pub fn pad(plaintext: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let size = bucket_for(plaintext.len())?;
    let mut out = Zeroizing::new(Vec::with_capacity(size));
    out.extend_from_slice(&(plaintext.len() as u32).to_be_bytes());
    out.extend_from_slice(plaintext);
    out.resize(size, 0);
    Some(out)
}

#[cfg(feature = "open")]
pub fn unpad(padded: &[u8]) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    let (len, rest) = padded
        .split_at_checked(LEN_PREFIX)
        .ok_or(EnvelopeError::BadPlaintext)?;
    let len = u32::from_be_bytes(array(len).map_err(|_| EnvelopeError::BadPlaintext)?) as usize;
    let (body, padding) = rest
        .split_at_checked(len)
        .ok_or(EnvelopeError::BadPlaintext)?;
    if padding.iter().any(|&b| b != 0) {
        return Err(EnvelopeError::BadPlaintext);
    }
    Ok(Zeroizing::new(body.to_vec()))
}

/// Seals a padded plaintext. The buffer is encrypted in place, so once this returns
/// no copy of the plaintext is left in it.
pub fn seal(
    mut padded: Zeroizing<Vec<u8>>,
    public_key: &[u8; 32],
    key_id: &str,
    report_id: &[u8; REPORT_ID_LEN],
    rng: &mut impl CryptoRng,
) -> Result<Vec<u8>, SealError> {
    if !BUCKETS.contains(&padded.len()) {
        return Err(SealError::NotPadded);
    }
    if keys::check_key_id(key_id).is_err() {
        return Err(SealError::Key);
    }
    let public =
        <Kem as hpke::Kem>::PublicKey::from_bytes(public_key).map_err(|_| SealError::Key)?;
    let (enc, mut context) =
        hpke::setup_sender::<Aead, Kdf, Kem, _>(&OpModeS::Base, &public, INFO, rng)
            .map_err(|_| SealError::Key)?;
    let enc = enc.to_bytes();

    let mut out = Vec::with_capacity(MAX_ENVELOPE_LEN.min(padded.len() + 200));
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.extend_from_slice(&suite_bytes());
    out.push(key_id.len() as u8);
    out.extend_from_slice(key_id.as_bytes());
    out.extend_from_slice(report_id);
    out.extend_from_slice(&enc);
    out.extend_from_slice(&((padded.len() + TAG_LEN) as u32).to_be_bytes());
    let header_len = out.len();

    let tag = context
        .seal_in_place_detached(&mut padded, &out[..header_len])
        .map_err(|_| SealError::Key)?;
    out.extend_from_slice(&padded);
    out.extend_from_slice(&tag.to_bytes());
    Ok(out)
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("the plaintext is not padded to a bucket")]
    NotPadded,
    #[error("the deployment's public key or key id cannot be used")]
    Key,
}

/// A new X25519 key pair for an intake: (private, public).
#[cfg(feature = "open")]
pub fn generate_keypair(rng: &mut impl CryptoRng) -> (Zeroizing<[u8; 32]>, [u8; 32]) {
    let (secret, public) = Kem::gen_keypair(rng);
    let mut secret_bytes = Zeroizing::new([0u8; 32]);
    secret_bytes.copy_from_slice(&secret.to_bytes());
    let mut public_bytes = [0u8; 32];
    public_bytes.copy_from_slice(&public.to_bytes());
    (secret_bytes, public_bytes)
}

/// The public half of a private key (to check a key file against a deployment).
#[cfg(feature = "open")]
pub fn public_key_of(secret_key: &[u8; 32]) -> Option<[u8; 32]> {
    let secret = <Kem as hpke::Kem>::PrivateKey::from_bytes(secret_key).ok()?;
    let mut out = [0u8; 32];
    out.copy_from_slice(&Kem::sk_to_pk(&secret).to_bytes());
    Some(out)
}

/// A random (version 4) UUID from the caller's generator.
pub fn new_report_id(rng: &mut impl CryptoRng) -> [u8; REPORT_ID_LEN] {
    let mut id = [0u8; REPORT_ID_LEN];
    rng.fill_bytes(&mut id);
    id[6] = (id[6] & 0x0f) | 0x40;
    id[8] = (id[8] & 0x3f) | 0x80;
    id
}

pub fn uuid_text(id: &[u8; REPORT_ID_LEN]) -> String {
    let hex = keys::encode_hex(id);
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// Parses a report id: the canonical lowercase text of a random (version 4, RFC 9562
/// variant) UUID, as [`new_report_id`] makes them; anything else is refused.
pub fn parse_uuid(text: &str) -> Option<[u8; REPORT_ID_LEN]> {
    let bytes = text.as_bytes();
    if bytes.len() != 36 || [8, 13, 18, 23].iter().any(|&i| bytes[i] != b'-') {
        return None;
    }
    let hex: String = text.chars().filter(|&c| c != '-').collect();
    if hex.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let id: [u8; REPORT_ID_LEN] = array(&keys::decode_hex(&hex)?).ok()?;
    (id[6] >> 4 == 4 && id[8] >> 6 == 0b10).then_some(id)
}

#[cfg(all(test, feature = "open"))]
mod tests {
    use super::*;
    use keys::decode_hex;
    use rand_chacha::ChaCha20Rng;
    use rand_core::{RngCore, SeedableRng};

    fn seeded(seed: u64) -> ChaCha20Rng {
        ChaCha20Rng::seed_from_u64(seed)
    }

    fn hex(text: &str) -> Vec<u8> {
        decode_hex(text).expect("hex")
    }

    fn keypair() -> (Zeroizing<[u8; 32]>, [u8; 32]) {
        generate_keypair(&mut seeded(9))
    }

    #[test]
    fn seals_and_opens_with_the_matching_key_only() {
        let (secret, public) = keypair();
        let mut random = seeded(1);
        let id = new_report_id(&mut random);
        let padded = pad(b"hello").expect("fits");
        let bytes = seal(padded, &public, "k-1", &id, &mut random).expect("seal");
        assert_eq!(
            bytes.len(),
            4 + 1 + 6 + 1 + 3 + 16 + 32 + 4 + 16 * 1024 + TAG_LEN
        );
        let envelope = Envelope::parse(&bytes).expect("parse");
        assert_eq!(envelope.key_id, "k-1");
        assert_eq!(envelope.report_id, id);
        assert_eq!(envelope.open(&secret).expect("open").as_slice(), b"hello");
        let (other, _) = generate_keypair(&mut seeded(10));
        assert_eq!(envelope.open(&other), Err(EnvelopeError::Decrypt));
        assert_eq!(public_key_of(&secret), Some(public));
    }

    #[test]
    fn changing_any_header_byte_breaks_the_seal() {
        let (secret, public) = keypair();
        let mut random = seeded(2);
        let id = new_report_id(&mut random);
        let bytes = seal(pad(b"x").expect("fits"), &public, "k", &id, &mut random).expect("seal");
        let header_len = Envelope::parse(&bytes).expect("parse").header.len();
        // The report id (bytes after the key id) and the tail of `enc`.
        for at in [4 + 1 + 6 + 1 + 1, header_len - 5] {
            let mut changed = bytes.clone();
            changed[at] ^= 1;
            let result = Envelope::parse(&changed).and_then(|e| e.open(&secret).map(|_| ()));
            assert!(result.is_err(), "byte {at}");
        }
        let mut version = bytes.clone();
        version[4] = 2;
        assert_eq!(
            Envelope::parse(&version),
            Err(EnvelopeError::UnsupportedVersion(2))
        );
    }

    #[test]
    fn padding_uses_the_buckets() {
        // One size for every ordinary report (F13): short and long texts alike.
        assert_eq!(pad(&[1; 10]).expect("fits").len(), 16 * 1024);
        assert_eq!(pad(&[1; 4000]).expect("fits").len(), 16 * 1024);
        assert_eq!(pad(&[1; 16 * 1024 - 4]).expect("fits").len(), 16 * 1024);
        assert_eq!(pad(&[1; 16 * 1024 - 3]).expect("fits").len(), 64 * 1024);
        assert!(pad(&vec![1; 128 * 1024]).is_none());
        let padded = pad(b"abc").expect("fits");
        assert_eq!(unpad(&padded).expect("unpad").as_slice(), b"abc");
        let mut dirty = padded.to_vec();
        dirty[100] = 1;
        assert_eq!(unpad(&dirty), Err(EnvelopeError::BadPlaintext));
    }

    #[test]
    fn uuids_are_version_4_and_round_trip() {
        let id = new_report_id(&mut seeded(3));
        let text = uuid_text(&id);
        assert_eq!(&text[14..15], "4");
        assert_eq!(parse_uuid(&text), Some(id));
        assert_eq!(parse_uuid(&text.to_uppercase()), None);
        assert_eq!(parse_uuid("not-a-uuid"), None);
        assert_eq!(
            parse_uuid("abcdef00-0000-1000-8000-000000000000"),
            None,
            "version 1"
        );
        assert_eq!(
            parse_uuid("abcdef00-0000-4000-c000-000000000000"),
            None,
            "variant"
        );
    }

    /// A generator that hands out fixed bytes: HPKE's ephemeral key is derived from
    /// the first 32 bytes it asks for, which makes RFC 9180's `ikmE` reproducible.
    struct Fixed(Vec<u8>);

    impl RngCore for Fixed {
        fn next_u32(&mut self) -> u32 {
            let mut bytes = [0; 4];
            self.fill_bytes(&mut bytes);
            u32::from_le_bytes(bytes)
        }

        fn next_u64(&mut self) -> u64 {
            let mut bytes = [0; 8];
            self.fill_bytes(&mut bytes);
            u64::from_le_bytes(bytes)
        }

        fn fill_bytes(&mut self, dest: &mut [u8]) {
            assert!(self.0.len() >= dest.len(), "test generator ran out");
            let rest = self.0.split_off(dest.len());
            dest.copy_from_slice(&self.0);
            self.0 = rest;
        }
    }

    impl CryptoRng for Fixed {}

    /// RFC 9180, Appendix A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
    /// ChaCha20Poly1305, base mode. Values as published in the RFC (read from the
    /// machine-readable copy in Go's `crypto/internal/hpke/testdata/rfc9180-vectors.json`).
    mod rfc9180_a2 {
        pub const INFO: &str = "4f6465206f6e2061204772656369616e2055726e";
        pub const IKM_E: &str = "909a9b35d3dc4713a5e72a4da274b55d3d3821a37e5d099e74a647db583a904b";
        pub const PK_EM: &str = "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a";
        pub const IKM_R: &str = "1ac01f181fdf9f352797655161c58b75c656a6cc2716dcb66372da835542e1df";
        pub const PK_RM: &str = "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a";
        pub const SK_RM: &str = "8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb";
        pub const PT: &str = "4265617574792069732074727574682c20747275746820626561757479";
        /// (sequence number, aad, ciphertext)
        pub const ENCRYPTIONS: &[(u32, &str, &str)] = &[
            (
                0,
                "436f756e742d30",
                "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28",
            ),
            (
                1,
                "436f756e742d31",
                "6b53c051e4199c518de79594e1c4ab18b96f081549d45ce015be002090bb119e85285337cc95ba5f59992dc98c",
            ),
            (
                2,
                "436f756e742d32",
                "71146bd6795ccc9c49ce25dda112a48f202ad220559502cef1f34271e0cb4b02b4f10ecac6f48c32f878fae86b",
            ),
            (
                4,
                "436f756e742d34",
                "63357a2aa291f5a4e5f27db6baa2af8cf77427c7c1a909e0b37214dd47db122bb153495ff0b02e9e54a50dbe16",
            ),
            (
                255,
                "436f756e742d323535",
                "18ab939d63ddec9f6ac2b60d61d36a7375d2070c9b683861110757062c52b8880a5f6b3936da9cd6c23ef2a95c",
            ),
            (
                256,
                "436f756e742d323536",
                "7a4a13e9ef23978e2c520fd4d2e757514ae160cd0cd05e556ef692370ca53076214c0c40d4c728d6ed9e727a5b",
            ),
        ];
    }

    #[test]
    fn rfc9180_a2_key_derivation() {
        use rfc9180_a2::*;
        let (secret, public) = Kem::derive_keypair(&hex(IKM_R));
        assert_eq!(secret.to_bytes().to_vec(), hex(SK_RM));
        assert_eq!(public.to_bytes().to_vec(), hex(PK_RM));
        let (_, ephemeral) = Kem::derive_keypair(&hex(IKM_E));
        assert_eq!(ephemeral.to_bytes().to_vec(), hex(PK_EM));
    }

    /// Seals through the same HPKE setup as reports, with `ikmE` as its only randomness.
    #[test]
    fn rfc9180_a2_encryptions_through_the_injected_generator() {
        use rfc9180_a2::*;
        let public = <Kem as hpke::Kem>::PublicKey::from_bytes(&hex(PK_RM)).expect("pkRm");
        let mut rng = Fixed(hex(IKM_E));
        let (enc, mut sender) =
            hpke::setup_sender::<Aead, Kdf, Kem, _>(&OpModeS::Base, &public, &hex(INFO), &mut rng)
                .expect("setup");
        assert_eq!(enc.to_bytes().to_vec(), hex(PK_EM), "enc");

        let secret = <Kem as hpke::Kem>::PrivateKey::from_bytes(&hex(SK_RM)).expect("skRm");
        let mut receiver =
            hpke::setup_receiver::<Aead, Kdf, Kem>(&OpModeR::Base, &secret, &enc, &hex(INFO))
                .expect("receiver");
        let mut expected = ENCRYPTIONS.iter().peekable();
        for sequence in 0..=256u32 {
            let aad = format!("Count-{sequence}");
            let ciphertext = sender.seal(&hex(PT), aad.as_bytes()).expect("seal");
            let opened = receiver.open(&ciphertext, aad.as_bytes()).expect("open");
            assert_eq!(opened, hex(PT));
            if let Some((n, vector_aad, vector_ct)) = expected.peek()
                && *n == sequence
            {
                assert_eq!(aad.as_bytes(), hex(vector_aad).as_slice());
                assert_eq!(ciphertext, hex(vector_ct), "sequence {sequence}");
                expected.next();
            }
        }
        assert!(expected.next().is_none(), "every vector was checked");
    }

    #[test]
    fn rfc9180_a2_single_shot_open() {
        use rfc9180_a2::*;
        let secret = <Kem as hpke::Kem>::PrivateKey::from_bytes(&hex(SK_RM)).expect("skRm");
        let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&hex(PK_EM)).expect("enc");
        let (_, aad, ct) = ENCRYPTIONS[0];
        let plaintext = hpke::single_shot_open::<Aead, Kdf, Kem>(
            &OpModeR::Base,
            &secret,
            &enc,
            &hex(INFO),
            &hex(ct),
            &hex(aad),
        )
        .expect("open");
        assert_eq!(plaintext, b"Beauty is truth, truth beauty");
    }
}
