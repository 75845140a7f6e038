//! The date a text states for itself: a page header or dateline
//! (`2013-12-03 12:27 来源:…`, `时间:2015-03-30`, `发布日期:2019年7月26日`,
//! `更新时间:2012/1/8`) or a notice's closing date (`（2019年7月26日）`,
//! `二〇一九年七月二十六日`), in Simplified or Traditional (`發布時間`), with
//! ASCII or full-width digits. Read on the original text: normalisation
//! blanks the page furniture a date stands on.
//!
//! The date says when a text appeared, not when its figures apply: it
//! never fills a figure's `year`, it only dates a figure that has none
//! (see [`crate::measure::Measure::published`]).

use super::Document;
use crate::measure::Found;

/// How many lines from an article's top a header date may stand on.
const HEAD_LINES: usize = 10;
/// How many lines from an article's end a closing date may stand on.
const TAIL_LINES: usize = 4;

/// Labels after which a date is the text's own, in both scripts.
const LABELS: [&str; 26] = [
    "发布日期",
    "发布时间",
    "发表时间",
    "发表日期",
    "发文日期",
    "成文日期",
    "印发日期",
    "颁布时间",
    "更新时间",
    "更新日期",
    "发布于",
    "发表于",
    "日期",
    "时间",
    "發布日期",
    "發布時間",
    "發表時間",
    "發表日期",
    "發文日期",
    "頒布時間",
    "更新時間",
    "發布於",
    "發表於",
    "發佈日期",
    "發佈時間",
    "時間",
];

/// Words of a page header or source line that a date beside them belongs
/// to, in both scripts.
const HEADER_WORDS: [&str; 16] = [
    "来源", "作者", "编辑", "浏览", "点击", "阅读", "字号", "字体", "來源", "編輯", "瀏覽", "點擊",
    "閱讀", "字號", "字體", "分类",
];

/// A date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Date {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl Date {
    fn text(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

/// The date each article of `doc` states for itself (`YYYY-MM-DD`,
/// `YYYY-MM`, `YYYY`, or empty): in its first lines (a header, a
/// dateline), else in its last (a notice's closing date), else the
/// document's own (in the first lines of the file, or its last).
pub fn article_dates(doc: &Document) -> Vec<String> {
    // Read on the original text: normalisation blanks the page furniture
    // (source lines, datelines) that a date stands on.
    let text = &doc.original;
    let lines_of = |start: usize, end: usize| -> Vec<&str> {
        text.get(start..end)
            .unwrap_or("")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    };
    let all = lines_of(0, text.len());
    let document = in_lines(all.iter().take(HEAD_LINES + 5).copied())
        .or_else(|| closing_date(&all))
        .map(Date::text)
        .unwrap_or_default();
    doc.articles
        .iter()
        .map(|a| {
            let (start, end) = doc.normalized.original_range(text, a.start, a.end);
            let lines = lines_of(start, end);
            in_lines(lines.iter().take(HEAD_LINES).copied())
                .or_else(|| closing_date(&lines))
                .map(Date::text)
                .unwrap_or_else(|| document.clone())
        })
        .collect()
}

/// Give every figure of `doc` its article's date.
pub fn stamp(doc: &Document, found: &mut [Found]) {
    if found.is_empty() {
        return;
    }
    let dates = article_dates(doc);
    let document = dates.first().cloned().unwrap_or_default();
    for f in found {
        f.measure.published = dates
            .get(f.article_index)
            .cloned()
            .unwrap_or_else(|| document.clone());
    }
}

/// The first header date among `lines`.
fn in_lines<'a>(lines: impl Iterator<Item = &'a str>) -> Option<Date> {
    lines.into_iter().find_map(|line| {
        let chars: Vec<char> = line.chars().collect();
        header(&chars)
    })
}

/// A closing date among the last lines: a line that is a date alone,
/// bare or in brackets, or a labelled one.
fn closing_date(lines: &[&str]) -> Option<Date> {
    let from = lines.len().saturating_sub(TAIL_LINES);
    lines[from..].iter().rev().find_map(|line| {
        let chars: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
        alone(&chars).or_else(|| labelled(&chars))
    })
}

/// The date a header line gives: after a label (`发布时间:`), as the
/// line's start followed by a time or a source (`2013-12-03 12:27 来源:`),
/// alone on the line (`（2019年7月26日）`), or anywhere on a source line.
pub fn header_date(line: &str) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    header(&chars).map(Date::text)
}

fn header(chars: &[char]) -> Option<Date> {
    let compact: Vec<char> = chars.iter().copied().filter(|c| *c != '\u{3000}').collect();
    if let Some(date) = labelled(&compact) {
        return Some(date);
    }
    let squeezed: Vec<char> = compact
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    if let Some(date) = alone(&squeezed) {
        return Some(date);
    }
    let line: String = compact.iter().collect();
    // A source line is short: a sentence that speaks of 生活来源 is not one.
    let header_words = compact.len() <= 80 && HEADER_WORDS.iter().any(|w| line.contains(w));
    // A date at the start followed by a time, or on a line of header words.
    let first = (0..compact.len()).find_map(|i| date_at(&compact, i).map(|d| (i, d)));
    let (at, (date, end)) = first?;
    let rest: String = compact[end..].iter().collect();
    let rest = rest.trim_start();
    let starts_line = compact[..at]
        .iter()
        .all(|c| c.is_whitespace() || matches!(c, '(' | '（' | '[' | '【'));
    // A time right after the date (`16:12`, `10:44:46`) makes it a timestamp.
    let time_follows = rest.chars().next().is_some_and(|c| c.is_arabic())
        && rest.chars().take(6).any(|c| matches!(c, ':' | '：'));
    if (starts_line && rest.is_empty()) || time_follows || header_words {
        return Some(date);
    }
    None
}

