//! The app model through the public API, as a shell uses it: home, articles,
//! contacts with filters and actions, search and settings, on the real bundled
//! content and a real user database in a temporary folder.

use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::views::{Action, ContactFilter, Destination, NoticeLevel, SearchResultKind};
use lueur_core::{Error, Lueur, LueurConfig};
use std::path::Path;
use std::sync::Arc;

const LOCALES: [&str; 4] = ["fr", "nl", "de", "en"];

fn open_in(dir: &Path, locale: &str) -> Lueur {
    Lueur::open(LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: vec![locale.to_string()],
        clock: Arc::new(ManualClock::new(1_764_000_000_000)),
        random: Arc::new(SeededRandom::new(4)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    })
    .expect("open")
}

fn open(locale: &str) -> (tempfile::TempDir, Lueur) {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open_in(dir.path(), locale);
    (dir, lueur)
}

fn filter(city: Option<&str>, kind: Option<&str>, language: Option<&str>) -> ContactFilter {
    ContactFilter {
        city: city.map(str::to_string),
        kind: kind.map(str::to_string),
        language: language.map(str::to_string),
    }
}

fn ids(items: &[lueur_core::views::ContactItem]) -> Vec<&str> {
    items.iter().map(|c| c.id.as_str()).collect()
}

#[test]
fn home_always_offers_the_emergency_calls_and_the_six_ways_in() {
    for locale in LOCALES {
        let (_dir, lueur) = open(locale);
        let home = lueur.home_view().expect("home");
        let numbers: Vec<&str> = home
            .danger
            .actions
            .iter()
            .filter_map(|a| match &a.action {
                Action::Call { number } => Some(number.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(numbers, ["112", "101"], "{locale}");
        assert!(home.danger.actions.iter().all(|a| a.label.contains("1")));
        let destinations: Vec<&Destination> = home.primary.iter().map(|e| &e.destination).collect();
        assert_eq!(
            destinations,
            [
                &Destination::HelpNow,
                &Destination::CheckMe,
                &Destination::CheckOther,
                &Destination::Learn,
                &Destination::Contacts,
                &Destination::Report,
            ]
        );
        for entry in home.primary.iter().chain(&home.more) {
            assert!(
                !entry.label.is_empty() && !entry.label.starts_with("home-"),
                "{entry:?}"
            );
        }
        assert!(home.notices.is_empty());
    }
    let (_dir, lueur) = open("de");
    let home = lueur.home_view().expect("home");
    assert_eq!(home.danger.actions[0].label, "112 anrufen");
    assert_eq!(home.primary[1].label, "Fragen zu meiner Situation");
}

#[test]
fn a_corrupt_user_database_is_recreated_and_the_screens_say_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join(lueur_core::userdb::FILE_NAME),
        vec![0x42; 16_384],
    )
    .expect("garbage");
    let lueur = open_in(dir.path(), "en");
    assert!(lueur.recreated_after_corruption());
    let home = lueur.home_view().expect("home");
    assert_eq!(home.notices.len(), 1);
    assert_eq!(home.notices[0].level, NoticeLevel::Warning);
    assert!(
        home.notices[0].text.contains("started again"),
        "{:?}",
        home.notices
    );
    let settings = lueur.settings_view().expect("settings");
    assert_eq!(settings.notices, home.notices);
    drop(lueur);
    let reopened = open_in(dir.path(), "en");
    assert!(reopened.home_view().expect("home").notices.is_empty());
}

#[test]
fn every_article_opens_in_every_language() {
    for locale in LOCALES {
        let (_dir, lueur) = open(locale);
        let list = lueur.articles_view().expect("articles");
        assert_eq!(list.articles.len(), 10, "{locale}");
        for item in &list.articles {
            assert_eq!(
                item.destination,
                Destination::Article {
                    id: item.id.clone()
                }
            );
            let article = lueur.article_view(&item.id).expect("article");
            assert_eq!(article.title, item.title);
            assert!(!article.blocks.is_empty());
            assert!(article.reviewed.contains("2026"), "{}", article.reviewed);
            assert!(!article.sources.is_empty());
        }
    }
    let (_dir, lueur) = open("fr");
    let article = lueur.article_view("what-is-trafficking").expect("article");
    assert_eq!(
        article.reviewed,
        "Informations vérifiées le 1er décembre 2026."
    );
}

#[test]
fn an_unknown_article_or_contact_is_not_found_and_explained() {
    let (_dir, lueur) = open("nl");
    for id in ["", "nope", "../../etc/passwd", "what-is-trafficking'--"] {
        let error = lueur.article_view(id).expect_err("unknown");
        assert!(
            matches!(
                error,
                Error::NotFound {
                    kind: "article",
                    ..
                }
            ),
            "{error:?}"
        );
        let text = lueur.error_text(&error);
        assert!(text.starts_with("Deze pagina bestaat niet"), "{text}");
        let error = lueur.contact_view(id).expect_err("unknown");
        assert!(
            matches!(
                error,
                Error::NotFound {
                    kind: "contact",
                    ..
                }
            ),
            "{error:?}"
        );
    }
}

#[test]
fn a_place_matches_city_and_region_names_in_any_language() {
    let (_dir, lueur) = open("nl");
    for place in [
        "Antwerpen",
        "antwerpen",
        "Anvers",
        "ANTWERP",
        "flanders",
        "Vlaanderen",
        "Flandre",
        "2000",
    ] {
        let view = lueur
            .contacts_view(&filter(Some(place), None, None))
            .expect("contacts");
        assert_eq!(ids(&view.contacts), ["payoke"], "{place}");
        let nationwide = ids(&view.nationwide);
        assert!(nationwide.contains(&"emergency-112") && nationwide.contains(&"police-101"));
        assert!(!nationwide.contains(&"surya") && !nationwide.contains(&"pag-asa"));
        assert!(view.nationwide_title.is_some());
        assert_eq!(
            view.filtered_by.as_deref(),
            Some(format!("Filters: {place}").as_str())
        );
    }
    for place in [
        "Liège",
        "liege",
        "Luik",
        "Lüttich",
        "LUTTICH",
        "wallonie",
        "Wallonië",
    ] {
        let view = lueur
            .contacts_view(&filter(Some(place), None, None))
            .expect("contacts");
        assert_eq!(ids(&view.contacts), ["surya"], "{place}");
    }
    let brussels = lueur
        .contacts_view(&filter(Some("  Brüssel "), None, None))
        .expect("contacts");
    assert_eq!(ids(&brussels.contacts), ["pag-asa"]);
}

#[test]
fn a_place_with_no_service_still_shows_the_national_ones() {
    let (_dir, lueur) = open("en");
    let view = lueur
        .contacts_view(&filter(Some("Eupen"), None, None))
        .expect("contacts");
    assert!(view.contacts.is_empty());
    assert!(view.nationwide.iter().any(|c| c.id == "emergency-112"));
    let message = view.empty_message.expect("message");
    assert!(
        message.starts_with("No service was found in this place"),
        "{message}"
    );
}

#[test]
fn kinds_match_codes_and_names_and_unknown_kinds_find_nothing() {
    let (_dir, lueur) = open("fr");
    for kind in [
        "specialised-centre",
        "Centre spécialisé",
        "centre specialise",
        "Gespecialiseerd centrum",
        "Spezialisiertes Zentrum",
    ] {
        let view = lueur
            .contacts_view(&filter(None, Some(kind), None))
            .expect("contacts");
        assert_eq!(
            ids(&view.contacts),
            ["surya", "pag-asa", "payoke"],
            "{kind}"
        );
        assert_eq!(
            view.filtered_by.as_deref(),
            Some("Filtres\u{202f}: Centre spécialisé")
        );
        assert!(
            view.options
                .kinds
                .iter()
                .any(|k| k.selected && k.value == "specialised-centre")
        );
    }
    let view = lueur
        .contacts_view(&filter(Some("Anvers"), Some("police"), None))
        .expect("contacts");
    assert!(view.contacts.is_empty());
    assert_eq!(ids(&view.nationwide), ["police-101"]);
    let view = lueur
        .contacts_view(&filter(None, Some("astronaut"), None))
        .expect("contacts");
    assert!(view.contacts.is_empty() && view.nationwide.is_empty());
    assert!(view.empty_message.is_some());
}

#[test]
fn a_language_filter_says_when_languages_are_not_listed() {
    let (_dir, lueur) = open("en");
    let all = lueur.contacts_view(&ContactFilter::default()).expect("all");
    assert!(all.notes.is_empty() && all.filtered_by.is_none());
    // The content lists spoken languages only where a source states them, and no
    // source does yet: no service can be shown for a language, and the view says why.
    for language in ["fr", "FR-be", "French", "néerlandais", "Duits"] {
        let view = lueur
            .contacts_view(&filter(None, None, Some(language)))
            .expect("contacts");
        assert!(view.contacts.is_empty(), "{language}");
        assert_eq!(view.notes.len(), 1);
        let expected = format!(
            "For {} services, the languages spoken are not listed",
            all.contacts.len()
        );
        assert!(view.notes[0].starts_with(&expected), "{}", view.notes[0]);
    }
    let view = lueur
        .contacts_view(&filter(None, None, Some("nl")))
        .expect("contacts");
    assert_eq!(view.filtered_by.as_deref(), Some("Filtered by: Dutch"));
}

#[test]
fn contact_actions_are_typed_and_follow_the_content() {
    let (_dir, lueur) = open("nl");
    let payoke = lueur.contact_view("payoke").expect("payoke");
    let actions: Vec<&Action> = payoke.actions.iter().map(|a| &a.action).collect();
    assert_eq!(
        actions,
        [
            &Action::Call {
                number: "+3232011690".into()
            },
            &Action::Email {
                address: "admin@payoke.be".into()
            },
            &Action::Website {
                url: "https://www.payoke.be".into()
            },
            &Action::Map {
                query: "Leguit 4, 2000 Antwerpen, België".into()
            },
        ],
        "no SMS: the content does not say the number takes text messages"
    );
    assert_eq!(payoke.actions[0].label, "03 201 16 90 bellen");
    assert_eq!(payoke.actions[2].label, "www.payoke.be openen");
    let address = payoke.address.expect("address");
    assert_eq!(address.lines, ["Leguit 4", "2000 Antwerpen"]);
    assert_eq!(address.region, "Vlaanderen");
    assert!(!payoke.languages_listed);
    assert_eq!(payoke.languages, "De gesproken talen staan er niet bij.");
    assert!(payoke.privacy_note.is_some());

    let stoptraite = lueur.contact_view("stoptraite").expect("stoptraite");
    assert!(
        stoptraite.privacy_note.is_none(),
        "no number, no call trace"
    );
    let child_focus = lueur.contact_view("child-focus").expect("child focus");
    assert_eq!(
        child_focus.for_minors.as_deref(),
        Some("Voor kinderen en jongeren")
    );
    assert_eq!(child_focus.actions[0].label, "116 000 bellen");

    let list = lueur
        .contacts_view(&ContactFilter::default())
        .expect("list");
    let surya = list
        .contacts
        .iter()
        .find(|c| c.id == "surya")
        .expect("surya");
    assert_eq!(surya.place.as_deref(), Some("Luik (Wallonië)"));
    assert_eq!(
        surya.primary_action.as_ref().map(|a| a.label.as_str()),
        Some("04 232 40 30 bellen")
    );
}

#[test]
fn search_finds_by_prefix_and_ranks_with_highlighted_snippets() {
    let (_dir, lueur) = open("de");
    let view = lueur.search_view("Ausbeutung").expect("search");
    assert!(!view.results.is_empty());
    assert!(view.hint.is_none() && view.empty_message.is_none());
    assert!(
        view.count_label
            .as_deref()
            .is_some_and(|c| c.ends_with("Ergebnisse"))
    );
    let first = &view.results[0];
    assert_eq!(first.kind, SearchResultKind::Article);
    assert_eq!(first.kind_label, "Artikel");
    assert!(
        first
            .title
            .iter()
            .chain(&first.snippet)
            .any(|r| r.highlight),
        "{first:?}"
    );
    // Prefix, case and diacritics: "AUSBEUT" and "ausbéut" find the same.
    let prefix = lueur.search_view("AUSBEUT").expect("search");
    let accents = lueur.search_view("ausbéut").expect("search");
    assert_eq!(
        prefix.results.iter().map(|r| &r.id).collect::<Vec<_>>(),
        accents.results.iter().map(|r| &r.id).collect::<Vec<_>>()
    );
    assert!(!prefix.results.is_empty());

    lueur.set_locale("fr").expect("fr");
    let surya = lueur.search_view("liege").expect("search");
    let hit = surya
        .results
        .iter()
        .find(|r| r.id == "surya")
        .expect("Sürya is in Liège");
    assert_eq!(hit.kind, SearchResultKind::Contact);
    assert_eq!(hit.destination, Destination::Contact { id: "surya".into() });
    // The title of a contact is found by its own name whatever the accents.
    let by_name = lueur.search_view("surya").expect("search");
    assert_eq!(
        by_name.results.first().map(|r| r.id.as_str()),
        Some("surya")
    );
}

#[test]
fn empty_and_fruitless_searches_explain_themselves() {
    let (_dir, lueur) = open("en");
    let empty = lueur.search_view("   ").expect("search");
    assert!(empty.results.is_empty() && empty.hint.is_some() && empty.empty_message.is_none());
    let none = lueur.search_view("qqqxxyzzy").expect("search");
    assert!(none.results.is_empty() && none.hint.is_none() && none.empty_message.is_some());
}

#[test]
fn the_last_search_lives_only_in_memory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open_in(dir.path(), "en");
    let secret = "Payokezebra";
    lueur.search_view(secret).expect("search");
    lueur.set_locale("nl").expect("switch");
    let restored = lueur.last_search_view().expect("restore");
    assert_eq!(restored.query, secret);
    assert_eq!(restored.title, "Zoeken");
    drop(lueur);
    for entry in std::fs::read_dir(dir.path()).expect("list") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("read");
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "the query reached the disk"
        );
    }
    let reopened = open_in(dir.path(), "en");
    assert_eq!(reopened.last_search_view().expect("fresh").query, "");
}

