//! Turns an article's Markdown body into the small block structure of `lueur-contract`,
//! refusing the Markdown features native screens cannot draw.

use lueur_contract::{Block, Span};
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A problem in the Markdown, at a byte range of the body.
#[derive(Debug, PartialEq, Eq)]
pub struct MarkdownProblem {
    pub at: Range<usize>,
    pub message: String,
}

#[derive(Default)]
struct Style {
    strong: u32,
    emphasis: u32,
    link: Option<String>,
}

/// Link targets found in a body, with their byte ranges.
pub type Links = Vec<(String, Range<usize>)>;

/// Parses `body` into blocks; every link target is returned with its position so the
/// caller can check it.
pub fn to_blocks(body: &str) -> (Vec<Block>, Links, Vec<MarkdownProblem>) {
    let mut blocks = Vec::new();
    let mut links = Vec::new();
    let mut problems = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut style = Style::default();
    let mut heading: Option<u8> = None;
    let mut list_depth = 0u32;

    let flush =
        |spans: &mut Vec<Span>, blocks: &mut Vec<Block>, heading: Option<u8>, in_list: bool| {
            let trimmed = trim_spans(std::mem::take(spans));
            if trimmed.is_empty() {
                return;
            }
            blocks.push(match (heading, in_list) {
                (Some(level), _) => Block::Heading {
                    level,
                    spans: trimmed,
                },
                (None, true) => Block::ListItem { spans: trimmed },
                (None, false) => Block::Paragraph { spans: trimmed },
            });
        };

    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some(level as u8),
            Event::End(TagEnd::Heading(_)) => {
                flush(&mut spans, &mut blocks, heading, false);
                heading = None;
            }
            Event::Start(Tag::Paragraph) => {}
            Event::End(TagEnd::Paragraph) => flush(&mut spans, &mut blocks, None, list_depth > 0),
            Event::Start(Tag::List(_)) => {
                if list_depth > 0 {
                    problems.push(MarkdownProblem {
                        at: range,
                        message: "nested lists are not supported".into(),
                    });
                }
                list_depth += 1;
            }
            Event::End(TagEnd::List(_)) => list_depth = list_depth.saturating_sub(1),
            Event::Start(Tag::Item) => flush(&mut spans, &mut blocks, None, true),
            Event::End(TagEnd::Item) => flush(&mut spans, &mut blocks, None, true),
            Event::Start(Tag::Emphasis) => style.emphasis += 1,
            Event::End(TagEnd::Emphasis) => style.emphasis = style.emphasis.saturating_sub(1),
            Event::Start(Tag::Strong) => style.strong += 1,
            Event::End(TagEnd::Strong) => style.strong = style.strong.saturating_sub(1),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                if matches!(link_type, LinkType::Email) {
                    style.link = Some(format!("mailto:{dest_url}"));
                } else {
                    links.push((dest_url.to_string(), range.clone()));
                    style.link = Some(dest_url.to_string());
                }
            }
            Event::End(TagEnd::Link) => style.link = None,
            Event::Text(text) | Event::Code(text) => push_text(&mut spans, &style, &text),
            Event::SoftBreak | Event::HardBreak => push_text(&mut spans, &style, " "),
            Event::Start(other) => problems.push(MarkdownProblem {
                at: range,
                message: format!("unsupported Markdown: {}", describe(&other)),
            }),
            Event::Html(_) | Event::InlineHtml(_) => problems.push(MarkdownProblem {
                at: range,
                message: "unsupported Markdown: HTML".into(),
            }),
            Event::Rule => problems.push(MarkdownProblem {
                at: range,
                message: "unsupported Markdown: horizontal rule".into(),
            }),
            _ => {}
        }
    }
    flush(&mut spans, &mut blocks, heading, false);
    (blocks, links, problems)
}

fn describe(tag: &Tag<'_>) -> &'static str {
    match tag {
        Tag::Image { .. } => "image",
        Tag::BlockQuote(_) => "block quote",
        Tag::CodeBlock(_) => "code block",
        Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell => "table",
        Tag::HtmlBlock => "HTML",
        Tag::FootnoteDefinition(_) => "footnote",
        _ => "this construct",
    }
}

fn push_text(spans: &mut Vec<Span>, style: &Style, text: &str) {
    let strong = style.strong > 0;
    let emphasis = style.emphasis > 0;
    if let Some(last) = spans.last_mut()
        && last.strong == strong
        && last.emphasis == emphasis
        && last.link == style.link
    {
        last.text.push_str(text);
        return;
    }
    spans.push(Span {
        text: text.to_string(),
        strong,
        emphasis,
        link: style.link.clone(),
    });
}

fn trim_spans(mut spans: Vec<Span>) -> Vec<Span> {
    if let Some(first) = spans.first_mut() {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = spans.last_mut() {
        last.text = last.text.trim_end().to_string();
    }
    spans.retain(|span| !span.text.is_empty());
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Span {
        Span {
            text: text.into(),
            ..Span::default()
        }
    }

    #[test]
    fn headings_paragraphs_lists_and_inline_styles() {
        let (blocks, links, problems) = to_blocks(
            "## Help\n\nCall **101** now.\n\n- one *item*\n- see [site](https://www.example.be)\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(links, vec![("https://www.example.be".to_string(), 47..77)]);
        assert_eq!(
            blocks,
            vec![
                Block::Heading {
                    level: 2,
                    spans: vec![plain("Help")]
                },
                Block::Paragraph {
                    spans: vec![
                        plain("Call "),
                        Span {
                            text: "101".into(),
                            strong: true,
                            ..Span::default()
                        },
                        plain(" now.")
                    ]
                },
                Block::ListItem {
                    spans: vec![
                        plain("one "),
                        Span {
                            text: "item".into(),
                            emphasis: true,
                            ..Span::default()
                        }
                    ]
                },
                Block::ListItem {
                    spans: vec![
                        plain("see "),
                        Span {
                            text: "site".into(),
                            link: Some("https://www.example.be".into()),
                            ..Span::default()
                        }
                    ]
                },
            ]
        );
    }

    #[test]
    fn soft_breaks_join_lines_of_one_paragraph() {
        let (blocks, _, _) = to_blocks("one\ntwo\n");
        assert_eq!(
            blocks,
            vec![Block::Paragraph {
                spans: vec![plain("one two")]
            }]
        );
    }

    #[test]
    fn refuses_what_native_screens_cannot_draw() {
        let (_, _, problems) = to_blocks("![x](a.png)\n\n> quote\n");
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            messages,
            vec![
                "unsupported Markdown: image",
                "unsupported Markdown: block quote"
            ]
        );
    }
}
