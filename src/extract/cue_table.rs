//! Cue tables: word lists by class, kept as data in `assets/cues/*.tsv`
//! (`class<TAB>word` lines, `#` comments) and embedded at build time.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// One class of cue words, with one automaton to find them all at once.
struct Class {
    name: String,
    words: Vec<String>,
    matcher: AhoCorasick,
}

/// One table of cue words, each with its class.
pub struct CueTable {
    /// Classes in file order, each with its words in file order.
    classes: Vec<Class>,
    /// One automaton over the words of every class, for finding the words
    /// of several classes in one pass; `owner[pattern]` is the word's class.
    all: AhoCorasick,
    owner: Vec<usize>,
}

impl CueTable {
    /// Parse `class<TAB>word` lines; blank lines and `#` comments are skipped.
    pub fn parse(tsv: &str) -> Self {
        let mut classes: Vec<(String, Vec<String>)> = Vec::new();
        for line in tsv
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let Some((class, word)) = line.split_once('\t') else {
                continue;
            };
            let (class, word) = (class.trim(), word.trim().to_owned());
            match classes.iter_mut().find(|(c, _)| c == class) {
                Some((_, words)) => words.push(word),
                None => classes.push((class.to_owned(), vec![word])),
            }
        }
        let owner: Vec<usize> = classes
            .iter()
            .enumerate()
            .flat_map(|(i, (_, words))| std::iter::repeat_n(i, words.len()))
            .collect();
        let all = automaton(classes.iter().flat_map(|(_, words)| words));
        let classes = classes
            .into_iter()
            .map(|(name, words)| {
                let matcher = automaton(&words);
                Class {
                    name,
                    words,
                    matcher,
                }
            })
            .collect();
        Self {
            classes,
            all,
            owner,
        }
    }

    /// The words of one class, in file order.
    pub fn of<'a>(&'a self, class: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.class(class)
            .map_or(&[][..], |c| c.words.as_slice())
            .iter()
            .map(String::as_str)
    }

    /// The longest word of `class` that `text` ends with.
    pub fn ending<'a>(&'a self, text: &str, class: &str) -> Option<&'a str> {
        self.of(class)
            .filter(|w| text.ends_with(w))
            .max_by_key(|w| w.len())
    }

    fn class(&self, name: &str) -> Option<&Class> {
        self.classes.iter().find(|c| c.name == name)
    }

    /// The byte offset of the last occurrence in `text` of any word of `class`.
    pub fn last_in(&self, text: &str, class: &str) -> Option<usize> {
        self.class(class)?
            .matcher
            .find_overlapping_iter(text)
            .map(|m| m.start())
            .max()
    }

    /// The byte offset of the first occurrence in `text` of any word of `class`.
    pub fn first_in(&self, text: &str, class: &str) -> Option<usize> {
        self.class(class)?
            .matcher
            .find_overlapping_iter(text)
            .map(|m| m.start())
            .min()
    }

    /// Every occurrence in `text` of a word of `class` (overlapping), as byte spans.
    pub fn spans_in<'a>(
        &'a self,
        text: &'a str,
        class: &str,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.class(class)
            .into_iter()
            .flat_map(move |c| c.matcher.find_overlapping_iter(text))
            .map(|m| (m.start(), m.end()))
    }

    /// Every occurrence in `text` of a word of any of `classes` (overlapping),
    /// as byte spans with the position of its class in `classes`, found in
    /// one pass.
    pub fn spans_of(&self, text: &str, classes: &[&str]) -> Vec<(usize, usize, usize)> {
        let wanted: Vec<Option<usize>> = self
            .classes
            .iter()
            .map(|c| classes.iter().position(|&w| w == c.name))
            .collect();
        self.all
            .find_overlapping_iter(text)
            .filter_map(|m| {
                let at = wanted[self.owner[m.pattern().as_usize()]]?;
                Some((m.start(), m.end(), at))
            })
            .collect()
    }

    /// Which of `classes` (at most 64) have a word in `text`, as a bit set
    /// by position in `classes`, found in one pass.
    pub fn present(&self, text: &str, classes: &[&str]) -> u64 {
        self.spans_of(text, classes)
            .iter()
            .fold(0, |set, &(_, _, at)| set | 1 << at)
    }

    /// Whether `text` holds any word of `class`.
    pub fn any_in(&self, text: &str, class: &str) -> bool {
        self.class(class).is_some_and(|c| c.matcher.is_match(text))
    }
}

/// An automaton finding every occurrence of every word. Cue words are
/// Chinese, whose leading bytes are common, so a prefilter on rare bytes
/// would only slow the search down.
pub(super) fn automaton<I, P>(words: I) -> AhoCorasick
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .prefilter(false)
        .build(words)
        .expect("cue words form a valid automaton")
}
