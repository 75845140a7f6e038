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
pub mod cue_table;
pub mod damaged;
pub mod quantity;
pub mod relations;
pub mod scope;
pub mod table;

use crate::corpus::Document;
use crate::corpus::articles::inside_book_title;
use crate::gazetteer::{self, Level, PlaceMatch};
use crate::measure::{Area, Category, Change, Found, Kind, Measure, Period, Qualifier, Span};
use categories::{Cues, FigureSite};
use cue_table::CueTable;
use quantity::{Quantity, Unit};
use std::sync::LazyLock;

static PERIOD: LazyLock<CueTable> =
    LazyLock::new(|| CueTable::parse(include_str!("../../assets/cues/period.tsv")));

static MONEY: LazyLock<CueTable> =
    LazyLock::new(|| CueTable::parse(include_str!("../../assets/cues/money.tsv")));

/// Bumped whenever extraction changes, so that cached results are redone.
pub const EXTRACTOR_VERSION: u32 = 2;

/// Extract every measure of a document.
pub fn extract_document(doc: &Document, doc_index: usize) -> Vec<Found> {
    let text = &doc.normalized.text;
    let places = &doc.places;
    let cues = Cues::get();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(doc.original.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut out: Vec<Found> = Vec::new();
    for (article_index, article) in doc.articles.iter().enumerate() {
        let mut offset = article.start;
        let mut tables = table::Table::default();
        let report_year = table::report_year(&article.title);
        for paragraph in text[article.start..article.end].split_inclusive('\n') {
            let para_start = offset;
            offset += paragraph.len();
            let para = paragraph.trim_end_matches('\n');
            if is_source_or_credit(para) {
                continue;
            }
            match tables.feed(para) {
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
                    site.extract(&row, &mut out);
                    continue;
                }
                table::Line::Prose | table::Line::Heading => {}
            }
            let mut frame_year = frame_year(para);
            let mut sentence_start = 0;
            let mut previous = "";
            for sentence in split_sentences(para) {
                let abs = para_start + sentence_start;
                sentence_start += sentence.len();
                let before = std::mem::replace(&mut previous, sentence);
                // A sentence that opens with a year frames the sentences
                // after it in its paragraph (2023年第一季度,…。其中…).
                let sentence_frame = frame_year;
                frame_year = self::frame_year(sentence).or(frame_year);
                // A figure has an Arabic digit or a Chinese place value (十, 百,
                // 千, 万, 亿): a sentence with neither has no measure to find.
                if !sentence.bytes().any(|b| b.is_ascii_digit())
                    && !sentence.contains(['十', '百', '千', '万', '亿', '％', '%', '成'])
                {
                    continue;
                }
                let quantities = quantity::find(sentence);
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
                    frame_year: sentence_frame,
                    report_year,
                    places,
                    cues,
                };
                let first_new = out.len();
                ctx.extract(&quantities, doc_index, article, &mut out);
                link_changes(sentence, &mut out[first_new..], first_new);
            }
        }
    }
    out
}

/// A table row and where it stands, for making its figures into measures.
struct RowSite<'a> {
    doc: &'a Document,
    doc_index: usize,
    article_index: usize,
    article: &'a crate::corpus::Article,
    line: &'a str,
    /// Byte offset of the line in the analysis text.
    line_start: usize,
    line_starts: &'a [usize],
    table: &'a table::Table,
    report_year: Option<u16>,
}

