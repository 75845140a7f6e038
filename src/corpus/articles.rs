//! A document → its articles. Input: a document's analysis text. Output: the
//! [`Article`]s it holds, each with its title, line span, province and the
//! locality it is about.
//!
//! Boundaries, as pages and digests are laid out: `#`/`##` headings and
//! headlines ending in `******` open an article; source lines (`(据…)`,
//! `(来源:…)`, `(完)`) and photo or reporter bylines close one; a news lead
//! (`中新网西宁1月19日电`, `本报消息`) opens one together with the short title
//! line just above it. A stretch with no place of its own (the rest of a story
//! after its source line) continues the region of the one before.

use crate::gazetteer::{self, Gazetteer, Level, PlaceMatch};
use crate::measure::PROVINCES;

/// One article of a document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    /// The title as written in the analysis text (first line of the article).
    pub title: String,
    /// Byte range in the analysis text.
    pub start: usize,
    pub end: usize,
    /// First and last non-blank line, 1-based.
    pub first_line: usize,
    pub last_line: usize,
    /// Canonical short name of the main province, when one could be told.
    pub province: Option<&'static str>,
    /// The sub-provincial locality the article is about, or empty.
    pub place: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineKind {
    Blank,
    /// `#`, `##` or a `******` headline: always opens an article.
    Heading,
    /// `(据…)`, `(完)`, `(来源…)`: closes the article it ends.
    Source,
    /// A reporter or photo credit: closes the article when it follows its body.
    Byline,
    /// `中新网西宁1月19日电`, `本报消息`: the first paragraph of a news item.
    Lead,
    /// A short line without sentence punctuation: a title or a sub-heading.
    Short,
    Body,
}

struct Line<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    number: usize,
    kind: LineKind,
}

/// Split a document's analysis text into articles.
pub fn split(text: &str) -> Vec<Article> {
    split_with_places(text, &Gazetteer::get().find_all(text))
}

/// Split, given the place names already found in `text`.
pub fn split_with_places(text: &str, places: &[PlaceMatch<'static>]) -> Vec<Article> {
    let lines = classify(text);
    let mut starts: Vec<usize> = Vec::new(); // indices into `lines`
    let mut has_body = false;
    let mut after_close = true;
    let mut previous: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        if line.kind == LineKind::Blank {
            continue;
        }
        let open_at = if after_close || line.kind == LineKind::Heading {
            Some(i)
        } else if line.kind == LineKind::Lead && has_body {
            // The short title just above opens the item with its lead.
            match previous {
                Some(p) if lines[p].kind == LineKind::Short && starts.last() != Some(&p) => Some(p),
                _ => Some(i),
            }
        } else {
            None
        };
        if let Some(at) = open_at
            && starts.last() != Some(&at)
        {
            starts.push(at);
            has_body = false;
        }
        after_close = false;
        match line.kind {
            LineKind::Source => after_close = true,
            LineKind::Byline if has_body => after_close = true,
            LineKind::Body | LineKind::Lead => has_body = true,
            _ => {}
        }
        previous = Some(i);
    }
    if starts.is_empty() {
        return Vec::new();
    }
    let gazetteer = Gazetteer::get();
    let mut articles: Vec<Article> = Vec::new();
    for (n, &first) in starts.iter().enumerate() {
        let stop = starts.get(n + 1).copied().unwrap_or(lines.len());
        let Some(last) = (first..stop)
            .rev()
            .find(|&i| lines[i].kind != LineKind::Blank)
        else {
            continue;
        };
        let body = &lines[first..=last];
        let title = body[0]
            .text
            .trim()
            .trim_start_matches('#')
            .trim()
            .trim_end_matches('*')
            .trim()
            .to_owned();
        let (mut province, mut place) = region(gazetteer, body, text, places);
        // An article that names only its town (a yearbook's township page)
        // has that town's province.
        if province.is_none()
            && let Some((town, town_province)) =
                crate::gazetteer::town_in(&text[lines[first].start..lines[last].end])
        {
            province = Some(town_province);
            place = town;
        }
        // Where the text names no place of its own, the publisher's does
        // (来源:X县人民政府, a source or credit line).
        if province.is_none()
            && let Some((publisher_province, publisher_place)) = publisher(body, places)
        {
            province = Some(publisher_province);
            place = publisher_place;
        }
        articles.push(Article {
            title,
            start: lines[first].start,
            end: lines[last].end,
            first_line: lines[first].number,
            last_line: lines[last].number,
            province,
            place,
        });
    }
    // A stretch with no region of its own continues the article before it.
    for i in 1..articles.len() {
        if articles[i].province.is_none() {
            let (province, place) = (articles[i - 1].province, articles[i - 1].place.clone());
            articles[i].province = province;
            if articles[i].place.is_empty() {
                articles[i].place = place;
            }
        }
    }
    articles
}