/// A date right after a label and its colon.
fn labelled(chars: &[char]) -> Option<Date> {
    let line: String = chars.iter().collect();
    for label in LABELS {
        let mut search = 0;
        while let Some(found) = line[search..].find(label) {
            let byte = search + found + label.len();
            search = byte;
            let mut i = line[..byte].chars().count();
            // The colon and spaces, and at most two more characters (`发布时间为`).
            let mut skipped = 0;
            while i < chars.len()
                && (chars[i].is_whitespace() || matches!(chars[i], ':' | '：' | '为' | '是'))
            {
                i += 1;
                skipped += 1;
                if skipped > 4 {
                    break;
                }
            }
            if let Some((date, _)) = date_at(chars, i) {
                return Some(date);
            }
        }
    }
    None
}

/// A line that is one date and nothing else, bare or in brackets.
fn alone(chars: &[char]) -> Option<Date> {
    let open = |c: char| matches!(c, '(' | '（' | '[' | '【' | '〔');
    let close = |c: char| matches!(c, ')' | '）' | ']' | '】' | '〕');
    let start = usize::from(chars.first().copied().is_some_and(open));
    let (date, end) = date_at(chars, start)?;
    let rest = &chars[end..];
    let rest_ok = rest.is_empty() || (start == 1 && rest.len() == 1 && close(rest[0]));
    // A bare year alone on a line is a heading, not a date.
    (rest_ok && date.month.is_some()).then_some(date)
}

trait Arabic {
    fn is_arabic(&self) -> bool;
}

impl Arabic for char {
    /// An ASCII or full-width digit.
    fn is_arabic(&self) -> bool {
        self.is_ascii_digit() || ('０'..='９').contains(self)
    }
}

fn is_arabic_ref(c: &char) -> bool {
    c.is_arabic()
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '〇' | '零' | 'O' | 'o' => Some(0),
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

/// A number of one or two places at `i`: Arabic (`7`, `07`) or Chinese
/// (`七`, `十二`, `二十六`, `三十一`).
fn small_number(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let c = *chars.get(i)?;
    if c.is_arabic() {
        let mut n = 0;
        let mut j = i;
        while j < chars.len() && chars[j].is_arabic() && j - i < 2 {
            n = n * 10 + digit(chars[j])?;
            j += 1;
        }
        if chars.get(j).is_some_and(is_arabic_ref) {
            return None;
        }
        return Some((n, j));
    }
    let units = |j: usize| {
        chars
            .get(j)
            .and_then(|c| digit(*c))
            .filter(|d| *d > 0 && !chars[j].is_arabic())
    };
    match c {
        '十' => match units(i + 1) {
            Some(d) => Some((10 + d, i + 2)),
            None => Some((10, i + 1)),
        },
        _ => {
            let tens = units(i)?;
            if chars.get(i + 1) == Some(&'十') {
                match units(i + 2) {
                    Some(d) => Some((tens * 10 + d, i + 3)),
                    None => Some((tens * 10, i + 2)),
                }
            } else {
                Some((tens, i + 1))
            }
        }
    }
}

/// A date starting at `i`: `2015-03-30`, `2015/3/30`, `2015.03.30`,
/// `2015年3月30日`, `2015年3月`, `二〇一九年七月二十六日`, with the index
/// after it. Years from 1949 to 2100; a year not followed by a month is
/// not a date.
fn date_at(chars: &[char], i: usize) -> Option<(Date, usize)> {
    if i > 0 && chars.get(i - 1).and_then(|c| digit(*c)).is_some() {
        return None;
    }
    let arabic = chars.get(i)?.is_arabic();
    let mut year = 0u32;
    for k in 0..4 {
        let c = *chars.get(i + k)?;
        if c.is_arabic() != arabic {
            return None;
        }
        year = year * 10 + digit(c)?;
    }
    if !(1949..=2100).contains(&year) {
        return None;
    }
    let mut j = i + 4;
    let sep = *chars.get(j)?;
    if !matches!(sep, '-' | '/' | '.' | '年' | '－' | '—') {
        return None;
    }
    j += 1;
    let (month, after_month) = small_number(chars, j)?;
    if !(1..=12).contains(&month) {
        return None;
    }
    j = after_month;
    let year = year as u16;
    let month = Some(month as u8);
    let month_only = |end: usize| {
        (
            Date {
                year,
                month,
                day: None,
            },
            end,
        )
    };
    if sep == '年' {
        if chars.get(j) != Some(&'月') {
            return None;
        }
        j += 1;
        let Some((day, after_day)) = small_number(chars, j) else {
            return Some(month_only(j));
        };
        if !(1..=31).contains(&day) || !matches!(chars.get(after_day), Some('日' | '号')) {
            return Some(month_only(j));
        }
        return Some((
            Date {
                year,
                month,
                day: Some(day as u8),
            },
            after_day + 1,
        ));
    }
    if chars.get(j) != Some(&sep) {
        return (!chars.get(j).is_some_and(is_arabic_ref)).then(|| month_only(j));
    }
    let (day, after_day) = small_number(chars, j + 1)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    Some((
        Date {
            year,
            month,
            day: Some(day as u8),
        },
        after_day,
    ))
}
