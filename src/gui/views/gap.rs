//! 城乡差距 Urban–rural gap: per province, its urban and rural levels of
//! the same year as two bars on one scale, their difference and the ratio
//! of rural to urban, sortable by province, difference or ratio; a click on
//! a province shows the evidence of both figures. The model is
//! `present::gap`.

use std::sync::Arc;

use egui::{RichText, vec2};

use super::{Ctx, View};
use crate::aggregate::MeasureKey;
use crate::gui::app::Command;
use crate::gui::chart;
use crate::gui::export::Scene;
use crate::gui::i18n::{Lang, T};
use crate::measure::Area;
use crate::present::ViewId;
use crate::present::gap::{GapModel, GapRow, GapSort};

/// The gap view and the order of its rows.
#[derive(Default)]
pub struct GapView {
    pub sort: GapSort,
}

/// The width of the bars' column (points).
const BARS_WIDTH: f32 = 260.0;

impl GapView {
    /// The pairs of `key` for the selection, of the chosen year.
    pub fn model(ctx: &Ctx<'_>, key: MeasureKey) -> Arc<GapModel> {
        let mut choice = super::compare::choice_of(ctx, key);
        // Both areas are what the view compares: an area chosen elsewhere does not apply.
        choice.area = crate::aggregate::AreaChoice::Both;
        ctx.data.store.gap(
            ctx.data.generation,
            ctx.analysis(),
            key,
            &ctx.selection,
            ctx.lang(),
            &choice,
        )
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let Some(key) = ctx.settings.measure else {
            ui.label(ctx.tr(T::NoData));
            return None;
        };
        let model = Self::model(ctx, key);
        let lang = ctx.lang();
        let mut command = super::measure_header_ui(ui, ctx, ViewId::Gap, key, &model.title, |ui| {
            ui.separator();
            ui.label(ctx.tr(T::SortBy));
            for (sort, label) in [
                (GapSort::Province, T::SortProvince),
                (GapSort::Difference, T::SortDifference),
                (GapSort::Ratio, T::SortRatio),
            ] {
                ui.selectable_value(&mut self.sort, sort, ctx.tr(label));
            }
            None
        });
        ui.label(RichText::new(ctx.tr(T::GapHint)).small().weak());
        if model.is_empty() {
            ui.add_space(12.0);
            ui.label(RichText::new(ctx.tr(T::NoGap)).size(15.0));
            return command;
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            if let Some(row) = rows_ui(ui, &model, self.sort, lang, true) {
                command = Some(Command::ShowEvidence {
                    province: row.province.clone(),
                    key,
                    mentions: row.mentions.clone(),
                });
            }
            unpaired_ui(ui, &model, lang);
        });
        command
    }
}

impl View for GapView {
    fn id(&self) -> ViewId {
        ViewId::Gap
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        GapView::ui(self, ui, ctx)
    }

    fn scene(&self, ctx: &Ctx<'_>, key: MeasureKey) -> Option<(Scene, egui::Vec2)> {
        let model = Self::model(ctx, key);
        let height = 140.0 + 28.0 * model.rows.len() as f32;
        Some((
            Scene::Gap((*model).clone(), self.sort),
            vec2(900.0, height.max(300.0)),
        ))
    }
}

/// Provinces with urban or rural figures but none of one year.
fn unpaired_ui(ui: &mut egui::Ui, model: &GapModel, lang: Lang) {
    if model.unpaired.is_empty() {
        return;
    }
    let names: Vec<String> = model.unpaired.iter().map(|p| lang.province(p)).collect();
    ui.add_space(6.0);
    ui.label(
        RichText::new(format!("{}: {}", lang.tr(T::GapUnpaired), names.join("、")))
            .small()
            .weak(),
    );
}

/// The rows as a grid: province (a button when `interactive`), year,
/// urban, rural, the two bars, difference, ratio. Returns the row clicked.
fn rows_ui<'m>(
    ui: &mut egui::Ui,
    model: &'m GapModel,
    sort: GapSort,
    lang: Lang,
    interactive: bool,
) -> Option<&'m GapRow> {
    let most = model
        .rows
        .iter()
        .map(|r| r.urban.max(r.rural))
        .fold(0.0f64, f64::max);
    let mut clicked = None;
    egui::Grid::new("gap_rows")
        .num_columns(7)
        .striped(true)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            for header in [
                T::Province,
                T::Year,
                T::Urban,
                T::Rural,
                T::Measure,
                T::Difference,
                T::RuralToUrban,
            ] {
                let text = if header == T::Measure {
                    String::new()
                } else {
                    lang.tr(header).to_owned()
                };
                ui.label(RichText::new(text).strong());
            }
            ui.end_row();
            for row in model.sorted(sort) {
                ui.horizontal(|ui| {
                    // The province's colour as a swatch: light hues do not read as text.
                    let (swatch, _) =
                        ui.allocate_exact_size(vec2(10.0, 10.0), egui::Sense::hover());
                    ui.painter()
                        .rect_filled(swatch, 2.0, chart::color(row.color));
                    if interactive {
                        let hover =
                            format!("{} · {}", row.documents.join("; "), lang.tr(T::Evidence));
                        if ui.button(&row.name).on_hover_text(hover).clicked() {
                            clicked = Some(row);
                        }
                    } else {
                        ui.label(RichText::new(&row.name).strong());
                    }
                });
                let year = row
                    .year
                    .map_or_else(|| lang.tr(T::YearUnknown).to_owned(), |y| y.to_string());
                ui.label(year);
                ui.label(&row.urban_label);
                ui.label(&row.rural_label);
                pair_bars_ui(ui, row, most);
                ui.label(&row.difference_label);
                ui.label(&row.ratio_label);
                ui.end_row();
            }
        });
    clicked
}

/// The urban bar over the rural one, on a scale shared by every row.
fn pair_bars_ui(ui: &mut egui::Ui, row: &GapRow, most: f64) {
    let (rect, _) = ui.allocate_exact_size(vec2(BARS_WIDTH, 18.0), egui::Sense::hover());
    let painter = ui.painter();
    let scale = |v: f64| (v / most.max(f64::MIN_POSITIVE)) as f32 * rect.width();
    for (i, (area, value)) in [(Area::Urban, row.urban), (Area::Rural, row.rural)]
        .into_iter()
        .enumerate()
    {
        let top = rect.top() + i as f32 * 9.0;
        let bar = egui::Rect::from_min_size(
            egui::pos2(rect.left(), top + 1.0),
            vec2(scale(value).max(1.0), 7.0),
        );
        painter.rect_filled(bar, 1.0, chart::area_color(area));
    }
}

/// The gap as exported: title, unit, the rows, a key of the areas, footnote.
pub fn export_scene_ui(
    ui: &mut egui::Ui,
    model: &GapModel,
    sort: GapSort,
    lang: Lang,
    footnote: &str,
) {
    chart::export_frame_ui(ui, &model.title, model.key, lang, footnote, |ui| {
        ui.add_space(6.0);
        rows_ui(ui, model, sort, lang, false);
        ui.horizontal(|ui| {
            for area in [Area::Urban, Area::Rural] {
                let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 2.0, chart::area_color(area));
                ui.label(lang.area(area));
                ui.add_space(8.0);
            }
        });
        unpaired_ui(ui, model, lang);
    });
}
