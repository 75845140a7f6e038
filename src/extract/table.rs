//! Table rows → figures. Input: the lines of an article, one at a time.
//! Output: for a line that is a row of a table, its figures with the unit,
//! kind, period and change that the row's own cells or the table's header
//! give them.
//!
//! A table is a header line (column titles such as 指标/单位/数量, 提高前/提高后,
//! 上月/上季度, or a title with a unit in brackets, `提高后(元/月·人)`), then rows:
//! a label (a programme, a group or places), then cells that are numbers,
//! units (`万元`, `个`) or codes. Cells are split at `|` or at white space.
//! A row's numbers fill the header's value columns in order; a unit comes
//! from the row's unit cell or the column title. A short line without numbers
//! is a section heading: the line just before a header titles the table and
//! gives it its programme and side (`各市城市低保标准`). Rows under a heading of
//! administrative divisions count divisions, which are not measures.

use super::cue_table::CueTable;
use crate::measure::{Change, Kind, Period};
use std::sync::LazyLock;

static TABLES: LazyLock<CueTable> =
    LazyLock::new(|| CueTable::parse(include_str!("../../assets/cues/tables.tsv")));

/// What a header column holds.
#[derive(Clone, Debug, PartialEq)]
enum Role {
    /// The row's label.
    Label,
    /// The unit of the row's figures.
    Unit,
    /// A statistical code.
    Code,
    /// Figures, with the change the title gives and a unit it may carry.
    Value {
        change: Change,
        unit: Option<String>,
    },
    /// Ratios and growth columns: not read.
    Skip,
}

/// A table in force: its header and title.
#[derive(Clone, Debug, Default)]
pub struct Table {
    columns: Vec<Role>,
    /// The heading just before the header (`各市城市低保标准提高`).
    pub title: String,
    /// The latest section heading (`二、行政区划`).
    pub section: String,
    /// The heading seen last, waiting to title a header that may follow.
    pending: String,
    /// The last year named in a heading above the rows (`2022年09月`): the
    /// period the table reports, for its earlier-period columns too.
    pub year: Option<u16>,
    /// The label of the row read last (`城市低保`): it governs the text of
    /// its last cell when that spills onto lines of its own.
    pub last_label: String,
}

/// What a line is to the table reader.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    /// Prose: read as sentences; any table ends.
    Prose,
    /// A short line without figures: a heading, also read as a sentence.
    Heading,
    /// A header: its column titles now apply.
    Header,
    /// A row of the table in force.
    Row(Row),
    /// The rest of the last row's last cell, spilled onto a line of its own
    /// (`長安區…810元/月;晉州市…800元/月 |`): read as sentences under that
    /// row's label; the table goes on.
    Continuation,
}

/// One figure read off a row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowFigure {
    /// Byte span of the cell in the line.
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    pub kind: Kind,
    pub period: Option<Period>,
    pub change: Change,
}

/// A row read off a line: its label and figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Byte span of the label in the line.
    pub label: (usize, usize),
    pub figures: Vec<RowFigure>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Cell {
    Number(f64, Option<f64>),
    Unit,
    Code,
    Text,
}

/// The cells of a line, by byte span: at `|` where there are bars, else at
/// runs of white space.
fn cells(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bars = line.contains('|');
    let mut start: Option<usize> = None;
    for (i, c) in line.char_indices() {
        let sep = if bars { c == '|' } else { c.is_whitespace() };
        match (sep, start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, line.len()));
    }
    out.into_iter()
        .map(|(a, b)| {
            let t = &line[a..b];
            let lead = t.len() - t.trim_start().len();
            (a + lead, a + lead + t.trim().len())
        })
        .filter(|(a, b)| b > a)
        .collect()
}

fn number(text: &str) -> Option<f64> {
    let plain: String = text.chars().filter(|&c| c != ',').collect();
    if plain.is_empty() || !plain.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    plain.parse().ok()
}

