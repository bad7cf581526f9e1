//! The words a person reads, pulled out of the content files with their positions:
//! the text of Fluent messages and of articles (title, summary, body), without markup,
//! placeables or link targets. The glossary, typography and readability rules all read
//! text through this module, so they agree on what counts as text and point at the same
//! lines.

use crate::model::{ArticleFile, Content, SourceFile};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Stands for a Fluent placeable (`{ $number }`), so that the text around it keeps its
/// shape ("Appeler le \u{FFFC} ?") without its code being read as words.
pub const PLACEABLE: char = '\u{FFFC}';

/// What a piece of text is, for the rules that treat them differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    /// A Fluent message or term (all its lines and variants).
    Message,
    /// An article's title or summary, from the front matter.
    Front,
    Heading,
    Paragraph,
    ListItem,
}

/// A run of readable text, and for each of its bytes the byte offset in the source
/// file it came from.
#[derive(Debug, Clone)]
pub struct Piece {
    pub kind: PieceKind,
    pub text: String,
    offsets: Vec<usize>,
}

impl Piece {
    fn new(kind: PieceKind) -> Self {
        Piece {
            kind,
            text: String::new(),
            offsets: Vec::new(),
        }
    }

    fn push(&mut self, text: &str, source_start: Option<usize>, fallback: usize) {
        for (i, _) in text.char_indices() {
            let at = source_start.map_or(fallback, |start| start + i);
            let len = text[i..].chars().next().map_or(1, char::len_utf8);
            self.offsets.extend(std::iter::repeat_n(at, len));
        }
        self.text.push_str(text);
    }

    /// The source byte offset of the text's byte `i`.
    pub fn source_offset(&self, i: usize) -> usize {
        self.offsets
            .get(i)
            .or(self.offsets.last())
            .copied()
            .unwrap_or(0)
    }
}

/// A content file's readable text.
pub struct FileProse<'a> {
    pub file: &'a SourceFile,
    pub pieces: Vec<Piece>,
}

impl FileProse<'_> {
    pub fn line(&self, piece: &Piece, i: usize) -> usize {
        self.file.line(piece.source_offset(i))
    }
}

/// Every text file of `locale` whose words are checked: all its Fluent files and its
/// articles.
pub fn of_locale<'a>(content: &'a Content, locale: &'a str) -> Vec<FileProse<'a>> {
    let mut out = Vec::new();
    for ftl in content.ftl.iter().filter(|f| f.locale == locale) {
        out.push(FileProse {
            file: &ftl.file,
            pieces: ftl_pieces(&ftl.file.text),
        });
    }
    for by_locale in content.article_dirs.values() {
        if let Some(article) = by_locale.get(locale) {
            out.push(FileProse {
                file: &article.file,
                pieces: article_pieces(article),
            });
        }
    }
    out
}

/// The texts of a Fluent file, one piece per message. Fluent's parser keeps no
/// positions, so the file is read line by line, with the few shapes a message can take:
/// `id = text`, indented continuation lines, `.attribute = text`, `[variant] text`,
/// and placeables, which become [`PLACEABLE`].
pub fn ftl_pieces(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut current: Option<Piece> = None;
    let mut open_selectors = 0usize;
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let first = content.chars().next();
        let rest_at = match first {
            None => continue,
            Some('#') => {
                if let Some(piece) = current.take() {
                    pieces.push(piece);
                }
                open_selectors = 0;
                continue;
            }
            Some(c) if !c.is_whitespace() => {
                // A new message or term: `id = value`.
                if let Some(piece) = current.take() {
                    pieces.push(piece);
                }
                open_selectors = 0;
                let Some(eq) = content.find('=') else {
                    continue;
                };
                current = Some(Piece::new(PieceKind::Message));
                eq + 1
            }
            Some(_) => {
                let trimmed = content.trim_start();
                let indent = content.len() - trimmed.len();
                let after_key = strip_variant_key(trimmed)
                    .or_else(|| strip_attribute(trimmed))
                    .unwrap_or(0);
                indent + after_key
            }
        };
        let Some(piece) = current.as_mut() else {
            continue;
        };
        let rest = &content[rest_at.min(content.len())..];
        let lead = rest.len() - rest.trim_start().len();
        let mut line_piece = Piece::new(PieceKind::Message);
        push_ftl_text(
            &mut line_piece,
            rest.trim(),
            start + rest_at + lead,
            &mut open_selectors,
        );
        if !line_piece.text.trim().is_empty() {
            if !piece.text.is_empty() {
                piece.push("\n", None, start + rest_at + lead);
            }
            piece.text.push_str(&line_piece.text);
            piece.offsets.extend(line_piece.offsets);
        }
    }
    if let Some(piece) = current {
        pieces.push(piece);
    }
    pieces.retain(|p| !p.text.trim().is_empty());
    pieces
}

/// `[one] text` or `*[other] text`: the offset of the text after the key.
fn strip_variant_key(line: &str) -> Option<usize> {
    let after_star = line.strip_prefix('*').unwrap_or(line);
    let star = line.len() - after_star.len();
    let inner = after_star.strip_prefix('[')?;
    let close = inner.find(']')?;
    Some(star + 1 + close + 1)
}

/// `.hint = text`: the offset of the text after `=`.
fn strip_attribute(line: &str) -> Option<usize> {
    let rest = line.strip_prefix('.')?;
    let eq = rest.find('=')?;
    rest[..eq]
        .trim()
        .chars()
        .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        .then_some(1 + eq + 1)
}

