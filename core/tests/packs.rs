//! The essentials packs through the core's views: what is missing falls back to
//! English and says so, a pack no native speaker has read says so in its own
//! language, right-to-left screens say so, search works in a pack, and the helper
//! card pairs the reader's language with the helper's without storing anything.

use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::views::{Destination, Direction, NoticeLevel};
use lueur_core::{Lueur, LueurConfig};
use std::path::Path;
use std::sync::Arc;

fn open_in(dir: &Path, locales: &[&str]) -> Lueur {
    Lueur::open(LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: locales.iter().map(|l| l.to_string()).collect(),
        clock: Arc::new(ManualClock::new(1_764_000_000_000)),
        random: Arc::new(SeededRandom::new(4)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(SeededRandom::new(
            1,
        ))),
    })
    .expect("open")
}

#[test]
fn a_pack_lists_every_article_and_marks_the_english_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open_in(dir.path(), &["ro-RO"]);
    assert_eq!(lueur.locale(), "ro");
    let english = {
        let dir = tempfile::tempdir().expect("tempdir");
        open_in(dir.path(), &["en"]).articles_view().expect("en")
    };
    let view = lueur.articles_view().expect("articles");
    assert_eq!(view.articles.len(), english.articles.len());
    let own: Vec<&str> = view
        .articles
        .iter()
        .filter(|a| a.other_language.is_none())
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(own, ["what-is-trafficking", "getting-help", "your-rights"]);
    let marked = view
        .articles
        .iter()
        .find(|a| a.id == "scale")
        .expect("scale");
    assert_eq!(
        marked.other_language.as_deref(),
        Some("Netradus încă: afișat în English.")
    );
    let article = lueur.article_view("scale").expect("shown in English");
    assert!(article.other_language.is_some());
    assert!(
        lueur
            .article_view("getting-help")
            .expect("ro")
            .other_language
            .is_none()
    );
    assert!(lueur.article_view("no-such-article").is_err());
}

#[test]
fn an_unreviewed_pack_says_so_in_its_language_on_home_and_in_settings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open_in(dir.path(), &["uk"]);
    let notice = "Цей переклад ще не перевірив носій мови.";
    let home = lueur.home_view().expect("home");
    assert!(
        home.notices
            .iter()
            .any(|n| n.level == NoticeLevel::Info && n.text == notice),
        "{:?}",
        home.notices
    );
    let settings = lueur.settings_view().expect("settings");
    assert!(settings.notices.iter().any(|n| n.text == notice));
    // The full locales carry no such notice.
    lueur.set_locale("fr").expect("fr");
    assert!(lueur.home_view().expect("home").notices.is_empty());
}

#[test]
fn right_to_left_packs_say_so_and_keep_numbers_readable() {
    for (tag, locale) in [
        ("ar-MA", "ar"),
        ("fa-AF", "prs"),
        ("ps", "ps"),
        ("ur-PK", "ur"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = open_in(dir.path(), &[tag]);
        assert_eq!(lueur.locale(), locale);
        let home = lueur.home_view().expect("home");
        assert_eq!(home.screen_language.direction, Direction::Rtl, "{locale}");
        assert_eq!(home.screen_language.locale, locale);
        let labels: Vec<&str> = home
            .danger
            .actions
            .iter()
            .map(|a| a.label.as_str())
            .collect();
        assert!(
            labels[0].contains("\u{2068}112\u{2069}"),
            "{locale}: {labels:?}"
        );
        assert!(
            labels[1].contains("\u{2068}101\u{2069}"),
            "{locale}: {labels:?}"
        );
        let contacts = lueur
            .contact_view("national-contact-point")
            .expect("contact");
        assert_eq!(contacts.screen_language.direction, Direction::Rtl);
        // Dialled and shown in Latin digits.
        for action in &contacts.actions {
            assert!(
                !action
                    .label
                    .chars()
                    .any(|c| c.is_numeric() && !c.is_ascii_digit())
            );
        }
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open_in(dir.path(), &["zh-CN"]);
    assert_eq!(lueur.locale(), "zh-Hans");
    assert_eq!(
        lueur.home_view().expect("home").screen_language.direction,
        Direction::Ltr
    );
}

#[test]
fn search_works_in_a_pack_and_in_the_full_locales() {
    for (locale, query, id) in [
        ("ro", "Payoke", "payoke"),
        ("ar", "Payoke", "payoke"),
        ("fr", "Payoke", "payoke"),
        ("zh-Hans", "Sürya", "surya"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = open_in(dir.path(), &[locale]);
        for _ in 0..2 {
            let view = lueur.search_view(query).expect("search");
            assert!(
                view.results
                    .iter()
                    .any(|r| r.destination == Destination::Contact { id: id.into() }),
                "{locale}: {:?}",
                view.results
            );
        }
    }
}

#[test]
fn the_helper_card_pairs_languages_and_stores_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open_in(dir.path(), &["vi"]);
    let before = std::fs::read_dir(dir.path()).expect("dir").count();
    let card = lueur
        .helper_card(None, Some("brussels".into()), false)
        .expect("card");
    assert_eq!(card.reader.locale, "vi");
    assert_eq!(card.helper.locale, "fr");
    assert_eq!(card.helper.speaks, "Je parle vietnamien.");
    assert_eq!(card.reader.speaks, "Tôi nói Tiếng Việt.");
    assert_eq!(card.helper.centres.len(), 1);
    assert_eq!(card.helper.centres[0].name, "PAG-ASA");
    assert_eq!(card.helper.contact_point[0].phones, ["078 055 800"]);
    assert!(card.add_checklist_label.is_none() && !card.checklist_included);
    let dutch = lueur
        .helper_card(Some("nl".into()), None, true)
        .expect("card");
    assert_eq!(dutch.helper.locale, "nl");
    assert_eq!(dutch.helper.centres.len(), 3, "no region: every centre");
    assert!(
        dutch.reader.checklist.is_none(),
        "no checklist was filled in"
    );
    assert!(lueur.helper_card(Some("ro".into()), None, false).is_err());
    assert!(lueur.helper_card(None, Some("mars".into()), false).is_err());
    assert_eq!(
        lueur.locale(),
        "vi",
        "the card does not change the language"
    );
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), before);
}
