//! Discreet mode: the disguise and the launcher identity the app shows, the
//! calculator decoy (a real calculator; `=` after a code opens Lueur), the unlock
//! and duress codes, quick exit, the panic wipe and the discreet settings screen.

use crate::app::Lueur;
use crate::error::LueurError;
use lueur_core::discreet::{
    CalcKey, CalcOutcome, CalculatorView, CodeKind, DiscreetSettingsView, Disguise,
    LauncherIdentity, QuickExitAction, StartScreen, WipeDone, WipeWarningView,
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
    pub fn press_calculator_key(&self, key: CalcKey) -> CalcOutcome {
        self.core().press_calculator_key(key)
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
