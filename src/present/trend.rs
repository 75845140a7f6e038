//! 历年 Over the years: one measure's figures by year, a line per province
//! and area. Each point is a figure with its year: a level, or the earlier
//! value of a change (`由680元提高到730元`: 680) at its own year, never the
//! year of the change. Figures without a year are counted, not drawn.
//!
//! Several figures of one province, area and year (two cities, two
//! sources) are all points; the line runs through one of them per year: a
//! figure as stated before a converted one, a level before an earlier
//! value, then the one with most mentions.

use std::collections::{BTreeMap, BTreeSet};

use crate::aggregate::{self, Choice, MeasureKey};
use crate::analysis::Analysis;
use crate::measure::{Area, Change, Qualifier};

use super::chart::{measure_title, qualified_label};
use super::i18n::{Lang, T};
use super::palette::{Dash, Paint};

/// One figure at its year.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    pub year: u16,
    pub value: f64,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    /// Stated only as the earlier value of a change, never as a level.
    pub before: bool,
    /// Stated for the other period and converted (÷12 or ×12).
    pub converted: bool,
    /// Its year is its document's date, not stated by the text (drawn
    /// hollow). Documents carry no date yet: always false for now.
    pub dated_by_document: bool,
    /// The figure the line runs through at this year.
    pub on_line: bool,
    /// The measures behind it, for the evidence panel.
    pub mentions: Vec<usize>,
    /// The places named by its mentions (`西宁`), and the documents they are
    /// in, each once, sorted.
    pub places: Vec<String>,
    pub documents: Vec<String>,
    /// `730元/人·月`, with ≈/≥/≤ for its qualifier.
    pub label: String,
    /// What hovering the point says.
    pub hover: String,
}

/// One province's (and area's) figures over the years.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendLine {
    pub province: String,
    pub area: Area,
    /// `青海 城市`, or the province alone for joint figures.
    pub name: String,
    pub color: Paint,
    pub dash: Dash,
    /// Oldest first; within a year the point on the line first.
    pub points: Vec<TrendPoint>,
}

impl TrendLine {
    /// How many years the line has points in.
    pub fn years(&self) -> usize {
        let years: BTreeSet<u16> = self.points.iter().map(|p| p.year).collect();
        years.len()
    }

    /// The points the line runs through, oldest first.
    pub fn on_line(&self) -> impl Iterator<Item = &TrendPoint> {
        self.points.iter().filter(|p| p.on_line)
    }
}

/// Everything the trend view draws for one measure.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendModel {
    pub key: MeasureKey,
    /// `低保 · 每人金额 · 每月 · 2008–2023`.
    pub title: String,
    /// In the order of the provinces asked for; within one, joint, urban, rural.
    pub lines: Vec<TrendLine>,
    /// Every year with a point, oldest first.
    pub years: Vec<u16>,
    /// Figures of the measure without a year: not drawn.
    pub undated: usize,
    /// Figures the user excluded.
    pub excluded: usize,
    /// Points converted from the other period.
    pub converted: usize,
}

/// What makes two mentions one point: year, value, upper value, converted.
type PointKey = (u16, u64, Option<u64>, bool);

