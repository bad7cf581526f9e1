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
/// Uploads in one run of the platform's uploader; then it stops and starts a new
/// run, so a background job never runs past what the OS grants it.
pub const RUN_BUDGET: u32 = 20;
/// A request that takes longer is a timeout.
pub const UPLOAD_TIMEOUT_MS: u32 = 30_000;
/// How much of an answer's body the platform reads: a receipt is about 100 bytes.
pub const MAX_RESPONSE_BYTES: u32 = 16 * 1024;
/// The most a report ages between two looks at the outbox. A report's age is
/// counted from what the core itself saw pass, so that a clock set days ahead (or a
/// phone off for weeks) never expires a report that could still be delivered.
pub const AGE_STEP_MS: i64 = DAY_MS;

/// Where a report is on its way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum OutboxState {
    /// Waiting to be sent (maybe after a pause).
    Queued,
    /// Being sent now.
    Sending,
    /// Received by the intake; only its id and time remain.
    Sent,
    /// Refused for good; the person may try again or delete it.
    Failed,
    /// Not delivered in time and removed; only a notice remains.
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
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum TransportError {
    /// The connection was refused.
    Refused,
    /// The connection was reset or closed early.
    Reset,
    /// No answer in time.
    Timeout,
    /// The name did not resolve.
    Dns,
    /// The TLS handshake failed.
    Tls,
    /// Anything else.
    Other,
}

impl TransportError {
    pub fn as_str(self) -> &'static str {
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

/// What came back from a request the platform made.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum UploadResponse {
    /// The server answered (a redirect too: it is never followed).
    Http {
        /// The HTTP status code.
        status: u16,
        /// The answer's headers, as received; the core reads the ones it needs
        /// (`Retry-After`).
        headers: Vec<HttpHeader>,
        /// At most the request's `max_response_bytes` of the answer's body: the
        /// receipt is in it.
        body: Vec<u8>,
    },
    /// No HTTP answer at all.
    Transport {
        /// What kind of failure it was.
        error: TransportError,
    },
}

/// A header of a request or an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HttpHeader {
    /// The header's name.
    pub name: String,
    /// Its value.
    pub value: String,
}

/// One HTTP request, described completely: the platform performs exactly this and
/// decides nothing about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct UploadRequest {
    /// The report's id, to hand back to `finish_upload`.
    pub id: String,
    /// Where to send it.
    pub url: String,
    /// The HTTP method (`POST`).
    pub method: String,
    /// Every header to send, and no other (no identifying `User-Agent`).
    pub headers: Vec<HttpHeader>,
    /// The body, byte for byte.
    #[serde(skip)]
    pub body: Vec<u8>,
    /// Give up after this long, connecting included, and report a timeout.
    pub timeout_millis: u32,
    /// Always false: a redirect is handed back as the answer it is, never followed
    /// (a sealed report is never posted to a place the deployment did not name).
    pub follow_redirects: bool,
    /// Read at most this many bytes of the answer's body.
    pub max_response_bytes: u32,
}

/// What the platform's uploader does next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum UploadTask {
    /// Perform `request`, then call `finish_upload(request.id, …)`.
    Upload {
        /// The request to make.
        request: UploadRequest,
    },
    /// Nothing is due yet: end this run and start the next after `millis`.
    Wait {
        /// How long to wait, in milliseconds.
        millis: i64,
    },
    /// Nothing left to send.
    Done,
}

/// What the uploader does after a request: the core decides, from the answer and the
/// run so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum UploadStep {
    /// Ask `next_upload` for the next request.
    Continue,
    /// End this run (the intake or the network is failing, or the run has sent
    /// enough) and start the next one after `millis`.
    Stop {
        /// How long to wait before the next run, in milliseconds.
        millis: i64,
    },
}

/// How the core reads an answer, before it touches the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The intake's receipt for this very report.
    Delivered,
    /// May go away by itself: try again after a backoff (`Retry-After` as a floor).
    Retry {
        status: Option<u16>,
        reason: &'static str,
        retry_after_ms: Option<i64>,
    },
    /// This report will not be accepted as it is.
    Refused { status: u16 },
}

/// The policy of one exchange. A 2xx counts only with a receipt whose `id` is the
/// report's: a proxy or a captive portal that answers 200 to anything must never make
/// the person read "received" for a report nobody has.
pub fn verdict(id: &str, response: &UploadResponse, now: i64) -> Verdict {
    match response {
        UploadResponse::Transport { error } => Verdict::Retry {
            status: None,
            reason: error.as_str(),
            retry_after_ms: None,
        },
        UploadResponse::Http {
            status,
            headers,
            body,
        } => {
            let status = *status;
            if (200..300).contains(&status) {
                return if receipt_names(body, id) {
                    Verdict::Delivered
                } else {
                    Verdict::Retry {
                        status: Some(status),
                        reason: "no-receipt",
                        retry_after_ms: None,
                    }
                };
            }
            if matches!(status, 408 | 429) || (500..600).contains(&status) {
                let retry_after_ms = headers
                    .iter()
                    .find(|h| h.name.eq_ignore_ascii_case("retry-after"))
                    .and_then(|h| parse_retry_after(&h.value, now));
                return Verdict::Retry {
                    status: Some(status),
                    reason: "http",
                    retry_after_ms,
                };
            }
            Verdict::Refused { status }
        }
    }
}

