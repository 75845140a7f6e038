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
                previous_cues = Some(ctx.extract(&quantities, doc_index, article, &mut out));
            }
        }
    }
    out
}

/// Whether `text` has an Arabic digit, a Chinese place value (十, 百, 千, 万,
/// 亿), a percent sign or 成: without one it states no figure. Read three
/// bytes at a time without a branch per character, as every sentence passes
/// here.
fn may_hold_figure(text: &str) -> bool {
    const MARKS: [u32; 7] = [
        u32::from_le_bytes([0xE5, 0x8D, 0x81, 0]), // 十
        u32::from_le_bytes([0xE7, 0x99, 0xBE, 0]), // 百
        u32::from_le_bytes([0xE5, 0x8D, 0x83, 0]), // 千
        u32::from_le_bytes([0xE4, 0xB8, 0x87, 0]), // 万
        u32::from_le_bytes([0xE4, 0xBA, 0xBF, 0]), // 亿
        u32::from_le_bytes([0xEF, 0xBC, 0x85, 0]), // ％
        u32::from_le_bytes([0xE6, 0x88, 0x90, 0]), // 成
    ];
    let bytes = text.as_bytes();
    if bytes.iter().any(|&b| b.is_ascii_digit() || b == b'%') {
        return true;
    }
    // Blocks of 64 starting places, each window reaching two bytes past its
    // block so that a mark across the boundary is seen.
    (0..bytes.len()).step_by(64).any(|from| {
        let block = &bytes[from..bytes.len().min(from + 66)];
        block.windows(3).fold(false, |found, w| {
            let key = u32::from_le_bytes([w[0], w[1], w[2], 0]);
            found | MARKS.iter().fold(false, |hit, &m| hit | (key == m))
        })
    })
}

struct SentenceContext<'a> {
    /// Byte offsets where the original's lines start.
    line_starts: &'a [usize],
    doc: &'a Document,
    article_index: usize,
    /// Byte offset of the sentence in the analysis text.
    abs: usize,
    sentence: &'a str,
    /// The sentence before it in the same paragraph (or empty).
    previous: &'a str,
    /// The cues found in `previous`, if it was read for figures.
    previous_cues: Option<&'a [categories::CueHit]>,
    /// The year that frames the sentence, and whether it opens a stretch.
    frame_year: Option<(u16, bool)>,
    /// The year in the title of a statistical report (`2020年2季度…统计季报`).
    report_year: Option<u16>,
    places: &'a [PlaceMatch<'static>],
    cues: &'a Cues,
    /// The programmes the article's title names.
    title_hits: &'a [categories::CueHit],
    /// The scopes of the article's headings.
    outline: &'a outline::Outline,
    /// The side and programmes of the table row whose spilled cell this is.
    row_side: Area,
    row_hits: &'a [categories::CueHit],
}

