//! The glossary: one term per concept in each language (`glossary/<locale>.toml`), and
//! the rule that no text of that language uses a variant the glossary sets aside. A
//! frightened reader who meets "weak position" here and "vulnerable" there wonders
//! whether these are two things; one word per thing removes the doubt.

use crate::diag::Diagnostics;
use crate::model::{Content, SourceFile};
use crate::prose::{self, PLACEABLE};
use serde::Deserialize;
use toml::Spanned;

pub const DIR: &str = "glossary";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    #[serde(default)]
    pub term: Vec<Spanned<Term>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// What the term names, in English, so the same concept can be found in every file.
    pub concept: String,
    /// The word or phrase to write.
    #[serde(rename = "use")]
    pub preferred: String,
    /// Variants that must not appear. A word ending in `*` matches any ending
    /// (`schwach* Lage` matches "schwachen Lage").
    #[serde(default)]
    pub avoid: Vec<Spanned<String>>,
    /// Why, for the editor who meets the error.
    #[serde(default)]
    pub why: Option<String>,
}

/// A parsed `avoid` pattern: its words, each with whether it matches any ending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    words: Vec<(Vec<char>, bool)>,
}

impl Pattern {
    /// `None` for a pattern with no word in it.
    pub fn parse(text: &str) -> Option<Pattern> {
        let words: Vec<(Vec<char>, bool)> = text
            .split_whitespace()
            .filter_map(|word| {
                let prefix = word.strip_suffix('*');
                let stem: Vec<char> = prefix
                    .unwrap_or(word)
                    .chars()
                    .flat_map(char::to_lowercase)
                    .collect();
                (!stem.is_empty()).then_some((stem, prefix.is_some()))
            })
            .collect();
        (!words.is_empty()).then_some(Pattern { words })
    }

    /// Byte ranges of `text` where the pattern occurs as whole words, case
    /// insensitively, words separated by any run of spaces (no-break ones included).
    pub fn find_in(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let lower: Vec<char> = chars
            .iter()
            .map(|&(_, c)| c.to_lowercase().next().unwrap_or(c))
            .collect();
        let mut found = Vec::new();
        let mut start = 0;
        while start < lower.len() {
            let boundary_before = start == 0 || !is_word_char(lower[start - 1]);
            if boundary_before && let Some(end) = self.match_at(&lower, start) {
                let from = chars[start].0;
                let to = chars.get(end).map_or(text.len(), |&(i, _)| i);
                found.push(from..to);
                start = end.max(start + 1);
                continue;
            }
            start += 1;
        }
        found
    }

    /// The char index just past a match starting at `at`, if one does.
    fn match_at(&self, lower: &[char], at: usize) -> Option<usize> {
        let mut i = at;
        for (n, (stem, any_ending)) in self.words.iter().enumerate() {
            if n > 0 {
                let spaces = lower[i..].iter().take_while(|c| c.is_whitespace()).count();
                if spaces == 0 {
                    return None;
                }
                i += spaces;
            }
            if lower.len() < i + stem.len() || lower[i..i + stem.len()] != stem[..] {
                return None;
            }
            i += stem.len();
            if *any_ending {
                i += lower[i..].iter().take_while(|&&c| is_word_char(c)).count();
            }
        }
        let boundary_after = lower.get(i).is_none_or(|&c| !is_word_char(c));
        boundary_after.then_some(i)
    }
}

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() || c == '-' || c == '\u{AD}') && c != PLACEABLE
}

const OPENING_QUOTES: &[char] = &['"', '\'', '‘', '“', '«', '„', '‚', '‹'];
const CLOSING_QUOTES: &[char] = &['"', '\'', '’', '”', '»', '“', '‘', '›'];

/// A variant between quotation marks is mentioned, not used ("what used to be called
/// ‘loverboys’"), and the glossary lets that through.
fn is_quoted(text: &str, range: &std::ops::Range<usize>) -> bool {
    let before = text[..range.start]
        .chars()
        .rev()
        .find(|c| !matches!(c, ' ' | '\u{A0}' | '\u{202F}'));
    let after = text[range.end..]
        .chars()
        .find(|c| !matches!(c, ' ' | '\u{A0}' | '\u{202F}'));
    before.is_some_and(|c| OPENING_QUOTES.contains(&c))
        && after.is_some_and(|c| CLOSING_QUOTES.contains(&c))
}

struct Loaded<'a> {
    file: &'a SourceFile,
    locale: String,
    glossary: GlossaryFile,
}

