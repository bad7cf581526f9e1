//! The checklist as data (`checklist/*.toml`), compiled in stages: `source` reads the
//! files as written, `condition` parses the `when` texts, `check` applies every rule
//! once while building the one typed model (`lueur_contract::checklist::Model`),
//! `reach` proves each question can be asked, and `write` stores the checked model in
//! the content database as a single serialized blob.

mod check;
mod condition;
mod reach;
mod source;
mod write;

pub use check::check;
pub use source::{ChecklistSources, load_file};
pub use write::write;
