//! The user database: the only data Lueur writes. It holds settings, the discreet
//! codes, the sealed outbox and answers the person chose to keep. It lives in memory
//! while the app runs and reaches the disk only as one sealed image
//! ([`sealed_file`]): nothing in the data folder can be read without this device's
//! secret, and no journal keeps an earlier version. Opening applies migrations,
//! refuses a schema newer than this build, and starts afresh only when the file
//! cannot be opened at all. A duress session works on a copy that never leaves memory
//! ([`UserDb::in_memory`]).

mod sealed_file;

use rusqlite::{Connection, ErrorCode, MAIN_DB};
use sealed_file::{FileKey, Stamp};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

pub use sealed_file::derive_key;
/// The one way Lueur replaces a file (the sealed image, a content pack).
pub(crate) use sealed_file::replace as replace_file;

use crate::env::Random;

/// The sealed image. Neutral on purpose: someone browsing the phone's storage should
/// not learn what the app is from it.
pub const FILE_NAME: &str = "data";
/// Where the next image is written before it replaces [`FILE_NAME`].
const STAGING_NAME: &str = "data.new";

/// Every file Lueur writes under the data directory, and what builds before the
/// sealed image wrote (a plain SQLite database with its WAL; Lueur never shipped
/// with it, so there is nothing to carry over, only files to remove). The wipe and
/// every open remove what should not be there; a feature that writes another file must
/// add it here, or the canary test fails.
pub const FILES: &[&str] = &[
    FILE_NAME,
    STAGING_NAME,
    "data.db",
    "data.db-wal",
    "data.db-shm",
    "data.db-journal",
    crate::content_updates::PACK_FILE,
    crate::content_updates::PACK_STAGING_FILE,
];
const LEGACY_FILES: &[&str] = &["data.db", "data.db-wal", "data.db-shm", "data.db-journal"];

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

/// What happened while opening, for the shell to tell the person when it matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenOutcome {
    pub recreated_after_corruption: bool,
}

pub struct UserDb {
    conn: Connection,
    /// `None` for a copy that lives in memory only.
    disk: Option<Disk>,
}

/// Where an image on disk comes from and goes to.
struct Disk {
    folder: PathBuf,
    key: FileKey,
    random: std::sync::Arc<dyn Random>,
    /// The image this copy was read from or last wrote; `None`: there is no file yet.
    stamp: Option<Stamp>,
    /// `total_changes` when the memory copy last equalled the file.
    saved_changes: u64,
    /// A change `total_changes` does not count (a migration) waits to be written.
    unsaved: bool,
}

impl UserDb {
    /// Opens the database of `data_dir`, sealed under a key derived from
    /// `device_secret`. A file that does not open with that key (damaged, from another
    /// phone, or from before a renewed secret) is replaced by an empty database, and the
    /// outcome says so. No file is written until something is stored.
    pub fn open(
        data_dir: &Path,
        device_secret: &[u8],
        random: std::sync::Arc<dyn Random>,
    ) -> Result<(UserDb, OpenOutcome), StorageError> {
        if !data_dir.is_dir() {
            std::fs::create_dir_all(data_dir).map_err(|e| unavailable(data_dir, &e.to_string()))?;
        }
        // Also when a shell made the folder first (the CLI writes its key there).
        restrict_folder(data_dir);
        let mut db = UserDb {
            conn: fresh_connection()?,
            disk: Some(Disk {
                folder: data_dir.to_path_buf(),
                key: FileKey::derive(device_secret),
                random,
                stamp: None,
                saved_changes: 0,
                unsaved: false,
            }),
        };
        let _lock = db.lock()?;
        let recreated = db.load()?;
        if db.disk.as_ref().is_some_and(|d| d.stamp.is_none()) {
            // No sealed file yet: the only time plain files of an earlier build can be
            // there (they are never written again), so the only time to look.
            remove_named(data_dir, LEGACY_FILES)
                .map_err(|e| unavailable(data_dir, &e.to_string()))?;
        }
        Ok((
            db,
            OpenOutcome {
                recreated_after_corruption: recreated,
            },
        ))
    }

