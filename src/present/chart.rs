//! The comparison chart's model: one bar per province and area for one
//! measure, with the labels, hover texts and footnote notes every drawing
//! of it shares (the compare view, the small multiples, the map, the PNG
//! export and `minsheng chart --data`). Also the label formats of values
//! that every view uses.

use crate::aggregate::{self, MeasureKey};
use crate::analysis::Analysis;
use crate::measure::{Area, Kind, PlaceLevel, Qualifier};

use super::i18n::{Lang, T};
use super::palette::Paint;

#[derive(Clone, Debug, PartialEq)]
pub struct ChartBar {
    /// The province as the data names it (`宁夏`).
    pub province: String,
    /// The province as the chart shows it (`宁夏`, or `Ningxia` in English),
    /// with the place when the figure is one of its places' (`辽宁 · 大连`)
    /// and its area when the figure is urban or rural only (`宁夏 农村`).
    pub name: String,
    /// The place of the shown figure, as written, when it is below the
    /// province (empty for a province-wide figure).
    pub place: String,
    /// How high that place stands.
    pub level: PlaceLevel,
    /// The date the shown figure's article states for itself (`2013-12-03`),
    /// or empty.
    pub published: String,
    pub area: Area,
    /// Distinct levels and documents behind the bar.
    pub figures: usize,
    pub documents: usize,
    /// Where the bar stands on the x axis (its province's slot, shifted by
    /// its area when urban and rural stand side by side) and how wide it is.
    pub x: f64,
    pub width: f64,
    /// `2023`, `发布于2013` (no year of its own: its article's date) or
    /// `年份不详`, drawn under the value.
    pub year_label: String,
    /// The year as drawn above the bar (`年份不详` on two lines).
    pub year_mark: String,
    /// What hovering the bar says: value, year, area, qualifier, evidence.
    pub hover: String,
    pub value: f64,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub year: Option<u16>,
    /// The value in human units (`2450元/人·月`), with ≈/≥/≤ for qualifiers.
    pub label: String,
    /// The value without its unit (`≥3,000`), drawn on the bar: the unit is
    /// in the chart's title line.
    pub short: String,
    pub color: Paint,
    /// Indices of the measures behind the shown figure.
    pub mentions: Vec<usize>,
    /// What the evidence panel lists for the bar: the shown figure's
    /// mentions, then every other level (all years, all sources), then the
    /// province's changes for the same area (`before`, `increase`).
    pub evidence: Vec<usize>,
    /// Other figures for this province: (label, year).
    pub others: Vec<(String, Option<u16>)>,
    /// Stated for the other period and converted (÷12 or ×12).
    pub converted: bool,
    /// Mentions the user excluded from this bar.
    pub excluded: usize,
    /// A correction changed a figure behind the shown value.
    pub corrected: bool,
    /// Far outside the other provinces' bars: see [`aggregate::suspicious`].
    pub suspicious: bool,
}

/// Everything a chart shows, independent of how it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartModel {
    pub key: MeasureKey,
    pub title: String,
    pub bars: Vec<ChartBar>,
    /// Every chosen province on the x axis, in order: (slot, name shown).
    pub axis: Vec<(f64, String)>,
    /// Slots of chosen provinces without a figure, drawn hollow (`无数据`).
    pub missing: Vec<f64>,
    /// Urban and rural bars stand side by side, coloured by area.
    pub grouped: bool,
    /// Bars converted from the other period, and mentions excluded: for the footnote.
    pub converted: usize,
    /// Bars showing one place's figure, the province having none of its own.
    pub local: usize,
    /// Figures of this measure and these provinces that a correction changed.
    pub corrected: usize,
    pub excluded: usize,
    /// The year most bars are from, when some are from other years (those
    /// bars' year labels carry a `*`).
    pub common_year: Option<u16>,
}

impl ChartModel {
    /// Bars of `key` for `provinces`: every area, the latest figure of each.
    pub fn build(analysis: &Analysis, key: MeasureKey, provinces: &[String], lang: Lang) -> Self {
        Self::build_with(
            analysis,
            key,
            provinces,
            lang,
            &aggregate::Choice::default(),
        )
    }

