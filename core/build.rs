//! Compiles `content/` into the database the core embeds, so code and content can
//! never disagree: a content error fails the build with the editor's `path:line` list.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let content_dir = manifest.join("..").join("content");
    for entry in lueur_content::content_entries() {
        println!(
            "cargo:rerun-if-changed={}",
            content_dir.join(entry).display()
        );
    }
    // A store release sets it, and the content check then refuses the development key.
    println!("cargo:rerun-if-env-changed=LUEUR_RELEASE");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("content.sqlite");
    match lueur_content::build_to_file(&content_dir, &out) {
        Ok(()) => {}
        Err(lueur_content::BuildError::Invalid(problems)) => {
            for problem in &problems {
                println!("cargo:warning=content/{problem}");
            }
            panic!(
                "the content in {} has {} problem(s); run `cargo run -p lueur-content -- check`",
                content_dir.display(),
                problems.len()
            );
        }
        Err(other) => panic!("could not build the content database: {other}"),
    }
}