impl SentenceContext<'_> {
    fn extract(
        &self,
        quantities: &[Quantity],
        doc_index: usize,
        article: &crate::corpus::Article,
        out: &mut Vec<Found>,
    ) -> Vec<categories::CueHit> {
        let s = self.sentence;
        let hits = self.cues.find(s);
        let years = years_in(s);
        let sentence_clauses = clauses_of(s);
        // Only a sentence that names no programme needs the one before it.
        let previous_hits = if hits.iter().any(|h| h.rank >= 2) {
            Vec::new()
        } else if let Some(found) = self.previous_cues {
            // The same as finding its words anew: its cues less the
            // one-character ones.
            found
                .iter()
                .filter(|h| self.previous[h.start..h.end].chars().nth(1).is_some())
                .cloned()
                .collect()
        } else {
            self.cues.find_words(self.previous)
        };
        let mut figures: Vec<relations::Figure> = Vec::new();
        let mut change_cues: Vec<Option<Change>> = Vec::new();
        let mut scope_sides: Vec<Area> = Vec::new();
        // A breakdown (其中…) continues the sentence before it.
        let month_frame = opens_with_month(s)
            || (s.trim_start().starts_with("其中") && opens_with_month(self.previous));
        for (i, q) in quantities.iter().enumerate() {
            if !q.value.is_finite() {
                continue;
            }
            let previous = i.checked_sub(1).map(|p| &quantities[p]);
            let Some(mut kind) = measure_kind(s, q, previous) else {
                continue;
            };
            if kind == Kind::AmountTotal && continues_a_standard(s, self.previous, q.value) {
                kind = Kind::AmountPerPerson;
            }
            let clause = clause_around(s, q.start, q.end);
            let change_cue = relations::change_cue(&s[clause.0..q.start]);
            // A difference of rates (提高2.3个百分点) is an increment, and so
            // is a figure that a growth noun or a verb of leaving follows.
            let is_count = matches!(
                kind,
                Kind::CountPeople | Kind::CountHouseholds | Kind::CountUnits
            );
            let change = if q.unit == Unit::PercentagePoint
                || (change_cue.is_none()
                    && relations::changes_after(&s[q.end..clause.1.max(q.end)], is_count))
            {
                Change::Increase
            } else {
                change_cue.unwrap_or_default()
            };
            let site = scope::Site {
                before: &s[clause.0..q.start],
                after: &s[q.end..clause.1.max(q.end)],
                kind,
                change,
                welfare_named: hits.iter().any(|h| h.end <= q.start),
            };
            if scope::excluded(&site).is_some() {
                continue;
            }
            let period = period_of(s, clause, q, kind, quantities, month_frame);
            let mut scope = self.outline.at(self.abs + q.start);
            if self.row_side != Area::Joint {
                scope.side = self.row_side;
            }
            if !self.row_hits.is_empty() {
                scope.hits = self.row_hits;
            }
            // Years that date only the base of a comparison or the start of
            // a stretch of time (较2021年的X, 2016年以来) date no other figure.
            let years: Vec<(usize, u16)> = years
                .iter()
                .copied()
                .filter(|&(at, _)| period::governs(s, at, q.start))
                .collect();
            // A stock counted 目前 (now) takes no year from earlier in its
            // sentence, only one of its own clause or its paragraph's frame.
            let now = sentence_clauses
                .iter()
                .filter(|c| c.1 <= q.start || (c.0 <= q.start && q.start <= c.1))
                .rev()
                .take(2)
                .any(|c| {
                    ["目前", "截至目前", "现有", "当前"]
                        .iter()
                        .any(|w| s[c.0..c.1].trim_start().starts_with(w))
                });
            let sentence_year = if now {
                years
                    .iter()
                    .rev()
                    .find(|(at, _)| *at >= clause.0 && *at < q.start)
                    .map(|(_, y)| *y)
            } else {
                year_at(&years, q.start)
            };
            // A year of an earlier value leaves the figure undated.
            let undated = !now
                && years
                    .iter()
                    .rev()
                    .find(|(at, _)| *at < q.start)
                    .is_some_and(|&(at, _)| period::dates_an_earlier_value(s, at, q.start));
            // A statistical report's title dates the levels it reports.
            let year = if undated {
                None
            } else {
                sentence_year
                    .or(self.frame_year.map(|(y, _)| y))
                    .or(scope.year)
                    .or(self.report_year.filter(|_| change == Change::Level))
            };
            let category = categories::categorize(
                &FigureSite {
                    sentence: s,
                    clause,
                    figure: (q.start, q.end),
                    figures_in_clause: quantities
                        .iter()
                        .filter(|o| o.start >= clause.0 && o.end <= clause.1)
                        .count(),
                    is_count: matches!(
                        kind,
                        Kind::CountPeople | Kind::CountHouseholds | Kind::CountUnits
                    ),
                },
                &hits,
                &previous_hits,
                if scope.hits.is_empty() {
                    self.title_hits
                } else {
                    scope.hits
                },
            );
            // A figure of no programme stands in a welfare context only with
            // an anchor in its sentence, the one before or its heading.
            if category == Category::Other
                && hits.is_empty()
                && previous_hits.is_empty()
                && scope.hits.is_empty()
                && !scope.anchor
                && !scope::has_welfare_anchor(s)
                && !scope::has_welfare_anchor(self.previous)
            {
                continue;
            }
            // Facilities built or money spent in a sentence that names no
            // programme and no welfare word (新建5所中小学, 投资4.5亿元实施商街
            // 工程) belong to another section of a general report, whatever
            // the sentence before was about; a breakdown (其中…) continues it.
            if matches!(kind, Kind::CountUnits | Kind::AmountTotal)
                && hits.is_empty()
                && !scope::has_welfare_anchor(s)
                && !scope::has_welfare_anchor(self.previous)
                && !s.trim_start().starts_with("其中")
                && !scope.anchor
            {
                continue;
            }
            // A statement about the standards elsewhere in the article dates
            // the standards it names that carry no year of their own.
            let year = year.or_else(|| {
                (is_a_standard(s, clause, kind, change))
                    .then(|| {
                        self.outline
                            .standard_year((article.start, article.end), category)
                    })
                    .flatten()
            });
            let (province, place) = self.region_of(q, clause, article);
            let figure = self.doc.normalized.original_range(
                &self.doc.original,
                self.abs + q.start,
                self.abs + q.end,
            );
            let quote = self.doc.normalized.original_range(
                &self.doc.original,
                self.abs + clause.0,
                self.abs + clause.1,
            );
            let mut qualifier = q.qualifier;
            if qualifier == Qualifier::Exact && kind == Kind::Rate && s[..q.start].ends_with("超")
            {
                qualifier = Qualifier::AtLeast;
            }
            if qualifier == Qualifier::Exact {
                qualifier = distant_bound(s, clause, q, quantities).unwrap_or(qualifier);
            }
            out.push(located(
                Measure {
                    province: province.unwrap_or_default().to_owned(),
                    place,
                    kind,
                    category,
                    value: round(q.value),
                    value_max: q.value_max.map(round),
                    period,
                    qualifier,
                    year,
                    area: Area::Joint,
                    change,
                    doc: self.doc.name.clone(),
                    quote: self.doc.original[quote.0..quote.1].to_owned(),
                },
                figure,
                quote,
                (doc_index, self.article_index),
                self.line_starts,
            ));
            figures.push(relations::Figure {
                start: q.start,
                end: q.end,
                kind,
            });
            change_cues.push(change_cue);
            scope_sides.push(scope.side);
        }
        let first = out.len() - figures.len();
        // A figure without a cue of its own continues the list it stands in
        // (提高532元和300元); in a chain of values (从X调整为Y、Z,再到W) every
        // value that the sentence moves on from is an earlier value.
        for k in 1..figures.len() {
            let (a, b) = (figures[k - 1], figures[k]);
            if change_cues[k].is_none()
                && a.kind == b.kind
                && relations::in_list(&s[a.end..b.start])
            {
                out[first + k].measure.change = out[first + k - 1].measure.change;
            }
        }
        // An increment with no period of its own changes the level named
        // before it in its part of the sentence (达到月人均472元,较上年提高28元):
        // it has that level's period.
        for k in 1..figures.len() {
            let here = &out[first + k].measure;
            if here.change != Change::Increase || here.period.is_some() || !here.kind.is_money() {
                continue;
            }
            let part_start = s[..figures[k].start]
                .rfind([';', '；'])
                .map_or(0, |i| i + 1);
            let level = (0..k).rev().find(|&j| {
                figures[j].start >= part_start
                    && figures[j].kind == figures[k].kind
                    && out[first + j].measure.change == Change::Level
            });
            if let Some(j) = level {
                out[first + k].measure.period = out[first + j].measure.period;
            }
        }
        // A sum over the programmes listed before it (低保金X、特困供养金Y,
        // 共计Z) belongs to none of them.
        for k in 2..figures.len() {
            if figures[k].kind != Kind::AmountTotal {
                continue;
            }
            let clause = clause_around(s, figures[k].start, figures[k].end);
            let head = s[clause.0..figures[k].start].trim_start();
            if !["共计", "合计", "总计", "累计共", "共"]
                .iter()
                .any(|w| head.starts_with(w))
            {
                continue;
            }
            let mut listed: Vec<Category> = (0..k)
                .filter(|&j| figures[j].kind == Kind::AmountTotal)
                .map(|j| out[first + j].measure.category)
                .collect();
            listed.sort_unstable();
            listed.dedup();
            if listed.len() >= 2 {
                out[first + k].measure.category = Category::Other;
            }
        }
        // An amount in a clause parallel to a standard before it (城市低保对象
        // 每月330元,农村低保对象不低于180元) is a standard too, when its own
        // clause names no total.
        for k in 1..figures.len() {
            let (j, here) = (k - 1, &out[first + k].measure);
            if here.kind != Kind::AmountTotal
                || here.value >= 1e5
                || !matches!(
                    figures[j].kind,
                    Kind::AmountPerPerson | Kind::AmountPerHousehold
                )
            {
                continue;
            }
            let between = &s[figures[j].end..figures[k].start];
            let clause = clause_around(s, figures[k].start, figures[k].end);
            let total_named = kind::MONEY
                .last_in(&s[clause.0..figures[k].start], "total")
                .is_some();
            if between.contains([',', '，', '、', ';', '；']) && !total_named {
                let kind = figures[j].kind;
                figures[k].kind = kind;
                out[first + k].measure.kind = kind;
            }
        }
        // A standard listed beside others in its sentence (城市每人每月380元,
        // 农村提高为200元) is of the same period as the one named before it.
        for k in 1..figures.len() {
            let kind = figures[k].kind;
            if !matches!(kind, Kind::AmountPerPerson | Kind::AmountPerHousehold)
                || out[first + k].measure.period.is_some()
            {
                continue;
            }
            // Only the item right before it, in a clause of its own, and not
            // a bracketed aside (全自理1680元(月人均140元)).
            let j = k - 1;
            let between = &s[figures[j].end..figures[k].start];
            let open_bracket = s[..figures[j].start].matches(['(', '（']).count()
                > s[..figures[j].start].matches([')', '）']).count();
            let earlier = (figures[j].kind == kind
                && out[first + j].measure.period.is_some()
                && between.contains([',', '，', '、', ';', '；'])
                && !open_bracket)
                .then_some(j);
            let once = out[first..first + k]
                .iter()
                .any(|f| f.measure.period == Some(Period::Once));
            if let Some(j) = earlier
                && !once
            {
                out[first + k].measure.period = out[first + j].measure.period;
            }
        }
        for i in 0..figures.len() {
            if out[first + i].measure.change != Change::Level {
                continue;
            }
            // A chain of values stays within its part of the sentence.
            let moved = figures[i + 1..].iter().any(|later| {
                let between = &s[figures[i].end..later.start];
                later.kind == figures[i].kind
                    && !between.contains([';', '；'])
                    && relations::moves_on(between)
                    && !self.names_a_place(figures[i].end, later.start)
            });
            if moved {
                out[first + i].measure.change = Change::Before;
            }
        }
        // A sentence without a subject of its own (从…起步,调整到…) keeps the
        // side the sentence before it named last.
        let carried_side = if s.trim_start().starts_with(['从', '由']) {
            relations::side_in(self.previous)
        } else {
            Area::Joint
        };
        for ((f, area), figure) in out[first..]
            .iter_mut()
            .zip(relations::areas(s, &figures))
            .zip(&figures)
        {
            // Only when there is a side to carry is the sentence scanned again.
            let carries = area == Area::Joint
                && carried_side != Area::Joint
                && relations::side_in(&s[..figure.start]) == Area::Joint;
            f.measure.area = if carries { carried_side } else { area };
        }
        // The noun a count counts decides its side (1047名城镇低保对象), and
        // a count listed right before it counts the same (862户、1047名…).
        let mut noun_side: Option<Area> = None;
        let mut recipients: Vec<Area> = Vec::new();
        for k in (0..figures.len()).rev() {
            let f = figures[k];
            if !matches!(
                f.kind,
                Kind::CountPeople | Kind::CountHouseholds | Kind::CountUnits
            ) {
                noun_side = None;
                continue;
            }
            let next = figures.get(k + 1).map_or(s.len(), |n| n.start);
            let after = &s[f.end..next];
            let listed = next < s.len() && matches!(after.trim(), "、" | "和" | "及" | ",");
            // A group named with no side (4.2万名低保对象) is joint, unless
            // its own clause names the side before it.
            let own_clause = clause_around(s, f.start, f.end);
            let side = if listed {
                noun_side
            } else {
                relations::side_of_noun(after).or_else(|| {
                    (relations::names_a_group(after)
                        && !relations::names_a_side(&s[own_clause.0..f.start]))
                    .then_some(Area::Joint)
                })
            };
            if let Some(side) = side {
                out[first + k].measure.area = side;
            }
            noun_side = side;
            if let Some(side) = side {
                recipients.push(side);
            }
        }
        // The money paid to recipients of one side (按每户1200元的标准,为1350户
        // 城镇低保户…) is of that side, when the sentence names no other.
        if let [side, rest @ ..] = recipients.as_slice()
            && *side != Area::Joint
            && rest.iter().all(|r| r == side)
            && relations::only_side_in(s) == *side
        {
            for (f, figure) in out[first..].iter_mut().zip(&figures) {
                if figure.kind.is_money() && f.measure.area == Area::Joint {
                    f.measure.area = *side;
                }
            }
        }
        // A figure whose sentence names no side at all takes the side of the
        // heading it stands under (农村低保标准: followed by its counties).
        // Asides after a figure (每人每年6840元(城乡标准一体化)) do not count:
        // only what stands before it in its part of the sentence.
        for ((f, &side), figure) in out[first..].iter_mut().zip(&scope_sides).zip(&figures) {
            let part_start = s[..figure.start].rfind([';', '；']).map_or(0, |i| i + 1);
            if side != Area::Joint
                && f.measure.area == Area::Joint
                && !relations::names_a_side(&period::outside_brackets(&s[part_start..figure.start]))
            {
                f.measure.area = side;
            }
        }
        // A value followed by a change verb with a target (由X…提高到Y, the
        // verb's own figure being the next of its kind after the verb, with
        // nothing of that kind between but bracketed asides) is an earlier
        // value of that one.
        for i in 0..figures.len() {
            if out[first + i].measure.change == Change::Increase {
                continue;
            }
            let from = figures[i].end;
            let rest = &s[from..];
            let part = &rest[..rest.find([';', '。']).unwrap_or(rest.len())];
            let Some((verb_start, verb_end)) = relations::change_to_in(part) else {
                continue;
            };
            let (verb_start, verb_end) = (from + verb_start, from + verb_end);
            let aside = |k: usize| {
                let between = &s[from..figures[k].start];
                between.matches(['(', '（']).count() > between.matches([')', '）']).count()
            };
            let same = |k: &usize| figures[*k].kind == figures[i].kind;
            if (i + 1..figures.len())
                .filter(same)
                .any(|k| figures[k].start < verb_start && !aside(k))
            {
                continue;
            }
            let Some(j) = (i + 1..figures.len())
                .filter(same)
                .find(|&k| figures[k].start >= verb_end)
            else {
                continue;
            };
            if out[first + j].measure.change != Change::Increase
                && relations::moves_on(&s[from..figures[j].start])
                && !self.names_a_place(from, figures[j].start)
            {
                out[first + i].measure.change = Change::Before;
                out[first + i].changed_to = Some(first + j);
            }
        }
        // An earlier value not yet paired changes to the next value of its
        // kind; a list of earlier values (从X1、X2提高到Y1、Y2) to the values
        // after it, by position.
        let mut k = 0;
        while k < figures.len() {
            if out[first + k].measure.change != Change::Before {
                k += 1;
                continue;
            }
            let mut run_end = k;
            while run_end + 1 < figures.len()
                && out[first + run_end + 1].measure.change == Change::Before
                && figures[run_end + 1].kind == figures[k].kind
                && relations::in_list(&s[figures[run_end].end..figures[run_end + 1].start])
            {
                run_end += 1;
            }
            let targets = (run_end + 1..figures.len())
                .filter(|&t| figures[t].kind == figures[k].kind)
                .take(run_end - k + 1);
            let listed = run_end > k;
            for (i, t) in (k..=run_end).zip(targets) {
                if out[first + t].measure.change != Change::Increase
                    && (listed || out[first + i].changed_to.is_none())
                {
                    out[first + i].changed_to = Some(first + t);
                }
            }
            k = run_end + 1;
        }
        // The year of the text dates the new level, not the value it replaces:
        // an earlier value keeps a year only when the year stands in its own
        // from-part (从2010年的55元, 较2021年…1680元, 调整到2008年的700元).
        for (f, figure) in out[first..].iter_mut().zip(&figures) {
            if f.measure.change != Change::Before {
                continue;
            }
            let from = period::from_part_start(s, figure.start);
            if !years
                .iter()
                .any(|&(at, _)| (from..figure.start).contains(&at))
            {
                // A stretch of time that opens the part (2017年以来,…从X提高到Y)
                // starts at the earlier value.
                let part_start = s[..figure.start].rfind([';', '；']).map_or(0, |i| i + 1);
                f.measure.year = years
                    .iter()
                    .rfind(|&&(at, _)| {
                        at >= part_start && at < from && period::opens_a_stretch(s, at)
                    })
                    .map(|&(_, y)| y);
            }
        }
        // A band (月收入在780元以上、不足1170元; 高于400元而不足560元) is one
        // figure: its lower bound with the upper as its end.
        let mut k = first;
        while k + 1 < out.len() {
            let (a, b) = (&out[k], &out[k + 1]);
            let between = self
                .doc
                .original
                .get(a.figure.end..b.figure.start)
                .unwrap_or("");
            let banded = a.measure.kind == b.measure.kind
                && a.measure.kind.is_money()
                && a.measure.qualifier == Qualifier::AtLeast
                && b.measure.qualifier == Qualifier::AtMost
                && a.measure.value < b.measure.value
                && between.chars().count() <= 6
                && !between.contains(|c: char| c.is_ascii_digit());
            if banded {
                let upper = out.remove(k + 1);
                let band = &mut out[k].measure;
                band.value_max = Some(upper.measure.value);
                band.qualifier = Qualifier::Exact;
                band.change = Change::Level;
                out[k].changed_to = None;
            }
            k += 1;
        }
        // A stretch that frames the sentence (2017年以来,…从X提高到Y) dates
        // the earlier value, not the level the change reached.
        if let Some((stretch_year, true)) = self.frame_year {
            let targets: Vec<usize> = out[first..].iter().filter_map(|f| f.changed_to).collect();
            for t in targets {
                if out[t].measure.year == Some(stretch_year) {
                    out[t].measure.year = None;
                }
            }
            for f in &mut out[first..] {
                if f.measure.change == Change::Before && f.measure.year.is_none() {
                    f.measure.year = Some(stretch_year);
                }
            }
        }
        hits
    }

    /// Whether a place is named between two offsets of the sentence: a new
    /// subject (、德化提高为340元) opens a change of its own.
    fn names_a_place(&self, from: usize, to: usize) -> bool {
        // Places are in text order.
        let first = self.places.partition_point(|m| m.start < self.abs + from);
        self.places
            .get(first)
            .is_some_and(|m| m.end <= self.abs + to)
    }

    /// Province and place of a figure: a place named in its clause before it
    /// (or just after, as in 银川市、吴忠市2500个…), else its article's.
    fn region_of(
        &self,
        q: &Quantity,
        clause: (usize, usize),
        article: &crate::corpus::Article,
    ) -> (Option<&'static str>, String) {
        let clause_abs = (self.abs + clause.0, self.abs + clause.1);
        let figure_abs = self.abs + q.start;
        let mut in_clause: Vec<&PlaceMatch<'static>> = self
            .places
            .iter()
            .filter(|m| m.start >= clause_abs.0 && m.end <= clause_abs.1 && m.start < figure_abs)
            .filter(|m| !in_spam(&self.doc.normalized.text[m.end..]))
            .collect();
        // A place named earlier in the sentence governs the clauses after it
        // (上海…,而低保标准为1420元): the nearest one, when the clause has none.
        if in_clause.is_empty()
            && let Some(nearest) = self.places.iter().rfind(|m| {
                m.start >= self.abs
                    && m.end <= clause_abs.0
                    && !in_spam(&self.doc.normalized.text[m.end..])
            })
        {
            in_clause.push(nearest);
        }
        let article_province = article.province;
        let Some(nearest) = in_clause.last() else {
            return (article_province, article.place.clone());
        };
        let idx = self
            .places
            .iter()
            .position(|m| m.start == nearest.start)
            .unwrap_or(0);
        let province = gazetteer::settle(nearest, &self.places[..idx], article_province);
        // A place in another province than the article's counts only when it is
        // named outright (not inside an organisation's name).
        let province = province.or(article_province);
        let sub: Vec<&&PlaceMatch<'static>> = in_clause
            .iter()
            .filter(|m| m.level() != Level::Province)
            .collect();
        let place = match sub.as_slice() {
            [] => {
                if province == article_province {
                    article.place.clone()
                } else {
                    String::new()
                }
            }
            [.., last] => {
                // A list of places (银川市、吴忠市) is kept as written.
                let mut first = *last;
                for m in sub.iter().rev().skip(1) {
                    let between = &self.doc.normalized.text[m.end..first.start];
                    if between == "、" || between == "和" {
                        first = m;
                    } else {
                        break;
                    }
                }
                let (a, b) =
                    self.doc
                        .normalized
                        .original_range(&self.doc.original, first.start, last.end);
                self.doc.original[a..b].to_owned()
            }
        };
        (province, place)
    }
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
            && sentence.get(here.end..next.start) == Some("、")
            && next.number_start == next.start;
        if shares {
            let unit = next.unit;
            quantities[i].unit = unit;
        }
    }
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
