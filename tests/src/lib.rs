//! `lueur-tests`: cross-crate tests of Lueur. The library is empty; the tests are in
//! `tests/`, the crash test's child process in `src/bin`, the delivery benchmark in
//! `benches/`.
