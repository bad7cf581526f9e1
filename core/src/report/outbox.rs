//! The outbox table and the delivery rules (the Glean pattern): the platform asks
//! which request to make, makes it with its own HTTP stack, and says what happened;
//! everything else — retries, backoff with full jitter, `Retry-After`, permanent
//! failures, expiry, recovery after a crash — is decided here, against the real
//! database, so every shell behaves the same.

use crate::env::Random;
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;

/// First retry waits up to this long (full jitter: a random time up to the ceiling).
pub const BASE_BACKOFF_MS: i64 = 30_000;
/// The ceiling never grows past this.
pub const MAX_BACKOFF_MS: i64 = 6 * 60 * 60 * 1000;
/// A report left "sending" this long was abandoned by an uploader that never answered.
pub const SENDING_LEASE_MS: i64 = 15 * 60 * 1000;
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutboxState {
    Queued,
    Sending,
    Sent,
    Failed,
    Expired,
}

impl OutboxState {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxState::Queued => "queued",
            OutboxState::Sending => "sending",
            OutboxState::Sent => "sent",
            OutboxState::Failed => "failed",
            OutboxState::Expired => "expired",
        }
    }

    fn parse(text: &str) -> OutboxState {
        match text {
            "sending" => OutboxState::Sending,
            "sent" => OutboxState::Sent,
            "failed" => OutboxState::Failed,
            "expired" => OutboxState::Expired,
            _ => OutboxState::Queued,
        }
    }
}

/// What a transport failure was, as the platform's HTTP stack can tell. The core
/// retries all of them alike; the kind is kept for diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TransportError {
    Refused,
    Reset,
    Timeout,
    Dns,
    Tls,
    Other,
}

impl TransportError {
    fn as_str(self) -> &'static str {
        match self {
            TransportError::Refused => "refused",
            TransportError::Reset => "reset",
            TransportError::Timeout => "timeout",
            TransportError::Dns => "dns",
            TransportError::Tls => "tls",
            TransportError::Other => "other",
        }
    }
}

/// What happened to an upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadOutcome {
    /// The server answered. `retry_after` is the raw `Retry-After` header, if any.
    Http {
        status: u16,
        retry_after: Option<String>,
    },
    /// No HTTP answer at all.
    Transport { error: TransportError },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HttpHeader {
    pub name: String,
    pub value: String,
}

/// What the platform should do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum UploadTask {
    /// POST `body` to `url` with `headers`, then call `upload_finished(id, …)`.
    Upload {
        id: String,
        url: String,
        headers: Vec<HttpHeader>,
        body: Vec<u8>,
    },
    /// Nothing is due yet: ask again after this many milliseconds.
    Wait { millis: i64 },
    /// Nothing left to send.
    Done,
}

/// One outbox row as stored (never the envelope).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub created_at: i64,
    pub state: OutboxState,
    pub attempts: u32,
    pub next_attempt_at: i64,
    pub last_status: Option<u16>,
    pub sent_at: Option<i64>,
}

/// Stores a sealed report. One statement in one immediate transaction: the row, its
/// id (the idempotency key) and its envelope become durable together or not at all.
pub fn insert(conn: &mut Connection, id: &str, now: i64, envelope: &[u8]) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute(
        "INSERT INTO outbox (id, created_at, state, attempts, next_attempt_at, envelope)
         VALUES (?1, ?2, 'queued', 0, ?2, ?3)",
        params![id, now, envelope],
    )?;
    tx.commit()?;
    Ok(())
}

