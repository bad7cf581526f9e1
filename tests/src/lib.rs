//! Cross-crate and cross-language tests of Lueur live in `tests/`; this library is empty on purpose.
