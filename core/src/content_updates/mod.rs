//! Signed content updates: when to look for a newer content pack, what to make of the
//! answer, and what the settings screen says about it. The platform performs the
//! fetch the core describes (the same executor as report uploads: `next_content_check`
//! hands out `Fetch`, `Wait` or `Done`, `content_fetched` takes the answer); the core
//! verifies the pack (signature, hashes, schema, app version), refuses an older one
//! (rollback) or an expired one (freeze), stores it atomically beside the user data and
//! uses it from the next start. The format is `lueur_contract::pack`; the files are
//! [`store`]; the threat and the choices are in docs/content-updates.md.

pub mod store;

pub use lueur_contract::pack::MAX_PACK_BYTES;
pub use store::{ActiveContent, PACK_FILE, PACK_STAGING_FILE};

use crate::Lueur;
use crate::error::{Error, Result};
use crate::report::{HttpHeader, UploadRequest, UploadResponse};
use fluent_bundle::FluentValue;
use lueur_contract::deployment::ContentUpdates;
use lueur_contract::pack::{PackError, TrustedKey};
use serde::Serialize;

/// Why a pack was not installed (or, at start, not used).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum PackProblem {
    /// Larger than the app accepts.
    TooLarge,
    /// The download broke off.
    Truncated,
    /// Not a content pack at all.
    NotAPack,
    /// The manifest is malformed or of a format this app does not read.
    BadManifest,
    /// Signed with a key the deployment does not trust.
    UnknownKey,
    /// The signature does not match.
    BadSignature,
    /// The content does not match the signed hash.
    Tampered,
    /// A content schema this app does not read.
    UnknownSchema,
    /// Needs a newer app.
    NeedsNewerApp,
    /// Not newer than the content the app has (a rollback).
    NotNewer,
    /// Past its expiry (a frozen or replayed pack).
    Expired,
    /// Verified, yet its content does not open.
    Unreadable,
}

impl PackProblem {
    pub const ALL: [PackProblem; 12] = [
        PackProblem::TooLarge,
        PackProblem::Truncated,
        PackProblem::NotAPack,
        PackProblem::BadManifest,
        PackProblem::UnknownKey,
        PackProblem::BadSignature,
        PackProblem::Tampered,
        PackProblem::UnknownSchema,
        PackProblem::NeedsNewerApp,
        PackProblem::NotNewer,
        PackProblem::Expired,
        PackProblem::Unreadable,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PackProblem::TooLarge => "too-large",
            PackProblem::Truncated => "truncated",
            PackProblem::NotAPack => "not-a-pack",
            PackProblem::BadManifest => "bad-manifest",
            PackProblem::UnknownKey => "unknown-key",
            PackProblem::BadSignature => "bad-signature",
            PackProblem::Tampered => "tampered",
            PackProblem::UnknownSchema => "unknown-schema",
            PackProblem::NeedsNewerApp => "needs-newer-app",
            PackProblem::NotNewer => "not-newer",
            PackProblem::Expired => "expired",
            PackProblem::Unreadable => "unreadable",
        }
    }

    fn parse(key: &str) -> Option<PackProblem> {
        PackProblem::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The Fluent message that explains it.
    pub fn message_id(self) -> String {
        format!("content-problem-{}", self.key())
    }
}

impl From<PackError> for PackProblem {
    fn from(error: PackError) -> Self {
        match error {
            PackError::TooLarge => PackProblem::TooLarge,
            PackError::Truncated => PackProblem::Truncated,
            PackError::NotAPack => PackProblem::NotAPack,
            PackError::BadManifest => PackProblem::BadManifest,
            PackError::UnknownKey => PackProblem::UnknownKey,
            PackError::BadSignature => PackProblem::BadSignature,
            PackError::Tampered => PackProblem::Tampered,
            PackError::UnknownSchema => PackProblem::UnknownSchema,
            PackError::NeedsNewerApp => PackProblem::NeedsNewerApp,
        }
    }
}

