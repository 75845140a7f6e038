//! Documents → measures. Input: a [`Document`] (decoded, normalised, split
//! into articles). Output: every welfare figure in it as a [`Found`] measure:
//! value, unit kind, period, qualifier, year, programme, province and place,
//! with the clause it stands in.
//!
//! Per sentence: find quantities; keep those with a welfare unit (money,
//! rates, people, households, facilities) and drop dates, durations, policy
//! items, sample sizes, labels and titles; read the kind and period from the
//! cues around each figure; choose the programme from cue words; and place it
//! by the nearest place named before it, or its article's region.

pub mod categories;
mod clauses;
pub mod cue_table;
pub mod damaged;
mod kind;
pub mod outline;
mod period;
pub mod quantity;
pub mod relations;
mod rows;
pub mod scope;
mod sentence;
pub mod table;

use crate::corpus::Document;
use crate::corpus::articles::inside_book_title;
use crate::gazetteer::{self, Level, PlaceMatch};
use crate::measure::{Area, Category, Change, Found, Kind, Measure, Period, Qualifier, Span};
use categories::{Cues, FigureSite};
#[allow(clippy::wildcard_imports)]
use clauses::*;
use cue_table::CueTable;
use kind::{distant_bound, measure_kind};
use period::{frame_year, opens_with_month, period_of, year_at, years_in};
use quantity::{Quantity, Unit};
use rows::RowSite;
use sentence::SentenceContext;
use std::sync::LazyLock;

/// A measure with where it stands: its figure and quoted clause (byte ranges
/// in the original), its document and article, and its line.
fn located(
    measure: Measure,
    figure: (usize, usize),
    quote: (usize, usize),
    (doc_index, article_index): (usize, usize),
    line_starts: &[usize],
) -> Found {
    Found {
        measure,
        figure: Span {
            start: figure.0,
            end: figure.1,
        },
        clause: Span {
            start: quote.0,
            end: quote.1,
        },
        doc_index,
        article_index,
        line: line_starts.partition_point(|&l| l <= figure.0),
        changed_to: None,
    }
}

/// Extract every measure of a document.
pub fn extract_document(doc: &Document, doc_index: usize) -> Vec<Found> {
    let text = &doc.normalized.text;
    let places = &doc.places;
    let cues = Cues::get();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(doc.original.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut out: Vec<Found> = Vec::new();
    let spans: Vec<(usize, usize)> = doc.articles.iter().map(|a| (a.start, a.end)).collect();
    let outline = outline::Outline::of(text, &spans, cues);
    for (article_index, article) in doc.articles.iter().enumerate() {
        let mut offset = article.start;
        let mut tables = table::Table::default();
        let report_year = table::report_year(&article.title);
        let title_hits = cues.find_words(&article.title);
        for paragraph in text[article.start..article.end].split_inclusive('\n') {
            let para_start = offset;
            offset += paragraph.len();
            let para = paragraph.trim_end_matches('\n');
            if is_source_or_credit(para) {
                continue;
            }
            let line_kind = tables.feed(para);
            match &line_kind {
                table::Line::Header => continue,
                table::Line::Row(row) => {
                    let site = RowSite {
                        doc,
                        doc_index,
                        article_index,
                        article,
                        line: para,
                        line_start: para_start,
                        line_starts: &line_starts,
                        table: &tables,
                        report_year,
                    };
                    site.extract(row, &mut out);
                    continue;
                }
                table::Line::Prose | table::Line::Heading | table::Line::Continuation => {}
            }
            // A row's spilled cell is read under that row's label.
            let (row_side, row_hits) = if matches!(line_kind, table::Line::Continuation) {
                (
                    relations::only_side_in(&tables.last_label),
                    cues.find_words(&tables.last_label)
                        .into_iter()
                        .filter(|h| h.rank >= 2)
                        .collect(),
                )
            } else {
                (Area::Joint, Vec::new())
            };
            // A frame that opens a stretch (2017年以来,…) dates what added up
            // since, not the level a change reached.
            let mut frame_year =
                frame_year(para).map(|y| (y, period::opens_stretch_at_start(para)));
            let mut sentence_start = 0;
            let mut previous = "";
            // The cues of the sentence before, when it was read for figures.
            let mut previous_cues: Option<Vec<categories::CueHit>> = None;
            for sentence in split_sentences(para) {
                let before_cues = previous_cues.take();
                let abs = para_start + sentence_start;
                sentence_start += sentence.len();
                let before = std::mem::replace(&mut previous, sentence);
                // A sentence that opens with a year frames the sentences
                // after it in its paragraph (2023年第一季度,…。其中…).
                let sentence_frame = frame_year;
                frame_year = self::frame_year(sentence)
                    .map(|y| (y, period::opens_stretch_at_start(sentence)))
                    .or(frame_year);
                if !may_hold_figure(sentence) {
                    continue;
                }
                let mut quantities = quantity::find(sentence);
                share_list_units(sentence, &mut quantities);
                if quantities.is_empty() {
                    continue;
                }
                let ctx = SentenceContext {
                    line_starts: &line_starts,
                    doc,
                    article_index,
                    abs,
                    sentence,
                    previous: before,
                    previous_cues: before_cues.as_deref(),
                    frame_year: sentence_frame,
                    report_year,
                    places,
                    cues,
                    title_hits: &title_hits,
                    outline: &outline,
                    row_side,
                    row_hits: &row_hits,
                };
                previous_cues = ctx.extract(&quantities, doc_index, article, &mut out);
            }
        }
    }
    out
}

/// Whether `text` has an Arabic digit, a Chinese place value (十, 百, 千, 万,
/// 亿), a percent sign or 成: without one it states no figure. Every
/// sentence passes here: the marks are found by vectorised search.
fn may_hold_figure(text: &str) -> bool {
    static MARKS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
        ["十", "百", "千", "万", "亿", "％", "成"]
            .iter()
            .map(|m| memchr::memmem::Finder::new(m.as_bytes()))
            .collect()
    });
    let bytes = text.as_bytes();
    bytes.iter().any(|&b| b.is_ascii_digit() || b == b'%')
        || MARKS.iter().any(|m| m.find(bytes).is_some())
}

