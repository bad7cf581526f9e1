//! `lueur`: the terminal shell of the core (placeholder until the CLI lands below).
fn main() {}
