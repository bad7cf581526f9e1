//! Who gets into Lueur: checking a typed code (on the calculator or the plain code
//! lock) through the guess throttle, opening a real or a duress session, the duress
//! session's in-memory copy, re-locking after the app spent time in the background,
//! and changing codes, which asks for the current unlock code.
//!
//! The rules that keep a duress session from giving itself away:
//! - every check costs the same two hashes (one per code slot), whatever was typed,
//!   whether a code matched, whether an emergency code exists, throttled or not (F17);
//! - a duress session works on a copy of the database that lives in memory: codes,
//!   disguise and options changed there look changed and reach no disk (F1, F2);
//! - nothing compares a typed value with a code the person in front of the screen is
//!   not supposed to know about (F2).

use super::codes::{self, CodeRecord, KdfParams, SALT_LEN};
use super::{CalcOutcome, CodeKind, Disguise, LauncherIdentity, StartScreen, is_valid_code, keys};
use crate::app::{Lueur, Session};
use crate::error::{Error, Result};
use crate::userdb::UserDb;
use fluent_bundle::FluentValue;
use zeroize::Zeroizing;

/// Wrong codes in a row that are checked at once; after these, a code is checked at
/// most once per [`CHECK_INTERVAL_MS`]. In between, `=` only calculates, so the
/// calculator never refuses a key and never looks locked.
pub const FREE_ATTEMPTS: u32 = 5;
/// 30 s: a 6-digit code then takes months to find by trying, while the person who
/// mistyped too often waits half a minute.
pub const CHECK_INTERVAL_MS: u64 = 30_000;
/// How long the app may stay in the background and come back still open. 30 s covers
/// looking up a number in another app or answering a short call; someone who picks up
/// a phone left aside finds the decoy or the lock again.
pub const RELOCK_GRACE_MS: u64 = 30_000;

/// The plain code lock's screen (the code lock without the calculator disguise).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CodeLockView {
    /// The screen's title.
    pub title: String,
    /// Asks for the unlock code.
    pub prompt: String,
    /// The button that tries the code.
    pub unlock_label: String,
    /// Why the last code did not open Lueur; `None` before any try.
    pub error: Option<String>,
    /// The screen's language and direction.
    pub screen_language: crate::views::ScreenLanguage,
}

/// What typing a code on the code lock did.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum LockOutcome {
    /// Lueur is open: show its home screen with this launcher identity.
    Open { launcher: LauncherIdentity },
    /// Still locked: show this screen.
    Refused { view: CodeLockView },
}

/// Which code a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CodeMatch {
    None,
    /// Too soon after the last wrong codes: nothing was compared.
    Throttled,
    Unlock,
    Duress,
    /// A code set inside an earlier duress session of this process.
    DuressCopy,
}

/// The throttle's verdict and the codes to compare, read in one go.
struct Stored {
    unlock: Option<CodeRecord>,
    duress: Option<CodeRecord>,
    failures: u32,
    throttled: bool,
}

impl Lueur {
    /// Whether the shell starts on the decoy, the plain code lock or the home screen.
    pub fn start_screen(&self) -> Result<StartScreen> {
        let unlocked = self.session().discreet.unlocked;
        if unlocked {
            return Ok(StartScreen::Home);
        }
        let (disguise, code_lock) = self.with_user(|db| {
            Ok((
                db.setting(keys::DISGUISE)?,
                db.setting(keys::CODE_LOCK)?.is_some_and(|v| v == "1"),
            ))
        })?;
        let disguise = disguise
            .and_then(|d| Disguise::parse(&d).ok())
            .unwrap_or_default();
        Ok(match disguise {
            Disguise::Calculator => StartScreen::Decoy,
            Disguise::Off if code_lock => StartScreen::Locked,
            Disguise::Off => StartScreen::Home,
        })
    }

    /// The app left the screen (Android `onStop`, iOS scene phase background). Never
    /// fails: it is called while the app is going away.
    pub fn app_backgrounded(&self) {
        let now = self.config.clock.boot_millis();
        self.session().discreet.backgrounded_at = Some(now);
    }

