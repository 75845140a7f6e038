//! What goes on the clipboard: rows as tab-separated text (pastes into a
//! spreadsheet as cells), and the chart as a picture drawn by the same
//! offscreen render as the PNG export.

use std::sync::Arc;

use super::chart::ChartModel;
use super::export::{Canvas, ExportJob, Scene};
use super::settings::Settings;
use super::views::{self, Data};
use crate::aggregate::MeasureKey;

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
        scene: Scene::Chart(ChartModel::build(&analysis, key, &selection, lang)),
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
