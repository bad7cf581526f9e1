//! Property tests of the content pack reader, the parser of bytes that come from the
//! network: whatever the bytes, it answers with a value or a `PackError` and never
//! panics; a pack it accepts is exactly what was signed; changing any bit of a signed
//! pack, or cutting it anywhere, is always refused.

use ed25519_dalek::{Signer, SigningKey};
use lueur_contract::pack::{self, Manifest, PackError, TrustedKey};
use proptest::prelude::*;
use sha2::{Digest, Sha256};

const SCHEMA: i32 = 3;

fn key() -> (SigningKey, Vec<TrustedKey>) {
    let signing = SigningKey::from_bytes(&[42; 32]);
    let trusted = vec![TrustedKey {
        key_id: "prop-1".into(),
        public_key: signing.verifying_key().to_bytes(),
    }];
    (signing, trusted)
}

fn make(content: &[u8], version: u64, deflate: bool) -> Vec<u8> {
    let (signing, _) = key();
    let payload = if deflate {
        miniz_oxide::deflate::compress_to_vec(content, 6)
    } else {
        content.to_vec()
    };
    let manifest = Manifest {
        format: pack::FORMAT,
        key_id: "prop-1".into(),
        schema: SCHEMA,
        version,
        created: 1_700_000_000,
        expires: 1_900_000_000,
        min_app_version: "0.1.0".into(),
        encoding: if deflate { "deflate" } else { "none" }.into(),
        payload_size: payload.len() as u64,
        payload_sha256: pack::hex(&Sha256::digest(&payload)),
        content_size: content.len() as u64,
        content_sha256: pack::hex(&Sha256::digest(content)),
    };
    let json = serde_json::to_vec(&manifest).expect("json");
    let signature = signing.sign(&pack::signed_part(&json));
    pack::encode(&json, &signature.to_bytes(), &payload)
}

fn open(bytes: &[u8]) -> Result<pack::Verified, PackError> {
    pack::open(bytes, &key().1, SCHEMA, "0.1.0")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = pack::parts(&bytes);
        let _ = open(&bytes);
    }

    #[test]
    fn never_panics_past_the_magic(
        length in 0u32..5000,
        rest in proptest::collection::vec(any::<u8>(), 0..600),
    ) {
        let mut bytes = pack::MAGIC.to_vec();
        bytes.extend_from_slice(&length.to_be_bytes());
        bytes.extend_from_slice(&rest);
        prop_assert!(open(&bytes).is_err());
    }

    #[test]
    fn never_panics_on_any_manifest_text(text in ".{0,400}") {
        let mut bytes = pack::signed_part(text.as_bytes());
        bytes.extend_from_slice(&[0; 64]);
        prop_assert!(open(&bytes).is_err());
    }

    #[test]
    fn a_signed_pack_opens_to_exactly_its_content(
        content in proptest::collection::vec(any::<u8>(), 0..3000),
        version in any::<u64>(),
        deflate in any::<bool>(),
    ) {
        let opened = open(&make(&content, version, deflate)).expect("opens");
        prop_assert_eq!(opened.content, content);
        prop_assert_eq!(opened.manifest.version, version);
    }

    #[test]
    fn any_flipped_bit_is_refused(
        content in proptest::collection::vec(any::<u8>(), 1..2000),
        deflate in any::<bool>(),
        at in any::<prop::sample::Index>(),
        bit in 0u8..8,
    ) {
        let mut bytes = make(&content, 2, deflate);
        let at = at.index(bytes.len());
        bytes[at] ^= 1 << bit;
        prop_assert!(open(&bytes).is_err(), "flipping bit {} of byte {} was accepted", bit, at);
    }

    #[test]
    fn any_cut_is_refused(
        content in proptest::collection::vec(any::<u8>(), 1..2000),
        deflate in any::<bool>(),
        at in any::<prop::sample::Index>(),
    ) {
        let bytes = make(&content, 2, deflate);
        let cut = at.index(bytes.len());
        prop_assert!(open(&bytes[..cut]).is_err());
    }

    #[test]
    fn the_installed_form_opens_to_the_same_and_refuses_any_flipped_bit(
        content in proptest::collection::vec(any::<u8>(), 1..2000),
        at in any::<prop::sample::Index>(),
        bit in 0u8..8,
    ) {
        let bytes = make(&content, 3, true);
        let verified = open(&bytes).expect("opens");
        let mut installed = pack::installed_form(&bytes, &verified.content).expect("installed");
        let again = pack::open_installed(&installed, &key().1, SCHEMA, "0.1.0").expect("reopens");
        prop_assert_eq!(&again, &verified);
        let at = at.index(installed.len());
        installed[at] ^= 1 << bit;
        prop_assert!(pack::open_installed(&installed, &key().1, SCHEMA, "0.1.0").is_err());
    }

    #[test]
    fn the_installed_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut installed = pack::INSTALLED_MAGIC.to_vec();
        installed.extend_from_slice(&bytes);
        prop_assert!(pack::open_installed(&installed, &key().1, SCHEMA, "0.1.0").is_err());
        let _ = pack::open_installed(&bytes, &key().1, SCHEMA, "0.1.0");
    }

    #[test]
    fn versions_compare_like_numbers(a in (0u64..50, 0u64..50, 0u64..50), b in (0u64..50, 0u64..50, 0u64..50)) {
        let text = |v: (u64, u64, u64)| format!("{}.{}.{}", v.0, v.1, v.2);
        prop_assert_eq!(pack::version_at_least(&text(a), &text(b)), a >= b);
    }
}

#[test]
fn a_second_trusted_key_is_accepted_for_rotation() {
    let (signing, mut trusted) = key();
    let bytes = make(b"content", 2, true);
    // The new key first, the old one second: the pack names its key, order is free.
    let next = SigningKey::from_bytes(&[7; 32]);
    trusted.insert(
        0,
        TrustedKey {
            key_id: "prop-2".into(),
            public_key: next.verifying_key().to_bytes(),
        },
    );
    assert!(pack::open(&bytes, &trusted, SCHEMA, "0.1.0").is_ok());
    // Only the new key: the old pack is refused.
    trusted.truncate(1);
    assert_eq!(
        pack::open(&bytes, &trusted, SCHEMA, "0.1.0").err(),
        Some(PackError::UnknownKey)
    );
    drop(signing);
}

#[test]
fn the_fuzz_seed_is_a_pack_the_development_key_signed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = std::fs::read(root.join("fuzz/seeds/pack/valid-small")).expect("seed");
    let deployment =
        std::fs::read_to_string(root.join("../content/deployment.toml")).expect("deployment");
    let keys = lueur_contract::deployment::parse(&deployment)
        .expect("parses")
        .content_updates
        .expect("content updates")
        .keys;
    let opened = pack::open(&seed, &keys, SCHEMA, "0.1.0").expect("the seed verifies");
    assert_eq!(opened.manifest.version, 2);
}
