//! Plain language, measured: sentence length, the share of long words, LIX and a
//! Flesch-type reading ease for each language, per article; and the target every
//! article must meet (the figures and the reasons are in `content/README.md`).
//!
//! What is counted, so the figures can be checked by hand:
//! - The body of an article, without its headings (a heading is a label, not a
//!   sentence). Each list item ends a sentence, with or without a full stop.
//! - A sentence ends at `.`, `!`, `?`, `:` or `;` followed by a space or the end of the
//!   block, except after a few abbreviations of the language (`z. B.`, `p. ex.` …).
//! - A word is a run of text between spaces that holds a letter or a digit; in French
//!   an elided article or pronoun (`l'`, `d'`, `qu'`) is a word of its own.
//! - A long word has more than six letters (LIX, Björnsson 1968).
//! - Syllables are counted as groups of vowels, with a few rules per language: a silent
//!   final `e` in English and French, a diaeresis that starts a new syllable in Dutch.
//!   It is an estimate, good enough to compare versions of the same text; the target is
//!   set on LIX and sentence length, which need no syllables.

use crate::diag::Diagnostics;
use crate::model::{ArticleFile, Content};
use crate::prose::{self, Piece, PieceKind};

/// Average words per sentence an article may not exceed.
pub const MAX_AVERAGE_SENTENCE: f64 = 11.0;
/// No sentence may be longer than this many words.
pub const MAX_SENTENCE: usize = 20;
/// LIX an article may not exceed: inside Björnsson's "easy" band (30–40), below its top.
pub const MAX_LIX: f64 = 38.0;
/// LIX is not stable on very short texts; below this many words only sentence length
/// is enforced.
pub const MIN_WORDS_FOR_LIX: usize = 100;

/// A sentence as counted: where it starts and ends in its text, and its words.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub words: usize,
}

/// The figures of one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub sentences: usize,
    pub words: usize,
    pub long_words: usize,
    pub syllables: usize,
    pub longest: usize,
}

impl Figures {
    pub fn average_sentence(&self) -> f64 {
        ratio(self.words, self.sentences)
    }

    /// Share of long words, in percent.
    pub fn long_word_share(&self) -> f64 {
        100.0 * ratio(self.long_words, self.words)
    }

    pub fn lix(&self) -> f64 {
        self.average_sentence() + self.long_word_share()
    }

    pub fn syllables_per_word(&self) -> f64 {
        ratio(self.syllables, self.words)
    }

    /// The reading-ease formula of the language, with its name: higher is easier.
    pub fn reading_ease(&self, locale: &str) -> Option<(&'static str, f64)> {
        let asl = self.average_sentence();
        let asw = self.syllables_per_word();
        let (name, value) = match language(locale) {
            "fr" => ("Kandel-Moles", 207.0 - 1.015 * asl - 73.6 * asw),
            "nl" => ("Flesch-Douma", 206.835 - 0.93 * asl - 77.0 * asw),
            "de" => ("Amstad", 180.0 - asl - 58.5 * asw),
            "en" => ("Flesch", 206.835 - 1.015 * asl - 84.6 * asw),
            _ => return None,
        };
        (self.words > 0).then_some((name, value))
    }

    fn add_sentence(&mut self, words: &[&str], locale: &str) {
        if words.is_empty() {
            return;
        }
        self.sentences += 1;
        self.words += words.len();
        self.longest = self.longest.max(words.len());
        for word in words {
            if word.chars().filter(|c| c.is_alphabetic()).count() > 6 {
                self.long_words += 1;
            }
            self.syllables += syllables(word, locale);
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn language(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

fn abbreviations(locale: &str) -> &'static [&'static str] {
    match language(locale) {
        "fr" => &["p.", "ex.", "M.", "Mme", "etc.", "cf.", "art."],
        "nl" => &["bijv.", "bv.", "enz.", "nr.", "art.", "o.a.", "d.w.z."],
        "de" => &["z.", "B.", "bzw.", "ca.", "usw.", "Nr.", "Art.", "d.", "h."],
        _ => &["e.g.", "i.e.", "etc.", "No.", "art.", "Mr.", "Ms.", "Dr."],
    }
}

/// The words of a stretch of text.
pub fn words<'t>(text: &'t str, locale: &str) -> Vec<&'t str> {
    let french = language(locale) == "fr";
    text.split(|c: char| c.is_whitespace() || (french && matches!(c, '\'' | '’')))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// The sentences of one block of text.
pub fn sentences(text: &str, locale: &str) -> Vec<Sentence> {
    let abbreviations = abbreviations(locale);
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | ':' | ';') {
            continue;
        }
        let next = chars.get(n + 1).map(|&(_, c)| c);
        let ends =
            next.is_none_or(|c| c.is_whitespace() || matches!(c, ')' | '»' | '"' | '”' | '’'));
        if !ends {
            continue;
        }
        if c == '.' {
            let token_start = text[..at]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let token = &text[token_start..at + 1];
            if abbreviations.contains(&token) {
                continue;
            }
        }
        let end = at + c.len_utf8();
        push_sentence(&mut out, text, start, end, locale);
        start = end;
    }
    push_sentence(&mut out, text, start, text.len(), locale);
    out
}

