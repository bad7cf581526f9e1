//! The parse stage of conditions: the editor's `when = "..."` text into a
//! [`Condition`]. Only syntax is decided here; what a condition refers to is checked
//! by the check stage.

use lueur_contract::checklist::Condition;

const KEYWORDS: &[&str] = &["and", "or", "not", "is", "minor", "adult", "me", "other"];
/// Deeper nesting than this in a condition is an editing mistake, not a need.
const MAX_DEPTH: usize = 32;

/// Parses a condition: `question is value | value`, `minor`, `adult`, `me`, `other`,
/// combined with `not`, `and`, `or` and parentheses (`and` binds tighter than `or`).
pub fn parse_condition(text: &str) -> Result<Condition, String> {
    let tokens = tokenize(text)?;
    if tokens.is_empty() {
        return Err("the condition is empty".into());
    }
    let mut parser = Parser { tokens, at: 0 };
    let condition = parser.or(0)?;
    match parser.peek() {
        None => Ok(condition),
        Some(token) => Err(format!("unexpected `{token}`")),
    }
}

fn tokenize(text: &str) -> Result<Vec<String>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        match c {
            c if c.is_whitespace() => {}
            '(' | ')' | '|' => tokens.push(c.to_string()),
            c if c.is_ascii_lowercase() || c.is_ascii_digit() => {
                let mut end = start + c.len_utf8();
                while let Some(&(i, n)) = chars.peek() {
                    if n.is_ascii_lowercase() || n.is_ascii_digit() || n == '-' {
                        end = i + n.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                tokens.push(text[start..end].to_string());
            }
            other => return Err(format!("unexpected character `{other}`")),
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<String>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn next(&mut self) -> Option<String> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn or(&mut self, depth: usize) -> Result<Condition, String> {
        let mut parts = vec![self.and(depth)?];
        while self.peek() == Some("or") {
            self.at += 1;
            parts.push(self.and(depth)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::Any { of: parts }
        })
    }

    fn and(&mut self, depth: usize) -> Result<Condition, String> {
        let mut parts = vec![self.unary(depth)?];
        while self.peek() == Some("and") {
            self.at += 1;
            parts.push(self.unary(depth)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::All { of: parts }
        })
    }

    fn unary(&mut self, depth: usize) -> Result<Condition, String> {
        if depth > MAX_DEPTH {
            return Err("the condition is nested too deeply".into());
        }
        match self.next().as_deref() {
            None => Err("the condition ends too early".into()),
            Some("not") => Ok(Condition::Not {
                of: Box::new(self.unary(depth + 1)?),
            }),
            Some("(") => {
                let inner = self.or(depth + 1)?;
                match self.next().as_deref() {
                    Some(")") => Ok(inner),
                    Some(other) => Err(format!("expected `)`, found `{other}`")),
                    None => Err("a `(` is not closed".into()),
                }
            }
            Some("minor") => Ok(Condition::Minor),
            Some("adult") => Ok(Condition::Adult),
            Some("me") => Ok(Condition::Me),
            Some("other") => Ok(Condition::Other),
            Some(word) if is_name(word) => {
                let question = word.to_string();
                match self.next().as_deref() {
                    Some("is") => {}
                    Some(other) => {
                        return Err(format!("expected `is` after `{question}`, found `{other}`"));
                    }
                    None => return Err(format!("expected `is` after `{question}`")),
                }
                let mut values = vec![self.value()?];
                while self.peek() == Some("|") {
                    self.at += 1;
                    values.push(self.value()?);
                }
                Ok(Condition::Is { question, values })
            }
            Some(other) => Err(format!("unexpected `{other}`")),
        }
    }

    fn value(&mut self) -> Result<String, String> {
        match self.next() {
            Some(word) if is_value(&word) => Ok(word),
            Some(other) => Err(format!("expected an answer, found `{other}`")),
            None => Err("expected an answer at the end".into()),
        }
    }
}

/// A question id: kebab-case, and not a word of the condition language.
pub(super) fn is_name(word: &str) -> bool {
    !KEYWORDS.contains(&word) && is_kebab(word)
}

/// An answer may be `me` or `other` (the perspective question's options), but not a
/// word that joins conditions.
pub(super) fn is_value(word: &str) -> bool {
    !["and", "or", "not", "is"].contains(&word) && is_kebab(word)
}

fn is_kebab(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !word.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Writes a condition back in the editor's syntax, fully parenthesised.
    fn write(c: &Condition) -> String {
        match c {
            Condition::Minor => "minor".into(),
            Condition::Adult => "adult".into(),
            Condition::Me => "me".into(),
            Condition::Other => "other".into(),
            Condition::Is { question, values } => format!("{question} is {}", values.join(" | ")),
            Condition::Not { of } => format!("not ({})", write(of)),
            Condition::All { of } => of
                .iter()
                .map(|c| format!("({})", write(c)))
                .collect::<Vec<_>>()
                .join(" and "),
            Condition::Any { of } => of
                .iter()
                .map(|c| format!("({})", write(c)))
                .collect::<Vec<_>>()
                .join(" or "),
        }
    }

    fn condition() -> impl Strategy<Value = Condition> {
        let name =
            "[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4})?".prop_filter("not a keyword", |n| is_name(n));
        let leaf = prop_oneof![
            Just(Condition::Minor),
            Just(Condition::Adult),
            Just(Condition::Me),
            Just(Condition::Other),
            (
                name,
                proptest::collection::vec(
                    "[a-z][a-z-]{0,6}[a-z]".prop_filter("value", |v| is_value(v)),
                    1..4
                )
            )
                .prop_map(|(question, values)| Condition::Is { question, values }),
        ];
        leaf.prop_recursive(4, 24, 4, |inner| {
            prop_oneof![
                inner
                    .clone()
                    .prop_map(|c| Condition::Not { of: Box::new(c) }),
                proptest::collection::vec(inner.clone(), 2..4).prop_map(|of| Condition::All { of }),
                proptest::collection::vec(inner, 2..4).prop_map(|of| Condition::Any { of }),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_text_parses_or_is_refused_without_panic(text in any::<String>()) {
            let _ = parse_condition(&text);
        }

        #[test]
        fn token_soup_parses_or_is_refused_without_panic(
            tokens in proptest::collection::vec(prop_oneof![
                Just("("), Just(")"), Just("|"), Just("and"), Just("or"), Just("not"),
                Just("is"), Just("minor"), Just("me"), Just("q"), Just("yes"),
            ], 0..40)
        ) {
            let _ = parse_condition(&tokens.join(" "));
        }

        #[test]
        fn written_conditions_parse_back(c in condition()) {
            let text = write(&c);
            let parsed = parse_condition(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            // Parentheses may flatten nested all/any of the same kind; compare by
            // writing again.
            prop_assert_eq!(write(&parsed), write(&c));
        }
    }

    fn is(q: &str, values: &[&str]) -> Condition {
        Condition::Is {
            question: q.into(),
            values: values.iter().map(|v| v.to_string()).collect(),
        }
    }

    #[test]
    fn parses_precedence_values_and_keywords() {
        assert_eq!(
            parse_condition("situation is relationship or (minor and situation is sexual)"),
            Ok(Condition::Any {
                of: vec![
                    is("situation", &["relationship"]),
                    Condition::All {
                        of: vec![Condition::Minor, is("situation", &["sexual"])]
                    },
                ]
            })
        );
        assert_eq!(
            parse_condition("not a is yes|unsure and other"),
            Ok(Condition::All {
                of: vec![
                    Condition::Not {
                        of: Box::new(is("a", &["yes", "unsure"]))
                    },
                    Condition::Other
                ]
            })
        );
    }

    #[test]
    fn explains_bad_conditions() {
        assert_eq!(
            parse_condition("a is"),
            Err("expected an answer at the end".into())
        );
        assert_eq!(
            parse_condition("(a is yes"),
            Err("a `(` is not closed".into())
        );
        assert_eq!(
            parse_condition("a yes"),
            Err("expected `is` after `a`, found `yes`".into())
        );
        assert_eq!(parse_condition("a is yes b"), Err("unexpected `b`".into()));
        assert_eq!(
            parse_condition("A is yes"),
            Err("unexpected character `A`".into())
        );
        assert_eq!(parse_condition("  "), Err("the condition is empty".into()));
        assert!(parse_condition(&"(".repeat(100)).is_err());
    }
}