/// What the platform does for content now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ContentCheck {
    /// Perform `request` (the report uploader's executor does), then hand the answer
    /// to `content_fetched`.
    Fetch {
        /// The request to make, exactly as described.
        request: UploadRequest,
    },
    /// Not due: check again after `millis`.
    Wait {
        /// How long to wait, in milliseconds.
        millis: i64,
    },
    /// No checks: the deployment turned them off, or the disguise is on and the
    /// person has not turned them on.
    Done,
}

/// What came of a check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ContentCheckOutcome {
    /// A newer pack was verified and stored; Lueur uses it from its next start.
    Installed {
        /// Its content version.
        version: u64,
    },
    /// The published pack is the content the app has.
    UpToDate,
    /// The organisation has published no pack yet (404).
    NothingPublished,
    /// The pack was refused; the previous content stays.
    Refused {
        /// Why.
        problem: PackProblem,
    },
    /// No usable answer (network, server): the core tries again later.
    Failed,
}

/// Whether this phone looks for content updates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ContentChecks {
    /// It checks when due.
    On,
    /// The deployment has no content updates, or turned them off.
    OffInDeployment,
    /// The calculator disguise is on and the person has not turned checks on.
    OffWhileDisguised,
}

/// The content section of the settings screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContentStatusView {
    /// The section's title.
    pub title: String,
    /// The content version in use (the embedded content's, or a downloaded pack's).
    pub version: u64,
    /// Whether the content in use was downloaded.
    pub downloaded: bool,
    /// "Version 3, downloaded update" / "Version 1, came with the app".
    pub version_label: String,
    /// The date its information was last checked by the organisation, written out.
    pub date: String,
    /// Whether checks run.
    pub checks: ContentChecks,
    /// What that means, in words.
    pub checks_text: String,
    /// The switch for checks while the disguise is on (`set_content_checks`), when it
    /// applies; its label says what pressing it does.
    pub toggle_label: Option<String>,
    /// When the last check was.
    pub last_check: Option<String>,
    /// What the last check found.
    pub last_result: Option<String>,
    /// Set when a newer pack is stored and waits for the next start.
    pub pending: Option<String>,
    /// Set when a stored pack could not be used at this start, and why.
    pub fallback: Option<String>,
}

/// The settings the schedule keeps in the user database (sealed like the rest).
mod keys {
    /// "on" when the person wants checks while the disguise is on.
    pub const WHILE_DISGUISED: &str = "content-updates.while-disguised";
    /// The core clock at the last check that got an answer, or at the last failure.
    pub const LAST_CHECK: &str = "content-updates.last-check";
    /// Failed checks in a row, for the backoff.
    pub const FAILURES: &str = "content-updates.failures";
    /// What the last check found (`installed`, `up-to-date`, `nothing-published`,
    /// `failed`, or a problem's key).
    pub const LAST_RESULT: &str = "content-updates.last-result";
}

/// A failed check is tried again after 15 minutes, then 30, 60 …, never later than the
/// regular interval.
const RETRY_BASE_MS: i64 = 15 * 60 * 1000;
/// A pack is at most a few megabytes; two minutes is enough on a slow connection.
const FETCH_TIMEOUT_MS: u32 = 120_000;

/// The bundled deployment's content updates: the keys trusted for content and the
/// embedded content's version come from the build only, never from a deployment passed
/// at run time, so nothing a shell says can make a phone trust another signer.
pub(crate) fn bundled_updates() -> Option<ContentUpdates> {
    crate::report::deployment::bundled()
        .ok()
        .and_then(|d| d.content_updates)
}

pub(crate) fn trusted_keys() -> Vec<TrustedKey> {
    bundled_updates().map(|u| u.keys).unwrap_or_default()
}

pub(crate) fn embedded_version() -> u64 {
    bundled_updates().map_or(0, |u| u.version)
}

impl Lueur {
    fn content_updates(&self) -> Option<ContentUpdates> {
        // The URL and the interval may come from a deployment passed at run time
        // (tests, staging); the keys never do (see `bundled_updates`).
        self.deployment().ok().and_then(|d| d.content_updates)
    }

    /// The content version the app shows now.
    pub fn content_version(&self) -> u64 {
        self.active_content.version(embedded_version())
    }