impl RowSite<'_> {
    /// Each figure of a row: programme and side from the row's label, else
    /// from the table's title; place from the label when it names places.
    fn extract(&self, row: &table::Row, out: &mut Vec<Found>) {
        if row.figures.is_empty() {
            return;
        }
        let label = &self.line[row.label.0..row.label.1];
        let cues = Cues::get();
        let category = [
            label,
            self.table.section.as_str(),
            self.table.title.as_str(),
        ]
        .iter()
        .find_map(|text| {
            cues.find(text)
                .into_iter()
                .max_by(|a, b| a.rank.cmp(&b.rank).then(a.start.cmp(&b.start)))
                .map(|h| h.category)
        })
        .unwrap_or(Category::Other);
        let area = match relations::side_in(label) {
            Area::Joint => relations::side_in(&self.table.title),
            side => side,
        };
        let (label_start, label_end) =
            (self.line_start + row.label.0, self.line_start + row.label.1);
        let in_label: Vec<&PlaceMatch<'static>> = self
            .doc
            .places
            .iter()
            .filter(|m| m.start >= label_start && m.end <= label_end)
            .collect();
        let (province, place) = match in_label.first() {
            Some(first) => {
                let idx = self
                    .doc
                    .places
                    .iter()
                    .position(|m| m.start == first.start)
                    .unwrap_or(0);
                let province =
                    gazetteer::settle(first, &self.doc.places[..idx], self.article.province)
                        .or(self.article.province);
                let (a, b) =
                    self.doc
                        .normalized
                        .original_range(&self.doc.original, label_start, label_end);
                (province, self.doc.original[a..b].to_owned())
            }
            None => (self.article.province, self.article.place.clone()),
        };
        let trimmed = self.line.trim_start();
        let lead = self.line.len() - trimmed.len();
        let quote = self.doc.normalized.original_range(
            &self.doc.original,
            self.line_start + lead,
            self.line_start + lead + trimmed.trim_end().len(),
        );
        for f in &row.figures {
            let figure = self.doc.normalized.original_range(
                &self.doc.original,
                self.line_start + f.start,
                self.line_start + f.end,
            );
            out.push(Found {
                measure: Measure {
                    province: province.unwrap_or_default().to_owned(),
                    place: place.clone(),
                    kind: f.kind,
                    category,
                    value: round(f.value),
                    value_max: f.value_max.map(round),
                    period: f.period,
                    qualifier: Qualifier::Exact,
                    year: self.table.year.or(self.report_year),
                    area,
                    change: f.change,
                    doc: self.doc.name.clone(),
                    quote: self.doc.original[quote.0..quote.1].to_owned(),
                },
                figure: Span {
                    start: figure.0,
                    end: figure.1,
                },
                clause: Span {
                    start: quote.0,
                    end: quote.1,
                },
                doc_index: self.doc_index,
                article_index: self.article_index,
                line: self.line_starts.partition_point(|&l| l <= figure.0),
                changed_to: None,
            });
        }
    }
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
    frame_year: Option<u16>,
    /// The year in the title of a statistical report (`2020年2季度…统计季报`).
    report_year: Option<u16>,
    places: &'a [PlaceMatch<'static>],
    cues: &'a Cues,
}

