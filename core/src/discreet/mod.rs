//! Discreet mode: the calculator decoy in front of Lueur, the unlock and duress
//! codes, the disguise setting (which launcher identity the shells show), quick exit
//! (drop every in-memory trace) and the panic wipe (drop every stored trace).
//!
//! What the person may face: someone who holds the phone, opens apps and looks at
//! what they show. So the decoy is a calculator that really calculates and never
//! shows anything else; a wrong code is just a number; guesses are slowed without
//! ever locking the calculator (a locked calculator would itself be a tell).
//!
//! For the shells: at start ask [`Lueur::start_screen`], and on every return to the
//! foreground [`Lueur::app_foregrounded`] (after [`Lueur::app_backgrounded`] when
//! leaving); draw [`CalculatorView`] and send each key to
//! [`Lueur::press_calculator_key`], or draw [`CodeLockView`] and send the code to
//! [`Lueur::enter_lock_code`] (both off the main thread: a check hashes); apply every
//! [`LauncherIdentity`] a call returns (Android activity alias, iOS alternate icon).
//! Quick exit is [`Lueur::quick_exit`]; the wipe is [`Lueur::wipe_warning`] then
//! [`Lueur::wipe`], after which the shell also clears what it stored itself.
//!
//! For other features: nothing to do for a duress session. Every call reads and
//! writes through `with_user`, which in a duress session is an empty copy in memory;
//! deleting goes through the user database's own eraser
//! ([`crate::userdb::UserDb::erase`]).

mod access;
mod calculator;
mod codes;
mod wipe;

pub use access::{CHECK_INTERVAL_MS, CodeLockView, FREE_ATTEMPTS, LockOutcome, RELOCK_GRACE_MS};
pub use calculator::{CalcKey, CalcOperator, Calculator, MAX_DIGITS, format_value};
pub use codes::{KdfParams, MAX_CODE_LEN, MIN_CODE_LEN, is_valid_code};

use crate::app::Lueur;
use crate::error::{Error, Result};
use fluent_bundle::FluentValue;
use zeroize::Zeroizing;

/// Keys in the user database's `settings` table.
pub(crate) mod keys {
    pub const LOCALE: &str = "locale";
    pub const DISGUISE: &str = "discreet.disguise";
    pub const UNLOCK: &str = "discreet.unlock";
    pub const DURESS: &str = "discreet.duress";
    pub const DURESS_WIPES: &str = "discreet.duress_wipes";
    pub const CODE_LOCK: &str = "discreet.code_lock";
    pub const FAILURES: &str = "discreet.failures";
    /// The boot clock at the last check, for the throttle.
    pub const CHECKED_AT: &str = "discreet.checked_at";
}

/// What the app pretends to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Disguise {
    /// Lueur shows as Lueur.
    #[default]
    Off,
    /// Lueur shows as a calculator and opens on the calculator decoy.
    Calculator,
}

impl Disguise {
    pub const ALL: [Disguise; 2] = [Disguise::Off, Disguise::Calculator];

    pub fn as_str(self) -> &'static str {
        match self {
            Disguise::Off => "off",
            Disguise::Calculator => "calculator",
        }
    }

    /// Parses `off` or `calculator` (as typed on a command line or stored).
    pub fn parse(text: &str) -> Result<Disguise> {
        Disguise::ALL
            .into_iter()
            .find(|d| d.as_str() == text.trim())
            .ok_or_else(|| Error::Invalid {
                field: "disguise".into(),
                message_id: "error-discreet-disguise-unknown".into(),
                args: vec![("value".into(), text.to_string())],
            })
    }

    /// The icon and name the launcher should show.
    pub fn launcher(self) -> LauncherIdentity {
        match self {
            Disguise::Off => LauncherIdentity::Lueur,
            Disguise::Calculator => LauncherIdentity::Calculator,
        }
    }
}

/// Which launcher entry the shell enables (Android activity alias, iOS alternate
/// icon). The shell applies it whenever a call returns one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum LauncherIdentity {
    /// Lueur's own name and icon.
    Lueur,
    /// A calculator's name and icon.
    Calculator,
}

