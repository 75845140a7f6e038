//! Figures whose digits were lost. Input: a document's analysis text.
//! Output: a short excerpt around every figure that looks damaged: a number
//! that starts with its decimal point (`.5元/人/月`: a digit was stripped), a
//! unit with no number before it (`标准为元/人/月`), and a text that stops
//! inside a number (`…提高到215.`). Such figures are never measures; they are
//! reported as problems of their document so that nobody mistakes a gap for
//! a zero.

/// Units that a figure's number stands right before.
const UNITS: [char; 8] = ['元', '%', '万', '亿', '人', '户', '个', '名'];

/// Words after which a number is expected: 为元, 到元, 达元.
const EXPECTING: [char; 6] = ['为', '到', '至', '达', '是', '按'];

/// An excerpt of about `radius` characters on each side of byte `at`.
fn excerpt(text: &str, at: usize, radius: usize) -> String {
    let start = text[..at]
        .char_indices()
        .rev()
        .take(radius)
        .last()
        .map_or(at, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .nth(radius)
        .map_or(text.len(), |(i, _)| at + i);
    text[start..end]
        .replace(['\n', '\r'], " ")
        .trim()
        .to_owned()
}

/// Excerpts of the damaged figures in `text`, in order.
pub fn damaged_figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let prev_char = |at: usize| text[..at].chars().next_back();
    let next_char = |at: usize, len: usize| text[at + len..].chars().next();
    // .5元: a decimal point that opens a number, after a word.
    for (at, _) in text.match_indices('.') {
        let opens = prev_char(at).is_some_and(|p| {
            !p.is_ascii_digit() && !p.is_ascii_punctuation() && !p.is_whitespace()
        });
        if !opens || !next_char(at, 1).is_some_and(|n| n.is_ascii_digit()) {
            continue;
        }
        let unit = text[at + 1..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .chars()
            .next();
        if unit.is_some_and(|u| UNITS.contains(&u)) {
            out.push(excerpt(text, at, 10));
        }
    }
    // 为元/人/月: a money unit right after a word that expects a number.
    for (at, _) in text.match_indices('元') {
        if prev_char(at).is_some_and(|p| EXPECTING.contains(&p))
            && next_char(at, '元'.len_utf8()).is_some_and(|n| matches!(n, '/' | '每'))
        {
            out.push(excerpt(text, at, 10));
        }
    }
    out.sort_by_key(|e| text.find(e.as_str()).unwrap_or(usize::MAX));
    // A text that stops inside a number: its last characters are digits
    // (perhaps with a point) right after a word that expects a figure.
    let tail = text.trim_end();
    let number = tail.trim_end_matches('.');
    let digits = number.len() - number.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        let before = &number[..number.len() - digits];
        if before.ends_with(EXPECTING)
            || tail.ends_with('.') && before.ends_with(|c: char| !c.is_ascii())
        {
            out.push(excerpt(text, number.len() - digits, 10));
        }
    }
    out
}
