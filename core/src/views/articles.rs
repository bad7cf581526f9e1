//! The "Learn" screens: the list of articles, and one article as blocks a native UI
//! draws without a Markdown library.

use super::{Destination, long_date};
use crate::app::Lueur;
use crate::error::{Error, Result};
use fluent_bundle::FluentValue;
use lueur_contract::Block;
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
        let articles = self.content.articles(&self.locale())?;
        let l10n = self.l10n();
        Ok(ArticlesView {
            title: l10n.text("articles-title", &[]),
            intro: l10n.text("articles-intro", &[]),
            articles: articles
                .into_iter()
                .map(|a| ArticleItem {
                    destination: Destination::Article { id: a.id.clone() },
                    id: a.id,
                    title: a.title,
                    summary: a.summary,
                })
                .collect(),
        })
    }

    /// One article in the current language; an unknown id is `Error::NotFound`.
    pub fn article_view(&self, id: &str) -> Result<ArticleView> {
        let article = self
            .content
            .article(&self.locale(), id)?
            .ok_or_else(|| Error::not_found("article", id))?;
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
        })
    }
}
