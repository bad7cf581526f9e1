//! The essentials packs through the `lueur` binary: a right-to-left pack says so and
//! writes its phone numbers in Latin digits, the calculator works in it, and the
//! helper card shows both languages.

mod common;

fn run(dir: &std::path::Path, args: &[&str]) -> String {
    let output = common::run_with_input(common::command(dir, args), None);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

#[test]
fn arabic_home_is_right_to_left_with_latin_digit_phone_numbers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = run(dir.path(), &["--locale", "ar", "home"]);
    assert!(text.starts_with("(rtl)\n"), "{text}");
    assert!(
        text.contains("\u{2068}112\u{2069}") && text.contains("<tel:112>"),
        "{text}"
    );
    assert!(
        !text
            .chars()
            .any(|c| ('\u{660}'..='\u{669}').contains(&c) || ('\u{6F0}'..='\u{6F9}').contains(&c))
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(dir.path(), &["--locale", "ar", "--json", "home"]))
            .expect("json");
    assert_eq!(json["screen_language"]["direction"], "rtl");
    assert_eq!(json["screen_language"]["locale"], "ar");
    assert_eq!(json["danger"]["actions"][0]["action"]["number"], "112");
    let french: serde_json::Value =
        serde_json::from_str(&run(dir.path(), &["--locale", "fr", "--json", "home"]))
            .expect("json");
    assert_eq!(french["screen_language"]["direction"], "ltr");
}

#[test]
fn the_calculator_works_in_every_pack() {
    let dir = tempfile::tempdir().expect("tempdir");
    for locale in ["ar", "prs", "zh-Hans", "ro", "fr"] {
        let text = run(dir.path(), &["--locale", locale, "calc", "--keys", "12+7="]);
        assert!(text.contains("19"), "{locale}: {text}");
    }
}

#[test]
fn the_helper_card_pairs_the_reader_and_the_helper() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json: serde_json::Value = serde_json::from_str(&run(
        dir.path(),
        &[
            "--locale",
            "fa-AF",
            "--json",
            "card",
            "--region",
            "east-belgium",
        ],
    ))
    .expect("json");
    assert_eq!(json["reader"]["locale"], "prs");
    assert_eq!(json["reader"]["direction"], "rtl");
    assert_eq!(json["helper"]["locale"], "de");
    assert_eq!(json["helper"]["speaks"], "Ich spreche Dari.");
    assert_eq!(
        json["helper"]["contact_point"][0]["phones"][0],
        "078 055 800"
    );
    assert_eq!(json["helper"]["centres"][0]["name"], "Sürya");
    assert!(json["reader"]["checklist"].is_null());
    let helper_en = run(dir.path(), &["--locale", "ro", "card", "--helper", "en"]);
    assert!(helper_en.contains("I speak Romanian."), "{helper_en}");
    assert!(helper_en.contains("Vorbesc română."), "{helper_en}");
    assert!(!dir.path().join("nothing").exists());
}

#[test]
fn articles_a_pack_lacks_are_listed_in_english_and_say_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let list = run(dir.path(), &["--locale", "ro", "articles"]);
    assert!(list.contains("[scale]"), "{list}");
    assert!(
        list.contains("(Netradus încă: afișat în English.)"),
        "{list}"
    );
    let article = run(dir.path(), &["--locale", "ro", "read", "scale"]);
    assert!(
        article.starts_with("(Netradus încă: afișat în English.)"),
        "{article}"
    );
    let own = run(dir.path(), &["--locale", "ro", "read", "getting-help"]);
    assert!(!own.contains("Netradus"), "{own}");
}
