//! `lueur-ffi`: the UniFFI surface of Lueur. It stays minimal until the bindings
//! issue; it already proves the core links into a cdylib.

uniffi::setup_scaffolding!("lueur");

/// The version of the bundled content, so a shell can show it.
#[uniffi::export]
pub fn content_version() -> String {
    lueur_core::ContentStore::open_embedded()
        .map(|store| store.info().version.clone())
        .unwrap_or_default()
}
