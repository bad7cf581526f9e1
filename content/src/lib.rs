//! `lueur-content`: checks the content sources an editor writes (Fluent strings,
//! Markdown articles, TOML contacts) and compiles them into the SQLite database that
//! the core embeds. `check` reports every problem as `path:line: message`; `build`
//! refuses to write anything while a problem remains; `pack` signs the compiled
//! database as a content pack phones can install without a store update.

mod check;
mod checklist;
mod compile;
mod deployment;
mod diag;
mod glossary;
mod markdown;
mod model;
pub mod pack;
mod packs;
mod phones;
mod prose;
mod readability;
mod typography;

pub use check::{PhoneNumber, check_url, normalise_phone};
pub use diag::Diagnostic;
pub use markdown::to_blocks as markdown_to_blocks;

/// Text-level parsers, exposed for the property tests: whatever text they get, they
/// return values and never panic.
pub mod text {
    pub use crate::glossary::Pattern as GlossaryPattern;
    pub use crate::prose::{Piece, body_pieces, ftl_pieces};
    pub use crate::readability::{Sentence, sentences, syllables, words};
    pub use crate::typography::{Problem, french_problems};
}

use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("the content has {} problem(s)", .0.len())]
    Invalid(Vec<Diagnostic>),
    #[error("could not compile the content: {0}")]
    Compile(#[from] compile::CompileError),
    #[error("could not write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

/// Checks the content folder at `root`. An empty list means the content is valid.
pub fn check(root: &Path) -> Vec<Diagnostic> {
    let mut diags = diag::Diagnostics::default();
    let content = model::load(root, &mut diags);
    check::check(&content, &mut diags);
    diags.into_sorted()
}

/// The readability figures of every article in every locale, as the table
/// `lueur-content check --stats` prints.
pub fn readability_table(root: &Path) -> String {
    let mut diags = diag::Diagnostics::default();
    let content = model::load(root, &mut diags);
    readability::table(&readability::rows(&content))
}

/// Checks, then compiles the content folder into the bytes of a SQLite database.
pub fn build(root: &Path) -> Result<Vec<u8>, BuildError> {
    let mut diags = diag::Diagnostics::default();
    let content = model::load(root, &mut diags);
    let checked = check::check(&content, &mut diags);
    let problems = diags.into_sorted();
    if !problems.is_empty() {
        return Err(BuildError::Invalid(problems));
    }
    Ok(compile::compile(&content, &checked)?)
}

/// Builds and writes the database to `out`, replacing it only once the new bytes are
/// complete.
pub fn build_to_file(root: &Path, out: &Path) -> Result<(), BuildError> {
    let bytes = build(root)?;
    let write_error = |source| BuildError::Write {
        path: out.display().to_string(),
        source,
    };
    let partial = out.with_extension("partial");
    std::fs::write(&partial, &bytes).map_err(write_error)?;
    std::fs::rename(&partial, out).map_err(write_error)
}

/// Files and folders of the content folder that are content, for build scripts that
/// rebuild when content changes.
pub fn content_entries() -> &'static [&'static str] {
    model::CONTENT_ENTRIES
}
