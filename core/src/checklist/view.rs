//! The checklist's view models: the question on screen and the result, every string
//! localised, with the matched indicators explained and grouped by element, the
//! contacts chosen for this result and the next steps as typed actions.

use super::definition::{Definition, Kind, Level};
use super::engine::{Answer, Assessment, Certainty};
use super::session::ChecklistSession;
use crate::content::Contact;
use crate::l10n::Localizer;
use crate::views::{Action, Destination};
use fluent_bundle::FluentValue;
use lueur_contract::checklist::{ContactKind, Grade, ME, OTHER};
use serde::Serialize;

/// Whose situation the checklist is about; the wording follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Perspective {
    /// The person using the app.
    Me,
    /// Someone the person knows.
    Other,
}

impl Perspective {
    pub fn as_str(self) -> &'static str {
        match self {
            Perspective::Me => ME,
            Perspective::Other => OTHER,
        }
    }

    /// `me` or `other`, as typed on a command line or stored.
    pub fn parse(text: &str) -> Option<Perspective> {
        match text.trim() {
            ME => Some(Perspective::Me),
            OTHER => Some(Perspective::Other),
            _ => None,
        }
    }
}

/// One screen of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ChecklistView {
    /// A question to answer.
    Question {
        // Flattened so the JSON a shell or a script reads keeps one object per screen.
        #[serde(flatten)]
        question: QuestionView,
    },
    /// The result (also shown at once after a "yes" to a danger question).
    Result {
        #[serde(flatten)]
        result: ChecklistResult,
    },
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum QuestionKind {
    /// Yes, no, not sure.
    YesNo,
    /// One option among several.
    Choice,
}

/// A question on screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct QuestionView {
    /// The checklist's title.
    pub title: String,
    /// The short explanation shown with the first question.
    pub intro: Option<String>,
    /// The id of the part of the checklist this question belongs to.
    pub module: String,
    /// That part's title.
    pub module_title: String,
    /// Pass to `answer_question`.
    pub id: String,
    /// The question.
    pub text: String,
    /// How it is answered.
    pub kind: QuestionKind,
    /// The answers to offer, with the one given earlier selected.
    pub options: Vec<AnswerOption>,
    /// A "yes" to this question shows the emergency numbers at once.
    pub danger: bool,
    /// How far along the person is.
    pub progress: Progress,
    /// Label of the back button, when there is somewhere to go back to.
    pub back_label: Option<String>,
    /// The skip button's text.
    pub skip_label: String,
    /// The screen's language and direction.
    pub screen_language: crate::views::ScreenLanguage,
}

/// One answer to offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AnswerOption {
    /// What to pass back to `answer_question`.
    pub value: String,
    /// Its text.
    pub label: String,
    /// The answer given earlier.
    pub selected: bool,
}

/// Progress through the questions that apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Progress {
    /// This question's number, from 1.
    pub current: u32,
    /// How many questions apply with the answers so far.
    pub total: u32,
    /// "Question 3 of 12".
    pub label: String,
}

/// The checklist's result: what the answers show, explained, and what to do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ChecklistResult {
    /// The level, for styling.
    pub level: Level,
    /// The level in words.
    pub title: String,
    /// What it means, in a few sentences.
    pub summary: String,
    /// Whose situation it is about.
    pub perspective: Perspective,
    /// The answers say the person concerned is under 18.
    pub minor: bool,
    /// The heading of the matched signs.
    pub signs_heading: String,
    /// Matched indicators by element, in the content's order; only elements with at
    /// least one indicator answered "yes".
    pub groups: Vec<ElementGroup>,
    /// The heading of the signs answered "not sure".
    pub unsure_heading: String,
    /// Indicators answered "not sure" (and not also matched by a "yes").
    pub unsure: Vec<IndicatorView>,
    /// The heading of the notes.
    pub notes_heading: String,
    /// Remarks that apply to these answers.
    pub notes: Vec<String>,
    /// The heading of the contacts.
    pub contacts_heading: String,
    /// The services that fit this result, most fitting first.
    pub contacts: Vec<RoutedContact>,
    /// The heading of the next steps.
    pub steps_heading: String,
    /// What the person can do next.
    pub steps: Vec<NextStep>,
    /// After a danger answer: the label to go on with the questions.
    pub continue_label: Option<String>,
    /// The back button's text, when there is somewhere to go back to.
    pub back_label: Option<String>,
    /// Keeping the answers on the phone.
    pub keep: KeepAnswers,
    /// The screen's language and direction.
    pub screen_language: crate::views::ScreenLanguage,
}