/// Whether `body` is the intake's receipt for report `id` (`docs/intake-protocol.md`).
fn receipt_names(body: &[u8], id: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Receipt {
        id: String,
    }
    let Some(body) = body.get(..body.len().min(MAX_RESPONSE_BYTES as usize)) else {
        return false;
    };
    serde_json::from_slice::<Receipt>(body).is_ok_and(|receipt| receipt.id == id)
}

/// One outbox row as stored (never the envelope).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub created_at: i64,
    pub state: OutboxState,
    pub attempts: u32,
    pub next_attempt_at: i64,
    /// The wait chosen after the last attempt: no clock jump may make a report wait
    /// longer than this.
    pub retry_delay_ms: i64,
    /// How long the core has seen it waiting (see [`AGE_STEP_MS`]).
    pub age_ms: i64,
    pub last_status: Option<u16>,
    pub sent_at: Option<i64>,
}

impl Row {
    /// How long until it is due, whatever the clock did since the last attempt: never
    /// more than the wait the backoff chose (a clock moved back), never less than 0
    /// (a clock moved ahead sends early, which the idempotency key makes harmless).
    pub fn due_in(&self, now: i64) -> i64 {
        self.next_attempt_at
            .saturating_sub(now)
            .clamp(0, self.retry_delay_ms.max(0))
    }
}

const ROW_COLUMNS: &str =
    "id, created_at, state, attempts, next_attempt_at, retry_delay_ms, age_ms,
     last_status, sent_at";

fn read_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row {
        id: row.get(0)?,
        created_at: row.get(1)?,
        state: OutboxState::parse(&row.get::<_, String>(2)?),
        attempts: row.get(3)?,
        next_attempt_at: row.get(4)?,
        retry_delay_ms: row.get(5)?,
        age_ms: row.get(6)?,
        last_status: row.get(7)?,
        sent_at: row.get(8)?,
    })
}

/// Stores a sealed report, due at once. One statement in one immediate transaction:
/// the row, its id (the idempotency key) and its envelope become durable together or
/// not at all.
pub fn insert(
    conn: &mut Connection,
    id: &str,
    now: i64,
    first_delay_ms: i64,
    envelope: &[u8],
) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // The first wait is recorded as the chosen delay too, so a clock moved forward or
    // back can neither skip nor stretch it.
    tx.execute(
        "INSERT INTO outbox (id, created_at, state, attempts, next_attempt_at, retry_delay_ms,
             age_ms, seen_at, envelope)
         VALUES (?1, ?2, 'queued', 0, ?2 + ?3, ?3, 0, ?2, ?4)",
        params![id, now, first_delay_ms, envelope],
    )?;
    tx.commit()?;
    Ok(())
}

pub fn list(conn: &Connection) -> Result<Vec<Row>> {
    let mut statement = conn.prepare(&format!(
        "SELECT {ROW_COLUMNS} FROM outbox ORDER BY created_at DESC, id"
    ))?;
    let rows = statement
        .query_map([], read_row)?
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

/// Deletes a report: one not sent yet (its envelope goes with it; secure_delete
/// overwrites it), a delivered one's receipt, or an expiry notice. Only one being
/// sent right now cannot be recalled.
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    match state_of(conn, id)? {
        OutboxState::Sending => Err(Error::invalid("report", "report-error-cannot-delete")),
        _ => {
            conn.execute("DELETE FROM outbox WHERE id = ?1", [id])?;
            Ok(())
        }
    }
}

/// How long the "delivered" line stays in the outbox: a week of time the core saw
/// pass, enough for the person to see that the report arrived, short enough that
/// someone who opens Lueur later finds nothing (F6).
pub const RECEIPT_KEEP_MS: i64 = 7 * DAY_MS;

/// Removes receipts older than [`RECEIPT_KEEP_MS`] (counted like a report's age, so a
/// clock moved forward removes them no sooner than real time would).
pub fn purge_receipts(conn: &Connection, now: i64) -> Result<usize> {
    conn.execute(
        "UPDATE outbox
         SET age_ms = age_ms + CASE WHEN ?1 >= seen_at THEN min(?1 - seen_at, ?2) ELSE 0 END,
             seen_at = ?1
         WHERE state = 'sent'",
        params![now, AGE_STEP_MS],
    )?;
    Ok(conn.execute(
        "DELETE FROM outbox WHERE state = 'sent' AND age_ms >= ?1",
        params![RECEIPT_KEEP_MS],
    )?)
}

