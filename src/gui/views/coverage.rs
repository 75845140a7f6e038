//! 证据覆盖 Coverage: provinces × measures, each cell the number of figures
//! and documents behind it, darker for more evidence; a dashed cell has no
//! evidence at all (not a value of zero). A click on a cell compares that
//! province on that measure.

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::{Color32, Pos2, Rect, RichText, Sense, Shape, Stroke, vec2};

use super::Ctx;
use crate::aggregate::{self, MeasureKey};
use crate::gui::app::Command;
use crate::gui::chart;
use crate::gui::i18n::{Lang, T};

type Cells = BTreeMap<(String, MeasureKey), aggregate::Evidence>;

/// The matrix (its cells live in the shared store).
#[derive(Default)]
pub struct CoverageView;

const HEADER_FONT: f32 = 11.0;
const ROW_HEIGHT: f32 = 26.0;

impl CoverageView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let cells: Arc<Cells> =
            ctx.data
                .store
                .coverage(ctx.data.generation, ctx.analysis(), &ctx.settings.choice());
        let lang = ctx.lang();
        let keys: Vec<MeasureKey> = ctx.data.keys.iter().map(|(k, _)| *k).collect();
        let max = cells.values().map(|e| e.mentions).max().unwrap_or(1).max(1);
        let mut command = None;
        ui.add(egui::Label::new(RichText::new(ctx.tr(T::CoverageHelp)).weak()).wrap());
        let titles: Vec<String> = keys
            .iter()
            .map(|k| chart::measure_title(*k, lang))
            .collect();
        let column = column_width(ui, &titles);
        let row_label = ctx
            .data
            .province_counts
            .iter()
            .map(|(p, _)| text_width(ui, &lang.province(p), 14.0))
            .fold(40.0f32, f32::max)
            + 12.0;
        egui::ScrollArea::both().show(ui, |ui| {
            // Headers: each title wrapped at word boundaries within its column.
            let galleys: Vec<_> = titles
                .iter()
                .map(|t| {
                    ui.painter().layout(
                        t.clone(),
                        egui::FontId::proportional(HEADER_FONT),
                        ui.visuals().text_color(),
                        column - 6.0,
                    )
                })
                .collect();
            let header_height = galleys.iter().map(|g| g.size().y).fold(20.0, f32::max) + 6.0;
            let width = row_label + (column + 2.0) * keys.len() as f32;
            let (header, _) = ui.allocate_exact_size(vec2(width, header_height), Sense::hover());
            for (i, galley) in galleys.into_iter().enumerate() {
                let x = header.min.x + row_label + (column + 2.0) * i as f32 + 3.0;
                let y = header.max.y - galley.size().y - 3.0;
                let color = ui.visuals().text_color();
                ui.painter().galley(Pos2::new(x, y), galley, color);
            }
            for (province, _) in &ctx.data.province_counts {
                let (row, _) = ui.allocate_exact_size(vec2(width, ROW_HEIGHT), Sense::hover());
                ui.painter().text(
                    row.left_center(),
                    egui::Align2::LEFT_CENTER,
                    lang.province(province),
                    egui::FontId::proportional(14.0),
                    ui.visuals().text_color(),
                );
                for (i, key) in keys.iter().enumerate() {
                    let x = row.min.x + row_label + (column + 2.0) * i as f32;
                    let rect =
                        Rect::from_min_size(Pos2::new(x, row.min.y), vec2(column, ROW_HEIGHT));
                    let evidence = cells.get(&((*province).to_owned(), *key));
                    let title = &titles[i];
                    if let Some(e) = evidence {
                        let clicked = cell_ui(ui, rect, province, title, e, max, lang);
                        if clicked {
                            command = Some(Command::CompareOn {
                                province: Some((*province).to_owned()),
                                key: *key,
                            });
                        }
                    } else {
                        empty_cell_ui(ui, rect);
                    }
                }
            }
        });
        command
    }
}

fn text_width(ui: &egui::Ui, text: &str, size: f32) -> f32 {
    ui.painter()
        .layout_no_wrap(
            text.to_owned(),
            egui::FontId::proportional(size),
            Color32::WHITE,
        )
        .size()
        .x
}

/// Wide enough for the longest single word of any title (so English titles
/// wrap between words, never inside one), and at least 88 points.
pub fn column_width(ui: &egui::Ui, titles: &[String]) -> f32 {
    titles
        .iter()
        .flat_map(|t| t.split([' ', '·']))
        .map(|word| text_width(ui, word, HEADER_FONT))
        .fold(88.0f32, f32::max)
        + 10.0
}

/// A cell with evidence; returns whether it was clicked.
fn cell_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    province: &str,
    title: &str,
    e: &aggregate::Evidence,
    max: usize,
    lang: Lang,
) -> bool {
    let id = ui.scope_id().with(("cell", province, title));
    let response = ui.interact(rect, id, Sense::click());
    let name = format!("{} · {title}", lang.province(province));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
    let strength = 0.25 + 0.75 * (e.mentions as f32 / max as f32).sqrt();
    let painter = ui.painter();
    painter.rect_filled(rect, 3.0, evidence_color(strength));
    let text_color = if strength > 0.6 {
        Color32::WHITE
    } else {
        Color32::BLACK
    };
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        format!("{} · {}", e.figures, e.documents),
        egui::FontId::proportional(12.0),
        text_color,
    );
    let response = response.on_hover_text(format!(
        "{name}\n{} {} · {} {} · {} {}",
        e.figures,
        lang.tr(T::FiguresWord),
        e.mentions,
        lang.tr(T::Sources),
        e.documents,
        lang.tr(T::Documents)
    ));
    response.clicked()
}

/// No evidence is not zero: an empty cell with a dashed outline.
fn empty_cell_ui(ui: &egui::Ui, rect: Rect) {
    let stroke = Stroke::new(1.0, ui.visuals().weak_text_color());
    ui.painter()
        .extend(dashed_outline(rect.shrink(1.5), stroke));
}

/// The dashes of a rectangle's outline.
pub fn dashed_outline(rect: Rect, stroke: Stroke) -> Vec<Shape> {
    let corners = [
        rect.left_top(),
        rect.right_top(),
        rect.right_bottom(),
        rect.left_bottom(),
        rect.left_top(),
    ];
    Shape::dashed_line(&corners, stroke, 4.0, 3.0)
}

fn evidence_color(strength: f32) -> Color32 {
    let light = [0xde, 0xeb, 0xf7];
    let dark = [0x08, 0x45, 0x94];
    let mix =
        |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * strength).round() as u8;
    Color32::from_rgb(
        mix(light[0], dark[0]),
        mix(light[1], dark[1]),
        mix(light[2], dark[2]),
    )
}

impl super::View for CoverageView {
    fn id(&self) -> crate::present::ViewId {
        crate::present::ViewId::Coverage
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        CoverageView::ui(self, ui, ctx)
    }
}
