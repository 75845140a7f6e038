//! Measures → comparisons. Input: the measures of an analysis. Output: the
//! measure keys that have data (programme × kind × period), and for one key,
//! one [`Bar`] per province: the latest figure by year, with every other
//! figure and every mention behind it kept for hover and evidence.
//!
//! Nothing is averaged: mentions of the same figure (same province, kind,
//! programme, value and year) are grouped as one figure with several sources.

use std::collections::{BTreeMap, HashMap};

use crate::measure::{Category, Found, Kind, PROVINCES, Period, Qualifier};

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
}

/// A province's bar for one measure key.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub province: String,
    /// The figure shown: the latest by year (ties: the most mentioned, then the largest).
    pub shown: Figure,
    /// Every other figure for this province and key.
    pub others: Vec<Figure>,
}

impl Bar {
    pub fn source_count(&self) -> usize {
        self.shown.mentions.len()
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

/// The bars of one key for the given provinces (in that order; provinces
/// without data are left out).
pub fn bars(measures: &[Found], key: MeasureKey, provinces: &[String]) -> Vec<Bar> {
    type FigureKey = (u64, Option<u16>, Option<u64>);
    // One pass over the measures: per province, its distinct figures.
    let slot: HashMap<&str, usize> = provinces
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    let mut figures: Vec<(Vec<Figure>, HashMap<FigureKey, usize>)> =
        vec![Default::default(); provinces.len()];
    for (i, f) in measures.iter().enumerate() {
        let m = &f.measure;
        let Some(&p) = slot.get(m.province.as_str()) else {
            continue;
        };
        if MeasureKey::of(f) != key {
            continue;
        }
        let (list, index) = &mut figures[p];
        let figure_key = (m.value.to_bits(), m.year, m.value_max.map(f64::to_bits));
        match index.get(&figure_key) {
            Some(&at) => list[at].mentions.push(i),
            None => {
                index.insert(figure_key, list.len());
                list.push(Figure {
                    value: m.value,
                    value_max: m.value_max,
                    qualifier: m.qualifier,
                    year: m.year,
                    mentions: vec![i],
                });
            }
        }
    }
    provinces
        .iter()
        .zip(figures)
        .filter_map(|(province, (mut figures, _))| {
            if figures.is_empty() {
                return None;
            }
            let best = figures
                .iter()
                .enumerate()
                .max_by(|(_, a), (_, b)| {
                    a.year
                        .cmp(&b.year)
                        .then(a.mentions.len().cmp(&b.mentions.len()))
                        .then(a.value.total_cmp(&b.value))
                })
                .map_or(0, |(i, _)| i);
            let shown = figures.remove(best);
            Some(Bar {
                province: province.clone(),
                shown,
                others: figures,
            })
        })
        .collect()
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
    let mut cells: BTreeMap<(String, MeasureKey), CellTally> = BTreeMap::new();
    for f in measures.iter().filter(|f| !f.measure.province.is_empty()) {
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