impl SentenceContext<'_> {
    fn extract(
        &self,
        quantities: &[Quantity],
        doc_index: usize,
        article: &crate::corpus::Article,
        out: &mut Vec<Found>,
    ) {
        let s = self.sentence;
        let hits = self.cues.find(s);
        let years = years_in(s);
        let sentence_clauses = clauses_of(s);
        // Only a sentence that names no programme needs the one before it.
        let previous_hits = if hits.iter().any(|h| h.rank >= 2) {
            Vec::new()
        } else {
            self.cues.find_words(self.previous)
        };
        let mut figures: Vec<relations::Figure> = Vec::new();
        let mut change_cues: Vec<Option<Change>> = Vec::new();
        // A breakdown (其中…) continues the sentence before it.
        let month_frame = opens_with_month(s)
            || (s.trim_start().starts_with("其中") && opens_with_month(self.previous));
        for (i, q) in quantities.iter().enumerate() {
            if !q.value.is_finite() {
                continue;
            }
            let previous = i.checked_sub(1).map(|p| &quantities[p]);
            let Some(kind) = measure_kind(s, q, previous) else {
                continue;
            };
            let clause = clause_around(s, q.start, q.end);
            let change_cue = relations::change_cue(&s[clause.0..q.start]);
            let change = change_cue.unwrap_or_default();
            let site = scope::Site {
                before: &s[clause.0..q.start],
                after: &s[q.end..clause.1.max(q.end)],
                kind,
                change,
            };
            if scope::excluded(&site).is_some() {
                continue;
            }
            let period = period_of(s, clause, q, kind, quantities, month_frame);
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
            // A statistical report's title dates the levels it reports.
            let year = sentence_year
                .or(self.frame_year)
                .or(self.report_year.filter(|_| change == Change::Level));
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
            );
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
            out.push(Found {
                measure: Measure {
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
                figure: Span {
                    start: figure.0,
                    end: figure.1,
                },
                clause: Span {
                    start: quote.0,
                    end: quote.1,
                },
                doc_index,
                article_index: self.article_index,
                line: self.line_starts.partition_point(|&l| l <= figure.0),
                changed_to: None,
            });
            figures.push(relations::Figure {
                start: q.start,
                end: q.end,
                kind,
            });
            change_cues.push(change_cue);
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
        for i in 0..figures.len() {
            if out[first + i].measure.change != Change::Level {
                continue;
            }
            let moved = figures[i + 1..].iter().any(|later| {
                later.kind == figures[i].kind
                    && relations::moves_on(&s[figures[i].end..later.start])
            });
            if moved {
                out[first + i].measure.change = Change::Before;
            }
        }
        for (f, area) in out[first..].iter_mut().zip(relations::areas(s, &figures)) {
            f.measure.area = area;
        }
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
            .collect();
        // A place named earlier in the sentence governs the clauses after it
        // (上海…,而低保标准为1420元): the nearest one, when the clause has none.
        if in_clause.is_empty()
            && let Some(nearest) = self
                .places
                .iter()
                .rfind(|m| m.start >= self.abs && m.end <= clause_abs.0)
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

fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// Lines that credit a source or a photographer carry no figures.
fn is_source_or_credit(para: &str) -> bool {
    let t = para.trim();
    (t.starts_with('(') || t.starts_with('（'))
        && (t.contains("据") || t.contains("来源"))
        && t.chars().count() < 60
}

/// Split a paragraph into sentences (ending in 。！？!?), keeping every byte.
pub fn split_sentences(para: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = para.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '。' | '！' | '？' | '!' | '?' | '…') {
            let mut end = i + c.len_utf8();
            // Keep closing quotes and repeated marks with the sentence.
            while let Some(&(j, n)) = chars.peek() {
                if matches!(n, '”' | '’' | '」' | '』' | ')' | '）' | '…' | '。') {
                    end = j + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(&para[start..end]);
            start = end;
        }
    }
    if start < para.len() {
        out.push(&para[start..]);
    }
    out
}

fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '。' | '!' | '?' | '！' | '？' | '\n')
}

/// The clauses of a sentence, by byte range.
fn clauses_of(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if is_clause_break(c) {
            out.push((start, i));
            start = i + c.len_utf8();
        }
    }
    out.push((start, s.len()));
    out
}

