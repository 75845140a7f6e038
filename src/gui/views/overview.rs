//! 总览 Overview: one small chart per measure, the same provinces in the same
//! colours, with one colour key for all of them above. Also the picture of
//! it that `导出 PNG…` writes.

use std::sync::Arc;

use egui::RichText;

use super::Ctx;
use crate::gui::app::Command;
use crate::gui::chart::{self, ChartModel};
use crate::gui::export::Target;
use crate::gui::i18n::{Lang, T};
pub use crate::present::overview::models;

/// Width of one small multiple, at least (points).
const MIN_COLUMN: f32 = 300.0;
const SPACING: f32 = 12.0;

/// The overview (its charts live in the shared store).
#[derive(Default)]
pub struct OverviewView;

/// How many columns fit in `width`, and how wide each is.
pub fn columns(width: f32) -> (usize, f32) {
    let n = (((width + SPACING) / (MIN_COLUMN + SPACING)).floor() as usize).clamp(1, 4);
    let column = (width - SPACING * (n as f32 - 1.0)) / n as f32;
    (n, column.max(120.0))
}

/// The size of the exported picture for `charts` small multiples.
pub fn export_size(charts: usize) -> egui::Vec2 {
    let rows = charts.div_ceil(3).max(1) as f32;
    egui::vec2(1000.0, 110.0 + rows * 200.0)
}

impl OverviewView {
    fn models(ctx: &Ctx<'_>) -> Arc<Vec<ChartModel>> {
        ctx.data.store.multiples(
            ctx.data.generation,
            ctx.analysis(),
            &ctx.data.keys,
            &ctx.selection,
            ctx.lang(),
            &ctx.settings.excluded_here(),
        )
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let models = Self::models(ctx);
        let lang = ctx.lang();
        let mut command = None;
        ui.horizontal(|ui| {
            ui.heading(ctx.tr(T::SmallMultiples));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(ctx.tr(T::ExportPng)).clicked() {
                    command = Some(Command::Export(Target::Overview));
                }
            });
        });
        if ctx.selection.is_empty() {
            ui.label(ctx.tr(T::NoProvinceSelected));
            return command;
        }
        let key: Vec<(String, egui::Color32)> = (ctx.selection.iter())
            .map(|p| (p.clone(), chart::color_of(p)))
            .collect();
        province_key_ui(ui, &key, lang);
        egui::ScrollArea::vertical().show(ui, |ui| {
            // Leave room for the scroll bar so the last column is never cut.
            let (n, width) = columns(ui.available_width() - 16.0);
            egui::Grid::new("multiples")
                .num_columns(n)
                .spacing([SPACING, SPACING])
                .min_col_width(width)
                .max_col_width(width)
                .show(ui, |ui| {
                    for (i, model) in models.iter().enumerate() {
                        ui.vertical(|ui| {
                            ui.set_width(width);
                            command = multiple_ui(ui, model, lang).or(command.take());
                        });
                        if (i + 1) % n == 0 {
                            ui.end_row();
                        }
                    }
                });
        });
        command
    }
}

/// One small multiple: its title (a link to the comparison), a PNG button and the bars.
fn multiple_ui(ui: &mut egui::Ui, model: &ChartModel, lang: Lang) -> Option<Command> {
    let mut command = None;
    ui.horizontal(|ui| {
        if ui
            .small_button("PNG…")
            .on_hover_text(lang.tr(T::ExportPng))
            .clicked()
        {
            command = Some(Command::Export(Target::Chart(model.key)));
        }
        // Truncated, so a long (English) title never widens its column.
        let link = RichText::new(&model.title)
            .strong()
            .color(ui.visuals().hyperlink_color);
        let title = egui::Label::new(link)
            .truncate()
            .sense(egui::Sense::click());
        let response = ui.add(title).on_hover_text(&model.title);
        if response.clicked() {
            command = Some(Command::CompareOn {
                province: None,
                key: model.key,
            });
        }
    });
    let id = format!("multiple_{}", model.key.code());
    if let Some(i) = chart::plot_ui(ui, model, lang, &id, 150.0, true) {
        command = super::compare::evidence(model, i);
    }
    command
}

/// One colour key for every small multiple: the province names, in their colours.
pub fn province_key_ui(ui: &mut egui::Ui, provinces: &[(String, egui::Color32)], lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        for (province, color) in provinces {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, *color);
            ui.label(lang.province(province));
            ui.add_space(6.0);
        }
    });
    ui.add_space(4.0);
}

/// The small multiples as exported: key, charts, footnote.
pub fn multiples_scene_ui(ui: &mut egui::Ui, models: &[ChartModel], lang: Lang, footnote: &str) {
    let mut provinces: Vec<(String, egui::Color32)> = Vec::new();
    for bar in models.iter().flat_map(|m| &m.bars) {
        if !provinces.iter().any(|(p, _)| *p == bar.province) {
            provinces.push((bar.province.clone(), chart::color(bar.color)));
        }
    }
    let order = |p: &str| crate::measure::PROVINCES.iter().position(|q| *q == p);
    provinces.sort_by_key(|(p, _)| order(p));
    province_key_ui(ui, &provinces, lang);
    let (n, width) = columns(ui.available_width());
    egui::Grid::new("multiples")
        .num_columns(n)
        .spacing([SPACING, SPACING])
        .min_col_width(width)
        .max_col_width(width)
        .show(ui, |ui| {
            for (i, model) in models.iter().enumerate() {
                ui.vertical(|ui| {
                    ui.set_width(width);
                    ui.add(egui::Label::new(RichText::new(&model.title).strong()).truncate());
                    chart::plot_ui(ui, model, lang, &format!("m{i}"), 150.0, true);
                });
                if (i + 1) % n == 0 {
                    ui.end_row();
                }
            }
        });
    ui.label(RichText::new(footnote).small().weak());
}

impl super::View for OverviewView {
    fn id(&self) -> crate::present::ViewId {
        crate::present::ViewId::Overview
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        OverviewView::ui(self, ui, ctx)
    }
}
