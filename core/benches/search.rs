//! Search as you type: p50 and p95 over every prefix a person types on the way to a
//! word, on the real bundled content (all four languages) and on a generated corpus
//! of 10,000 articles built with the very table definition the content compiler
//! uses. Baseline, in the same run: a bare FTS5 MATCH of the same expression
//! returning rowids, without ranking, highlights or snippets. Targets: p95 ≤ 2 ms
//! on the real content and ≤ 20 ms on the corpus.
//!
//! `cargo bench -p lueur-core --bench search` measures; under `cargo test` it only
//! runs a small corpus once.

use criterion::Criterion;
use lueur_contract::{folded_variants, search_table};
use lueur_core::ContentStore;
use lueur_core::search::{match_expression, search_db};
use rusqlite::{Connection, params};
use std::hint::black_box;
use std::time::{Duration, Instant};

const LIMIT: usize = 20;

/// Words people look for, per language; each is typed letter by letter.
const REAL_QUERIES: &[(&str, &[&str])] = &[
    (
        "de",
        &[
            "Ausbeutung",
            "Arbeit",
            "Polizei",
            "Lüttich",
            "Zuhälter",
            "Hilfe finden",
        ],
    ),
    (
        "fr",
        &[
            "exploitation",
            "travail",
            "police",
            "Liège",
            "proxénète",
            "trouver aide",
        ],
    ),
    (
        "nl",
        &[
            "uitbuiting",
            "werk",
            "politie",
            "Antwerpen",
            "tienerpooier",
            "hulp vinden",
        ],
    ),
    (
        "en",
        &[
            "exploitation",
            "work",
            "police",
            "Brussels",
            "teen pimps",
            "find help",
        ],
    ),
];

/// Every prefix of `word` (by character), as search-as-you-type sends them.
fn prefixes(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (1..=chars.len())
        .map(|n| chars[..n].iter().collect())
        .collect()
}

/// A small deterministic generator: the corpus must be the same on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// Skewed towards the start of the vocabulary, like word frequencies in text.
    fn zipfish(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((u * u * u) * n as f64) as usize % n
    }
}

/// The vocabulary of the real English and French content, most frequent first.
fn vocabulary(content: &Connection) -> Vec<String> {
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for locale in ["en", "fr"] {
        let mut stmt = content
            .prepare(&format!(
                "SELECT title || ' ' || body FROM {}",
                search_table(locale)
            ))
            .expect("prepare");
        let texts: Vec<String> = stmt
            .query_map([], |row| row.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows");
        for text in texts {
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                if word.chars().count() >= 2 {
                    *counts.entry(word.to_lowercase()).or_default() += 1;
                }
            }
        }
    }
    let mut words: Vec<(String, usize)> = counts.into_iter().collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    words.into_iter().map(|(w, _)| w).collect()
}

