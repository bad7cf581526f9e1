//! Properties of the checklist engine: whatever order answers come in, however often
//! a person goes back, changes answers or skips, nothing panics, and the same final
//! answers always give the same result; one more worrying answer never lowers the
//! level, and a "not sure" never raises it.

use lueur_core::checklist::{
    Answer, Answers, ChecklistSession, ChecklistView, Definition, Kind, Level, Perspective, Role,
    Screen, assess, effective,
};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::{ContentStore, Error, Lueur, LueurConfig};
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};

fn definition() -> Arc<Definition> {
    static DEF: OnceLock<Arc<Definition>> = OnceLock::new();
    DEF.get_or_init(|| {
        let store = ContentStore::open_embedded().expect("content");
        Arc::new(Definition::load(&store).expect("checklist"))
    })
    .clone()
}

#[derive(Debug, Clone)]
enum Op {
    /// Answer the question on screen with its n-th possible value (modulo).
    Answer(usize),
    Skip,
    Back,
    Continue,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => any::<usize>().prop_map(Op::Answer),
        2 => Just(Op::Skip),
        2 => Just(Op::Back),
        1 => Just(Op::Continue),
    ]
}

fn about() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![Just(None), Just(Some("me")), Just(Some("other"))]
}

fn run(session: &mut ChecklistSession, ops: &[Op]) {
    for op in ops {
        match op {
            Op::Answer(n) => {
                if let Screen::Question(i) = session.screen() {
                    let q = &session.definition().questions[i];
                    let value = q.values[n % q.values.len()].clone();
                    let id = q.id.clone();
                    session
                        .answer(&id, &value)
                        .expect("answer the question on screen");
                }
            }
            Op::Skip => {
                let _ = session.skip();
            }
            Op::Back => {
                session.back();
            }
            Op::Continue => {
                session.resume();
            }
        }
    }
}

/// A fresh session walked straight through with only the answers that count (the
/// perspective included: going back may have changed the one given at the start).
fn replay(def: &Arc<Definition>, answers: &Answers) -> ChecklistSession {
    let values = effective(def, answers).values;
    let mut fresh = ChecklistSession::new(def.clone(), None);
    let mut steps = 0;
    loop {
        steps += 1;
        assert!(steps < 1_000, "replay does not end");
        match fresh.screen() {
            Screen::Question(i) => {
                let id = def.questions[i].id.clone();
                match &values[i] {
                    Some(v) => {
                        fresh.answer(&id, v).expect("replayed answer");
                    }
                    None => {
                        fresh.skip().expect("skip");
                    }
                }
            }
            Screen::Result { interrupted: true } => {
                fresh.resume();
            }
            Screen::Result { interrupted: false } => return fresh,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Going back, changing and skipping in any order leaves no trace: the result is
    /// the one of a straight walk with the answers that count at the end.
    #[test]
    fn navigation_leaves_only_the_final_answers(about in about(), ops in proptest::collection::vec(op(), 0..200)) {
        let def = definition();
        let mut session = ChecklistSession::new(def.clone(), about);
        run(&mut session, &ops);
        let final_assessment = assess(&def, session.answers());
        let fresh = replay(&def, session.answers());
        prop_assert_eq!(assess(&def, fresh.answers()), final_assessment);
    }

    /// The order in which answers are given never matters.
    #[test]
    fn answer_order_does_not_matter(
        about in about(),
        picks in proptest::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), any::<bool>()), 0..60),
        seed in any::<u64>(),
    ) {
        let def = definition();
        let mut pairs: Vec<(String, Answer)> = picks
            .iter()
            .map(|(q, v, skip)| {
                let q = &def.questions[q.index(def.questions.len())];
                let answer = if *skip { Answer::Skipped } else { Answer::Given(q.values[v.index(q.values.len())].clone()) };
                (q.id.clone(), answer)
            })
            .collect();
        // Later duplicates would win; keep the first of each question so every order
        // holds the same set.
        let mut seen = std::collections::BTreeSet::new();
        pairs.retain(|(q, _)| seen.insert(q.clone()));
        let mut shuffled = pairs.clone();
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let mut a: Answers = pairs.into_iter().collect();
        let mut b = Answers::new();
        for (q, v) in shuffled {
            b.insert(q, v);
        }
        if let (Some(about), Some(q)) = (about, def.questions.first()) {
            a.insert(q.id.clone(), Answer::Given(about.into()));
            b.insert(q.id.clone(), Answer::Given(about.into()));
        }
        prop_assert_eq!(assess(&def, &a), assess(&def, &b));
    }

    /// Answers restored from the phone give the same result as the session they were
    /// kept from.
    #[test]
    fn restored_answers_give_the_same_result(about in about(), ops in proptest::collection::vec(op(), 0..120)) {
        let def = definition();
        let mut session = ChecklistSession::new(def.clone(), about);
        run(&mut session, &ops);
        let restored = ChecklistSession::restore(def.clone(), session.answers().clone(), session.position_id());
        prop_assert_eq!(assess(&def, restored.answers()), assess(&def, session.answers()));
    }
}

