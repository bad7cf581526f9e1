//! The envelope parser reads bytes from outside (the intake runs it on every
//! request): it must refuse anything malformed without panicking, and a valid
//! envelope changed anywhere must not open.

use lueur_envelope::{self as envelope, Envelope};
use proptest::prelude::*;
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;

fn sealed(text: &[u8], seed: u64) -> (Vec<u8>, [u8; 32]) {
    let mut random = ChaCha20Rng::seed_from_u64(seed);
    let (secret, public) = envelope::generate_keypair(&mut random);
    let id = envelope::new_report_id(&mut random);
    let bytes = envelope::seal(
        envelope::pad(text).expect("fits"),
        &public,
        "k-1",
        &id,
        &mut random,
    )
    .expect("seal");
    (bytes, *secret)
}

/// One sealed envelope for the cases that only change its bytes: sealing is slow
/// in a debug build.
fn shared() -> &'static (Vec<u8>, [u8; 32]) {
    static SEALED: std::sync::OnceLock<(Vec<u8>, [u8; 32])> = std::sync::OnceLock::new();
    SEALED.get_or_init(|| sealed(b"hello", 1))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(parsed) = Envelope::parse(&bytes) {
            let _ = parsed.open(&[7; 32]);
        }
        let _ = envelope::open_report::<serde_json::Value>(&bytes, &[7; 32]);
    }

    #[test]
    fn a_valid_header_with_arbitrary_tails_never_panics(
        cut in 0usize..1200,
        tail in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let (bytes, secret) = shared();
        let mut changed = bytes[..cut.min(bytes.len())].to_vec();
        changed.extend_from_slice(&tail);
        if &changed != bytes {
            let opened = Envelope::parse(&changed).and_then(|e| e.open(secret));
            prop_assert!(opened.is_err() || changed.len() == bytes.len());
        }
    }

    #[test]
    fn any_changed_byte_in_the_shared_envelope_stops_it_from_opening(
        at in any::<prop::sample::Index>(),
        flip in 1u8..=255,
    ) {
        let (bytes, secret) = shared();
        let mut changed = bytes.clone();
        let i = at.index(changed.len());
        changed[i] ^= flip;
        prop_assert!(Envelope::parse(&changed).and_then(|e| e.open(secret)).is_err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_changed_byte_stops_the_envelope_from_opening(
        at in any::<prop::sample::Index>(),
        flip in 1u8..=255,
        text in proptest::collection::vec(any::<u8>(), 0..300),
        seed in any::<u64>(),
    ) {
        let (bytes, secret) = sealed(&text, seed);
        let parsed = Envelope::parse(&bytes).expect("parse");
        let opened = parsed.open(&secret).expect("open");
        prop_assert_eq!(opened.as_slice(), text.as_slice());
        let mut changed = bytes.clone();
        let i = at.index(changed.len());
        changed[i] ^= flip;
        let result = Envelope::parse(&changed).and_then(|e| e.open(&secret));
        prop_assert!(result.is_err(), "byte {} changed and it still opened", i);
    }
}
