//! 总览 Overview: one small chart per measure, the same provinces in the same
//! colours, with one colour key for all of them above. Also the picture of
//! it that `导出 PNG…` writes.

use std::sync::Arc;

use egui::RichText;

use super::Ctx;
use crate::gui::app::Command;
use crate::gui::chart::{self, ChartModel, RowOptions, TypeSizes};
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

/// The size of the exported picture of `models`: three columns, each
/// panel as tall as its rows need, so that no panel is cut.
pub fn export_size(models: &[ChartModel]) -> egui::Vec2 {
    let ty = TypeSizes::MULTIPLE;
    let panels: f32 = models
        .chunks(3)
        .map(|row| {
            row.iter()
                .map(|m| panel_height(m, ty))
                .fold(0.0f32, f32::max)
                + panel_title_height()
                + SPACING
        })
        .sum();
    egui::vec2(1000.0, 160.0 + panels.max(200.0))
}

/// The height of a small multiple's title line.
fn panel_title_height() -> f32 {
    chart::line(TypeSizes::MULTIPLE.title) + 12.0
}

/// The height of one small multiple's rows at `ty`.
pub fn panel_height(model: &ChartModel, ty: TypeSizes) -> f32 {
    let (rows, _) = chart::row_count(model, RowOptions::default());
    rows.max(1) as f32 * row_height(ty) + chart::rows_overhead(ty)
}

/// A small multiple's row: one line of labels (pairs share it).
fn row_height(ty: TypeSizes) -> f32 {
    chart::line(ty.body) + 2.0
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
        let marks = models
            .iter()
            .flat_map(|m| chart::marks_of(m, RowOptions::default()))
            .collect();
        if let Some(first) = models.first() {
            chart::legend_ui(ui, &marks, first, lang, TypeSizes::SCREEN.small);
        }
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

/// One small multiple: its title (a link to the comparison), a PNG button and the rows.
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
    let ty = TypeSizes::MULTIPLE;
    let height = panel_height(model, ty);
    if let Some(i) = chart::rows_ui(ui, model, RowOptions::default(), lang, ty, height, true) {
        command = super::compare::evidence(model, i);
    }
    command
}

/// The small multiples as exported: a title, one legend of every mark the
/// panels draw, the panels (each with its title and both axes named,
/// shrunk together so that the last row of panels fits the page), footnote.
pub fn multiples_scene_ui(ui: &mut egui::Ui, models: &[ChartModel], lang: Lang, footnote: &str) {
    let page = ui.available_size() + egui::vec2(16.0, 16.0);
    let page_type = TypeSizes::for_page(page);
    ui.label(
        RichText::new(lang.tr(T::SmallMultiples))
            .size(page_type.title)
            .strong(),
    );
    let marks: std::collections::BTreeSet<_> = models
        .iter()
        .flat_map(|m| chart::marks_of(m, RowOptions::default()))
        .collect();
    if let Some(first) = models.first() {
        chart::legend_ui(ui, &marks, first, lang, page_type.small);
    }
    let note = format!("{} · {footnote}", lang.tr(T::OnlyRowsWithData));
    let foot_height = ui
        .painter()
        .layout(
            note.clone(),
            egui::FontId::proportional(page_type.small),
            egui::Color32::WHITE,
            ui.available_width(),
        )
        .size()
        .y
        + 8.0;
    let (n, width) = columns(ui.available_width());
    // Shrink every panel alike until the grid fits above the footnote.
    let room = ui.available_height() - foot_height;
    let title_height = panel_title_height();
    let needed = |ty: TypeSizes| -> f32 {
        models
            .chunks(n)
            .map(|row| {
                row.iter()
                    .map(|m| panel_height(m, ty))
                    .fold(0.0f32, f32::max)
                    + title_height
                    + SPACING
            })
            .sum()
    };
    let full = needed(TypeSizes::MULTIPLE);
    let ty = if full > room && full > 0.0 {
        TypeSizes::MULTIPLE.times((room / full).max(0.5))
    } else {
        TypeSizes::MULTIPLE
    };
    for row in models.chunks(n) {
        let height = row
            .iter()
            .map(|m| panel_height(m, ty))
            .fold(0.0f32, f32::max);
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = 0.0;
            for (i, model) in row.iter().enumerate() {
                if i > 0 {
                    ui.add_space(SPACING);
                }
                ui.allocate_ui(egui::vec2(width, height + title_height), |ui| {
                    ui.set_width(width);
                    ui.vertical(|ui| {
                        ui.add(
                            egui::Label::new(RichText::new(&model.title).strong().size(ty.title))
                                .truncate(),
                        );
                        chart::rows_ui(ui, model, RowOptions::default(), lang, ty, height, false);
                    });
                });
            }
        });
        ui.add_space(SPACING);
    }
    ui.label(RichText::new(note).size(page_type.small).weak());
}

impl super::View for OverviewView {
    fn id(&self) -> crate::present::ViewId {
        crate::present::ViewId::Overview
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        OverviewView::ui(self, ui, ctx)
    }
}
