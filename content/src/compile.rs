//! Writes checked content into one SQLite database. The same sources always give the
//! same bytes: rows go in a fixed order and nothing reads the clock.

use crate::check::{Checked, normalise_phone};
use crate::markdown;
use crate::model::Content;
use fluent_bundle::{FluentBundle, FluentResource};
use lueur_contract::{FALLBACK_LOCALE, SCHEMA_VERSION, pack_text};

/// The Fluent files the first screen needs, stored (and inflated) apart from the rest.
pub const FIRST_SCREEN_FILES: &[&str] = &["app.ftl", "card.ftl"];
use rusqlite::{Connection, params};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum CompileError {
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("Fluent: {0}")]
    Fluent(String),
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
}

// `articles` and `contact_texts` are rowid tables: their rows (300–700 bytes) are
// over what a WITHOUT ROWID b-tree keeps in a 2 KiB page (about 490 bytes), so each
// row took a whole overflow page there (86 KB of the library for 24 languages).
const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE locales (code TEXT PRIMARY KEY, position INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE packs (
    code TEXT PRIMARY KEY, full INTEGER NOT NULL, review TEXT NOT NULL, direction TEXT NOT NULL,
    script TEXT NOT NULL, endonym TEXT NOT NULL, names TEXT NOT NULL, aliases TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE fluent_resources (
    locale TEXT NOT NULL, name TEXT NOT NULL, source BLOB NOT NULL,
    PRIMARY KEY (locale, name)) WITHOUT ROWID;
CREATE TABLE sources (id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT, url TEXT) WITHOUT ROWID;
CREATE TABLE articles (
    id TEXT NOT NULL, locale TEXT NOT NULL, position INTEGER NOT NULL,
    title TEXT NOT NULL, summary TEXT NOT NULL, tags TEXT NOT NULL,
    reviewed TEXT NOT NULL, review TEXT NOT NULL, sources TEXT NOT NULL,
    PRIMARY KEY (id, locale));
CREATE TABLE article_blocks (locale TEXT PRIMARY KEY, blocks BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE contacts (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL,
    name_message TEXT NOT NULL, description_message TEXT NOT NULL, for_minors INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE contact_texts (
    contact_id TEXT NOT NULL REFERENCES contacts(id), locale TEXT NOT NULL,
    name TEXT NOT NULL, description TEXT NOT NULL, city TEXT,
    PRIMARY KEY (contact_id, locale));
CREATE TABLE contact_phones (
    contact_id TEXT NOT NULL REFERENCES contacts(id), position INTEGER NOT NULL,
    number TEXT NOT NULL, national TEXT NOT NULL, short_code INTEGER NOT NULL, sms INTEGER NOT NULL,
    source TEXT NOT NULL, verified TEXT NOT NULL, PRIMARY KEY (contact_id, position)) WITHOUT ROWID;
CREATE TABLE contact_emails (
    contact_id TEXT NOT NULL REFERENCES contacts(id), position INTEGER NOT NULL, address TEXT NOT NULL,
    source TEXT NOT NULL, verified TEXT NOT NULL, PRIMARY KEY (contact_id, position)) WITHOUT ROWID;
CREATE TABLE contact_websites (
    contact_id TEXT NOT NULL REFERENCES contacts(id), position INTEGER NOT NULL, url TEXT NOT NULL,
    source TEXT NOT NULL, verified TEXT NOT NULL, PRIMARY KEY (contact_id, position)) WITHOUT ROWID;
CREATE TABLE contact_addresses (
    contact_id TEXT PRIMARY KEY REFERENCES contacts(id), street TEXT NOT NULL, postal_code TEXT NOT NULL,
    region TEXT NOT NULL, source TEXT NOT NULL, verified TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE contact_languages (
    contact_id TEXT NOT NULL REFERENCES contacts(id), language TEXT NOT NULL,
    source TEXT NOT NULL, verified TEXT NOT NULL, PRIMARY KEY (contact_id, language)) WITHOUT ROWID;
CREATE TABLE contact_regions (
    contact_id TEXT NOT NULL REFERENCES contacts(id), region TEXT NOT NULL,
    source TEXT NOT NULL, verified TEXT NOT NULL, PRIMARY KEY (contact_id, region)) WITHOUT ROWID;
";

/// The content's identity: a hash of every source file, and the newest date the
/// sources carry (used as the build date instead of the clock).
pub struct Stamp {
    pub hash: String,
    pub date: String,
}

pub fn stamp(content: &Content) -> Stamp {
    let mut hasher = Sha256::new();
    for file in &content.files {
        hasher.update(file.rel.as_bytes());
        hasher.update([0]);
        hasher.update((file.text.len() as u64).to_le_bytes());
        hasher.update(file.text.as_bytes());
    }
    let hash = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    let mut dates: Vec<String> = Vec::new();
    for by_locale in content.article_dirs.values() {
        dates.extend(by_locale.values().map(|a| a.front.reviewed.to_string()));
    }
    if let Some((_, contacts)) = &content.contacts {
        for contact in &contacts.contact {
            let verified = contact
                .phone
                .iter()
                .filter_map(|f| f.get_ref().verified.as_ref())
                .chain(
                    contact
                        .email
                        .iter()
                        .filter_map(|f| f.get_ref().verified.as_ref()),
                )
                .chain(
                    contact
                        .website
                        .iter()
                        .filter_map(|f| f.get_ref().verified.as_ref()),
                )
                .chain(
                    contact
                        .address
                        .iter()
                        .filter_map(|f| f.get_ref().verified.as_ref()),
                );
            dates.extend(verified.map(|d| d.to_string()));
        }
    }
    Stamp {
        hash,
        date: dates
            .into_iter()
            .max()
            .unwrap_or_else(|| "1970-01-01".into()),
    }
}

/// Compiles checked content into the bytes of a SQLite database.
pub fn compile(content: &Content, checked: &Checked) -> Result<Vec<u8>, CompileError> {
    let mut db = Connection::open_in_memory()?;
    // 2 KiB pages: the database has many small tables, and the part of each table's last
    // page left empty cost 157 KB of the library at 4 KiB (991,232 → 833,536 bytes).
    db.execute_batch(
        "PRAGMA page_size = 2048; PRAGMA journal_mode = OFF; PRAGMA encoding = 'UTF-8';",
    )?;
    let tx = db.transaction()?;
    tx.execute_batch(SCHEMA)?;
    let stamp = stamp(content);
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    for (key, value) in [
        ("schema_version", SCHEMA_VERSION.to_string()),
        ("content_hash", stamp.hash.clone()),
        ("content_version", stamp.hash[..12].to_string()),
        ("content_date", stamp.date.clone()),
        ("locales", content.locales.join(",")),
    ] {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)",
            params![key, value],
        )?;
    }
    for (position, locale) in content.locales.iter().enumerate() {
        tx.execute(
            "INSERT INTO locales (code, position) VALUES (?1, ?2)",
            params![locale, position as i64],
        )?;
    }
    // Two deflated rows per locale: what the first screen needs (app.ftl, card.ftl),
    // and the rest. One row per file left 117 KB of half-empty overflow pages.
    for locale in &content.locales {
        let mut groups: [(Vec<&str>, String); 2] = Default::default();
        for ftl in content.ftl.iter().filter(|f| &f.locale == locale) {
            let name = ftl.file.rel.rsplit('/').next().unwrap_or_default();
            let group = &mut groups[usize::from(!FIRST_SCREEN_FILES.contains(&name))];
            group.0.push(name);
            group.1.push_str(&ftl.file.text);
            if !ftl.file.text.ends_with('\n') {
                group.1.push('\n');
            }
        }
        for (names, text) in groups.iter().filter(|(names, _)| !names.is_empty()) {
            tx.execute(
                "INSERT INTO fluent_resources (locale, name, source) VALUES (?1, ?2, ?3)",
                params![locale, names.join("+"), pack_text(text)],
            )?;
        }
    }
    write_packs(&tx, content)?;
    if let Some((_, sources)) = &content.sources {
        for (id, source) in &sources.source {
            tx.execute(
                "INSERT INTO sources (id, title, publisher, url) VALUES (?1, ?2, ?3, ?4)",
                params![
                    id,
                    source.title,
                    source.publisher,
                    source.url.as_ref().map(|u| u.get_ref())
                ],
            )?;
        }
    }
    write_articles(&tx, content)?;
    write_contacts(&tx, content)?;
    crate::checklist::write(&tx, checked.checklist.as_ref())?;
    tx.commit()?;
    db.execute_batch("VACUUM;")?;
    Ok(db.serialize("main")?.to_vec())
}

fn write_articles(tx: &rusqlite::Transaction<'_>, content: &Content) -> Result<(), CompileError> {
    let Some((_, index_file)) = &content.article_index else {
        return Ok(());
    };
    // Each locale's blocks in one deflated row (id → blocks): one row per article
    // left 78 KB of half-empty overflow pages.
    let mut blocks_by_locale: BTreeMap<&str, BTreeMap<&str, Vec<lueur_contract::Block>>> =
        BTreeMap::new();
    for (position, entry) in index_file.article.iter().enumerate() {
        let id = entry.id.get_ref();
        let Some(by_locale) = content.article_dirs.get(id) else {
            continue;
        };
        for (locale, article) in by_locale {
            let (blocks, _, _) = markdown::to_blocks(article.body());
            let front = &article.front;
            let sources: Vec<&String> = front.sources.iter().map(|s| s.get_ref()).collect();
            tx.execute(
                "INSERT INTO articles (id, locale, position, title, summary, tags, reviewed, review, sources)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    id,
                    locale,
                    position as i64,
                    front.title,
                    front.summary,
                    serde_json::to_string(&front.tags)?,
                    front.reviewed.to_string(),
                    front.review.get_ref(),
                    serde_json::to_string(&sources)?,
                ],
            )?;
            blocks_by_locale
                .entry(locale.as_str())
                .or_default()
                .insert(id.as_str(), blocks);
        }
    }
    for (locale, blocks) in &blocks_by_locale {
        tx.execute(
            "INSERT INTO article_blocks (locale, blocks) VALUES (?1, ?2)",
            params![locale, pack_text(&serde_json::to_string(blocks)?)],
        )?;
    }
    Ok(())
}

fn bundles(
    content: &Content,
) -> Result<BTreeMap<String, FluentBundle<FluentResource>>, CompileError> {
    let mut bundles = BTreeMap::new();
    for locale in &content.locales {
        let langid: unic_langid::LanguageIdentifier = locale
            .parse()
            .map_err(|_| CompileError::Fluent(format!("bad locale {locale}")))?;
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        for ftl in content.ftl.iter().filter(|f| &f.locale == locale) {
            let resource =
                FluentResource::try_new(ftl.file.text.clone()).map_err(|(resource, _)| resource);
            let resource = resource.unwrap_or_else(|partial| partial);
            bundle.add_resource_overriding(resource);
        }
        bundles.insert(locale.clone(), bundle);
    }
    Ok(bundles)
}

fn format_message(bundle: &FluentBundle<FluentResource>, id: &str) -> Result<String, CompileError> {
    let message = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| CompileError::Fluent(format!("no value for {id}")))?;
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(message, None, &mut errors)
        .to_string();
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(CompileError::Fluent(format!("{id}: {errors:?}")))
    }
}