    /// The app is on screen again: after more than [`RELOCK_GRACE_MS`] away (or a
    /// restart of the phone in between) it locks again, and the screen to show is the
    /// decoy or the code lock. What the person was doing stays in memory for when the
    /// right code opens it again; the emergency code still starts from nothing.
    pub fn app_foregrounded(&self) -> Result<StartScreen> {
        let now = self.config.clock.boot_millis();
        {
            let mut session = self.session();
            let discreet = &mut session.discreet;
            if let Some(left) = discreet.backgrounded_at.take()
                && (now < left || now - left > RELOCK_GRACE_MS)
            {
                discreet.unlocked = false;
                discreet.calculator = Default::default();
                discreet.pending = None;
            }
        }
        self.start_screen()
    }

    pub fn code_lock_view(&self) -> CodeLockView {
        self.lock_view(None)
    }

    fn lock_view(&self, error: Option<String>) -> CodeLockView {
        let fallbacks = crate::l10n::fallback_count();
        let l10n = self.l10n();
        CodeLockView {
            screen_language: l10n.screen(fallbacks),
            title: l10n.text("lock-title", &[]),
            prompt: l10n.text("lock-prompt", &[]),
            unlock_label: l10n.text("lock-unlock", &[]),
            error,
        }
    }

    /// Tries a code on the plain code lock. The emergency code opens the empty Lueur
    /// here too. Never fails: a lock screen that showed an app error would be no lock.
    pub fn enter_lock_code(&self, code: &str) -> LockOutcome {
        let candidate = is_valid_code(code).then_some(code);
        match self.check_code(candidate) {
            CodeMatch::None => LockOutcome::Refused {
                view: self.lock_view(Some(self.l10n().text("lock-error-wrong", &[]))),
            },
            CodeMatch::Throttled => LockOutcome::Refused {
                view: self.lock_view(Some(self.wait_text())),
            },
            found => match self.open_lueur(found, code) {
                CalcOutcome::Open { launcher } => LockOutcome::Open { launcher },
                CalcOutcome::Show { .. } => LockOutcome::Refused {
                    view: self.lock_view(Some(self.l10n().text("lock-error-wrong", &[]))),
                },
            },
        }
    }

    fn wait_text(&self) -> String {
        self.l10n().text(
            "lock-error-wait",
            &[("seconds", FluentValue::from(CHECK_INTERVAL_MS / 1000))],
        )
    }

    /// Checks a typed code (`None`: `=` after something that is no code) against the
    /// stored codes and the codes of an earlier duress session, with the throttle.
    pub(super) fn check_code(&self, candidate: Option<&str>) -> CodeMatch {
        let Ok(pepper) = self.code_pepper() else {
            return CodeMatch::None;
        };
        let Ok(stored) = self.read_for_check(candidate.is_some()) else {
            return CodeMatch::None;
        };
        let Some(unlock) = &stored.unlock else {
            // No code: the calculator is no decoy and has nothing to hide.
            return CodeMatch::None;
        };
        let typed = match candidate {
            Some(code) if !stored.throttled => code,
            _ => "",
        };
        // Both slots are hashed in every case, so the time `=` takes says nothing.
        let unlock_hit = unlock.matches(typed, &pepper[..]);
        let duress_hit = match &stored.duress {
            Some(duress) => duress.matches(typed, &pepper[..]),
            None => {
                // The same work as an emergency code would cost, for nothing.
                std::hint::black_box(codes::hash(
                    typed,
                    &[0x5c; SALT_LEN],
                    unlock.params,
                    &pepper[..],
                ));
                false
            }
        };
        if stored.throttled {
            return CodeMatch::Throttled;
        }
        let Some(code) = candidate else {
            return CodeMatch::None;
        };
        let found = if unlock_hit {
            CodeMatch::Unlock
        } else if duress_hit {
            CodeMatch::Duress
        } else if self.matches_duress_copy(code, &pepper[..]) {
            CodeMatch::DuressCopy
        } else {
            CodeMatch::None
        };
        let failures = match found {
            CodeMatch::None => stored.failures.saturating_add(1),
            _ => 0,
        };
        let _ = self.with_stored_user(|db| {
            Ok(db.set_setting(keys::FAILURES, Some(&failures.to_string()))?)
        });
        found
    }

