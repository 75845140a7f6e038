//! A set of words found at every place they occur, overlaps included: the
//! search behind the cue tables.
//!
//! Cue words are short and mostly Chinese, and the texts searched are a
//! sentence or part of one. At each character the set looks up the words
//! starting with its first three bytes (one Han character), after a screen
//! on a hash of those bytes that fails for most characters. The screen and
//! the index take a few kilobytes per set and stay in cache, where an
//! automaton's transition table takes tens or hundreds of kilobytes per set.
//! Because a hit is found where it starts, the first and the last hit in a
//! text are found by searching from that end and stopping at the first.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// One occurrence of a word, by byte range, with the word's position in the
/// list the set was built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub word: usize,
}

pub struct WordSet {
    words: Vec<Box<[u8]>>,
    /// Bit `screen_bit(head)` is set for the head of every indexed word.
    screen: Vec<u64>,
    screen_shift: u32,
    /// The words of three bytes or more by their first three bytes, in list
    /// order.
    by_head: HashMap<u32, Vec<usize>, BuildHasherDefault<KeyHasher>>,
    /// The shorter words (`%`, `QQ`), in list order, and a bit per first byte.
    short: Vec<usize>,
    short_firsts: [u64; 4],
}

/// The first three bytes of `bytes` as one number, if it has three.
fn head(bytes: &[u8]) -> Option<u32> {
    match bytes {
        [a, b, c, ..] => Some(u32::from_le_bytes([*a, *b, *c, 0])),
        _ => None,
    }
}

/// The width of the character a UTF-8 lead byte starts: its count of
/// leading ones, or one for ASCII. Without a branch, as text mixes widths.
fn char_width(lead: u8) -> usize {
    let ones = lead.leading_ones() as usize;
    ones + usize::from(ones == 0)
}

/// Whether `text` starts with `word`, compared four or eight bytes at a time
/// (the last block overlapping the one before): cue words are short, and a
/// call to `memcmp` per candidate costs more than the comparison.
#[inline]
pub(crate) fn starts_with(text: &[u8], word: &[u8]) -> bool {
    let n = word.len();
    if text.len() < n {
        return false;
    }
    let text = &text[..n];
    if n < 4 {
        return text.iter().zip(word).all(|(a, b)| a == b);
    }
    if n < 8 {
        let block =
            |b: &[u8], at: usize| u32::from_le_bytes(b[at..at + 4].try_into().unwrap_or([0; 4]));
        return block(text, 0) == block(word, 0) && block(text, n - 4) == block(word, n - 4);
    }
    let block =
        |b: &[u8], at: usize| u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or([0; 8]));
    let mut at = 0;
    while at + 8 < n {
        if block(text, at) != block(word, at) {
            return false;
        }
        at += 8;
    }
    block(text, n - 8) == block(word, n - 8)
}

impl WordSet {
    /// The set of `words`; an empty word is never found.
    pub fn new<I, P>(words: I) -> Self
    where
        I: IntoIterator<Item = P>,
        P: AsRef<str>,
    {
        let words: Vec<Box<[u8]>> = words
            .into_iter()
            .map(|w| w.as_ref().as_bytes().into())
            .collect();
        // Some sixteen bits per word keep the screen's false passes rare.
        let bits = (words.len() * 16).next_power_of_two().max(256);
        let mut set = Self {
            screen: vec![0; bits / 64],
            screen_shift: 64 - bits.trailing_zeros(),
            by_head: HashMap::default(),
            short: Vec::new(),
            short_firsts: [0; 4],
            words: Vec::new(),
        };
        for (i, word) in words.iter().enumerate() {
            match head(word) {
                Some(h) => {
                    let bit = set.screen_bit(h);
                    set.screen[bit / 64] |= 1 << (bit % 64);
                    set.by_head.entry(h).or_default().push(i);
                }
                None => {
                    if let Some(&first) = word.first() {
                        set.short.push(i);
                        set.short_firsts[usize::from(first) / 64] |= 1 << (first % 64);
                    }
                }
            }
        }
        set.words = words;
        set
    }

    fn screen_bit(&self, head: u32) -> usize {
        (u64::from(head).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.screen_shift) as usize
    }

    /// Whether some word may start `rest`: false for most characters.
    #[inline]
    fn may_start(&self, rest: &[u8]) -> bool {
        let long = head(rest).is_some_and(|h| {
            let bit = self.screen_bit(h);
            self.screen[bit / 64] & (1 << (bit % 64)) != 0
        });
        long || rest
            .first()
            .is_some_and(|&b| self.short_firsts[usize::from(b) / 64] & (1 << (b % 64)) != 0)
    }

