//! 地图 Map: every province-level division as a square in its rough place
//! (the layout is `assets/tilemap.tsv`), coloured by the chosen measure,
//! hollow where there is no figure; hover for the value, click for the
//! quotes. Also the picture of it that `导出 PNG…` writes.

use std::sync::Arc;

use egui::{Color32, Pos2, Rect, RichText, Sense, Stroke, vec2};

use super::Ctx;
use crate::aggregate::MeasureKey;
use crate::gui::app::Command;
use crate::gui::chart::{self, ChartModel};
use crate::gui::export::Target;
use crate::gui::i18n::{Lang, T};
pub use crate::present::map::{TILES, map_model};

/// The map (its models live in the shared store).
#[derive(Default)]
pub struct MapView;

/// Every province's figure of `key`, the excluded figures left out.
pub fn model_of(ctx: &Ctx<'_>, key: MeasureKey) -> Arc<ChartModel> {
    ctx.data.store.map(
        ctx.data.generation,
        ctx.analysis(),
        key,
        ctx.lang(),
        &ctx.settings.excluded_here(),
    )
}

impl MapView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let Some(key) = ctx.settings.measure else {
            ui.label(ctx.tr(T::NoData));
            return None;
        };
        let lang = ctx.lang();
        let model = model_of(ctx, key);
        let mut command = None;
        ui.horizontal(|ui| {
            ui.heading(&model.title);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(ctx.tr(T::ExportPng)).clicked() {
                    command = Some(Command::Export(Target::Map(key)));
                }
            });
        });
        tiles_ui(ui, &model, lang, true).or(command)
    }
}

/// A name's font size: smaller for long (English) names, measured so that
/// they fit inside their tile.
fn name_size(ui: &egui::Ui, tile: f32, name: &str) -> f32 {
    let size = (tile * 0.2).clamp(9.0, 15.0);
    let width = ui
        .painter()
        .layout_no_wrap(
            name.to_owned(),
            egui::FontId::proportional(size),
            Color32::WHITE,
        )
        .size()
        .x;
    let room = tile - 10.0;
    if width > room && width > 0.0 {
        (size * room / width).max(6.0)
    } else {
        size
    }
}

