//! Paragraphs → sentences → clauses, by byte range, keeping every byte.

/// Split a paragraph into sentences (ending in 。！？!?), keeping every byte.
pub fn split_sentences(para: &str) -> Vec<&str> {
    let bytes = para.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut at = 0;
    // Every sentence mark starts with one of these bytes, which start no Han
    // character: the text between is skipped by a vectorised search, for
    // the full-width marks alone where the paragraph has no ASCII mark.
    let ascii_marks = memchr::memchr2(b'!', b'?', bytes).is_some();
    while at < bytes.len() {
        if ascii_marks {
            if !matches!(bytes[at], b'!' | b'?' | 0xE2 | 0xE3 | 0xEF) {
                at += 1;
                continue;
            }
        } else {
            match memchr::memchr3(0xE2, 0xE3, 0xEF, &bytes[at..]) {
                Some(skip) => at += skip,
                None => break,
            }
        }
        let Some(c) = para[at..].chars().next() else {
            break;
        };
        if !matches!(c, '。' | '！' | '？' | '!' | '?' | '…') {
            at += c.len_utf8();
            continue;
        }
        let mut end = at + c.len_utf8();
        // Keep closing quotes and repeated marks with the sentence.
        while let Some(n) = para[end..].chars().next()
            && matches!(n, '”' | '’' | '」' | '』' | ')' | '）' | '…' | '。')
        {
            end += n.len_utf8();
        }
        out.push(&para[start..end]);
        start = end;
        at = end;
    }
    if start < para.len() {
        out.push(&para[start..]);
    }
    out
}

/// Whether `text` holds a full stop (。), searched for by its rarest byte:
/// its last bytes are common in Han characters.
pub(super) fn has_full_stop(text: &str) -> bool {
    static FULL_STOP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("。"));
    FULL_STOP.find(text.as_bytes()).is_some()
}

pub(super) fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '。' | '!' | '?' | '！' | '？' | '\n')
}

/// The clauses of a sentence, by byte range.
pub(super) fn clauses_of(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if is_clause_break(c) {
            out.push((start, i));
            start = i + c.len_utf8();
        }
    }
    out.push((start, s.len()));
    out
}

/// The clause around a figure: from the last break before it to the next after.
pub(super) fn clause_around(s: &str, start: usize, end: usize) -> (usize, usize) {
    let a = s[..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let b = s[end..]
        .char_indices()
        .find(|&(_, c)| is_clause_break(c))
        .map_or(s.len(), |(i, _)| end + i);
    // Trim white space and opening quotes.
    let clause = &s[a..b];
    let lead = clause.len() - clause.trim_start().len();
    let trail = clause.len() - clause.trim_end().len();
    (a + lead, (b - trail).max(a + lead))
}

/// `text` without the words of `words` at its end, as long as one stands
/// there (the longest first): 人数已超过 → 人数 for the links 已 and 超过.
pub(super) fn strip_trailing<'t>(mut text: &'t str, words: &[&str]) -> &'t str {
    while let Some(w) = words
        .iter()
        .filter(|w| !w.is_empty() && text.ends_with(*w))
        .max_by_key(|w| w.len())
    {
        text = &text[..text.len() - w.len()];
    }
    text
}

/// The last occurrence of `word` in a short text (a clause or less):
/// comparing bytes at each place is quicker there than preparing a general
/// search. A word that is valid UTF-8 only matches at a character boundary.
pub(super) fn rfind_short(text: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return Some(text.len());
    }
    let (text, word) = (text.as_bytes(), word.as_bytes());
    let last = text.len().checked_sub(word.len())?;
    (0..=last)
        .rev()
        .find(|&at| crate::word_set::starts_with(&text[at..], word))
}

#[cfg(test)]
mod tests {
    use super::{rfind_short, split_sentences};

    #[test]
    fn sentences_end_at_their_marks_with_closing_quotes_kept() {
        let para = "标准提高到“每月800元。”随后发放!是否到位？已到位……「好」（附表）说明:无";
        assert_eq!(
            split_sentences(para),
            [
                "标准提高到“每月800元。”",
                "随后发放!",
                "是否到位？",
                "已到位……",
                "「好」（附表）说明:无",
            ]
        );
        assert!(split_sentences("").is_empty());
        assert_eq!(split_sentences("。。”"), ["。。”"]);
    }

    #[test]
    fn rfind_short_agrees_with_rfind() {
        let texts = [
            "",
            "每人每月",
            "按每户每年计,人均",
            "临时临时补贴",
            "a每人b",
            "人均人",
        ];
        let words = ["每人", "人均", "临时", "每户", "人", "不在", "a"];
        for text in texts {
            for word in words {
                assert_eq!(
                    rfind_short(text, word),
                    text.rfind(word),
                    "{word} in {text}"
                );
            }
        }
    }
}
