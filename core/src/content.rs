//! The bundled content database: embedded in the binary at build time, opened
//! read-only in memory, and read through typed accessors by locale.

use lueur_contract::{
    Block, FALLBACK_LOCALE, SCHEMA_VERSION, fold_ligatures, folded_variants, search_table,
    unpack_text,
};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::sync::Mutex;

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.sqlite"));

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("the bundled content is not a readable database: {0}")]
    Corrupt(String),
    #[error("the bundled content has schema version {found}, this build reads version {expected}")]
    UnknownSchema { found: i32, expected: i32 },
    #[error("content query failed: {0}")]
    Query(#[from] rusqlite::Error),
    #[error("content row is malformed: {0}")]
    Malformed(#[from] serde_json::Error),
}

/// Facts about the bundled content, for the settings and about screens.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContentInfo {
    /// A short identifier of the content edition (the start of its hash).
    pub version: String,
    /// The full SHA-256 of the bundled content, in hexadecimal.
    pub hash: String,
    /// The date the content was last reviewed (YYYY-MM-DD).
    pub date: String,
    /// Every bundled language, as BCP 47 tags (for example `fr`).
    pub locales: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub id: String,
    pub locale: String,
    pub title: String,
    pub summary: String,
    pub tags: Vec<String>,
    pub reviewed: String,
    pub review_pending: bool,
    pub sources: Vec<Source>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// E.164 (`+3242324030`) or the digits of a short code (`101`).
    pub number: String,
    /// As written in Belgium (`04 232 40 30`).
    pub display: String,
    pub short_code: bool,
    pub sms: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub region: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub description: String,
    pub for_minors: bool,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub websites: Vec<String>,
    pub address: Option<Address>,
    pub languages: Vec<String>,
    pub regions: Vec<String>,
}

/// Which way a language is written: the shells lay each screen out this way
/// (Compose `LayoutDirection`, SwiftUI `layoutDirection`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Dari, Pashto, Urdu).
    Rtl,
}

/// What the content says of one bundled language (`packs.toml`, and CLDR's names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    pub code: String,
    /// Every text and article (fr, nl, de, en), or the essentials only.
    pub full: bool,
    /// `original`, `done` or `pending` (no native speaker has read it yet).
    pub review: String,
    pub direction: Direction,
    /// ISO 15924 (`Latn`, `Arab`, `Ethi` ...), for the shells' fonts.
    pub script: String,
    /// The language's name in itself, from CLDR.
    pub endonym: String,
    /// Its name in fr, nl, de and en, from CLDR.
    pub names: std::collections::BTreeMap<String, String>,
    /// Other tags it answers (`fa-*`).
    pub aliases: Vec<String>,
}

impl Pack {
    pub fn review_pending(&self) -> bool {
        self.review == "pending"
    }
}

/// Read-only access to the bundled content. The connection is behind a mutex so the
/// store can be shared across threads; every query is short.
pub struct ContentStore {
    db: Mutex<Connection>,
    info: ContentInfo,
}

impl ContentStore {
    /// Opens the content embedded in this build.
    pub fn open_embedded() -> Result<Self, ContentError> {
        Self::open_static(EMBEDDED)
    }

    /// Opens content that lives as long as the program, read in place as the
    /// embedded copy is (benchmarks compare builds of the content this way).
    pub fn open_static(bytes: &'static [u8]) -> Result<Self, ContentError> {
        let mut db = open_memory()?;
        db.deserialize_bytes("main", bytes)
            .map_err(|e| ContentError::Corrupt(e.to_string()))?;
        Self::from_connection(db)
    }

    /// Opens content from bytes (tests and tools; the app uses the embedded copy).
    pub fn open_bytes(bytes: &[u8]) -> Result<Self, ContentError> {
        let mut db = open_memory()?;
        db.deserialize_read_exact("main", bytes, bytes.len(), true)
            .map_err(|e| ContentError::Corrupt(e.to_string()))?;
        Self::from_connection(db)
    }

