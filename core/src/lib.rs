//! `lueur-core`: everything Lueur does that is not drawing pixels or talking to the OS.
//! Pure Rust, no FFI and no HTTP: the bindings crate and the CLI are shells over it.

pub mod content;

pub use content::{ContentError, ContentStore};