#[test]
fn settings_name_each_language_in_itself_and_show_versions() {
    let (_dir, lueur) = open("de");
    let settings = lueur.settings_view().expect("settings");
    let names: Vec<(&str, &str, bool)> = settings
        .language
        .choices
        .iter()
        .map(|c| (c.code.as_str(), c.name.as_str(), c.selected))
        .collect();
    assert_eq!(
        names[..4],
        [
            ("fr", "Français", false),
            ("nl", "Nederlands", false),
            ("de", "Deutsch", true),
            ("en", "English", false),
        ]
    );
    // Then every pack, named in itself from CLDR, first letter up as in a menu.
    for (code, name) in [
        ("ro", "Română"),
        ("ar", "العربية"),
        ("prs", "دری"),
        ("zh-Hans", "简体中文"),
    ] {
        assert!(
            names.contains(&(code, name, false)),
            "{code} {name} in {names:?}"
        );
    }
    let arabic = settings
        .language
        .choices
        .iter()
        .find(|c| c.code == "ar")
        .expect("ar");
    assert_eq!(arabic.direction, lueur_core::views::Direction::Rtl);
    assert!(arabic.review_pending && !arabic.complete);
    let info = lueur.content().info().clone();
    let facts: Vec<(&str, &str)> = settings
        .about
        .facts
        .iter()
        .map(|f| (f.label.as_str(), f.value.as_str()))
        .collect();
    assert_eq!(facts[0], ("Version der App", env!("CARGO_PKG_VERSION")));
    assert_eq!(facts[1], ("Version der Inhalte", info.version.as_str()));
    assert_eq!(facts[2].0, "Informationen geprüft am");
    assert!(
        facts[2].1.ends_with("2026") && facts[2].1.contains(". "),
        "{:?}",
        facts[2]
    );
}

