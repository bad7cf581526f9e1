//! `lueur report` and `lueur outbox`: the report form asked question by question,
//! queueing a JSON draft, the outbox screen, and the platform side of delivery — a
//! Rust HTTP uploader that performs exactly the requests the core hands out and
//! reports what came back. Retries, backoff and states are the core's.
//!
//! What a person types goes straight into the core's in-memory draft; it is never
//! printed back, logged, or written anywhere by this module.

use crate::shell::{CliError, Shell};
use lueur_core::report::{
    FieldKind, OutboxItemView, OutboxView, ReportDraft, ReportField, ReportFieldView,
    ReportFormView,
};
use std::path::Path;

/// Applies `--deployment FILE` and `--endpoint URL` to the core.
pub(crate) fn use_deployment(shell: &Shell, endpoint: Option<&str>) -> Result<(), CliError> {
    let lueur = &shell.lueur;
    if let Some(path) = &shell.deployment {
        let text = std::fs::read_to_string(path)
            .map_err(|e| CliError::Message(format!("{}: {e}", path.display())))?;
        let deployment = lueur_core::report::deployment::parse(&text).map_err(|errors| {
            CliError::Message(
                errors
                    .iter()
                    .map(|e| format!("{}:{}: {}", path.display(), e.line, e.message))
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        })?;
        lueur.set_deployment(deployment);
    }
    if let Some(endpoint) = endpoint {
        lueur.set_deployment_endpoint(endpoint)?;
    }
    Ok(())
}

fn item_text(item: &OutboxItemView) -> String {
    let mut lines = vec![format!(
        "{} · {} · {}",
        item.state_label, item.age_label, item.id
    )];
    lines.push(format!("  {}", item.detail));
    let actions: Vec<&str> = [&item.retry_label, &item.delete_label]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    if !actions.is_empty() {
        lines.push(format!("  [{}]", actions.join("] [")));
    }
    lines.join("\n")
}

fn outbox_text(view: &OutboxView) -> String {
    let mut lines = vec![view.title.clone()];
    lines.extend(view.development_notice.clone());
    lines.extend(view.empty_text.clone());
    lines.extend(view.items.iter().map(item_text));
    lines.join("\n\n")
}

pub fn queue_from_file(shell: &Shell, from: &Path) -> Result<(), CliError> {
    use_deployment(shell, None)?;
    let text = if from.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())
            .map_err(|e| CliError::Message(format!("standard input: {e}")))?
    } else {
        std::fs::read_to_string(from)
            .map_err(|e| CliError::Message(format!("{}: {e}", from.display())))?
    };
    let draft = ReportDraft::from_json(&text)?;
    let item = shell.lueur.queue_report(&draft)?;
    shell.show(&item, item_text)
}

pub fn outbox(shell: &Shell) -> Result<(), CliError> {
    use_deployment(shell, None)?;
    let view = shell.lueur.outbox()?;
    shell.show(&view, outbox_text)
}

/// What `outbox flush --json` prints: the run, when the core wants the next one, and
/// the outbox after it.
#[derive(serde::Serialize)]
struct FlushView {
    uploads: u32,
    /// Milliseconds until the next run should start; `null` when nothing is left.
    next_run_in_millis: Option<i64>,
    outbox: OutboxView,
}

pub fn flush(shell: &Shell, endpoint: Option<String>) -> Result<(), CliError> {
    use_deployment(shell, endpoint.as_deref())?;
    let agent = lueur_upload::agent();
    let run = lueur_upload::flush(&shell.lueur, &agent)?;
    let view = FlushView {
        uploads: run.uploads,
        next_run_in_millis: run.next_run_in_millis,
        outbox: shell.lueur.outbox()?,
    };
    // The outbox's own details say, in words, what waits and for how long.
    shell.show(&view, |view| outbox_text(&view.outbox))
}

// ---------------------------------------------------------------------------
// `report new`: the form, one question at a time.