pub fn check(content: &Content, diags: &mut Diagnostics) {
    let files: Vec<&SourceFile> = content
        .files
        .iter()
        .filter(|f| f.rel.starts_with(&format!("{DIR}/")))
        .collect();
    if files.is_empty() {
        // A content folder without a glossary (the test fixtures) has nothing to enforce.
        return;
    }
    let mut loaded = Vec::new();
    for file in files {
        let name = &file.rel[DIR.len() + 1..];
        let Some(locale) = name.strip_suffix(".toml").filter(|l| !l.contains('/')) else {
            diags.push(
                &file.rel,
                1,
                "the glossary holds one file per language, named <locale>.toml",
            );
            continue;
        };
        if !content.locales.iter().any(|l| l == locale) {
            diags.push(
                &file.rel,
                1,
                format!("`{locale}` is not a locale of this content"),
            );
        }
        match toml::from_str::<GlossaryFile>(&file.text) {
            Ok(glossary) => loaded.push(Loaded {
                file,
                locale: locale.to_string(),
                glossary,
            }),
            Err(error) => {
                let line = error.span().map(|s| file.line(s.start)).unwrap_or(1);
                diags.push(&file.rel, line, error.message().trim().to_string());
            }
        }
    }
    // Essentials packs are short translations of the English texts: their glossary
    // is the translator's NOTES until a native speaker reviews them.
    for locale in content.full_locales() {
        if !content
            .files
            .iter()
            .any(|f| f.rel == format!("{DIR}/{locale}.toml"))
        {
            diags.push(
                &format!("{DIR}/{locale}.toml"),
                1,
                format!("the glossary has no file for {locale}"),
            );
        }
    }
    for glossary in &loaded {
        check_texts(content, glossary, diags);
    }
}

fn check_texts(content: &Content, loaded: &Loaded<'_>, diags: &mut Diagnostics) {
    let mut patterns = Vec::new();
    for term in &loaded.glossary.term {
        let line = loaded.file.line(term.span().start);
        let term = term.get_ref();
        for avoid in &term.avoid {
            let avoid_line = loaded.file.line(avoid.span().start);
            match Pattern::parse(avoid.get_ref()) {
                None => diags.push(&loaded.file.rel, avoid_line, "an empty `avoid` entry"),
                Some(pattern) if !pattern.find_in(&term.preferred).is_empty() => diags.push(
                    &loaded.file.rel,
                    avoid_line,
                    format!(
                        "`{}` would also refuse the term to use, `{}`",
                        avoid.get_ref(),
                        term.preferred
                    ),
                ),
                Some(pattern) => patterns.push((pattern, avoid.get_ref(), term, line)),
            }
        }
    }
    for prose in prose::of_locale(content, &loaded.locale) {
        for piece in &prose.pieces {
            for (pattern, avoid, term, term_line) in &patterns {
                for range in pattern.find_in(&piece.text) {
                    if is_quoted(&piece.text, &range) {
                        continue;
                    }
                    let why = term
                        .why
                        .as_deref()
                        .map(|w| format!(": {w}"))
                        .unwrap_or_default();
                    diags.push(
                        &prose.file.rel,
                        prose.line(piece, range.start),
                        format!(
                            "`{}` is set aside by the glossary (`{avoid}`): write `{}` ({}, {}:{}){why}",
                            &piece.text[range.clone()],
                            term.preferred,
                            term.concept,
                            loaded.file.rel,
                            term_line
                        ),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(pattern: &str, text: &str) -> Vec<String> {
        Pattern::parse(pattern)
            .expect("pattern")
            .find_in(text)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    #[test]
    fn matches_whole_words_case_insensitively_across_any_spaces() {
        assert_eq!(
            found("weak position", "A Weak\u{A0}position, a weak  position."),
            vec!["Weak\u{A0}position", "weak  position"]
        );
        assert!(found("weak position", "a weak positioning").is_empty());
        assert!(found("Surya", "info@asblsurya.be").is_empty());
    }

    #[test]
    fn a_star_matches_any_ending() {
        assert_eq!(
            found("schwach* Lage", "in einer schwachen Lage"),
            vec!["schwachen Lage"]
        );
        assert_eq!(found("seelisch*", "seelische Gewalt"), vec!["seelische"]);
    }

    #[test]
    fn quoted_variants_are_mentions() {
        let text = "vroeger ‘loverboys’, nu tienerpooiers; loverboys";
        let ranges = Pattern::parse("loverboy*").expect("pattern").find_in(text);
        let quoted: Vec<bool> = ranges.iter().map(|r| is_quoted(text, r)).collect();
        assert_eq!(quoted, vec![true, false]);
    }

    #[test]
    fn an_empty_pattern_is_refused() {
        assert_eq!(Pattern::parse("  * "), None);
    }
}
