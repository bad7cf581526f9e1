//! Completeness of the bundled checklist: every question can be asked and every
//! indicator reached (shown by walking it, independently of the content compiler's
//! own analysis), every indicator question maps to an indicator, and every message
//! the checklist shows exists in every locale and adapts to the perspective.

use fluent_bundle::FluentValue;
use lueur_core::ContentStore;
use lueur_core::checklist::{ChecklistSession, Definition, Kind, Screen, effective};
use lueur_core::l10n::Localizer;
use std::collections::BTreeSet;
use std::sync::Arc;

fn definition() -> (ContentStore, Arc<Definition>) {
    let store = ContentStore::open_embedded().expect("content");
    let def = Arc::new(Definition::load(&store).expect("checklist"));
    (store, def)
}

/// A small deterministic generator, so the walks are the same on every run.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below as u64) as usize
    }
}

#[test]
fn every_question_can_be_asked_and_every_indicator_reached() {
    let (_store, def) = definition();
    let mut asked = BTreeSet::new();
    let mut reached = BTreeSet::new();
    let mut rng = Xorshift(0x5eed_1234_abcd_0001);
    for _ in 0..800 {
        let mut session = ChecklistSession::new(def.clone(), None);
        for _ in 0..500 {
            match session.screen() {
                Screen::Question(i) => {
                    asked.insert(i);
                    let q = &def.questions[i];
                    let value = q.values[rng.next(q.values.len())].clone();
                    let id = q.id.clone();
                    session.answer(&id, &value).expect("answer");
                }
                Screen::Result { interrupted: true } => {
                    session.resume();
                }
                Screen::Result { interrupted: false } => break,
            }
        }
        let eff = effective(&def, session.answers());
        for (i, q) in def.questions.iter().enumerate() {
            if let Some(value) = eff.values[i].as_deref() {
                reached.extend(q.matched_by(value).iter().copied());
            }
        }
    }
    let never_asked: Vec<&str> = def
        .questions
        .iter()
        .enumerate()
        .filter(|(i, _)| !asked.contains(i))
        .map(|(_, q)| q.id.as_str())
        .collect();
    assert!(never_asked.is_empty(), "never asked: {never_asked:?}");
    let unreached: Vec<&str> = def
        .indicators
        .iter()
        .enumerate()
        .filter(|(i, _)| !reached.contains(i))
        .map(|(_, ind)| ind.id.as_str())
        .collect();
    assert!(unreached.is_empty(), "never matched: {unreached:?}");
}

#[test]
fn every_question_maps_to_an_indicator_or_steers_the_checklist() {
    let (_store, def) = definition();
    let read: BTreeSet<&str> = def
        .modules
        .iter()
        .filter_map(|m| m.condition.as_ref())
        .chain(def.questions.iter().filter_map(|q| q.condition.as_ref()))
        .flat_map(|c| c.questions())
        .collect();
    for q in &def.questions {
        let maps = q.matches.iter().any(|m| !m.indicators.is_empty());
        if q.role.is_none() {
            assert!(
                maps || read.contains(q.id.as_str()),
                "question `{}` maps to no indicator and steers nothing",
                q.id
            );
        }
        // "Yes" is always the worrying answer: a yes/no question maps nothing else.
        if q.kind == Kind::YesNo {
            assert!(
                q.matches.iter().all(|m| m.answer == "yes"),
                "question `{}` maps an answer other than yes",
                q.id
            );
        }
    }
    // The engine's shortcuts exist.
    for role in [
        lueur_core::checklist::Role::Perspective,
        lueur_core::checklist::Role::Minor,
        lueur_core::checklist::Role::Region,
    ] {
        assert!(
            def.role_question(role).is_some(),
            "no question for {role:?}"
        );
    }
    // Danger questions come first (after "who is this about?").
    let first_other = def
        .questions
        .iter()
        .position(|q| !q.danger && q.role != Some(lueur_core::checklist::Role::Perspective))
        .expect("questions");
    assert!(
        def.questions.iter().skip(first_other).all(|q| !q.danger),
        "a danger question comes late"
    );
    assert!(def.questions.iter().any(|q| q.danger));
}

/// Message ids written literally in the checklist's code.
fn literal_ids() -> BTreeSet<String> {
    let sources = [
        include_str!("../src/checklist/mod.rs"),
        include_str!("../src/checklist/view.rs"),
        include_str!("../src/checklist/session.rs"),
        include_str!("../src/checklist/engine.rs"),
    ];
    let mut ids = BTreeSet::new();
    for source in sources {
        for part in source.split('"').skip(1).step_by(2) {
            if part.starts_with("checklist-")
                && !part.ends_with('-')
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                ids.insert(part.to_string());
            }
        }
    }
    ids
}

fn data_ids(def: &Definition) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for m in &def.modules {
        ids.insert(format!("checklist-module-{}", m.id));
    }
    for q in &def.questions {
        ids.insert(format!("checklist-q-{}", q.id));
        match q.kind {
            Kind::YesNo => {
                for v in &q.values {
                    ids.insert(format!("checklist-answer-{v}"));
                }
            }
            Kind::Choice => {
                for v in &q.values {
                    ids.insert(format!("checklist-q-{}-{v}", q.id));
                }
            }
        }
    }
    for i in &def.indicators {
        ids.insert(format!("checklist-indicator-{}", i.id));
    }
    for e in &def.elements {
        ids.insert(format!("checklist-element-{}", e.id));
    }
    for level in lueur_core::checklist::Level::ALL {
        ids.insert(format!("checklist-level-{}", level.id()));
        ids.insert(format!("checklist-level-{}-summary", level.id()));
    }
    for n in &def.notes {
        ids.insert(format!("checklist-note-{}", n.id));
    }
    for g in ["strong", "medium", "weak"] {
        ids.insert(format!("checklist-grade-{g}"));
    }
    ids
}

#[test]
fn every_message_exists_in_every_locale() {
    let (store, def) = definition();
    let literal = literal_ids();
    assert!(literal.len() > 30, "{literal:?}");
    let ids: BTreeSet<String> = literal.union(&data_ids(&def)).cloned().collect();
    let locales = store.info().locales.clone();
    // The four full locales and every essentials pack: a pack has every message.
    assert!(locales.len() >= 20, "{locales:?}");
    let mut missing = Vec::new();
    for locale in &locales {
        let l10n = Localizer::load(&store, locale).expect("bundles");
        for id in &ids {
            if !l10n.has_message(id) {
                missing.push(format!("{locale}: {id}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing messages:\n{}",
        missing.join("\n")
    );
}

#[test]
fn questions_adapt_to_the_perspective_in_every_locale() {
    let (store, def) = definition();
    for locale in &store.info().locales {
        let l10n = Localizer::load(&store, locale).expect("bundles");
        for q in def
            .questions
            .iter()
            .filter(|q| q.role.is_none() || q.kind == Kind::YesNo)
        {
            let id = format!("checklist-q-{}", q.id);
            let me = l10n.text(&id, &[("perspective", FluentValue::from("me"))]);
            let other = l10n.text(&id, &[("perspective", FluentValue::from("other"))]);
            assert_ne!(
                me, other,
                "{locale}: {id} reads the same for both perspectives"
            );
            for text in [&me, &other] {
                assert!(
                    !text.contains('{') && !text.trim().is_empty(),
                    "{locale}: {id}: {text}"
                );
            }
        }
    }
}
