//! The `lueur-content` command: `check [DIR] [--stats]`, `build [--out FILE] [DIR]`,
//! `pack --key FILE --out FILE [DIR]` and `keygen --key-id ID --out FILE`.

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lueur-content",
    about = "Check Lueur's content sources and compile them into SQLite"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Report every problem in the content as `path:line: message` (exit code 1 if any).
    Check {
        /// The content folder (default: the one in this repository).
        dir: Option<PathBuf>,
        /// Also print readability figures for every article and locale.
        #[arg(long)]
        stats: bool,
    },
    /// Check, then write the content database.
    Build {
        /// Where to write the database.
        #[arg(long, default_value = "content.sqlite")]
        out: PathBuf,
        /// The content folder (default: the one in this repository).
        dir: Option<PathBuf>,
    },
    /// Check, compile, then write a signed content pack phones can install.
    Pack {
        /// The content signing key (`keygen` writes one; the development key is
        /// tests/keys/content-development.key).
        #[arg(long)]
        key: PathBuf,
        /// Where to write the pack.
        #[arg(long)]
        out: PathBuf,
        /// The content version (default: `[content-updates] version` in deployment.toml);
        /// phones accept only a version newer than the one they have.
        #[arg(long)]
        version: Option<u64>,
        /// How many days phones accept the pack (default 90).
        #[arg(long, default_value_t = lueur_content::pack::DEFAULT_VALID_FOR_DAYS)]
        valid_for_days: u32,
        /// The oldest app version that may install it (default: this version).
        #[arg(long)]
        min_app_version: Option<String>,
        /// When the pack was made, in seconds since 1970 (default: now).
        #[arg(long)]
        created: Option<i64>,
        /// The content folder (default: the one in this repository).
        dir: Option<PathBuf>,
    },
    /// Make a new content signing key, and print the deployment.toml entry for it.
    Keygen {
        /// Names the key (letters, digits, `-`, `.`, `_`).
        #[arg(long)]
        key_id: String,
        /// Where to write it (never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
}

fn default_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn print_problems(dir: &Path, problems: &[lueur_content::Diagnostic]) {
    for problem in problems {
        eprintln!(
            "{}:{}: {}",
            dir.join(&problem.path).display(),
            problem.line,
            problem.message
        );
    }
    eprintln!("{} problem(s)", problems.len());
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { dir, stats } => {
            let dir = dir.unwrap_or_else(default_dir);
            if stats {
                print!("{}", lueur_content::readability_table(&dir));
            }
            let problems = lueur_content::check(&dir);
            if problems.is_empty() {
                println!("{}: content is valid", dir.display());
                ExitCode::SUCCESS
            } else {
                print_problems(&dir, &problems);
                ExitCode::FAILURE
            }
        }
        Command::Build { out, dir } => {
            let dir = dir.unwrap_or_else(default_dir);
            match lueur_content::build_to_file(&dir, &out) {
                Ok(()) => {
                    println!("wrote {}", out.display());
                    ExitCode::SUCCESS
                }
                Err(lueur_content::BuildError::Invalid(problems)) => {
                    print_problems(&dir, &problems);
                    ExitCode::FAILURE
                }
                Err(other) => {
                    eprintln!("{other}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Pack {
            key,
            out,
            version,
            valid_for_days,
            min_app_version,
            created,
            dir,
        } => {
            let dir = dir.unwrap_or_else(default_dir);
            let options = lueur_content::pack::PackOptions {
                version,
                created,
                valid_for_days,
                min_app_version,
            };
            let made = lueur_content::pack::SigningKeyFile::read(&key)
                .map_err(|reason| {
                    lueur_content::pack::PackBuildError::Invalid(format!(
                        "the signing key: {reason}"
                    ))
                })
                .and_then(|key| lueur_content::pack::make_pack(&dir, &key, &options));
            match made {
                Ok(bytes) => match write_new(&out, &bytes) {
                    Ok(()) => {
                        println!("wrote {} ({} bytes)", out.display(), bytes.len());
                        ExitCode::SUCCESS
                    }
                    Err(error) => {
                        eprintln!("could not write {}: {error}", out.display());
                        ExitCode::FAILURE
                    }
                },
                Err(lueur_content::pack::PackBuildError::Build(
                    lueur_content::BuildError::Invalid(problems),
                )) => {
                    print_problems(&dir, &problems);
                    ExitCode::FAILURE
                }
                Err(other) => {
                    eprintln!("{other}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Keygen { key_id, out } => {
            let key = match lueur_content::pack::SigningKeyFile::generate(&key_id) {
                Ok(key) => key,
                Err(reason) => {
                    eprintln!("{reason}");
                    return ExitCode::FAILURE;
                }
            };
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let written = options.open(&out).and_then(|mut file| {
                use std::io::Write;
                file.write_all(key.to_toml().as_bytes())?;
                file.sync_all()
            });
            match written {
                Ok(()) => {
                    println!(
                        "wrote {}; add this to deployment.toml:\n\n{}",
                        out.display(),
                        key.deployment_snippet()
                    );
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("could not write {}: {error}", out.display());
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// Writes `bytes` beside `out` and renames it into place, so a reader never sees half a pack.
fn write_new(out: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let partial = out.with_extension("partial");
    std::fs::write(&partial, bytes)?;
    std::fs::rename(&partial, out)
}
