//! `lueur report` and `lueur outbox`. (Filled in by the report work.)

use crate::shell::{CliError, Shell};
use std::path::Path;

fn pending() -> Result<(), CliError> {
    Err(CliError::Message(
        "this command is not available yet".into(),
    ))
}

pub fn new_interactive(_shell: &Shell) -> Result<(), CliError> {
    pending()
}
pub fn queue_from_file(_shell: &Shell, _from: &Path) -> Result<(), CliError> {
    pending()
}
pub fn outbox(_shell: &Shell) -> Result<(), CliError> {
    pending()
}
pub fn flush(_shell: &Shell, _endpoint: Option<String>) -> Result<(), CliError> {
    pending()
}
