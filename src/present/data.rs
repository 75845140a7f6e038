//! The figures a view draws, as CSV (UTF-8 with a BOM, formula-like cells
//! neutralised): what `导出数据…` and `minsheng chart --data` write, one
//! row a mark drawn.

use std::io::Write;
use std::sync::Arc;

use crate::aggregate::{Choice, MeasureKey};
use crate::analysis::Analysis;
use crate::export::{neutralise, number_json};
use crate::measure::Area;

use super::store::Store;
use super::view::ViewId;

use super::change::{ChangeMark, ChangeModel, Shape};
use super::chart::{ChartModel, unit_label};
use super::gap::GapModel;
use super::i18n::Lang;
use super::trend::TrendModel;

/// The columns of the compare view's data, one row a bar drawn.
pub const BAR_COLUMNS: [&str; 16] = [
    "province",
    "place",
    "level",
    "area",
    "value",
    "value_max",
    "qualifier",
    "year",
    "published",
    "period",
    "unit",
    "figures",
    "documents",
    "converted",
    "excluded",
    "corrected",
];

/// The columns of the trend's data, one row a point.
pub const TREND_COLUMNS: [&str; 15] = [
    "province",
    "area",
    "year",
    "value",
    "value_max",
    "qualifier",
    "change",
    "on_line",
    "converted",
    "dated_by_document",
    "period",
    "unit",
    "mentions",
    "place",
    "documents",
];

/// The columns of the gap's data, one row a province.
pub const GAP_COLUMNS: [&str; 10] = [
    "province",
    "year",
    "urban",
    "rural",
    "difference",
    "ratio",
    "period",
    "unit",
    "converted",
    "documents",
];

/// The columns of the changes' data, one row a change.
pub const CHANGE_COLUMNS: [&str; 12] = [
    "province",
    "area",
    "year",
    "before",
    "after",
    "increase",
    "difference",
    "percent",
    "period",
    "unit",
    "sources",
    "documents",
];

fn number(v: f64) -> String {
    number_json(v).to_string()
}

fn optional(v: Option<f64>) -> String {
    v.map(number).unwrap_or_default()
}

fn writer<'o>(
    out: &'o mut dyn Write,
    columns: &[&str],
) -> std::io::Result<csv::Writer<&'o mut dyn Write>> {
    out.write_all("\u{FEFF}".as_bytes())?;
    let mut w = csv::Writer::from_writer(out);
    w.write_record(columns)?;
    Ok(w)
}

/// The bars of `model`: values as drawn (converted where `converted` is
/// true), with the excluded figures counted per bar. `place` and `level`
/// say whose figure a bar shows (empty and `province` for the province's
/// own); `published` is the date its article states, beside `year`.
pub fn write_bars(out: &mut dyn Write, model: &ChartModel, lang: Lang) -> std::io::Result<()> {
    let mut w = writer(out, &BAR_COLUMNS)?;
    let unit = unit_label(model.key, lang);
    let period = model.key.period.map(|p| p.as_str()).unwrap_or_default();
    for bar in &model.bars {
        w.write_record([
            neutralise(&bar.province),
            neutralise(&bar.place),
            bar.level.as_str().to_owned(),
            bar.area.as_str().to_owned(),
            number(bar.value),
            optional(bar.value_max),
            bar.qualifier.as_str().to_owned(),
            bar.year.map(|y| y.to_string()).unwrap_or_default(),
            neutralise(&bar.published),
            period.to_owned(),
            neutralise(&unit),
            bar.figures.to_string(),
            bar.documents.to_string(),
            bar.converted.to_string(),
            bar.excluded.to_string(),
            bar.corrected.to_string(),
        ])?;
    }
    w.flush()
}

/// The points of `model`, line by line, oldest first: `change` is
/// `before` for an earlier value of a change, empty for a level; places
/// and documents are joined by `; `.
pub fn write_trend(out: &mut dyn Write, model: &TrendModel, lang: Lang) -> std::io::Result<()> {
    let mut w = writer(out, &TREND_COLUMNS)?;
    let unit = unit_label(model.key, lang);
    let period = model.key.period.map(|p| p.as_str()).unwrap_or_default();
    for line in &model.lines {
        for point in &line.points {
            w.write_record([
                neutralise(&line.province),
                line.area.as_str().to_owned(),
                point.year.to_string(),
                number(point.value),
                optional(point.value_max),
                point.qualifier.as_str().to_owned(),
                if point.before { "before" } else { "" }.to_owned(),
                point.on_line.to_string(),
                point.converted.to_string(),
                point.dated_by_document.to_string(),
                period.to_owned(),
                neutralise(&unit),
                point.mentions.len().to_string(),
                neutralise(&point.places.join("; ")),
                neutralise(&point.documents.join("; ")),
            ])?;
        }
    }
    w.flush()
}

