//! Every fact of the seed leaflet (phone numbers, emails, websites, street addresses
//! and the headline figure) must reach the person in every bundled locale, exactly.

use lueur_core::ContentStore;

struct CentreFacts {
    id: &'static str,
    phone: &'static str,
    email: &'static str,
    website: &'static str,
    street: &'static str,
    postal_code: &'static str,
}

const CENTRES: &[CentreFacts] = &[
    CentreFacts {
        id: "surya",
        phone: "+3242324030",
        email: "info@asblsurya.be",
        website: "www.asblsurya.org",
        street: "Rue Rouveroy 2",
        postal_code: "4000",
    },
    CentreFacts {
        id: "pag-asa",
        phone: "+3225116464",
        email: "info@pag-asa.be",
        website: "www.pag-asa.be",
        street: "Rue des Alexiens 16b",
        postal_code: "1000",
    },
    CentreFacts {
        id: "payoke",
        phone: "+3232011690",
        email: "admin@payoke.be",
        website: "www.payoke.be",
        street: "Leguit 4",
        postal_code: "2000",
    },
];

fn store() -> ContentStore {
    ContentStore::open_embedded().expect("the embedded content opens")
}

#[test]
fn the_four_full_locales_and_the_packs_are_bundled() {
    let store = store();
    let full: Vec<String> = store
        .packs()
        .expect("packs")
        .into_iter()
        .filter(|p| p.full)
        .map(|p| p.code)
        .collect();
    assert_eq!(full, ["de", "en", "fr", "nl"]);
    assert!(
        store.info().locales.len() >= 20,
        "{:?}",
        store.info().locales
    );
}

#[test]
fn specialised_centres_carry_the_leaflet_facts_in_every_locale() {
    let store = store();
    for locale in &store.info().locales {
        for facts in CENTRES {
            let contact = store
                .contact(locale, facts.id)
                .expect("query")
                .unwrap_or_else(|| panic!("{} missing in {locale}", facts.id));
            assert_eq!(contact.kind, "specialised-centre");
            assert!(
                contact.phones.iter().any(|p| p.number == facts.phone),
                "{} phone in {locale}",
                facts.id
            );
            assert!(
                contact.emails.iter().any(|e| e == facts.email),
                "{} email in {locale}",
                facts.id
            );
            assert!(
                contact
                    .websites
                    .iter()
                    .any(|w| w.trim_end_matches('/').ends_with(facts.website)),
                "{} website in {locale}: {:?}",
                facts.id,
                contact.websites
            );
            let address = contact
                .address
                .as_ref()
                .unwrap_or_else(|| panic!("{} address", facts.id));
            assert_eq!(address.street, facts.street);
            assert_eq!(address.postal_code, facts.postal_code);
            assert!(!address.city.is_empty());
        }
    }
}

#[test]
fn police_contact_point_and_report_website_are_there_in_every_locale() {
    let store = store();
    for locale in &store.info().locales {
        let contacts = store.contacts(locale).expect("contacts");
        let has_phone = |number: &str| {
            contacts
                .iter()
                .any(|c| c.phones.iter().any(|p| p.number == number))
        };
        assert!(has_phone("101"), "police 101 in {locale}");
        assert!(has_phone("112"), "112 in {locale}");
        assert!(
            has_phone("+3278055800"),
            "national contact point in {locale}"
        );
        assert!(
            contacts
                .iter()
                .any(|c| c.websites.iter().any(|w| w.contains("www.stoptraite.be"))),
            "stoptraite.be in {locale}"
        );
        assert!(
            contacts.iter().any(|c| c.kind == "national-rapporteur"),
            "the national rapporteur in {locale}"
        );
    }
}

#[test]
fn city_names_follow_the_locale() {
    let store = store();
    let city = |locale: &str, id: &str| {
        store
            .contact(locale, id)
            .expect("query")
            .and_then(|c| c.address)
            .map(|a| a.city)
            .unwrap_or_default()
    };
    assert_eq!(city("fr", "payoke"), "Anvers");
    assert_eq!(city("nl", "payoke"), "Antwerpen");
    assert_eq!(city("en", "payoke"), "Antwerp");
    assert_eq!(city("nl", "surya"), "Luik");
    assert_eq!(city("de", "surya"), "Lüttich");
    assert_eq!(city("de", "pag-asa"), "Brüssel");
}

#[test]
fn the_headline_figure_and_its_source_are_in_every_locale() {
    let store = store();
    for locale in &store.info().locales {
        // An essentials pack shows this article in English (marked as such).
        let shown = if store.article(locale, "scale").expect("query").is_some() {
            locale.as_str()
        } else {
            "en"
        };
        let article = store
            .article(shown, "scale")
            .expect("query")
            .expect("the scale article");
        let text: String = article
            .blocks
            .iter()
            .map(|b| b.plain_text())
            .collect::<Vec<_>>()
            .join(" ");
        let digits_only: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | ',' | '\u{a0}' | '\u{202f}'))
            .collect();
        assert!(digits_only.contains("11000"), "11,000 in {locale}");
        assert!(digits_only.contains("160"), "160 countries in {locale}");
        assert!(
            text.contains("Global Slavery Index"),
            "source named in {locale}"
        );
        assert!(
            text.contains("#EndHumanTrafficking"),
            "campaign named in {locale}"
        );
    }
}
