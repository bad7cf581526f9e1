//! The `lueur-content` command: `check [DIR] [--stats]` and `build [--out FILE] [DIR]`.

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
    }
}
