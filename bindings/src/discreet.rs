//! Discreet mode: the disguise and the launcher identity the app shows, the
//! calculator decoy (a real calculator; `=` after a code opens Lueur), the unlock
//! and duress codes, quick exit, the panic wipe and the discreet settings screen.
//! The types are the core's own, declared with `#[uniffi::remote]`.

use crate::app::Lueur;
use crate::error::LueurError;
pub use lueur_core::discreet::{
    CalcKey, CalcKeyRow, CalcKeyView, CalcOperator, CalcOutcome, CalculatorView, CodeKind,
    DiscreetSettingsView, Disguise, DisguiseLimit, DisguiseOption, LauncherIdentity, Platform,
    QuickExitAction, StartScreen, WipeDone, WipeWarningView,
};

#[uniffi::export]
impl Lueur {
    /// What the app pretends to be.
    pub fn disguise(&self) -> Result<Disguise, LueurError> {
        self.map(self.core().disguise())
    }

    /// Switches the disguise and returns the launcher identity to apply at once
    /// (Android activity alias, iOS alternate icon). The calculator needs an unlock
    /// code first (`Invalid` for the field `disguise` otherwise), or the person could
    /// not get back in.
    pub fn set_disguise(&self, disguise: Disguise) -> Result<LauncherIdentity, LueurError> {
        self.map(self.core().set_disguise(disguise))
    }

    /// The launcher identity the app should show now; apply it at start.
    pub fn launcher_identity(&self) -> Result<LauncherIdentity, LueurError> {
        self.map(self.core().launcher_identity())
    }

    /// The first screen to show at start and on every return to the foreground: the
    /// calculator decoy (disguise on, not unlocked in this session) or home.
    pub fn start_screen(&self) -> Result<StartScreen, LueurError> {
        self.map(self.core().start_screen())
    }

    /// True after the duress code opened Lueur: screens that show stored data (kept
    /// answers, the outbox) show them as empty until the next quick exit.
    pub fn user_data_hidden(&self) -> bool {
        self.core().user_data_hidden()
    }

    /// The calculator decoy as it stands: the display and the keys, row by row.
    pub fn calculator(&self) -> CalculatorView {
        self.core().calculator()
    }

    /// Presses one key of the decoy. `=` after a code typed as a number on its own
    /// opens Lueur (`Open`); anything else, a wrong code included, just calculates
    /// (`Show`). Never fails. Call it off the main thread: checking a code hashes.
    pub fn calculator_press(&self, key: CalcKey) -> CalcOutcome {
        self.core().calculator_press(key)
    }

    /// First step of setting a code (4 to 8 digits): checks its form and keeps it in
    /// memory until `confirm_code` receives it again. `Invalid` for the field `code`
    /// with the reason (format, or the duress code before an unlock code).
    pub fn begin_code(&self, kind: CodeKind, code: String) -> Result<(), LueurError> {
        self.map(self.core().begin_code(kind, &code))
    }

    /// Second step: the same code again. Stores it hashed (argon2id, a few tens of
    /// milliseconds: call it off the main thread). `Invalid` for the field `code`
    /// when the two differ, no first step was made, or the duress code would equal
    /// the unlock code.
    pub fn confirm_code(&self, kind: CodeKind, code: String) -> Result<(), LueurError> {
        self.map(self.core().confirm_code(kind, &code))
    }

    /// Removes a code. Removing the unlock code also removes the duress code, and is
    /// refused (`Invalid`) while the disguise is on.
    pub fn remove_code(&self, kind: CodeKind) -> Result<(), LueurError> {
        self.map(self.core().remove_code(kind))
    }

    /// Whether a code of this kind is set.
    pub fn code_is_set(&self, kind: CodeKind) -> Result<bool, LueurError> {
        self.map(self.core().code_is_set(kind))
    }

    /// Whether the duress code also erases everything before opening an empty Lueur.
    pub fn set_duress_wipes(&self, wipes: bool) -> Result<(), LueurError> {
        self.map(self.core().set_duress_wipes(wipes))
    }

    /// The discreet-mode settings screen.
    pub fn discreet_settings(&self) -> Result<DiscreetSettingsView, LueurError> {
        self.map(self.core().discreet_settings())
    }

    /// Drops every in-memory trace (checklist answers, a draft, the last search, the
    /// calculator) and says what the app does next. Never fails: it is the button
    /// pressed when someone walks in.
    pub fn quick_exit(&self) -> QuickExitAction {
        self.core().quick_exit()
    }

    /// What the person reads before a panic wipe, with the number of reports the
    /// wipe would drop before they are sent.
    pub fn wipe_warning(&self) -> Result<WipeWarningView, LueurError> {
        self.map(self.core().wipe_warning())
    }

    /// Erases everything Lueur stored (settings, codes, kept answers, the outbox),
    /// drops the session and goes back to the phone's language: afterwards the app
    /// is like a fresh install. The app then clears what it stored itself and
    /// applies the returned launcher identity.
    pub fn wipe(&self) -> Result<WipeDone, LueurError> {
        self.map(self.core().wipe())
    }
}

