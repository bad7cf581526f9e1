//! `lueur-intake`: `keygen`, `serve` and `open`, the three things an organisation
//! running the reference intake does.

use clap::{Parser, Subcommand};
use lueur_intake::KeyFile;
use lueur_intake::server::{Options, Server};
use lueur_intake::store::Store;
use rand_core::TryRngCore;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lueur-intake",
    about = "Reference intake for Lueur's sealed reports"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a new key pair (intake.key) and the matching deployment.toml into DIR.
    Keygen {
        #[arg(long)]
        out: PathBuf,
        /// Names the key pair in reports (letters, digits, `.`, `_`, `-`).
        #[arg(long, default_value = "intake-1")]
        key_id: String,
        /// The endpoint written into deployment.toml.
        #[arg(long, default_value = "https://intake.example.org")]
        endpoint: String,
        /// Mark the deployment as a development one (the app then says so).
        #[arg(long)]
        development: bool,
    },
    /// Receive reports on ADDR and store them in the SQLite file DB.
    Serve {
        #[arg(long)]
        addr: String,
        #[arg(long)]
        db: PathBuf,
        /// Accept only envelopes sealed to this key id (repeatable).
        #[arg(long)]
        key_id: Vec<String>,
        /// Refuse bodies larger than this many bytes with 413.
        #[arg(long, default_value_t = lueur_intake::server::DEFAULT_MAX_BODY)]
        max_body: usize,
    },
    /// Decrypt the stored reports with the private key.
    Open {
        #[arg(long)]
        key: PathBuf,
        #[arg(long)]
        db: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(serde::Serialize)]
struct Opened {
    id: String,
    received_at: i64,
    receipt: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<lueur_envelope::SealedReport<serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Keygen {
            out,
            key_id,
            endpoint,
            development,
        } => {
            lueur_envelope::keys::check_key_id(&key_id)?;
            lueur_contract::deployment::check_endpoint(&endpoint)?;
            std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
            let key = KeyFile::generate(&key_id, &mut rand_core::OsRng.unwrap_err());
            let key_path = out.join("intake.key");
            key.write(&key_path)
                .map_err(|e| format!("{}: {e}", key_path.display()))?;
            let deployment_path = out.join("deployment.toml");
            std::fs::write(
                &deployment_path,
                lueur_intake::deployment_toml(&key, &endpoint, development),
            )
            .map_err(|e| format!("{}: {e}", deployment_path.display()))?;
            println!(
                "wrote {} and {}",
                key_path.display(),
                deployment_path.display()
            );
            Ok(())
        }
        Command::Serve {
            addr,
            db,
            key_id,
            max_body,
        } => {
            let server = Server::start(
                &addr,
                &db,
                Options {
                    max_body,
                    key_ids: key_id,
                    ..Options::default()
                },
            )
            .map_err(|e| e.to_string())?;
            // Tests read this line to learn the port when ADDR ends in :0.
            println!("listening on {}", server.url());
            loop {
                std::thread::park();
            }
        }
        Command::Open { key, db, json } => {
            let key = KeyFile::read(&key).map_err(|e| e.to_string())?;
            let store = Store::open(&db).map_err(|e| format!("{}: {e}", db.display()))?;
            let stored = store.all().map_err(|e| e.to_string())?;
            let opened: Vec<Opened> = stored
                .into_iter()
                .map(|s| {
                    let result = lueur_envelope::open_report(&s.envelope, &key.private_key);
                    Opened {
                        id: s.receipt.id,
                        received_at: s.receipt.received_at,
                        receipt: s.receipt.receipt,
                        error: result.as_ref().err().map(ToString::to_string),
                        report: result.ok(),
                    }
                })
                .collect();
            if json {
                let text = serde_json::to_string_pretty(&opened).map_err(|e| e.to_string())?;
                println!("{text}");
            } else {
                for item in &opened {
                    println!("== {} (received {})", item.id, item.received_at);
                    match (&item.report, &item.error) {
                        (Some(report), _) => {
                            let text = serde_json::to_string_pretty(&report.draft)
                                .map_err(|e| e.to_string())?;
                            println!("{text}");
                        }
                        (None, Some(error)) => println!("cannot open: {error}"),
                        (None, None) => {}
                    }
                }
                println!("{} report(s)", opened.len());
            }
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("lueur-intake: {error}");
            ExitCode::FAILURE
        }
    }
}
