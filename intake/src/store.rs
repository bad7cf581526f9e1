//! The intake's database: one row per idempotency key, holding the opaque envelope
//! and the receipt given for it. A repeat of the same key gets the same receipt.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use std::path::Path;

pub struct Store {
    conn: Connection,
}

/// What the intake answers for a stored envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Receipt {
    pub id: String,
    pub received_at: i64,
    pub receipt: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PutOutcome {
    /// First time this key was seen: stored.
    Stored(Receipt),
    /// The same key and the same envelope again: nothing stored, same receipt.
    Repeat(Receipt),
    /// The same key with a different envelope: refused, the first one stays.
    Conflict,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEnvelope {
    pub receipt: Receipt,
    pub envelope: Vec<u8>,
}

impl Store {
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        let conn = Connection::open(path)?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))?;
        conn.execute_batch(
            "PRAGMA synchronous = FULL;
             PRAGMA busy_timeout = 5000;
             CREATE TABLE IF NOT EXISTS reports (
                 idempotency_key TEXT PRIMARY KEY,
                 received_at INTEGER NOT NULL,
                 receipt TEXT NOT NULL,
                 envelope BLOB NOT NULL
             );",
        )?;
        Ok(Store { conn })
    }

    /// Stores `envelope` under `key` unless the key is known; one transaction.
    pub fn put(
        &mut self,
        key: &str,
        envelope: &[u8],
        now: i64,
        new_receipt: impl FnOnce() -> String,
    ) -> rusqlite::Result<PutOutcome> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let existing: Option<(i64, String, Vec<u8>)> = tx
            .query_row(
                "SELECT received_at, receipt, envelope FROM reports WHERE idempotency_key = ?1",
                [key],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        let outcome = match existing {
            Some((received_at, receipt, stored)) => {
                if stored == envelope {
                    PutOutcome::Repeat(Receipt {
                        id: key.to_string(),
                        received_at,
                        receipt,
                    })
                } else {
                    PutOutcome::Conflict
                }
            }
            None => {
                let receipt = new_receipt();
                tx.execute(
                    "INSERT INTO reports (idempotency_key, received_at, receipt, envelope)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![key, now, receipt, envelope],
                )?;
                PutOutcome::Stored(Receipt {
                    id: key.to_string(),
                    received_at: now,
                    receipt,
                })
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    pub fn all(&self) -> rusqlite::Result<Vec<StoredEnvelope>> {
        let mut statement = self.conn.prepare(
            "SELECT idempotency_key, received_at, receipt, envelope FROM reports
             ORDER BY received_at, idempotency_key",
        )?;
        statement
            .query_map([], |row| {
                Ok(StoredEnvelope {
                    receipt: Receipt {
                        id: row.get(0)?,
                        received_at: row.get(1)?,
                        receipt: row.get(2)?,
                    },
                    envelope: row.get(3)?,
                })
            })?
            .collect()
    }

    pub fn count(&self) -> rusqlite::Result<i64> {
        self.conn
            .query_row("SELECT count(*) FROM reports", [], |row| row.get(0))
    }
}
