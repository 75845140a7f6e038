//! Article → its outline: the scopes that headings set over the text under
//! them. Input: an article's lines. Output: the sections that a title, a
//! heading or a label line opens, each with what it sets for the figures
//! under it (a year, a side, the programmes it names), and the statements
//! that date a programme's standards wherever they stand in the article.
//!
//! A heading is a line that says what follows rather than stating a figure:
//! the article's title; a line opened by an enumerator (`一、`, `(二)`, `3.`)
//! or a `#`; a short line without sentence marks; a label line ending in a
//! colon. Enumerators give levels, so `(二)` closes the `(一)` before it but
//! not the `一、` above both. A section ends where a heading of its level or
//! above begins, and a figure reads its fields from its own clause first,
//! then from the innermost section that sets them.

use super::categories::{CueHit, Cues};
use super::period::years_in;
use super::relations;
use crate::measure::{Area, Category};

/// One section: a heading and the lines under it.
#[derive(Clone, Debug)]
struct Section {
    /// Byte offset of the heading in the analysis text.
    start: usize,
    level: u8,
    year: Option<u16>,
    side: Area,
    /// The programme cues the heading names (ranked 2 or more).
    hits: Vec<CueHit>,
    /// Whether the heading speaks of welfare (see [`super::scope::has_welfare_anchor`]).
    anchor: bool,
}

/// A statement about standards (`调整后的标准自2022年10月起执行`,
/// `《关于调整2023年度…标准的通知》`): the year it names and the programmes
/// it names (none: every programme's standards).
#[derive(Clone, Debug)]
struct Statement {
    /// Byte offset of its line in the analysis text.
    at: usize,
    year: u16,
    programmes: Vec<Category>,
}

/// The scopes of one article.
#[derive(Clone, Debug, Default)]
pub struct Outline {
    /// In text order; a section is open from its start until a later one of
    /// its level or above.
    sections: Vec<Section>,
    statements: Vec<Statement>,
}

/// What the sections open at a place set.
#[derive(Clone, Copy, Debug, Default)]
pub struct Scope<'o> {
    pub year: Option<u16>,
    pub side: Area,
    /// The programmes named by the innermost section that names any.
    pub hits: &'o [CueHit],
    /// Whether an open section's heading speaks of welfare.
    pub anchor: bool,
}

impl Outline {
    /// The outline of a document: `articles` are the byte ranges of its
    /// articles in `text`. The lines before the first article (a page's
    /// title above its news lead) are titles of that article; each later
    /// article opens a scope of its own.
    pub fn of(text: &str, articles: &[(usize, usize)], cues: &Cues) -> Self {
        let mut outline = Self::default();
        // The first article with a sentence: the lines above it are titles.
        let first_body = articles
            .iter()
            .find(|a| super::clauses::has_full_stop(&text[a.0..a.1]))
            .map_or(text.len(), |a| a.0);
        let mut offset = 0;
        let mut article = 0;
        let mut first_of_article = false;
        for raw in text.split_inclusive('\n') {
            let line_start = offset;
            offset += raw.len();
            while article < articles.len() && articles[article].0 <= line_start {
                // An article opens a scope of its own, but one after a stretch
                // of titles and furniture without a sentence keeps them.
                if article > 0
                    && super::clauses::has_full_stop(
                        &text[articles[article - 1].0..articles[article - 1].1],
                    )
                {
                    outline.push_empty(line_start);
                }
                article += 1;
                first_of_article = true;
            }
            let line = raw.trim();
            if line.is_empty() {
                continue;
            }
            let in_preamble = line_start < first_body;
            let is_title = std::mem::replace(&mut first_of_article, false)
                || (in_preamble && !is_furniture(line));
            outline.note_statements(line, line_start, cues);
            // An enumerated paragraph led by a short sentence without a
            // figure ((二)提高农村低保标准。…) is headed by that sentence.
            let (line, level) = match heading_level(line, is_title) {
                Some(level) => (line, level),
                None => match lead_sentence(line) {
                    Some((lead, level)) => (lead, level),
                    None => continue,
                },
            };
            let label = strip_enumerator(line);
            let hits = cues
                .find_words(label)
                .into_iter()
                .filter(|h| h.rank >= 2)
                .collect();
            outline.sections.push(Section {
                start: line_start,
                level,
                // A headline's year is its own figure's (2022年全省支出35亿元),
                // not a date over what follows.
                year: heading_year(label).filter(|_| !states_a_figure(label)),
                side: heading_side(label),
                hits,
                anchor: super::scope::has_welfare_anchor(label),
            });
        }
        outline
    }