/// Matched signs of one element of the definition of exploitation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ElementGroup {
    /// The element's id.
    pub id: String,
    /// The element in words.
    pub title: String,
    /// The element is present by the combination rule.
    pub present: bool,
    /// Says so, when it is.
    pub present_label: Option<String>,
    /// The signs answered "yes".
    pub indicators: Vec<IndicatorView>,
}

/// One sign, explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct IndicatorView {
    /// The sign's id.
    pub id: String,
    /// The sign and why it matters, in plain words.
    pub text: String,
    /// Its grade.
    pub grade: Grade,
    /// The grade in words.
    pub grade_label: String,
    /// Where the sign comes from.
    pub sources: Vec<SourceRef>,
}

/// A source a sign is cited from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SourceRef {
    /// The source's id.
    pub id: String,
    /// Its title.
    pub title: String,
}

/// A service chosen for this result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct RoutedContact {
    /// The contact's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind code.
    pub kind: String,
    /// What it does.
    pub description: String,
    /// It also helps people under 18.
    pub for_minors: bool,
    /// Why this contact is shown: for minors, near you, speaks your language ...
    pub reasons: Vec<String>,
    /// Its phone numbers.
    pub phones: Vec<ContactPhone>,
    /// Its websites.
    pub websites: Vec<String>,
    /// Opens the contact.
    pub destination: Destination,
}

/// A phone number of a routed contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactPhone {
    /// E.164 or a short code, for dialing.
    pub number: String,
    /// As people write it.
    pub display: String,
}

/// What the person can do next. Each carries what the shell needs to do it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum NextStep {
    /// Call a service.
    Call {
        /// The button's text.
        label: String,
        /// The contact called.
        contact_id: String,
        /// The call to make.
        action: Action,
    },
    /// Talk to a specialised centre.
    TalkToCentre {
        /// The button's text.
        label: String,
        /// The centre.
        contact_id: String,
        /// Opens the centre's contact screen.
        destination: Destination,
    },
    /// Opens a report draft pre-filled with [`crate::Lueur::checklist_summary`].
    PrepareReport {
        /// The button's text.
        label: String,
        /// A line under it.
        hint: String,
        /// The report screen.
        destination: Destination,
    },
    /// Read an article about this situation.
    ReadArticle {
        /// The button's text.
        label: String,
        /// The article.
        article_id: String,
        /// Opens it.
        destination: Destination,
    },
}

/// Keeping the answers on the phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct KeepAnswers {
    /// The answers are kept on this phone.
    pub kept: bool,
    /// The text of the keep button (`keep_checklist_answers`).
    pub keep_label: String,
    /// What keeping means.
    pub keep_hint: String,
    /// The text of the delete button (`delete_kept_answers`).
    pub delete_label: String,
    /// Says the answers are kept, when they are.
    pub status: Option<String>,
}

fn perspective_arg(me: bool) -> [(&'static str, FluentValue<'static>); 1] {
    [(
        "perspective",
        FluentValue::from(if me { ME } else { OTHER }),
    )]
}

pub(crate) fn question_view(
    l10n: &Localizer,
    session: &ChecklistSession,
    index: usize,
) -> QuestionView {
    let fallbacks = crate::l10n::fallback_count();
    let def = session.definition();
    let question = &def.questions[index];
    let me = session.perspective() == Perspective::Me;
    let args = perspective_arg(me);
    let selected = match session.answers().get(&question.id) {
        Some(Answer::Given(v)) => Some(v.as_str()),
        _ => None,
    };
    let options = question
        .values
        .iter()
        .map(|value| AnswerOption {
            value: value.clone(),
            label: match question.kind {
                Kind::YesNo => l10n.text(&format!("checklist-answer-{value}"), &[]),
                Kind::Choice => l10n.text(&format!("checklist-q-{}-{value}", question.id), &args),
            },
            selected: selected == Some(value.as_str()),
        })
        .collect();
    let (current, total) = session.progress(index);
    let module = &def.modules[question.module];
    QuestionView {
        screen_language: l10n.screen(fallbacks),
        title: l10n.text("checklist-title", &[]),
        intro: (current == 1).then(|| l10n.text("checklist-intro", &[])),
        module: module.id.clone(),
        module_title: l10n.text(&format!("checklist-module-{}", module.id), &[]),
        id: question.id.clone(),
        text: l10n.text(&format!("checklist-q-{}", question.id), &args),
        kind: match question.kind {
            Kind::YesNo => QuestionKind::YesNo,
            Kind::Choice => QuestionKind::Choice,
        },
        options,
        danger: question.danger,
        progress: Progress {
            current,
            total,
            label: l10n.text(
                "checklist-progress",
                &[
                    ("current", FluentValue::from(current)),
                    ("total", FluentValue::from(total)),
                ],
            ),
        },
        back_label: session
            .can_go_back()
            .then(|| l10n.text("checklist-back", &[])),
        skip_label: l10n.text("checklist-skip", &[]),
    }
}