fn classify(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (n, raw) in text.split_inclusive('\n').enumerate() {
        let body = raw.trim_end_matches('\n');
        lines.push(Line {
            text: body,
            start,
            end: start + body.len(),
            number: n + 1,
            kind: kind_of(body),
        });
        start += raw.len();
    }
    lines
}

fn kind_of(line: &str) -> LineKind {
    let t = line.trim();
    if t.is_empty() || t.chars().all(|c| !c.is_alphanumeric()) {
        return LineKind::Blank;
    }
    // A headline set off by a run of decoration (`标题******`, `标题=====`).
    let undecorated = t.trim_end_matches(['*', '=', '#', '★', '☆', '─', '※', '~']);
    if (t.starts_with("# ") || t.starts_with("## "))
        || t.chars().count() - undecorated.chars().count() >= 3
    {
        return LineKind::Heading;
    }
    let chars = t.chars().count();
    if is_source_line(t) {
        return LineKind::Source;
    }
    if chars <= 40 && !t.contains(['。', ',', '，']) && (t.contains("记者") || t.contains("通讯员"))
    {
        return LineKind::Byline;
    }
    if is_lead(t) {
        return LineKind::Lead;
    }
    let sentence_end = t.contains(['。', '!', '?', '！', '？']);
    if chars <= 40 && !sentence_end {
        return LineKind::Short;
    }
    LineKind::Body
}

/// `(据《人民日报》)`, `(来源:中国社会报2019.4.3)`, `(完)`, `(编辑 …)`.
fn is_source_line(t: &str) -> bool {
    let inner = t
        .strip_prefix(['(', '（'])
        .and_then(|s| s.strip_suffix([')', '）']))
        .or_else(|| t.strip_prefix('【').and_then(|s| s.strip_suffix('】')));
    match inner {
        Some(inner) => {
            inner.chars().count() <= 40
                && [
                    "据",
                    "来源",
                    "完",
                    "编辑",
                    "责任编辑",
                    "责编",
                    "原标题",
                    "转自",
                ]
                .iter()
                .any(|p| inner.starts_with(p))
        }
        None => t.chars().count() <= 40 && (t.starts_with("来源:") || t.starts_with("责任编辑")),
    }
}

/// A news lead: `中新网西宁1月19日电`, `新华社北京3月2日电`, `本报消息`, `本报讯`.
fn is_lead(t: &str) -> bool {
    if t.starts_with("本报消息") || t.starts_with("本报讯") {
        return true;
    }
    dateline_place(t).is_some()
}

/// The place in a dateline (`中新网西宁1月19日电` → `西宁`), if the line opens with one.
pub fn dateline_place(t: &str) -> Option<&str> {
    let head = &t[..t.char_indices().nth(30).map_or(t.len(), |(i, _)| i)];
    let dian = head.find("日电").or_else(|| head.find("日讯"))?;
    let before = &t[..dian];
    let agency_end = ["网", "社", "报", "台"]
        .iter()
        .filter_map(|a| before.find(a).map(|i| i + a.len()))
        .min()?;
    let rest = &before[agency_end..];
    let place_end =
        rest.find(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))?;
    let place = rest[..place_end].trim();
    (!place.is_empty() && place.chars().count() <= 6).then_some(place)
}

