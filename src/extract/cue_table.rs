//! Cue tables: word lists by class, kept as data in `assets/cues/*.tsv`
//! (`class<TAB>word` lines, `#` comments) and embedded at build time.

use crate::word_set::WordSet;

/// One class of cue words, as a set to find them all at once.
struct Class {
    name: String,
    words: Vec<String>,
    matcher: WordSet,
}

/// One table of cue words, each with its class.
pub struct CueTable {
    /// Classes in file order, each with its words in file order.
    classes: Vec<Class>,
    /// One set of the words of every class, for finding the words of
    /// several classes in one pass; `owner[word]` is the word's class.
    all: WordSet,
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
        let all = WordSet::new(classes.iter().flat_map(|(_, words)| words));
        let classes = classes
            .into_iter()
            .map(|(name, words)| {
                let matcher = WordSet::new(&words);
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
        let text = text.as_bytes();
        self.of(class)
            .filter(|w| {
                text.len()
                    .checked_sub(w.len())
                    .is_some_and(|at| crate::word_set::starts_with(&text[at..], w.as_bytes()))
            })
            .max_by_key(|w| w.len())
    }

    fn class(&self, name: &str) -> Option<&Class> {
        self.classes.iter().find(|c| c.name == name)
    }

    /// The byte offset of the last occurrence in `text` of any word of `class`.
    pub fn last_in(&self, text: &str, class: &str) -> Option<usize> {
        self.class(class)?.matcher.last_start(text)
    }

    /// The byte offset of the first occurrence in `text` of any word of `class`.
    pub fn first_in(&self, text: &str, class: &str) -> Option<usize> {
        self.class(class)?.matcher.first_start(text)
    }

    /// Every occurrence in `text` of a word of `class` (overlapping), as byte spans.
    pub fn spans_in<'a>(
        &'a self,
        text: &'a str,
        class: &str,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.class(class)
            .into_iter()
            .flat_map(move |c| c.matcher.overlapping(text))
            .map(|h| (h.start, h.end))
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
            .overlapping(text)
            .into_iter()
            .filter_map(|h| {
                let at = wanted[self.owner[h.word]]?;
                Some((h.start, h.end, at))
            })
            .collect()
    }

    /// Which of `classes` (at most 64) have a word in `text`, as a bit set
    /// by position in `classes`, found in one pass.
    pub fn present(&self, text: &str, classes: &[&str]) -> u64 {
        let wanted: Vec<Option<usize>> = self
            .classes
            .iter()
            .map(|c| classes.iter().position(|&w| w == c.name))
            .collect();
        self.all
            .starts_in(text)
            .iter()
            .filter_map(|h| wanted[self.owner[h.word]])
            .fold(0, |set, at| set | 1 << at)
    }

    /// Whether `text` holds any word of `class`.
    pub fn any_in(&self, text: &str, class: &str) -> bool {
        self.class(class).is_some_and(|c| c.matcher.is_match(text))
    }
}
