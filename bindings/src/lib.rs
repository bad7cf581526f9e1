//! `lueur-ffi`: the UniFFI surface of Lueur, the only API the Android and iOS apps
//! call. It owns the exported `Lueur` object, its methods and [`LueurError`], and no
//! logic: each method is a thin wrapper over `lueur-core`, every fallible call returns
//! `LueurError` (mapped in `error.rs` alone), and the object is `Send + Sync` because
//! the apps call from any thread.
//!
//! The records and enums the methods take and return are the core's own types: they
//! derive UniFFI where they are declared, behind `lueur-core`'s `ffi` feature, so each
//! type and its docs exist once. Method names follow one convention (see
//! `bindings/README.md`): screens and queries are nouns, boolean queries read as
//! assertions, calls that change something are verbs.
//!
//! One module per feature: `app` (open, locale, content info), `views` (home,
//! articles, contacts, search, settings), `checklist`, `report` (drafts, outbox, the
//! upload loop), `content_updates` (the content loop and its status) and `discreet`
//! (disguise, calculator, codes, quick exit, wipe).

uniffi::setup_scaffolding!("lueur");

mod app;
mod checklist;
mod content_updates;
mod discreet;
mod error;
mod report;
mod views;

pub use app::Lueur;
pub use error::LueurError;
