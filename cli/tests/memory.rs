//! Peak memory of `lueur home` (open + home view model), measured with GNU time next
//! to a bare `sqlite3 :memory: 'select 1'` in the same run. The app must fit low-end
//! phones: at most 20 MB above that baseline. Without GNU time or sqlite3 (a bare
//! developer machine) the test says so and passes; CI installs both.

use std::path::Path;
use std::process::{Command, Stdio};

const BUDGET_KB: u64 = 20 * 1024;

/// "Maximum resident set size (kbytes): 7408" from `time -v`.
fn peak_rss_kb(program: &Path, args: &[&std::ffi::OsStr]) -> Option<u64> {
    let output = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .find_map(|line| {
            line.trim()
                .strip_prefix("Maximum resident set size (kbytes):")
        })
        .and_then(|value| value.trim().parse().ok())
}

fn which(program: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|path| path.is_file())
    })
}

#[test]
fn lueur_home_stays_within_20_mb_of_bare_sqlite() {
    let (Some(sqlite3), true) = (which("sqlite3"), Path::new("/usr/bin/time").exists()) else {
        eprintln!("skipped: needs /usr/bin/time (GNU time) and sqlite3");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = Path::new(env!("CARGO_BIN_EXE_lueur"));
    let args = [
        "--data-dir".as_ref(),
        dir.path().as_os_str(),
        "--locale".as_ref(),
        "fr".as_ref(),
        "home".as_ref(),
    ];
    // The first run creates the database; measure a normal start after it.
    peak_rss_kb(lueur, &args).expect("lueur home runs");
    let app = peak_rss_kb(lueur, &args).expect("lueur home runs");
    let baseline =
        peak_rss_kb(&sqlite3, &[":memory:".as_ref(), "select 1".as_ref()]).expect("sqlite3 runs");
    println!(
        "peak RSS: lueur home {app} KB, sqlite3 :memory: {baseline} KB, difference {} KB (budget {BUDGET_KB} KB)",
        app.saturating_sub(baseline)
    );
    assert!(
        app <= baseline + BUDGET_KB,
        "lueur home peaks at {app} KB, more than 20 MB above sqlite3's {baseline} KB"
    );
}