/// The answers of a person who walked the checklist once: for a yes/no question,
/// yes, no, not sure, nothing or skipped; for a choice, one of its options or skipped;
/// and nothing for a question that was never on screen. (An answer left on a question
/// that is hidden would come back when a change shows it again; that is the earlier
/// answer counting, not the change, so it is left out here.)
fn random_answers() -> impl Strategy<Value = Answers> {
    let n = definition().questions.len();
    proptest::collection::vec(0usize..8, n).prop_map(|picks| {
        let def = definition();
        let mut answers = Answers::new();
        for (q, pick) in def.questions.iter().zip(picks) {
            if pick < q.values.len() {
                answers.insert(q.id.clone(), Answer::Given(q.values[pick].clone()));
            } else if pick == 7 {
                answers.insert(q.id.clone(), Answer::Skipped);
            }
        }
        let shown = effective(&def, &answers).visible;
        for (q, shown) in def.questions.iter().zip(shown) {
            if !shown {
                answers.remove(&q.id);
            }
        }
        answers
    })
}

/// The level after answering question `index` with `value`.
fn level_with(def: &Definition, answers: &Answers, index: usize, value: &str) -> Level {
    let mut changed = answers.clone();
    changed.insert(
        def.questions[index].id.clone(),
        Answer::Given(value.to_string()),
    );
    assess(def, &changed).level
}

