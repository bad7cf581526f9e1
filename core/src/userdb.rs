//! The user database: the only file Lueur writes. It holds settings, the sealed
//! outbox and answers the person chose to keep. Opening it applies migrations in one
//! transaction, refuses a schema newer than this build, and recreates the file only
//! when SQLite says it is corrupt.

use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::path::{Path, PathBuf};

/// File name inside the data directory. Neutral on purpose: someone browsing the
/// phone's storage should not learn what the app is from it.
pub const FILE_NAME: &str = "data.db";

/// Every file Lueur writes under the data directory: the database and what SQLite
/// keeps beside it. The wipe removes them all; a feature that writes another file must
/// add it here, or the canary test fails.
pub const FILES: &[&str] = &[FILE_NAME, "data.db-wal", "data.db-shm", "data.db-journal"];

/// Each entry moves the schema from version `index` to `index + 1`. Append only.
const MIGRATIONS: &[&str] = &[
    // 1: initial schema.
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
     -- One row per report; `id` (a UUID) is also the idempotency key. `envelope` is
     -- the sealed report, present exactly while it may still be sent; after that
     -- only the receipt (id, sent_at) or the notice of expiry remains.
     CREATE TABLE outbox (
         id TEXT PRIMARY KEY,
         created_at INTEGER NOT NULL,
         state TEXT NOT NULL
             CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'expired')),
         attempts INTEGER NOT NULL DEFAULT 0,
         next_attempt_at INTEGER NOT NULL,
         last_attempt_at INTEGER,
         last_status INTEGER,
         last_transport_error TEXT,
         envelope BLOB,
         sent_at INTEGER,
         CHECK ((state IN ('queued', 'sending', 'failed')) = (envelope IS NOT NULL))
     );
     CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
     CREATE TABLE saved_answers (
         perspective TEXT PRIMARY KEY,
         answers TEXT NOT NULL,
         saved_at INTEGER NOT NULL
     ) WITHOUT ROWID;",
    // 2: what a clock jump cannot fool. `retry_delay_ms` is the wait the backoff chose
    // (a report never waits longer, whatever the clock says), `age_ms` the waiting time
    // the core itself saw pass, last counted at `seen_at` (expiry uses it, not the
    // clock's idea of when the report was written).
    "ALTER TABLE outbox ADD COLUMN retry_delay_ms INTEGER NOT NULL DEFAULT 0;
     ALTER TABLE outbox ADD COLUMN age_ms INTEGER NOT NULL DEFAULT 0;
     ALTER TABLE outbox ADD COLUMN seen_at INTEGER;
     UPDATE outbox SET seen_at = created_at;",
];

pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("the data folder {path} cannot be used: {reason}")]
    Unavailable { path: String, reason: String },
    #[error(
        "the user database has schema version {found}, which this app does not know (it knows up to {known}); update the app"
    )]
    NewerSchema { found: i32, known: i32 },
    #[error("user database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

pub struct UserDb {
    conn: Connection,
    path: PathBuf,
}

/// What happened while opening, for the shell to tell the person when it matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenOutcome {
    pub recreated_after_corruption: bool,
}

impl UserDb {
    pub fn open(data_dir: &Path) -> Result<(UserDb, OpenOutcome), StorageError> {
        std::fs::create_dir_all(data_dir).map_err(|e| unavailable(data_dir, &e.to_string()))?;
        let path = data_dir.join(FILE_NAME);
        match Self::open_at(&path) {
            Ok(db) => Ok((
                db,
                OpenOutcome {
                    recreated_after_corruption: false,
                },
            )),
            Err(StorageError::Sqlite(error)) if is_corruption(&error) => {
                remove_files(data_dir).map_err(|e| unavailable(data_dir, &e.to_string()))?;
                let db = Self::open_at(&path)?;
                Ok((
                    db,
                    OpenOutcome {
                        recreated_after_corruption: true,
                    },
                ))
            }
            Err(StorageError::Sqlite(error)) if is_unwritable(&error) => {
                Err(unavailable(data_dir, &error.to_string()))
            }
            Err(other) => Err(other),
        }
    }

    fn open_at(path: &Path) -> Result<UserDb, StorageError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // secure_delete overwrites deleted content; WAL with synchronous=FULL makes a
        // committed outbox row survive a crash or a pulled battery.
        conn.execute_batch(
            "PRAGMA secure_delete = ON;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;",
        )?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        let mut db = UserDb {
            conn,
            path: path.to_path_buf(),
        };
        db.migrate()?;
        Ok(db)
    }

    fn migrate(&mut self) -> Result<(), StorageError> {
        migrate_with(&mut self.conn, MIGRATIONS)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, StorageError> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: Option<&str>) -> Result<(), StorageError> {
        match value {
            Some(value) => self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )?,
            None => self.conn.execute("DELETE FROM settings WHERE key = ?1", [key])?,
        };
        Ok(())
    }

    /// The one way to delete user data: runs `f` in a transaction, commits, then folds
    /// the WAL back and empties it. With `secure_delete` on, what was deleted lingers
    /// neither in the database nor in its log.
    pub fn erase<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> crate::Result<T>,
    ) -> crate::Result<T> {
        let tx = self.conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        self.checkpoint_truncate()?;
        Ok(out)
    }

    fn checkpoint_truncate(&self) -> Result<(), StorageError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Erases everything and removes the files: every table blanked and the file
    /// vacuumed first, so that even blocks the file system keeps after the unlink hold
    /// no readable data; then the connection closes and [`FILES`] go.
    pub fn destroy(mut self) -> crate::Result<()> {
        let blanked = self.blank_all_tables();
        let path = self.path.clone();
        let _ = self.checkpoint_truncate();
        self.conn
            .close()
            .map_err(|(_, e)| StorageError::Sqlite(e))?;
        let data_dir = path.parent().unwrap_or(Path::new("."));
        remove_files(data_dir).map_err(|e| unavailable(data_dir, &e.to_string()))?;
        blanked
    }

    fn blank_all_tables(&mut self) -> crate::Result<()> {
        let tables: Vec<String> = {
            let mut statement = self.conn.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )?;
            statement
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        self.erase(|tx| {
            for table in &tables {
                tx.execute(
                    &format!("DELETE FROM \"{}\"", table.replace('"', "\"\"")),
                    [],
                )?;
            }
            Ok(())
        })?;
        self.conn.execute_batch("VACUUM")?;
        self.checkpoint_truncate()?;
        Ok(())
    }
}