/// The first screen a shell shows when it starts or comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum StartScreen {
    /// The calculator decoy (disguise on and not unlocked in this session).
    Decoy,
    /// The plain code lock (no disguise, but the person asked for a code at every
    /// opening): draw `code_lock_view`.
    Locked,
    /// Lueur's home screen.
    Home,
}

/// Which code a call is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum CodeKind {
    /// Opens Lueur.
    Unlock,
    /// Opens an empty Lueur, and erases everything if the person chose so.
    Duress,
}

impl CodeKind {
    fn setting(self) -> &'static str {
        match self {
            CodeKind::Unlock => keys::UNLOCK,
            CodeKind::Duress => keys::DURESS,
        }
    }

    fn other(self) -> CodeKind {
        match self {
            CodeKind::Unlock => CodeKind::Duress,
            CodeKind::Duress => CodeKind::Unlock,
        }
    }
}

/// What the shell must do after a quick exit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum QuickExitAction {
    /// Disguise is on: replace whatever is on screen with the calculator decoy (on
    /// Android the shell may also finish the task and remove it from recents; the
    /// next start shows the decoy).
    ShowDecoy,
    /// Disguise is off: leave the app. Android finishes the task and removes it from
    /// recents; iOS, which cannot quit an app, shows the decoy, which is neutral.
    LeaveApp,
}

/// The in-memory part of discreet mode, inside [`crate::app::Session`].
#[derive(Debug, Default)]
pub struct DiscreetSession {
    calculator: Calculator,
    unlocked: bool,
    /// Opened with the duress code.
    clean: bool,
    /// A code typed once, waiting for its confirmation.
    pending: Option<(CodeKind, Zeroizing<String>)>,
    /// The boot clock when the app last left the screen.
    backgrounded_at: Option<u64>,
}

/// One key as the shell draws it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CalcKeyView {
    /// The key to pass to `press_calculator_key`.
    pub key: CalcKey,
    /// Its text.
    pub label: String,
    /// What a screen reader says.
    pub description: String,
    /// The operator waiting for its second number, shown highlighted.
    pub active: bool,
}

/// A row of keys.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CalcKeyRow {
    /// The keys, left to right.
    pub keys: Vec<CalcKeyView>,
}

/// The calculator decoy's screen: the display and the keys, row by row.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CalculatorView {
    /// What the display shows.
    pub display: String,
    /// The display shows an error (e.g. division by zero).
    pub error: bool,
    /// The keys, top row first.
    pub rows: Vec<CalcKeyRow>,
}

/// The result of pressing a key on the decoy.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum CalcOutcome {
    /// Keep showing the calculator.
    Show { view: CalculatorView },
    /// A code opened Lueur: show its home screen with this launcher identity.
    Open { launcher: LauncherIdentity },
}

/// One disguise to choose.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DisguiseOption {
    /// Pass to `set_disguise`.
    pub disguise: Disguise,
    /// Its text.
    pub label: String,
    /// The disguise in force.
    pub selected: bool,
}

/// The platforms a sentence is about, so each shell shows only what concerns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Platform {
    /// Android phones.
    Android,
    /// iPhones.
    Ios,
}

/// One thing the disguise cannot hide.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DisguiseLimit {
    /// The sentence.
    pub text: String,
    /// `None`: true on every phone.
    pub only_on: Option<Platform>,
}