impl TrendModel {
    /// The figures of `key` for `provinces` by year: levels and earlier
    /// values of changes, of the chosen area (a year choice does not
    /// apply), the excluded left out, the other period converted if asked.
    pub fn build(
        analysis: &Analysis,
        key: MeasureKey,
        provinces: &[String],
        lang: Lang,
        choice: &Choice,
    ) -> Self {
        let measures = &analysis.measures;
        let slot: BTreeMap<&str, usize> = provinces
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_str(), i))
            .collect();
        // Per (province slot, area): its points by key.
        let mut found: BTreeMap<(usize, usize), BTreeMap<PointKey, TrendPoint>> = BTreeMap::new();
        let (mut undated, mut excluded) = (0, 0);
        for (i, f) in measures.iter().enumerate() {
            let m = &f.measure;
            if !matches!(m.change, Change::Level | Change::Before) {
                continue;
            }
            let Some(&p) = slot.get(m.province.as_str()) else {
                continue;
            };
            let Some(factor) = aggregate::period_factor(f, key, choice.convert) else {
                continue;
            };
            let area_chosen = match choice.area {
                aggregate::AreaChoice::Both => true,
                aggregate::AreaChoice::Urban => m.area == Area::Urban,
                aggregate::AreaChoice::Rural => m.area == Area::Rural,
            };
            if !area_chosen {
                continue;
            }
            if !choice.excluded.is_empty() && choice.excluded.contains(&aggregate::figure_id(f)) {
                excluded += 1;
                continue;
            }
            let Some(year) = m.year else {
                undated += 1;
                continue;
            };
            let converted = factor != 1.0;
            let value = m.value * factor;
            let value_max = m.value_max.map(|v| v * factor);
            let point_key = (
                year,
                value.to_bits(),
                value_max.map(f64::to_bits),
                converted,
            );
            let area = Area::ALL.iter().position(|a| *a == m.area).unwrap_or(0);
            let point = found
                .entry((p, area))
                .or_default()
                .entry(point_key)
                .or_insert_with(|| TrendPoint {
                    year,
                    value,
                    value_max,
                    qualifier: m.qualifier,
                    before: true,
                    converted,
                    dated_by_document: false,
                    on_line: false,
                    mentions: Vec::new(),
                    places: Vec::new(),
                    documents: Vec::new(),
                    label: String::new(),
                    hover: String::new(),
                });
            point.before &= m.change == Change::Before;
            point.mentions.push(i);
            point.places.push(m.place.clone());
            point.documents.push(m.doc.clone());
        }
        let mut lines = Vec::new();
        for ((p, area), points) in found {
            let province = provinces[p].clone();
            let area = Area::ALL[area];
            let name = match area {
                Area::Joint => lang.province(&province),
                area => format!("{} {}", lang.province(&province), lang.area(area)),
            };
            let mut points: Vec<TrendPoint> = points.into_values().collect();
            for point in &mut points {
                for list in [&mut point.places, &mut point.documents] {
                    list.retain(|s| !s.is_empty());
                    list.sort();
                    list.dedup();
                }
                point.label =
                    qualified_label(point.value, point.value_max, point.qualifier, key, lang);
                point.hover = hover(&name, point, lang);
            }
            // Within a year, the point the line runs through first.
            points.sort_by(|a, b| {
                a.year
                    .cmp(&b.year)
                    .then(a.converted.cmp(&b.converted))
                    .then(a.before.cmp(&b.before))
                    .then(b.mentions.len().cmp(&a.mentions.len()))
                    .then(b.value.total_cmp(&a.value))
            });
            let mut last_year = None;
            for point in &mut points {
                point.on_line = last_year != Some(point.year);
                last_year = Some(point.year);
            }
            lines.push(TrendLine {
                color: Paint::province(&province),
                dash: Dash::of(area),
                province,
                area,
                name,
                points,
            });
        }
        let years: BTreeSet<u16> = lines
            .iter()
            .flat_map(|l| l.points.iter().map(|p| p.year))
            .collect();
        let years: Vec<u16> = years.into_iter().collect();
        let mut title = measure_title(key, lang);
        if let (Some(lo), Some(hi)) = (years.first(), years.last())
            && lo != hi
        {
            title.push_str(&format!(" · {lo}–{hi}"));
        }
        let converted = lines
            .iter()
            .flat_map(|l| &l.points)
            .filter(|p| p.converted)
            .count();
        Self {
            key,
            title,
            lines,
            years,
            undated,
            excluded,
            converted,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The lowest and highest value drawn (0 and 1 when nothing is).
    pub fn value_range(&self) -> (f64, f64) {
        let values = self
            .lines
            .iter()
            .flat_map(|l| &l.points)
            .flat_map(|p| std::iter::once(p.value).chain(p.value_max));
        let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) }
    }

    /// What the footnote adds: figures not drawn for want of a year,
    /// converted points and excluded figures (empty when none).
    pub fn footnote_note(&self, lang: Lang) -> String {
        let mut notes = Vec::new();
        if self.undated > 0 {
            notes.push(format!("{} {}", self.undated, lang.tr(T::UndatedLeftOut)));
        }
        if self.converted > 0 {
            let period = lang.period(self.key.period);
            notes.push(format!(
                "{} {} {period}",
                self.converted,
                lang.tr(T::ConvertedNote)
            ));
        }
        if self.excluded > 0 {
            notes.push(lang.figures_note(T::ExcludedWord, self.excluded));
        }
        notes.join(" · ")
    }
}

/// `青海 城市 · 2021: 730元/人·月 · 调整前的标准 · 2 处出处 · 1 篇文档`, then its places.
fn hover(name: &str, point: &TrendPoint, lang: Lang) -> String {
    let mut facts = vec![format!("{name} · {}: {}", point.year, point.label)];
    if point.before {
        facts.push(lang.tr(T::EarlierLevel).to_owned());
    }
    if point.converted {
        facts.push(lang.tr(T::ConvertedMark).trim().to_owned());
    }
    if point.dated_by_document {
        facts.push(lang.tr(T::DatedByDocument).to_owned());
    }
    facts.push(format!("{} {}", point.mentions.len(), lang.tr(T::Sources)));
    facts.push(format!(
        "{} {}",
        point.documents.len(),
        lang.tr(T::DocumentsUnit)
    ));
    let mut text = facts.join(" · ");
    if !point.places.is_empty() {
        text.push('\n');
        text.push_str(&point.places.join("、"));
    }
    text
}