fn write_contacts(tx: &rusqlite::Transaction<'_>, content: &Content) -> Result<(), CompileError> {
    let Some((_, contacts)) = &content.contacts else {
        return Ok(());
    };
    let bundles = bundles(content)?;
    for (position, contact) in contacts.contact.iter().enumerate() {
        let id = contact.id.get_ref();
        tx.execute(
            "INSERT INTO contacts (id, position, kind, name_message, description_message, for_minors)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id,
                position as i64,
                contact.kind.get_ref(),
                contact.name.get_ref(),
                contact.description.get_ref(),
                contact.for_minors
            ],
        )?;
        for (n, phone) in contact.phone.iter().enumerate() {
            let phone = phone.get_ref();
            let number = normalise_phone(phone.number.get_ref(), phone.short_code)
                .map_err(CompileError::Fluent)?;
            let shown = crate::phones::display(phone).map_err(CompileError::Fluent)?;
            tx.execute(
                "INSERT INTO contact_phones (contact_id, position, number, national, short_code, sms, source, verified)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    id,
                    n as i64,
                    number.stored,
                    shown,
                    phone.short_code,
                    phone.sms,
                    provenance_source(&phone.source),
                    provenance_date(&phone.verified)
                ],
            )?;
        }
        for (n, email) in contact.email.iter().enumerate() {
            let email = email.get_ref();
            tx.execute(
                "INSERT INTO contact_emails (contact_id, position, address, source, verified) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, n as i64, email.address.get_ref(), provenance_source(&email.source), provenance_date(&email.verified)],
            )?;
        }
        for (n, website) in contact.website.iter().enumerate() {
            let website = website.get_ref();
            tx.execute(
                "INSERT INTO contact_websites (contact_id, position, url, source, verified) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, n as i64, website.url.get_ref(), provenance_source(&website.source), provenance_date(&website.verified)],
            )?;
        }
        if let Some(address) = &contact.address {
            let address = address.get_ref();
            tx.execute(
                "INSERT INTO contact_addresses (contact_id, street, postal_code, region, source, verified)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id,
                    address.street,
                    address.postal_code,
                    address.region.get_ref(),
                    provenance_source(&address.source),
                    provenance_date(&address.verified)
                ],
            )?;
        }
        if let Some(languages) = &contact.languages {
            let languages = languages.get_ref();
            for language in &languages.spoken {
                tx.execute(
                    "INSERT OR IGNORE INTO contact_languages (contact_id, language, source, verified) VALUES (?1, ?2, ?3, ?4)",
                    params![id, language.get_ref(), provenance_source(&languages.source), provenance_date(&languages.verified)],
                )?;
            }
        }
        if let Some(serves) = &contact.serves {
            let serves = serves.get_ref();
            for region in &serves.regions {
                tx.execute(
                    "INSERT OR IGNORE INTO contact_regions (contact_id, region, source, verified) VALUES (?1, ?2, ?3, ?4)",
                    params![id, region.get_ref(), provenance_source(&serves.source), provenance_date(&serves.verified)],
                )?;
            }
        }
        for (locale, bundle) in &bundles {
            let name = format_message(bundle, contact.name.get_ref())?;
            let description = format_message(bundle, contact.description.get_ref())?;
            let city = contact
                .address
                .as_ref()
                .and_then(|a| {
                    let city = &a.get_ref().city;
                    // Packs name cities as English does until a translator adds them.
                    city.get(locale).or_else(|| city.get(FALLBACK_LOCALE))
                })
                .cloned();
            tx.execute(
                "INSERT INTO contact_texts (contact_id, locale, name, description, city) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, locale, name, description, city],
            )?;
        }
    }
    Ok(())
}