/// The discreet-mode settings screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DiscreetSettingsView {
    /// The screen's title.
    pub title: String,
    /// The disguise in force.
    pub disguise: Disguise,
    /// The launcher identity that goes with it.
    pub launcher: LauncherIdentity,
    /// The heading of the disguise choice.
    pub disguise_label: String,
    /// The disguises to choose from.
    pub disguise_options: Vec<DisguiseOption>,
    /// What the disguise does.
    pub disguise_explanation: String,
    /// Whether an unlock code is set.
    pub unlock_code_set: bool,
    /// The unlock code's label.
    pub unlock_code_label: String,
    /// Says whether it is set.
    pub unlock_code_status: String,
    /// Whether a duress code is set.
    pub duress_code_set: bool,
    /// The duress code's label.
    pub duress_code_label: String,
    /// Says whether it is set.
    pub duress_code_status: String,
    /// What the duress code does.
    pub duress_explanation: String,
    /// Whether the duress code also erases everything.
    pub duress_wipes: bool,
    /// The label of that switch.
    pub duress_wipes_label: String,
    /// Whether Lueur asks for the unlock code at every opening, without the disguise.
    pub code_lock: bool,
    /// The label of that switch.
    pub code_lock_label: String,
    /// What the code lock does.
    pub code_lock_explanation: String,
    /// Asks for the current unlock code before a change.
    pub current_code_prompt: String,
    /// What a code may be.
    pub code_rules: String,
    /// Asks for a new code.
    pub code_prompt: String,
    /// Asks for it again.
    pub confirm_prompt: String,
    /// Says that wrong codes slow down further checks.
    pub guess_delay_note: String,
    /// The heading of the limits.
    pub limits_title: String,
    /// What the disguise cannot hide.
    pub limits: Vec<DisguiseLimit>,
    /// The quick exit button's text.
    pub quick_exit_label: String,
    /// What quick exit does.
    pub quick_exit_explanation: String,
    /// The wipe button's text.
    pub wipe_label: String,
    /// The screen's language and direction.
    pub screen_language: crate::views::ScreenLanguage,
}

/// Shown before a panic wipe, with the confirm and cancel buttons.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct WipeWarningView {
    /// The dialog's title.
    pub title: String,
    /// What the wipe erases.
    pub body: String,
    /// Reports written but not delivered yet; the wipe drops them.
    pub unsent_reports: u32,
    /// Says that those reports will not be sent; `None` when there are none.
    pub unsent_text: Option<String>,
    /// The confirm button's text.
    pub confirm_label: String,
    /// The cancel button's text.
    pub cancel_label: String,
    /// The screen's language and direction.
    pub screen_language: crate::views::ScreenLanguage,
}

/// After a panic wipe.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct WipeDone {
    /// Says it is done.
    pub message: String,
    /// The launcher identity of a fresh install, for the shell to apply.
    pub launcher: LauncherIdentity,
}

impl Lueur {
    // ----- disguise -----

    pub fn disguise(&self) -> Result<Disguise> {
        let stored = self.with_user(|db| Ok(db.setting(keys::DISGUISE)?))?;
        Ok(stored
            .and_then(|s| Disguise::parse(&s).ok())
            .unwrap_or_default())
    }

    pub fn launcher_identity(&self) -> Result<LauncherIdentity> {
        Ok(self.disguise()?.launcher())
    }

    /// Switches the disguise. The calculator needs an unlock code first, or the
    /// person could not get back in.
    pub fn set_disguise(&self, disguise: Disguise) -> Result<LauncherIdentity> {
        self.with_user(|db| {
            if disguise == Disguise::Calculator && db.setting(keys::UNLOCK)?.is_none() {
                return Err(Error::invalid("disguise", "error-discreet-code-needed"));
            }
            db.set_setting(keys::DISGUISE, Some(disguise.as_str()))?;
            Ok(())
        })?;
        Ok(disguise.launcher())
    }

    /// True after the duress code opened Lueur, until a real code opens it (the data
    /// the screens show then comes from an empty copy).
    pub fn user_data_hidden(&self) -> bool {
        self.session().discreet.clean
    }

    // ----- calculator -----

    pub fn calculator(&self) -> CalculatorView {
        let calculator = self.session().discreet.calculator.clone();
        self.calculator_view(&calculator)
    }

    /// Presses one key. `=` after a code typed as a number on its own opens Lueur;
    /// anything else, a wrong code included, just calculates. Never fails: a decoy
    /// that showed an app's error would give itself away.
    pub fn press_calculator_key(&self, key: CalcKey) -> CalcOutcome {
        if key == CalcKey::Equals {
            let candidate = self
                .session()
                .discreet
                .calculator
                .code_candidate()
                .filter(|c| is_valid_code(c))
                .map(|c| Zeroizing::new(c.to_string()));
            let found = self.check_code(candidate.as_deref().map(String::as_str));
            if let Some(typed) = &candidate
                && let outcome @ CalcOutcome::Open { .. } = self.open_lueur(found, typed)
            {
                return outcome;
            }
        }
        let calculator = {
            let mut session = self.session();
            session.discreet.calculator.press(key);
            session.discreet.calculator.clone()
        };
        CalcOutcome::Show {
            view: self.calculator_view(&calculator),
        }
    }

