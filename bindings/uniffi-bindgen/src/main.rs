//! `uniffi-bindgen`, built from the workspace's own `uniffi` so that the generated
//! Kotlin, Swift and Python always match the scaffolding compiled into `lueur_ffi`.
//! Run it as `cargo uniffi-bindgen generate ...` (alias in `.cargo/config.toml`).

fn main() {
    uniffi::uniffi_bindgen_main()
}