fn push_ftl_text(piece: &mut Piece, text: &str, source_start: usize, open_selectors: &mut usize) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut plain_from = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                piece.push(&text[plain_from..i], Some(source_start + plain_from), 0);
                match matching_brace(&text[i..]) {
                    Some(len) => {
                        let mut buf = [0u8; 4];
                        piece.push(PLACEABLE.encode_utf8(&mut buf), None, source_start + i);
                        i += len;
                    }
                    None => {
                        // A selector opens here (`{ $count ->`): its variants follow on
                        // the next lines.
                        *open_selectors += 1;
                        i = bytes.len();
                    }
                }
                plain_from = i;
            }
            b'}' if *open_selectors > 0 => {
                piece.push(&text[plain_from..i], Some(source_start + plain_from), 0);
                *open_selectors -= 1;
                i += 1;
                plain_from = i;
            }
            _ => i += 1,
        }
    }
    let rest = &text[plain_from.min(text.len())..];
    piece.push(rest, Some(source_start + plain_from), 0);
}

/// The length of a `{ … }` that closes on the same line, nesting included.
fn matching_brace(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    for (i, c) in text.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '{' if !in_string => depth += 1,
            '}' if !in_string => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// An article's texts: its title and summary, then one piece per heading, paragraph
/// and list item of the body.
pub fn article_pieces(article: &ArticleFile) -> Vec<Piece> {
    let mut pieces = front_pieces(
        &article.file.text,
        article.front_offset,
        article.body_offset,
    );
    pieces.extend(body_pieces(article.body(), article.body_offset));
    pieces
}

/// `title = "…"` and `summary = "…"` of the front matter, found by their lines.
fn front_pieces(text: &str, front_offset: usize, body_offset: usize) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let front = text.get(front_offset..body_offset).unwrap_or_default();
    let mut at = front_offset;
    for line in front.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        if !matches!(key.trim(), "title" | "summary") {
            continue;
        }
        let value_at = start + key.len() + 1;
        let trimmed = value.trim();
        let Some(inner) = trimmed.strip_prefix('"').and_then(|v| v.strip_suffix('"')) else {
            continue;
        };
        let inner_at = value_at + (value.len() - value.trim_start().len()) + 1;
        let mut piece = Piece::new(PieceKind::Front);
        piece.push(inner, Some(inner_at), 0);
        pieces.push(piece);
    }
    pieces
}

/// The body's blocks with their text as shown (no markup, no link targets).
pub fn body_pieces(body: &str, body_offset: usize) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut current: Option<Piece> = None;
    let mut in_item = 0u32;
    let flush = |current: &mut Option<Piece>, pieces: &mut Vec<Piece>| {
        if let Some(piece) = current.take()
            && !piece.text.trim().is_empty()
        {
            pieces.push(piece);
        }
    };
    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut current, &mut pieces);
                current = Some(Piece::new(PieceKind::Heading));
            }
            Event::Start(Tag::Paragraph) if current.is_none() => {
                current = Some(Piece::new(if in_item > 0 {
                    PieceKind::ListItem
                } else {
                    PieceKind::Paragraph
                }));
            }
            Event::Start(Tag::Item) => {
                flush(&mut current, &mut pieces);
                in_item += 1;
                current = Some(Piece::new(PieceKind::ListItem));
            }
            Event::End(TagEnd::Item) => {
                flush(&mut current, &mut pieces);
                in_item = in_item.saturating_sub(1);
            }
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Paragraph) => {
                flush(&mut current, &mut pieces);
            }
            Event::Text(text) | Event::Code(text) => {
                let piece = current.get_or_insert_with(|| Piece::new(PieceKind::Paragraph));
                let source = body.get(range.clone());
                let exact = source == Some(text.as_ref());
                piece.push(
                    &text,
                    exact.then_some(body_offset + range.start),
                    body_offset + range.start,
                );
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(piece) = current.as_mut() {
                    piece.push(" ", None, body_offset + range.start);
                }
            }
            _ => {}
        }
    }
    flush(&mut current, &mut pieces);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(pieces: &[Piece]) -> Vec<&str> {
        pieces.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn fluent_messages_lose_their_code_but_keep_variants_and_attributes() {
        let ftl = "# comment\nhome-title = Lueur\nitems = { $count ->\n    [one] One item\n   *[other] { $count } items\n}\nfield = Which one?\n    .hint = Choose { $n }.\n";
        let pieces = ftl_pieces(ftl);
        assert_eq!(
            texts(&pieces),
            vec![
                "Lueur",
                "One item\n\u{FFFC} items",
                "Which one?\nChoose \u{FFFC}."
            ]
        );
        let choose = &pieces[2];
        let at = choose.text.find("Choose").expect("Choose");
        assert_eq!(crate::diag::line_at(ftl, choose.source_offset(at)), 8);
    }

    #[test]
    fn article_bodies_keep_link_text_not_link_targets() {
        let body =
            "## Help\n\nCall **101** or see [the site](https://www.example.be).\n\n- one\n- two\n";
        let pieces = body_pieces(body, 0);
        assert_eq!(
            texts(&pieces),
            vec!["Help", "Call 101 or see the site.", "one", "two"]
        );
        assert_eq!(pieces[0].kind, PieceKind::Heading);
        assert_eq!(pieces[2].kind, PieceKind::ListItem);
        let item = &pieces[3];
        assert_eq!(crate::diag::line_at(body, item.source_offset(0)), 6);
    }
}