pub fn list(conn: &Connection) -> Result<Vec<Row>> {
    let mut statement = conn.prepare(
        "SELECT id, created_at, state, attempts, next_attempt_at, last_status, sent_at
         FROM outbox ORDER BY created_at DESC, id",
    )?;
    let rows = statement
        .query_map([], |row| {
            Ok(Row {
                id: row.get(0)?,
                created_at: row.get(1)?,
                state: OutboxState::parse(&row.get::<_, String>(2)?),
                attempts: row.get(3)?,
                next_attempt_at: row.get(4)?,
                last_status: row.get(5)?,
                sent_at: row.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn state_of(conn: &Connection, id: &str) -> Result<OutboxState> {
    conn.query_row("SELECT state FROM outbox WHERE id = ?1", [id], |row| {
        row.get::<_, String>(0)
    })
    .optional()?
    .map(|s| OutboxState::parse(&s))
    .ok_or_else(|| Error::not_found("report", id))
}

/// Deletes a report that is not sent yet (the envelope goes with it; secure_delete
/// overwrites it). Sent reports keep their receipt; one being sent cannot be
/// recalled. Expired ones are only a notice and can be cleared.
pub fn delete_unsent(conn: &Connection, id: &str) -> Result<()> {
    match state_of(conn, id)? {
        OutboxState::Queued | OutboxState::Failed | OutboxState::Expired => {
            conn.execute("DELETE FROM outbox WHERE id = ?1", [id])?;
            Ok(())
        }
        OutboxState::Sending | OutboxState::Sent => {
            Err(Error::invalid("report", "report-error-cannot-delete"))
        }
    }
}

/// The person's "try again" on a report that failed.
pub fn retry(conn: &mut Connection, id: &str, now: i64) -> Result<()> {
    match state_of(conn, id)? {
        OutboxState::Failed => {
            conn.execute(
                "UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?2
                 WHERE id = ?1 AND state = 'failed'",
                params![id, now],
            )?;
            Ok(())
        }
        _ => Err(Error::invalid("report", "report-error-cannot-retry")),
    }
}

/// Reports left "sending" by a process that died (`all`), or by an uploader that
/// never answered within the lease, are queued again for now.
pub fn requeue_abandoned(conn: &Connection, now: i64, all: bool) -> Result<usize> {
    let cutoff = if all {
        i64::MAX
    } else {
        now - SENDING_LEASE_MS
    };
    Ok(conn.execute(
        "UPDATE outbox SET state = 'queued', next_attempt_at = ?1
         WHERE state = 'sending' AND coalesce(last_attempt_at, 0) <= ?2",
        params![now, cutoff],
    )?)
}

/// Unsent reports older than `max_age_ms` expire: their envelope is deleted, a
/// notice stays for the person.
pub fn expire(conn: &Connection, now: i64, max_age_ms: i64) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE outbox SET state = 'expired', envelope = NULL
         WHERE state IN ('queued', 'failed') AND created_at + ?2 <= ?1",
        params![now, max_age_ms],
    )?)
}

/// The next due report, marked "sending", or how long to wait, or nothing.
pub enum Claim {
    Upload { id: String, envelope: Vec<u8> },
    Wait { millis: i64 },
    Done,
}

pub fn claim_next(conn: &mut Connection, now: i64) -> Result<Claim> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let next: Option<(String, i64)> = tx
        .query_row(
            "SELECT id, next_attempt_at FROM outbox WHERE state = 'queued'
             ORDER BY next_attempt_at, created_at, id LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let claim = match next {
        None => Claim::Done,
        Some((_, at)) if at > now => Claim::Wait { millis: at - now },
        Some((id, _)) => {
            tx.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_attempt_at = ?2
                 WHERE id = ?1",
                params![id, now],
            )?;
            let envelope: Vec<u8> =
                tx.query_row("SELECT envelope FROM outbox WHERE id = ?1", [&id], |row| {
                    row.get(0)
                })?;
            Claim::Upload { id, envelope }
        }
    };
    tx.commit()?;
    Ok(claim)
}

/// Applies an upload's outcome.
pub fn finish(
    conn: &mut Connection,
    id: &str,
    outcome: &UploadOutcome,
    now: i64,
    max_age_ms: i64,
    random: &dyn Random,
) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let row: Option<(String, u32, i64)> = tx
        .query_row(
            "SELECT state, attempts, created_at FROM outbox WHERE id = ?1",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    // Deleted meanwhile, or already settled: nothing to do. A success still settles a
    // report that a restart had queued again, since the intake has it.
    let Some((state, attempts, created_at)) = row else {
        return Ok(());
    };
    let state = OutboxState::parse(&state);
    let status = match outcome {
        UploadOutcome::Http { status, .. } => Some(*status),
        UploadOutcome::Transport { .. } => None,
    };
    let transport = match outcome {
        UploadOutcome::Transport { error } => Some(error.as_str()),
        UploadOutcome::Http { .. } => None,
    };
    let success = status.is_some_and(|s| (200..300).contains(&s));
    match state {
        OutboxState::Sending => {}
        OutboxState::Queued | OutboxState::Failed if success => {}
        _ => return Ok(()),
    }
    if success {
        tx.execute(
            "UPDATE outbox SET state = 'sent', envelope = NULL, sent_at = ?2, last_status = ?3,
                 last_transport_error = NULL
             WHERE id = ?1",
            params![id, now, status],
        )?;
    } else if is_retryable(outcome) {
        if created_at + max_age_ms <= now {
            tx.execute(
                "UPDATE outbox SET state = 'expired', envelope = NULL, last_status = ?2,
                     last_transport_error = ?3
                 WHERE id = ?1",
                params![id, status, transport],
            )?;
        } else {
            let retry_after = match outcome {
                UploadOutcome::Http {
                    retry_after: Some(value),
                    ..
                } => parse_retry_after(value, now),
                _ => None,
            };
            let delay = backoff_delay(attempts, retry_after, random);
            tx.execute(
                "UPDATE outbox SET state = 'queued', next_attempt_at = ?2, last_status = ?3,
                     last_transport_error = ?4
                 WHERE id = ?1",
                params![id, now + delay, status, transport],
            )?;
        }
    } else {
        tx.execute(
            "UPDATE outbox SET state = 'failed', last_status = ?2, last_transport_error = NULL
             WHERE id = ?1",
            params![id, status],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// 408, 429, 5xx and every transport error may go away by themselves; any other
/// answer means this report will not be accepted as it is.
pub fn is_retryable(outcome: &UploadOutcome) -> bool {
    match outcome {
        UploadOutcome::Transport { .. } => true,
        UploadOutcome::Http { status, .. } => {
            matches!(status, 408 | 429) || (500..600).contains(status)
        }
    }
}

/// Full jitter: a uniformly random wait up to `min(cap, base · 2^(attempts−1))`,
/// but never shorter than what the server asked for with `Retry-After` (itself
/// capped, so a hostile header cannot park a report for months).
pub fn backoff_delay(attempts: u32, retry_after_ms: Option<i64>, random: &dyn Random) -> i64 {
    let exponent = attempts.saturating_sub(1).min(30);
    let ceiling = BASE_BACKOFF_MS
        .saturating_mul(1i64 << exponent)
        .min(MAX_BACKOFF_MS);
    let jitter = (random.next_u64() % (ceiling as u64 + 1)) as i64;
    match retry_after_ms {
        Some(asked) => jitter.max(asked.clamp(0, MAX_BACKOFF_MS)),
        None => jitter,
    }
}

/// `Retry-After` as delay-seconds or an IMF-fixdate (RFC 9110 §10.2.3), in
/// milliseconds from `now`. Anything else is ignored.
pub fn parse_retry_after(value: &str, now: i64) -> Option<i64> {
    let value = value.trim();
    if !value.is_empty() && value.len() <= 12 && value.bytes().all(|b| b.is_ascii_digit()) {
        let seconds: i64 = value.parse().ok()?;
        return Some(seconds.saturating_mul(1000));
    }
    parse_imf_fixdate(value).map(|at| at.saturating_sub(now).max(0))
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` → milliseconds since the epoch.
pub fn parse_imf_fixdate(text: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let parts: Vec<&str> = text.split(' ').collect();
    let [weekday, day, month, year, time, zone] = parts.as_slice() else {
        return None;
    };
    let weekday = weekday.strip_suffix(',')?;
    if !DAYS.contains(&weekday) || *zone != "GMT" || day.len() != 2 || year.len() != 4 {
        return None;
    }
    let number = |t: &str| -> Option<i64> {
        if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        t.parse().ok()
    };
    let day = number(day)?;
    let month = MONTHS.iter().position(|m| m == month)? as i64 + 1;
    let year = number(year)?;
    let clock: Vec<&str> = time.split(':').collect();
    let [h, m, s] = clock.as_slice() else {
        return None;
    };
    if h.len() != 2 || m.len() != 2 || s.len() != 2 {
        return None;
    }
    let (h, m, s) = (number(h)?, number(m)?, number(s)?);
    if !(1..=31).contains(&day) || h > 23 || m > 59 || s > 60 {
        return None;
    }
    // Days from the civil date (proleptic Gregorian), after Howard Hinnant's method.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 86_400) + h * 3600 + m * 60 + s) * 1000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::SeededRandom;

    #[test]
    fn retry_after_in_both_forms() {
        let now = parse_imf_fixdate("Sun, 06 Nov 1994 08:49:37 GMT").expect("date");
        assert_eq!(now, 784_111_777_000);
        assert_eq!(parse_retry_after("120", now), Some(120_000));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:51:37 GMT", now),
            Some(120_000)
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(0)
        );
        // `now` is a public argument: an absurd clock must not overflow the subtraction.
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:51:37 GMT", i64::MIN),
            Some(i64::MAX)
        );
        for bad in [
            "",
            "-5",
            "soon",
            "1.5",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "99999999999999",
        ] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad}");
        }
        assert_eq!(parse_imf_fixdate("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
    }

    #[test]
    fn backoff_grows_to_its_cap_with_full_jitter() {
        let random = SeededRandom::new(5);
        for attempts in 1..40 {
            let ceiling = (BASE_BACKOFF_MS << (attempts - 1).min(30)).min(MAX_BACKOFF_MS);
            for _ in 0..20 {
                let delay = backoff_delay(attempts, None, &random);
                assert!((0..=ceiling).contains(&delay), "{attempts}: {delay}");
            }
        }
        let mut seen_low = false;
        for _ in 0..200 {
            seen_low |= backoff_delay(10, None, &random) < MAX_BACKOFF_MS / 2;
        }
        assert!(seen_low, "jitter spreads retries over the whole window");
        assert!(backoff_delay(1, Some(7_200_000), &random) >= 7_200_000);
        assert_eq!(
            backoff_delay(1, Some(i64::MAX), &random),
            MAX_BACKOFF_MS,
            "a hostile Retry-After is capped"
        );
    }

    #[test]
    fn which_answers_are_retried() {
        let http = |status| UploadOutcome::Http {
            status,
            retry_after: None,
        };
        for status in [408, 429, 500, 502, 503, 599] {
            assert!(is_retryable(&http(status)), "{status}");
        }
        for status in [400, 401, 403, 404, 409, 413, 422, 301] {
            assert!(!is_retryable(&http(status)), "{status}");
        }
        assert!(is_retryable(&UploadOutcome::Transport {
            error: TransportError::Reset
        }));
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn retry_after_never_panics_and_is_never_negative(text in ".{0,40}", now in any::<i64>()) {
                if let Some(ms) = parse_retry_after(&text, now.clamp(0, 1 << 45)) {
                    prop_assert!(ms >= 0);
                }
            }

            #[test]
            fn imf_dates_round_trip_through_seconds(secs in 0i64..8_000_000_000) {
                // Format a date by hand and parse it back.
                let days = secs.div_euclid(86_400);
                let (y, m, d) = civil(days);
                let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
                let months = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"];
                let rem = secs.rem_euclid(86_400);
                let text = format!("{weekday}, {d:02} {} {y:04} {:02}:{:02}:{:02} GMT",
                    months[(m - 1) as usize], rem / 3600, rem / 60 % 60, rem % 60);
                prop_assert_eq!(parse_imf_fixdate(&text), Some(secs * 1000));
            }
        }

        fn civil(days: i64) -> (i64, i64, i64) {
            let z = days + 719_468;
            let era = z.div_euclid(146_097);
            let doe = z - era * 146_097;
            let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            let mp = (5 * doy + 2) / 153;
            let d = doy - (153 * mp + 2) / 5 + 1;
            let m = if mp < 10 { mp + 3 } else { mp - 9 };
            let y = yoe + era * 400 + i64::from(m <= 2);
            (y, m, d)
        }
    }
}
