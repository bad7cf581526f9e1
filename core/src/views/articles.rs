//! The "Learn" screens: the list of articles, and one article as blocks a native UI
//! draws without a Markdown library.

use super::{Destination, long_date};
use crate::app::Lueur;
use crate::error::{Error, Result};
use fluent_bundle::FluentValue;
use lueur_contract::Block;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticlesView {
    pub title: String,
    pub intro: String,
    pub articles: Vec<ArticleItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleItem {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub destination: Destination,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleView {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub blocks: Vec<Block>,
    /// "Facts checked on 28 November 2026."
    pub reviewed: String,
    /// Set while no native speaker has checked this translation.
    pub review_note: Option<String>,
    pub sources_title: String,
    pub sources: Vec<SourceView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceView {
    pub title: String,
    pub publisher: Option<String>,
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
