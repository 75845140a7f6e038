//! Measures → comparisons. Input: the measures of an analysis. Output: the
//! measure keys that have data (programme × kind × period), and for one key,
//! one [`Bar`] per province and area: the latest level by year, with every
//! other level and every mention behind it kept for hover and evidence.
//!
//! Only levels become bars: the earlier value of a change (`由680元提高到730元`:
//! 680) and increments (`提标30元`) are kept aside as [`ChangeFigure`]s, listed
//! with their province but never drawn as a level.
//!
//! Nothing is averaged: mentions of the same figure (same province, area,
//! kind, programme, value and year) are grouped as one figure with several
//! sources.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::measure::{
    Area, Category, Change, Found, Kind, PROVINCES, Period, PlaceLevel, Qualifier, published_year,
};

/// What a chart compares: one programme, one kind, one period.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct MeasureKey {
    pub category: Category,
    pub kind: Kind,
    pub period: Option<Period>,
}

impl MeasureKey {
    pub fn of(f: &Found) -> Self {
        Self {
            category: f.measure.category,
            kind: f.measure.kind,
            period: f.measure.period,
        }
    }

    /// `minimum_living:amount_per_person:month`.
    pub fn code(&self) -> String {
        match self.period {
            Some(p) => format!(
                "{}:{}:{}",
                self.category.as_str(),
                self.kind.as_str(),
                p.as_str()
            ),
            None => format!("{}:{}", self.category.as_str(), self.kind.as_str()),
        }
    }

    /// Parse `CATEGORY:KIND[:PERIOD]`.
    pub fn parse(code: &str) -> Option<Self> {
        let mut parts = code.split(':');
        let category = Category::parse(parts.next()?)?;
        let kind = Kind::parse(parts.next()?)?;
        let period = match parts.next() {
            None | Some("") => None,
            Some("month") => Some(Period::Month),
            Some("year") => Some(Period::Year),
            Some("once") => Some(Period::Once),
            Some(_) => return None,
        };
        Some(Self {
            category,
            kind,
            period,
        })
    }
}

/// One distinct figure for a province: a value and the mentions that state it.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub year: Option<u16>,
    /// Indices into the analysis's measures.
    pub mentions: Vec<usize>,
    /// Stated for the other period and converted (÷12 or ×12): see [`Choice::convert`].
    pub converted: bool,
    /// The place the figure is stated for, as written (empty: the whole province).
    pub place: String,
    /// How high that place stands: see [`crate::gazetteer::place_level`].
    pub level: PlaceLevel,
    /// The latest date its articles state for themselves (`2013-12-03`,
    /// `2013`), or empty: what dates a figure without a year of its own.
    pub published: String,
}

impl Figure {
    /// The year that ranks it: its own, else its articles' date's.
    pub fn rank_year(&self) -> Option<u16> {
        self.year.or_else(|| published_year(&self.published))
    }

    /// Dated only by its articles' date (no year of its own).
    pub fn dated_by_document(&self) -> bool {
        self.year.is_none() && !self.published.is_empty()
    }

    /// Whether it stands for `year` in a chart of one year: its own year,
    /// or (when `published` is allowed) its articles' date's.
    pub fn stands_for(&self, year: u16, published: bool) -> bool {
        self.year == Some(year)
            || (published && self.year.is_none() && published_year(&self.published) == Some(year))
    }
}

/// Which of two figures a bar shows (`Greater` for `a`): the higher place
/// first (the province's own figure before any of its places'), then the
/// latest by its own year else its articles' date (a year stated before a
/// date of publication of the same year), a figure as stated before a
/// converted one, the most mentioned, the largest.
pub fn preference(a: &Figure, b: &Figure) -> std::cmp::Ordering {
    b.level
        .cmp(&a.level)
        .then(a.rank_year().cmp(&b.rank_year()))
        .then(a.year.is_some().cmp(&b.year.is_some()))
        .then(b.converted.cmp(&a.converted))
        .then(a.mentions.len().cmp(&b.mentions.len()))
        .then(a.value.total_cmp(&b.value))
}

