//! Browsing commands: home, articles, contacts, search, settings and the menu.
//! (Filled in by the app-model work.)

use crate::shell::{CliError, Shell};

fn pending() -> Result<(), CliError> {
    Err(CliError::Message(
        "this command is not available yet".into(),
    ))
}

pub fn menu(_shell: &Shell) -> Result<(), CliError> {
    pending()
}
pub fn home(_shell: &Shell) -> Result<(), CliError> {
    pending()
}
pub fn articles(_shell: &Shell) -> Result<(), CliError> {
    pending()
}
pub fn read(_shell: &Shell, _id: &str) -> Result<(), CliError> {
    pending()
}
pub fn contacts(
    _shell: &Shell,
    _city: Option<String>,
    _kind: Option<String>,
    _language: Option<String>,
) -> Result<(), CliError> {
    pending()
}
pub fn contact(_shell: &Shell, _id: &str) -> Result<(), CliError> {
    pending()
}
pub fn search(_shell: &Shell, _text: &str) -> Result<(), CliError> {
    pending()
}
pub fn settings(_shell: &Shell) -> Result<(), CliError> {
    pending()
}
