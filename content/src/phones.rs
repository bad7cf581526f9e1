//! How a phone number is shown. A number is dialled in E.164 (`+3278055800`), but a
//! person reads and remembers it in one grouping: the one the organisation prints
//! (`078 055 800`). `contacts.toml` may give that grouping as `display`; the app shows
//! it, and every text that writes the number must write it the same way. A number in a
//! text that is in no contact has no source, and is refused too.

use crate::check::normalise_phone;
use crate::diag::Diagnostics;
use crate::model::{Content, PhoneFact};
use crate::prose;

/// Fewer digits than this are not taken for a phone number in running text (years,
/// "11 000", short codes like 112 and 116 000, which have one written form anyway).
const MIN_DIGITS: usize = 8;

/// The text a phone number is shown with: `display` when the contact gives one, else
/// the Belgian national form the phone-number library makes.
pub fn display(phone: &PhoneFact) -> Result<String, String> {
    let number = normalise_phone(phone.number.get_ref(), phone.short_code)?;
    Ok(phone
        .display
        .as_ref()
        .map(|d| d.get_ref().clone())
        .unwrap_or(number.national))
}

/// Checks a `display` value against the number it stands for.
pub fn check_display(phone: &PhoneFact) -> Result<(), String> {
    let Some(display) = &phone.display else {
        return Ok(());
    };
    let display = display.get_ref();
    let shape_ok = display
        .char_indices()
        .all(|(i, c)| c.is_ascii_digit() || c == ' ' || (i == 0 && c == '+'))
        && !display.contains("  ")
        && display.trim() == display;
    if !shape_ok {
        return Err(
            "a display is digits in groups separated by single spaces, with an optional leading +"
                .into(),
        );
    }
    let shown = normalise_phone(display, phone.short_code)?;
    let dialled = normalise_phone(phone.number.get_ref(), phone.short_code)?;
    if shown.stored != dialled.stored {
        return Err(format!(
            "it is another number ({}) than `number` ({})",
            shown.stored, dialled.stored
        ));
    }
    Ok(())
}

/// A run of text that looks like a phone number: an optional `+`, then digits with
/// single spaces of any kind between groups, at least [`MIN_DIGITS`] digits. Dots and
/// slashes are not taken as separators, so dates and "11.000" are left alone.
fn phone_runs(text: &str) -> Vec<std::ops::Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut runs = Vec::new();
    let mut n = 0;
    while n < chars.len() {
        let (start, c) = chars[n];
        let preceded_by_word = n > 0 && chars[n - 1].1.is_alphanumeric();
        if !(c.is_ascii_digit() || c == '+') || preceded_by_word {
            n += 1;
            continue;
        }
        let mut end_n = n;
        let mut digits = 0;
        let mut m = if c == '+' { n + 1 } else { n };
        while m < chars.len() {
            let c = chars[m].1;
            if c.is_ascii_digit() {
                digits += 1;
                end_n = m;
                m += 1;
            } else if is_separator(c) && chars.get(m + 1).is_some_and(|&(_, d)| d.is_ascii_digit())
            {
                m += 1;
            } else {
                break;
            }
        }
        let followed_by_word = chars
            .get(end_n + 1)
            .is_some_and(|&(_, c)| c.is_alphanumeric());
        if digits >= MIN_DIGITS && !followed_by_word {
            let end = chars.get(end_n + 1).map_or(text.len(), |&(i, _)| i);
            runs.push(start..end);
        }
        n = end_n.max(n) + 1;
    }
    runs
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}')
}

/// The grouping as a person sees it, whatever kind of space separates the groups.
fn grouping(text: &str) -> String {
    text.chars()
        .map(|c| if is_separator(c) { ' ' } else { c })
        .collect()
}

pub fn check_mentions(content: &Content, diags: &mut Diagnostics) {
    let Some((file, contacts)) = &content.contacts else {
        return;
    };
    // E.164, the display to compare with (if it is sound), line in contacts.toml.
    let mut known: Vec<(String, Option<String>, usize)> = Vec::new();
    for contact in &contacts.contact {
        for phone in &contact.phone {
            let fact = phone.get_ref();
            // A display that is itself wrong is reported in contacts.toml; comparing
            // texts with it would only repeat that problem.
            let shown = check_display(fact).and_then(|()| display(fact)).ok();
            if let Ok(number) = normalise_phone(fact.number.get_ref(), fact.short_code) {
                known.push((number.stored, shown, file.line(phone.span().start)));
            }
        }
    }
    for locale in &content.locales {
        for prose in prose::of_locale(content, locale) {
            for piece in &prose.pieces {
                for run in phone_runs(&piece.text) {
                    let written = &piece.text[run.clone()];
                    let line = prose.line(piece, run.start);
                    let Ok(number) = normalise_phone(&grouping(written), false) else {
                        continue;
                    };
                    match known.iter().find(|(stored, _, _)| *stored == number.stored) {
                        None => diags.push(
                            &prose.file.rel,
                            line,
                            format!(
                                "phone number `{}` is in no contact: add it to contacts.toml with its source first",
                                grouping(written)
                            ),
                        ),
                        Some((_, Some(shown), contact_line)) if grouping(written) != *shown => diags.push(
                            &prose.file.rel,
                            line,
                            format!(
                                "phone number `{}` is written `{shown}` everywhere else (contacts.toml:{contact_line})",
                                grouping(written)
                            ),
                        ),
                        Some(_) => {}
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<&str> {
        phone_runs(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_phone_numbers_not_other_figures() {
        assert_eq!(
            runs(
                "Call 078 055 800, or +32 4 232 40 30. About 11 000 people, 1 500 a year, since 2023."
            ),
            vec!["078 055 800", "+32 4 232 40 30"]
        );
        assert_eq!(
            runs("le 078\u{202F}055\u{202F}800."),
            vec!["078\u{202F}055\u{202F}800"]
        );
        assert!(runs("Directive 2011/36/EU, le 24/07/2023").is_empty());
    }

    #[test]
    fn grouping_ignores_the_kind_of_space() {
        assert_eq!(grouping("078\u{202F}055\u{A0}800"), "078 055 800");
    }
}
