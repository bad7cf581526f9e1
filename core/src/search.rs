//! Search as you type over the bundled content: turns whatever a person typed into a
//! safe FTS5 query on the locale's `search_<locale>` table, ranks with bm25 and cuts a
//! short snippet whose highlights come back as typed runs, not markup.
//!
//! What a person types is never stored or logged here: it only lives in the prepared
//! statement's parameter for the duration of one query (and, one level up, in the
//! in-memory [`crate::app::Session`]).

use lueur_contract::{fold_ligatures, search_table};
use rusqlite::Connection;
use serde::Serialize;

/// At most this many words of a query are used; the rest cannot change the top
/// results much and would only make a pasted page slow.
pub const MAX_TERMS: usize = 8;
/// Longer words are cut: no word in the content is this long, and a prefix of it
/// still finds what the whole word would.
pub const MAX_TERM_CHARS: usize = 32;
/// Only the start of a huge paste is looked at, so a 1 MB query costs what a short
/// one does.
const MAX_QUERY_BYTES: usize = 1024;
/// Words around the match in a snippet.
const SNIPPET_TOKENS: i32 = 12;

/// Private-use characters mark the highlights inside SQLite's output; the content
/// never contains them, so they cannot be confused with text.
const MARK_START: char = '\u{E000}';
const MARK_END: char = '\u{E001}';

/// A run of text that is or is not part of a match, so a shell can draw highlights
/// without parsing markup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TextRun {
    /// The text.
    pub text: String,
    /// Whether to draw it highlighted.
    pub highlight: bool,
}

/// One matching row of the search table, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// `article` or `contact`, as the content compiler writes it.
    pub kind: String,
    /// The article or contact id.
    pub id: String,
    pub title: Vec<TextRun>,
    pub snippet: Vec<TextRun>,
}

/// The words of a query as FTS5 will see them: ligatures folded, split on anything
/// that is not a letter or a digit (so FTS5 operators, quotes, brackets and control
/// characters are simply separators), bounded in number and length.
pub fn terms(query: &str) -> Vec<String> {
    let head = truncate_at_char_boundary(query, MAX_QUERY_BYTES);
    let folded = fold_ligatures(head);
    folded
        .split(|c: char| !is_word_char(c))
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .take(MAX_TERMS)
        .map(|word| word.chars().take(MAX_TERM_CHARS).collect())
        .collect()
}

/// The FTS5 MATCH expression for `query`, or `None` when it holds no word. Every
/// word is a quoted term, so no input can be read as FTS5 syntax: inside a string
/// only `"` is special, and it is doubled (although [`terms`] already drops it).
/// Words of two letters or more match as prefixes. A single letter is dropped when
/// longer words are there (it is mostly an elision: the "l" of "l'exploitation"),
/// and otherwise matches only as a whole word, since "every word starting with t" is
/// not a search anyone means and would make FTS5 merge thousands of doclists.
pub fn match_expression(query: &str) -> Option<String> {
    let mut terms = terms(query);
    if terms.iter().any(|term| term.chars().count() >= 2) {
        terms.retain(|term| term.chars().count() >= 2);
    }
    if terms.is_empty() {
        return None;
    }
    Some(
        terms
            .iter()
            .map(|term| {
                let quoted = format!("\"{}\"", term.replace('"', "\"\""));
                if term.chars().count() >= 2 {
                    quoted + "*"
                } else {
                    quoted
                }
            })
            .collect::<Vec<_>>()
            .join(" AND "),
    )
}

/// At most this many matching rows are ranked. The bundled content has a few dozen
/// rows per language, so its ranking is exact; on a large corpus a very broad query
/// (two letters that start most words) ranks the first rows that match instead of
/// scoring every row, which keeps each keystroke within a frame budget.
pub const RANK_CANDIDATES: usize = 1000;

/// Runs `query` against the search table of `locale` on `conn` (the bundled content,
/// or a benchmark corpus with the same table definition), returning at most `limit`
/// hits ranked by bm25 with titles weighing most.
pub fn search_db(
    conn: &Connection,
    locale: &str,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<Hit>> {
    let Some(expression) = match_expression(query) else {
        return Ok(Vec::new());
    };
    if limit == 0 || !is_table_safe(locale) {
        return Ok(Vec::new());
    }
    let table = search_table(locale);
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    // Two steps: rank rowids only (bm25 weights follow the column order kind, ref,
    // title, body, folded), then cut highlights and snippets for the few rows shown.
    let ranked: Vec<i64> = {
        let mut statement = conn.prepare_cached(&format!(
            "SELECT id FROM (
                 SELECT rowid AS id, bm25({table}, 0.0, 0.0, 10.0, 1.0, 1.0) AS score
                 FROM {table} WHERE {table} MATCH ?1 LIMIT ?2)
             ORDER BY score, id LIMIT ?3"
        ))?;
        let rows = statement.query_map(
            rusqlite::params![expression, RANK_CANDIDATES as i64, limit],
            |row| row.get(0),
        )?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut statement = conn.prepare_cached(&format!(
        "SELECT kind, ref, highlight({table}, 2, char(57344), char(57345)),
                snippet({table}, 3, char(57344), char(57345), '…', {SNIPPET_TOKENS})
         FROM {table} WHERE {table} MATCH ?1 AND rowid = ?2"
    ))?;
    let mut hits = Vec::with_capacity(ranked.len());
    for rowid in ranked {
        let hit = statement.query_row(rusqlite::params![expression, rowid], |row| {
            Ok(Hit {
                kind: row.get(0)?,
                id: row.get(1)?,
                title: runs(&row.get::<_, String>(2)?),
                snippet: runs(&row.get::<_, String>(3)?),
            })
        });
        match hit {
            Ok(hit) => hits.push(hit),
            // The row matched a moment ago in the same read-only database; if it
            // does not now, showing one result fewer is the right outcome.
            Err(rusqlite::Error::QueryReturnedNoRows) => {}
            Err(error) => return Err(error),
        }
    }
    Ok(hits)
}

/// Splits SQLite's marked text into runs; a stray or unbalanced mark can only drop a
/// highlight, never text.
pub fn runs(marked: &str) -> Vec<TextRun> {
    let mut runs: Vec<TextRun> = Vec::new();
    let mut current = String::new();
    let mut highlight = false;
    let flush = |runs: &mut Vec<TextRun>, current: &mut String, highlight: bool| {
        if current.is_empty() {
            return;
        }
        match runs.last_mut() {
            Some(last) if last.highlight == highlight => last.text.push_str(current),
            _ => runs.push(TextRun {
                text: current.clone(),
                highlight,
            }),
        }
        current.clear();
    };
    for c in marked.chars() {
        match c {
            MARK_START => {
                flush(&mut runs, &mut current, highlight);
                highlight = true;
            }
            MARK_END => {
                flush(&mut runs, &mut current, highlight);
                highlight = false;
            }
            other => current.push(other),
        }
    }
    flush(&mut runs, &mut current, highlight);
    runs
}

/// Letters and digits, plus combining marks so a decomposed "é" stays one word (the
/// tokenizer then drops the mark, as it does for a precomposed one).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}')
}