    /// Which content the app shows now.
    pub fn active_content(&self) -> &ActiveContent {
        &self.active_content
    }

    /// Whether checks run now, decided from what is stored (not from a duress
    /// session's copy), so the background job and the app agree.
    pub fn content_checks(&self) -> Result<ContentChecks> {
        match self.content_updates() {
            Some(updates) if updates.enabled => {}
            _ => return Ok(ContentChecks::OffInDeployment),
        }
        let (disguise, wanted) = self.with_stored_user(|db| {
            Ok((
                db.setting(crate::discreet::keys::DISGUISE)?,
                db.setting(keys::WHILE_DISGUISED)?,
            ))
        })?;
        let disguised = disguise.is_some_and(|d| d != crate::discreet::Disguise::Off.as_str());
        Ok(if disguised && wanted.as_deref() != Some("on") {
            ContentChecks::OffWhileDisguised
        } else {
            ContentChecks::On
        })
    }

    /// The next thing the platform does for content (call it from the job that sends
    /// reports, and again after each `content_fetched`): a `Fetch` to perform, a `Wait`,
    /// or `Done` when checks are off. It reads the core's own clock.
    pub fn next_content_check(&self) -> Result<ContentCheck> {
        let Some(updates) = self.content_updates().filter(|u| u.enabled) else {
            return Ok(ContentCheck::Done);
        };
        match self.content_checks() {
            Ok(ContentChecks::On) => {}
            Ok(_) => return Ok(ContentCheck::Done),
            // Without the user database the disguise is unknown: stay quiet.
            Err(Error::Storage(_)) => return Ok(ContentCheck::Done),
            Err(other) => return Err(other),
        }
        let now = self.now_millis();
        let (last, failures) = self.with_stored_user(|db| {
            Ok((
                db.setting(keys::LAST_CHECK)?
                    .and_then(|v| v.parse::<i64>().ok()),
                db.setting(keys::FAILURES)?
                    .and_then(|v| v.parse::<u32>().ok())
                    .unwrap_or(0),
            ))
        })?;
        let interval = i64::from(updates.check_every_hours) * 3_600_000;
        let wait = match last {
            // A clock set back puts the last check in the future: check now rather
            // than wait for a date that may never come.
            Some(last) if last <= now => {
                let gap = if failures == 0 {
                    interval
                } else {
                    RETRY_BASE_MS
                        .saturating_mul(1i64 << (failures - 1).min(20))
                        .min(interval)
                };
                (last + gap - now).max(0)
            }
            _ => 0,
        };
        if wait > 0 {
            return Ok(ContentCheck::Wait { millis: wait });
        }
        Ok(ContentCheck::Fetch {
            request: fetch_request(&updates.url),
        })
    }

    /// The request for a pack at `url`, for a fetch the person asked for (the CLI's
    /// `content update --from URL`): the same request a scheduled check makes.
    /// `https://` only (`http://` to this machine, for tests).
    pub fn content_request(&self, url: &str) -> Result<UploadRequest> {
        lueur_contract::deployment::check_endpoint(url).map_err(|reason| Error::Invalid {
            field: "url".into(),
            message_id: "error-content-url".into(),
            args: vec![("reason".into(), reason)],
        })?;
        Ok(fetch_request(url))
    }

    /// What came back for a `Fetch` (or a `content_request`): a pack is verified,
    /// checked against the content the app has, and stored; anything else leaves the
    /// content as it is. The state is kept for the settings screen and the schedule.
    pub fn content_fetched(&self, response: UploadResponse) -> Result<ContentCheckOutcome> {
        let outcome = match response {
            UploadResponse::Http {
                status: 200, body, ..
            } => self.consider_pack(&body)?,
            UploadResponse::Http { status: 404, .. } => ContentCheckOutcome::NothingPublished,
            UploadResponse::Http { .. } | UploadResponse::Transport { .. } => {
                ContentCheckOutcome::Failed
            }
        };
        self.record_check(&outcome);
        Ok(outcome)
    }