    /// Bars of `key` for `provinces`, of the chosen area and year, with
    /// the excluded figures left out and the other period converted if asked.
    pub fn build_with(
        analysis: &Analysis,
        key: MeasureKey,
        provinces: &[String],
        lang: Lang,
        choice: &aggregate::Choice,
    ) -> Self {
        let measures = &analysis.measures;
        let all = aggregate::bars_with(measures, key, provinces, choice);
        let changes = aggregate::changes_with(measures, key, provinces, &choice.excluded);
        // One area alone is a choice between urban and rural: on a measure
        // without both, every area is drawn.
        let areas_with_data = aggregate::areas(measures, key);
        let area =
            if areas_with_data.contains(&Area::Urban) && areas_with_data.contains(&Area::Rural) {
                choice.area
            } else {
                aggregate::AreaChoice::Both
            };
        let selected = aggregate::select_in(all, area, choice);
        let flagged = aggregate::suspicious_bars(
            measures,
            key,
            &aggregate::Choice {
                area,
                ..choice.clone()
            },
        );

        let areas: Vec<Area> = Area::ALL
            .into_iter()
            .filter(|a| selected.iter().any(|b| b.area == *a))
            .collect();
        let grouped = areas.contains(&Area::Urban) && areas.contains(&Area::Rural);
        // Each province's slot is 0.8 wide; its bars share it by area.
        let width = 0.8 / areas.len().max(1) as f64;
        let mut bars: Vec<ChartBar> = selected
            .into_iter()
            .map(|bar| {
                let index = provinces
                    .iter()
                    .position(|p| *p == bar.province)
                    .unwrap_or(0);
                let k = areas.iter().position(|a| *a == bar.area).unwrap_or(0);
                let x = index as f64 + (k as f64 - (areas.len() as f64 - 1.0) / 2.0) * width;
                let suspicious = flagged.contains(&(bar.province.clone(), bar.area));
                let converted = bar.shown.converted;
                let mut label = qualified_label(
                    bar.shown.value,
                    bar.shown.value_max,
                    bar.shown.qualifier,
                    key,
                    lang,
                );
                let mut short = short_label(&bar.shown, key, lang);
                let published_year = crate::measure::published_year(&bar.shown.published);
                let year_label = match (bar.year, published_year) {
                    (Some(y), _) => y.to_string(),
                    (None, Some(p)) => format!("{}{p}", lang.tr(T::PublishedIn)),
                    (None, None) => lang.tr(T::YearUnknown).to_owned(),
                };
                let local = bar.shown.level.is_local();
                let corrected = bar
                    .shown
                    .mentions
                    .iter()
                    .any(|i| analysis.corrected.contains(i));
                // On the chart a converted bar is lighter (the footnote says
                // so); its label on buttons and hover says it in words.
                if converted {
                    label.push_str(lang.tr(T::ConvertedMark));
                }
                if suspicious {
                    label.insert_str(0, "⚠ ");
                    short.insert(0, '⚠');
                }
                let mut name = lang.province(&bar.province);
                if local {
                    name = format!("{name} · {}", bar.shown.place);
                }
                if bar.area != Area::Joint {
                    name = format!("{name} {}", lang.area(bar.area));
                }
                let evidence: Vec<usize> = bar
                    .shown
                    .mentions
                    .iter()
                    .chain(bar.others.iter().flat_map(|f| &f.mentions))
                    .copied()
                    .chain(
                        changes
                            .iter()
                            .filter(|c| c.province == bar.province && c.area == bar.area)
                            .map(|c| c.mention),
                    )
                    .collect();
                let mut hover = format!(
                    "{name}: {label} · {year_label} · {} · {} {} · {} {}",
                    lang.qualifier(bar.shown.qualifier),
                    bar.figures,
                    lang.tr(T::FiguresWord),
                    bar.documents,
                    lang.tr(T::DocumentsUnit),
                );
                if local {
                    hover.push_str(&format!(
                        "\n{} {} ({}) · {}",
                        lang.tr(T::PlaceLevelWord),
                        lang.level(bar.shown.level),
                        bar.shown.place,
                        lang.tr(T::LocalHint)
                    ));
                }
                if !bar.shown.published.is_empty() {
                    hover.push_str(&format!(
                        "\n{} {}",
                        lang.tr(T::Published),
                        bar.shown.published
                    ));
                }
                if converted {
                    hover.push_str(&format!("\n{}", lang.tr(T::ConvertedHint)));
                }
                if suspicious {
                    hover.push_str(&format!("\n⚠ {}", lang.tr(T::SuspiciousHint)));
                }
                if corrected {
                    hover.push_str(&format!("\n{}", lang.tr(T::CorrectedWord)));
                }
                if bar.excluded > 0 {
                    hover.push_str(&format!("\n{} {}", lang.tr(T::ExcludedWord), bar.excluded));
                }
                let color = if grouped {
                    Paint::area(bar.area)
                } else {
                    Paint::province(&bar.province)
                };
                ChartBar {
                    short,
                    // A converted bar, and one place's bar, are drawn lighter.
                    color: color.faded(converted || local),
                    place: if local {
                        bar.shown.place.clone()
                    } else {
                        String::new()
                    },
                    level: bar.shown.level,
                    published: bar.shown.published.clone(),
                    converted,
                    excluded: bar.excluded,
                    corrected,
                    suspicious,
                    value: bar.shown.value,
                    value_max: bar.shown.value_max,
                    qualifier: bar.shown.qualifier,
                    year: bar.shown.year,
                    label,
                    mentions: bar.shown.mentions.clone(),
                    evidence,
                    others: bar
                        .others
                        .iter()
                        .map(|f| {
                            let mut label =
                                qualified_label(f.value, f.value_max, f.qualifier, key, lang);
                            if f.level.is_local() {
                                label = format!("{} {label}", f.place);
                            }
                            if f.year.is_none()
                                && let Some(p) = crate::measure::published_year(&f.published)
                            {
                                label = format!("{label} ({}{p})", lang.tr(T::PublishedIn));
                            }
                            (label, f.year)
                        })
                        .collect(),
                    name,
                    area: bar.area,
                    figures: bar.figures,
                    documents: bar.documents,
                    x,
                    width: width * 0.9,
                    year_mark: {
                        let year = match (bar.year, published_year) {
                            (Some(_), _) => year_label.clone(),
                            (None, Some(p)) => format!("{}{p}", lang.tr(T::PublishedInOnBar)),
                            (None, None) => lang.tr(T::YearUnknownOnBar).to_owned(),
                        };
                        // One place's bar names it above its year.
                        if local {
                            format!("{}\n{year}", bar.shown.place)
                        } else {
                            year
                        }
                    },
                    year_label,
                    hover,
                    province: bar.province,
                }
            })
            .collect();
        let axis = provinces
            .iter()
            .enumerate()
            .map(|(i, p)| (i as f64, lang.province(p)))
            .collect();
        let missing = provinces
            .iter()
            .enumerate()
            .filter(|(_, p)| !bars.iter().any(|b| b.province == **p))
            .map(|(i, _)| i as f64)
            .collect();
        let common_year = mark_other_years(&mut bars, lang);
        let converted = bars.iter().filter(|b| b.converted).count();
        let local = bars.iter().filter(|b| b.level.is_local()).count();
        // Counted over the measures: a bar whose every figure is excluded is gone.
        let excluded = if choice.excluded.is_empty() {
            0
        } else {
            measures
                .iter()
                .filter(|f| MeasureKey::of(f) == key && provinces.contains(&f.measure.province))
                .filter(|f| choice.excluded.contains(&aggregate::figure_id(f)))
                .count()
        };
        let corrected = analysis
            .corrected
            .iter()
            .filter_map(|&i| measures.get(i))
            .filter(|f| MeasureKey::of(f) == key && provinces.contains(&f.measure.province))
            .count();
        let mut title = measure_title(key, lang);
        let years: Vec<u16> = bars.iter().filter_map(|b| b.year).collect();
        // The side and year chosen, or the span of the bars' years.
        match area {
            aggregate::AreaChoice::Urban => title.push_str(&format!(" · {}", lang.tr(T::Urban))),
            aggregate::AreaChoice::Rural => title.push_str(&format!(" · {}", lang.tr(T::Rural))),
            aggregate::AreaChoice::Both => {}
        }
        match (choice.year, years.iter().min(), years.iter().max()) {
            (aggregate::YearChoice::Year(year), _, _) => {
                title.push_str(&format!(" · {}", lang.year(year)));
            }
            (_, Some(lo), Some(hi)) if lo != hi => title.push_str(&format!(" · {lo}–{hi}")),
            (_, Some(year), _) if years.len() == bars.len() => {
                title.push_str(&format!(" · {}", lang.year(*year)));
            }
            _ => {}
        }
        Self {
            key,
            title,
            bars,
            axis,
            missing,
            grouped,
            converted,
            local,
            corrected,
            excluded,
            common_year,
        }
    }