    /// Presses the keys a string stands for (see [`CalcKey::from_char`]); stops at
    /// the first key that opens Lueur. Refuses the whole string if a character is no
    /// key, before pressing any.
    pub fn press_calculator_keys(&self, keys: &str) -> Result<CalcOutcome> {
        let parsed = parse_keys(keys)?;
        let mut outcome = CalcOutcome::Show {
            view: self.calculator(),
        };
        for key in parsed {
            outcome = self.press_calculator_key(key);
            if matches!(outcome, CalcOutcome::Open { .. }) {
                break;
            }
        }
        Ok(outcome)
    }

    fn calculator_view(&self, calc: &Calculator) -> CalculatorView {
        let l10n = self.l10n();
        let separator = l10n.text("calc-decimal-separator", &[]);
        let key = |key: CalcKey| {
            let (label, description) = match key {
                CalcKey::Digit { value } => (value.to_string(), value.to_string()),
                CalcKey::Decimal => (
                    separator.clone(),
                    l10n.text("calc-key-decimal-description", &[]),
                ),
                CalcKey::Operator { operator } => {
                    let id = match operator {
                        CalcOperator::Add => "calc-key-add",
                        CalcOperator::Subtract => "calc-key-subtract",
                        CalcOperator::Multiply => "calc-key-multiply",
                        CalcOperator::Divide => "calc-key-divide",
                    };
                    (
                        l10n.text(id, &[]),
                        l10n.text(&format!("{id}-description"), &[]),
                    )
                }
                CalcKey::Percent => (
                    l10n.text("calc-key-percent", &[]),
                    l10n.text("calc-key-percent-description", &[]),
                ),
                CalcKey::Negate => (
                    l10n.text("calc-key-negate", &[]),
                    l10n.text("calc-key-negate-description", &[]),
                ),
                CalcKey::Clear => (
                    l10n.text("calc-key-clear", &[]),
                    l10n.text("calc-key-clear-description", &[]),
                ),
                CalcKey::AllClear => (
                    l10n.text("calc-key-all-clear", &[]),
                    l10n.text("calc-key-all-clear-description", &[]),
                ),
                CalcKey::Equals => (
                    l10n.text("calc-key-equals", &[]),
                    l10n.text("calc-key-equals-description", &[]),
                ),
            };
            let active = matches!(key, CalcKey::Operator { operator } if calc.pending_operator() == Some(operator));
            CalcKeyView {
                key,
                label,
                description,
                active,
            }
        };
        let op = |operator| CalcKey::Operator { operator };
        let digit = |value| CalcKey::Digit { value };
        let layout = [
            vec![
                calc.clear_key(),
                CalcKey::Negate,
                CalcKey::Percent,
                op(CalcOperator::Divide),
            ],
            vec![digit(7), digit(8), digit(9), op(CalcOperator::Multiply)],
            vec![digit(4), digit(5), digit(6), op(CalcOperator::Subtract)],
            vec![digit(1), digit(2), digit(3), op(CalcOperator::Add)],
            vec![digit(0), CalcKey::Decimal, CalcKey::Equals],
        ];
        CalculatorView {
            display: calc.display(&separator, &l10n.text("calc-error", &[])),
            error: calc.is_error(),
            rows: layout
                .into_iter()
                .map(|row| CalcKeyRow {
                    keys: row.into_iter().map(key).collect(),
                })
                .collect(),
        }
    }

    /// Whether the emergency code also erases everything.
    pub fn set_duress_wipes(&self, wipes: bool) -> Result<()> {
        self.with_user(|db| {
            Ok(db.set_setting(keys::DURESS_WIPES, Some(if wipes { "1" } else { "0" }))?)
        })
    }

    // ----- screens -----