/// Yes/no questions asked with these answers and not already answered `value`.
fn asked_yes_no(def: &Definition, answers: &Answers, value: &str, roles: bool) -> Vec<usize> {
    let eff = effective(def, answers);
    (0..def.questions.len())
        .filter(|&i| {
            let q = &def.questions[i];
            q.kind == Kind::YesNo
                && (roles || q.role.is_none())
                && eff.visible[i]
                && eff.values[i].as_deref() != Some(value)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// "Yes" is the worrying answer of every yes/no question, the age question
    /// included: turning any answer into "yes" never lowers the level.
    #[test]
    fn a_worrying_answer_never_lowers_the_level(answers in random_answers(), which in any::<prop::sample::Index>()) {
        let def = definition();
        let candidates = asked_yes_no(&def, &answers, "yes", true);
        prop_assume!(!candidates.is_empty());
        let index = candidates[which.index(candidates.len())];
        let before = assess(&def, &answers).level;
        let after = level_with(&def, &answers, index, "yes");
        prop_assert!(after >= before, "{}: yes took {:?} down to {:?}", def.questions[index].id, before, after);
    }

    /// A "not sure" instead of "no" or of no answer never raises the level. The age
    /// question is left out on purpose: "not sure" there counts as under 18, so that
    /// the protection for minors applies.
    #[test]
    fn not_sure_never_raises_the_level(answers in random_answers(), which in any::<prop::sample::Index>()) {
        let def = definition();
        let eff = effective(&def, &answers);
        let candidates: Vec<usize> = asked_yes_no(&def, &answers, "unsure", false)
            .into_iter()
            .filter(|&i| eff.values[i].as_deref() != Some("yes"))
            .collect();
        prop_assume!(!candidates.is_empty());
        let index = candidates[which.index(candidates.len())];
        let before = assess(&def, &answers).level;
        let after = level_with(&def, &answers, index, "unsure");
        prop_assert!(after <= before, "{}: not sure took {:?} up to {:?}", def.questions[index].id, before, after);
    }

    /// Skipping a question gives the same result as never being asked it.
    #[test]
    fn a_skip_counts_as_no_answer(answers in random_answers(), which in any::<prop::sample::Index>()) {
        let def = definition();
        let id = def.questions[which.index(def.questions.len())].id.clone();
        let mut skipped = answers.clone();
        skipped.insert(id.clone(), Answer::Skipped);
        let mut absent = answers;
        absent.remove(&id);
        prop_assert_eq!(assess(&def, &skipped), assess(&def, &absent));
    }
}

#[test]
fn the_age_question_is_the_only_role_a_worrying_answer_can_raise() {
    // Guards the reasoning of the two properties above: only the age question is a
    // yes/no question with a role.
    let def = definition();
    let roles: Vec<Role> = def
        .questions
        .iter()
        .filter(|q| q.kind == Kind::YesNo)
        .filter_map(|q| q.role)
        .collect();
    assert_eq!(roles, [Role::Minor]);
}

fn open(dir: &std::path::Path) -> Lueur {
    Lueur::open(LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: vec!["fr".into()],
        clock: Arc::new(ManualClock::new(1_700_000_000_000)),
        random: Arc::new(SeededRandom::new(11)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    })
    .expect("open")
}

#[derive(Debug, Clone)]
enum ApiOp {
    Answer(usize),
    AnswerWrongQuestion,
    AnswerNonsense(String),
    Skip,
    Back,
    Continue,
    Keep,
    Delete,
    Summary,
    Result,
    QuickExit,
}

fn api_op() -> impl Strategy<Value = ApiOp> {
    prop_oneof![
        8 => any::<usize>().prop_map(ApiOp::Answer),
        1 => Just(ApiOp::AnswerWrongQuestion),
        1 => ".{0,12}".prop_map(ApiOp::AnswerNonsense),
        2 => Just(ApiOp::Skip),
        2 => Just(ApiOp::Back),
        1 => Just(ApiOp::Continue),
        1 => Just(ApiOp::Keep),
        1 => Just(ApiOp::Delete),
        1 => Just(ApiOp::Summary),
        1 => Just(ApiOp::Result),
        1 => Just(ApiOp::QuickExit),
    ]
}

fn typed(error: &Error) -> bool {
    matches!(error, Error::Invalid { .. } | Error::State(_))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Through the public API, any sequence of calls returns views or typed errors.
    #[test]
    fn the_api_never_panics(ops in proptest::collection::vec(api_op(), 0..80)) {
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = open(dir.path());
        let mut view = Some(lueur.start_checklist(None).expect("start"));
        for op in ops {
            let outcome = match (&op, &view) {
                (ApiOp::Answer(n), Some(ChecklistView::Question { question: q })) => {
                    let value = q.options[n % q.options.len()].value.clone();
                    lueur.answer_question(&q.id, &value).map(Some)
                }
                (ApiOp::Answer(_), _) => Ok(view.clone()),
                (ApiOp::AnswerWrongQuestion, _) => lueur.answer_question("no-such-question", "yes").map(Some),
                (ApiOp::AnswerNonsense(v), Some(ChecklistView::Question { question: q })) => {
                    let known = q.options.iter().any(|o| &o.value == v);
                    match lueur.answer_question(&q.id, v) {
                        Ok(next) => { prop_assert!(known); Ok(Some(next)) }
                        Err(e) => { prop_assert!(!known); Err(e) }
                    }
                }
                (ApiOp::AnswerNonsense(_), _) => Ok(view.clone()),
                (ApiOp::Skip, _) => lueur.skip_question().map(Some),
                (ApiOp::Back, _) => lueur.go_back_in_checklist().map(Some),
                (ApiOp::Continue, _) => lueur.continue_checklist().map(Some),
                (ApiOp::Keep, _) => lueur.keep_checklist_answers().map(Some),
                (ApiOp::Delete, _) => lueur.delete_kept_answers().map(|_| view.clone()),
                (ApiOp::Summary, _) => { let _ = lueur.checklist_summary(); Ok(view.clone()) }
                (ApiOp::Result, _) => lueur.checklist_result().map(|_| view.clone()),
                (ApiOp::QuickExit, _) => {
                    let _ = lueur.quick_exit();
                    prop_assert!(lueur.checklist_summary().is_none());
                    prop_assert!(matches!(lueur.checklist(), Err(Error::State(_))));
                    Ok(Some(lueur.start_checklist(None).expect("start again")))
                }
            };
            match outcome {
                Ok(next) => view = next,
                Err(error) => {
                    prop_assert!(typed(&error), "{error:?}");
                    // The text a shell would show exists in the current language.
                    let text = lueur.error_text(&error);
                    prop_assert!(!text.starts_with("checklist-error"), "{text}");
                }
            }
        }
    }

    /// Any scripted answers are evaluated or refused with a typed, localised error.
    #[test]
    fn scripted_answers_are_evaluated_or_refused(
        pairs in proptest::collection::vec(("[a-z0-9-]{1,20}", "[a-z-]{0,10}"), 0..30),
        known in proptest::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>()), 0..30),
        about in prop_oneof![Just(None), Just(Some(Perspective::Me)), Just(Some(Perspective::Other))],
        minor in any::<Option<bool>>(),
    ) {
        let def = definition();
        let mut answers: Vec<(String, String)> = known
            .iter()
            .map(|(q, v)| {
                let q = &def.questions[q.index(def.questions.len())];
                (q.id.clone(), q.values[v.index(q.values.len())].clone())
            })
            .collect();
        answers.extend(pairs);
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = open(dir.path());
        match lueur.checklist_evaluate(&answers, about, minor) {
            Ok(evaluation) => {
                for id in &evaluation.ignored {
                    prop_assert!(answers.iter().any(|(q, _)| q == id));
                }
            }
            Err(error) => prop_assert!(matches!(error, Error::Invalid { .. }), "{error:?}"),
        }
    }
}