    /// Reads the stored codes and the throttle's decision.
    fn read_for_check(&self, is_code: bool) -> Result<Stored> {
        let now = self.config.clock.boot_millis();
        self.with_stored_user(|db| {
            let unlock = read_code(db, CodeKind::Unlock)?;
            let duress = read_code(db, CodeKind::Duress)?;
            let (throttled, failures) = take_check(db, now, is_code && unlock.is_some())?;
            Ok(Stored {
                unlock,
                duress,
                failures,
                throttled,
            })
        })
    }

    fn matches_duress_copy(&self, code: &str, pepper: &[u8]) -> bool {
        let mut storage = self.storage();
        let Some(copy) = storage.duress_copy.as_mut() else {
            return false;
        };
        [CodeKind::Unlock, CodeKind::Duress]
            .into_iter()
            .any(|kind| {
                read_code(copy, kind)
                    .ok()
                    .flatten()
                    .is_some_and(|record| record.matches(code, pepper))
            })
    }

    /// Opens Lueur after a code matched. The unlock code opens what is stored. The
    /// emergency code opens an empty Lueur: with "erase" on, everything is erased and
    /// the phone keeps looking the way it did, with the code just typed as its only
    /// code; otherwise a copy in memory stands in for the stored data.
    pub(super) fn open_lueur(&self, found: CodeMatch, typed: &str) -> CalcOutcome {
        match found {
            CodeMatch::Unlock => {
                self.storage().in_duress = false;
                let mut session = self.session();
                session.discreet.calculator = Default::default();
                session.discreet.unlocked = true;
                session.discreet.clean = false;
            }
            CodeMatch::Duress => {
                let wipes = self
                    .with_stored_user(|db| Ok(db.setting(keys::DURESS_WIPES)?))
                    .ok()
                    .flatten()
                    .is_some_and(|v| v == "1");
                if wipes {
                    // Opening matters more than a clean report of a failed erase: the
                    // person is being watched right now.
                    let _ = self.wipe_behind_disguise(typed);
                    let mut session = self.session();
                    *session = Session::default();
                    session.discreet.unlocked = true;
                } else {
                    let _ = self.enter_duress_copy(typed);
                    let mut session = self.session();
                    *session = Session::default();
                    session.discreet.unlocked = true;
                    session.discreet.clean = true;
                }
            }
            CodeMatch::DuressCopy => {
                self.storage().in_duress = true;
                let mut session = self.session();
                *session = Session::default();
                session.discreet.unlocked = true;
                session.discreet.clean = true;
            }
            CodeMatch::None | CodeMatch::Throttled => {
                return CalcOutcome::Show {
                    view: self.calculator(),
                };
            }
        }
        CalcOutcome::Open {
            launcher: self
                .launcher_identity()
                .unwrap_or(LauncherIdentity::Calculator),
        }
    }

    /// Makes (once per process) the copy a duress session shows: an empty database
    /// with what a plain install of this phone would show (language, disguise, code
    /// lock) and the code just typed as its unlock code.
    fn enter_duress_copy(&self, typed: &str) -> Result<()> {
        if self.storage().duress_copy.is_none() {
            let visible = self.with_stored_user(|db| visible_settings(db))?;
            let params = self
                .with_stored_user(|db| read_code(db, CodeKind::Unlock))?
                .map_or(KdfParams::RECOMMENDED, |r| r.params);
            let record = self.new_record(typed, params)?;
            let copy = UserDb::in_memory()?;
            for (key, value) in visible {
                copy.set_setting(key, value.as_deref())?;
            }
            copy.set_setting(keys::UNLOCK, Some(&record.encode()))?;
            self.storage().duress_copy = Some(copy);
        }
        self.storage().in_duress = true;
        Ok(())
    }

