//! Running the real `lueur` binary from tests: one data folder per test, and a
//! language that comes from `--locale` alone, never from the machine running the tests.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `lueur --data-dir DIR ARGS…` with the locale environment cleared.
pub fn command(data_dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lueur"));
    command
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("LC_ALL")
        .env("LANG", "C")
        .env_remove("LUEUR_DATA_DIR");
    command
}

/// Runs `command`, writing `input` (if any) to its stdin and then closing it, as a
/// pipe does.
pub fn run_with_input(mut command: Command, input: Option<&str>) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn lueur");
    let mut stdin = child.stdin.take().expect("stdin");
    if let Some(input) = input {
        stdin.write_all(input.as_bytes()).expect("write stdin");
    }
    drop(stdin);
    child.wait_with_output().expect("wait")
}
