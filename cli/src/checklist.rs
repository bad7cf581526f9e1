//! `lueur checklist`: runs the indicator checklist. (Filled in by the checklist work.)

use crate::shell::{CliError, Shell};
use std::path::PathBuf;

pub fn run(
    _shell: &Shell,
    _about: Option<String>,
    _answers: Option<PathBuf>,
) -> Result<(), CliError> {
    Err(CliError::Message(
        "this command is not available yet".into(),
    ))
}