    /// An empty database that never touches the disk: what a duress session shows
    /// and changes.
    pub fn in_memory() -> Result<UserDb, StorageError> {
        let mut conn = fresh_connection()?;
        migrate_with(&mut conn, MIGRATIONS)?;
        Ok(UserDb { conn, disk: None })
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Whether this copy is written to disk (false for a duress session's copy).
    pub fn is_stored(&self) -> bool {
        self.disk.is_some()
    }

    /// Runs `f` on the current data and writes the result: under the folder lock,
    /// after taking in what another process wrote since, and writing the image when
    /// `f` changed anything. If writing fails, the memory copy goes back to what the
    /// file holds, so memory never claims what the disk does not.
    pub fn transact<T>(
        &mut self,
        f: impl FnOnce(&mut UserDb) -> crate::Result<T>,
    ) -> crate::Result<T> {
        if self.disk.is_none() {
            return f(self);
        }
        let _lock = self.lock()?;
        self.refresh()?;
        let out = f(self);
        if let Err(error) = self.save() {
            let _ = self.load();
            return Err(error.into());
        }
        out
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

    /// The one way to delete user data: runs `f` in a transaction. With
    /// `secure_delete` on, the deleted rows are overwritten in the image, so the next
    /// sealed write holds no trace of them.
    pub fn erase<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> crate::Result<T>,
    ) -> crate::Result<T> {
        let tx = self.conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Forgets everything and removes the files. What stays on the flash after the
    /// unlink is ciphertext under a key the wipe then renews.
    pub fn destroy(self) -> crate::Result<()> {
        let UserDb { conn, disk } = self;
        conn.close().map_err(|(_, e)| StorageError::Sqlite(e))?;
        if let Some(disk) = disk {
            let _lock = sealed_file::lock_folder(&disk.folder)
                .map_err(|e| unavailable(&disk.folder, &e.to_string()))?;
            remove_files(&disk.folder).map_err(|e| unavailable(&disk.folder, &e.to_string()))?;
        }
        Ok(())
    }

    fn lock(&self) -> Result<Option<sealed_file::FolderLock>, StorageError> {
        match &self.disk {
            Some(disk) => sealed_file::lock_folder(&disk.folder)
                .map(Some)
                .map_err(|e| unavailable(&disk.folder, &e.to_string())),
            None => Ok(None),
        }
    }

    /// Takes in the file if another process wrote or removed it since this copy last
    /// saw it.
    fn refresh(&mut self) -> Result<(), StorageError> {
        let Some(disk) = &self.disk else {
            return Ok(());
        };
        let now = sealed_file::stamp(&disk.folder.join(FILE_NAME))
            .map_err(|e| unavailable(&disk.folder, &e.to_string()))?;
        if now != disk.stamp {
            self.load()?;
        }
        Ok(())
    }

    /// Replaces the memory copy with the file's image (or an empty database when there
    /// is no file, or when the file cannot be opened, which it then removes). Returns
    /// whether it had to start afresh over an unreadable file.
    fn load(&mut self) -> Result<bool, StorageError> {
        let Some(disk) = &self.disk else {
            return Ok(false);
        };
        let path = disk.folder.join(FILE_NAME);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => Some(Zeroizing::new(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(unavailable(&disk.folder, &e.to_string())),
        };
        let mut conn = fresh_connection()?;
        let mut stamp = None;
        let mut recreated = false;
        if let Some(bytes) = bytes {
            match sealed_file::open(&disk.key, &bytes) {
                Some((image, opened)) if deserialize(&mut conn, &image).is_ok() => {
                    stamp = Some(opened);
                }
                _ => {
                    recreated = true;
                    conn = fresh_connection()?;
                }
            }
        }
        let version_before: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        match migrate_with(&mut conn, MIGRATIONS) {
            Ok(()) => {}
            Err(StorageError::Sqlite(error)) if is_corruption(&error) && stamp.is_some() => {
                recreated = true;
                stamp = None;
                conn = fresh_connection()?;
                migrate_with(&mut conn, MIGRATIONS)?;
            }
            Err(other) => return Err(other),
        }
        let migrated = version_before != SCHEMA_VERSION && stamp.is_some();
        let disk = self.disk.as_mut().expect("checked above");
        if recreated {
            remove_files(&disk.folder).map_err(|e| unavailable(&disk.folder, &e.to_string()))?;
        }
        disk.stamp = stamp;
        disk.saved_changes = conn.total_changes();
        disk.unsaved = migrated;
        self.conn = conn;
        Ok(recreated)
    }

    /// Writes the image if the memory copy changed since it last equalled the file.
    fn save(&mut self) -> Result<(), StorageError> {
        let changes = self.conn.total_changes();
        let Some(disk) = &self.disk else {
            return Ok(());
        };
        if changes == disk.saved_changes && !disk.unsaved {
            return Ok(());
        }
        let image = Zeroizing::new(self.conn.serialize(MAIN_DB)?.to_vec());
        let (sealed, stamp) = sealed_file::seal(&disk.key, &image, disk.random.as_ref());
        sealed_file::replace(
            &disk.folder.join(FILE_NAME),
            &disk.folder.join(STAGING_NAME),
            &sealed,
        )
        .map_err(|e| unavailable(&disk.folder, &e.to_string()))?;
        let disk = self.disk.as_mut().expect("checked above");
        disk.stamp = Some(stamp);
        disk.saved_changes = changes;
        disk.unsaved = false;
        Ok(())
    }
}

/// An empty in-memory database with the settings every copy runs with: deleted
/// content overwritten (so the image written next holds none of it), and free pages
/// given back so the image stays small.
fn fresh_connection() -> Result<Connection, StorageError> {
    let conn = Connection::open_in_memory()?;
    conn.execute_batch(
        "PRAGMA auto_vacuum = FULL;
         PRAGMA secure_delete = ON;
         PRAGMA foreign_keys = ON;",
    )?;
    Ok(conn)
}

fn deserialize(conn: &mut Connection, image: &[u8]) -> Result<(), StorageError> {
    conn.deserialize_read_exact(MAIN_DB, image, image.len(), false)?;
    conn.execute_batch("PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON;")?;
    // A damaged image fails here rather than at the first feature's query.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })?;
    Ok(())
}

/// Removes every file in [`FILES`] from `data_dir` (those that exist).
pub fn remove_files(data_dir: &Path) -> std::io::Result<()> {
    remove_named(data_dir, FILES)
}

fn remove_named(data_dir: &Path, names: &[&str]) -> std::io::Result<()> {
    for name in names {
        match std::fs::remove_file(data_dir.join(name)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Other users of a shared machine (the CLI) must not list or read the folder.
fn restrict_folder(data_dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(data_dir, std::fs::Permissions::from_mode(0o700));
    }
    #[cfg(not(unix))]
    let _ = data_dir;
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

fn unavailable(path: &Path, reason: &str) -> StorageError {
    StorageError::Unavailable {
        path: path.display().to_string(),
        reason: reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::SeededRandom;
    use std::sync::Arc;

    const SECRET: [u8; 32] = [0x42; 32];

    fn open(dir: &Path) -> (UserDb, OpenOutcome) {
        UserDb::open(dir, &SECRET, Arc::new(SeededRandom::new(5))).expect("open")
    }

    fn write(db: &mut UserDb, key: &str, value: &str) {
        db.transact(|db| Ok(db.set_setting(key, Some(value))?))
            .expect("write");
    }

    fn read(db: &mut UserDb, key: &str) -> Option<String> {
        db.transact(|db| Ok(db.setting(key)?)).expect("read")
    }

    fn files(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_one_sealed_file_and_reads_it_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut db, outcome) = open(dir.path());
        assert!(!outcome.recreated_after_corruption);
        write(&mut db, "k", "MARKER-value");
        assert_eq!(files(dir.path()), vec![FILE_NAME.to_string()]);
        let bytes = std::fs::read(dir.path().join(FILE_NAME)).expect("file");
        assert!(!bytes.windows(12).any(|w| w == b"MARKER-value"));
        assert!(!bytes.windows(15).any(|w| w == b"SQLite format 3"));
        drop(db);
        let (mut db, _) = open(dir.path());
        assert_eq!(read(&mut db, "k").as_deref(), Some("MARKER-value"));
        let version: i32 = db
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(version, SCHEMA_VERSION);
    }

    #[test]
    fn reading_writes_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut db, _) = open(dir.path());
        assert_eq!(read(&mut db, "k"), None);
        assert!(
            files(dir.path()).is_empty(),
            "no file before the first write"
        );
    }

    #[test]
    fn another_secret_cannot_read_it_and_starts_afresh() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut db, _) = open(dir.path());
        write(&mut db, "k", "v");
        drop(db);
        let (mut other, outcome) =
            UserDb::open(dir.path(), &[0x43; 32], Arc::new(SeededRandom::new(6))).expect("open");
        assert!(outcome.recreated_after_corruption);
        assert_eq!(read(&mut other, "k"), None);
    }

    #[test]
    fn a_second_process_sees_what_the_first_wrote() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut first, _) = open(dir.path());
        // Its own generator, as a second process has (the same seed would repeat nonces).
        let (mut second, _) =
            UserDb::open(dir.path(), &SECRET, Arc::new(SeededRandom::new(6))).expect("open");
        write(&mut first, "k", "1");
        assert_eq!(read(&mut second, "k").as_deref(), Some("1"));
        write(&mut second, "k", "2");
        assert_eq!(read(&mut first, "k").as_deref(), Some("2"));
    }

    #[test]
    fn a_failed_write_leaves_memory_equal_to_the_disk() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut db, _) = open(dir.path());
        write(&mut db, "k", "kept");
        // The staging name taken by a folder: the write cannot happen.
        std::fs::create_dir(dir.path().join(STAGING_NAME)).expect("block");
        let failed = db.transact(|db| Ok(db.set_setting("k", Some("lost"))?));
        assert!(matches!(
            failed,
            Err(crate::Error::Storage(StorageError::Unavailable { .. }))
        ));
        std::fs::remove_dir(dir.path().join(STAGING_NAME)).expect("unblock");
        assert_eq!(read(&mut db, "k").as_deref(), Some("kept"));
    }

    #[test]
    fn a_damaged_file_is_replaced_and_said() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE_NAME), vec![0x5a; 8192]).expect("garbage");
        let (mut db, outcome) = open(dir.path());
        assert!(outcome.recreated_after_corruption);
        assert_eq!(read(&mut db, "anything"), None);
        assert!(files(dir.path()).is_empty());
    }

    #[test]
    fn refuses_a_newer_schema_and_leaves_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut db, _) = open(dir.path());
        db.transact(|db| {
            db.conn()
                .pragma_update(None, "user_version", SCHEMA_VERSION + 1)?;
            Ok(db.set_setting("k", Some("v"))?)
        })
        .expect("bump");
        let before = std::fs::read(dir.path().join(FILE_NAME)).expect("file");
        drop(db);
        let error = UserDb::open(dir.path(), &SECRET, Arc::new(SeededRandom::new(5))).err();
        assert!(
            matches!(error, Some(StorageError::NewerSchema { found, known }) if found == SCHEMA_VERSION + 1 && known == SCHEMA_VERSION)
        );
        assert_eq!(
            std::fs::read(dir.path().join(FILE_NAME)).expect("file"),
            before
        );
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
        migrate_with(&mut conn, &migrations[..1]).expect("first migration alone");
    }

    #[test]
    fn files_of_earlier_builds_are_removed_at_open() {
        let dir = tempfile::tempdir().expect("tempdir");
        for name in LEGACY_FILES {
            std::fs::write(dir.path().join(name), b"plain").expect("legacy");
        }
        let _ = open(dir.path());
        assert!(files(dir.path()).is_empty());
    }

    #[test]
    fn a_memory_copy_never_writes() {
        let mut db = UserDb::in_memory().expect("memory");
        db.transact(|db| Ok(db.set_setting("k", Some("v"))?))
            .expect("write");
        assert!(!db.is_stored());
        assert_eq!(db.setting("k").expect("read").as_deref(), Some("v"));
    }

    #[cfg(unix)]
    #[test]
    fn the_folder_and_file_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = dir.path().join("d");
        let (mut db, _) = open(&folder);
        write(&mut db, "k", "v");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&folder.join(FILE_NAME)), 0o600);
    }

    #[test]
    fn destroy_removes_every_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut db, _) = open(dir.path());
        write(&mut db, "k", "v");
        db.destroy().expect("destroy");
        assert!(files(dir.path()).is_empty());
    }
}
