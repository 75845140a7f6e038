//! What goes on the clipboard: rows as tab-separated text (pastes into a
//! spreadsheet as cells), and the chart as a picture drawn by the same
//! offscreen render as the PNG export.

use std::sync::Arc;

use super::chart::ChartModel;
use super::export::{Canvas, ExportJob, Scene};
use super::settings::Settings;
use super::views::{self, Data};
use crate::aggregate::MeasureKey;
use crate::analysis::Analysis;
use crate::present::i18n::{Lang, T};

/// Rows as tab-separated text, a header row first, one line per row ending
/// in `\n`. A cell holding a tab, a line break or a double quote is quoted
/// the way spreadsheets read pasted text: in double quotes, its own quotes
/// doubled, so it stays one cell.
pub fn tsv<S: AsRef<str>>(header: &[S], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::new();
    push_line(&mut out, header.iter().map(AsRef::as_ref));
    for row in rows {
        push_line(&mut out, row.iter().map(String::as_str));
    }
    out
}

fn push_line<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push('\t');
        }
        out.push_str(&tsv_cell(cell));
    }
    out.push('\n');
}

fn tsv_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.contains(['\t', '\n', '\r', '"']) {
        format!("\"{}\"", cell.replace('"', "\"\"")).into()
    } else {
        cell.into()
    }
}

/// A number as a spreadsheet reads it: unrounded, without unit or digit
/// grouping (`445.25`, `0.54`, `3500000000`).
pub fn raw_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// Figures of the analysis (the table's rows), as tab-separated text:
/// the value and the upper end of a range as raw numbers in their own
/// columns, the unit, the qualifier and the year in theirs.
pub fn figures_tsv(analysis: &Analysis, rows: &[usize], lang: Lang) -> String {
    let header = [
        T::Province,
        T::Place,
        T::Programme,
        T::Kind,
        T::Value,
        T::ValueMax,
        T::Unit,
        T::Qualifier,
        T::Period,
        T::Area,
        T::Change,
        T::Year,
        T::File,
        T::Quote,
    ]
    .map(|t| lang.tr(t));
    let cells = rows
        .iter()
        .filter_map(|&i| analysis.measures.get(i))
        .map(|found| {
            let m = &found.measure;
            vec![
                lang.province(&m.province),
                m.place.clone(),
                lang.category(m.category).to_owned(),
                lang.kind(m.kind).to_owned(),
                raw_number(m.value),
                m.value_max.map(raw_number).unwrap_or_default(),
                lang.unit(m.kind, m.period),
                lang.qualifier(m.qualifier).to_owned(),
                lang.period(m.period).to_owned(),
                lang.area(m.area).to_owned(),
                lang.change(m.change).to_owned(),
                m.year.map(|y| y.to_string()).unwrap_or_default(),
                m.doc.clone(),
                m.quote.clone(),
            ]
        });
    tsv(&header, cells)
}

/// The bars of a chart (复制图表数据), one row each, as tab-separated text
/// with raw numbers: province, side, value, upper value, unit, qualifier,
/// year, period, figures and documents behind it, converted.
pub fn bars_tsv(model: &ChartModel, lang: Lang) -> String {
    let header = [
        lang.tr(T::Province),
        lang.tr(T::Area),
        lang.tr(T::Value),
        lang.tr(T::ValueMax),
        lang.tr(T::Unit),
        lang.tr(T::Qualifier),
        lang.tr(T::Year),
        lang.tr(T::Published),
        lang.tr(T::Place),
        lang.tr(T::PlaceLevelWord),
        lang.tr(T::Period),
        lang.tr(T::Measures),
        lang.tr(T::Documents),
        lang.tr(T::Converted),
    ];
    let unit = lang.unit(model.key.kind, model.key.period);
    let rows = model.bars.iter().map(|bar| {
        vec![
            lang.province(&bar.province),
            match bar.area {
                crate::measure::Area::Joint => lang.tr(T::SideJoint).to_owned(),
                area => lang.area(area).to_owned(),
            },
            raw_number(bar.value),
            bar.value_max.map(raw_number).unwrap_or_default(),
            unit.clone(),
            lang.qualifier(bar.qualifier).to_owned(),
            bar.year.map(|y| y.to_string()).unwrap_or_default(),
            bar.published.clone(),
            bar.place.clone(),
            lang.level(bar.level).to_owned(),
            lang.period(model.key.period).to_owned(),
            bar.figures.to_string(),
            bar.documents.to_string(),
            if bar.converted { "1" } else { "0" }.to_owned(),
        ]
    });
    tsv(&header, rows)
}

/// The work of drawing the chart of `key` for the clipboard, ready for a
/// worker thread: the same picture as the PNG export, at its scale and
/// background.
pub fn chart_image_work(
    data: &Data,
    settings: &Settings,
    key: MeasureKey,
) -> impl FnOnce() -> Result<egui::ColorImage, String> + Send + 'static {
    let analysis = Arc::clone(&data.analysis);
    let selection = views::ordered(&settings.selected);
    let lang = settings.lang;
    let job = ExportJob {
        scene: Scene::Chart(
            ChartModel::build_with(&analysis, key, &selection, lang, &settings.choice()),
            super::chart::RowOptions::default(),
        ),
        lang,
        footnote: super::export::footnote_of(data, lang),
        canvas: Canvas {
            size: egui::vec2(960.0, 600.0),
            scale: f32::from(settings.export_scale.clamp(1, 3)),
            white: settings.export_white,
            dark: settings.dark,
        },
    };
    move || {
        let image = job.render()?;
        let size = [image.width() as usize, image.height() as usize];
        Ok(egui::ColorImage::from_rgba_unmultiplied(
            size,
            image.as_raw(),
        ))
    }
}