/// A locale only ever names a table through `search_table`; refuse anything that
/// could not be a bundled locale rather than quote an identifier.
fn is_table_safe(locale: &str) -> bool {
    !locale.is_empty()
        && locale.len() <= 16
        && locale
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn truncate_at_char_boundary(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ContentStore;

    fn search(locale: &str, query: &str) -> Vec<Hit> {
        let store = ContentStore::open_embedded().expect("content");
        store.ensure_search_index(locale).expect("index");
        store
            .with_db(|db| Ok(search_db(db, locale, query, 20)?))
            .expect("search")
    }

    #[test]
    fn operators_and_quotes_are_separators() {
        assert_eq!(
            terms("a AND \"b\" OR c* NEAR(d)"),
            ["a", "AND", "b", "OR", "c", "NEAR", "d"]
        );
        assert_eq!(
            match_expression("exploit\"ation"),
            Some("\"exploit\"* AND \"ation\"*".into())
        );
        assert_eq!(
            match_expression("l'exploitation"),
            Some("\"exploitation\"*".into())
        );
        assert_eq!(match_expression("a b"), Some("\"a\" AND \"b\"".into()));
        assert_eq!(match_expression("  ?!* \u{0}\u{7} "), None);
        assert_eq!(match_expression(""), None);
    }

    #[test]
    fn huge_queries_are_bounded() {
        let query = "ausbeutung ".repeat(100_000);
        let words = terms(&query);
        assert!(words.len() <= MAX_TERMS);
        assert!(words.iter().all(|t| t.chars().count() <= MAX_TERM_CHARS));
        let long = "é".repeat(2000);
        assert_eq!(terms(&long)[0].chars().count(), MAX_TERM_CHARS);
    }

    #[test]
    fn ligatures_are_folded_and_marks_kept_in_words() {
        assert_eq!(terms("Straße sœur"), ["Strasse", "soeur"]);
        assert_eq!(terms("Lie\u{0300}ge"), ["Lie\u{0300}ge"]);
    }

    #[test]
    fn finds_by_prefix_without_case_or_accents() {
        let hits = search("de", "ausbeut");
        assert!(hits.iter().any(|h| h.kind == "article"), "{hits:?}");
        let accented = search("fr", "liège");
        let plain = search("fr", "LIEGE");
        assert!(!plain.is_empty());
        assert_eq!(accented, plain);
        assert!(plain.iter().any(|h| h.id == "surya"), "{plain:?}");
    }

    #[test]
    fn snippets_are_runs_with_highlights() {
        let hits = search("de", "Ausbeutung");
        let first = hits.first().expect("a hit");
        let highlighted: Vec<&TextRun> = first
            .snippet
            .iter()
            .chain(first.title.iter())
            .filter(|r| r.highlight)
            .collect();
        assert!(!highlighted.is_empty(), "{first:?}");
        for run in first.snippet.iter().chain(first.title.iter()) {
            assert!(!run.text.contains(MARK_START) && !run.text.contains(MARK_END));
        }
    }

    #[test]
    fn titles_rank_above_bodies() {
        let hits = search("en", "payoke");
        assert_eq!(
            hits.first().map(|h| h.id.as_str()),
            Some("payoke"),
            "{hits:?}"
        );
    }

    #[test]
    fn unknown_or_unsafe_locales_find_nothing() {
        assert!(search("xx; DROP TABLE articles", "help").is_empty());
        let store = ContentStore::open_embedded().expect("content");
        let missing = store.with_db(|db| Ok(search_db(db, "xx", "help", 20)?));
        assert!(
            missing.is_err(),
            "a missing table is a typed error, not a panic"
        );
    }

    #[test]
    fn runs_merge_and_survive_stray_marks() {
        let marked = format!("a{MARK_START}b{MARK_END}c{MARK_END}d{MARK_START}");
        assert_eq!(
            runs(&marked),
            vec![
                TextRun {
                    text: "a".into(),
                    highlight: false
                },
                TextRun {
                    text: "b".into(),
                    highlight: true
                },
                TextRun {
                    text: "cd".into(),
                    highlight: false
                },
            ]
        );
    }
}