/// A province's bar for one measure key and one area.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub province: String,
    pub area: Area,
    /// The year of the shown figure, when the text says it.
    pub year: Option<u16>,
    /// The figure shown: the latest by year (ties: the most mentioned, then the largest).
    pub shown: Figure,
    /// Every other level for this province, area and key.
    pub others: Vec<Figure>,
    /// Distinct levels behind the bar (the shown one and the others).
    pub figures: usize,
    /// Documents that state any of those levels.
    pub documents: usize,
    /// Mentions of this province, area and key that the user excluded.
    pub excluded: usize,
}

impl Bar {
    pub fn source_count(&self) -> usize {
        self.shown.mentions.len()
    }
}

/// A figure that states a change, not a level: kept aside for the evidence
/// panel (`680 → 730元`, `+30元`).
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeFigure {
    pub province: String,
    pub area: Area,
    /// [`Change::Before`] or [`Change::Increase`].
    pub change: Change,
    pub value: f64,
    /// For a `before` figure, the level it was changed to, when known.
    pub changed_to: Option<f64>,
    /// The year of the change: its new level's, when known, else its own.
    pub year: Option<u16>,
    /// Index into the analysis's measures.
    pub mention: usize,
}

impl ChangeFigure {
    /// `680 → 730元/人·月`, `+30元/人·月`, or `680 →` when the new level is unknown.
    pub fn label(&self, kind: Kind, period: Option<Period>) -> String {
        match (self.change, self.changed_to) {
            (Change::Before, Some(to)) => format!(
                "{} → {}",
                human_number(self.value),
                human_value(to, kind, period)
            ),
            (Change::Before, None) => format!("{} →", human_value(self.value, kind, period)),
            _ => format!("+{}", human_value(self.value, kind, period)),
        }
    }
}

/// The measure keys that have data, with how many measures each has: first
/// those that compare several provinces, the most comparable kinds first
/// (per-person and per-household standards, then rates), then by how many
/// provinces and figures they have.
pub fn keys_with_data(measures: &[Found]) -> Vec<(MeasureKey, usize)> {
    let mut counts: BTreeMap<MeasureKey, (usize, Vec<&str>)> = BTreeMap::new();
    for f in measures.iter().filter(|f| !f.measure.province.is_empty()) {
        let entry = counts.entry(MeasureKey::of(f)).or_default();
        entry.0 += 1;
        if !entry.1.contains(&f.measure.province.as_str()) {
            entry.1.push(&f.measure.province);
        }
    }
    let mut list: Vec<_> = counts
        .into_iter()
        .map(|(k, (n, provinces))| (k, n, provinces.len()))
        .collect();
    // Standards paid per person or household compare best across provinces,
    // then rates; totals and counts depend on a province's size.
    let comparability = |k: &MeasureKey| match k.kind {
        Kind::AmountPerPerson | Kind::AmountPerHousehold => 0,
        Kind::Rate => 1,
        _ => 2,
    };
    let several = |x: &(MeasureKey, usize, usize)| x.2 > 1;
    list.sort_by(|a, b| {
        several(b)
            .cmp(&several(a))
            .then(comparability(&a.0).cmp(&comparability(&b.0)))
            .then(b.2.cmp(&a.2))
            .then(b.1.cmp(&a.1))
            .then(a.0.cmp(&b.0))
    });
    list.into_iter().map(|(k, n, _)| (k, n)).collect()
}