fn indicator_view(
    l10n: &Localizer,
    def: &Definition,
    assessment: &Assessment,
    index: usize,
) -> IndicatorView {
    let indicator = &def.indicators[index];
    let grade = assessment.grade(def, index);
    IndicatorView {
        id: indicator.id.clone(),
        text: l10n.text(
            &format!("checklist-indicator-{}", indicator.id),
            &perspective_arg(assessment.me),
        ),
        grade,
        grade_label: l10n.text(&format!("checklist-grade-{}", grade.id()), &[]),
        sources: indicator
            .cites
            .iter()
            .map(|c| SourceRef {
                id: c.source.clone(),
                title: c.title.clone(),
            })
            .collect(),
    }
}

/// What the result needs from outside the checklist: contacts and article titles
/// in the current language.
pub(crate) struct Context<'a> {
    pub contacts: &'a [Contact],
    pub article_title: &'a dyn Fn(&str) -> Option<String>,
    pub locale: &'a str,
}

pub(crate) struct ScreenState {
    pub interrupted: bool,
    pub can_go_back: bool,
    pub kept: bool,
}

pub(crate) fn result_view(
    l10n: &Localizer,
    def: &Definition,
    assessment: &Assessment,
    ctx: &Context<'_>,
    state: &ScreenState,
) -> ChecklistResult {
    let fallbacks = crate::l10n::fallback_count();
    let args = perspective_arg(assessment.me);
    let level = assessment.level;
    let mut groups: Vec<ElementGroup> = Vec::new();
    for (element_index, element) in def.elements.iter().enumerate() {
        let indicators: Vec<IndicatorView> = assessment
            .indicators
            .iter()
            .filter(|(i, how)| {
                *how == Certainty::Yes && def.indicators[*i].element == element_index
            })
            .map(|(i, _)| indicator_view(l10n, def, assessment, *i))
            .collect();
        if indicators.is_empty() {
            continue;
        }
        let present = assessment
            .present
            .get(element_index)
            .copied()
            .unwrap_or(false);
        groups.push(ElementGroup {
            id: element.id.clone(),
            title: l10n.text(&format!("checklist-element-{}", element.id), &[]),
            present,
            present_label: present.then(|| l10n.text("checklist-element-present", &[])),
            indicators,
        });
    }
    let unsure = assessment
        .indicators
        .iter()
        .filter(|(_, how)| *how == Certainty::Unsure)
        .map(|(i, _)| indicator_view(l10n, def, assessment, *i))
        .collect();
    let notes = assessment
        .notes
        .iter()
        .map(|&n| l10n.text(&format!("checklist-note-{}", def.notes[n].id), &args))
        .collect();
    let contacts = route(l10n, def, assessment, ctx);
    let steps = next_steps(l10n, def, assessment, ctx, &contacts);
    ChecklistResult {
        screen_language: l10n.screen(fallbacks),
        level,
        title: l10n.text(&format!("checklist-level-{}", level.id()), &[]),
        summary: l10n.text(&format!("checklist-level-{}-summary", level.id()), &args),
        perspective: if assessment.me {
            Perspective::Me
        } else {
            Perspective::Other
        },
        minor: assessment.minor,
        signs_heading: l10n.text("checklist-signs-heading", &[]),
        groups,
        unsure_heading: l10n.text("checklist-unsure-heading", &[]),
        unsure,
        notes_heading: l10n.text("checklist-notes-heading", &[]),
        notes,
        contacts_heading: l10n.text("checklist-contacts-heading", &[]),
        contacts,
        steps_heading: l10n.text("checklist-steps-heading", &[]),
        steps,
        continue_label: state
            .interrupted
            .then(|| l10n.text("checklist-continue", &[])),
        back_label: state.can_go_back.then(|| l10n.text("checklist-back", &[])),
        keep: KeepAnswers {
            kept: state.kept,
            keep_label: l10n.text("checklist-keep-answers", &[]),
            keep_hint: l10n.text("checklist-keep-answers-hint", &[]),
            delete_label: l10n.text("checklist-delete-answers", &[]),
            status: state.kept.then(|| l10n.text("checklist-answers-kept", &[])),
        },
    }
}