    /// Installs pack bytes from a file the person chose (the CLI's `content update
    /// --from FILE`), with every check a download gets.
    pub fn install_content_pack(&self, bytes: &[u8]) -> Result<ContentCheckOutcome> {
        let outcome = self.consider_pack(bytes)?;
        self.record_check(&outcome);
        Ok(outcome)
    }

    fn consider_pack(&self, bytes: &[u8]) -> Result<ContentCheckOutcome> {
        let keys = trusted_keys();
        let opened = match store::verify_and_open(bytes, &keys, |_| {
            lueur_contract::FALLBACK_LOCALE.to_string()
        }) {
            Ok(opened) => opened,
            Err(problem) => return Ok(ContentCheckOutcome::Refused { problem }),
        };
        let manifest = &opened.manifest;
        if self.now_millis() / 1000 >= manifest.expires {
            return Ok(ContentCheckOutcome::Refused {
                problem: PackProblem::Expired,
            });
        }
        // Compared with what the next start would show: the stored pack (perhaps
        // installed by another process since this one started), else the embedded
        // content.
        let have = store::stored_manifest(self.data_dir(), &keys)
            .map_or(0, |stored| stored.version)
            .max(embedded_version());
        if manifest.version < have {
            return Ok(ContentCheckOutcome::Refused {
                problem: PackProblem::NotNewer,
            });
        }
        if manifest.version == have {
            return Ok(ContentCheckOutcome::UpToDate);
        }
        store::store(self.data_dir(), bytes, &opened.content).map_err(|error| {
            Error::Storage(crate::userdb::StorageError::Unavailable {
                path: self.data_dir().display().to_string(),
                reason: error.to_string(),
            })
        })?;
        Ok(ContentCheckOutcome::Installed {
            version: manifest.version,
        })
    }

    /// Remembers the check for the schedule and the settings screen. Best effort: a
    /// pack stored while the user database cannot be written is still installed.
    fn record_check(&self, outcome: &ContentCheckOutcome) {
        let now = self.now_millis().to_string();
        let result = match outcome {
            ContentCheckOutcome::Installed { .. } => "installed".to_string(),
            ContentCheckOutcome::UpToDate => "up-to-date".to_string(),
            ContentCheckOutcome::NothingPublished => "nothing-published".to_string(),
            ContentCheckOutcome::Failed => "failed".to_string(),
            ContentCheckOutcome::Refused { problem } => problem.key().to_string(),
        };
        let _ = self.with_stored_user(|db| {
            let failures = match outcome {
                ContentCheckOutcome::Failed => db
                    .setting(keys::FAILURES)?
                    .and_then(|v| v.parse::<u32>().ok())
                    .unwrap_or(0)
                    .saturating_add(1),
                // A refused pack will not change by retrying soon: the regular
                // interval, not the backoff.
                _ => 0,
            };
            db.set_setting(keys::LAST_CHECK, Some(&now))?;
            db.set_setting(keys::FAILURES, Some(&failures.to_string()))?;
            db.set_setting(keys::LAST_RESULT, Some(&result))?;
            Ok(())
        });
    }

    /// Turns checks on or off while the calculator disguise is on (without the
    /// disguise they follow the deployment alone).
    pub fn set_content_checks(&self, on: bool) -> Result<ContentStatusView> {
        self.with_user(|db| Ok(db.set_setting(keys::WHILE_DISGUISED, on.then_some("on"))?))?;
        self.content_status()
    }

    /// "Version 3, downloaded update": for the about facts and the status screen.
    pub fn content_version_label(&self) -> String {
        let l10n = self.l10n();
        let source = match self.active_content {
            ActiveContent::Pack { .. } => "content-source-update",
            ActiveContent::Embedded { .. } => "content-source-bundled",
        };
        l10n.text(
            "content-version-label",
            &[
                (
                    "version",
                    FluentValue::from(self.content_version().to_string()),
                ),
                ("source", FluentValue::from(l10n.text(source, &[]))),
            ],
        )
    }