/// Draw the tile map; returns the evidence of a province the user clicked.
pub fn tiles_ui(
    ui: &mut egui::Ui,
    model: &ChartModel,
    lang: Lang,
    interactive: bool,
) -> Option<Command> {
    let rows = TILES.values().map(|(r, _)| *r).max().unwrap_or(0) + 1;
    let cols = TILES.values().map(|(_, c)| *c).max().unwrap_or(0) + 1;
    let legend_width = 150.0;
    let available = ui.available_size();
    let tile = ((available.x - legend_width) / cols as f32)
        .min((available.y - 10.0) / rows as f32)
        .clamp(28.0, 90.0);
    let (rect, _) = ui.allocate_exact_size(
        vec2(tile * cols as f32 + legend_width, tile * rows as f32),
        Sense::hover(),
    );
    let max = model.bars.iter().map(|b| b.value).fold(0.0f64, f64::max);
    let min = model
        .bars
        .iter()
        .map(|b| b.value)
        .fold(f64::INFINITY, f64::min);
    let strength = |v: f64| {
        if max > min {
            ((v - min) / (max - min)) as f32
        } else {
            1.0
        }
    };
    let text_color = ui.visuals().text_color();
    let mut pick = None;
    for (province, (row, col)) in TILES.iter() {
        let min_corner = rect.min + vec2(*col as f32 * tile, *row as f32 * tile);
        let cell = Rect::from_min_size(min_corner, vec2(tile, tile)).shrink(2.0);
        let response = ui.interact(
            cell,
            ui.scope_id().with(("tile", province)),
            if interactive {
                Sense::click()
            } else {
                Sense::hover()
            },
        );
        let bar = model.bars.iter().find(|b| b.province == *province);
        let shown = lang.province(province);
        let name = match bar {
            Some(bar) => format!("{shown}: {}", bar.label),
            None => format!("{shown}: {}", lang.tr(T::NoDataShort)),
        };
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, interactive, name.clone())
        });
        let painter = ui.painter();
        match bar {
            Some(bar) => {
                let s = 0.2 + 0.8 * strength(bar.value);
                painter.rect_filled(cell, 4.0, map_color(s));
                let fg = if s > 0.55 {
                    Color32::WHITE
                } else {
                    Color32::BLACK
                };
                painter.text(
                    cell.center() - vec2(0.0, tile * 0.14),
                    egui::Align2::CENTER_CENTER,
                    &shown,
                    egui::FontId::proportional(name_size(ui, tile, &shown)),
                    fg,
                );
                painter.text(
                    cell.center() + vec2(0.0, tile * 0.18),
                    egui::Align2::CENTER_CENTER,
                    lang.number(bar.value),
                    egui::FontId::proportional((tile * 0.16).clamp(8.0, 13.0)),
                    fg,
                );
                if interactive {
                    let hover = format!(
                        "{}: {} · {} {}",
                        shown,
                        bar.label,
                        bar.mentions.len(),
                        lang.tr(T::Sources)
                    );
                    let response = response.on_hover_text(hover);
                    if response.clicked() {
                        pick = Some(Command::ShowEvidence {
                            province: (*province).to_owned(),
                            key: model.key,
                            mentions: bar.mentions.clone(),
                        });
                    }
                }
            }
            None => {
                // No data: drawn hollow.
                painter.rect_stroke(
                    cell,
                    4.0,
                    Stroke::new(1.0, ui.visuals().weak_text_color()),
                    egui::StrokeKind::Inside,
                );
                painter.text(
                    cell.center(),
                    egui::Align2::CENTER_CENTER,
                    &shown,
                    egui::FontId::proportional(name_size(ui, tile, &shown)),
                    ui.visuals().weak_text_color(),
                );
            }
        }
    }
    // Legend: the colour scale from the smallest to the largest value.
    let legend = Rect::from_min_size(
        Pos2::new(rect.min.x + tile * cols as f32 + 20.0, rect.min.y + 10.0),
        vec2(24.0, tile * 3.0),
    );
    let painter = ui.painter();
    let steps = 20;
    for i in 0..steps {
        let t = i as f32 / (steps - 1) as f32;
        let y = legend.max.y - t * legend.height();
        painter.rect_filled(
            Rect::from_min_max(
                Pos2::new(legend.min.x, y - legend.height() / steps as f32 - 1.0),
                Pos2::new(legend.max.x, y),
            ),
            0.0,
            map_color(0.2 + 0.8 * t),
        );
    }
    if max.is_finite() && max > 0.0 {
        let unit = chart::unit_label(model.key, lang);
        let unit = if lang == Lang::En {
            format!(" {unit}")
        } else {
            unit
        };
        painter.text(
            legend.right_top() + vec2(6.0, 0.0),
            egui::Align2::LEFT_TOP,
            format!("{}{unit}", lang.number(max)),
            egui::FontId::proportional(12.0),
            text_color,
        );
        painter.text(
            legend.right_bottom() + vec2(6.0, 0.0),
            egui::Align2::LEFT_BOTTOM,
            format!("{}{unit}", lang.number(min)),
            egui::FontId::proportional(12.0),
            text_color,
        );
    }
    let hollow = Rect::from_min_size(legend.left_bottom() + vec2(0.0, 16.0), vec2(24.0, 16.0));
    painter.rect_stroke(
        hollow,
        3.0,
        Stroke::new(1.0, ui.visuals().weak_text_color()),
        egui::StrokeKind::Inside,
    );
    painter.text(
        hollow.right_center() + vec2(6.0, 0.0),
        egui::Align2::LEFT_CENTER,
        lang.tr(T::NoDataShort),
        egui::FontId::proportional(12.0),
        text_color,
    );
    pick
}

fn map_color(strength: f32) -> Color32 {
    let light = [0xfe, 0xe8, 0xc8];
    let dark = [0xb3, 0x00, 0x00];
    let mix = |a: u8, b: u8| {
        (f32::from(a) + (f32::from(b) - f32::from(a)) * strength.clamp(0.0, 1.0)).round() as u8
    };
    Color32::from_rgb(
        mix(light[0], dark[0]),
        mix(light[1], dark[1]),
        mix(light[2], dark[2]),
    )
}

/// The map as exported: title, map and footnote.
pub fn export_scene_ui(ui: &mut egui::Ui, model: &ChartModel, lang: Lang, footnote: &str) {
    ui.label(RichText::new(&model.title).size(20.0).strong());
    let mut inner = ui.available_size();
    inner.y -= 24.0;
    ui.allocate_ui(inner, |ui| {
        tiles_ui(ui, model, lang, false);
    });
    ui.label(RichText::new(footnote).small().weak());
}

impl super::View for MapView {
    fn id(&self) -> crate::present::ViewId {
        crate::present::ViewId::Map
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        MapView::ui(self, ui, ctx)
    }

    fn scene(
        &self,
        ctx: &Ctx<'_>,
        key: MeasureKey,
    ) -> Option<(crate::gui::export::Scene, egui::Vec2)> {
        let model = model_of(ctx, key);
        Some((
            crate::gui::export::Scene::Map((*model).clone()),
            egui::vec2(900.0, 760.0),
        ))
    }
}
