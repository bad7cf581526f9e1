//! `lueur`: the terminal shell of Lueur's core. It parses the command line, opens the
//! core once, and hands each command to the module that renders its view model. It
//! holds no logic the mobile apps would also need: anything decided here would have
//! to be decided again in Kotlin and Swift.

mod browse;
mod checklist;
mod content;
mod discreet;
mod report;
mod shell;

use clap::{Parser, Subcommand};
use shell::{CliError, Shell};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lueur",
    version,
    about = "Lueur in the terminal: help against human trafficking in Belgium, offline"
)]
pub struct Cli {
    /// Language (fr, nl, de, en, or a pack: ar, ro, prs, zh-Hans ...); default: from
    /// LANG, then English.
    #[arg(long, global = true)]
    locale: Option<String>,
    /// Where Lueur keeps its data (default: $LUEUR_DATA_DIR, else ~/.local/share/lueur).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// A deployment file (intake endpoint and public key) replacing the bundled one.
    #[arg(long, global = true)]
    deployment: Option<PathBuf>,
    /// Print the view model the mobile apps would receive, as JSON, and nothing else.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// The home screen.
    Home,
    /// The list of articles.
    Articles,
    /// One article.
    Read { id: String },
    /// Organisations that can help, with optional filters.
    Contacts {
        /// City or region (e.g. Antwerpen, Liège, brussels).
        #[arg(long)]
        city: Option<String>,
        /// Kind of service (emergency, police, specialised-centre, ...).
        #[arg(long)]
        kind: Option<String>,
        /// A language the service speaks (fr, nl, de, en, ...).
        #[arg(long)]
        language: Option<String>,
    },
    /// One contact.
    Contact { id: String },
    /// Search articles and contacts.
    Search { text: Vec<String> },
    /// Settings: language, about, content version.
    Settings,
    /// The indicator checklist ("am I / is someone I know at risk?").
    Checklist {
        /// Whose situation: me or other.
        #[arg(long)]
        about: Option<String>,
        /// Evaluate a scripted answer file (question id = yes/no/unsure) instead of asking.
        #[arg(long)]
        answers: Option<PathBuf>,
    },
    /// Write or queue a confidential report.
    Report {
        #[command(subcommand)]
        action: ReportAction,
    },
    /// Reports waiting to be sent, and sending them.
    Outbox {
        #[command(subcommand)]
        action: Option<OutboxAction>,
    },
    /// The calculator.
    Calc {
        /// Press these keys and print the display (e.g. "12+7=").
        #[arg(long)]
        keys: Option<String>,
    },
    /// Discreet mode: disguise and codes.
    Discreet {
        #[command(subcommand)]
        action: DiscreetAction,
    },
    /// The card to show a helper: the reader's language and the helper's side by side.
    Card {
        /// The helper's language: fr, nl, de or en (default: from --region, else fr).
        #[arg(long)]
        helper: Option<String>,
        /// Where the person is (brussels, flanders, wallonia, east-belgium): picks
        /// the nearest centre and the helper's language.
        #[arg(long)]
        region: Option<String>,
        /// Add the checklist summary (only if a checklist has answers in this run).
        #[arg(long)]
        with_checklist: bool,
    },
    /// The content in use, and signed content updates.
    Content {
        #[command(subcommand)]
        action: ContentAction,
    },
    /// Erase everything Lueur stored on this device.
    Wipe {
        /// Confirm: queued reports will not be sent.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand)]
pub enum ReportAction {
    /// Write a report, question by question.
    New,
    /// Queue a report from a JSON draft file.
    ///
    /// The file is one JSON object with the draft's fields; only `what_happened` is
    /// required:
    ///
    ///   {"what_happened": "…", "about": "me" | "someone-else",
    ///    "forms": ["sexual", "labour", "begging", "forced-crime", "organ-removal",
    ///              "other", "not-sure"],
    ///    "municipality": "…", "place": "…", "when": "…", "people": "…",
    ///    "contact": {"by": "no-contact"}
    ///             | {"by": "phone", "number": "…", "note": "…"}
    ///             | {"by": "email", "address": "…", "note": "…"},
    ///    "language": "a BCP 47 tag", "checklist_summary": "…"}
    ///
    /// Unknown fields are refused. A problem names the field (or the line and column
    /// of a JSON error), never its text. The draft is sealed before anything is
    /// stored; the file itself stays where it is, so prefer `--from -` and a pipe.
    Queue {
        /// The draft file, or `-` to read it from standard input.
        #[arg(long)]
        from: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum OutboxAction {
    /// Send every report that is due.
    Flush {
        /// Send to this endpoint instead of the deployment's.
        #[arg(long)]
        endpoint: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum ContentAction {
    /// Which content is in use (version, date), and the state of updates.
    Status,
    /// Install a signed content pack; it is used from the next start.
    Update {
        /// An `https://` address (`http://` only to this machine) or a pack file.
        /// Without it, the scheduled check runs if it is due.
        #[arg(long)]
        from: Option<String>,
    },
    /// Look for updates while the calculator disguise is on (on), or not (off).
    Checks {
        #[arg(value_parser = ["on", "off"])]
        state: String,
    },
}

#[derive(Subcommand)]
pub enum DiscreetAction {
    /// Show the disguise and whether codes are set.
    Status,
    /// Change the disguise or the codes.
    Set {
        /// off or calculator.
        #[arg(long)]
        disguise: Option<String>,
        /// The new unlock code (6 to 8 digits), or `-` to read it from standard input
        /// (a code written here stays in the shell's history and is visible to `ps`).
        #[arg(long)]
        code: Option<String>,
        /// The new emergency (duress) code (6 to 8 digits), or `-` for standard input.
        #[arg(long)]
        duress: Option<String>,
        /// The current unlock code, needed once one is set, or `-` for standard input.
        #[arg(long)]
        current: Option<String>,
        /// on: ask for the unlock code whenever Lueur opens, also without the disguise.
        #[arg(long, value_parser = ["on", "off"])]
        code_lock: Option<String>,
    },
}

fn run(cli: Cli) -> Result<(), CliError> {
    let shell = Shell::open(&cli)?;
    let result = match cli.command {
        None => browse::menu(&shell),
        Some(Command::Home) => browse::home(&shell),
        Some(Command::Articles) => browse::articles(&shell),
        Some(Command::Read { id }) => browse::read(&shell, &id),
        Some(Command::Contacts {
            city,
            kind,
            language,
        }) => browse::contacts(&shell, city, kind, language),
        Some(Command::Contact { id }) => browse::contact(&shell, &id),
        Some(Command::Search { text }) => browse::search(&shell, &text.join(" ")),
        Some(Command::Settings) => browse::settings(&shell),
        Some(Command::Checklist { about, answers }) => checklist::run(&shell, about, answers),
        Some(Command::Report {
            action: ReportAction::New,
        }) => report::new_interactive(&shell),
        Some(Command::Report {
            action: ReportAction::Queue { from },
        }) => report::queue_from_file(&shell, &from),
        Some(Command::Outbox { action: None }) => report::outbox(&shell),
        Some(Command::Outbox {
            action: Some(OutboxAction::Flush { endpoint }),
        }) => report::flush(&shell, endpoint),
        Some(Command::Calc { keys }) => discreet::calc(&shell, keys),
        Some(Command::Discreet {
            action: DiscreetAction::Status,
        }) => discreet::status(&shell),
        Some(Command::Discreet {
            action:
                DiscreetAction::Set {
                    disguise,
                    code,
                    duress,
                    current,
                    code_lock,
                },
        }) => discreet::set(
            &shell,
            discreet::Changes {
                disguise,
                code,
                duress,
                current,
                code_lock: code_lock.map(|v| v == "on"),
            },
        ),
        Some(Command::Content {
            action: ContentAction::Status,
        }) => content::status(&shell),
        Some(Command::Content {
            action: ContentAction::Update { from },
        }) => content::update(&shell, from),
        Some(Command::Content {
            action: ContentAction::Checks { state },
        }) => content::checks(&shell, state == "on"),
        Some(Command::Wipe { yes }) => discreet::wipe(&shell, yes),
        Some(Command::Card {
            helper,
            region,
            with_checklist,
        }) => browse::card(&shell, helper, region, with_checklist),
    };
    result.map_err(|error| shell.explain(error))
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        // `lueur contacts | head`: the reader left, which is not an error to report.
        Err(CliError::Io(error)) if error.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