fn classify(text: &str) -> Cell {
    for sep in ['~', '～', '-', '—'] {
        if let Some((a, b)) = text.split_once(sep)
            && let (Some(a), Some(b)) = (number(a), number(b))
        {
            return Cell::Number(a, Some(b));
        }
    }
    if let Some(v) = number(text) {
        return Cell::Number(v, None);
    }
    if TABLES.of("unit").any(|u| u == text) {
        return Cell::Unit;
    }
    if text.len() >= 6 && text.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Cell::Code;
    }
    Cell::Text
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The role of a header column from its title.
fn role(title: &str) -> Role {
    let t = squeeze(title);
    let has = |class: &str| TABLES.any_in(&t, class);
    if has("unit_column") {
        return Role::Unit;
    }
    if has("code_column") {
        return Role::Code;
    }
    if has("skip_column") {
        return Role::Skip;
    }
    let unit = t
        .split_once(['(', '（'])
        .map(|(_, u)| u.trim_end_matches([')', '）']).to_owned())
        .filter(|u| u.contains('元') || TABLES.of("unit").any(|w| u.starts_with(w)));
    if has("before_column") {
        return Role::Value {
            change: Change::Before,
            unit,
        };
    }
    if has("value_column") || unit.is_some() {
        return Role::Value {
            change: Change::Level,
            unit,
        };
    }
    Role::Label
}

/// A year written in a heading line (`2022年`, not inside a longer number).
fn heading_year(line: &str) -> Option<u16> {
    let bytes = line.as_bytes();
    line.match_indices('年').find_map(|(at, _)| {
        let start = at.checked_sub(4)?;
        let digits = line.get(start..at)?;
        let clean = start == 0 || !bytes[start - 1].is_ascii_digit();
        digits
            .parse()
            .ok()
            .filter(|y| clean && (1949..=2100).contains(y))
    })
}

/// The year of a statistical report, from its title (`2020年2季度…统计季报`).
pub fn report_year(title: &str) -> Option<u16> {
    if !TABLES.any_in(title, "report") {
        return None;
    }
    let at = title.find('年')?;
    let digits = &title[..at];
    let year = digits.get(digits.len().checked_sub(4)?..)?;
    year.parse().ok().filter(|y| (1949..=2100).contains(y))
}

/// Kind, period and scale of a unit (`万元`, `元/月·人`, `个`).
fn unit_reading(unit: &str) -> Option<(Kind, Option<Period>, f64)> {
    let scale = if unit.starts_with("万") {
        1e4
    } else if unit.starts_with("亿") {
        1e8
    } else {
        1.0
    };
    let period = if unit.contains('月') {
        Some(Period::Month)
    } else if unit.contains('年') {
        Some(Period::Year)
    } else {
        None
    };
    let kind = if unit.contains('元') {
        if unit.contains('户') {
            Kind::AmountPerHousehold
        } else if unit.contains('人') {
            Kind::AmountPerPerson
        } else {
            Kind::AmountTotal
        }
    } else if unit == "%" {
        Kind::Rate
    } else if TABLES.of("people").any(|w| w == unit) {
        Kind::CountPeople
    } else if TABLES.of("households").any(|w| w == unit) {
        Kind::CountHouseholds
    } else if TABLES.of("facilities").any(|w| w == unit) {
        Kind::CountUnits
    } else {
        return None;
    };
    let period = if kind.is_money() && kind != Kind::AmountTotal {
        period
    } else {
        None
    };
    Some((kind, period, scale))
}

