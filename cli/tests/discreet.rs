//! `lueur calc`, `lueur discreet` and `lueur wipe` as a script or a tester runs them.

mod common;

use std::path::Path;
use std::process::Output;

fn lueur(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    common::run_with_input(common::command(dir, args), stdin)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn calc_keys_prints_the_display_in_the_locale_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = lueur(dir.path(), &["calc", "--keys", "12+7="], None);
    assert!(out.status.success());
    assert_eq!(stdout(&out), "19\n");
    let out = lueur(
        dir.path(),
        &["--locale", "fr", "calc", "--keys", "0,1+0,2="],
        None,
    );
    assert_eq!(stdout(&out), "0,3\n");
    let out = lueur(
        dir.path(),
        &["--locale", "fr", "--json", "calc", "--keys", "1/0="],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["outcome"], "show");
    assert_eq!(json["view"]["display"], "Erreur");
    assert_eq!(json["view"]["error"], true);
    let out = lueur(dir.path(), &["calc", "--keys", "1q"], None);
    assert!(!out.status.success());
}

#[test]
fn calc_reads_key_lines_from_stdin() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = lueur(
        dir.path(),
        &["--locale", "de", "calc"],
        Some("12+\n7=\nzz\n*2=\n"),
    );
    assert!(out.status.success());
    assert_eq!(stdout(&out), "0\n12\n19\n38\n");
}

#[test]
fn discreet_set_then_status_then_wipe() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = lueur(
        dir.path(),
        &[
            "--json",
            "discreet",
            "set",
            "--disguise",
            "calculator",
            "--code",
            "482105",
            "--duress",
            "730519",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let view: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(view["disguise"], "calculator");
    assert_eq!(view["launcher"], "calculator");
    assert_eq!(view["unlock_code_set"], true);
    assert_eq!(view["duress_code_set"], true);

    let out = lueur(dir.path(), &["discreet", "set", "--code", "12"], None);
    assert!(!out.status.success());
    let out = lueur(
        dir.path(),
        &["discreet", "set", "--disguise", "clock"],
        None,
    );
    assert!(!out.status.success());

    let out = lueur(dir.path(), &["--json", "calc", "--keys", "482105="], None);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["outcome"], "open");
    assert_eq!(json["launcher"], "calculator");

    let out = lueur(dir.path(), &["wipe"], None);
    assert!(!out.status.success(), "no --yes, nothing erased");
    assert!(dir.path().join(lueur_core::userdb::FILE_NAME).exists());
    let out = lueur(dir.path(), &["--json", "wipe"], None);
    let warning: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(warning["unsent_reports"], 0);

    let key_before = std::fs::read(dir.path().join("key")).expect("the CLI's key");
    let out = lueur(dir.path(), &["wipe", "--yes"], None);
    assert!(out.status.success());
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        left,
        vec!["key".to_string()],
        "only the renewed key is left"
    );
    assert_ne!(
        std::fs::read(dir.path().join("key")).expect("key"),
        key_before,
        "the wipe renews the device secret"
    );
    let out = lueur(dir.path(), &["--json", "discreet", "status"], None);
    let view: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(view["disguise"], "off");
    assert_eq!(view["unlock_code_set"], false);
}

#[test]
fn unlocking_from_the_menus_calculator_returns_to_the_same_menu() {
    let dir = tempfile::tempdir().expect("tempdir");
    let set = lueur(
        dir.path(),
        &[
            "discreet",
            "set",
            "--code",
            "258013",
            "--disguise",
            "calculator",
        ],
        None,
    );
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    let home: serde_json::Value =
        serde_json::from_str(&stdout(&lueur(dir.path(), &["--json", "home"], None))).expect("json");
    let entries: Vec<&serde_json::Value> = home["primary"]
        .as_array()
        .expect("primary")
        .iter()
        .chain(home["more"].as_array().expect("more"))
        .collect();
    let calculator = 1 + entries
        .iter()
        .position(|e| e["destination"]["screen"] == "calculator")
        .expect("a calculator entry");
    let title = home["title"].as_str().expect("title").to_string();
    // Menu → calculator → unlock → back to the menu; one "0" closes it, and what follows
    // is never read (a nested menu would read it and show another screen).
    let output = lueur(
        dir.path(),
        &[],
        Some(&format!("{calculator}\n258013=\n0\n1\n")),
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = stdout(&output);
    assert_eq!(text.matches(title.as_str()).count(), 2, "{text}");
}

/// F22: codes can come from standard input instead of the command line, and a
/// change needs the current unlock code.
#[test]
fn codes_come_from_standard_input_and_a_change_needs_the_current_code() {
    let parent = tempfile::tempdir().expect("tempdir");
    // A folder the CLI makes itself, as an app makes its own.
    let dir = DataDir(parent.path().join("d"));
    let set = lueur(
        dir.path(),
        &["discreet", "set", "--code", "-"],
        Some("482105\n"),
    );
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    let again = lueur(
        dir.path(),
        &["discreet", "set", "--code", "-"],
        Some("111111\n"),
    );
    assert!(!again.status.success(), "no current code given");
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("current unlock code"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let changed = lueur(
        dir.path(),
        &["discreet", "set", "--current", "-", "--code", "-"],
        Some("482105\n111111\n"),
    );
    assert!(
        changed.status.success(),
        "{}",
        String::from_utf8_lossy(&changed.stderr)
    );
    let out = lueur(dir.path(), &["--json", "calc", "--keys", "111111="], None);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["outcome"], "open");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode =
            |p: &std::path::Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(dir.path()), 0o700);
        assert_eq!(mode(&dir.path().join("key")), 0o600);
        assert_eq!(mode(&dir.path().join(lueur_core::userdb::FILE_NAME)), 0o600);
    }
}

struct DataDir(std::path::PathBuf);

impl DataDir {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
}