/// The clause around a figure: from the last break before it to the next after.
fn clause_around(s: &str, start: usize, end: usize) -> (usize, usize) {
    let a = s[..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let b = s[end..]
        .char_indices()
        .find(|&(_, c)| is_clause_break(c))
        .map_or(s.len(), |(i, _)| end + i);
    // Trim white space and opening quotes.
    let clause = &s[a..b];
    let lead = clause.len() - clause.trim_start().len();
    let trail = clause.len() - clause.trim_end().len();
    (a + lead, (b - trail).max(a + lead))
}

/// Nouns for people counted without a measure word (37万城乡困难民众).
const PEOPLE_NOUNS: [&str; 20] = [
    "人口",
    "民众",
    "群众",
    "居民",
    "村民",
    "市民",
    "团员",
    "党员",
    "老人",
    "老年人",
    "儿童",
    "学生",
    "职工",
    "志愿者",
    "人员",
    "对象",
    "妇女",
    "青少年",
    "残疾人",
    "农民",
];

/// What a measure word counts when it is not a welfare figure: policy items,
/// levels, kinds, events (六个方面, 三级, 10大类, 30余场活动).
const ITEM_WORDS_AFTER: [&str; 24] = [
    "方面", "方法", "办法", "做法", "类", "级", "大", "种", "项", "届", "轮", "步", "环节", "关键",
    "机制", "模式", "制度", "方案", "措施", "举措", "任务", "规划", "文件", "会议",
];

/// Nouns before a count that make it a count of events or items
/// (脱贫攻坚项目3500余个, 信访事项103批).
const ITEM_WORDS_BEFORE: [&str; 9] = [
    "项目", "活动", "措施", "举措", "问题", "案件", "会议", "任务", "事项",
];

/// Clauses that describe a sample or an inspection, not people served.
const SAMPLE_WORDS: [&str; 6] = ["抽查", "抽检", "检查组", "问卷", "抽样", "调查"];

/// The kind of a quantity, or `None` when it is not a measure.
fn measure_kind(s: &str, q: &Quantity, previous: Option<&Quantity>) -> Option<Kind> {
    let before = &s[..q.start];
    let after = &s[q.end..];
    if inside_book_title(s, q.start)
        || before.ends_with('第')
        || before.ends_with('+')
        || after.starts_with('+')
    {
        return None;
    }
    // A number that opens with its point lost a digit: a problem, not a figure.
    if s[q.number_start..].starts_with('.') {
        return None;
    }
    if q.chinese_only && q.value < 10.0 {
        return None; // 三级, 两名, 一所: prose, not figures
    }
    // A vague 上千/上万 (上千户居民) is not a figure.
    if before.ends_with('上') && q.chinese_only {
        return None;
    }
    let clause = clause_around(s, q.start, q.end);
    let clause_text = &s[clause.0..clause.1];
    let clause_before = &s[clause.0..q.start];
    let is_count = matches!(
        q.unit,
        Unit::People | Unit::PersonTimes | Unit::Households | Unit::HouseholdTimes | Unit::Units(_)
    );
    if is_count {
        // A size class right after another count: 81个5000户以上超大型社区.
        let previous_is_count = previous.is_some_and(|p| {
            p.end == q.start
                && matches!(
                    p.unit,
                    Unit::People
                        | Unit::PersonTimes
                        | Unit::Households
                        | Unit::HouseholdTimes
                        | Unit::Units(_)
                )
        });
        if previous_is_count {
            return None;
        }
        let noun_after: String = after
            .chars()
            .take_while(|&c| !is_clause_break(c) && c != '、')
            .take(6)
            .collect();
        if ITEM_WORDS_AFTER
            .iter()
            .any(|w| noun_after.starts_with(w) || (w.chars().count() > 1 && noun_after.contains(w)))
        {
            return None;
        }
        let near_before: String = {
            let chars: Vec<char> = clause_before.chars().collect();
            let tail = &chars[chars.len().saturating_sub(4)..];
            tail.iter().collect()
        };
        if ITEM_WORDS_BEFORE.iter().any(|w| near_before.contains(w)) {
            return None;
        }
        // A breakdown (其中…) belongs to the clause before it.
        let scope = if clause_text.starts_with("其中") {
            let prev = clauses_of(s)
                .into_iter()
                .rfind(|c| c.1 <= clause.0)
                .map_or(clause.0, |c| c.0);
            &s[prev..clause.1]
        } else {
            clause_text
        };
        if SAMPLE_WORDS.iter().any(|w| scope.contains(w)) {
            return None;
        }
        // The size of a place: residents counted right after a place
        // (某社区2000多户居民), or residents in a phrase that describes a
        // noun (拥有700户、2100名居民的小区): the list of counts ends in 的.
        if matches!(q.unit, Unit::Households | Unit::People) {
            let residents = after.starts_with("居民") || after.starts_with("村民");
            let after_place = ["社区", "小区", "村", "街道"]
                .iter()
                .any(|p| before.ends_with(p));
            let list_tail = after
                .split([',', ';', '。'])
                .next()
                .unwrap_or("")
                .rsplit('、')
                .next()
                .unwrap_or("");
            let describes = ["居民的", "村民的", "人口的"]
                .iter()
                .any(|w| list_tail.contains(w) && list_tail.find(w).is_some_and(|at| at <= 12));
            if residents && after_place || describes {
                return None;
            }
        }
    }
    match q.unit {
        Unit::Yuan => Some(money_kind(s, q, clause)),
        Unit::Percent => Some(Kind::Rate),
        Unit::People | Unit::PersonTimes => Some(Kind::CountPeople),
        Unit::Households | Unit::HouseholdTimes => Some(Kind::CountHouseholds),
        Unit::Units(_) => {
            let noun: String = after
                .chars()
                .take_while(|&c| !is_clause_break(c) && c != '、')
                .take(10)
                .collect();
            if noun.contains("家庭") || noun.starts_with('户') {
                Some(Kind::CountHouseholds)
            } else {
                Some(Kind::CountUnits)
            }
        }
        Unit::None => {
            // 37万城乡困难民众, 81万团员: a count of people without a measure word.
            let scaled = s[q.number_start..q.number_end].ends_with(['万', '亿']);
            let noun: String = after
                .chars()
                .take_while(|&c| !is_clause_break(c) && c != '、')
                .take(8)
                .collect();
            (scaled && PEOPLE_NOUNS.iter().any(|n| noun.contains(n))).then_some(Kind::CountPeople)
        }
        _ => None,
    }
}

/// A bound stated earlier in the clause with nothing counted in between:
/// `不低于本市职工平均工资的100%`.
fn distant_bound(
    s: &str,
    clause: (usize, usize),
    q: &Quantity,
    all: &[Quantity],
) -> Option<Qualifier> {
    let from = all
        .iter()
        .filter(|o| o.end <= q.start && o.end > clause.0)
        .map(|o| o.end)
        .max()
        .unwrap_or(clause.0);
    let between = &s[from..q.start];
    // Only the negated bounds (不低于, 不超过, …) reach over other words.
    quantity::QUALIFIERS_BEFORE
        .iter()
        .filter(|(w, q)| w.starts_with('不') && *q != Qualifier::About)
        .filter_map(|(w, q)| between.rfind(w).map(|at| (at, *q)))
        .max_by_key(|(at, _)| *at)
        .map(|(_, q)| q)
}

/// Per person, per household, or a total. A clause that only continues the
/// one before it (`人均补助提高30元,达到640元`) keeps that clause's unit.
fn money_kind(s: &str, q: &Quantity, clause: (usize, usize)) -> Kind {
    let kind = money_kind_in(s, q, clause);
    let clause_text = &s[clause.0..q.start];
    const CONTINUATIONS: [&str; 6] = ["达到", "提高到", "提高至", "增至", "增加到", "达"];
    if kind == Kind::AmountTotal
        && CONTINUATIONS.iter().any(|c| clause_text.starts_with(c))
        && let Some(previous) = clauses_of(s).into_iter().rfind(|c| c.1 <= clause.0)
    {
        let before = &s[previous.0..previous.1];
        if let Some(other) = quantity::find(before)
            .into_iter()
            .rev()
            .find(|o| o.unit == Unit::Yuan)
        {
            let shifted = Quantity {
                start: other.start + previous.0,
                end: other.end + previous.0,
                ..other
            };
            return money_kind_in(s, &shifted, previous);
        }
    }
    kind
}

fn money_kind_in(s: &str, q: &Quantity, clause: (usize, usize)) -> Kind {
    let after = &s[q.end..];
    if after.starts_with("/人") || after.starts_with("每人") {
        return Kind::AmountPerPerson;
    }
    if after.starts_with("/户") || after.starts_with("每户") {
        return Kind::AmountPerHousehold;
    }
    let before = &s[clause.0..q.start];
    const PERSON: [&str; 6] = ["每人", "人均", "每名", "每位", "/人", "每个人"];
    const HOUSEHOLD: [&str; 4] = ["每户", "户均", "/户", "每个家庭"];
    const UNIT: [&str; 4] = ["每个社区", "每个村", "每个单位", "每所"];
    let last = |words: &[&str]| words.iter().filter_map(|w| before.rfind(w)).max();
    let person = last(&PERSON);
    let household = last(&HOUSEHOLD);
    let unit = last(&UNIT);
    match (person, household, unit) {
        (Some(p), h, u) if h.is_none_or(|h| p > h) && u.is_none_or(|u| p > u) => {
            Kind::AmountPerPerson
        }
        (_, Some(h), u) if u.is_none_or(|u| h > u) => Kind::AmountPerHousehold,
        (_, _, Some(_)) => Kind::AmountTotal,
        _ if is_standard(s, q, clause) => Kind::AmountPerPerson,
        _ => Kind::AmountTotal,
    }
}

/// A bare amount that states a standard paid to each recipient is per person:
/// one written per month or year (`672元/月`), one after a standard named in
/// its clause with no total in between (`低保标准为1420元`), or one that a
/// standard follows (`按照每人…3000元的标准`, `享受320元的最高标准`).
fn is_standard(s: &str, q: &Quantity, clause: (usize, usize)) -> bool {
    let before = &s[clause.0..q.start];
    let tail = &s[q.end..clause.1.max(q.end)];
    if tail.starts_with("/月") || tail.starts_with("/年") {
        return true;
    }
    let total = MONEY.last_in(before, "total");
    if let Some(standard) = MONEY.last_in(before, "standard")
        && total.is_none_or(|t| t < standard)
    {
        return true;
    }
    // A standard named earlier in the sentence carries over clauses that
    // go on about it (`标准从650元起步,调整到700元`), as long as no total is
    // named after it and the amount is one a person could be paid.
    let sentence_before = &s[..q.start];
    if total.is_none()
        && q.value < 1e5
        && let Some(standard) = MONEY.last_in(sentence_before, "standard")
        && MONEY
            .last_in(sentence_before, "total")
            .is_none_or(|t| t < standard)
    {
        return true;
    }
    // The standard may close a list of figures: 城市X元、农村Y元的标准.
    let standard_after = MONEY
        .of("standard")
        .any(|w| tail.contains(&format!("的{w}")) || tail.contains(&format!("的最高{w}")));
    standard_after && total.is_none()
}

/// Period from 每月/每年/全年/一次性 around a figure.
fn period_of(
    s: &str,
    clause: (usize, usize),
    q: &Quantity,
    kind: Kind,
    all: &[Quantity],
    month_frame: bool,
) -> Option<Period> {
    // Cues inside a closed bracket speak for the figures inside it only:
    // in 全自理1680元(月人均140元)、半护理3360元, 3360 is not per month.
    let before = outside_brackets(&s[clause.0..q.start]);
    let after_unit = &s[q.end..clause.1.max(q.end)];
    let own_unit = |class: &str| {
        PERIOD
            .of(class)
            .any(|w| w.starts_with(['/', '人']) && after_unit.starts_with(w))
    };
    let month = PERIOD
        .last_in(&before, "month")
        .or_else(|| own_unit("month").then_some(usize::MAX));
    let year = PERIOD
        .last_in(&before, "year")
        .or_else(|| own_unit("year").then_some(usize::MAX));
    match (month, year) {
        (Some(m), Some(y)) => return Some(if m > y { Period::Month } else { Period::Year }),
        (Some(_), None) => return Some(Period::Month),
        (None, Some(_)) => return Some(Period::Year),
        (None, None) => {}
    }
    if kind == Kind::AmountTotal {
        // A total's span is set only where the text fixes it.
        let sentence_before = &s[..q.start];
        if ["累计", "截至", "以来"]
            .iter()
            .any(|w| sentence_before.contains(w))
        {
            return None;
        }
        if month_frame {
            return Some(Period::Month);
        }
        // An annual total named by its year or by 全年/今年: 2022年…支出35亿元.
        let spends = PERIOD.last_in(sentence_before, "spend").is_some();
        let named_year = years_in(sentence_before)
            .iter()
            .any(|&(at, _)| !starts_with_month(&sentence_before[at + 7..]));
        if spends && (named_year || PERIOD.last_in(sentence_before, "total_year").is_some()) {
            return Some(Period::Year);
        }
        return None;
    }
    if kind.is_money() {
        // 一次性 in this clause, or in the clauses that follow before the next sum of money.
        let clauses = clauses_of(s);
        let here = clauses
            .iter()
            .position(|c| c.0 <= q.start && q.start < c.1.max(c.0 + 1))
            .unwrap_or(0);
        for (k, &(a, b)) in clauses.iter().enumerate().skip(here) {
            let other_money = all
                .iter()
                .any(|o| o.start >= a && o.end <= b && o.unit == Unit::Yuan && o.start != q.start);
            if k > here && other_money {
                break;
            }
            if PERIOD.of("once").any(|w| s[a..b].contains(w)) {
                return Some(Period::Once);
            }
        }
    }
    None
}

/// The text with every closed bracket group left out.
fn outside_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut held = String::new();
    for c in text.chars() {
        match c {
            '(' | '（' => {
                depth += 1;
                held.push(c);
            }
            ')' | '）' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    held.clear();
                } else {
                    held.push(c);
                }
            }
            _ if depth > 0 => held.push(c),
            _ => out.push(c),
        }
    }
    // An unclosed bracket still holds the figure: its text counts.
    out.push_str(&held);
    out
}

