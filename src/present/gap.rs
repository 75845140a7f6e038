//! 城乡差距 The urban–rural gap: per province, its urban and rural levels
//! of one measure from the same year side by side, their difference (urban
//! minus rural) and the ratio of rural to urban.
//!
//! Two figures are of the same year when both state it; two figures
//! without a year pair only when one document states both (a notice giving
//! the urban and the rural standard together). The latest such pair is
//! shown, or the chosen year's.

use std::collections::BTreeSet;

use crate::aggregate::{self, Choice, Figure, MeasureKey, YearChoice};
use crate::analysis::Analysis;
use crate::measure::Area;

use super::chart::{measure_title, qualified_label};
use super::i18n::Lang;
use super::palette::Paint;

/// One province's urban and rural level of one year.
#[derive(Clone, Debug, PartialEq)]
pub struct GapRow {
    pub province: String,
    /// The province as shown (`青海`, `Qinghai`).
    pub name: String,
    /// The year both figures state; `None` when neither does (one document states both).
    pub year: Option<u16>,
    pub urban: f64,
    pub rural: f64,
    /// Urban minus rural.
    pub difference: f64,
    /// Rural over urban (`None` when the urban level is zero).
    pub ratio: Option<f64>,
    pub urban_label: String,
    pub rural_label: String,
    /// `+240`, `0.73`.
    pub difference_label: String,
    pub ratio_label: String,
    /// Either figure converted from the other period.
    pub converted: bool,
    /// The measures behind the urban figure, then the rural one.
    pub mentions: Vec<usize>,
    /// The documents they are in, each once, sorted.
    pub documents: Vec<String>,
    pub color: Paint,
}

/// How the rows are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GapSort {
    /// The fixed order of provinces.
    #[default]
    Province,
    /// The widest gap first.
    Difference,
    /// The lowest rural/urban ratio (the widest gap in proportion) first.
    Ratio,
}

/// The gap of one measure for the provinces asked.
#[derive(Clone, Debug, PartialEq)]
pub struct GapModel {
    pub key: MeasureKey,
    pub title: String,
    /// In the order of the provinces asked for.
    pub rows: Vec<GapRow>,
    /// Provinces with an urban or a rural level but no pair of one year.
    pub unpaired: Vec<String>,
}

impl GapModel {
    pub fn build(
        analysis: &Analysis,
        key: MeasureKey,
        provinces: &[String],
        lang: Lang,
        choice: &Choice,
    ) -> Self {
        let measures = &analysis.measures;
        let bars = aggregate::bars_with(measures, key, provinces, choice);
        let doc_of = |f: &Figure| -> BTreeSet<usize> {
            f.mentions
                .iter()
                .filter_map(|&i| measures.get(i).map(|m| m.doc_index))
                .collect()
        };
        let mut rows = Vec::new();
        let mut unpaired = Vec::new();
        for province in provinces {
            let figures = |area: Area| -> Vec<&Figure> {
                bars.iter()
                    .filter(|b| b.province == *province && b.area == area)
                    .flat_map(|b| std::iter::once(&b.shown).chain(&b.others))
                    .collect()
            };
            let (urban, rural) = (figures(Area::Urban), figures(Area::Rural));
            if urban.is_empty() && rural.is_empty() {
                continue;
            }
            // Every pair of one year, the best first: the chosen or latest
            // year, figures as stated before converted ones, most mentions.
            let mut pairs: Vec<(&Figure, &Figure)> = Vec::new();
            for u in &urban {
                for r in &rural {
                    let same = match (u.year, r.year) {
                        (Some(a), Some(b)) => a == b,
                        (None, None) => !doc_of(u).is_disjoint(&doc_of(r)),
                        _ => false,
                    };
                    let chosen = match choice.year {
                        YearChoice::Latest => true,
                        YearChoice::Year(y) => u.year == Some(y),
                    };
                    if same && chosen {
                        pairs.push((u, r));
                    }
                }
            }
            let best = pairs.into_iter().max_by(|a, b| {
                a.0.year
                    .cmp(&b.0.year)
                    .then((b.0.converted || b.1.converted).cmp(&(a.0.converted || a.1.converted)))
                    .then(
                        (a.0.mentions.len() + a.1.mentions.len())
                            .cmp(&(b.0.mentions.len() + b.1.mentions.len())),
                    )
                    .then(a.0.value.total_cmp(&b.0.value))
                    .then(a.1.value.total_cmp(&b.1.value))
            });
            let Some((u, r)) = best else {
                unpaired.push(province.clone());
                continue;
            };
            let difference = u.value - r.value;
            let ratio = (u.value > 0.0).then(|| r.value / u.value);
            let mentions: Vec<usize> = u.mentions.iter().chain(&r.mentions).copied().collect();
            let mut documents: Vec<String> = mentions
                .iter()
                .filter_map(|&i| measures.get(i).map(|f| f.measure.doc.clone()))
                .collect();
            documents.sort();
            documents.dedup();
            let sign = if difference < 0.0 { "−" } else { "+" };
            rows.push(GapRow {
                province: province.clone(),
                name: lang.province(province),
                year: u.year,
                urban: u.value,
                rural: r.value,
                difference,
                ratio,
                urban_label: qualified_label(u.value, u.value_max, u.qualifier, key, lang),
                rural_label: qualified_label(r.value, r.value_max, r.qualifier, key, lang),
                difference_label: format!("{sign}{}", lang.number(difference.abs())),
                ratio_label: ratio.map_or_else(|| "—".to_owned(), |v| format!("{v:.2}")),
                converted: u.converted || r.converted,
                mentions,
                documents,
                color: Paint::province(province),
            });
        }
        Self {
            key,
            title: measure_title(key, lang),
            rows,
            unpaired,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The rows in the order asked for (ties keep the provinces' order).
    pub fn sorted(&self, by: GapSort) -> Vec<&GapRow> {
        let mut rows: Vec<&GapRow> = self.rows.iter().collect();
        match by {
            GapSort::Province => {}
            GapSort::Difference => rows.sort_by(|a, b| b.difference.total_cmp(&a.difference)),
            GapSort::Ratio => rows.sort_by(|a, b| {
                let key = |r: &GapRow| r.ratio.unwrap_or(f64::INFINITY);
                key(a).total_cmp(&key(b))
            }),
        }
        rows
    }
}
