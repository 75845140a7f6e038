//! HTML → plain text. Input: a page's decoded text. Output: its readable text,
//! parsed as browsers do (`html5ever`, through `scraper`): every named
//! entity decoded, quotes and `>` inside attributes understood, scripts,
//! styles and comments gone, and block elements turned into line breaks so
//! that paragraphs stay paragraphs. The page's `<title>` comes first, on a
//! line of its own, so that it becomes the article's title.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements whose start or end begins a new line.
const BLOCK_ELEMENTS: [&str; 28] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "table",
    "tr",
];

/// Elements whose content is never text.
const SKIPPED_ELEMENTS: [&str; 8] = [
    "script", "style", "noscript", "template", "svg", "head", "iframe", "object",
];

/// Strip markup from an HTML page.
pub fn to_text(html: &str) -> String {
    let page = Html::parse_document(html);
    let title = title(&page);
    let mut out = String::with_capacity(html.len() / 2);
    if let Some(title) = &title {
        out.push_str(title);
        out.push_str("\n\n");
    }
    // Depth inside a skipped element: its text is never read.
    let mut skipping = 0usize;
    // A first heading that repeats the title is not read twice.
    let mut heading_start: Option<usize> = None;
    let mut seen_heading = false;
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => {
                    let name = element.name();
                    if SKIPPED_ELEMENTS.contains(&name) {
                        skipping += 1;
                    } else if skipping == 0 {
                        open_or_close(&mut out, name);
                        if matches!(name, "h1" | "h2") && !seen_heading {
                            seen_heading = true;
                            heading_start = Some(out.len());
                        }
                    }
                }
                Node::Text(text) if skipping == 0 => push_folded(&mut out, &text.text),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    let name = element.name();
                    if SKIPPED_ELEMENTS.contains(&name) {
                        skipping = skipping.saturating_sub(1);
                    } else if skipping == 0 {
                        if let (Some(at), Some(title)) = (heading_start, &title)
                            && matches!(name, "h1" | "h2")
                        {
                            heading_start = None;
                            if out[at..].trim() == title.as_str() {
                                out.truncate(at);
                            }
                        }
                        open_or_close(&mut out, name);
                    }
                }
            }
        }
    }
    tidy_lines(&out)
}

/// The page's `<title>`, white space folded, when it has one.
fn title(page: &Html) -> Option<String> {
    let node = page
        .tree
        .root()
        .descendants()
        .find(|n| matches!(n.value(), Node::Element(e) if e.name() == "title"))?;
    let mut text = String::new();
    for child in node.descendants() {
        if let Node::Text(t) = child.value() {
            push_folded(&mut text, t);
        }
    }
    let text = text.trim().to_owned();
    (!text.is_empty()).then_some(text)
}

/// Where an element starts or ends: a line break for blocks, a space
/// between table cells.
fn open_or_close(out: &mut String, name: &str) {
    if name == "td" || name == "th" {
        if !out.ends_with([' ', '\n']) && !out.is_empty() {
            out.push(' ');
        }
    } else if BLOCK_ELEMENTS.contains(&name) && !out.ends_with('\n') && !out.is_empty() {
        out.push('\n');
    }
}

/// Append text with runs of white space folded (the ideographic space is
/// kept: it is part of Chinese layout). A no-break space folds like a space.
fn push_folded(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{3000}' {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// Trim each line and drop runs of blank lines beyond one.
fn tidy_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_matches(|c: char| c == ' ' || c == '\t');
        if line.is_empty() {
            blank += 1;
            if blank == 1 && !out.is_empty() {
                out.push('\n');
            }
            continue;
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}
