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

const NUMERALS: &str = "一二三四五六七八九十百千万亿零两";

/// Determiners and pronouns that open a two-character word pointing back at
/// a place or group already named (`该省`, `本市`, `各地`, `全省`, `我区`, `其中`).
const DEICTIC_OPENERS: &str = "该本其各此这那每全我";

/// Word classes that say nothing about one province, whatever the corpus:
/// totals and bounds, time words, generic nouns for people and bodies, and
/// the names of kinds of administrative division.
const GENERAL_CLASSES: [&[&str]; 4] = [
    // Totals, bounds and approximations.
    &[
        "共计",
        "合计",
        "总计",
        "累计",
        "共有",
        "总共",
        "达到",
        "约为",
        "超过",
        "不低于",
        "不超过",
        "以上",
        "以下",
        "左右",
        "其中",
        "分别",
        "平均",
        "人均",
        "户均",
        "月均",
        "全年",
    ],
    // Time words.
    &[
        "今年",
        "去年",
        "明年",
        "前年",
        "当年",
        "年度",
        "年底",
        "年初",
        "月份",
        "上半年",
        "下半年",
        "近日",
        "日前",
        "目前",
        "此前",
        "以来",
        "期间",
        "截至",
        "截止",
        "上年",
        "本年",
        "当月",
        "上月",
    ],
    // Generic nouns for recipients, bodies and matters.
    &[
        "对象",
        "人员",
        "群众",
        "人口",
        "情况",
        "问题",
        "部门",
        "单位",
        "地区",
        "地方",
        "政府",
        "全国",
        "各级",
        "有关部门",
        "相关部门",
    ],
    // Kinds of division, and the country itself.
    &[
        "中国",
        "我国",
        "自治区",
        "自治州",
        "自治县",
        "地级市",
        "县级市",
        "市县",
        "省市",
        "区县",
        "乡镇",
        "街道",
    ],
];

/// Whether a word names a place: a province, or any division in the gazetteer
/// (`青海`, `青海省`, `西宁市`). What a province's articles say about itself
/// is not what sets it apart.
fn is_place(word: &str) -> bool {
    let short = word
        .trim_end_matches("维吾尔自治区")
        .trim_end_matches("壮族自治区")
        .trim_end_matches("回族自治区")
        .trim_end_matches("自治区")
        .trim_end_matches('省')
        .trim_end_matches('市');
    crate::measure::PROVINCES.contains(&short)
        || crate::gazetteer::Gazetteer::get().lookup(word).is_some()
}

/// Whether a token is worth listing: two or more characters, all Chinese,
/// not a number, not a place, not of a general word class, not a stop word.
fn is_term(word: &str) -> bool {
    let chars = word.chars().count();
    let first = word.chars().next().unwrap_or(' ');
    chars >= 2
        && word.chars().all(crate::corpus::normalize::is_cjk)
        && !word.chars().all(|c| NUMERALS.contains(c))
        && !(chars <= 2 && word.chars().any(|c| NUMERALS.contains(c)))
        && !(chars == 2 && DEICTIC_OPENERS.contains(first))
        && !GENERAL_CLASSES.iter().any(|class| class.contains(&word))
        && !is_place(word)
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
    /// Where the term stands in the document's original text.
    pub original: crate::measure::Span,
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
                let at = article.start + at;
                let (start, end) =
                    doc.normalized
                        .original_range(&doc.original, at, at + term.len());
                out.push(Context {
                    doc_index,
                    at,
                    original: crate::measure::Span { start, end },
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
