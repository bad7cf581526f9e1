//! The contract between `lueur-content` (which writes the bundled database) and
//! `lueur-core` (which reads it): the schema version, the article block structure and
//! the text folding both sides apply before search. It is tiny on purpose, so the core
//! does not link the compiler's validation libraries.

// The apps see these types through lueur-ffi; without the feature nothing here
// knows UniFFI.
#[cfg(feature = "ffi")]
uniffi::setup_scaffolding!();

pub mod checklist;
pub mod deployment;
pub mod pack;

use serde::{Deserialize, Serialize};

/// Stamped in `PRAGMA user_version` of the content database. Bump it whenever a table
/// or a column the core reads changes; the core refuses versions it does not know.
/// 4: Fluent sources and article blocks stored deflated; the `packs` table.
pub const SCHEMA_VERSION: i32 = 4;

/// Deflates a text column for the content database (Fluent files, article blocks).
/// Twenty-four languages of text do not fit the library's size budget as plain
/// text; deflated, each screen still decompresses only the few kilobytes it shows
/// (docs/performance.md, "Twenty-four languages").
pub fn pack_text(text: &str) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10)
}

/// The text [`pack_text`] stored, or why the bytes are not one: the core turns the
/// error into its "content is corrupt" error, never a panic.
pub fn unpack_text(bytes: &[u8]) -> Result<String, String> {
    // Far above any content file (the largest, a checklist.ftl, is under 200 KB): a
    // damaged stream cannot make the core allocate without bound.
    const LIMIT: usize = 4 * 1024 * 1024;
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, LIMIT)
        .map_err(|e| format!("a packed text does not inflate: {e}"))?;
    String::from_utf8(raw).map_err(|_| "a packed text is not UTF-8".to_string())
}

/// The locale every other locale falls back to.
pub const FALLBACK_LOCALE: &str = "en";

/// Name of the full-text table holding one locale's searchable text.
pub fn search_table(locale: &str) -> String {
    format!("search_{}", locale.replace('-', "_"))
}

/// A block of an article, as native UIs draw it without a Markdown library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Block {
    /// A heading; `level` 2 is the largest used in articles.
    Heading { level: u8, spans: Vec<Span> },
    /// A paragraph.
    Paragraph { spans: Vec<Span> },
    /// One item of a bulleted list.
    ListItem { spans: Vec<Span> },
}

impl Block {
    pub fn spans(&self) -> &[Span] {
        match self {
            Block::Heading { spans, .. }
            | Block::Paragraph { spans }
            | Block::ListItem { spans } => spans,
        }
    }

    /// The block's text without formatting, as search indexes it.
    pub fn plain_text(&self) -> String {
        self.spans().iter().map(|span| span.text.as_str()).collect()
    }
}

/// A run of text with one style. A link is a span with a target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Span {
    /// The text.
    pub text: String,
    /// Bold.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strong: bool,
    /// Italic.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub emphasis: bool,
    /// Where the link goes (an `https://` address), if this is a link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// Folds the letters SQLite's `unicode61 remove_diacritics 2` tokenizer leaves alone
/// (ligatures and sharp s), so "sœur" matches "soeur" and "Straße" matches "strasse".
/// Case and accents are left to the tokenizer.
pub fn fold_ligatures(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .chars()
        .any(|c| matches!(c, 'œ' | 'Œ' | 'æ' | 'Æ' | 'ß' | 'ẞ'))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut folded = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match c {
            'œ' => folded.push_str("oe"),
            'Œ' => folded.push_str("Oe"),
            'æ' => folded.push_str("ae"),
            'Æ' => folded.push_str("Ae"),
            'ß' => folded.push_str("ss"),
            'ẞ' => folded.push_str("SS"),
            other => folded.push(other),
        }
    }
    std::borrow::Cow::Owned(folded)
}

/// The words of `text` that folding changes, folded, separated by spaces. The search
/// index keeps them in a hidden column so the shown text stays as written.
pub fn folded_variants(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter_map(|word| match fold_ligatures(word) {
            std::borrow::Cow::Owned(folded) => Some(folded),
            std::borrow::Cow::Borrowed(_) => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_ligatures_and_sharp_s_only() {
        assert_eq!(
            fold_ligatures("Sœur, Æsop, Straße"),
            "Soeur, Aesop, Strasse"
        );
        assert_eq!(fold_ligatures("Liège"), "Liège");
        assert!(matches!(
            fold_ligatures("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn packed_text_round_trips_and_damage_is_an_error() {
        let text = "home-title = Lueur\nعربي 112 — 中文";
        let packed = pack_text(text);
        assert_eq!(unpack_text(&packed).as_deref(), Ok(text));
        assert!(unpack_text(&packed[..packed.len() / 2]).is_err());
        assert!(unpack_text(b"not deflate at all").is_err());
    }

    proptest::proptest! {
        #[test]
        fn unpacking_any_bytes_never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
            let _ = unpack_text(&bytes);
        }
    }

    #[test]
    fn variants_keep_only_changed_words() {
        assert_eq!(
            folded_variants("ma sœur et mon cœur à Liège"),
            "soeur coeur"
        );
        assert_eq!(folded_variants("nothing to fold"), "");
    }
}
