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
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        // .5元: a decimal point that opens a number, after a word.
        if c == '.'
            && prev.is_some_and(|p| {
                !p.is_ascii_digit() && !p.is_ascii_punctuation() && !p.is_whitespace()
            })
            && next.is_some_and(|n| n.is_ascii_digit())
        {
            let after_digits = chars[k + 1..]
                .iter()
                .find(|(_, n)| !n.is_ascii_digit())
                .map(|(_, n)| *n);
            if after_digits.is_some_and(|u| UNITS.contains(&u)) {
                out.push(excerpt(text, at, 10));
            }
        }
        // 为元/人/月: a money unit right after a word that expects a number.
        if c == '元'
            && prev.is_some_and(|p| EXPECTING.contains(&p))
            && next.is_some_and(|n| matches!(n, '/' | '每'))
        {
            out.push(excerpt(text, at, 10));
        }
    }
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