fn field(form: &ReportFormView, which: ReportField) -> Option<&ReportFieldView> {
    form.fields.iter().find(|f| f.field == which)
}

/// Asks one question and returns the raw answer (`None` at end of input).
fn ask(
    shell: &Shell,
    form: &ReportFormView,
    view: &ReportFieldView,
) -> Result<Option<String>, CliError> {
    let mut prompt = vec![String::new(), view.label.clone()];
    if !view.hint.is_empty() {
        prompt.push(view.hint.clone());
    }
    if let Some(error) = &view.error {
        prompt.push(format!("! {error}"));
    }
    match view.kind {
        FieldKind::OneChoice | FieldKind::ManyChoices => {
            for (n, choice) in view.choices.iter().enumerate() {
                prompt.push(format!("  {}. {}", n + 1, choice.label));
            }
            prompt.push(if view.kind == FieldKind::OneChoice {
                form.choose_one_hint.clone()
            } else {
                form.choose_many_hint.clone()
            });
        }
        FieldKind::ShortText | FieldKind::LongText => {}
    }
    if !view.required {
        prompt.push(form.skip_hint.clone());
    }
    shell.read_line(&format!("{}\n> ", prompt.join("\n")))
}

/// Turns "2 4" into the keys of the chosen options; numbers out of range are ignored.
fn chosen_keys(view: &ReportFieldView, answer: &str) -> Vec<String> {
    answer
        .split([' ', ','])
        .filter_map(|part| part.trim().parse::<usize>().ok())
        .filter_map(|n| n.checked_sub(1).and_then(|i| view.choices.get(i)))
        .map(|choice| choice.key.clone())
        .collect()
}

pub fn new_interactive(shell: &Shell) -> Result<(), CliError> {
    use_deployment(shell, None)?;
    let lueur = &shell.lueur;
    lueur.discard_report_draft();
    let mut form = lueur.report_form()?;
    if !shell.json {
        let mut intro = vec![form.title.clone(), form.intro.clone(), form.privacy.clone()];
        intro.extend(form.development_notice.clone());
        eprintln!("{}", intro.join("\n\n"));
    }
    let mut draft = ReportDraft::default();
    let mut questions: Vec<ReportField> = vec![
        ReportField::About,
        ReportField::Forms,
        ReportField::Municipality,
        ReportField::Place,
        ReportField::When,
        ReportField::WhatHappened,
        ReportField::People,
        ReportField::Contact,
        ReportField::ContactPhone,
        ReportField::ContactEmail,
        ReportField::ContactNote,
        ReportField::Language,
    ];
    // Every question once, then again only those with a problem, a few times; at the
    // end of input the core's own error says what is still missing.
    for _round in 0..4 {
        let mut ended = false;
        for which in &questions {
            let Some(view) = field(&form, *which) else {
                continue;
            };
            let asked = draft.asks(*which);
            if !asked {
                continue;
            }
            let Some(answer) = ask(shell, &form, view)? else {
                ended = true;
                break;
            };
            apply(&mut draft, view, answer);
        }
        form = lueur.set_report_draft(draft.clone())?;
        if form.can_send || ended {
            break;
        }
        questions = form
            .fields
            .iter()
            .filter(|f| f.error.is_some() || (f.required && f.value.trim().is_empty()))
            .map(|f| f.field)
            .collect();
    }
    let item = lueur.send_report_draft()?;
    shell.show(&item, item_text)
}

/// Hands the typed answer to the core's draft: numbers pick choices, text is text.
fn apply(draft: &mut ReportDraft, view: &ReportFieldView, answer: String) {
    match view.kind {
        FieldKind::OneChoice | FieldKind::ManyChoices => {
            draft.choose(view.field, &chosen_keys(view, &answer));
        }
        FieldKind::ShortText | FieldKind::LongText => draft.set_text(view.field, answer),
    }
}
