//! `lueur-core`: everything Lueur does that is not drawing pixels or talking to the OS.
//! Pure Rust, no FFI and no HTTP: the bindings crate and the CLI are shells over it.

// The apps see these types through lueur-ffi; without the feature nothing here
// knows UniFFI.
#[cfg(feature = "ffi")]
uniffi::setup_scaffolding!();

pub mod app;
pub mod checklist;
pub mod content;
pub mod content_updates;
pub mod discreet;
pub mod env;
pub mod error;
pub mod l10n;
pub mod report;
pub mod search;
pub mod userdb;
pub mod views;

pub use app::{Lueur, LueurConfig};
pub use content::{ContentError, ContentStore};
pub use error::{Error, Result};
