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
///
/// Every character of the analysis text comes from exactly one character of
/// the original (removed text maps to nothing), so the map only records the
/// places where the byte offset between the two changes: an anchor
/// `(analysis offset, original offset)` per change, about one per full-width
/// punctuation mark.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    pub text: String,
    anchors: Vec<(u32, u32)>,
}

impl Normalized {
    /// The original byte offset where the character at analysis byte `at` starts.
    fn original_start(&self, at: usize) -> usize {
        let i = self.anchors.partition_point(|&(n, _)| n as usize <= at);
        match i.checked_sub(1).map(|i| self.anchors[i]) {
            Some((n, o)) => o as usize + (at - n as usize),
            None => at,
        }
    }

    /// The original byte range of the analysis byte range `start..end`: from
    /// the start of its first character to the end of its last, in `original`.
    pub fn original_range(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        if self.text.is_empty() || original.is_empty() {
            return (0, 0);
        }
        let start = floor_boundary(&self.text, start.min(self.text.len() - 1));
        let end = end.clamp(start + 1, self.text.len());
        let last = floor_boundary(&self.text, end - 1);
        let a = self.original_start(start).min(original.len());
        let last_orig = self.original_start(last).min(original.len());
        let b = last_orig
            + original[last_orig..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        (a, b.max(a))
    }

    fn push(&mut self, c: char, orig_start: usize) {
        let at = self.text.len();
        // Pushes come in order, so the last anchor decides where `at` maps.
        let mapped = match self.anchors.last() {
            Some(&(n, o)) => o as usize + (at - n as usize),
            None => at,
        };
        if mapped != orig_start {
            self.anchors.push((at as u32, orig_start as u32));
        }
        self.text.push(c);
    }

    /// Push a run of characters that map to themselves, from `orig_start` on.
    fn push_str(&mut self, run: &str, orig_start: usize) {
        let Some(first) = run.chars().next() else {
            return;
        };
        // The run keeps one offset between the two texts: the anchor of its
        // first character serves them all.
        self.push(first, orig_start);
        self.text.push_str(&run[first.len_utf8()..]);
    }

    fn pop(&mut self) {
        if self.text.pop().is_some() {
            let len = self.text.len() as u32;
            while self.anchors.last().is_some_and(|&(n, _)| n >= len) {
                self.anchors.pop();
            }
        }
    }

    /// Bytes used by the map, for memory accounting.
    pub fn map_bytes(&self) -> usize {
        self.anchors.len() * std::mem::size_of::<(u32, u32)>()
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Traditional → Simplified, one character to one character, from `OpenCC`'s
/// table as shipped by `hanconv`: a direct table over the main CJK block
/// (every character is looked up, so this is the hot path), a map elsewhere.
struct T2s {
    main_block: Vec<char>,
    others: HashMap<char, char>,
}

const MAIN_BLOCK: std::ops::RangeInclusive<u32> = 0x4E00..=0x9FFF;

static T2S: LazyLock<T2s> = LazyLock::new(|| {
    let mut main_block: Vec<char> = MAIN_BLOCK
        .map(|c| char::from_u32(c).unwrap_or(' '))
        .collect();
    let mut others = HashMap::new();
    for (from, to) in hanconv::RawDictionary::TSCharacters.iter() {
        let mut f = from.chars();
        let mut t = to.chars();
        if let (Some(a), None, Some(b), None) = (f.next(), f.next(), t.next(), t.next()) {
            if a == b {
                continue;
            }
            if MAIN_BLOCK.contains(&(a as u32)) {
                main_block[(a as u32 - MAIN_BLOCK.start()) as usize] = b;
            } else {
                others.insert(a, b);
            }
        }
    }
    T2s { main_block, others }
});

fn to_simplified(c: char) -> char {
    let t2s = &*T2S;
    if MAIN_BLOCK.contains(&(c as u32)) {
        t2s.main_block[(c as u32 - MAIN_BLOCK.start()) as usize]
    } else {
        t2s.others.get(&c).copied().unwrap_or(c)
    }
}

/// Normalise a whole document.
pub fn normalize(original: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(original.len()),
        anchors: Vec::new(),
    };
    let mut line_start = 0;
    for line in original.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !is_furniture(body) {
            normalize_line(body, line_start, &mut out);
        }
        if line.ends_with('\n') {
            let nl = line_start + line.len() - 1;
            out.push('\n', nl);
        }
        line_start += line.len();
    }
    out
}

fn normalize_line(line: &str, base: usize, out: &mut Normalized) {
    // Characters that stay as they are pass through in runs, copied at once.
    let mut run_start = 0;
    let mut chars = line.char_indices().peekable();
    let mut prev_cjk = false;
    while let Some((at, c)) = chars.next() {
        let mapped = map_char(c);
        let special =
            mapped != c || is_clause_punct(c) || c == '\r' || ((c == '(' || c == '（') && prev_cjk);
        if !special {
            prev_cjk = is_cjk(c);
            continue;
        }
        out.push_str(&line[run_start..at], base + run_start);
        run_start = at + c.len_utf8();
        if (c == '(' || c == '（')
            && prev_cjk
            && let Some(len) = pinyin_splice_len(&line[at..])
        {
            while chars.peek().is_some_and(|&(i, _)| i < at + len) {
                chars.next();
            }
            run_start = at + len;
            continue;
        }
        let start = base + at;
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
        out.push(mapped, start);
    }
    out.push_str(&line[run_start..], base + run_start);
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
        // Most text is in the main block, and ASCII maps to itself.
        '\u{4E00}'..='\u{9FFF}' => to_simplified(c),
        '\0'..='\u{7F}' | '\u{2014}' | '\u{2015}' | '\u{FE63}' => c,
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' => ' ',
        _ if is_cjk(c) => to_simplified(c),
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
    if trimmed.len() > 80 * 4 || trimmed.chars().count() > 80 {
        return false;
    }
    static MATCHER: LazyLock<crate::word_set::WordSet> =
        LazyLock::new(|| crate::word_set::WordSet::new(MARKERS));
    let mapped: String = trimmed.chars().map(map_char).collect();
    MATCHER.is_match(&mapped)
}
