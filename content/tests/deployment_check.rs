//! `lueur-content check` refuses a malformed `deployment.toml` with `path:line`, the
//! way it refuses any other content file, so a build that could not seal a report
//! never exists.

use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

fn check_with(deployment: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let valid = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    copy_dir(&valid, dir.path());
    std::fs::write(dir.path().join("deployment.toml"), deployment).expect("write");
    lueur_content::check(dir.path())
        .iter()
        .map(ToString::to_string)
        .collect()
}

const GOOD: &str = "endpoint = \"https://intake.example.be\"
suite = \"DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305\"
public-key = \"vgqYuJSy7WMVJaLwEzPZdbJlkCQiA9uai9d11NR78Tk=\"
key-id = \"centre-2027\"
";

#[test]
fn a_good_deployment_passes() {
    assert_eq!(check_with(GOOD), Vec::<String>::new());
}

#[test]
fn the_bundled_deployment_passes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let problems: Vec<String> = lueur_content::check(root)
        .iter()
        .filter(|d| d.path == "deployment.toml")
        .map(ToString::to_string)
        .collect();
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn each_problem_is_reported_on_its_line() {
    let bad = GOOD
        .replace("https://intake.example.be", "http://intake.example.be")
        .replace("vgqYuJSy7WMVJaLwEzPZdbJlkCQiA9uai9d11NR78Tk=", "tooshort")
        .replace("centre-2027", "centre 2027");
    let problems = check_with(&bad);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].starts_with("deployment.toml:1: the endpoint must start with https://"));
    assert!(problems[1].starts_with("deployment.toml:3: the key"));
    assert!(problems[2].starts_with("deployment.toml:4: key-id"));
}

#[test]
fn syntax_errors_unknown_keys_and_missing_keys_are_refused() {
    let syntax = check_with(&format!("{GOOD}development = maybe\n"));
    assert!(syntax[0].starts_with("deployment.toml:5:"), "{syntax:?}");
    let unknown = check_with(&format!("{GOOD}private-key = \"oops\"\n"));
    assert!(unknown[0].starts_with("deployment.toml:5:"), "{unknown:?}");
    let missing = check_with("endpoint = \"https://intake.example.be\"\n");
    assert!(
        missing[0].starts_with("deployment.toml:1:") && missing[0].contains("suite"),
        "{missing:?}"
    );
    let suite = check_with(&GOOD.replace("ChaCha20Poly1305", "AES-128-GCM"));
    assert!(
        suite[0].starts_with("deployment.toml:2: unsupported suite"),
        "{suite:?}"
    );
}

/// F24: a key that parses but to which nothing can be sealed (all zeros, a low-order
/// point) fails the check instead of failing every report later.
#[test]
fn a_key_no_report_can_be_sealed_to_is_refused() {
    let zero = GOOD.replace(
        "vgqYuJSy7WMVJaLwEzPZdbJlkCQiA9uai9d11NR78Tk=",
        &"0".repeat(64),
    );
    let problems = check_with(&zero);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("deployment.toml:3: no report can be sealed to this public key"),
        "{problems:?}"
    );
}

/// F24: a store release (LUEUR_RELEASE=1) cannot be built with the development key.
/// Run in a child process, so the variable reaches no other test.
#[test]
fn a_release_build_refuses_the_development_key() {
    if std::env::var_os("LUEUR_RELEASE_CHILD").is_some() {
        let problems = check_with(&format!("{GOOD}development = true\n"));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("cannot use the development key"),
            "{problems:?}"
        );
        assert_eq!(check_with(GOOD), Vec::<String>::new());
        return;
    }
    let status = std::process::Command::new(std::env::current_exe().expect("exe"))
        .args([
            "--exact",
            "a_release_build_refuses_the_development_key",
            "--nocapture",
        ])
        .env("LUEUR_RELEASE_CHILD", "1")
        .env("LUEUR_RELEASE", "1")
        .status()
        .expect("child");
    assert!(status.success());
    assert_eq!(
        check_with(&format!("{GOOD}development = true\n")),
        Vec::<String>::new(),
        "without LUEUR_RELEASE the development key builds"
    );
}