/// The contacts for this result, most fitting first: emergency numbers first in
/// danger; services for minors first for a minor; then the contacts a shown note
/// names (a crisis line with the self-harm question); then specialised centres (the
/// one in the person's region and those speaking their language first), the
/// reporting services, and the emergency numbers last. Only what the content states
/// is used.
fn route(
    l10n: &Localizer,
    def: &Definition,
    assessment: &Assessment,
    ctx: &Context<'_>,
) -> Vec<RoutedContact> {
    let kind = |c: &Contact| ContactKind::from_id(&c.kind);
    let region_of = |c: &Contact| {
        assessment.region.is_some_and(|r| {
            c.address.as_ref().is_some_and(|a| a.region == r.id())
                || c.regions.iter().any(|x| x == r.id())
        })
    };
    let speaks = |c: &Contact| c.languages.iter().any(|l| l == ctx.locale);
    let is_emergency = |c: &Contact| kind(c).is_some_and(ContactKind::is_emergency);
    let is_centre = |c: &Contact| kind(c) == Some(ContactKind::SpecialisedCentre);
    let is_reporting = |c: &Contact| kind(c).is_some_and(ContactKind::is_reporting);
    let for_minor = |c: &Contact| assessment.minor && c.for_minors;
    let named_by_note = |c: &Contact| {
        assessment
            .notes
            .iter()
            .any(|&n| def.notes[n].contacts.contains(&c.id))
    };
    let danger = assessment.level == Level::ImmediateDanger;
    let quiet = assessment.level == Level::NoClearSigns;

    // (group, -score, content order): a lower group comes first.
    let mut ranked: Vec<((u8, i8, usize), &Contact)> = Vec::new();
    for (order, contact) in ctx.contacts.iter().enumerate() {
        let group = if danger {
            if is_emergency(contact) {
                0
            } else if for_minor(contact) {
                1
            } else {
                continue;
            }
        } else if for_minor(contact) {
            0
        } else if named_by_note(contact) {
            1
        } else if is_centre(contact) {
            2
        } else if is_reporting(contact) {
            3
        } else if is_emergency(contact) && !quiet {
            4
        } else {
            continue;
        };
        let score = i8::from(region_of(contact)) * 2 + i8::from(speaks(contact));
        ranked.push(((group, -score, order), contact));
    }
    ranked.sort_by_key(|(key, _)| *key);
    ranked
        .into_iter()
        .map(|(_, c)| {
            let mut reasons = Vec::new();
            if is_emergency(c) {
                reasons.push(l10n.text("checklist-contact-reason-emergency", &[]));
            }
            if c.for_minors {
                reasons.push(l10n.text("checklist-contact-reason-minors", &[]));
            }
            if region_of(c) {
                reasons.push(l10n.text("checklist-contact-reason-region", &[]));
            }
            if speaks(c) {
                reasons.push(l10n.text("checklist-contact-reason-language", &[]));
            }
            if is_centre(c) {
                reasons.push(l10n.text("checklist-contact-reason-centre", &[]));
            }
            if is_reporting(c) {
                reasons.push(l10n.text("checklist-contact-reason-report", &[]));
            }
            RoutedContact {
                id: c.id.clone(),
                name: c.name.clone(),
                kind: c.kind.clone(),
                description: c.description.clone(),
                for_minors: c.for_minors,
                reasons,
                phones: c
                    .phones
                    .iter()
                    .map(|p| ContactPhone {
                        number: p.number.clone(),
                        display: p.display.clone(),
                    })
                    .collect(),
                websites: c.websites.clone(),
                destination: Destination::Contact { id: c.id.clone() },
            }
        })
        .collect()
}

fn call_step(l10n: &Localizer, contact: &RoutedContact) -> Option<NextStep> {
    let phone = contact.phones.first()?;
    Some(NextStep::Call {
        label: l10n.text(
            "checklist-action-call",
            &[
                ("name", FluentValue::from(contact.name.as_str())),
                ("number", FluentValue::from(phone.display.as_str())),
            ],
        ),
        contact_id: contact.id.clone(),
        action: Action::Call {
            number: phone.number.clone(),
        },
    })
}