    /// What the footnote adds about this chart: converted bars and
    /// excluded figures (empty when neither).
    pub fn footnote_note(&self, lang: Lang) -> String {
        let mut notes = Vec::new();
        if self.converted > 0 {
            let period = lang.period(self.key.period);
            notes.push(format!(
                "{} {} {period}",
                self.converted,
                lang.tr(T::ConvertedNote)
            ));
        }
        if self.local > 0 {
            let places: Vec<String> = self
                .bars
                .iter()
                .filter(|b| b.level.is_local())
                .map(|b| format!("{} · {}", lang.province(&b.province), b.place))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            notes.push(format!(
                "{} {} ({})",
                self.local,
                lang.tr(T::LocalNote),
                places.join(", ")
            ));
        }
        if let Some(year) = self.common_year {
            notes.push(format!("{} ({year})", lang.tr(T::OtherYearNote)));
        }
        if self.excluded > 0 {
            notes.push(lang.figures_note(T::ExcludedWord, self.excluded));
        }
        if self.corrected > 0 {
            notes.push(lang.figures_note(T::CorrectedWord, self.corrected));
        }
        notes.join(" · ")
    }
}

/// When the bars come from several years: mark those not from the most
/// common year (ties: the latest) with `*` on their year label and in their
/// hover, and return that year.
fn mark_other_years(bars: &mut [ChartBar], lang: Lang) -> Option<u16> {
    let mut counts: std::collections::BTreeMap<u16, usize> = std::collections::BTreeMap::new();
    for year in bars.iter().filter_map(|b| b.year) {
        *counts.entry(year).or_default() += 1;
    }
    if counts.len() < 2 {
        return None;
    }
    let common = counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(b.0)))
        .map(|(y, _)| *y)?;
    for bar in bars
        .iter_mut()
        .filter(|b| b.year.is_some_and(|y| y != common))
    {
        bar.year_label.push('*');
        bar.year_mark.push('*');
        bar.hover
            .push_str(&format!("\n{} ({common})", lang.tr(T::OtherYearNote)));
    }
    Some(common)
}