    /// The emergency code's erase: everything goes, the device secret is renewed, and
    /// the phone is set up again as the abuser just saw it (disguise, code lock,
    /// language, and the code just typed as the only code), so nothing on screen or on
    /// the launcher changes.
    fn wipe_behind_disguise(&self, typed: &str) -> Result<()> {
        let keep = self.with_stored_user(|db| {
            Ok((
                visible_settings(db)?,
                read_code(db, CodeKind::Unlock)?.map_or(KdfParams::RECOMMENDED, |r| r.params),
            ))
        });
        let (visible, params) = keep?;
        let wiped = self.wipe();
        let record = self.new_record(typed, params)?;
        self.with_stored_user(|db| {
            for (key, value) in &visible {
                db.set_setting(key, value.as_deref())?;
            }
            db.set_setting(keys::UNLOCK, Some(&record.encode()))?;
            Ok(())
        })?;
        if let Some((_, Some(locale))) = visible.iter().find(|(k, _)| *k == keys::LOCALE) {
            self.l10n_mut().set_locale(&self.content, locale);
        }
        wiped.map(|_| ())
    }

    pub(super) fn new_record(&self, code: &str, params: KdfParams) -> Result<CodeRecord> {
        let mut salt = [0u8; SALT_LEN];
        self.random().fill(&mut salt);
        let pepper = self.code_pepper()?;
        CodeRecord::new(code, salt, params, &pepper[..])
            .ok_or_else(|| Error::Internal("the code hashing parameters are not usable".into()))
    }

    // ----- changing codes -----

    /// Checks the current unlock code before a change, through the same throttle as
    /// the calculator. In a duress session the current code is the one that opened it.
    fn verify_current_code(&self, current: Option<&str>) -> Result<()> {
        let Some(record) = self.with_user(|db| read_code(db, CodeKind::Unlock))? else {
            return Ok(());
        };
        let current = current.unwrap_or("");
        let now = self.config.clock.boot_millis();
        let (throttled, failures) = self.with_stored_user(|db| take_check(db, now, true))?;
        let pepper = self.code_pepper()?;
        let right = record.matches(current, &pepper[..]);
        if throttled {
            return Err(Error::Invalid {
                field: "current_code".into(),
                message_id: "lock-error-wait".into(),
                args: vec![("seconds".into(), (CHECK_INTERVAL_MS / 1000).to_string())],
            });
        }
        let failures = if right { 0 } else { failures.saturating_add(1) };
        self.with_stored_user(|db| {
            Ok(db.set_setting(keys::FAILURES, Some(&failures.to_string()))?)
        })?;
        if right {
            Ok(())
        } else {
            Err(Error::invalid(
                "current_code",
                "error-discreet-current-code-wrong",
            ))
        }
    }

    /// First step of setting a code: checks the current unlock code (once one exists)
    /// and the new code's form, and keeps the new code in memory until
    /// [`Lueur::confirm_code`] receives it again.
    pub fn begin_code(
        &self,
        kind: CodeKind,
        code: &str,
        current_unlock_code: Option<&str>,
    ) -> Result<()> {
        if !is_valid_code(code) {
            return Err(Error::invalid("code", "error-discreet-code-format"));
        }
        if kind == CodeKind::Duress && !self.code_is_set(CodeKind::Unlock)? {
            return Err(Error::invalid("code", "error-discreet-unlock-first"));
        }
        self.verify_current_code(current_unlock_code)?;
        self.session().discreet.pending = Some((kind, Zeroizing::new(code.to_string())));
        Ok(())
    }

    /// Second step: the same code again. Stores it hashed with the recommended
    /// parameters.
    pub fn confirm_code(&self, kind: CodeKind, code: &str) -> Result<()> {
        self.confirm_code_with(kind, code, KdfParams::RECOMMENDED)
    }

