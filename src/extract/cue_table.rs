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
            if word.is_empty() {
                continue;
            }
            match classes.iter_mut().find(|(c, _)| c == class) {
                Some((_, words)) => words.push(word),
                None => classes.push((class.to_owned(), vec![word])),
            }
        }
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
        Self { classes }
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

    /// The words of several classes as one set, to find them in one pass:
    /// built once for each list of classes a rule asks about together.
    pub fn select(&self, classes: &[&str]) -> Selection {
        let chosen: Vec<(usize, &String)> = classes
            .iter()
            .enumerate()
            .filter_map(|(at, name)| Some((at, &self.class(name)?.words)))
            .flat_map(|(at, words)| words.iter().map(move |w| (at, w)))
            .collect();
        Selection {
            set: WordSet::new(chosen.iter().map(|(_, w)| w)),
            class_of: chosen.iter().map(|&(at, _)| at).collect(),
        }
    }

    /// Whether `text` holds any word of `class`.
    pub fn any_in(&self, text: &str, class: &str) -> bool {
        self.class(class).is_some_and(|c| c.matcher.is_match(text))
    }
}

/// The words of several classes of a table, found in one pass.
pub struct Selection {
    set: WordSet,
    /// The position in the list of classes asked for of each word's class.
    class_of: Vec<usize>,
}

impl Selection {
    /// Every occurrence in `text` of a word of the classes (overlapping), as
    /// byte spans with the position of its class in the list asked for.
    pub fn spans(&self, text: &str) -> Vec<(usize, usize, usize)> {
        self.set
            .overlapping(text)
            .into_iter()
            .map(|h| (h.start, h.end, self.class_of[h.word]))
            .collect()
    }

    /// Which of the classes (at most 64) have a word in `text`, as a bit set
    /// by position in the list asked for.
    pub fn present(&self, text: &str) -> u64 {
        self.set
            .starts_in(text)
            .iter()
            .fold(0, |set, h| set | 1 << self.class_of[h.word])
    }
}