    /// The content section of the settings screen (`lueur content status`).
    pub fn content_status(&self) -> Result<ContentStatusView> {
        let checks = self
            .content_checks()
            .unwrap_or(ContentChecks::OffWhileDisguised);
        let (stored_wanted, last, result) = self
            .with_user(|db| {
                Ok((
                    db.setting(keys::WHILE_DISGUISED)?,
                    db.setting(keys::LAST_CHECK)?
                        .and_then(|v| v.parse::<i64>().ok()),
                    db.setting(keys::LAST_RESULT)?,
                ))
            })
            .unwrap_or((None, None, None));
        let disguised = self
            .disguise()
            .is_ok_and(|d| d != crate::discreet::Disguise::Off);
        let deployment_allows = self.content_updates().is_some_and(|u| u.enabled);
        let stored = store::stored_manifest(self.data_dir(), &trusted_keys());
        let version_label = self.content_version_label();
        let info = self.content.info().clone();
        let l10n = self.l10n();
        let checks_text = l10n.text(
            match checks {
                ContentChecks::On => "content-checks-on",
                ContentChecks::OffInDeployment => "content-checks-off-deployment",
                ContentChecks::OffWhileDisguised => "content-checks-off-disguised",
            },
            &[],
        );
        let toggle_label = (disguised && deployment_allows).then(|| {
            l10n.text(
                if stored_wanted.as_deref() == Some("on") {
                    "content-checks-toggle-off"
                } else {
                    "content-checks-toggle-on"
                },
                &[],
            )
        });
        let last_check = last.map(|ms| {
            l10n.text(
                "content-last-check",
                &[(
                    "date",
                    FluentValue::from(crate::views::long_date(&l10n, &iso_date(ms))),
                )],
            )
        });
        let last_result = result.as_deref().map(|key| match PackProblem::parse(key) {
            Some(problem) => l10n.text(&problem.message_id(), &[]),
            None => l10n.text(&format!("content-result-{key}"), &[]),
        });
        let pending = stored
            .filter(|m| m.version > self.content_version())
            .map(|m| {
                l10n.text(
                    "content-pending",
                    &[("version", FluentValue::from(m.version.to_string()))],
                )
            });
        let fallback = match self.active_content {
            ActiveContent::Embedded {
                fallback: Some(problem),
            } => Some(format!(
                "{} {}",
                l10n.text("content-fallback", &[]),
                l10n.text(&problem.message_id(), &[])
            )),
            _ => None,
        };
        Ok(ContentStatusView {
            title: l10n.text("content-status-title", &[]),
            version: self.content_version(),
            downloaded: matches!(self.active_content, ActiveContent::Pack { .. }),
            version_label,
            date: crate::views::long_date(&l10n, &info.date),
            checks,
            checks_text,
            toggle_label,
            last_check,
            last_result,
            pending,
            fallback,
        })
    }
}

/// A GET with nothing that tells one phone from another: no cookie, no conditional
/// header (an ETag is a value the server chooses, so it could be one per phone), no
/// query, only the deployment's fixed URL.
fn fetch_request(url: &str) -> UploadRequest {
    UploadRequest {
        id: "content".into(),
        url: url.to_string(),
        method: "GET".into(),
        headers: vec![HttpHeader {
            name: "Accept".into(),
            value: "application/octet-stream".into(),
        }],
        body: Vec::new(),
        timeout_millis: FETCH_TIMEOUT_MS,
        follow_redirects: false,
        // One byte more than a pack may have, so a larger one is seen as too large
        // rather than cut to a plausible length.
        max_response_bytes: lueur_contract::pack::MAX_PACK_BYTES as u32 + 1,
    }
}

/// `YYYY-MM-DD` (UTC) of a time in milliseconds since 1970.
fn iso_date(millis: i64) -> String {
    let days = millis.div_euclid(86_400_000);
    // Howard Hinnant's civil-from-days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_known_days() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(1_700_000_000_000), "2023-11-14");
        assert_eq!(iso_date(951_782_400_000), "2000-02-29");
    }

    #[test]
    fn every_problem_has_a_distinct_key_that_parses_back() {
        for problem in PackProblem::ALL {
            assert_eq!(PackProblem::parse(problem.key()), Some(problem));
        }
    }
}
