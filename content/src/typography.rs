//! French typography: a narrow no-break space (U+202F) before `? ! : ;`, inside
//! « guillemets » and between the groups of a number ("11 000", "078 055 800"). On a
//! narrow phone screen an ordinary space there lets "?" or "000" wrap alone onto the
//! next line, which reads as a different sentence or a different number.

use crate::diag::Diagnostics;
use crate::model::Content;
use crate::prose::{self, PLACEABLE};

pub const NNBSP: char = '\u{202F}';
const NBSP: char = '\u{A0}';

/// The locales these rules apply to.
pub const LOCALES: &[&str] = &["fr"];

/// One typography problem at a byte of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: usize,
    pub message: String,
}

pub fn check(content: &Content, diags: &mut Diagnostics) {
    for locale in LOCALES {
        for prose in prose::of_locale(content, locale) {
            for piece in &prose.pieces {
                for problem in french_problems(&piece.text) {
                    diags.push(
                        &prose.file.rel,
                        prose.line(piece, problem.at),
                        problem.message,
                    );
                }
            }
        }
    }
}

/// Byte ranges of web and mail addresses, where `:` and digits follow other rules.
fn address_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    for scheme in ["https://", "http://", "mailto:"] {
        let mut from = 0;
        while let Some(found) = text[from..].find(scheme) {
            let start = from + found;
            let end = text[start..]
                .find(char::is_whitespace)
                .map_or(text.len(), |e| start + e);
            ranges.push(start..end);
            from = end;
        }
    }
    ranges
}

/// Every French typography problem in `text`.
pub fn french_problems(text: &str) -> Vec<Problem> {
    let addresses = address_ranges(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut problems = Vec::new();
    for (n, &(at, c)) in chars.iter().enumerate() {
        if addresses.iter().any(|r| r.contains(&at)) {
            continue;
        }
        let before = n.checked_sub(1).map(|p| chars[p].1);
        let after = chars.get(n + 1).map(|&(_, c)| c);
        match c {
            '?' | '!' | ':' | ';' => {
                match before {
                    // The start of a text or of a line of a Fluent message, or a second
                    // mark (`?!`), needs no space.
                    None | Some('\n') | Some('?') | Some('!') => {}
                    Some(NNBSP) => {}
                    Some(' ') | Some(NBSP) => problems.push(Problem {
                        at,
                        message: format!(
                            "French typography: use a narrow no-break space (U+202F) before `{c}`, not {}",
                            describe_space(before)
                        ),
                    }),
                    Some(_) => problems.push(Problem {
                        at,
                        message: format!(
                            "French typography: put a narrow no-break space (U+202F) before `{c}`"
                        ),
                    }),
                }
            }
            '«' if after != Some(NNBSP) => problems.push(Problem {
                at,
                message: "French typography: put a narrow no-break space (U+202F) after `«`"
                    .into(),
            }),
            '»' if before != Some(NNBSP) => problems.push(Problem {
                at,
                message: "French typography: put a narrow no-break space (U+202F) before `»`"
                    .into(),
            }),
            ' ' | NBSP
                if before.is_some_and(is_digit_like) && after.is_some_and(is_digit_like) =>
            {
                problems.push(Problem {
                    at,
                    message: format!(
                        "French typography: use a narrow no-break space (U+202F) between the groups of a number, not {}",
                        describe_space(Some(c))
                    ),
                })
            }
            _ => {}
        }
    }
    problems
}

fn is_digit_like(c: char) -> bool {
    c.is_ascii_digit() && c != PLACEABLE
}

fn describe_space(c: Option<char>) -> &'static str {
    match c {
        Some(NBSP) => "a no-break space (U+00A0)",
        _ => "an ordinary space",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(text: &str) -> Vec<(usize, String)> {
        french_problems(text)
            .into_iter()
            .map(|p| (p.at, p.message))
            .collect()
    }

    #[test]
    fn correct_french_passes() {
        assert!(
            messages("En danger\u{202F}? Appelez le 112\u{202F}: «\u{202F}vite\u{202F}»\u{202F}!")
                .is_empty()
        );
        assert!(
            messages("Environ 11\u{202F}000 personnes, le 078\u{202F}055\u{202F}800.").is_empty()
        );
        assert!(messages("Voir https://www.stoptraite.be ou mailto:info@pag-asa.be").is_empty());
        assert!(messages("Vraiment\u{202F}?!").is_empty());
    }

    #[test]
    fn plain_spaces_and_missing_spaces_are_reported_where_they_are() {
        let problems = messages("En danger ? Oui: 11 000.");
        let at: Vec<usize> = problems.iter().map(|(at, _)| *at).collect();
        assert_eq!(at, vec![10, 15, 19]);
        assert!(
            problems[0].1.contains("not an ordinary space"),
            "{problems:?}"
        );
        assert!(problems[1].1.contains("put a narrow"), "{problems:?}");
        assert!(problems[2].1.contains("groups of a number"), "{problems:?}");
    }

    #[test]
    fn a_no_break_space_is_not_the_narrow_one() {
        let problems = messages("Quand\u{A0}?");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].1.contains("U+00A0"), "{problems:?}");
    }

    #[test]
    fn guillemets_need_narrow_spaces_inside() {
        assert_eq!(messages("« oui »").len(), 2);
    }
}