    pub fn discreet_settings(&self) -> Result<DiscreetSettingsView> {
        let fallbacks = crate::l10n::fallback_count();
        let disguise = self.disguise()?;
        let (unlock_set, duress_set, duress_wipes, code_lock) = self.with_user(|db| {
            Ok((
                db.setting(keys::UNLOCK)?.is_some(),
                db.setting(keys::DURESS)?.is_some(),
                db.setting(keys::DURESS_WIPES)?.is_some_and(|v| v == "1"),
                db.setting(keys::CODE_LOCK)?.is_some_and(|v| v == "1"),
            ))
        })?;
        let l10n = self.l10n();
        let t = |id: &str| l10n.text(id, &[]);
        let limit = |id: &str, only_on| DisguiseLimit {
            text: t(id),
            only_on,
        };
        Ok(DiscreetSettingsView {
            screen_language: l10n.screen(fallbacks),
            title: t("discreet-title"),
            disguise,
            launcher: disguise.launcher(),
            disguise_label: t("discreet-disguise-label"),
            disguise_options: Disguise::ALL
                .into_iter()
                .map(|d| DisguiseOption {
                    disguise: d,
                    label: t(&format!("discreet-disguise-{}", d.as_str())),
                    selected: d == disguise,
                })
                .collect(),
            disguise_explanation: t("discreet-disguise-explanation"),
            unlock_code_set: unlock_set,
            unlock_code_label: t("discreet-unlock-code-label"),
            unlock_code_status: t(if unlock_set {
                "discreet-code-status-set"
            } else {
                "discreet-code-status-not-set"
            }),
            duress_code_set: duress_set,
            duress_code_label: t("discreet-duress-code-label"),
            duress_code_status: t(if duress_set {
                "discreet-code-status-set"
            } else {
                "discreet-code-status-not-set"
            }),
            duress_explanation: t("discreet-duress-explanation"),
            duress_wipes,
            duress_wipes_label: t("discreet-duress-wipes-label"),
            code_lock,
            code_lock_label: t("discreet-code-lock-label"),
            code_lock_explanation: t("discreet-code-lock-explanation"),
            current_code_prompt: t("discreet-current-code-prompt"),
            code_rules: l10n.text(
                "discreet-code-rules",
                &[
                    ("min", FluentValue::from(MIN_CODE_LEN)),
                    ("max", FluentValue::from(MAX_CODE_LEN)),
                ],
            ),
            code_prompt: t("discreet-code-prompt"),
            confirm_prompt: t("discreet-code-confirm-prompt"),
            guess_delay_note: l10n.text(
                "discreet-guess-delay-note",
                &[
                    ("attempts", FluentValue::from(FREE_ATTEMPTS)),
                    ("seconds", FluentValue::from(CHECK_INTERVAL_MS / 1000)),
                ],
            ),
            limits_title: t("discreet-limits-title"),
            limits: vec![
                limit("discreet-limit-app-list", None),
                limit("discreet-limit-store", None),
                limit("discreet-limit-phone-bill", None),
                limit("discreet-limit-call-list", None),
                limit("discreet-limit-backups", None),
                limit("discreet-limit-ios-name", Some(Platform::Ios)),
                limit("discreet-limit-ios-alert", Some(Platform::Ios)),
            ],
            quick_exit_label: t("discreet-quick-exit-label"),
            quick_exit_explanation: t("discreet-quick-exit-explanation"),
            wipe_label: t("discreet-wipe-label"),
        })
    }

    // ----- quick exit -----

    /// Drops every in-memory trace (the whole session: checklist answers, an open
    /// draft, the last search, the calculator) and says what the shell does next.
    /// Never fails: it is the button pressed when someone walks in.
    pub fn quick_exit(&self) -> QuickExitAction {
        *self.session() = crate::app::Session::default();
        match self.disguise() {
            Ok(Disguise::Calculator) => QuickExitAction::ShowDecoy,
            Ok(Disguise::Off) => QuickExitAction::LeaveApp,
            // Unknown: the decoy is the screen that gives nothing away.
            Err(_) => QuickExitAction::ShowDecoy,
        }
    }
}

/// Splits a typed key string into keys, ignoring whitespace.
pub fn parse_keys(keys: &str) -> Result<Vec<CalcKey>> {
    keys.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            CalcKey::from_char(c).ok_or_else(|| Error::Invalid {
                field: "keys".into(),
                message_id: "calc-unknown-key".into(),
                args: vec![("key".into(), c.to_string())],
            })
        })
        .collect()
}