fn next_steps(
    l10n: &Localizer,
    def: &Definition,
    assessment: &Assessment,
    ctx: &Context<'_>,
    contacts: &[RoutedContact],
) -> Vec<NextStep> {
    let mut steps = Vec::new();
    if assessment.level == Level::ImmediateDanger {
        // Every number routed for danger, as a call: emergency first.
        steps.extend(contacts.iter().filter_map(|c| call_step(l10n, c)));
        return steps;
    }
    if assessment.minor {
        steps.extend(
            contacts
                .iter()
                .filter(|c| c.for_minors)
                .filter_map(|c| call_step(l10n, c)),
        );
    }
    // A number a shown note names (the crisis line) is one tap away too.
    steps.extend(
        contacts
            .iter()
            .filter(|c| !(assessment.minor && c.for_minors))
            .filter(|c| {
                assessment
                    .notes
                    .iter()
                    .any(|&n| def.notes[n].contacts.contains(&c.id))
            })
            .filter_map(|c| call_step(l10n, c)),
    );
    let kind = |c: &RoutedContact| ContactKind::from_id(&c.kind);
    if let Some(centre) = contacts
        .iter()
        .find(|c| kind(c) == Some(ContactKind::SpecialisedCentre))
    {
        steps.push(NextStep::TalkToCentre {
            label: l10n.text(
                "checklist-action-talk",
                &[("name", FluentValue::from(centre.name.as_str()))],
            ),
            contact_id: centre.id.clone(),
            destination: centre.destination.clone(),
        });
    }
    if assessment.level != Level::NoClearSigns {
        steps.extend(
            contacts
                .iter()
                .filter(|c| kind(c) == Some(ContactKind::NationalContactPoint))
                .filter_map(|c| call_step(l10n, c)),
        );
        steps.push(NextStep::PrepareReport {
            label: l10n.text("checklist-action-report", &[]),
            hint: l10n.text("checklist-action-report-hint", &[]),
            destination: Destination::Report,
        });
    }
    let mut articles: Vec<&str> = Vec::new();
    for &m in &assessment.modules {
        if let Some(article) = def.modules.get(m).and_then(|m| m.article.as_deref())
            && !articles.contains(&article)
        {
            articles.push(article);
        }
    }
    for article in articles {
        if let Some(title) = (ctx.article_title)(article) {
            steps.push(NextStep::ReadArticle {
                label: l10n.text(
                    "checklist-action-read",
                    &[("title", FluentValue::from(title))],
                ),
                article_id: article.to_string(),
                destination: Destination::Article {
                    id: article.to_string(),
                },
            });
        }
    }
    steps
}

/// A short plain-text summary of the result for a report draft.
pub(crate) fn summary_text(
    l10n: &Localizer,
    def: &Definition,
    assessment: &Assessment,
    max_chars: usize,
) -> String {
    let args = perspective_arg(assessment.me);
    let level = l10n.text(&format!("checklist-level-{}", assessment.level.id()), &[]);
    let mut lines = vec![
        l10n.text("checklist-summary-heading", &args),
        l10n.text(
            "checklist-summary-level",
            &[("level", FluentValue::from(level))],
        ),
    ];
    if assessment.minor {
        lines.push(l10n.text("checklist-summary-minor", &[]));
    }
    let text = |i: usize| {
        l10n.text(
            &format!("checklist-indicator-{}", def.indicators[i].id),
            &args,
        )
    };
    let sure: Vec<String> = assessment
        .indicators
        .iter()
        .filter(|(_, how)| *how == Certainty::Yes)
        .map(|(i, _)| format!("- {}", text(*i)))
        .collect();
    let unsure: Vec<String> = assessment
        .indicators
        .iter()
        .filter(|(_, how)| *how == Certainty::Unsure)
        .map(|(i, _)| format!("- {}", text(*i)))
        .collect();
    if sure.is_empty() {
        lines.push(l10n.text("checklist-summary-none", &[]));
    } else {
        lines.push(l10n.text("checklist-summary-signs", &[]));
        lines.extend(sure);
    }
    if !unsure.is_empty() {
        lines.push(l10n.text("checklist-summary-unsure", &[]));
        lines.extend(unsure);
    }
    // Whole lines only, so a long list is cut between signs, never inside one.
    let mut out = String::new();
    for line in lines {
        let extra = line.chars().count() + usize::from(!out.is_empty());
        // Two characters stay free for the "…" line.
        if out.chars().count() + extra + 2 > max_chars {
            out.push_str("\n…");
            break;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&line);
    }
    out
}