fn push_sentence(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, locale: &str) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let count = words(slice, locale).len();
    if count > 0 {
        let lead = slice.len() - slice.trim_start().len();
        out.push(Sentence {
            start: start + lead,
            end,
            words: count,
        });
    }
}

fn is_vowel(c: char, locale: &str) -> bool {
    let base = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    base || match language(locale) {
        "fr" => "àâäéèêëîïôöùûüÿœæ".contains(c),
        "nl" => "àáâäèéêëìíîïòóôöùúûü".contains(c),
        "de" => "äöüé".contains(c),
        _ => "éèêëïöü".contains(c),
    }
}

/// An estimate of the syllables of one word (see the module header).
pub fn syllables(word: &str, locale: &str) -> usize {
    let lower: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    if !lower.iter().any(|c| c.is_alphabetic()) {
        // A number is read as a few syllables; one per group is close enough.
        return 1;
    }
    let mut groups = 0;
    let mut in_vowels = false;
    for &c in &lower {
        let vowel = is_vowel(c, locale);
        let new_syllable = language(locale) == "nl" && matches!(c, 'ë' | 'ï' | 'ö' | 'ü');
        if vowel && (!in_vowels || new_syllable) {
            groups += 1;
        }
        in_vowels = vowel;
    }
    let ends_with = |s: &str| lower.iter().collect::<String>().ends_with(s);
    match language(locale) {
        "en" => {
            let silent_e = ends_with("e") && !ends_with("le") && !ends_with("ee");
            let silent_ed = ends_with("ed") && !ends_with("ted") && !ends_with("ded");
            if groups > 1 && (silent_e || silent_ed || ends_with("es") && !ends_with("ses")) {
                groups -= 1;
            }
        }
        "fr" if groups > 1 && (ends_with("e") || ends_with("es")) && !ends_with("ée") => {
            let before_e = lower.iter().rev().find(|c| **c != 'e' && **c != 's');
            if before_e.is_some_and(|c| !is_vowel(*c, locale)) {
                groups -= 1;
            }
        }
        _ => {}
    }
    groups.max(1)
}

/// The figures of an article's body, and its sentences with the piece they are in.
pub fn article_figures(article: &ArticleFile) -> (Figures, Vec<(Piece, Sentence)>) {
    let locale = &article.locale;
    let mut figures = Figures::default();
    let mut all = Vec::new();
    for piece in prose::body_pieces(article.body(), article.body_offset) {
        if piece.kind == PieceKind::Heading {
            continue;
        }
        for sentence in sentences(&piece.text, locale) {
            let text = &piece.text[sentence.start..sentence.end];
            figures.add_sentence(&words(text, locale), locale);
            all.push((piece.clone(), sentence));
        }
    }
    (figures, all)
}

/// One line of `check --stats`.
#[derive(Debug, Clone)]
pub struct Row {
    pub article: String,
    pub locale: String,
    pub figures: Figures,
}

pub fn rows(content: &Content) -> Vec<Row> {
    let order: Vec<String> = content
        .article_index
        .as_ref()
        .map(|(_, index)| {
            index
                .article
                .iter()
                .map(|a| a.id.get_ref().clone())
                .collect()
        })
        .unwrap_or_default();
    let mut ids: Vec<&String> = content.article_dirs.keys().collect();
    ids.sort_by_key(|id| order.iter().position(|o| o == *id).unwrap_or(usize::MAX));
    let mut out = Vec::new();
    for id in ids {
        for locale in &content.locales {
            if let Some(article) = content.article_dirs[id].get(locale) {
                out.push(Row {
                    article: id.clone(),
                    locale: locale.clone(),
                    figures: article_figures(article).0,
                });
            }
        }
    }
    out
}