    fn push_empty(&mut self, start: usize) {
        self.sections.push(Section {
            start,
            level: 0,
            year: None,
            side: Area::Joint,
            hits: Vec::new(),
            anchor: false,
        });
    }

    /// The scope at byte `at` of the analysis text.
    pub fn at(&self, at: usize) -> Scope<'_> {
        let mut scope = Scope::default();
        let (mut year_set, mut side_set, mut hits_set) = (false, false, false);
        // The open sections, innermost first: walking back, a section stays
        // open while no later one of its level or above has begun.
        let mut ceiling = u8::MAX;
        // Sections are in text order: start from the last one begun by `at`.
        let begun = self.sections.partition_point(|s| s.start <= at);
        for s in self.sections[..begun].iter().rev() {
            if s.level >= ceiling {
                continue;
            }
            ceiling = s.level;
            scope.anchor |= s.anchor;
            if !year_set && s.year.is_some() {
                scope.year = s.year;
                year_set = true;
            }
            if !side_set && s.side != Area::Joint {
                scope.side = s.side;
                side_set = true;
            }
            if !hits_set && !s.hits.is_empty() {
                scope.hits = &s.hits;
                hits_set = true;
            }
            if ceiling == 0 {
                break;
            }
        }
        scope
    }

    /// The year a statement about standards in the article spanning
    /// `article` gives the standards of `category`, when one does.
    pub fn standard_year(&self, article: (usize, usize), category: Category) -> Option<u16> {
        let mut years = self
            .statements
            .iter()
            .filter(|s| (article.0..article.1).contains(&s.at))
            .filter(|s| s.programmes.is_empty() || s.programmes.contains(&category))
            .map(|s| s.year);
        let year = years.next()?;
        // Statements that disagree date nothing.
        years.all(|y| y == year).then_some(year)
    }

    /// Note the statements about standards in a line: a clause that names a
    /// standard (标准) and a year from which it applies (`自2024年7月1日起`,
    /// `2024年…执行`) or a year of the standard itself (`2023年度…标准`,
    /// `提高2012年…标准`).
    fn note_statements(&mut self, line: &str, line_start: usize, cues: &Cues) {
        static STANDARD: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new("标准"));
        if STANDARD.find(line.as_bytes()).is_none() {
            return;
        }
        const ENDS: [char; 7] = ['。', ';', '；', '!', '?', '！', '？'];
        // The sentences that hold 标准, each once, found from its mentions
        // rather than by cutting the whole line.
        let mut next_from = 0;
        while let Some(found) = line[next_from..].find("标准") {
            let mention = next_from + found;
            let start = line[..mention].rfind(ENDS).map_or(0, |i| {
                i + line[i..].chars().next().map_or(1, char::len_utf8)
            });
            let end = line[mention..]
                .find(ENDS)
                .map_or(line.len(), |i| mention + i);
            next_from = end;
            let clause = &line[start..end];
            let at = mention - start;
            let years = years_in_all(clause);
            let Some(&(pos, year)) = years.first() else {
                continue;
            };
            if years.iter().any(|&(_, y)| y != year) {
                continue;
            }
            let after = &clause[pos + 4..];
            // A date from which the standard applies: 自2024年7月1日起,
            // 2022年10月起执行 (not the date of a standard now replaced:
            // 现行标准是…起执行的).
            // The start of a system (1996年开始实施…制度) dates no standard.
            let applies_from =
                starts_a_date_from(after) && !clause.contains("现行") && !after.contains("制度");
            // The year names the standard: 2023年度城乡低保标准, 提高2012年
            // 城乡低保标准, with no figure, list or from-part between.
            let between = clause.get(pos + 4..at).unwrap_or("");
            let names_standard = pos < at
                && after.starts_with('年')
                && between.chars().count() <= 14
                && !between.contains(|c: char| c.is_ascii_digit())
                && !between.contains([',', '，', '、', '的'])
                && !clause[..pos].ends_with(['从', '由']);
            // A sentence framed by the year that raises a standard (2016年,
            // 全省农村低保标准由X提高到Y): that year's standards.
            let head = clause[..pos].trim_end();
            let frames_a_raise = (head.is_empty() || head.ends_with([',', '，']))
                && after
                    .strip_prefix('年')
                    .is_some_and(|t| t.starts_with([',', '，']))
                && super::relations::change_to_in(&clause[at..]).is_some();
            // The start of a stretch (2009年以来…标准五连涨) is no standard's year.
            if !(applies_from || names_standard || frames_a_raise)
                || compares(clause, pos)
                || super::period::opens_a_stretch(clause, pos)
            {
                continue;
            }
            let mut programmes: Vec<Category> = cues
                .find_words(clause)
                .into_iter()
                .filter(|h| h.rank >= 2)
                .map(|h| h.category)
                .collect();
            // Social assistance at large (社会救助标准) names every programme.
            programmes.retain(|&c| c != Category::Other);
            programmes.dedup();
            self.statements.push(Statement {
                at: line_start,
                year,
                programmes,
            });
        }
    }
}