#[test]
fn switching_the_language_changes_every_screen() {
    let (_dir, lueur) = open("fr");
    assert_eq!(lueur.home_view().expect("home").title, "Lueur");
    assert_eq!(lueur.articles_view().expect("list").title, "Comprendre");
    lueur.set_locale("nl").expect("nl");
    assert_eq!(lueur.articles_view().expect("list").title, "Meer weten");
    assert_eq!(
        lueur
            .contacts_view(&ContactFilter::default())
            .expect("c")
            .title,
        "Wie kan helpen"
    );
    let error = lueur.set_locale("tlh").expect_err("Klingon is not bundled");
    assert!(
        lueur
            .error_text(&error)
            .starts_with("Deze taal is niet beschikbaar")
    );
    assert_eq!(lueur.locale(), "nl");
}

#[test]
fn every_view_model_serialises_for_the_shells() {
    let (_dir, lueur) = open("en");
    let views = [
        serde_json::to_value(lueur.home_view().expect("home")),
        serde_json::to_value(lueur.articles_view().expect("articles")),
        serde_json::to_value(lueur.article_view("scale").expect("article")),
        serde_json::to_value(
            lueur
                .contacts_view(&ContactFilter::default())
                .expect("contacts"),
        ),
        serde_json::to_value(lueur.contact_view("surya").expect("contact")),
        serde_json::to_value(lueur.search_view("help").expect("search")),
        serde_json::to_value(lueur.settings_view().expect("settings")),
    ];
    for view in views {
        let json = view.expect("serialises").to_string();
        assert!(
            !json.contains("home-") && !json.contains("contact-kind-"),
            "{json}"
        );
    }
    let home = serde_json::to_value(lueur.home_view().expect("home")).expect("json");
    assert_eq!(home["danger"]["actions"][0]["action"]["type"], "call");
    assert_eq!(home["primary"][0]["destination"]["screen"], "help_now");
}

#[test]
fn home_says_in_each_language_when_no_app_can_do_an_action() {
    let mut seen = std::collections::BTreeSet::new();
    for locale in LOCALES {
        let (_dir, lueur) = open(locale);
        let no_app = lueur.home_view().expect("home").navigation.no_app;
        assert!(
            !no_app.is_empty() && !no_app.starts_with("nav-"),
            "{locale}: {no_app}"
        );
        seen.insert(no_app);
    }
    assert_eq!(
        seen.len(),
        LOCALES.len(),
        "one sentence per language: {seen:?}"
    );
}
