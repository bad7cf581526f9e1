//! `lueur calc`, `lueur discreet` and `lueur wipe`. (Filled in by the discreet-mode work.)

use crate::shell::{CliError, Shell};

fn pending() -> Result<(), CliError> {
    Err(CliError::Message(
        "this command is not available yet".into(),
    ))
}

pub fn calc(_shell: &Shell, _keys: Option<String>) -> Result<(), CliError> {
    pending()
}
pub fn status(_shell: &Shell) -> Result<(), CliError> {
    pending()
}
pub fn set(
    _shell: &Shell,
    _disguise: Option<String>,
    _code: Option<String>,
    _duress: Option<String>,
) -> Result<(), CliError> {
    pending()
}
pub fn wipe(_shell: &Shell, _yes: bool) -> Result<(), CliError> {
    pending()
}
