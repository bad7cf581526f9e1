//! The "Learn" screens: the list of articles, and one article as blocks a native UI
//! draws without a Markdown library.

use super::{Destination, ScreenLanguage, long_date};
use crate::app::Lueur;
use crate::content::ArticleSummary;
use crate::error::{Error, Result};
use fluent_bundle::FluentValue;
use lueur_contract::Block;
use lueur_contract::FALLBACK_LOCALE;
use serde::Serialize;

/// The list of articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ArticlesView {
    /// The screen's title.
    pub title: String,
    /// A sentence under the title.
    pub intro: String,
    /// The articles, in the content's order.
    pub articles: Vec<ArticleItem>,
    /// The screen's language and direction.
    pub screen_language: ScreenLanguage,
}

/// One article in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ArticleItem {
    /// The article's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// One sentence about it.
    pub summary: String,
    /// Opens it.
    pub destination: Destination,
    /// Set when the reader's pack has no version of it and it is shown in English:
    /// "Not translated yet: shown in English.", in the reader's language.
    pub other_language: Option<String>,
}

/// One article, as blocks a native UI draws without a Markdown library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ArticleView {
    /// The article's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// One sentence about it.
    pub summary: String,
    /// The body, block by block.
    pub blocks: Vec<Block>,
    /// "Facts checked on 28 November 2026."
    pub reviewed: String,
    /// Set while no native speaker has checked this translation.
    pub review_note: Option<String>,
    /// The heading of the sources.
    pub sources_title: String,
    /// Where the facts come from.
    pub sources: Vec<SourceView>,
    /// Set when the article is shown in English because the reader's pack has no
    /// version of it; its blocks are then laid out left to right whatever `screen`
    /// says.
    pub other_language: Option<String>,
    /// The screen's language and direction.
    pub screen_language: ScreenLanguage,
}

/// A source of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SourceView {
    /// The document's title.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
}

impl Lueur {
    pub fn articles_view(&self) -> Result<ArticlesView> {
        let fallbacks = crate::l10n::fallback_count();
        let locale = self.locale();
        let translated = self.content.articles(&locale)?;
        // An essentials pack has a few articles: the others are listed in English,
        // in the same order, each marked.
        let mut articles: Vec<(ArticleSummary, bool)> = Vec::new();
        if locale == FALLBACK_LOCALE {
            articles.extend(translated.into_iter().map(|a| (a, false)));
        } else {
            for english in self.content.articles(FALLBACK_LOCALE)? {
                match translated.iter().find(|a| a.id == english.id) {
                    Some(own) => articles.push((own.clone(), false)),
                    None => articles.push((english, true)),
                }
            }
        }
        let l10n = self.l10n();
        let note = l10n.in_other_language();
        Ok(ArticlesView {
            title: l10n.text("articles-title", &[]),
            intro: l10n.text("articles-intro", &[]),
            articles: articles
                .into_iter()
                .map(|(a, other)| ArticleItem {
                    destination: Destination::Article { id: a.id.clone() },
                    id: a.id,
                    title: a.title,
                    summary: a.summary,
                    other_language: other.then(|| note.clone()),
                })
                .collect(),
            screen_language: l10n.screen(fallbacks),
        })
    }

    /// One article in the current language; an unknown id is `Error::NotFound`.
    pub fn article_view(&self, id: &str) -> Result<ArticleView> {
        let fallbacks = crate::l10n::fallback_count();
        let (article, other) = match self.content.article(&self.locale(), id)? {
            Some(article) => (article, false),
            None => (
                self.content
                    .article(FALLBACK_LOCALE, id)?
                    .ok_or_else(|| Error::not_found("article", id))?,
                true,
            ),
        };
        let l10n = self.l10n();
        let date = long_date(&l10n, &article.reviewed);
        Ok(ArticleView {
            id: article.id,
            title: article.title,
            summary: article.summary,
            blocks: article.blocks,
            reviewed: l10n.text("article-reviewed", &[("date", FluentValue::from(date))]),
            review_note: article
                .review_pending
                .then(|| l10n.text("article-review-pending", &[])),
            sources_title: l10n.text("article-sources", &[]),
            sources: article
                .sources
                .into_iter()
                .map(|s| SourceView {
                    title: s.title,
                    publisher: s.publisher,
                    url: s.url,
                })
                .collect(),
            other_language: other.then(|| l10n.in_other_language()),
            screen_language: l10n.screen(fallbacks),
        })
    }
}