/// Whether `text` starts with a single month (`10月`, not `1-9月`).
fn starts_with_month(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && text[digits..].starts_with('月')
}

/// A sentence that opens with one month of one year (`2025年10月,发放…`)
/// fixes the span of the totals in it.
fn opens_with_month(sentence: &str) -> bool {
    let t = sentence.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4 && t[4..].starts_with('年') && starts_with_month(&t[4 + '年'.len_utf8()..])
}

/// The year written nearest before byte `at` in the sentence (else the first after).
fn year_at(years: &[(usize, u16)], at: usize) -> Option<u16> {
    years
        .iter()
        .rev()
        .find(|(pos, _)| *pos < at)
        .or_else(|| years.first())
        .map(|(_, y)| *y)
}

/// `2022年`, `2021年底`, `2018年起` (not inside 《titles》, not 2018-2020年 ranges in them).
fn years_in(s: &str) -> Vec<(usize, u16)> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        if bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && s[i + 4..].starts_with('年')
            && !inside_book_title(s, i)
        {
            if let Ok(y) = s[i..i + 4].parse::<u16>()
                && (1949..=2100).contains(&y)
            {
                out.push((i, y));
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    out
}

/// A year that frames a whole paragraph: one that opens it (2023年“两节”期间, …).
fn frame_year(para: &str) -> Option<u16> {
    let mut t = para.trim_start();
    // A bracketed heading (【社会保障】) stands before the paragraph's text.
    if let Some(rest) = t.strip_prefix('【')
        && let Some((_, after)) = rest.split_once('】')
    {
        t = after.trim_start();
    }
    let t = t.strip_prefix("截至").unwrap_or(t);
    let t = t.strip_prefix("从").unwrap_or(t);
    let t = t.strip_prefix("自").unwrap_or(t);
    // Only the paragraph's opening matters: look at its first bytes.
    let head = &t[..t.char_indices().nth(8).map_or(t.len(), |(i, _)| i)];
    years_in(head)
        .first()
        .filter(|(pos, _)| *pos == 0)
        .map(|(_, y)| *y)
}

/// `由每人每月1400元提高到2450元`: link the figures before the verb to the one after.
fn link_changes(s: &str, found: &mut [Found], first_index: usize) {
    const VERBS: [&str; 8] = [
        "提高到",
        "提高至",
        "增加到",
        "增至",
        "提升至",
        "上调至",
        "调整为",
        "调整到",
    ];
    if found.len() < 2 || !VERBS.iter().any(|v| s.contains(v)) {
        return;
    }
    let quotes: Vec<String> = found.iter().map(|f| f.measure.quote.clone()).collect();
    for i in 0..found.len() {
        for j in (i + 1)..found.len() {
            if quotes[i] != quotes[j] || found[i].measure.kind != found[j].measure.kind {
                continue;
            }
            // The verb stands between the two figures in the original clause.
            let (a, b) = (found[i].figure.end, found[j].figure.start);
            if a >= b {
                continue;
            }
            let clause_start = found[i].clause.start;
            let clause = &found[i].measure.quote;
            let rel = |x: usize| x.saturating_sub(clause_start).min(clause.len());
            let between = clause.get(rel(a)..rel(b)).unwrap_or("");
            let normalized: String = between
                .chars()
                .map(crate::corpus::normalize::map_char)
                .collect();
            let has_verb = VERBS.iter().any(|v| normalized.contains(v));
            let later_verb = (j + 1..found.len()).any(|k| {
                let bb = clause
                    .get(rel(found[j].figure.end)..rel(found[k].figure.start))
                    .unwrap_or("");
                let n: String = bb.chars().map(crate::corpus::normalize::map_char).collect();
                VERBS.iter().any(|v| n.contains(v))
            });
            if has_verb && !later_verb {
                found[i].changed_to = Some(first_index + j);
                found[i].measure.change = Change::Before;
                break;
            }
        }
    }
}
