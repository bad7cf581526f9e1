//! `lueur calc`, `lueur discreet` and `lueur wipe`: the terminal face of the core's
//! discreet mode. Everything decided here is how to print; the decoy, the codes and
//! the wipe live in `lueur_core::discreet`.

use crate::shell::{CliError, Shell};
use lueur_core::Error;
use lueur_core::discreet::{
    CalcOutcome, CalculatorView, CodeKind, DiscreetSettingsView, Disguise, WipeWarningView,
};
use zeroize::Zeroizing;

/// How a calculator session ended; the caller decides what comes next, so a detour
/// through the decoy never nests a second menu.
pub enum CalcEnd {
    /// A code opened Lueur.
    Unlocked,
    /// The keys or the input ran out on the calculator.
    Closed,
}

/// `lueur calc --keys K` presses K and prints the display; `lueur calc` reads key
/// lines from stdin and prints the display after each line. When a code opens Lueur,
/// the terminal goes on to Lueur itself: the menu, or home for `--keys`.
pub fn calc(shell: &Shell, keys: Option<String>) -> Result<(), CliError> {
    let one_shot = keys.is_some();
    match run_calculator(shell, keys)? {
        CalcEnd::Unlocked if !shell.json && one_shot => crate::browse::home(shell),
        CalcEnd::Unlocked if !shell.json => crate::browse::menu(shell),
        _ => Ok(()),
    }
}

/// The decoy itself: presses keys until a code opens Lueur or the input ends.
pub fn run_calculator(shell: &Shell, keys: Option<String>) -> Result<CalcEnd, CliError> {
    if let Some(keys) = keys {
        let outcome = shell.lueur.press_calculator_keys(&keys)?;
        return show_outcome(shell, &outcome);
    }
    print_view(shell, &shell.lueur.calculator())?;
    while let Some(line) = shell.read_line("")? {
        match shell.lueur.press_calculator_keys(&line) {
            Ok(outcome) => {
                if let CalcEnd::Unlocked = show_outcome(shell, &outcome)? {
                    return Ok(CalcEnd::Unlocked);
                }
            }
            // A calculator shrugs at an unknown key and keeps going.
            Err(error) => eprintln!("{}", shell.lueur.error_text(&error)),
        }
    }
    Ok(CalcEnd::Closed)
}

fn show_outcome(shell: &Shell, outcome: &CalcOutcome) -> Result<CalcEnd, CliError> {
    match outcome {
        CalcOutcome::Show { view } if !shell.json => print_view(shell, view)?,
        // Opened: whoever called goes on to Lueur's own screens.
        CalcOutcome::Open { .. } if !shell.json => {}
        _ => shell.show(outcome, |_| String::new())?,
    }
    Ok(match outcome {
        CalcOutcome::Open { .. } => CalcEnd::Unlocked,
        CalcOutcome::Show { .. } => CalcEnd::Closed,
    })
}

fn print_view(shell: &Shell, view: &CalculatorView) -> Result<(), CliError> {
    shell.show(view, |v| v.display.clone())
}

/// `lueur discreet status`.
pub fn status(shell: &Shell) -> Result<(), CliError> {
    let view = shell.lueur.discreet_settings()?;
    shell.show(&view, render_settings)
}

/// What `lueur discreet set` was asked to change.
pub struct Changes {
    pub disguise: Option<String>,
    pub code: Option<String>,
    pub duress: Option<String>,
    pub current: Option<String>,
    pub code_lock: Option<bool>,
}

/// `lueur discreet set`: the codes first (each flag is its own confirmation, so it
/// is passed to the core's set and confirm steps alike), then the code lock and the
/// disguise, so that `--disguise calculator --code C` works in one go. A value `-` is
/// read from standard input, one line each, in the order current, code, duress.
pub fn set(shell: &Shell, changes: Changes) -> Result<(), CliError> {
    let disguise = changes.disguise.map(|d| Disguise::parse(&d)).transpose()?;
    let from_input = |value: Option<String>| -> Result<Option<Zeroizing<String>>, CliError> {
        match value.as_deref() {
            Some("-") => Ok(shell.read_line("")?.map(Zeroizing::new)),
            _ => Ok(value.map(Zeroizing::new)),
        }
    };
    let mut current = from_input(changes.current)?;
    let code = from_input(changes.code)?;
    let duress = from_input(changes.duress)?;
    for (kind, code) in [(CodeKind::Unlock, code), (CodeKind::Duress, duress)] {
        if let Some(code) = code {
            shell
                .lueur
                .begin_code(kind, &code, current.as_deref().map(String::as_str))?;
            shell.lueur.confirm_code(kind, &code)?;
            if kind == CodeKind::Unlock {
                // The code just set is now the current one.
                current = Some(code);
            }
        }
    }
    if let Some(enabled) = changes.code_lock {
        let current = current.as_deref().map(String::as_str).unwrap_or_default();
        shell.lueur.set_code_lock(enabled, current)?;
    }
    if let Some(disguise) = disguise {
        shell.lueur.set_disguise(disguise)?;
    }
    status(shell)
}

/// `lueur wipe --yes` erases everything; without `--yes` it prints what would be
/// lost and exits non-zero.
pub fn wipe(shell: &Shell, yes: bool) -> Result<(), CliError> {
    if !yes {
        let warning = shell.lueur.wipe_warning()?;
        shell.show(&warning, render_warning)?;
        return Err(Error::invalid("yes", "error-discreet-wipe-not-confirmed").into());
    }
    let done = shell.lueur.wipe()?;
    shell.show(&done, |d| d.message.clone())
}

fn render_settings(view: &DiscreetSettingsView) -> String {
    let selected = view
        .disguise_options
        .iter()
        .find(|o| o.selected)
        .map(|o| o.label.as_str())
        .unwrap_or_default();
    let mut lines = vec![
        view.title.clone(),
        String::new(),
        format!("{}: {selected}", view.disguise_label),
        view.disguise_explanation.clone(),
        String::new(),
        format!("{}: {}", view.unlock_code_label, view.unlock_code_status),
        format!("{}: {}", view.duress_code_label, view.duress_code_status),
        view.duress_explanation.clone(),
    ];
    if view.duress_wipes {
        lines.push(format!("[x] {}", view.duress_wipes_label));
    }
    if view.code_lock {
        lines.push(format!("[x] {}", view.code_lock_label));
    }
    lines.extend([
        view.code_rules.clone(),
        view.guess_delay_note.clone(),
        String::new(),
        view.limits_title.clone(),
    ]);
    lines.extend(view.limits.iter().map(|l| format!("- {}", l.text)));
    lines.extend([
        String::new(),
        format!("{}: {}", view.quick_exit_label, view.quick_exit_explanation),
    ]);
    lines.join("\n")
}

fn render_warning(view: &WipeWarningView) -> String {
    let mut lines = vec![view.title.clone(), view.body.clone()];
    lines.extend(view.unsent_text.clone());
    lines.join("\n")
}