/// `articles` generated articles in a `search_en` table created with the exact
/// statement stored in the bundled content.
fn corpus(content: &Connection, articles: usize) -> (Connection, Vec<String>) {
    let definition: String = content
        .query_row(
            "SELECT sql FROM sqlite_temp_master WHERE name = ?1",
            [search_table("en")],
            |row| row.get::<_, String>(0),
        )
        .map(|sql| sql.replace("temp.", ""))
        .expect("table definition");
    let words = vocabulary(content);
    let mut db = Connection::open_in_memory().expect("memory db");
    db.execute_batch(&definition).expect("create");
    let mut rng = XorShift(0x5eed_1234_abcd_ef01);
    let tx = db.transaction().expect("tx");
    {
        let mut insert = tx
            .prepare(&format!(
                "INSERT INTO {} (kind, ref, title, body, folded) VALUES ('article', ?1, ?2, ?3, ?4)",
                search_table("en")
            ))
            .expect("insert");
        for id in 0..articles {
            let mut sentence = |n: usize| {
                (0..n)
                    .map(|_| words[rng.zipfish(words.len())].as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let title = sentence(6);
            // About 500 words, the length of a real article.
            let body: Vec<String> = (0..10).map(|_| sentence(50)).collect();
            let body = body.join("\n");
            let folded = format!("{} {}", folded_variants(&title), folded_variants(&body));
            insert
                .execute(params![format!("a{id}"), title, body, folded.trim()])
                .expect("row");
        }
    }
    tx.commit().expect("commit");
    db.execute_batch(&format!(
        "INSERT INTO {0} ({0}) VALUES ('optimize');",
        search_table("en")
    ))
    .expect("optimize");
    // Queries: prefixes of frequent, middling and rare words, and two-word queries.
    let mut queries = Vec::new();
    for rank in [0, 3, 10, 40, 150, 600, words.len() * 3 / 4] {
        queries.extend(prefixes(&words[rank.min(words.len() - 1)]));
    }
    for (a, b) in [(1, 20), (5, 300), (50, 51)] {
        queries.push(format!("{} {}", words[a], &words[b]));
    }
    (db, queries)
}

/// The baseline: the same MATCH, rowids only, no ranking, highlights or snippets.
fn bare_match(db: &Connection, locale: &str, query: &str) -> usize {
    let Some(expression) = match_expression(query) else {
        return 0;
    };
    let mut stmt = db
        .prepare_cached(&format!(
            "SELECT rowid FROM {0} WHERE {0} MATCH ?1 LIMIT ?2",
            search_table(locale)
        ))
        .expect("prepare");
    stmt.query_map(params![expression, LIMIT as i64], |row| {
        row.get::<_, i64>(0)
    })
    .expect("query")
    .count()
}

fn timings(queries: &[(String, String)], mut f: impl FnMut(&str, &str)) -> Vec<Duration> {
    let mut times: Vec<Duration> = queries
        .iter()
        .map(|(locale, query)| {
            let start = Instant::now();
            f(locale, query);
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn report(
    name: &str,
    target_ms: f64,
    db: &Connection,
    queries: &[(String, String)],
    rounds: usize,
) {
    // Warm the statement cache and the pages, as a person's first letters would.
    for (locale, query) in queries {
        search_db(db, locale, query, LIMIT).expect("search");
    }
    let mut ours = Vec::new();
    let mut bare = Vec::new();
    for _ in 0..rounds {
        ours.extend(timings(queries, |locale, query| {
            black_box(search_db(db, locale, query, LIMIT).expect("search"));
        }));
        bare.extend(timings(queries, |locale, query| {
            black_box(bare_match(db, locale, query));
        }));
    }
    ours.sort();
    bare.sort();
    let (p50, p95) = (percentile(&ours, 0.5), percentile(&ours, 0.95));
    let (b50, b95) = (percentile(&bare, 0.5), percentile(&bare, 0.95));
    println!(
        "summary: {name}: {} queries x {rounds}; baseline bare MATCH p50 {:.3} ms p95 {:.3} ms; search p50 {:.3} ms p95 {:.3} ms, max {:.3} ms; ratio p95 {:.2} (target p95 <= {target_ms} ms)",
        queries.len(),
        ms(b50),
        ms(b95),
        ms(p50),
        ms(p95),
        ms(ours[ours.len() - 1]),
        p95.as_secs_f64() / b95.as_secs_f64().max(1e-12),
    );
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let store = ContentStore::open_embedded().expect("content");
    // The search tables are built at a locale's first search (issue 16).
    for locale in ["en", "fr", "nl", "de"] {
        store.ensure_search_index(locale).expect("index");
    }

    let real: Vec<(String, String)> = REAL_QUERIES
        .iter()
        .flat_map(|(locale, words)| {
            words
                .iter()
                .flat_map(|w| prefixes(w))
                .map(move |q| (locale.to_string(), q))
        })
        .collect();
    let (corpus_db, corpus_queries) = store
        .with_db(|content| Ok(corpus(content, if benching { 10_000 } else { 300 })))
        .expect("corpus");
    let corpus_queries: Vec<(String, String)> = corpus_queries
        .into_iter()
        .map(|q| ("en".to_string(), q))
        .collect();

    if benching {
        let mut criterion = Criterion::default().configure_from_args();
        store
            .with_db(|db| {
                criterion.bench_function(
                    "search/real content: 'Ausbeutung' typed letter by letter",
                    |b| {
                        b.iter(|| {
                            for query in prefixes("Ausbeutung") {
                                black_box(search_db(db, "de", &query, LIMIT).expect("search"));
                            }
                        })
                    },
                );
                Ok(())
            })
            .expect("bench");
        criterion.bench_function("search/10k corpus: every query once", |b| {
            b.iter(|| {
                for (locale, query) in &corpus_queries {
                    black_box(search_db(&corpus_db, locale, query, LIMIT).expect("search"));
                }
            })
        });
        criterion.final_summary();
    }

    let rounds = if benching { 20 } else { 1 };
    store
        .with_db(|db| {
            report("real content (fr, nl, de, en)", 2.0, db, &real, rounds);
            Ok(())
        })
        .expect("real");
    let name = if benching {
        "generated corpus, 10,000 articles of ~500 words"
    } else {
        "generated corpus (smoke run, 300 articles)"
    };
    report(name, 20.0, &corpus_db, &corpus_queries, rounds);
}
