//! Fuzzes the content pack reader phones run on every downloaded pack: no input may
//! panic, hang or allocate past the signed sizes, and nothing but the seed's signer
//! may ever be accepted.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lueur_contract::pack::{self, TrustedKey};

/// The development content key's public half (content/deployment.toml).
const DEVELOPMENT: [u8; 32] = [
    0xf7, 0x86, 0x96, 0x3f, 0x73, 0xa9, 0xad, 0x70, 0x81, 0xa5, 0xbf, 0x99, 0x1f, 0x41, 0x7e, 0x66,
    0x12, 0x81, 0x77, 0x38, 0xfd, 0x39, 0x53, 0x20, 0xc6, 0x57, 0xe6, 0xbc, 0xe6, 0xa8, 0xd3, 0x0d,
];

fuzz_target!(|data: &[u8]| {
    if let Ok(parts) = pack::parts(data) {
        assert!(parts.payload.len() <= data.len());
        let _ = pack::version_at_least("0.1.0", &parts.manifest.min_app_version);
    }
    let keys = [TrustedKey {
        key_id: "lueur-content-development-1".into(),
        public_key: DEVELOPMENT,
    }];
    if let Ok(verified) = pack::open(data, &keys, 3, "0.1.0") {
        assert_eq!(verified.content.len() as u64, verified.manifest.content_size);
        assert!(verified.content.len() <= pack::MAX_CONTENT_BYTES);
        let installed = pack::installed_form(data, &verified.content).expect("installed form");
        assert_eq!(pack::open_installed(&installed, &keys, 3, "0.1.0"), Ok(verified));
    }
    // The installed form is read from the data folder at every start.
    let _ = pack::open_installed(data, &keys, 3, "0.1.0");
});