/// The rows of `model` in the provinces' order.
pub fn write_gap(out: &mut dyn Write, model: &GapModel, lang: Lang) -> std::io::Result<()> {
    let mut w = writer(out, &GAP_COLUMNS)?;
    let unit = unit_label(model.key, lang);
    let period = model.key.period.map(|p| p.as_str()).unwrap_or_default();
    for row in &model.rows {
        w.write_record([
            neutralise(&row.province),
            row.year.map(|y| y.to_string()).unwrap_or_default(),
            number(row.urban),
            number(row.rural),
            number(row.difference),
            row.ratio
                .map(|r| format!("{r:.4}").trim_end_matches('0').to_owned())
                .unwrap_or_default(),
            period.to_owned(),
            neutralise(&unit),
            row.converted.to_string(),
            neutralise(&row.documents.join("; ")),
        ])?;
    }
    w.flush()
}

/// The pairs, then the increases, then the earlier levels without a new one.
pub fn write_changes(out: &mut dyn Write, model: &ChangeModel, lang: Lang) -> std::io::Result<()> {
    let mut w = writer(out, &CHANGE_COLUMNS)?;
    let unit = unit_label(model.key, lang);
    let period = model.key.period.map(|p| p.as_str()).unwrap_or_default();
    let marks: Vec<&ChangeMark> = (model.dumbbells.iter())
        .chain(&model.increments)
        .chain(&model.unpaired)
        .collect();
    for mark in marks {
        let (before, after, increase) = match mark.shape {
            Shape::Dumbbell { before, after } => (Some(before), after, None),
            Shape::Increment(v) => (None, None, Some(v)),
        };
        w.write_record([
            neutralise(&mark.province),
            area_code(mark.area),
            mark.year.map(|y| y.to_string()).unwrap_or_default(),
            optional(before),
            optional(after),
            optional(increase),
            optional(mark.delta),
            mark.percent
                .map(|p| number((p * 10.0).round() / 10.0))
                .unwrap_or_default(),
            period.to_owned(),
            neutralise(&unit),
            mark.sources.to_string(),
            mark.documents.to_string(),
        ])?;
    }
    w.flush()
}

fn area_code(area: Area) -> String {
    area.as_str().to_owned()
}

/// What a view's data is drawn from.
pub struct Request<'a> {
    pub analysis: &'a Analysis,
    /// The store to take the model from, with the analysis's generation
    /// (`None`: built here, as the command line does).
    pub store: Option<(&'a Store, u64)>,
    pub key: MeasureKey,
    pub provinces: &'a [String],
    pub lang: Lang,
    pub choice: &'a Choice,
}

/// Write the figures `view` draws for `request` as CSV; an error for a
/// view that has no figures of one measure to write.
pub fn write_view(out: &mut dyn Write, view: ViewId, request: &Request<'_>) -> std::io::Result<()> {
    let Request {
        analysis,
        store,
        key,
        provinces,
        lang,
        choice,
    } = *request;
    let fresh = Store::default();
    let (store, generation) = store.unwrap_or((&fresh, 0));
    match view {
        ViewId::Compare => {
            let model = store.bars(generation, analysis, key, provinces, lang, choice);
            write_bars(out, &model, lang)
        }
        ViewId::Map => {
            let model = store.map(generation, analysis, key, lang, &choice.excluded);
            write_bars(out, &model, lang)
        }
        ViewId::Trend => {
            let model = store.trend(generation, analysis, key, provinces, lang, choice);
            write_trend(out, &model, lang)
        }
        ViewId::Gap => {
            let model: Arc<GapModel> =
                store.gap(generation, analysis, key, provinces, lang, choice);
            write_gap(out, &model, lang)
        }
        ViewId::Changes => {
            let model = store.changes(generation, analysis, key, provinces, lang, &choice.excluded);
            write_changes(out, &model, lang)
        }
        ViewId::Overview | ViewId::Table | ViewId::Documents | ViewId::Coverage | ViewId::Terms => {
            Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "this view has no figures of one measure to write",
            ))
        }
    }
}