/// Removes every file in [`FILES`] from `data_dir` (those that exist).
pub fn remove_files(data_dir: &Path) -> std::io::Result<()> {
    for name in FILES {
        match std::fs::remove_file(data_dir.join(name)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Applies `migrations` past the database's `user_version`, all in one transaction.
fn migrate_with(conn: &mut Connection, migrations: &[&str]) -> Result<(), StorageError> {
    let known = migrations.len() as i32;
    let found: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    // A negative version was never written by Lueur (another program, or a damaged
    // header that still opens): refuse it like a newer schema rather than slice with it,
    // and leave the file alone.
    let pending = usize::try_from(found)
        .ok()
        .and_then(|done| migrations.get(done..))
        .ok_or(StorageError::NewerSchema { found, known })?;
    if pending.is_empty() {
        return Ok(());
    }
    let tx = conn.transaction()?;
    for migration in pending {
        tx.execute_batch(migration)?;
    }
    tx.pragma_update(None, "user_version", known)?;
    tx.commit()?;
    Ok(())
}

fn is_corruption(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

fn is_unwritable(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(
            ErrorCode::CannotOpen
                | ErrorCode::ReadOnly
                | ErrorCode::PermissionDenied
                | ErrorCode::SystemIoFailure
        )
    )
}

fn unavailable(path: &Path, reason: &str) -> StorageError {
    StorageError::Unavailable {
        path: path.display().to_string(),
        reason: reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_migrates_and_reopens() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (db, outcome) = UserDb::open(dir.path()).expect("open");
        assert!(!outcome.recreated_after_corruption);
        db.set_setting("k", Some("v")).expect("write");
        let version: i32 = db
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(version, SCHEMA_VERSION);
        let mode: String = db
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .expect("mode");
        assert_eq!(mode, "wal");
        drop(db);
        let (db, _) = UserDb::open(dir.path()).expect("reopen");
        assert_eq!(db.setting("k").expect("read").as_deref(), Some("v"));
    }

    #[test]
    fn refuses_a_negative_schema_version_without_touching_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (db, _) = UserDb::open(dir.path()).expect("open");
        db.set_setting("k", Some("v")).expect("write");
        db.conn()
            .pragma_update(None, "user_version", -1)
            .expect("set");
        drop(db);
        let error = UserDb::open(dir.path()).err();
        assert!(
            matches!(error, Some(StorageError::NewerSchema { found: -1, known }) if known == SCHEMA_VERSION)
        );
        let conn = Connection::open(dir.path().join(FILE_NAME)).expect("raw");
        let kept: String = conn
            .query_row("SELECT value FROM settings WHERE key = 'k'", [], |r| {
                r.get(0)
            })
            .expect("row still there");
        assert_eq!(kept, "v");
    }

    #[test]
    fn refuses_a_newer_schema() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (db, _) = UserDb::open(dir.path()).expect("open");
        db.conn()
            .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .expect("bump");
        drop(db);
        let error = UserDb::open(dir.path()).err();
        assert!(
            matches!(error, Some(StorageError::NewerSchema { found, known }) if found == SCHEMA_VERSION + 1 && known == SCHEMA_VERSION)
        );
    }

    #[test]
    fn recreates_a_corrupt_file_and_says_so() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE_NAME), vec![0x5a; 8192]).expect("garbage");
        let (db, outcome) = UserDb::open(dir.path()).expect("open");
        assert!(outcome.recreated_after_corruption);
        assert_eq!(db.setting("anything").expect("read"), None);
    }

    #[test]
    fn a_failing_migration_leaves_the_database_untouched() {
        let mut conn = Connection::open_in_memory().expect("db");
        let migrations = [
            "CREATE TABLE a (x);",
            "CREATE TABLE b (y); THIS IS NOT SQL;",
        ];
        assert!(migrate_with(&mut conn, &migrations).is_err());
        let version: i32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(version, 0);
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(tables, 0);
        migrate_with(&mut conn, &migrations[..1]).expect("first migration alone");
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_folder_is_a_typed_error() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).expect("mkdir");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).expect("chmod");
        let result = UserDb::open(&locked);
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o700))
            .expect("chmod back");
        // root ignores permission bits; the test then only proves no panic.
        if let Err(error) = result {
            assert!(
                matches!(error, StorageError::Unavailable { .. }),
                "{error:?}"
            );
        }
    }

    #[test]
    fn destroy_removes_every_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (db, _) = UserDb::open(dir.path()).expect("open");
        db.set_setting("k", Some("v")).expect("write");
        db.destroy().expect("destroy");
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
        assert!(left.is_empty(), "{left:?}");
    }
}
