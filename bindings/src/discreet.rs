//! Discreet mode: the disguise and the launcher identity the app shows, the
//! calculator decoy (a real calculator; `=` after a code opens Lueur), the plain code
//! lock, re-locking after time in the background, the unlock and duress codes, quick
//! exit, the panic wipe and the discreet settings screen.

use crate::app::Lueur;
use crate::error::LueurError;
use lueur_core::discreet::{
    CalcKey, CalcOutcome, CalculatorView, CodeKind, CodeLockView, DiscreetSettingsView, Disguise,
    LauncherIdentity, LockOutcome, QuickExitAction, StartScreen, WipeDone, WipeWarningView,
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

    /// The first screen to show at start: the calculator decoy (disguise on), the
    /// code lock (`Locked`: a code asked at every opening) or home.
    pub fn start_screen(&self) -> Result<StartScreen, LueurError> {
        self.map(self.core().start_screen())
    }

    /// The app left the screen (Android `onStop`, iOS scene phase `background`).
    pub fn app_backgrounded(&self) {
        self.core().app_backgrounded()
    }

    /// The app is on screen again (Android `onStart`, iOS scene phase `active`):
    /// returns the screen to show. After more than 30 s away it is locked again.
    pub fn app_foregrounded(&self) -> Result<StartScreen, LueurError> {
        self.map(self.core().app_foregrounded())
    }

    /// The code lock's screen, for `StartScreen::Locked`.
    pub fn code_lock_view(&self) -> CodeLockView {
        self.core().code_lock_view()
    }

    /// Tries a code on the code lock: `Open` with the launcher identity, or `Refused`
    /// with the screen to show (saying why). Never fails. Call it off the main thread:
    /// checking a code hashes.
    pub fn enter_lock_code(&self, code: String) -> LockOutcome {
        self.core().enter_lock_code(&code)
    }

    /// Turns the code lock on or off; needs the current unlock code (`Invalid` for
    /// the field `current_code` when it is wrong, or while wrong codes are slowed).
    pub fn set_code_lock(
        &self,
        enabled: bool,
        current_unlock_code: String,
    ) -> Result<(), LueurError> {
        self.map(self.core().set_code_lock(enabled, &current_unlock_code))
    }

    /// True after the emergency code opened Lueur, until a real code opens it.
    /// Nothing needs it to hide data (the core already shows an empty copy); a shell
    /// may use it to skip work such as refreshing a widget.
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

    /// First step of setting a code (6 to 8 digits): checks the current unlock code
    /// once one is set (`Invalid` for the field `current_code`, through the same slow-
    /// down as the calculator), the new code's form, and keeps it in memory until
    /// `confirm_code` receives it again. `Invalid` for the field `code` with the
    /// reason (format, or the duress code before an unlock code). Call it off the main
    /// thread: checking the current code hashes.
    pub fn begin_code(
        &self,
        kind: CodeKind,
        code: String,
        current_unlock_code: Option<String>,
    ) -> Result<(), LueurError> {
        self.map(
            self.core()
                .begin_code(kind, &code, current_unlock_code.as_deref()),
        )
    }

    /// Second step: the same code again. Stores it hashed (argon2id, a few tens of
    /// milliseconds: call it off the main thread). `Invalid` for the field `code`
    /// when the two differ, no first step was made, or the duress code would equal
    /// the unlock code.
    pub fn confirm_code(&self, kind: CodeKind, code: String) -> Result<(), LueurError> {
        self.map(self.core().confirm_code(kind, &code))
    }

    /// Removes a code, after the current unlock code. Removing the unlock code also
    /// removes the duress code and the code lock, and is refused (`Invalid`) while the
    /// disguise is on.
    pub fn remove_code(
        &self,
        kind: CodeKind,
        current_unlock_code: String,
    ) -> Result<(), LueurError> {
        self.map(self.core().remove_code(kind, &current_unlock_code))
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
    /// renews the device secret through the app's `DeviceSecretStore`, drops the
    /// session and goes back to the phone's language: afterwards the app is like a
    /// fresh install. The app then clears what it stored itself (scheduled work,
    /// caches) and applies the returned launcher identity.
    pub fn wipe(&self) -> Result<WipeDone, LueurError> {
        self.map(self.core().wipe())
    }
}