/// One row per bundled language: what `packs.toml` says of it and what CLDR does.
fn write_packs(tx: &rusqlite::Transaction<'_>, content: &Content) -> Result<(), CompileError> {
    let (Some((_, packs)), Some((_, languages))) = (&content.packs, &content.languages) else {
        return Ok(());
    };
    for pack in &packs.pack {
        let tag = pack.tag.get_ref();
        let Some(language) = languages.language.get(tag) else {
            continue;
        };
        let aliases: Vec<&String> = pack.aliases.iter().map(|a| a.get_ref()).collect();
        tx.execute(
            "INSERT INTO packs (code, full, review, direction, script, endonym, names, aliases)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                tag,
                pack.completeness.get_ref() == "full",
                pack.review.get_ref(),
                language.direction,
                language.script,
                language.endonym,
                serde_json::to_string(&language.names)?,
                serde_json::to_string(&aliases)?,
            ],
        )?;
    }
    Ok(())
}

fn provenance_source(source: &Option<toml::Spanned<String>>) -> String {
    source
        .as_ref()
        .map(|s| s.get_ref().clone())
        .unwrap_or_default()
}

fn provenance_date(date: &Option<toml::value::Datetime>) -> String {
    date.as_ref().map(|d| d.to_string()).unwrap_or_default()
}
