//! `lueur checklist`: the indicator checklist in the terminal. Interactive, it asks
//! the core's questions with numbered answers (piped stdin works: one number per
//! line) and draws the core's view models; with `--answers FILE` it evaluates a
//! scripted answer file and prints the result view model, so the engine can be
//! audited without a screen.
//!
//! The answer file is TOML, one line per question (docs/checklist.md):
//! ```toml
//! about = "me"            # or "other" (optional; --about wins)
//! minor = false           # optional: true = under 18
//! danger-now = "no"       # "yes" | "no" | "unsure" | "skip", or true / false
//! situation = "labour"    # a choice question takes one of its options
//! ```

use crate::shell::{CliError, Shell};
use lueur_core::Error;
use lueur_core::checklist::{
    ChecklistLabels, ChecklistResult, ChecklistView, NextStep, Perspective, QuestionView,
};
use std::path::{Path, PathBuf};

pub fn run(shell: &Shell, about: Option<String>, answers: Option<PathBuf>) -> Result<(), CliError> {
    let about = about
        .map(|a| {
            Perspective::parse(&a).ok_or_else(|| Error::invalid("about", "checklist-error-about"))
        })
        .transpose()?;
    match answers {
        Some(path) => scripted(shell, &path, about),
        None => interactive(shell, about),
    }
}

/// An answer file, read: the shortcuts and the answers in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnswerFile {
    pub about: Option<String>,
    pub minor: Option<bool>,
    pub answers: Vec<(String, String)>,
}

/// Parses an answer file; a problem is reported as `line: message`.
pub fn parse_answer_file(text: &str) -> Result<AnswerFile, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
            .unwrap_or(1);
        format!("{line}: {}", e.message().trim())
    })?;
    let line_of = |key: &str| {
        text.lines()
            .position(|l| {
                let l = l.trim_start();
                l.strip_prefix(key)
                    .or_else(|| l.strip_prefix(&format!("\"{key}\"")))
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|i| i + 1)
            .unwrap_or(1)
    };
    let mut file = AnswerFile::default();
    for (key, value) in &table {
        match (key.as_str(), value) {
            ("about", toml::Value::String(s)) => file.about = Some(s.clone()),
            ("minor", toml::Value::Boolean(b)) => file.minor = Some(*b),
            ("about", _) => {
                return Err(format!("{}: `about` is \"me\" or \"other\"", line_of(key)));
            }
            ("minor", _) => return Err(format!("{}: `minor` is true or false", line_of(key))),
            (_, toml::Value::String(s)) => file.answers.push((key.clone(), s.clone())),
            (_, toml::Value::Boolean(b)) => file
                .answers
                .push((key.clone(), if *b { "yes" } else { "no" }.to_string())),
            (_, _) => {
                return Err(format!(
                    "{}: the answer to `{key}` is a string (\"yes\", \"no\", \"unsure\", \"skip\" or an option) or true/false",
                    line_of(key)
                ));
            }
        }
    }
    // Sorted by question id, whatever order the file had: the order of answers never
    // changes the result, and a stable order keeps tool output comparable.
    file.answers.sort();
    Ok(file)
}

fn scripted(shell: &Shell, path: &Path, about: Option<Perspective>) -> Result<(), CliError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::Message(format!("{}: {e}", path.display())))?;
    let file = parse_answer_file(&text)
        .map_err(|problem| CliError::Message(format!("{}:{problem}", path.display())))?;
    let file_about = file
        .about
        .as_deref()
        .map(|a| {
            Perspective::parse(a).ok_or_else(|| Error::invalid("about", "checklist-error-about"))
        })
        .transpose()?;
    let evaluation =
        shell
            .lueur
            .checklist_evaluate(&file.answers, about.or(file_about), file.minor)?;
    if !evaluation.ignored.is_empty() {
        eprintln!(
            "{}: {}",
            path.display(),
            shell.lueur.checklist_ignored_text(&evaluation.ignored)
        );
    }
    shell.show(&evaluation.result, result_text)
}

/// One numbered menu: the entries and what each one does.
struct Menu<T> {
    entries: Vec<(String, T)>,
}

impl<T: Clone> Menu<T> {
    fn new() -> Self {
        Menu {
            entries: Vec::new(),
        }
    }

    fn push(&mut self, label: impl Into<String>, value: T) {
        self.entries.push((label.into(), value));
    }

