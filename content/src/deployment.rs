//! Checks `deployment.toml` (intake endpoint, HPKE suite, public key, key id) with the
//! parser the core uses at run time, so a file the app could not read never builds.
//! A content folder without the file is left alone here: the core's build then fails
//! on the missing file, and test fixtures need not carry one.

use crate::diag::Diagnostics;
use crate::model::Content;

pub const FILE: &str = "deployment.toml";

pub fn check(content: &Content, diags: &mut Diagnostics) {
    let Some(file) = content.files.iter().find(|f| f.rel == FILE) else {
        return;
    };
    if let Err(errors) = lueur_contract::deployment::parse(&file.text) {
        for error in errors {
            diags.push(&file.rel, error.line, error.message);
        }
    }
}