/// The person's "try again" on a report that failed: due at once.
pub fn retry(conn: &mut Connection, id: &str, now: i64) -> Result<()> {
    match state_of(conn, id)? {
        OutboxState::Failed => {
            conn.execute(
                "UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?2,
                     retry_delay_ms = 0
                 WHERE id = ?1 AND state = 'failed'",
                params![id, now],
            )?;
            Ok(())
        }
        _ => Err(Error::invalid("report", "report-error-cannot-retry")),
    }
}

/// Reports left "sending" by a process that died (`all`), or by an uploader that
/// never answered within the lease, are queued again for now. A clock moved back
/// before the last attempt cannot measure the lease: such a report is queued again
/// too (sending it twice is harmless, losing it is not).
pub fn requeue_abandoned(conn: &Connection, now: i64, all: bool) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE outbox SET state = 'queued', next_attempt_at = ?1, retry_delay_ms = 0
         WHERE state = 'sending'
           AND (?2 OR coalesce(last_attempt_at, 0) <= ?1 - ?3 OR last_attempt_at > ?1)",
        params![now, all, SENDING_LEASE_MS],
    )?)
}

/// Counts the time the core sees a report wait, then expires the ones that waited
/// `max_age_ms`: their envelope is deleted, a notice stays for the person. Each look
/// adds at most [`AGE_STEP_MS`], and nothing when the clock went back.
pub fn age_and_expire(conn: &Connection, now: i64, max_age_ms: i64) -> Result<usize> {
    conn.execute(
        "UPDATE outbox
         SET age_ms = age_ms + CASE WHEN ?1 >= seen_at THEN min(?1 - seen_at, ?2) ELSE 0 END,
             seen_at = ?1
         WHERE state IN ('queued', 'sending', 'failed')",
        params![now, AGE_STEP_MS],
    )?;
    Ok(conn.execute(
        "UPDATE outbox SET state = 'expired', envelope = NULL
         WHERE state IN ('queued', 'failed') AND age_ms >= ?1",
        params![max_age_ms],
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
    let queued: Vec<Row> = {
        let mut statement = tx.prepare(&format!(
            "SELECT {ROW_COLUMNS} FROM outbox WHERE state = 'queued' ORDER BY created_at, id"
        ))?;
        statement
            .query_map([], read_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    // Decided on each row's own wait, not on stored times alone: they may have been
    // written under a clock that was wrong. A due time further away than the chosen
    // wait (the clock went back) is moved to now + that wait, so waiting makes progress.
    for row in &queued {
        if row.next_attempt_at.saturating_sub(now) > row.retry_delay_ms.max(0) {
            tx.execute(
                "UPDATE outbox SET next_attempt_at = ?2 WHERE id = ?1",
                params![row.id, now.saturating_add(row.due_in(now))],
            )?;
        }
    }
    // Among the due, the least tried first: during an outage every report gets its
    // turn instead of the oldest one being retried again and again.
    let next = queued
        .iter()
        .min_by_key(|row| (row.due_in(now), row.attempts, row.created_at));
    let claim = match next {
        None => Claim::Done,
        Some(row) if row.due_in(now) > 0 => Claim::Wait {
            millis: row.due_in(now),
        },
        Some(row) => {
            tx.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_attempt_at = ?2
                 WHERE id = ?1",
                params![row.id, now],
            )?;
            let envelope: Vec<u8> = tx.query_row(
                "SELECT envelope FROM outbox WHERE id = ?1",
                [&row.id],
                |r| r.get(0),
            )?;
            Claim::Upload {
                id: row.id.clone(),
                envelope,
            }
        }
    };
    tx.commit()?;
    Ok(claim)
}

/// What `finish` did to the report, for the run to decide whether to go on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finished {
    Delivered,
    /// Queued again after this wait.
    Retrying {
        delay_ms: i64,
    },
    Refused,
    Expired,
    /// Deleted meanwhile, or already settled.
    Nothing,
}

/// Applies an answer's verdict to report `id`. A delivered report keeps only a
/// receipt under `receipt_id`, a fresh id: the one the intake knows (the idempotency
/// key) is gone from the phone, so nobody who reads the phone can ask the intake
/// whether that report arrived (F21).
pub fn finish(
    conn: &mut Connection,
    id: &str,
    verdict: &Verdict,
    now: i64,
    max_age_ms: i64,
    random: &dyn Random,
    receipt_id: &str,
) -> Result<Finished> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let row: Option<(String, u32, i64)> = tx
        .query_row(
            "SELECT state, attempts, age_ms FROM outbox WHERE id = ?1",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let Some((state, attempts, age_ms)) = row else {
        return Ok(Finished::Nothing);
    };
    let state = OutboxState::parse(&state);
    let delivered = *verdict == Verdict::Delivered;
    // A delivery still settles a report that a restart had queued again, since the
    // intake has it.
    match state {
        OutboxState::Sending => {}
        OutboxState::Queued | OutboxState::Failed if delivered => {}
        _ => return Ok(Finished::Nothing),
    }
    let finished = match verdict {
        Verdict::Delivered => {
            tx.execute(
                "UPDATE outbox SET id = ?3, state = 'sent', envelope = NULL, sent_at = ?2,
                     last_status = NULL, last_transport_error = NULL, age_ms = 0, seen_at = ?2
                 WHERE id = ?1",
                params![id, now, receipt_id],
            )?;
            Finished::Delivered
        }
        Verdict::Retry {
            status,
            reason,
            retry_after_ms,
        } => {
            if age_ms >= max_age_ms {
                tx.execute(
                    "UPDATE outbox SET state = 'expired', envelope = NULL, last_status = ?2,
                         last_transport_error = ?3
                     WHERE id = ?1",
                    params![id, status, reason],
                )?;
                Finished::Expired
            } else {
                let delay = backoff_delay(attempts, *retry_after_ms, random);
                tx.execute(
                    "UPDATE outbox SET state = 'queued', next_attempt_at = ?2, retry_delay_ms = ?3,
                         last_status = ?4, last_transport_error = ?5
                     WHERE id = ?1",
                    params![id, now.saturating_add(delay), delay, status, reason],
                )?;
                Finished::Retrying { delay_ms: delay }
            }
        }
        Verdict::Refused { status } => {
            tx.execute(
                "UPDATE outbox SET state = 'failed', last_status = ?2, last_transport_error = NULL
                 WHERE id = ?1",
                params![id, status],
            )?;
            Finished::Refused
        }
    };
    tx.commit()?;
    Ok(finished)
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

    fn http(status: u16, body: &str) -> UploadResponse {
        UploadResponse::Http {
            status,
            headers: vec![HttpHeader {
                name: "retry-after".into(),
                value: "120".into(),
            }],
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn only_the_receipt_of_this_report_delivers_it() {
        let id = "7c1f0a52-3e7b-4c2e-9f4e-0c8d2a5b9e11";
        let receipt = format!(r#"{{"id":"{id}","received_at":1,"receipt":"00"}}"#);
        assert_eq!(verdict(id, &http(201, &receipt), 0), Verdict::Delivered);
        assert_eq!(verdict(id, &http(200, &receipt), 0), Verdict::Delivered);
        let other = receipt.replace("9e11", "9e12");
        for body in ["", "{}", "<html>ok</html>", other.as_str()] {
            for status in [200, 201, 204] {
                assert!(
                    matches!(
                        verdict(id, &http(status, body), 0),
                        Verdict::Retry {
                            reason: "no-receipt",
                            ..
                        }
                    ),
                    "{status} {body}"
                );
            }
        }
    }

    #[test]
    fn which_answers_are_retried() {
        for status in [408, 429, 500, 502, 503, 599] {
            assert_eq!(
                verdict("x", &http(status, ""), 0),
                Verdict::Retry {
                    status: Some(status),
                    reason: "http",
                    retry_after_ms: Some(120_000)
                },
                "{status}"
            );
        }
        for status in [
            300, 301, 302, 303, 307, 308, 400, 401, 403, 404, 409, 413, 422,
        ] {
            assert_eq!(
                verdict("x", &http(status, ""), 0),
                Verdict::Refused { status },
                "{status}"
            );
        }
        assert!(matches!(
            verdict(
                "x",
                &UploadResponse::Transport {
                    error: TransportError::Reset
                },
                0
            ),
            Verdict::Retry { status: None, .. }
        ));
    }

    #[test]
    fn a_wait_never_exceeds_the_chosen_delay_whatever_the_clock() {
        let row = Row {
            id: "x".into(),
            created_at: 0,
            state: OutboxState::Queued,
            attempts: 1,
            next_attempt_at: 10 * DAY_MS + 30_000,
            retry_delay_ms: 30_000,
            age_ms: 0,
            last_status: None,
            sent_at: None,
        };
        assert_eq!(row.due_in(10 * DAY_MS), 30_000);
        assert_eq!(row.due_in(10 * DAY_MS + 20_000), 10_000);
        // The clock went back a week: still at most the chosen 30 s.
        assert_eq!(row.due_in(3 * DAY_MS), 30_000);
        // Ahead: due now.
        assert_eq!(row.due_in(40 * DAY_MS), 0);
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
