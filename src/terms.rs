//! Articles → what each province talks about. Input: an analysis. Output: for
//! each province, its articles' top terms by TF-IDF against the whole corpus
//! (every article is a document for the IDF), and keyword-in-context lines
//! for a term. Words come from jieba; a stop-word list in
//! `assets/stopwords.txt` keeps function words and shared boilerplate out.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;

use crate::analysis::Analysis;
use crate::extract::categories::Cues;

const STOPWORDS_TXT: &str = include_str!("../assets/stopwords.txt");

static STOPWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    STOPWORDS_TXT
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// A term and its weight.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub word: String,
    pub weight: f64,
    /// How often it occurs in the province's articles.
    pub count: usize,
}

/// Whether a token is worth listing: two or more characters, mostly Chinese,
/// not a number, not a stop word.
const NUMERALS: &str = "一二三四五六七八九十百千万亿零两";

fn is_term(word: &str) -> bool {
    let chars = word.chars().count();
    chars >= 2
        && word.chars().all(crate::corpus::normalize::is_cjk)
        && !word.chars().all(|c| NUMERALS.contains(c))
        && !(chars <= 2 && word.chars().any(|c| NUMERALS.contains(c)))
        && !STOPWORDS.contains(word)
}

/// Top terms by TF-IDF of each province's articles (`BTreeMap`: province order
/// by name, for determinism), `limit` terms each.
pub fn top_terms(analysis: &Analysis, limit: usize) -> BTreeMap<String, Vec<Term>> {
    let jieba = Cues::get().jieba();
    let mut document_frequency: HashMap<String, usize> = HashMap::new();
    let mut per_province: HashMap<String, HashMap<String, usize>> = HashMap::new();
    let mut articles = 0usize;
    for doc in &analysis.documents {
        // Documents restored from the cache are read again for their text.
        let Ok(doc) = doc.with_text() else { continue };
        for article in &doc.articles {
            let text = doc
                .normalized
                .text
                .get(article.start..article.end)
                .unwrap_or("");
            let words: Vec<&str> = jieba
                .cut(text, true)
                .into_iter()
                .map(|t| t.word)
                .filter(|w| is_term(w))
                .collect();
            articles += 1;
            let unique: HashSet<&str> = words.iter().copied().collect();
            for w in unique {
                *document_frequency.entry(w.to_owned()).or_default() += 1;
            }
            if let Some(province) = article.province {
                let counts = per_province.entry(province.to_owned()).or_default();
                for w in words {
                    *counts.entry(w.to_owned()).or_default() += 1;
                }
            }
        }
    }
    let n = articles.max(1) as f64;
    per_province
        .into_iter()
        .map(|(province, counts)| {
            let total: usize = counts.values().sum();
            let mut terms: Vec<Term> = counts
                .into_iter()
                .map(|(word, count)| {
                    let df = document_frequency.get(&word).copied().unwrap_or(1) as f64;
                    let weight = (count as f64 / total.max(1) as f64) * (1.0 + (n / df).ln());
                    Term {
                        word,
                        weight,
                        count,
                    }
                })
                .collect();
            terms.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.word.cmp(&b.word)));
            terms.truncate(limit);
            (province, terms)
        })
        .collect()
}

/// One keyword-in-context line.
#[derive(Clone, Debug, PartialEq)]
pub struct Context {
    pub doc_index: usize,
    /// Byte offset of the term in the document's analysis text.
    pub at: usize,
    pub left: String,
    pub term: String,
    pub right: String,
}

/// The lines where `term` occurs in a province's articles, `width` characters each side.
pub fn keyword_in_context(
    analysis: &Analysis,
    province: &str,
    term: &str,
    width: usize,
    limit: usize,
) -> Vec<Context> {
    let mut out = Vec::new();
    for (doc_index, doc) in analysis.documents.iter().enumerate() {
        if !doc.articles.iter().any(|a| a.province == Some(province)) {
            continue;
        }
        let Ok(doc) = doc.with_text() else { continue };
        for article in doc.articles.iter().filter(|a| a.province == Some(province)) {
            let text = doc
                .normalized
                .text
                .get(article.start..article.end)
                .unwrap_or("");
            for (at, _) in text.match_indices(term) {
                let left: String = {
                    let before: Vec<char> = text[..at]
                        .chars()
                        .rev()
                        .take_while(|&c| c != '\n')
                        .take(width)
                        .collect();
                    before.into_iter().rev().collect()
                };
                let right: String = text[at + term.len()..]
                    .chars()
                    .take_while(|&c| c != '\n')
                    .take(width)
                    .collect();
                out.push(Context {
                    doc_index,
                    at: article.start + at,
                    left,
                    term: term.to_owned(),
                    right,
                });
                if out.len() >= limit {
                    return out;
                }
            }
        }
    }
    out
}