/// How many measures each province has, in the spec's province order.
pub fn province_counts(measures: &[Found]) -> Vec<(&'static str, usize)> {
    PROVINCES
        .iter()
        .map(|p| {
            (
                *p,
                measures.iter().filter(|f| f.measure.province == *p).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// The areas a key has levels for, in [`Area::ALL`] order (joint, urban, rural).
pub fn areas(measures: &[Found], key: MeasureKey) -> Vec<Area> {
    let found: BTreeSet<Area> = measures
        .iter()
        .filter(|f| f.measure.change == Change::Level && !f.measure.province.is_empty())
        .filter(|f| MeasureKey::of(f) == key)
        .map(|f| f.measure.area)
        .collect();
    Area::ALL
        .into_iter()
        .filter(|a| found.contains(a))
        .collect()
}

/// How a chart's bars are chosen beyond its measure and provinces.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Choice {
    pub area: AreaChoice,
    pub year: YearChoice,
    /// Also draw amounts stated for the other period (a yearly standard on
    /// a monthly chart ÷12, a monthly one on a yearly chart ×12), marked as converted.
    pub convert: bool,
    /// Mentions the user left out, by [`figure_id`].
    pub excluded: BTreeSet<String>,
    /// Only figures of the whole province (只看全省): those of its
    /// prefectures, counties and towns are left out.
    pub province_only: bool,
    /// In a chart of one year, also figures without a year of their own
    /// whose articles are dated that year.
    pub dated_by_document: bool,
}

/// A mention's identity that survives a new reading of the same corpus:
/// its document, the byte span of its figure and its value
/// (`data/青海.txt@120..127=300`). Not an index: indices change when files do.
pub fn figure_id(f: &Found) -> String {
    format!(
        "{}@{}..{}={}",
        f.measure.doc, f.figure.start, f.figure.end, f.measure.value
    )
}

/// What a figure of `f`'s period is multiplied by to stand on `key`'s
/// period: 1 for the same period, 1/12 or 12 between month and year for
/// amounts when converting, `None` when it does not belong to `key`.
pub fn period_factor(f: &Found, key: MeasureKey, convert: bool) -> Option<f64> {
    let m = &f.measure;
    if m.category != key.category || m.kind != key.kind {
        return None;
    }
    if m.period == key.period {
        return Some(1.0);
    }
    let amount = matches!(
        m.kind,
        Kind::AmountPerPerson | Kind::AmountPerHousehold | Kind::AmountTotal
    );
    match (convert && amount, m.period, key.period) {
        (true, Some(Period::Year), Some(Period::Month)) => Some(1.0 / 12.0),
        (true, Some(Period::Month), Some(Period::Year)) => Some(12.0),
        _ => None,
    }
}

/// The bars of one key for the given provinces: in the order of
/// `provinces`, and within a province joint, urban then rural. Provinces
/// and areas without a level are left out; only levels make bars.
pub fn bars(measures: &[Found], key: MeasureKey, provinces: &[String]) -> Vec<Bar> {
    bars_with(measures, key, provinces, &Choice::default())
}

/// [`bars`], leaving out the excluded mentions (counted on their bar) and,
/// with [`Choice::convert`], taking in the other period's amounts
/// converted. Area and year are chosen afterwards by [`select`].
pub fn bars_with(
    measures: &[Found],
    key: MeasureKey,
    provinces: &[String],
    choice: &Choice,
) -> Vec<Bar> {
    type FigureKey = (u64, Option<u16>, Option<u64>, bool, PlaceLevel, String);
    type Slot = (Vec<Figure>, HashMap<FigureKey, usize>, usize);
    // One pass over the measures: per province and area, its distinct levels.
    let slot: HashMap<&str, usize> = provinces
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    let mut figures: Vec<[Slot; 3]> = vec![Default::default(); provinces.len()];
    for (i, f) in measures.iter().enumerate() {
        let m = &f.measure;
        if m.change != Change::Level {
            continue;
        }
        let Some(&p) = slot.get(m.province.as_str()) else {
            continue;
        };
        let Some(factor) = period_factor(f, key, choice.convert) else {
            continue;
        };
        let level = m.level();
        if choice.province_only && level.is_local() {
            continue;
        }
        let (list, index, excluded) = &mut figures[p][area_index(m.area)];
        if !choice.excluded.is_empty() && choice.excluded.contains(&figure_id(f)) {
            *excluded += 1;
            continue;
        }
        let place = if level.is_local() {
            m.place.trim().to_owned()
        } else {
            String::new()
        };
        let converted = factor != 1.0;
        let value = m.value * factor;
        let value_max = m.value_max.map(|v| v * factor);
        let figure_key = (
            value.to_bits(),
            m.year,
            value_max.map(f64::to_bits),
            converted,
            level,
            place.clone(),
        );
        match index.get(&figure_key) {
            Some(&at) => {
                let figure = &mut list[at];
                figure.mentions.push(i);
                if m.published > figure.published {
                    figure.published.clone_from(&m.published);
                }
            }
            None => {
                index.insert(figure_key, list.len());
                list.push(Figure {
                    value,
                    value_max,
                    qualifier: m.qualifier,
                    year: m.year,
                    mentions: vec![i],
                    converted,
                    place,
                    level,
                    published: m.published.clone(),
                });
            }
        }
    }
    let mut out = Vec::new();
    for (province, slots) in provinces.iter().zip(figures) {
        for (area, (mut list, _, excluded)) in Area::ALL.into_iter().zip(slots) {
            if list.is_empty() {
                continue;
            }
            let documents: BTreeSet<usize> = list
                .iter()
                .flat_map(|f| &f.mentions)
                .filter_map(|&i| measures.get(i).map(|f| f.doc_index))
                .collect();
            let figure_count = list.len();
            let best = list
                .iter()
                .enumerate()
                .max_by(|(_, a), (_, b)| preference(a, b))
                .map_or(0, |(i, _)| i);
            let shown = list.remove(best);
            out.push(Bar {
                province: province.clone(),
                area,
                year: shown.year,
                shown,
                others: list,
                figures: figure_count,
                documents: documents.len(),
                excluded,
            });
        }
    }
    out
}

/// The values of the bars of `key` of every province but `province` (the
/// latest or chosen year, each area): what [`suspicious`] compares with.
pub fn other_provinces_bars(
    measures: &[Found],
    key: MeasureKey,
    choice: &Choice,
    province: &str,
) -> Vec<f64> {
    let others: Vec<String> = PROVINCES
        .iter()
        .filter(|p| **p != province)
        .map(|p| (*p).to_owned())
        .collect();
    let bars = select_in(
        bars_with(measures, key, &others, choice),
        choice.area,
        choice,
    );
    bars.iter().map(|b| b.shown.value).collect()
}

/// Whether `value` is far outside the other provinces' bars for the same
/// measure: 30 times their median or more, or a thirtieth or less. Needs
/// bars from three other provinces; a zero median flags nothing.
pub fn suspicious(value: f64, others: &[f64]) -> bool {
    if others.len() < 3 {
        return false;
    }
    let mut sorted = others.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    if median <= 0.0 || !median.is_finite() {
        return false;
    }
    value >= median * 30.0 || value <= median / 30.0
}

/// The (province, area) bars of `key` that [`suspicious`] flags, judged
/// against every province with data (not only those shown), so that a bar
/// is flagged alike whatever else is selected.
pub fn suspicious_bars(
    measures: &[Found],
    key: MeasureKey,
    choice: &Choice,
) -> BTreeSet<(String, Area)> {
    let all: Vec<String> = PROVINCES.iter().map(|p| (*p).to_owned()).collect();
    let bars = select_in(bars_with(measures, key, &all, choice), choice.area, choice);
    bars.iter()
        .filter(|b| {
            let others: Vec<f64> = bars
                .iter()
                .filter(|o| o.province != b.province)
                .map(|o| o.shown.value)
                .collect();
            suspicious(b.shown.value, &others)
        })
        .map(|b| (b.province.clone(), b.area))
        .collect()
}

/// The figures (indices into `measures`) that [`suspicious`] flags: a level
/// far from the other provinces' levels of the same measure and side (each
/// other province counted once, by the median of its figures).
pub fn suspicious_figures(measures: &[Found]) -> HashSet<usize> {
    /// Each province's figures (index, value) of one measure and side.
    type ByProvince<'m> = BTreeMap<&'m str, Vec<(usize, f64)>>;
    let mut groups: HashMap<(MeasureKey, Area), ByProvince<'_>> = HashMap::new();
    for (i, f) in measures.iter().enumerate() {
        let m = &f.measure;
        if m.change != Change::Level || m.province.is_empty() || !m.value.is_finite() {
            continue;
        }
        groups
            .entry((MeasureKey::of(f), m.area))
            .or_default()
            .entry(m.province.as_str())
            .or_default()
            .push((i, m.value));
    }
    let median = |values: &mut Vec<f64>| {
        values.sort_by(f64::total_cmp);
        let n = values.len();
        if n % 2 == 1 {
            values[n / 2]
        } else {
            (values[n / 2 - 1] + values[n / 2]) / 2.0
        }
    };
    let mut flagged = HashSet::new();
    for provinces in groups.values() {
        let medians: Vec<(&str, f64)> = provinces
            .iter()
            .map(|(p, figures)| (*p, median(&mut figures.iter().map(|f| f.1).collect())))
            .collect();
        for (province, figures) in provinces {
            let others: Vec<f64> = medians
                .iter()
                .filter(|(p, _)| p != province)
                .map(|m| m.1)
                .collect();
            flagged.extend(
                figures
                    .iter()
                    .filter(|(_, value)| suspicious(*value, &others))
                    .map(|(i, _)| *i),
            );
        }
    }
    flagged
}

/// Which areas a chart draws.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum AreaChoice {
    /// Every area with data: joint, urban and rural bars side by side.
    #[default]
    Both,
    Urban,
    Rural,
}

/// Which figure a bar shows.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum YearChoice {
    /// The latest figure by year.
    #[default]
    Latest,
    /// The figure stated for this year; no bar when there is none.
    Year(u16),
}

/// Keep the bars of the chosen area, each showing the chosen year's figure
/// (bars without a figure for that year are left out).
pub fn select(bars: Vec<Bar>, area: AreaChoice, year: YearChoice) -> Vec<Bar> {
    select_dated(bars, area, year, false)
}

/// [`select`] by a [`Choice`]'s area, year and dating, with `area` for its area.
pub fn select_in(bars: Vec<Bar>, area: AreaChoice, choice: &Choice) -> Vec<Bar> {
    select_dated(bars, area, choice.year, choice.dated_by_document)
}

/// [`select`]; in a chart of one year, with `published`, a figure without a
/// year of its own also stands for the year its articles are dated.
pub fn select_dated(
    bars: Vec<Bar>,
    area: AreaChoice,
    year: YearChoice,
    published: bool,
) -> Vec<Bar> {
    bars.into_iter()
        .filter(|b| match area {
            AreaChoice::Both => true,
            AreaChoice::Urban => b.area == Area::Urban,
            AreaChoice::Rural => b.area == Area::Rural,
        })
        .filter_map(|mut b| match year {
            YearChoice::Latest => Some(b),
            YearChoice::Year(y) => {
                if !b.shown.stands_for(y, published)
                    || b.others.iter().any(|f| {
                        f.stands_for(y, published)
                            && preference(f, &b.shown) == std::cmp::Ordering::Greater
                    })
                {
                    let at = (b.others.iter().enumerate())
                        .filter(|(_, f)| f.stands_for(y, published))
                        .max_by(|(_, a), (_, c)| preference(a, c))
                        .map(|(at, _)| at)?;
                    let shown = b.others.remove(at);
                    let old = std::mem::replace(&mut b.shown, shown);
                    b.others.push(old);
                    b.year = b.shown.year;
                }
                Some(b)
            }
        })
        .collect()
}

/// Every year stated by a figure of `bars`, oldest first (for a year picker).
pub fn years(bars: &[Bar]) -> Vec<u16> {
    let years: BTreeSet<u16> = bars
        .iter()
        .flat_map(|b| std::iter::once(&b.shown).chain(&b.others))
        .filter_map(|f| f.year)
        .collect();
    years.into_iter().collect()
}

/// The change figures (`before` and `increase`) of one key for the given
/// provinces, in the order of `provinces`, then as found in the text.
pub fn changes(measures: &[Found], key: MeasureKey, provinces: &[String]) -> Vec<ChangeFigure> {
    changes_with(measures, key, provinces, &BTreeSet::new())
}

/// [`changes`] without the `excluded` mentions (by [`figure_id`]).
pub fn changes_with(
    measures: &[Found],
    key: MeasureKey,
    provinces: &[String],
    excluded: &BTreeSet<String>,
) -> Vec<ChangeFigure> {
    let mut out = Vec::new();
    for province in provinces {
        for (i, f) in measures.iter().enumerate() {
            let m = &f.measure;
            if m.change == Change::Level || m.province != *province || MeasureKey::of(f) != key {
                continue;
            }
            if !excluded.is_empty() && excluded.contains(&figure_id(f)) {
                continue;
            }
            let target = match m.change {
                Change::Before => f.changed_to.and_then(|to| measures.get(to)),
                _ => None,
            };
            out.push(ChangeFigure {
                province: province.clone(),
                area: m.area,
                change: m.change,
                value: m.value,
                changed_to: target.map(|to| to.measure.value),
                // A change is dated by its new level: the old value's own
                // year is that of an earlier standard. An increase, and an
                // earlier value whose new level is unknown, by their own.
                year: match target {
                    Some(to) => to.measure.year,
                    None => m.year,
                },
                mention: i,
            });
        }
    }
    out
}

fn area_index(area: Area) -> usize {
    match area {
        Area::Joint => 0,
        Area::Urban => 1,
        Area::Rural => 2,
    }
}

/// `35亿元`, `57.6万人`, `93.7%`, `2450元/人·月`: a value in human units.
pub fn human_value(value: f64, kind: Kind, period: Option<Period>) -> String {
    let number = human_number(value);
    let suffix = match kind {
        Kind::AmountPerPerson => "元/人",
        Kind::AmountPerHousehold => "元/户",
        Kind::AmountTotal => "元",
        Kind::Rate => return format!("{}%", trim_number(value, 1)),
        Kind::CountPeople => "人",
        Kind::CountHouseholds => "户",
        Kind::CountUnits => "个",
    };
    let per = match (kind, period) {
        (Kind::AmountPerPerson | Kind::AmountPerHousehold, Some(Period::Month)) => "·月",
        (Kind::AmountPerPerson | Kind::AmountPerHousehold, Some(Period::Year)) => "·年",
        _ => "",
    };
    format!("{number}{suffix}{per}")
}

/// `35亿`, `57.6万`, `2450`.
pub fn human_number(value: f64) -> String {
    let abs = value.abs();
    if abs >= 1e8 {
        format!("{}亿", trim_number(value / 1e8, 2))
    } else if abs >= 1e4 {
        format!("{}万", trim_number(value / 1e4, 2))
    } else {
        trim_number(value, 1)
    }
}

fn trim_number(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

/// How much evidence supports one province × measure cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Distinct figures (value and year).
    pub figures: usize,
    /// Mentions in the text.
    pub mentions: usize,
    /// Documents they come from.
    pub documents: usize,
}

/// Distinct figures (value bits, year), mentions, and documents of one cell.
type CellTally = (
    std::collections::HashSet<(u64, Option<u16>)>,
    usize,
    std::collections::HashSet<usize>,
);

/// The coverage matrix: for each province with data and each measure key,
/// the evidence behind it (a missing entry means no evidence at all).
pub fn coverage(measures: &[Found]) -> BTreeMap<(String, MeasureKey), Evidence> {
    coverage_with(measures, &Choice::default())
}

/// [`coverage`] of what compare would draw: levels only (earlier values
/// and increases are the change view's), without the excluded mentions,
/// and without the places' figures when only the province's are asked for.
pub fn coverage_with(
    measures: &[Found],
    choice: &Choice,
) -> BTreeMap<(String, MeasureKey), Evidence> {
    let mut cells: BTreeMap<(String, MeasureKey), CellTally> = BTreeMap::new();
    let drawn = |f: &&Found| {
        let m = &f.measure;
        !m.province.is_empty()
            && m.change == Change::Level
            && !(choice.province_only && m.level().is_local())
            && (choice.excluded.is_empty() || !choice.excluded.contains(&figure_id(f)))
    };
    for f in measures.iter().filter(drawn) {
        let cell = cells
            .entry((f.measure.province.clone(), MeasureKey::of(f)))
            .or_default();
        cell.0.insert((f.measure.value.to_bits(), f.measure.year));
        cell.1 += 1;
        cell.2.insert(f.doc_index);
    }
    cells
        .into_iter()
        .map(|(k, (figures, mentions, docs))| {
            (
                k,
                Evidence {
                    figures: figures.len(),
                    mentions,
                    documents: docs.len(),
                },
            )
        })
        .collect()
}
