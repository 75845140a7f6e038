//! The changes' model: what the texts say changed, per province, for one
//! measure: `before → after` pairs (drawn as dumbbells) and plain increases
//! (increment bars), each with its absolute and percent change, kept apart
//! from levels so that no change is ever read as a level.

use crate::aggregate::{self, MeasureKey};
use crate::analysis::Analysis;
use crate::measure::{Area, Change};

use super::chart::measure_title;
use super::i18n::{Lang, T};
use super::palette::Paint;

/// One change as drawn: a dumbbell (`before → after`) or an increment.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeMark {
    pub province: String,
    pub area: Area,
    /// `青海 城市`.
    pub name: String,
    /// The earlier level and the level it was changed to (a dumbbell), or
    /// the increase alone (an increment bar, `after` is `None` and `before` is the increase).
    pub shape: Shape,
    pub year: Option<u16>,
    /// Mentions stating this change, and the documents they are in.
    pub sources: usize,
    pub documents: usize,
    /// `680 → 730元/人·月` or `+30元/人·月`.
    pub label: String,
    /// The change from the earlier level to the new one (`after − before`),
    /// when both are known.
    pub delta: Option<f64>,
    /// That change in percent of the earlier level (`+7.4`), when the
    /// earlier level is known and above zero.
    pub percent: Option<f64>,
    /// `+50元/人·月 · +7.4%`: the absolute and percent change, empty for an
    /// increment (its label is its change) or an unknown new level.
    pub change_text: String,
    /// Value, year, sources: what hovering says.
    pub hover: String,
    /// Where it stands on its plot's x axis.
    pub x: f64,
    pub color: Paint,
    /// The mentions behind it, for the evidence panel.
    pub mentions: Vec<usize>,
}

/// How a change is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    /// From one level to another; `after` unknown when the text does not say.
    Dumbbell { before: f64, after: Option<f64> },
    /// An increase by this much.
    Increment(f64),
}

/// The changes of one measure for the selected provinces.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeModel {
    pub key: MeasureKey,
    pub title: String,
    /// `before → after` pairs.
    pub dumbbells: Vec<ChangeMark>,
    pub increments: Vec<ChangeMark>,
    /// Earlier levels whose new level the text does not give: listed, not drawn.
    pub unpaired: Vec<ChangeMark>,
}

