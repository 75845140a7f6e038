//! Cue tables: word lists by class, kept as data in `assets/cues/*.tsv`
//! (`class<TAB>word` lines, `#` comments) and embedded at build time.

/// One table of cue words, each with its class.
pub struct CueTable {
    words: Vec<(String, String)>,
}

impl CueTable {
    /// Parse `class<TAB>word` lines; blank lines and `#` comments are skipped.
    pub fn parse(tsv: &str) -> Self {
        let words = tsv
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (class, word) = l.split_once('\t')?;
                Some((class.trim().to_owned(), word.trim().to_owned()))
            })
            .collect();
        Self { words }
    }

    /// The words of one class, in file order.
    pub fn of<'a>(&'a self, class: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.words
            .iter()
            .filter(move |(c, _)| c == class)
            .map(|(_, w)| w.as_str())
    }

    /// The longest word of `class` that `text` ends with.
    pub fn ending<'a>(&'a self, text: &str, class: &'a str) -> Option<&'a str> {
        self.of(class)
            .filter(|w| text.ends_with(w))
            .max_by_key(|w| w.len())
    }

    /// The byte offset of the last occurrence in `text` of any word of `class`.
    pub fn last_in(&self, text: &str, class: &str) -> Option<usize> {
        self.of(class).filter_map(|w| text.rfind(w)).max()
    }
}
