//! The content check on essentials packs, on a copy of the real content folder with
//! one fault planted in the Romanian pack: each fault is refused with its file.

use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

fn content_with(rel: &str, from: &str, to: &str) -> (tempfile::TempDir, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in lueur_content::content_entries() {
        let source = root.join(entry);
        if source.is_dir() {
            copy_dir(&source, &dir.path().join(entry));
        } else if source.is_file() {
            std::fs::copy(&source, dir.path().join(entry)).expect("copy");
        }
    }
    let path = dir.path().join(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{rel} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    let root = dir.path().to_path_buf();
    (dir, root)
}

fn problems(rel: &str, from: &str, to: &str) -> Vec<String> {
    let (_dir, root) = content_with(rel, from, to);
    lueur_content::check(&root)
        .into_iter()
        .map(|d| format!("{}:{}: {}", d.path, d.line, d.message))
        .collect()
}

fn refused(rel: &str, from: &str, to: &str, says: &str) {
    let found = problems(rel, from, to);
    assert!(
        found.iter().any(|p| p.contains(rel) && p.contains(says)),
        "planting `{to}` in {rel}: expected `{says}`, got {found:#?}"
    );
}

#[test]
fn the_real_packs_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = lueur_content::check(root);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_renamed_placeable_is_refused() {
    refused(
        "locales/ro/app.ftl",
        "action-call = Sună la { $number }",
        "action-call = Sună la { $numar }",
        "placeables",
    );
}

#[test]
fn a_missing_placeable_is_refused() {
    refused(
        "locales/ro/app.ftl",
        "action-call = Sună la { $number }",
        "action-call = Sună la poliție",
        "placeables",
    );
}

#[test]
fn a_changed_number_is_refused() {
    refused(
        "locales/ro/report.ftl",
        "sună la 112 sau 101",
        "sună la 112 sau 100",
        "numbers",
    );
}

#[test]
fn a_phone_number_that_is_no_contact_is_refused() {
    let (_dir, root) = content_with(
        "locales/ro/contacts.ftl",
        "Aceasta este linia telefonică a stoptraite.be",
        "Aceasta este linia 078 055 801 a stoptraite.be",
    );
    let found: Vec<String> = lueur_content::check(&root)
        .into_iter()
        .map(|d| d.message)
        .collect();
    assert!(
        found
            .iter()
            .any(|m| m.contains("078 055 801") && m.contains("in no contact")),
        "{found:#?}"
    );
}

#[test]
fn a_changed_address_is_refused() {
    refused(
        "locales/ro/report.ftl",
        "nu merge la stoptraite.be",
        "nu merge la stoptrafic.be",
        "addresses",
    );
}

#[test]
fn digits_other_than_latin_are_refused() {
    refused(
        "locales/ro/report.ftl",
        "sună la 112 sau 101",
        "sună la ١١٢ sau 101",
        "0-9",
    );
}

#[test]
fn an_article_with_a_new_number_is_refused() {
    let rel = "articles/getting-help/ro.md";
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).expect("read");
    let last = text.trim_end().lines().last().expect("a line").to_string();
    refused(
        rel,
        &last,
        &format!("{last} 4567."),
        "numbers English does not",
    );
}