impl ChangeModel {
    /// Group the mentions stating the same change (province, area, values,
    /// year) and lay them out, one slot each, in the order of `provinces`.
    pub fn build(
        analysis: &Analysis,
        key: MeasureKey,
        provinces: &[String],
        lang: Lang,
        excluded: &std::collections::BTreeSet<String>,
    ) -> Self {
        let changes = aggregate::changes_with(&analysis.measures, key, provinces, excluded);
        let mut dumbbells: Vec<ChangeMark> = Vec::new();
        let mut increments: Vec<ChangeMark> = Vec::new();
        let mut documents: Vec<Vec<usize>> = Vec::new();
        let mut increment_docs: Vec<Vec<usize>> = Vec::new();
        for c in &changes {
            let shape = match c.change {
                Change::Before => Shape::Dumbbell {
                    before: c.value,
                    after: c.changed_to,
                },
                _ => Shape::Increment(c.value),
            };
            let (list, docs) = match shape {
                Shape::Dumbbell { .. } => (&mut dumbbells, &mut documents),
                Shape::Increment(_) => (&mut increments, &mut increment_docs),
            };
            let doc = analysis.measures.get(c.mention).map(|f| f.doc_index);
            let same = list.iter().position(|m| {
                m.province == c.province && m.area == c.area && m.shape == shape && m.year == c.year
            });
            if let Some(at) = same {
                list[at].mentions.push(c.mention);
                docs[at].extend(doc);
                continue;
            }
            let name = match c.area {
                Area::Joint => lang.province(&c.province),
                area => format!("{} {}", lang.province(&c.province), lang.area(area)),
            };
            list.push(ChangeMark {
                province: c.province.clone(),
                area: c.area,
                name,
                shape,
                year: c.year,
                sources: 0,
                documents: 0,
                label: change_label(shape, key, lang),
                delta: delta(shape),
                percent: percent(shape),
                change_text: change_text(shape, key, lang),
                hover: String::new(),
                x: 0.0,
                color: Paint::province(&c.province),
                mentions: vec![c.mention],
            });
            docs.push(doc.into_iter().collect());
        }
        for (list, docs) in [
            (&mut dumbbells, documents),
            (&mut increments, increment_docs),
        ] {
            for (i, (mark, mut docs)) in list.iter_mut().zip(docs).enumerate() {
                docs.sort_unstable();
                docs.dedup();
                mark.x = i as f64;
                mark.sources = mark.mentions.len();
                mark.documents = docs.len();
                let year = match mark.year {
                    Some(y) => y.to_string(),
                    None => lang.tr(T::YearUnknown).to_owned(),
                };
                let label = if mark.change_text.is_empty() {
                    mark.label.clone()
                } else {
                    format!("{} ({})", mark.label, mark.change_text)
                };
                mark.hover = format!(
                    "{}: {label} · {year} · {} {} · {} {}",
                    mark.name,
                    mark.sources,
                    lang.tr(T::Sources),
                    mark.documents,
                    lang.tr(T::DocumentsUnit),
                );
            }
        }
        let (dumbbells, unpaired) = dumbbells
            .into_iter()
            .partition(|m| matches!(m.shape, Shape::Dumbbell { after: Some(_), .. }));
        Self {
            key,
            title: measure_title(key, lang),
            dumbbells,
            increments,
            unpaired,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.dumbbells.is_empty() && self.increments.is_empty() && self.unpaired.is_empty()
    }
}

/// `680 → 730元/人·月`, `680 →` when the new level is unknown, `+30元/人·月`.
pub fn change_label(shape: Shape, key: MeasureKey, lang: Lang) -> String {
    match shape {
        Shape::Dumbbell {
            before,
            after: Some(after),
        } => format!(
            "{} → {}",
            lang.number(before),
            lang.value(after, key.kind, key.period)
        ),
        Shape::Dumbbell {
            before,
            after: None,
        } => format!("{} →", lang.value(before, key.kind, key.period)),
        Shape::Increment(v) => format!("+{}", lang.value(v, key.kind, key.period)),
    }
}

/// `after − before` of a pair whose new level is known.
pub fn delta(shape: Shape) -> Option<f64> {
    match shape {
        Shape::Dumbbell {
            before,
            after: Some(after),
        } => Some(after - before),
        _ => None,
    }
}

/// The change of a pair in percent of its earlier level; none for an
/// increment (the texts do not say from what) or an earlier level of zero.
pub fn percent(shape: Shape) -> Option<f64> {
    match shape {
        Shape::Dumbbell {
            before,
            after: Some(after),
        } if before > 0.0 => Some((after - before) / before * 100.0),
        _ => None,
    }
}

/// `+7.4%`, `−3%`: a percent change, signed, one decimal at most.
pub fn percent_label(percent: f64, lang: Lang) -> String {
    let rounded = (percent * 10.0).round() / 10.0;
    let sign = if rounded > 0.0 {
        "+"
    } else if rounded < 0.0 {
        "−"
    } else {
        "±"
    };
    format!("{sign}{}%", lang.number(rounded.abs()))
}

/// `+50元/人·月 · +7.4%`: what a pair changed by, or nothing when it cannot say.
pub fn change_text(shape: Shape, key: MeasureKey, lang: Lang) -> String {
    let Some(delta) = delta(shape) else {
        return String::new();
    };
    let sign = if delta < 0.0 { "−" } else { "+" };
    let mut text = format!("{sign}{}", lang.value(delta.abs(), key.kind, key.period));
    if let Some(p) = percent(shape) {
        text.push_str(" · ");
        text.push_str(&percent_label(p, lang));
    }
    text
}