/// `临时救助 · 每人金额 · 一次性`.
pub fn measure_title(key: MeasureKey, lang: Lang) -> String {
    let mut title = format!("{} · {}", lang.category(key.category), lang.kind(key.kind));
    let period = lang.period(key.period);
    if !period.is_empty() {
        title.push_str(" · ");
        title.push_str(period);
    }
    title
}

/// The unit of a measure's axis (`元/人·月`, `yuan/person/month`, `%`).
pub fn unit_label(key: MeasureKey, lang: Lang) -> String {
    lang.unit(key.kind, key.period)
}

/// A value in human units with ≈, ≥ or ≤ for its qualifier and its range.
pub fn qualified_label(
    value: f64,
    value_max: Option<f64>,
    qualifier: Qualifier,
    key: MeasureKey,
    lang: Lang,
) -> String {
    let main = lang.value(value, key.kind, key.period);
    let main = match value_max {
        Some(max) => format!(
            "{}–{}",
            lang.number(value),
            lang.value(max, key.kind, key.period)
        ),
        None => main,
    };
    match qualifier {
        Qualifier::Exact => main,
        Qualifier::About => format!("≈{main}"),
        Qualifier::AtLeast => format!("≥{main}"),
        Qualifier::AtMost => format!("≤{main}"),
    }
}

/// A figure's value without its unit, with ≈, ≥ or ≤ and its range: `≥3,000`, `35亿`, `93.7%`.
pub fn short_label(figure: &aggregate::Figure, key: MeasureKey, lang: Lang) -> String {
    let number = |v: f64| {
        if key.kind == Kind::Rate {
            format!("{}%", lang.number(v))
        } else {
            lang.number(v)
        }
    };
    let main = match figure.value_max {
        Some(max) => format!("{}–{}", number(figure.value), number(max)),
        None => number(figure.value),
    };
    match figure.qualifier {
        Qualifier::Exact => main,
        Qualifier::About => format!("≈{main}"),
        Qualifier::AtLeast => format!("≥{main}"),
        Qualifier::AtMost => format!("≤{main}"),
    }
}