    /// The raw bytes embedded in this build.
    pub fn embedded_bytes() -> &'static [u8] {
        EMBEDDED
    }

    fn from_connection(db: Connection) -> Result<Self, ContentError> {
        let version: i32 = db
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(|e| ContentError::Corrupt(e.to_string()))?;
        if version != SCHEMA_VERSION {
            return Err(ContentError::UnknownSchema {
                found: version,
                expected: SCHEMA_VERSION,
            });
        }
        // Prepared once for the four keys: this runs on every app start.
        let meta = |key: &str| -> Result<String, ContentError> {
            db.prepare_cached("SELECT value FROM meta WHERE key = ?1")
                .and_then(|mut statement| statement.query_row([key], |row| row.get(0)))
                .map_err(|e| ContentError::Corrupt(format!("meta `{key}`: {e}")))
        };
        let info = ContentInfo {
            version: meta("content_version")?,
            hash: meta("content_hash")?,
            date: meta("content_date")?,
            locales: meta("locales")?
                .split(',')
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
        };
        Ok(ContentStore {
            db: Mutex::new(db),
            info,
        })
    }

    pub fn info(&self) -> &ContentInfo {
        &self.info
    }

    /// Runs `f` with the connection. A poisoned lock only means another thread
    /// panicked mid-read; the read-only connection is still sound.
    pub fn with_db<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, ContentError>,
    ) -> Result<T, ContentError> {
        let db = self
            .db
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&db)
    }

    /// The Fluent resources of a locale, as (file name, source) pairs.
    pub fn fluent_resources(&self, locale: &str) -> Result<Vec<(String, String)>, ContentError> {
        self.packed_fluent_resources(locale)?
            .into_iter()
            .map(|(name, packed)| Ok((name, unpack(&packed)?)))
            .collect()
    }

    /// The Fluent resources of a locale still deflated: the localiser inflates each
    /// file only when a message needs it.
    pub fn packed_fluent_resources(
        &self,
        locale: &str,
    ) -> Result<Vec<(String, Vec<u8>)>, ContentError> {
        self.with_db(|db| {
            let mut stmt = db.prepare_cached(
                "SELECT name, source FROM fluent_resources WHERE locale = ?1 ORDER BY name",
            )?;
            let rows = stmt.query_map([locale], |row| Ok((row.get(0)?, row.get(1)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Every bundled language as `packs.toml` describes it, in the database's order.
    pub fn packs(&self) -> Result<Vec<Pack>, ContentError> {
        self.packs_where("1", &[])
    }

    /// One language's pack, if bundled.
    pub fn pack(&self, code: &str) -> Option<Pack> {
        self.packs_where("code = ?1", &[code]).ok()?.pop()
    }

    /// The packs that answer other tags too (`prs` for `fa-AF`): the few rows
    /// negotiation needs at every start, not every language's.
    pub fn packs_with_aliases(&self) -> Result<Vec<Pack>, ContentError> {
        self.packs_where("aliases <> '[]'", &[])
    }

    /// The tags of the languages written right to left.
    pub fn rtl_locales(&self) -> Result<Vec<String>, ContentError> {
        self.with_db(|db| {
            let mut stmt =
                db.prepare_cached("SELECT code FROM packs WHERE direction = 'rtl' ORDER BY code")?;
            let rows = stmt.query_map([], |row| row.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    fn packs_where(&self, condition: &str, args: &[&str]) -> Result<Vec<Pack>, ContentError> {
        self.with_db(|db| {
            let mut stmt = db.prepare_cached(&format!(
                "SELECT code, full, review, direction, script, endonym, names, aliases FROM packs
                 WHERE {condition} ORDER BY code"
            ))?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args), |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, bool>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, String>(6)?,
                    row.get::<_, String>(7)?,
                ))
            })?;
            let mut packs = Vec::new();
            for row in rows {
                let (code, full, review, direction, script, endonym, names, aliases) = row?;
                packs.push(Pack {
                    code,
                    full,
                    review,
                    direction: if direction == "rtl" {
                        Direction::Rtl
                    } else {
                        Direction::Ltr
                    },
                    script,
                    endonym,
                    names: serde_json::from_str(&names)?,
                    aliases: serde_json::from_str(&aliases)?,
                });
            }
            Ok(packs)
        })
    }

    /// Makes sure `locale` has a search table: its articles and contacts are indexed
    /// here, at the locale's first search in this run, in SQLite's temporary schema
    /// (the bundled image stays as it is). Stored, the four full locales' FTS tables
    /// cost 262 KB of the library, more than ten languages' texts; building one
    /// costs a few milliseconds once (docs/performance.md). Articles a pack lacks
    /// are indexed in English, as the list shows them.
    pub fn ensure_search_index(&self, locale: &str) -> Result<(), ContentError> {
        let table = search_table(locale);
        self.with_db(|db| {
            let exists: bool = db.query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = ?1)
                     OR EXISTS (SELECT 1 FROM sqlite_temp_schema WHERE name = ?1)",
                [&table],
                |row| row.get(0),
            )?;
            if exists || !self.info.locales.iter().any(|l| l == locale) {
                return Ok(());
            }
            db.execute_batch(&format!(
                "CREATE VIRTUAL TABLE temp.{table} USING fts5(kind UNINDEXED, ref UNINDEXED, title, body, folded, \
                 tokenize = 'unicode61 remove_diacritics 2');"
            ))?;
            let mut insert = db.prepare(&format!(
                "INSERT INTO temp.{table} (kind, ref, title, body, folded) VALUES (?1, ?2, ?3, ?4, ?5)"
            ))?;
            let mut add = |kind: &str, id: &str, title: &str, body: &str| -> Result<(), ContentError> {
                let folded = format!("{} {}", folded_variants(title), folded_variants(body));
                insert.execute(params![kind, id, title, body, folded.trim()])?;
                Ok(())
            };
            let mut blocks: std::collections::HashMap<String, std::collections::HashMap<String, Vec<Block>>> =
                std::collections::HashMap::new();
            for code in [locale, FALLBACK_LOCALE] {
                let packed: Option<Vec<u8>> = db
                    .query_row("SELECT blocks FROM article_blocks WHERE locale = ?1", [code], |row| row.get(0))
                    .optional()?;
                if let Some(packed) = packed {
                    blocks.insert(code.to_string(), serde_json::from_str(&unpack(&packed)?)?);
                }
            }
            let mut articles = db.prepare(
                "SELECT a.id, a.locale, a.title, a.summary, a.tags FROM articles a
                 WHERE a.locale = ?1 OR (a.locale = ?2 AND NOT EXISTS
                     (SELECT 1 FROM articles b WHERE b.id = a.id AND b.locale = ?1))
                 ORDER BY a.position",
            )?;
            let rows = articles.query_map(params![locale, FALLBACK_LOCALE], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                ))
            })?;
            for row in rows {
                let (id, code, title, summary, tags) = row?;
                let blocks: Vec<Block> = blocks
                    .get_mut(&code)
                    .and_then(|all| all.remove(&id))
                    .unwrap_or_default();
                let tags: Vec<String> = serde_json::from_str(&tags)?;
                let body: Vec<String> = std::iter::once(summary)
                    .chain(tags)
                    .chain(blocks.iter().map(Block::plain_text))
                    .collect();
                add("article", &id, &title, &body.join("\n"))?;
            }
            let mut contacts = db.prepare(
                "SELECT t.contact_id, t.name, t.description, t.city, a.street FROM contact_texts t
                 JOIN contacts c ON c.id = t.contact_id
                 LEFT JOIN contact_addresses a ON a.contact_id = t.contact_id
                 WHERE t.locale = ?1 ORDER BY c.position",
            )?;
            let rows = contacts.query_map([locale], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, Option<String>>(3)?,
                    row.get::<_, Option<String>>(4)?,
                ))
            })?;
            for row in rows {
                let (id, name, description, city, street) = row?;
                let body = format!(
                    "{description}\n{}\n{}",
                    city.unwrap_or_default(),
                    street.unwrap_or_default()
                );
                add("contact", &id, &fold_ligatures(&name), &body)?;
            }
            Ok(())
        })
    }

    pub fn articles(&self, locale: &str) -> Result<Vec<ArticleSummary>, ContentError> {
        self.with_db(|db| {
            let mut stmt = db.prepare_cached(
                "SELECT id, title, summary, tags FROM articles WHERE locale = ?1 ORDER BY position",
            )?;
            let rows = stmt.query_map([locale], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                ))
            })?;
            let mut articles = Vec::new();
            for row in rows {
                let (id, title, summary, tags) = row?;
                articles.push(ArticleSummary {
                    id,
                    title,
                    summary,
                    tags: serde_json::from_str(&tags)?,
                });
            }
            Ok(articles)
        })
    }

    pub fn article(&self, locale: &str, id: &str) -> Result<Option<Article>, ContentError> {
        self.with_db(|db| {
            let row = db
                .prepare_cached(
                    "SELECT a.title, a.summary, a.tags, a.reviewed, a.review, a.sources, b.blocks
                     FROM articles a JOIN article_blocks b ON b.locale = a.locale
                     WHERE a.locale = ?1 AND a.id = ?2",
                )?
                .query_row(params![locale, id], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                        row.get::<_, String>(3)?,
                        row.get::<_, String>(4)?,
                        row.get::<_, String>(5)?,
                        row.get::<_, Vec<u8>>(6)?,
                    ))
                })
                .optional()?;
            let Some((title, summary, tags, reviewed, review, sources, blocks)) = row else {
                return Ok(None);
            };
            let source_ids: Vec<String> = serde_json::from_str(&sources)?;
            let mut sources = Vec::with_capacity(source_ids.len());
            let mut stmt =
                db.prepare_cached("SELECT title, publisher, url FROM sources WHERE id = ?1")?;
            for source_id in source_ids {
                let found = stmt
                    .query_row([&source_id], |row| {
                        Ok(Source {
                            id: source_id.clone(),
                            title: row.get(0)?,
                            publisher: row.get(1)?,
                            url: row.get(2)?,
                        })
                    })
                    .optional()?;
                sources.extend(found);
            }
            Ok(Some(Article {
                id: id.to_string(),
                locale: locale.to_string(),
                title,
                summary,
                tags: serde_json::from_str(&tags)?,
                reviewed,
                review_pending: review != "done",
                sources,
                blocks: blocks_of(&blocks, id)?,
            }))
        })
    }

    /// Every contact, in the order of `contacts.toml`, with texts in `locale`.
    pub fn contacts(&self, locale: &str) -> Result<Vec<Contact>, ContentError> {
        let ids: Vec<String> = self.with_db(|db| {
            let mut stmt = db.prepare_cached("SELECT id FROM contacts ORDER BY position")?;
            let rows = stmt.query_map([], |row| row.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })?;
        ids.iter()
            .filter_map(|id| self.contact(locale, id).transpose())
            .collect()
    }

    pub fn contact(&self, locale: &str, id: &str) -> Result<Option<Contact>, ContentError> {
        self.with_db(|db| {
            let head = db
                .prepare_cached(
                    "SELECT c.kind, c.for_minors, t.name, t.description, t.city
                     FROM contacts c JOIN contact_texts t ON t.contact_id = c.id AND t.locale = ?2
                     WHERE c.id = ?1",
                )?
                .query_row(params![id, locale], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, bool>(1)?,
                        row.get::<_, String>(2)?,
                        row.get::<_, String>(3)?,
                        row.get::<_, Option<String>>(4)?,
                    ))
                })
                .optional()?;
            let Some((kind, for_minors, name, description, city)) = head else { return Ok(None) };
            let phones = db
                .prepare_cached(
                    "SELECT number, national, short_code, sms FROM contact_phones WHERE contact_id = ?1 ORDER BY position",
                )?
                .query_map([id], |row| {
                    Ok(Phone { number: row.get(0)?, display: row.get(1)?, short_code: row.get(2)?, sms: row.get(3)? })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let strings = |sql: &str| -> Result<Vec<String>, ContentError> {
                Ok(db.prepare_cached(sql)?.query_map([id], |row| row.get(0))?.collect::<Result<Vec<_>, _>>()?)
            };
            let emails = strings("SELECT address FROM contact_emails WHERE contact_id = ?1 ORDER BY position")?;
            let websites = strings("SELECT url FROM contact_websites WHERE contact_id = ?1 ORDER BY position")?;
            let languages = strings("SELECT language FROM contact_languages WHERE contact_id = ?1 ORDER BY language")?;
            let regions = strings("SELECT region FROM contact_regions WHERE contact_id = ?1 ORDER BY region")?;
            let address = db
                .prepare_cached("SELECT street, postal_code, region FROM contact_addresses WHERE contact_id = ?1")?
                .query_row([id], |row| {
                    Ok(Address {
                        street: row.get(0)?,
                        postal_code: row.get(1)?,
                        city: city.clone().unwrap_or_default(),
                        region: row.get(2)?,
                    })
                })
                .optional()?;
            Ok(Some(Contact {
                id: id.to_string(),
                kind,
                name,
                description,
                for_minors,
                phones,
                emails,
                websites,
                address,
                languages,
                regions,
            }))
        })
    }
}