impl Table {
    /// Read one line: a row of the table in force gives its figures; a
    /// header or heading updates the table; prose ends it.
    pub fn feed(&mut self, line: &str) -> Line {
        // A comma between digits groups thousands; elsewhere it ends a clause.
        let bytes = line.as_bytes();
        let clause_comma = || {
            line.match_indices(',').any(|(at, _)| {
                !(at > 0
                    && bytes[at - 1].is_ascii_digit()
                    && bytes.get(at + 1).is_some_and(u8::is_ascii_digit))
            })
        };
        // Searched for by their rarest byte: the full-width marks' last
        // bytes are common in Han characters.
        static FULL_COMMA: LazyLock<memchr::memmem::Finder<'static>> =
            LazyLock::new(|| memchr::memmem::Finder::new("，"));
        let is_prose = line.len() > 360
            || super::clauses::has_full_stop(line)
            || line.contains(';')
            || FULL_COMMA.find(bytes).is_some()
            || clause_comma();
        let t = line.trim();
        // One spilled cell: no bar but the one that closes it.
        if !self.columns.is_empty()
            && t.ends_with('|')
            && t.matches('|').count() == 1
            && t.contains(|c: char| c.is_ascii_digit())
        {
            return Line::Continuation;
        }
        if is_prose {
            *self = Self::default();
            return Line::Prose;
        }
        let spans = cells(line);
        let kinds: Vec<Cell> = spans.iter().map(|&(a, b)| classify(&line[a..b])).collect();
        let numbers = kinds
            .iter()
            .filter(|k| matches!(k, Cell::Number(..)))
            .count();
        if numbers == 0 {
            // A header has two cells or more, one of them titling values.
            let titles: Vec<Role> = if spans.len() >= 2 {
                spans.iter().map(|&(a, b)| role(&line[a..b])).collect()
            } else {
                Vec::new()
            };
            // A cell that states its own figure (1100元/人/月) makes the line a
            // row to read like prose, not a header.
            let states_figures = spans.iter().any(|&(a, b)| {
                let cell = &line[a..b];
                cell.contains(|c: char| c.is_ascii_digit())
                    && cell.contains(['元', '%', '％', '人', '户'])
            });
            let is_header =
                !states_figures && titles.iter().any(|r| matches!(r, Role::Value { .. }));
            if is_header {
                self.columns = titles;
                self.title = std::mem::take(&mut self.pending);
                self.section = self.title.clone();
                return Line::Header;
            }
            if let Some(year) = heading_year(line) {
                self.year = Some(year);
            }
            if line.trim().chars().count() <= 40 && !line.trim().trim_matches('|').is_empty() {
                let heading = line.trim().trim_end_matches('|').trim().to_owned();
                self.section.clone_from(&heading);
                self.pending = heading;
            }
            return Line::Heading;
        }
        // The label: the leading text cells.
        let label_cells = kinds.iter().take_while(|k| **k == Cell::Text).count();
        if self.columns.is_empty() || label_cells == 0 {
            return Line::Prose;
        }
        let label = (spans[0].0, spans[label_cells - 1].1);
        self.last_label = line[label.0..label.1].to_owned();
        let section = squeeze(&self.section);
        if TABLES.any_in(&section, "divisions") {
            return Line::Row(Row {
                label,
                figures: Vec::new(),
            });
        }
        let row_unit = spans
            .iter()
            .zip(&kinds)
            .find(|(_, k)| **k == Cell::Unit)
            .map(|(&(a, b), _)| &line[a..b]);
        let value_columns: Vec<&Role> = self
            .columns
            .iter()
            .filter(|r| matches!(r, Role::Value { .. } | Role::Skip))
            .collect();
        let mut figures = Vec::new();
        let number_cells = spans
            .iter()
            .zip(&kinds)
            .skip(label_cells)
            .filter_map(|(&span, k)| match *k {
                Cell::Number(v, m) => Some((span, v, m)),
                _ => None,
            });
        for (((start, end), value, value_max), column) in number_cells.zip(value_columns) {
            let Role::Value { change, unit } = column else {
                continue;
            };
            let Some(unit) = row_unit.or(unit.as_deref()) else {
                continue;
            };
            let Some((kind, period, scale)) = unit_reading(unit) else {
                continue;
            };
            figures.push(RowFigure {
                start,
                end,
                value: value * scale,
                value_max: value_max.map(|m| m * scale),
                kind,
                period,
                change: *change,
            });
        }
        Line::Row(Row { label, figures })
    }
}