/// Page furniture: a breadcrumb, an address, a date line (`2021年01月06日
/// 17:28`, `2013-12-03`), a source or byline.
fn is_furniture(line: &str) -> bool {
    const WORDS: [&str; 8] = [
        "http", "来源", "发布", "时间", "作者", "编辑", "记者", "浏览",
    ];
    line.contains(['>', '»', '|'])
        || WORDS.iter().any(|w| line.contains(w))
        || is_dated_to_the_day(line)
}

/// Whether a line carries a full date or a clock time, as datelines do.
fn is_dated_to_the_day(line: &str) -> bool {
    let b = line.as_bytes();
    let digit_run = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    (0..b.len()).any(|i| {
        if i > 0 && b[i - 1].is_ascii_digit() || !b[i].is_ascii_digit() {
            return false;
        }
        let n = digit_run(i);
        let rest = &line[i + n..];
        // 2013-12-03, 2019/08/05, 2015.03.30, 12:27
        (n == 4
            && rest.starts_with(['-', '/', '.'])
            && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
            || ((1..=2).contains(&n)
                && rest.starts_with(':')
                && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
            || (n == 4 && rest.starts_with('年') && {
                let r = &rest['年'.len_utf8()..];
                let m = r.bytes().take_while(u8::is_ascii_digit).count();
                m > 0 && r[m..].starts_with('月') && {
                    let r = &r[m + '月'.len_utf8()..];
                    let d = r.bytes().take_while(u8::is_ascii_digit).count();
                    d > 0 && r[d..].starts_with('日')
                }
            })
    })
}

/// Whether the text after a year's digits goes on to a date from which
/// something applies: `年7月1日起`, `年10月起`, `年起`, `年1月1日开始执行`.
fn starts_a_date_from(after: &str) -> bool {
    let Some(mut t) = after.strip_prefix('年') else {
        return false;
    };
    for unit in ['月', '日'] {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&digits) && t[digits..].starts_with(unit) {
            t = &t[digits + unit.len_utf8()..];
        }
    }
    t.starts_with(['起', '开'])
        || ["执行", "实行", "施行", "实施", "生效"]
            .iter()
            .any(|w| t.starts_with(w))
}

/// Years in a clause, inside book titles too (a notice's title names the
/// year of the standards it sets).
fn years_in_all(clause: &str) -> Vec<(usize, u16)> {
    if !clause.contains('《') {
        return years_in(clause);
    }
    let bare: String = clause
        .chars()
        .map(|c| match c {
            '《' => '「',
            '》' => '」',
            c => c,
        })
        .collect();
    years_in(&bare)
}

/// Whether the year at `pos` is the base of a comparison (`比2014年`,
/// `较2021年`, `与2015年相比`).
fn compares(clause: &str, pos: usize) -> bool {
    let head = clause[..pos].trim_end();
    ["比", "较", "与", "同", "相比"]
        .iter()
        .any(|m| head.ends_with(m))
}

/// The level of a heading line, or `None` for a line of text. Lower levels
/// hold higher ones: 0 the title, 1 `一、` and unnumbered headings, 2 `(一)`,
/// 3 `1.`, 4 `(1)`, 5 a label line ending in a colon.
fn heading_level(line: &str, is_title: bool) -> Option<u8> {
    // Counted only as far as needed: most lines are long paragraphs.
    // A character takes one to four bytes: the length in bytes often
    // settles it without counting.
    let longer_than =
        |n: usize| line.len() > 4 * n || (line.len() > n && line.chars().nth(n).is_some());
    // A title dates and places what follows it until the next heading of
    // the first rank.
    if is_title {
        return (!longer_than(60) && !line.contains('。')).then_some(1);
    }
    if line.starts_with("# ") || line.starts_with("## ") {
        return Some(1);
    }
    if longer_than(40) || line.contains(['。', '；', ';', '！', '？', '!']) {
        return None;
    }
    let label = strip_enumerator(line);
    if states_a_figure(label) || is_furniture(line) {
        return None;
    }
    if label.contains([',', '，']) {
        return None;
    }
    if let Some(level) = enumerator_level(line) {
        return Some(level);
    }
    if label.ends_with([':', '：']) {
        return Some(5);
    }
    (!longer_than(30)).then_some(1)
}

/// The lead sentence of an enumerated paragraph, with the enumerator's
/// level, when it is short and states no figure.
fn lead_sentence(line: &str) -> Option<(&str, u8)> {
    let level = enumerator_level(line)?;
    let end = line.find(['。', ':', '：'])?;
    let lead = &line[..end];
    (lead.chars().count() <= 24
        && !lead.contains([',', '，', ';', '；'])
        && !states_a_figure(strip_enumerator(lead)))
    .then_some((lead, level))
}

/// Whether a line states a figure: a number with a unit of money, people,
/// households or a rate, other than the year or months that date it.
fn states_a_figure(label: &str) -> bool {
    let mut rest = label;
    if let Some(&(0, _)) = years_in(label).first() {
        rest = &label[4..];
    }
    rest.contains(|c: char| c.is_ascii_digit())
        && rest.contains(['元', '%', '％', '人', '户', '万', '亿'])
}

/// The level an enumerator at the start of a line gives, if it opens with one.
fn enumerator_level(line: &str) -> Option<u8> {
    let t = line.trim_start_matches(['#', ' ', '　']);
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let mut chars = t.chars();
    let first = chars.next()?;
    if matches!(first, '(' | '（') {
        let inner: String = chars
            .clone()
            .take_while(|c| !matches!(c, ')' | '）'))
            .collect();
        if !inner.is_empty() && inner.chars().count() <= 3 {
            if inner.chars().all(numeral) {
                return Some(2);
            }
            if inner.chars().all(|c| c.is_ascii_digit()) {
                return Some(4);
            }
        }
        return None;
    }
    if numeral(first) {
        let rest = t.trim_start_matches(numeral);
        return rest.starts_with(['、', '是']).then_some(1);
    }
    if t.starts_with('第') {
        let rest = t['第'.len_utf8()..].trim_start_matches(numeral);
        return ["部分", "章", "节"]
            .iter()
            .any(|w| rest.starts_with(w))
            .then_some(1);
    }
    if first.is_ascii_digit() {
        let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
        // Not a year (`2020年`) nor a date.
        return rest.starts_with(['.', '、', '．']).then_some(3);
    }
    None
}

/// The text of a heading without its enumerator and decoration.
fn strip_enumerator(line: &str) -> &str {
    let t = line.trim_start_matches(['#', ' ', '　', '【', '★', '■', '●', '◆']);
    let t = t.trim_end_matches(['】', ' ']);
    if let Some(rest) = t.strip_prefix(['(', '（'])
        && let Some(close) = rest.find([')', '）'])
        && close <= 9
    {
        return rest[close..].trim_start_matches([')', '）']).trim_start();
    }
    let numeral = |c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit();
    let rest = t.trim_start_matches(numeral);
    if rest.len() < t.len() && rest.starts_with(['、', '.', '．']) {
        return rest[rest.chars().next().map_or(0, char::len_utf8)..].trim_start();
    }
    t
}

/// The year a heading sets: one it opens with (`2023年1-6月…情况`,
/// `2022全省…标准`), or one it ends with (`回顾2021年`).
fn heading_year(label: &str) -> Option<u16> {
    let label = label.trim_start_matches(|c: char| !c.is_alphanumeric());
    // A year followed by 年 or by words (2022全省…), not a date written
    // with strokes or dots (2019/08/05).
    let opens = label
        .get(..4)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|d| d.parse::<u16>().ok())
        .filter(|y| (1949..=2100).contains(y))
        .filter(|_| {
            label[4..]
                .chars()
                .next()
                .is_some_and(|c| c == '年' || (!c.is_ascii() && c.is_alphabetic()))
        });
    if opens.is_some() {
        return opens;
    }
    let years = years_in(label);
    match years.as_slice() {
        [(at, year)] => {
            let tail = label[at + 4..].trim_start_matches('年');
            let tail = tail.trim_start_matches(['度', ':', '：', ' ']);
            tail.is_empty().then_some(*year)
        }
        _ => None,
    }
}

/// The side a heading sets: one side named and not the other, nor both
/// jointly (城乡).
fn heading_side(label: &str) -> Area {
    relations::only_side_in(label)
}