/// The province and locality of the lines of one article.
fn region(
    gazetteer: &Gazetteer,
    lines: &[Line<'_>],
    text: &str,
    places: &[PlaceMatch<'static>],
) -> (Option<&'static str>, String) {
    let mut scores: Vec<(usize, f32)> = Vec::new();
    let mut local: Vec<(&'static str, Level, usize, f32)> = Vec::new();
    let mut earlier: Vec<PlaceMatch<'_>> = Vec::new();
    let mut body_paragraphs = 0;
    for (i, line) in lines.iter().enumerate() {
        if matches!(
            line.kind,
            LineKind::Blank | LineKind::Source | LineKind::Byline
        ) {
            continue;
        }
        let weight: f32 = if i == 0 {
            8.0
        } else if line.kind == LineKind::Lead && dateline_place(line.text).is_some() {
            6.0
        } else if body_paragraphs < 3 {
            2.0
        } else {
            1.0
        };
        if line.kind != LineKind::Short {
            body_paragraphs += 1;
        }
        let line_text = &text[line.start..line.end];
        let first = places.partition_point(|m| m.start < line.start);
        let in_line = places[first..].iter().take_while(|m| m.end <= line.end);
        for m in in_line.cloned() {
            let w = if inside_book_title(line_text, m.start - line.start) {
                weight * 0.25
            } else {
                weight
            };
            if let Some(p) = gazetteer::settle(&m, &earlier, None) {
                if let Some(slot) = PROVINCES.iter().position(|x| *x == p) {
                    match scores.iter_mut().find(|(s, _)| *s == slot) {
                        Some((_, score)) => *score += w,
                        None => scores.push((slot, w)),
                    }
                }
                if m.level() != Level::Province {
                    match local.iter_mut().find(|(n, ..)| *n == m.name) {
                        Some((_, _, count, score)) => {
                            *count += 1;
                            *score += w;
                        }
                        None => local.push((m.name, m.level(), 1, w)),
                    }
                }
            }
            earlier.push(m);
        }
    }
    let best = scores
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(slot, _)| PROVINCES[*slot]);
    let place = best
        .map(|p| locality(&local, p, gazetteer))
        .unwrap_or_default();
    (best, place)
}

/// The place of the publisher named in an article's source or credit lines:
/// the first place there whose province is certain.
fn publisher(body: &[Line<'_>], places: &[PlaceMatch<'static>]) -> Option<(&'static str, String)> {
    body.iter()
        .filter(|l| matches!(l.kind, LineKind::Source | LineKind::Byline))
        .find_map(|line| {
            let first = places.partition_point(|m| m.start < line.start);
            places[first..]
                .iter()
                .take_while(|m| m.end <= line.end)
                .find_map(|m| gazetteer::settle(m, &[], None).map(|p| (p, m.name.to_owned())))
        })
}

/// The locality an article is about: the most specific place it names often
/// enough (twice, or once in its title) inside its province.
fn locality(
    local: &[(&'static str, Level, usize, f32)],
    province: &str,
    gazetteer: &Gazetteer,
) -> String {
    let in_province = |name: &str| {
        gazetteer
            .lookup(name)
            .is_some_and(|ds| ds.iter().any(|d| d.province == province))
    };
    local
        .iter()
        .filter(|(name, _, count, score)| (*count >= 2 || *score >= 8.0) && in_province(name))
        .max_by(|a, b| a.1.cmp(&b.1).then(a.3.total_cmp(&b.3)))
        .map(|(name, ..)| (*name).to_owned())
        .unwrap_or_default()
}

/// Whether byte `at` of `line` lies inside a 《book or document title》.
pub fn inside_book_title(line: &str, at: usize) -> bool {
    // 《 is E3 80 8A and 》 E3 80 8B: the last of either decides. E3 leads
    // only the CJK marks (。, 、, 「」) and rare characters, not the common
    // Han characters (E4 to E9), so the search backwards stops at few places.
    let before = &line.as_bytes()[..at];
    let mut end = before.len();
    while let Some(i) = before[..end].iter().rposition(|&b| b == 0xE3) {
        match before.get(i + 1..i + 3) {
            Some([0x80, 0x8A]) => return true,
            Some([0x80, 0x8B]) => return false,
            _ => end = i,
        }
    }
    false
}