    fn text(&self) -> String {
        self.entries
            .iter()
            .enumerate()
            .map(|(i, (label, _))| format!("  {}. {label}", i + 1))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Asks until a listed number is typed; `None` at the end of input.
    fn ask(&self, shell: &Shell, labels: &ChecklistLabels) -> Result<Option<T>, CliError> {
        loop {
            let Some(line) = shell.read_line(&format!("{} ", labels.prompt))? else {
                return Ok(None);
            };
            let choice = line
                .trim()
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| self.entries.get(i));
            match choice {
                Some((_, value)) => return Ok(Some(value.clone())),
                None => eprintln!("{}", labels.invalid_choice),
            }
        }
    }
}

#[derive(Clone)]
enum Step {
    Answer(String),
    Skip,
    Back,
    Continue,
    Keep,
    Delete,
    Close,
}

/// Prints a menu after the view: in text mode on stdout with the view, in JSON mode
/// on stderr so stdout holds view models only.
fn show_with_menu<T: serde::Serialize, M: Clone>(
    shell: &Shell,
    view: &T,
    text: impl FnOnce(&T) -> String,
    menu: &Menu<M>,
) -> Result<(), CliError> {
    if shell.json {
        shell.show(view, |_| String::new())?;
        eprintln!("{}", menu.text());
        Ok(())
    } else {
        shell.show(view, |v| format!("{}\n{}", text(v), menu.text()))
    }
}

fn interactive(shell: &Shell, about: Option<Perspective>) -> Result<(), CliError> {
    let lueur = &shell.lueur;
    let labels = lueur.checklist_labels();
    let saved = match about {
        Some(p) => lueur.has_kept_answers(p)?.then_some(p),
        None => [Perspective::Me, Perspective::Other]
            .into_iter()
            .find(|p| lueur.has_kept_answers(*p).unwrap_or(false)),
    };
    let mut view = match saved {
        Some(perspective) => {
            let mut menu = Menu::new();
            menu.push(labels.resume.clone(), true);
            menu.push(labels.start_again.clone(), false);
            eprintln!("{}", labels.saved_found);
            eprintln!("{}", menu.text());
            match menu.ask(shell, &labels)? {
                Some(true) => lueur.resume_kept_answers(perspective)?,
                Some(false) => lueur.start_checklist(about)?,
                None => return Ok(()),
            }
        }
        None => lueur.start_checklist(about)?,
    };
    loop {
        let mut menu = Menu::new();
        match &view {
            ChecklistView::Question { question: q } => {
                for option in &q.options {
                    let mark = if option.selected { " *" } else { "" };
                    menu.push(
                        format!("{}{mark}", option.label),
                        Step::Answer(option.value.clone()),
                    );
                }
                menu.push(q.skip_label.clone(), Step::Skip);
                if let Some(back) = &q.back_label {
                    menu.push(back.clone(), Step::Back);
                }
                menu.push(labels.close.clone(), Step::Close);
                show_with_menu(shell, &view, view_text, &menu)?;
            }
            ChecklistView::Result { result: r } => {
                if let Some(label) = &r.continue_label {
                    menu.push(label.clone(), Step::Continue);
                }
                if r.keep.kept {
                    menu.push(r.keep.delete_label.clone(), Step::Delete);
                } else {
                    menu.push(
                        format!("{} ({})", r.keep.keep_label, r.keep.keep_hint),
                        Step::Keep,
                    );
                }
                if let Some(back) = &r.back_label {
                    menu.push(back.clone(), Step::Back);
                }
                menu.push(labels.close.clone(), Step::Close);
                show_with_menu(shell, &view, view_text, &menu)?;
            }
        }
        let step = match menu.ask(shell, &labels)? {
            Some(step) => step,
            None => {
                // The input ended: show where the answers stand, then stop.
                if let ChecklistView::Question { .. } = view {
                    let result = lueur.checklist_result()?;
                    shell.show(&result, result_text)?;
                }
                break;
            }
        };
        view = match step {
            Step::Answer(value) => match &view {
                ChecklistView::Question { question: q } => lueur.answer_question(&q.id, &value)?,
                ChecklistView::Result { .. } => continue,
            },
            Step::Skip => lueur.skip_question()?,
            Step::Back => lueur.go_back_in_checklist()?,
            Step::Continue => lueur.continue_checklist()?,
            Step::Keep => lueur.keep_checklist_answers()?,
            Step::Delete => {
                lueur.delete_kept_answers()?;
                eprintln!("{}", labels.answers_deleted);
                lueur.checklist()?
            }
            Step::Close => break,
        };
    }
    lueur.close_checklist();
    Ok(())
}

fn view_text(view: &ChecklistView) -> String {
    match view {
        ChecklistView::Question { question: q } => question_text(q),
        ChecklistView::Result { result: r } => result_text(r),
    }
}