/// One article's blocks from its locale's deflated map of every article's blocks.
fn blocks_of(packed: &[u8], id: &str) -> Result<Vec<Block>, ContentError> {
    let mut all: std::collections::HashMap<String, Vec<Block>> =
        serde_json::from_str(&unpack(packed)?)?;
    all.remove(id)
        .ok_or_else(|| ContentError::Corrupt(format!("article `{id}` has no blocks")))
}

fn unpack(bytes: &[u8]) -> Result<String, ContentError> {
    unpack_text(bytes).map_err(ContentError::Corrupt)
}

fn open_memory() -> Result<Connection, ContentError> {
    Connection::open_with_flags(
        ":memory:",
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| ContentError::Corrupt(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_content_opens_with_its_stamp() {
        let store = ContentStore::open_embedded().expect("embedded content opens");
        let info = store.info();
        assert_eq!(info.hash.len(), 64);
        assert!(info.locales.iter().any(|l| l == "en"), "{:?}", info.locales);
    }

    #[test]
    fn garbage_bytes_are_a_typed_error() {
        let error = ContentStore::open_bytes(
            b"this is not a database at all, just some bytes ............",
        )
        .err();
        assert!(matches!(error, Some(ContentError::Corrupt(_))), "{error:?}");
    }

    #[test]
    fn truncated_database_is_a_typed_error() {
        let bytes = ContentStore::embedded_bytes();
        let truncated = &bytes[..bytes.len() / 3];
        let result = ContentStore::open_bytes(truncated).and_then(|store| {
            for locale in store.info().locales.clone() {
                store.articles(&locale)?;
                store.contacts(&locale)?;
            }
            Ok(())
        });
        assert!(
            result.is_err(),
            "a third of the database cannot hold all content"
        );
    }

    #[test]
    fn unknown_schema_version_is_refused() {
        let mut bytes = ContentStore::embedded_bytes().to_vec();
        // user_version is the big-endian integer at offset 60 of the header.
        bytes[60..64].copy_from_slice(&(SCHEMA_VERSION + 1).to_be_bytes());
        let error = ContentStore::open_bytes(&bytes).err();
        assert!(
            matches!(error, Some(ContentError::UnknownSchema { found, expected }) if found == SCHEMA_VERSION + 1 && expected == SCHEMA_VERSION),
            "{error:?}"
        );
    }
}
