//! The search screen: results for what the person is typing, in the current
//! language. The query lives only in memory (the session), so quick exit forgets it.

use super::{Destination, TextRun};
use crate::app::Lueur;
use crate::error::Result;
use crate::search::search_db;
use fluent_bundle::FluentValue;
use serde::Serialize;

/// Results shown at once; a phone screen holds far fewer.
pub const RESULT_LIMIT: usize = 20;

/// The search screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SearchView {
    /// The screen's title.
    pub title: String,
    /// The text inside the empty search field.
    pub placeholder: String,
    /// The text as the person typed it, to put back in the field.
    pub query: String,
    /// Shown while the query holds no word yet.
    pub hint: Option<String>,
    /// "3 results", when there are any.
    pub count_label: Option<String>,
    /// The results, best first.
    pub results: Vec<SearchResult>,
    /// Shown when a query with words found nothing.
    pub empty_message: Option<String>,
    /// The screen's language and direction.
    pub screen_language: super::ScreenLanguage,
}

/// What a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum SearchResultKind {
    /// An article.
    Article,
    /// A contact.
    Contact,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SearchResult {
    /// Article or contact.
    pub kind: SearchResultKind,
    /// The kind in words.
    pub kind_label: String,
    /// The article's or contact's id.
    pub id: String,
    /// The title, with the matching words highlighted.
    pub title: Vec<TextRun>,
    /// A few words around the match, highlighted the same way.
    pub snippet: Vec<TextRun>,
    /// Opens it.
    pub destination: Destination,
}

impl Lueur {
    /// Searches articles and contacts as the person types. Any input is accepted:
    /// words are matched by prefix, without regard to case or accents; a query with
    /// no word gives a hint instead of results.
    pub fn search_view(&self, query: &str) -> Result<SearchView> {
        let fallbacks = crate::l10n::fallback_count();
        let locale = self.locale();
        self.content.ensure_search_index(&locale)?;
        let hits = self
            .content
            .with_db(|db| Ok(search_db(db, &locale, query, RESULT_LIMIT)?))?;
        self.session().last_search = Some(query.to_string());
        let has_words = crate::search::match_expression(query).is_some();
        let l10n = self.l10n();
        let results: Vec<SearchResult> = hits
            .into_iter()
            .filter_map(|hit| {
                let (kind, destination) = match hit.kind.as_str() {
                    "article" => (
                        SearchResultKind::Article,
                        Destination::Article { id: hit.id.clone() },
                    ),
                    "contact" => (
                        SearchResultKind::Contact,
                        Destination::Contact { id: hit.id.clone() },
                    ),
                    // A kind this build does not know: skip rather than link nowhere.
                    _ => return None,
                };
                Some(SearchResult {
                    kind,
                    kind_label: l10n.text(
                        match kind {
                            SearchResultKind::Article => "search-kind-article",
                            SearchResultKind::Contact => "search-kind-contact",
                        },
                        &[],
                    ),
                    id: hit.id,
                    title: hit.title,
                    snippet: hit.snippet,
                    destination,
                })
            })
            .collect();
        Ok(SearchView {
            title: l10n.text("search-title", &[]),
            placeholder: l10n.text("search-placeholder", &[]),
            query: query.to_string(),
            hint: (!has_words).then(|| l10n.text("search-hint", &[])),
            count_label: (!results.is_empty()).then(|| {
                l10n.text(
                    "search-results",
                    &[("count", FluentValue::from(results.len()))],
                )
            }),
            empty_message: (has_words && results.is_empty())
                .then(|| l10n.text("search-empty", &[])),
            results,
            screen_language: l10n.screen(fallbacks),
        })
    }

    /// The search screen as it was left (same query, results in the current
    /// language), or an empty one. Nothing of it survives quick exit.
    pub fn last_search_view(&self) -> Result<SearchView> {
        let query = self.session().last_search.clone().unwrap_or_default();
        self.search_view(&query)
    }
}