/// The table `check --stats` prints.
pub fn table(rows: &[Row]) -> String {
    let mut out = format!(
        "{:<26} {:<6} {:>9} {:>6} {:>8} {:>7} {:>6} {:>6}  {}\n",
        "article",
        "locale",
        "sentences",
        "words",
        "words/s",
        "longest",
        "long%",
        "LIX",
        "reading ease"
    );
    for row in rows {
        let f = &row.figures;
        let ease = f
            .reading_ease(&row.locale)
            .map(|(name, value)| format!("{value:.1} ({name})"))
            .unwrap_or_else(|| "-".into());
        out.push_str(&format!(
            "{:<26} {:<6} {:>9} {:>6} {:>8.1} {:>7} {:>6.1} {:>6.1}  {}\n",
            row.article,
            row.locale,
            f.sentences,
            f.words,
            f.average_sentence(),
            f.longest,
            f.long_word_share(),
            f.lix(),
            ease
        ));
    }
    out.push_str(&format!(
        "targets: at most {MAX_AVERAGE_SENTENCE} words per sentence on average, no sentence over {MAX_SENTENCE} words, LIX at most {MAX_LIX} (articles of {MIN_WORDS_FOR_LIX} words or more)\n"
    ));
    out
}

pub fn check(content: &Content, diags: &mut Diagnostics) {
    for by_locale in content.article_dirs.values() {
        // The targets were set with formulas made for French, Dutch, German and
        // English; word and sentence counts mean other things in Thai or Chinese.
        for article in by_locale
            .values()
            .filter(|a| !content.is_essentials(&a.locale))
        {
            let file = &article.file;
            let (figures, sentences) = article_figures(article);
            for (piece, sentence) in &sentences {
                if sentence.words > MAX_SENTENCE {
                    diags.push(
                        &file.rel,
                        file.line(piece.source_offset(sentence.start)),
                        format!(
                            "plain language: this sentence has {} words; split it (at most {MAX_SENTENCE}, content/README.md)",
                            sentence.words
                        ),
                    );
                }
            }
            let body_line = file.line(article.body_offset);
            if figures.average_sentence() > MAX_AVERAGE_SENTENCE {
                diags.push(
                    &file.rel,
                    body_line,
                    format!(
                        "plain language: {:.1} words per sentence on average; the target is at most {MAX_AVERAGE_SENTENCE} (content/README.md)",
                        figures.average_sentence()
                    ),
                );
            }
            if figures.words >= MIN_WORDS_FOR_LIX && figures.lix() > MAX_LIX {
                diags.push(
                    &file.rel,
                    body_line,
                    format!(
                        "plain language: LIX {:.1} ({:.0}% long words); the target is at most {MAX_LIX}: use shorter words and sentences (content/README.md)",
                        figures.lix(),
                        figures.long_word_share()
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_marks_followed_by_space_not_inside_addresses_or_numbers() {
        let found = sentences(
            "Go to stoptraite.be now. About 11.000 people! Really? Yes: call.",
            "en",
        );
        let counts: Vec<usize> = found.iter().map(|s| s.words).collect();
        assert_eq!(counts, vec![4, 3, 1, 1, 1]);
    }

    #[test]
    fn abbreviations_do_not_end_a_sentence() {
        let found = sentences("Zum Beispiel z. B. eine Wohnung. Dann mehr.", "de");
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn french_elisions_are_words_of_their_own() {
        assert_eq!(
            words("l'exploitation d’une personne", "fr"),
            vec!["l", "exploitation", "d", "une", "personne"]
        );
        assert_eq!(words("don't stop", "en"), vec!["don't", "stop"]);
    }

    #[test]
    fn syllable_estimates_per_language() {
        assert_eq!(syllables("victimes", "fr"), 2);
        assert_eq!(syllables("traite", "fr"), 1);
        assert_eq!(syllables("make", "en"), 1);
        assert_eq!(syllables("people", "en"), 2);
        assert_eq!(syllables("geïnteresseerd", "nl"), 5);
        assert_eq!(syllables("Ausbeutung", "de"), 3);
        assert_eq!(syllables("078", "en"), 1);
    }

    #[test]
    fn lix_is_words_per_sentence_plus_long_word_percentage() {
        let mut figures = Figures::default();
        figures.add_sentence(&["Exploitation", "is", "a", "crime"], "en");
        figures.add_sentence(&["It", "happens"], "en");
        assert_eq!(figures.sentences, 2);
        assert_eq!(figures.words, 6);
        assert_eq!(figures.long_words, 2);
        assert!((figures.lix() - (3.0 + 100.0 * 2.0 / 6.0)).abs() < 1e-9);
        assert!(figures.reading_ease("en").is_some());
        assert!(figures.reading_ease("ar").is_none());
    }
}