fn question_text(q: &QuestionView) -> String {
    let mut lines = Vec::new();
    if let Some(intro) = &q.intro {
        lines.push(intro.clone());
        lines.push(String::new());
    }
    lines.push(format!("{} · {}", q.module_title, q.progress.label));
    lines.push(q.text.clone());
    lines.join("\n")
}

pub fn result_text(r: &ChecklistResult) -> String {
    let mut lines = vec![format!("== {} ==", r.title), r.summary.clone()];
    if !r.groups.is_empty() {
        lines.push(String::new());
        lines.push(r.signs_heading.clone());
        for group in &r.groups {
            match &group.present_label {
                Some(present) => lines.push(format!("  {} ({present})", group.title)),
                None => lines.push(format!("  {}", group.title)),
            }
            for indicator in &group.indicators {
                lines.push(format!(
                    "    - {} [{}]",
                    indicator.text, indicator.grade_label
                ));
            }
        }
    }
    if !r.unsure.is_empty() {
        lines.push(String::new());
        lines.push(r.unsure_heading.clone());
        for indicator in &r.unsure {
            lines.push(format!("    - {}", indicator.text));
        }
    }
    if !r.notes.is_empty() {
        lines.push(String::new());
        lines.push(r.notes_heading.clone());
        lines.extend(r.notes.iter().map(|n| format!("  {n}")));
    }
    if !r.steps.is_empty() {
        lines.push(String::new());
        lines.push(r.steps_heading.clone());
        for step in &r.steps {
            let label = match step {
                NextStep::Call { label, .. }
                | NextStep::TalkToCentre { label, .. }
                | NextStep::ReadArticle { label, .. } => label.clone(),
                NextStep::PrepareReport { label, hint, .. } => format!("{label} ({hint})"),
            };
            lines.push(format!("  > {label}"));
        }
    }
    if !r.contacts.is_empty() {
        lines.push(String::new());
        lines.push(r.contacts_heading.clone());
        for contact in &r.contacts {
            let mut facts: Vec<String> = contact.phones.iter().map(|p| p.display.clone()).collect();
            facts.extend(contact.websites.iter().cloned());
            lines.push(format!("  {} — {}", contact.name, facts.join(", ")));
            if !contact.reasons.is_empty() {
                lines.push(format!("    {}", contact.reasons.join(" · ")));
            }
        }
    }
    if let Some(status) = &r.keep.status {
        lines.push(String::new());
        lines.push(status.clone());
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_answers_shortcuts_and_booleans() {
        let file = parse_answer_file(
            "about = \"me\"\nminor = true\nunder-18 = \"yes\"\ng-documents = true\ng-debt = \"skip\"\n",
        )
        .expect("valid file");
        assert_eq!(file.about.as_deref(), Some("me"));
        assert_eq!(file.minor, Some(true));
        assert_eq!(
            file.answers,
            vec![
                ("g-debt".to_string(), "skip".to_string()),
                ("g-documents".to_string(), "yes".to_string()),
                ("under-18".to_string(), "yes".to_string()),
            ]
        );
    }

    #[test]
    fn reports_problems_with_their_line() {
        assert_eq!(
            parse_answer_file("a = \"yes\"\nb = 3\n"),
            Err("2: the answer to `b` is a string (\"yes\", \"no\", \"unsure\", \"skip\" or an option) or true/false".into())
        );
        assert_eq!(
            parse_answer_file("about = \"me\"\nminor = \"yes\"\n"),
            Err("2: `minor` is true or false".into())
        );
        let broken = parse_answer_file("a = \"yes\"\nb = = \n");
        assert!(
            broken.as_ref().is_err_and(|e| e.starts_with("2: ")),
            "{broken:?}"
        );
    }

    proptest! {
        /// Whatever the file holds, reading it returns a value or a problem.
        #[test]
        fn any_text_is_read_or_refused_without_panic(text in any::<String>()) {
            let _ = parse_answer_file(&text);
        }

        #[test]
        fn generated_files_read_back(entries in proptest::collection::btree_map(
            "[a-z][a-z0-9-]{0,12}", prop_oneof![Just("yes"), Just("no"), Just("unsure"), Just("skip")], 0..20)) {
            let entries: std::collections::BTreeMap<String, &str> = entries
                .into_iter()
                .filter(|(k, _)| k != "about" && k != "minor")
                .collect();
            let text: String = entries.iter().map(|(k, v)| format!("{k} = \"{v}\"\n")).collect();
            let file = parse_answer_file(&text).expect("generated file is valid");
            let expected: Vec<(String, String)> =
                entries.iter().map(|(k, v)| (k.clone(), v.to_string())).collect();
            prop_assert_eq!(file.answers, expected);
        }
    }
}
