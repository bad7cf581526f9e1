//! Filling the report form through the core by the form's own choice keys and text
//! fields (what the apps call), with the real user database: the draft follows, the
//! form says which fields it asks, and a key the form does not offer is refused.

use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::report::{
    ContactPreference, ExploitationForm, OutboxState, ReportAbout, ReportField, ReportFormView,
};
use lueur_core::{Error, Lueur, LueurConfig};
use std::sync::Arc;

fn open(dir: &std::path::Path, locale: &str) -> Lueur {
    let mut config = LueurConfig::new(
        dir,
        vec![locale.to_string()],
        Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    );
    config.clock = Arc::new(ManualClock::new(1_800_000_000_000));
    config.random = Arc::new(SeededRandom::new(7));
    Lueur::open(config).expect("open")
}

fn keys(list: &[&str]) -> Vec<String> {
    list.iter().map(|k| k.to_string()).collect()
}

fn shown(form: &ReportFormView, field: ReportField) -> bool {
    form.fields
        .iter()
        .find(|f| f.field == field)
        .is_some_and(|f| f.shown)
}

#[test]
fn a_report_filled_by_keys_and_texts_is_sent_and_queued() {
    let dir = tempfile::tempdir().expect("dir");
    let lueur = open(dir.path(), "fr");
    let form = lueur.report_form().expect("form");
    assert!(!shown(&form, ReportField::ContactPhone) && !shown(&form, ReportField::ContactNote));
    assert!(shown(&form, ReportField::WhatHappened) && shown(&form, ReportField::Contact));

    lueur
        .choose_report_option(ReportField::About, keys(&["someone-else"]))
        .expect("about");
    let form = lueur
        .choose_report_option(ReportField::Forms, keys(&["labour", "forced-crime"]))
        .expect("forms");
    let chosen: Vec<&str> = form
        .fields
        .iter()
        .find(|f| f.field == ReportField::Forms)
        .map(|f| {
            f.choices
                .iter()
                .filter(|c| c.selected)
                .map(|c| c.key.as_str())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(chosen, vec!["labour", "forced-crime"]);

    let form = lueur
        .choose_report_option(ReportField::Contact, keys(&["phone"]))
        .expect("contact");
    assert!(shown(&form, ReportField::ContactPhone) && shown(&form, ReportField::ContactNote));
    assert!(!shown(&form, ReportField::ContactEmail));
    lueur
        .set_report_text(ReportField::ContactPhone, "0470 12 34 56".into())
        .expect("phone");
    lueur
        .set_report_text(ReportField::ContactNote, "le soir".into())
        .expect("note");
    let form = lueur
        .set_report_text(ReportField::WhatHappened, "Ils travaillent la nuit.".into())
        .expect("what happened");
    assert!(form.can_send);

    let draft = lueur.report_draft();
    assert_eq!(draft.about, Some(ReportAbout::SomeoneElse));
    assert_eq!(
        draft.forms,
        vec![ExploitationForm::Labour, ExploitationForm::ForcedCrime]
    );
    assert_eq!(
        draft.contact,
        ContactPreference::Phone {
            number: "0470 12 34 56".into(),
            note: Some("le soir".into())
        }
    );
    let item = lueur.send_report_draft().expect("send");
    assert_eq!(item.state, OutboxState::Queued);
    assert_eq!(lueur.outbox().expect("outbox").unsent, 1);
}

#[test]
fn report_keys_the_form_does_not_offer_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let lueur = open(dir.path(), "de");
    lueur
        .set_report_text(ReportField::WhatHappened, "x".into())
        .expect("text");
    let before = lueur.report_draft();
    for (field, chosen) in [
        (ReportField::Forms, keys(&["labour", "smuggling"])),
        (ReportField::About, keys(&["me", "someone-else"])),
        (ReportField::Contact, keys(&["pigeon"])),
    ] {
        match lueur.choose_report_option(field, chosen) {
            Err(Error::Invalid {
                field: name,
                message_id,
                ..
            }) => {
                assert_eq!(name, field.key());
                assert_eq!(message_id, "report-error-choice");
            }
            other => panic!("{field:?}: {other:?}"),
        }
    }
    // Text into a choice field, or a number while contact is not by phone.
    for field in [ReportField::Forms, ReportField::ContactPhone] {
        let error = lueur
            .set_report_text(field, "0470 12 34 56".into())
            .expect_err("not asked");
        assert!(
            matches!(&error, Error::Invalid { message_id, .. } if message_id == "report-error-not-asked")
        );
        let text = lueur.error_text(&error);
        assert!(
            !text.starts_with("report-") && !text.contains("0470"),
            "{text}"
        );
    }
    assert!(
        lueur
            .choose_report_option(ReportField::Place, keys(&[]))
            .is_err()
    );
    assert_eq!(lueur.report_draft(), before);
    // Every new message exists in every locale.
    for locale in ["fr", "nl", "de", "en"] {
        lueur.set_locale(locale).expect("locale");
        let text = lueur.error_text(&Error::invalid("forms", "report-error-choice"));
        assert!(!text.starts_with("report-"), "{locale}: {text}");
    }
    // None clears a one-choice field.
    lueur
        .choose_report_option(ReportField::About, keys(&["me"]))
        .expect("me");
    lueur
        .choose_report_option(ReportField::About, Vec::new())
        .expect("clear");
    assert_eq!(lueur.report_draft().about, None);
}