/// Whether a sentence without a subject of its own (one that opens with 从
/// or 由: 从2006年的650元起步,调整到…) goes on about a standard that the
/// sentence before it names, with no total named after it: then a bare
/// amount a person could be paid is that standard.
fn continues_a_standard(sentence: &str, previous: &str, value: f64) -> bool {
    let money = &*kind::MONEY;
    sentence.trim_start().starts_with(['从', '由'])
        && value < 1e5
        && money.last_in(sentence, "total").is_none()
        && money
            .last_in(previous, "standard")
            .is_some_and(|at| money.last_in(previous, "total").is_none_or(|t| t < at))
}

/// Whether a figure is the level of a standard: an amount per person or per
/// household, or a rate its clause calls a standard.
fn is_a_standard(s: &str, clause: (usize, usize), kind: Kind, change: Change) -> bool {
    match kind {
        Kind::AmountPerPerson | Kind::AmountPerHousehold => change != Change::Before,
        Kind::Rate => change == Change::Level && s[clause.0..clause.1].contains("标准"),
        _ => false,
    }
}

fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// A list of bare numbers whose unit is written once, after its last item
/// (从25、30、40元/人·月, 3200、5100名): each item has that unit. Not a scaled
/// last item (2、3万元 is ambiguous) nor numbers written in words.
fn share_list_units(sentence: &str, quantities: &mut [Quantity]) {
    for i in (0..quantities.len().saturating_sub(1)).rev() {
        let next = &quantities[i + 1];
        let here = &quantities[i];
        let shares = here.unit == Unit::None
            && !here.chinese_only
            && here.value_max.is_none()
            && matches!(
                next.unit,
                Unit::Yuan | Unit::Percent | Unit::People | Unit::Households
            )
            && !next.chinese_only
            && !sentence[next.number_start..next.number_end].ends_with(['万', '亿'])
            && (sentence.get(here.end..next.start) == Some("、")
                || repeats_the_tail(sentence, here, next))
            && next.number_start == next.start;
        if shares {
            let unit = next.unit;
            quantities[i].unit = unit;
        }
    }
}

/// Whether a bare number carries the tail of the unit its list partner
/// writes in full (420/月和220元/月, 300/人、260元/人): `/月` then a joiner,
/// then a number whose unit ends in that same tail.
fn repeats_the_tail(sentence: &str, here: &Quantity, next: &Quantity) -> bool {
    let Some(between) = sentence.get(here.end..next.start) else {
        return false;
    };
    let Some(tail) = ["和", "、", "及", "与", "或"]
        .iter()
        .find_map(|j| between.strip_suffix(j))
    else {
        return false;
    };
    tail.starts_with('/')
        && tail.chars().count() <= 4
        && next.unit == Unit::Yuan
        && sentence[next.number_end..]
            .trim_start_matches('元')
            .starts_with(tail)
}

/// The text after a listed figure whose unit is written after the list
/// (25、30、40元/人·月 for 25): from the list's unit on, else the text itself.
pub(crate) fn after_list(after: &str) -> &str {
    let mut t = after;
    while let Some(rest) = t.strip_prefix('、') {
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if digits == 0 {
            return after;
        }
        t = &rest[digits..];
    }
    if t.len() == after.len() {
        return after;
    }
    // Past the unit word to its tail (元/人·月 → /人·月).
    ["元", "%", "％", "人", "名", "户"]
        .iter()
        .find_map(|u| t.strip_prefix(u))
        .unwrap_or(after)
}

/// Whether the text after a place name is spliced advertising (北京哪家医院
/// 好, 上海治疗…): a question word or a clinic's word right after the name.
fn in_spam(after: &str) -> bool {
    [
        "哪家", "哪里", "哪个", "治疗", "医院", "专科", "男科", "妇科",
    ]
    .iter()
    .any(|w| after.starts_with(w))
}

/// Lines that credit a source or a photographer carry no figures.
fn is_source_or_credit(para: &str) -> bool {
    let t = para.trim();
    (t.starts_with('(') || t.starts_with('（'))
        && (t.contains("据") || t.contains("来源"))
        && t.chars().count() < 60
}

#[cfg(test)]
mod tests {
    use super::may_hold_figure;

    #[test]
    fn a_place_value_is_seen_wherever_it_falls_in_a_block() {
        for pad in 0..140 {
            let text = format!("{}共计三万余人", "x".repeat(pad));
            assert!(may_hold_figure(&text), "{pad}");
            let text = format!("{}比例近三成", "某".repeat(pad));
            assert!(may_hold_figure(&text), "{pad}");
            let text = format!("{}各地做好保障工作", "某".repeat(pad));
            assert!(!may_hold_figure(&text), "{pad}");
        }
        assert!(may_hold_figure("增长5"));
        assert!(may_hold_figure("比例为百分之五十"));
    }
}