    /// Every word that starts `rest`, in list order within each length class
    /// (words indexed by head, then short words).
    fn each_at(&self, rest: &[u8], mut f: impl FnMut(usize)) {
        if let Some(words) = head(rest).and_then(|h| self.by_head.get(&h)) {
            for &w in words {
                if starts_with(rest, &self.words[w]) {
                    f(w);
                }
            }
        }
        for &w in &self.short {
            if starts_with(rest, &self.words[w]) {
                f(w);
            }
        }
    }

    fn hits_at(&self, text: &[u8], at: usize, out: &mut Vec<Hit>) {
        self.each_at(&text[at..], |word| {
            out.push(Hit {
                start: at,
                end: at + self.words[word].len(),
                word,
            });
        });
    }

    /// Every occurrence of every word in `text`, overlaps included, ordered
    /// by where it starts.
    pub fn starts_in(&self, text: &str) -> Vec<Hit> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        if self.short.is_empty() {
            // Every word has a head: test the head at every byte. A word
            // starts with a character's first byte, so no word is found at
            // a continuation byte, and with no step from character to
            // character the tests do not wait on one another.
            for (at, w) in bytes.windows(3).enumerate() {
                let bit = self.screen_bit(u32::from_le_bytes([w[0], w[1], w[2], 0]));
                if self.screen[bit / 64] & (1 << (bit % 64)) != 0 {
                    self.hits_at(bytes, at, &mut out);
                }
            }
            return out;
        }
        let mut at = 0;
        while at < bytes.len() {
            if self.may_start(&bytes[at..]) {
                self.hits_at(bytes, at, &mut out);
            }
            at += char_width(bytes[at]);
        }
        out
    }

    /// Every occurrence of every word in `text`, overlaps included, ordered
    /// as an Aho-Corasick overlapping search reports them: by where it ends,
    /// and the longer first of two ending together.
    pub fn overlapping(&self, text: &str) -> Vec<Hit> {
        let mut hits = self.starts_in(text);
        hits.sort_by_key(|h| (h.end, h.start));
        hits
    }

    /// Whether a word starts `rest`.
    fn any_at(&self, rest: &[u8]) -> bool {
        self.may_start(rest) && {
            let mut any = false;
            self.each_at(rest, |_| any = true);
            any
        }
    }

    /// The start of the first occurrence of a word in `text`.
    pub fn first_start(&self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            if self.any_at(&bytes[at..]) {
                return Some(at);
            }
            at += char_width(bytes[at]);
        }
        None
    }

    /// The start of the last occurrence of a word in `text`, searched from
    /// the end.
    pub fn last_start(&self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        // Continuation bytes start no character.
        (0..bytes.len())
            .rev()
            .find(|&at| bytes[at] & 0xC0 != 0x80 && self.any_at(&bytes[at..]))
    }

    /// Whether `text` holds a word.
    pub fn is_match(&self, text: &str) -> bool {
        self.first_start(text).is_some()
    }
}

/// A hasher for keys that are already distinct numbers (the first bytes of
/// words and names): one multiplication.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        // The table takes its bucket from the low bits and a tag from the top
        // seven: fold the well-mixed high half into the low one.
        let h = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_overlapping_words_in_the_order_of_an_automaton() {
        for words in [
            &["补贴", "生活补贴", "活", "%", "贴标准"][..],
            &["补贴", "生活补贴", "活", "贴标准"],
        ] {
            check_against_automaton(words);
        }
    }

    fn check_against_automaton(words: &[&str]) {
        let set = WordSet::new(words);
        let automaton = aho_corasick::AhoCorasick::new(words).expect("an automaton");
        for text in ["每人生活补贴标准提高5%", "活活补贴贴标准", "", "%%", "补"] {
            let expected: Vec<(usize, usize, usize)> = automaton
                .find_overlapping_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            let got: Vec<(usize, usize, usize)> = set
                .overlapping(text)
                .iter()
                .map(|h| (h.start, h.end, h.word))
                .collect();
            assert_eq!(got, expected, "{text}");
            assert_eq!(
                set.last_start(text),
                expected.iter().map(|h| h.0).max(),
                "{text}"
            );
            assert_eq!(
                set.first_start(text),
                expected.iter().map(|h| h.0).min(),
                "{text}"
            );
        }
    }
}
