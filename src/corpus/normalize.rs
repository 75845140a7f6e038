//! Original text → analysis text. Input: a document's decoded text. Output: a
//! [`Normalized`] text for the extractor, with a map from every byte of it back
//! to the original, so that figures and quotes always point at what was written.
//!
//! What changes: full-width digits, letters and punctuation become their usual
//! forms; Traditional characters become Simplified (character by character, so
//! offsets stay one-to-one); pinyin readings spliced after characters
//! (`標(biāo)準(zhǔn)`) are removed; doubled punctuation (`,,` `,、`) collapses;
//! page furniture lines (`扫一扫在手机端打开当前页`, `浏览量:128 次`) are dropped.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Analysis text with its map back to the original.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    pub text: String,
    /// For each byte of `text`, the original byte offset where its character starts.
    orig_start: Vec<u32>,
    /// For each byte of `text`, the original byte offset where its character ends.
    orig_end: Vec<u32>,
}

impl Normalized {
    /// The original byte range of the normalised byte range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.text.is_empty() {
            return (0, 0);
        }
        let start = start.min(self.text.len() - 1);
        let end = end.clamp(start + 1, self.text.len());
        (
            self.orig_start[start] as usize,
            self.orig_end[end - 1] as usize,
        )
    }

    fn push(&mut self, c: char, orig_start: usize, orig_end: usize) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.orig_start.push(orig_start as u32);
            self.orig_end.push(orig_end as u32);
        }
    }

    fn pop(&mut self) {
        if let Some(c) = self.text.pop() {
            let keep = self.orig_start.len() - c.len_utf8();
            self.orig_start.truncate(keep);
            self.orig_end.truncate(keep);
        }
    }
}

/// Traditional → Simplified, one character to one character, from `OpenCC`'s
/// table as shipped by `hanconv`.
static T2S: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    hanconv::RawDictionary::TSCharacters
        .iter()
        .filter_map(|(from, to)| {
            let mut f = from.chars();
            let mut t = to.chars();
            match (f.next(), f.next(), t.next(), t.next()) {
                (Some(a), None, Some(b), None) if a != b => Some((a, b)),
                _ => None,
            }
        })
        .collect()
});

/// Normalise a whole document.
pub fn normalize(original: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(original.len()),
        orig_start: Vec::with_capacity(original.len()),
        orig_end: Vec::with_capacity(original.len()),
    };
    let mut line_start = 0;
    for line in original.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !is_furniture(body) {
            normalize_line(body, line_start, &mut out);
        }
        if line.ends_with('\n') {
            let nl = line_start + line.len() - 1;
            out.push('\n', nl, nl + 1);
        }
        line_start += line.len();
    }
    out
}

fn normalize_line(line: &str, base: usize, out: &mut Normalized) {
    let mut chars = line.char_indices().peekable();
    let mut prev_cjk = false;
    while let Some((at, c)) = chars.next() {
        if (c == '(' || c == '（')
            && prev_cjk
            && let Some(len) = pinyin_splice_len(&line[at..])
        {
            while chars.peek().is_some_and(|&(i, _)| i < at + len) {
                chars.next();
            }
            continue;
        }
        let mapped = map_char(c);
        let (start, end) = (base + at, base + at + c.len_utf8());
        prev_cjk = is_cjk(c);
        if is_clause_punct(mapped)
            && let Some(last) = out.text.chars().last().filter(|&l| is_clause_punct(l))
        {
            if last == ',' && mapped != ',' {
                out.pop();
            } else {
                continue;
            }
        }
        if mapped == '\r' {
            continue;
        }
        out.push(mapped, start, end);
    }
}

fn is_clause_punct(c: char) -> bool {
    matches!(c, ',' | '、' | ';' | '。')
}

/// Length in bytes of a pinyin reading such as `(biāo)` at the start of `text`.
fn pinyin_splice_len(text: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    let (_, open) = chars.next()?;
    let close = if open == '(' { ')' } else { '）' };
    let mut letters = 0;
    let mut toned = false;
    for (i, c) in chars {
        if c == close {
            let plausible = (1..=6).contains(&letters) && (toned || letters >= 2);
            return plausible.then_some(i + c.len_utf8());
        }
        if c.is_ascii_lowercase() {
            letters += 1;
        } else if "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".contains(c) {
            letters += 1;
            toned = true;
        } else {
            return None;
        }
    }
    None
}

/// One character's analysis form.
pub fn map_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' => ' ',
        '\u{2014}' | '\u{2015}' | '\u{FE63}' => c,
        _ if is_cjk(c) => T2S.get(&c).copied().unwrap_or(c),
        _ => c,
    }
}

pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Page furniture: navigation, counters, print and share links.
pub fn is_furniture(line: &str) -> bool {
    const MARKERS: [&str; 22] = [
        "扫一扫在手机",
        "在手机端打开",
        "手机扫一扫",
        "【字体",
        "字体：",
        "字体:",
        "字号：",
        "浏览量",
        "浏览次数",
        "阅读量：",
        "阅读次数",
        "当前位置",
        "您现在的位置",
        "您所在的位置",
        "打印本页",
        "关闭窗口",
        "分享到",
        "返回顶部",
        "【打印",
        "【关闭",
        "上一篇",
        "下一篇",
    ];
    let trimmed = line.trim();
    if trimmed.chars().count() > 80 {
        return false;
    }
    let mapped: String = trimmed.chars().map(map_char).collect();
    MARKERS.iter().any(|m| mapped.contains(m))
}