/// What the app pretends to be.
#[uniffi::remote(Enum)]
pub enum Disguise {
    /// Lueur shows as Lueur.
    Off,
    /// Lueur shows as a calculator and opens on the calculator decoy.
    Calculator,
}

/// Which launcher entry the app enables (Android activity alias, iOS alternate
/// icon); apply it whenever a call returns one.
#[uniffi::remote(Enum)]
pub enum LauncherIdentity {
    /// Lueur's own name and icon.
    Lueur,
    /// A calculator's name and icon.
    Calculator,
}

/// The first screen to show.
#[uniffi::remote(Enum)]
pub enum StartScreen {
    /// The calculator decoy.
    Decoy,
    /// Lueur's home screen.
    Home,
}

/// Which code a call is about.
#[uniffi::remote(Enum)]
pub enum CodeKind {
    /// Opens Lueur.
    Unlock,
    /// Opens an empty Lueur, and erases everything if the person chose so.
    Duress,
}

/// What the app does after a quick exit.
#[uniffi::remote(Enum)]
pub enum QuickExitAction {
    /// Disguise on: replace whatever is on screen with the calculator decoy (Android
    /// may also finish the task and remove it from recents).
    ShowDecoy,
    /// Disguise off: leave the app. Android finishes the task and removes it from
    /// recents; iOS, which cannot quit an app, shows the decoy, which is neutral.
    LeaveApp,
}

/// An arithmetic operator of the calculator.
#[uniffi::remote(Enum)]
pub enum CalcOperator {
    /// Plus.
    Add,
    /// Minus.
    Subtract,
    /// Times.
    Multiply,
    /// Divided by.
    Divide,
}

/// One key of the calculator.
#[uniffi::remote(Enum)]
pub enum CalcKey {
    /// A digit.
    Digit {
        /// 0 to 9.
        value: u8,
    },
    /// The decimal separator.
    Decimal,
    /// An operator.
    Operator {
        /// Which one.
        operator: CalcOperator,
    },
    /// Percent.
    Percent,
    /// Changes the sign.
    Negate,
    /// Clears the number being typed.
    Clear,
    /// Clears everything.
    AllClear,
    /// Equals.
    Equals,
}

/// One key as the app draws it.
#[uniffi::remote(Record)]
pub struct CalcKeyView {
    /// The key to pass to `calculator_press`.
    pub key: CalcKey,
    /// Its text.
    pub label: String,
    /// What a screen reader says.
    pub description: String,
    /// The operator waiting for its second number, drawn highlighted.
    pub active: bool,
}

/// A row of keys.
#[uniffi::remote(Record)]
pub struct CalcKeyRow {
    /// The keys, left to right.
    pub keys: Vec<CalcKeyView>,
}

/// The calculator decoy's screen.
#[uniffi::remote(Record)]
pub struct CalculatorView {
    /// What the display shows.
    pub display: String,
    /// The display shows an error (e.g. division by zero).
    pub error: bool,
    /// The keys, top row first.
    pub rows: Vec<CalcKeyRow>,
}

/// The result of pressing a key on the decoy.
#[uniffi::remote(Enum)]
pub enum CalcOutcome {
    /// Keep showing the calculator.
    Show {
        /// The updated calculator.
        view: CalculatorView,
    },
    /// A code opened Lueur: show its home screen with this launcher identity.
    Open {
        /// The launcher identity to apply.
        launcher: LauncherIdentity,
    },
}

/// One disguise to choose.
#[uniffi::remote(Record)]
pub struct DisguiseOption {
    /// Pass to `set_disguise`.
    pub disguise: Disguise,
    /// Its text.
    pub label: String,
    /// The disguise in force.
    pub selected: bool,
}

/// The platforms a sentence is about.
#[uniffi::remote(Enum)]
pub enum Platform {
    /// Android phones.
    Android,
    /// iPhones.
    Ios,
}

/// One thing the disguise cannot hide.
#[uniffi::remote(Record)]
pub struct DisguiseLimit {
    /// The sentence.
    pub text: String,
    /// `None`: true on every phone; otherwise show it only on this platform.
    pub only_on: Option<Platform>,
}

/// The discreet-mode settings screen.
#[uniffi::remote(Record)]
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
}

/// Shown before a panic wipe, with the confirm and cancel buttons.
#[uniffi::remote(Record)]
pub struct WipeWarningView {
    /// The dialog's title.
    pub title: String,
    /// What the wipe erases.
    pub body: String,
    /// Reports written but not delivered yet; the wipe drops them.
    pub unsent_reports: u32,
    /// Says those reports will not be sent; `None` when there are none.
    pub unsent_text: Option<String>,
    /// The confirm button's text.
    pub confirm_label: String,
    /// The cancel button's text.
    pub cancel_label: String,
}

/// After a panic wipe.
#[uniffi::remote(Record)]
pub struct WipeDone {
    /// Says it is done.
    pub message: String,
    /// The launcher identity of a fresh install, to apply.
    pub launcher: LauncherIdentity,
}