    /// [`Lueur::confirm_code`] with explicit hashing parameters (tests pass
    /// [`KdfParams::cheap_for_tests`]).
    pub fn confirm_code_with(&self, kind: CodeKind, code: &str, params: KdfParams) -> Result<()> {
        let pending = self.session().discreet.pending.take();
        let Some((pending_kind, first)) = pending else {
            return Err(Error::invalid("code", "error-discreet-code-first"));
        };
        if pending_kind != kind {
            return Err(Error::invalid("code", "error-discreet-code-first"));
        }
        if first.as_str() != code {
            return Err(Error::invalid("code", "error-discreet-code-mismatch"));
        }
        let record = self.new_record(code, params)?;
        let pepper = self.code_pepper()?;
        // In a duress session `with_user` is the copy: the "other code" compared here
        // is one the person on screen set themselves, never the hidden one.
        self.with_user(|db| {
            if let Some(other) = read_code(db, kind.other())?
                && other.matches(code, &pepper[..])
            {
                return Err(Error::invalid("code", "error-discreet-code-same"));
            }
            db.set_setting(kind.setting(), Some(&record.encode()))?;
            Ok(())
        })
    }

    /// Removes a code, after the current unlock code. Removing the unlock code also
    /// removes the emergency code and the code lock, and is refused while the disguise
    /// is on.
    pub fn remove_code(&self, kind: CodeKind, current_unlock_code: &str) -> Result<()> {
        if kind == CodeKind::Unlock && self.disguise()? != Disguise::Off {
            return Err(Error::invalid("code", "error-discreet-disguise-on"));
        }
        self.verify_current_code(Some(current_unlock_code))?;
        self.erase_user_data(|tx| {
            let removed: &[&str] = match kind {
                CodeKind::Unlock => &[
                    keys::UNLOCK,
                    keys::DURESS,
                    keys::DURESS_WIPES,
                    keys::CODE_LOCK,
                ],
                CodeKind::Duress => &[keys::DURESS, keys::DURESS_WIPES],
            };
            for key in removed {
                tx.execute("DELETE FROM settings WHERE key = ?1", [key])?;
            }
            Ok(())
        })
    }

    /// Turns the plain code lock on or off (it asks for the unlock code whenever Lueur
    /// opens, without the calculator). Needs an unlock code, and the current one.
    pub fn set_code_lock(&self, enabled: bool, current_unlock_code: &str) -> Result<()> {
        if !self.code_is_set(CodeKind::Unlock)? {
            return Err(Error::invalid("code_lock", "error-discreet-code-needed"));
        }
        self.verify_current_code(Some(current_unlock_code))?;
        self.with_user(|db| Ok(db.set_setting(keys::CODE_LOCK, enabled.then_some("1"))?))
    }

    pub fn code_is_set(&self, kind: CodeKind) -> Result<bool> {
        self.with_user(|db| Ok(read_code(db, kind)?.is_some()))
    }
}

/// The throttle's one decision, on the stored failure count and the boot clock of the
/// last check: whether a check may happen now, and the failures so far. A check that
/// goes ahead (`checking`) is recorded at once, so two quick tries cannot both pass.
/// A boot clock lower than the last check means the phone restarted: the wait is over
/// (the restart itself took longer than a minute of trying).
fn take_check(db: &UserDb, now: u64, checking: bool) -> Result<(bool, u32)> {
    let failures: u32 = db
        .setting(keys::FAILURES)?
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let checked_at: Option<u64> = db.setting(keys::CHECKED_AT)?.and_then(|s| s.parse().ok());
    let throttled = failures >= FREE_ATTEMPTS
        && checked_at.is_some_and(|last| now >= last && now - last < CHECK_INTERVAL_MS);
    if checking && !throttled {
        db.set_setting(keys::CHECKED_AT, Some(&now.to_string()))?;
    }
    Ok((throttled, failures))
}

/// What a plain install of this phone shows, and so what a duress copy and the phone
/// set up again after an erasing emergency code keep: language, disguise, code lock.
fn visible_settings(db: &UserDb) -> Result<Vec<(&'static str, Option<String>)>> {
    [keys::LOCALE, keys::DISGUISE, keys::CODE_LOCK]
        .into_iter()
        .map(|key| Ok((key, db.setting(key)?)))
        .collect()
}

pub(super) fn read_code(db: &UserDb, kind: CodeKind) -> Result<Option<CodeRecord>> {
    Ok(db
        .setting(kind.setting())?
        .and_then(|s| CodeRecord::decode(&s)))
}
