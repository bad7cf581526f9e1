//! `lueur-ffi`: the UniFFI surface of Lueur, the only API the Android and iOS apps
//! call. It owns no logic: each export is a thin wrapper over `lueur-core`, every
//! fallible call returns [`LueurError`] (mapped in `error.rs` alone), and every
//! object is `Send + Sync` because the apps call from any thread.
//!
//! Layout, one module per feature so each can grow without touching the others:
//! `error` (the public error), `app` (the `Lueur` object: open, locale, content
//! info), `views` (home, articles, contacts, search, settings), `checklist`,
//! `report` (drafts, outbox, the upload loop) and `discreet` (disguise, calculator,
//! codes, quick exit, wipe). The feature modules re-export the core types they
//! declare to UniFFI, so Rust callers name them from one place.

uniffi::setup_scaffolding!("lueur");

mod app;
pub mod checklist;
pub mod discreet;
mod error;
pub mod report;
pub mod views;

pub use app::{ContentInfo, Lueur};
pub use error::LueurError;
