//! `lueur-content pack` and `keygen` as an organisation runs them: the pack verifies
//! against the keys in deployment.toml and holds exactly what `build` compiles; a key
//! the deployment does not list makes packs no phone accepts; keys are never overwritten.

use lueur_contract::pack;
use std::path::Path;
use std::process::Command;

fn content_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn tool(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lueur-content"))
        .args(args)
        .output()
        .expect("run lueur-content")
}

fn trusted() -> Vec<pack::TrustedKey> {
    let text = std::fs::read_to_string(content_dir().join("deployment.toml")).expect("read");
    lueur_contract::deployment::parse(&text)
        .expect("deployment")
        .content_updates
        .expect("content updates")
        .keys
}

#[test]
fn a_pack_made_with_the_development_key_verifies_and_holds_the_build() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("content.pack");
    let key = content_dir().join("../tests/keys/content-development.key");
    let done = tool(&[
        "pack",
        "--key",
        key.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
        "--version",
        "7",
        "--valid-for-days",
        "30",
    ]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let bytes = std::fs::read(&out).expect("pack");
    let opened = pack::open(&bytes, &trusted(), lueur_contract::SCHEMA_VERSION, "0.1.0")
        .expect("verifies against deployment.toml");
    assert_eq!(opened.manifest.version, 7);
    assert_eq!(
        opened.manifest.expires - opened.manifest.created,
        30 * 86_400
    );
    assert_eq!(
        opened.content,
        lueur_content::build(content_dir()).expect("build")
    );
    // Smaller than the database (docs/content-updates.md gives the figures: the
    // language packs' texts are already deflated inside it, so the gain is a quarter).
    assert!(
        bytes.len() * 4 < opened.content.len() * 3,
        "{} of {}",
        bytes.len(),
        opened.content.len()
    );
}

#[test]
fn a_key_the_deployment_does_not_list_makes_packs_no_phone_accepts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = dir.path().join("new.key");
    let made = tool(&[
        "keygen",
        "--key-id",
        "example-content-2",
        "--out",
        key.to_str().expect("utf-8"),
    ]);
    assert!(made.status.success());
    let said = String::from_utf8_lossy(&made.stdout);
    assert!(
        said.contains("[[content-updates.keys]]") && said.contains("example-content-2"),
        "{said}"
    );
    let again = tool(&[
        "keygen",
        "--key-id",
        "example-content-2",
        "--out",
        key.to_str().expect("utf-8"),
    ]);
    assert!(
        !again.status.success(),
        "an existing key is never overwritten"
    );

    let out = dir.path().join("content.pack");
    let done = tool(&[
        "pack",
        "--key",
        key.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let bytes = std::fs::read(&out).expect("pack");
    assert_eq!(
        pack::open(&bytes, &trusted(), lueur_contract::SCHEMA_VERSION, "0.1.0").err(),
        Some(pack::PackError::UnknownKey)
    );
    // The folder's version is the default.
    assert_eq!(pack::parts(&bytes).expect("parts").manifest.version, 1);
}

#[test]
fn a_missing_or_malformed_key_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.key");
    std::fs::write(&bad, "key-id = \"x\"\nprivate-key = \"zz\"\n").expect("write");
    let out = dir.path().join("p");
    for key in [bad.clone(), dir.path().join("missing.key")] {
        let done = tool(&[
            "pack",
            "--key",
            key.to_str().expect("utf-8"),
            "--out",
            out.to_str().expect("utf-8"),
        ]);
        assert!(!done.status.success());
        assert!(String::from_utf8_lossy(&done.stderr).contains("signing key"));
    }
    assert!(!out.exists());
}
