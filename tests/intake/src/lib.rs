//! `lueur-intake`: the reference intake a deploying organisation can run, and the
//! tools its tests share. It stores sealed envelopes exactly once per idempotency
//! key and never decrypts on receipt; `open` decrypts later, with the private key,
//! on the organisation's side. The wire protocol is in `docs/intake-protocol.md`.

/// The Rust uploader the tests, the benchmark and the crash child drive the core with.
pub use lueur_upload as client;
pub mod keyfile;
pub mod server;
pub mod store;
