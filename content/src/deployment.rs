//! Checks `deployment.toml` (intake endpoint, HPKE suite, public key, key id) with the
//! parser the core uses at run time, so a file the app could not read never builds;
//! seals a test report to the key, so a key no report can be sealed to never builds
//! either; and with `LUEUR_RELEASE=1` (set by the store release pipelines) refuses the
//! development key, whose private half is public (F24).
//! A content folder without the file is left alone here: the core's build then fails
//! on the missing file, and test fixtures need not carry one.

use crate::diag::Diagnostics;
use crate::model::Content;

pub const FILE: &str = "deployment.toml";

pub fn check(content: &Content, diags: &mut Diagnostics) {
    let Some(file) = content.files.iter().find(|f| f.rel == FILE) else {
        return;
    };
    let deployment = match lueur_contract::deployment::parse(&file.text) {
        Ok(deployment) => deployment,
        Err(errors) => {
            for error in errors {
                diags.push(&file.rel, error.line, error.message);
            }
            return;
        }
    };
    let line_of = |key: &str| {
        file.text
            .lines()
            .position(|l| l.trim_start().starts_with(key))
            .map_or(1, |i| i + 1)
    };
    if let Err(reason) = test_seal(&deployment.public_key) {
        diags.push(
            &file.rel,
            line_of("public-key"),
            format!("no report can be sealed to this public key: {reason}"),
        );
    }
    if deployment.development && release_build() {
        diags.push(
            &file.rel,
            line_of("development"),
            "a release build (LUEUR_RELEASE=1) cannot use the development key: its private half is public".to_string(),
        );
    }
    if release_build()
        && let Some(updates) = &deployment.content_updates
        && updates
            .keys
            .iter()
            .any(|key| key.public_key == DEVELOPMENT_CONTENT_KEY)
    {
        diags.push(
            &file.rel,
            line_of("public-key = \"94aWP3"),
            "a release build (LUEUR_RELEASE=1) cannot trust the development content key: its private half is public".to_string(),
        );
    }
}

/// The public half of tests/keys/content-development.key.
const DEVELOPMENT_CONTENT_KEY: [u8; 32] = [
    0xf7, 0x86, 0x96, 0x3f, 0x73, 0xa9, 0xad, 0x70, 0x81, 0xa5, 0xbf, 0x99, 0x1f, 0x41, 0x7e, 0x66,
    0x12, 0x81, 0x77, 0x38, 0xfd, 0x39, 0x53, 0x20, 0xc6, 0x57, 0xe6, 0xbc, 0xe6, 0xa8, 0xd3, 0x0d,
];

/// Whether this build is for the stores: the release pipelines set `LUEUR_RELEASE=1`.
pub fn release_build() -> bool {
    std::env::var("LUEUR_RELEASE").is_ok_and(|v| v == "1")
}

fn test_seal(public_key: &[u8; 32]) -> Result<(), String> {
    use rand_core::SeedableRng;
    let mut rng = rand_chacha::ChaCha20Rng::seed_from_u64(0);
    let padded = lueur_envelope::pad(b"{}").ok_or("padding failed")?;
    lueur_envelope::seal(padded, public_key, "check", &[0; 16], &mut rng)
        .map(|_| ())
        .map_err(|e| e.to_string())
}
