//! 历年 Over the years: one measure, years along the x axis, a line per
//! province (its colour) and area (its dash), each point a figure with its
//! year, an earlier level of a change drawn as a diamond; hover a point for
//! its value and sources, click it for the evidence. Under the plot, every
//! point as a button (keyboard and screen-reader friendly). The model is
//! `present::trend`.

use std::sync::Arc;

use egui::RichText;
use egui_plot::{LineStyle, MarkerShape, Plot, Points};

use super::{Ctx, View};
use crate::aggregate::{AreaChoice, MeasureKey};
use crate::gui::app::Command;
use crate::gui::chart;
use crate::gui::export::Scene;
use crate::gui::i18n::{Lang, T};
use crate::present::ViewId;
use crate::present::palette::Dash;
use crate::present::trend::{TrendModel, TrendPoint};

/// The trend view (its models live in the shared store).
#[derive(Default)]
pub struct TrendView;

impl TrendView {
    /// The lines of `key` for the selection, of the area chosen and with the
    /// other period converted when asked (as in the compare view).
    pub fn model(ctx: &Ctx<'_>, key: MeasureKey) -> Arc<TrendModel> {
        let choice = super::compare::choice_of(ctx, key);
        ctx.data.store.trend(
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
        let mut command =
            super::measure_header_ui(ui, ctx, ViewId::Trend, key, &model.title, |ui| {
                area_picker_ui(ui, ctx, key)
            });
        ui.label(RichText::new(ctx.tr(T::TrendHint)).small().weak());
        if ctx.selection.is_empty() || model.is_empty() {
            ui.add_space(12.0);
            let message = if ctx.selection.is_empty() {
                T::NoProvinceSelected
            } else {
                T::NoTrend
            };
            ui.label(RichText::new(ctx.tr(message)).size(15.0));
            return command;
        }
        let height = (ui.available_height() - 120.0).max(220.0);
        if let Some((line, point)) = plot_ui(ui, &model, lang, "trend", height) {
            command = evidence(&model, line, point);
        }
        let note = model.footnote_note(lang);
        if !note.is_empty() {
            ui.label(RichText::new(note).small().weak());
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (l, line) in model.lines.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    swatch_ui(ui, line.color, line.dash);
                    ui.label(RichText::new(&line.name).strong());
                    for (p, point) in line.points.iter().enumerate() {
                        let text = format!("{} {}", point.year, point.label);
                        if ui.button(text).on_hover_text(&point.hover).clicked() {
                            command = evidence(&model, l, p);
                        }
                    }
                });
            }
        });
        command
    }
}

impl View for TrendView {
    fn id(&self) -> ViewId {
        ViewId::Trend
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        TrendView::ui(self, ui, ctx)
    }

    fn scene(&self, ctx: &Ctx<'_>, key: MeasureKey) -> Option<(Scene, egui::Vec2)> {
        let model = Self::model(ctx, key);
        Some((Scene::Trend((*model).clone()), egui::vec2(960.0, 600.0)))
    }
}

/// 全部 · 城市 · 农村, where the measure has both.
fn area_picker_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, key: MeasureKey) -> Option<Command> {
    let areas = crate::aggregate::areas(&ctx.analysis().measures, key);
    let both = areas.contains(&crate::measure::Area::Urban)
        && areas.contains(&crate::measure::Area::Rural);
    if !both {
        return None;
    }
    ui.separator();
    let mut area = ctx.settings.area;
    ui.selectable_value(&mut area, AreaChoice::Both, ctx.tr(T::AllAreas));
    ui.selectable_value(&mut area, AreaChoice::Urban, ctx.tr(T::Urban));
    ui.selectable_value(&mut area, AreaChoice::Rural, ctx.tr(T::Rural));
    (area != ctx.settings.area).then_some(Command::SetArea(area))
}

/// Show the evidence behind one point.
fn evidence(model: &TrendModel, line: usize, point: usize) -> Option<Command> {
    let line = model.lines.get(line)?;
    let point = line.points.get(point)?;
    Some(Command::ShowEvidence {
        province: line.province.clone(),
        key: model.key,
        mentions: point.mentions.clone(),
    })
}

fn line_style(dash: Dash) -> LineStyle {
    match dash {
        Dash::Solid => LineStyle::Solid,
        Dash::Dashed => LineStyle::Dashed { length: 10.0 },
        Dash::Dotted => LineStyle::Dotted { spacing: 6.0 },
    }
}

/// A short stroke in a line's colour and dash, for keys.
pub fn swatch_ui(ui: &mut egui::Ui, paint: crate::present::palette::Paint, dash: Dash) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(26.0, 12.0), egui::Sense::hover());
    let color = chart::color(paint);
    let stroke = egui::Stroke::new(2.5, color);
    let y = rect.center().y;
    let painter = ui.painter();
    match dash {
        Dash::Solid => {
            painter.line_segment(
                [egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
                stroke,
            );
        }
        Dash::Dashed | Dash::Dotted => {
            let (on, gap) = if dash == Dash::Dashed {
                (7.0, 4.0)
            } else {
                (2.0, 3.0)
            };
            let mut x = rect.left();
            while x < rect.right() {
                let end = (x + on).min(rect.right());
                painter.line_segment([egui::pos2(x, y), egui::pos2(end, y)], stroke);
                x = end + gap;
            }
        }
    }
}

/// The marker of a point: an earlier level a diamond, a level a circle;
/// hollow when only its document dates it.
fn marker(point: &TrendPoint) -> (MarkerShape, bool) {
    let shape = if point.before {
        MarkerShape::Diamond
    } else {
        MarkerShape::Circle
    };
    (shape, !point.dated_by_document)
}

/// Grid marks at every year, every fifth and every tenth: where the years
/// stand too close for a label each, every fifth (or tenth) is labelled.
fn year_grid(input: &egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    let (lo, hi) = input.bounds;
    (lo.ceil() as i64..=hi.floor() as i64)
        .map(|year| egui_plot::GridMark {
            value: year as f64,
            step_size: match year {
                y if y % 10 == 0 => 10.0,
                y if y % 5 == 0 => 5.0,
                _ => 1.0,
            },
        })
        .collect()
}

/// Draw the lines; returns the (line, point) clicked.
pub fn plot_ui(
    ui: &mut egui::Ui,
    model: &TrendModel,
    lang: Lang,
    id: &str,
    height: f32,
) -> Option<(usize, usize)> {
    let (lo, hi) = model.value_range();
    let first = model.years.first().copied().unwrap_or(2000);
    let last = model.years.last().copied().unwrap_or(first);
    let kind = model.key.kind;
    let plot = Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_x(f64::from(first) - 0.5)
        .include_x(f64::from(last) + 0.5)
        .include_y(0.0)
        .include_y(hi * 1.08 + f64::from(u8::from(hi <= lo)))
        .x_grid_spacer(|input| year_grid(&input))
        .y_grid_spacer(|input| chart::nice_grid(&input))
        // Years under their grid lines: labels may stand closer than
        // egui_plot's default spacing for numbers allows.
        .custom_x_axes(vec![
            egui_plot::AxisHints::new_x()
                .label_spacing(28.0..=40.0)
                .formatter(|mark, _| {
                    let year = mark.value.round();
                    if (mark.value - year).abs() < 1e-6 {
                        format!("{year}")
                    } else {
                        String::new()
                    }
                }),
        ])
        .y_axis_formatter(move |mark, _| {
            if mark.value < 0.0 {
                String::new()
            } else if kind == crate::measure::Kind::Rate {
                format!("{}%", lang.number(mark.value))
            } else {
                lang.number(mark.value)
            }
        })
        .y_axis_min_width(56.0);
    let lines = model.lines.clone();
    let response = plot.show(ui, move |plot_ui| {
        for line in &lines {
            let color = chart::color(line.color);
            let path: Vec<[f64; 2]> = line
                .on_line()
                .map(|p| [f64::from(p.year), p.value])
                .collect();
            if path.len() > 1 {
                plot_ui.line(
                    egui_plot::Line::new(line.name.clone(), path)
                        .color(color)
                        .width(2.0)
                        .style(line_style(line.dash)),
                );
            }
            for point in &line.points {
                let (shape, filled) = marker(point);
                let color = if point.converted {
                    color.gamma_multiply(0.45)
                } else {
                    color
                };
                plot_ui.points(
                    Points::new("", vec![[f64::from(point.year), point.value]])
                        .shape(shape)
                        .radius(if point.on_line { 5.0 } else { 3.5 })
                        .color(color)
                        .filled(filled),
                );
            }
        }
    });
    // The point nearest the pointer, within a few points of it: egui_plot's
    // own hover is off with both coordinate readouts hidden.
    let pointer = response.response.hover_pos()?;
    let transform = response.transform;
    let mut nearest: Option<(f32, usize, usize)> = None;
    for (l, line) in model.lines.iter().enumerate() {
        for (p, point) in line.points.iter().enumerate() {
            let at = transform.position_from_point(&egui_plot::PlotPoint::new(
                f64::from(point.year),
                point.value,
            ));
            let distance = at.distance(pointer);
            if distance <= 10.0 && nearest.is_none_or(|(d, _, _)| distance < d) {
                nearest = Some((distance, l, p));
            }
        }
    }
    let (_, l, p) = nearest?;
    let clicked = response.response.clicked();
    response
        .response
        .on_hover_text(model.lines[l].points[p].hover.clone());
    clicked.then_some((l, p))
}

/// The trend as exported: title, unit, lines, a key of the lines, footnote.
pub fn export_scene_ui(ui: &mut egui::Ui, model: &TrendModel, lang: Lang, footnote: &str) {
    let footnote = chart::with_note(&model.footnote_note(lang), footnote);
    chart::export_frame_ui(ui, &model.title, model.key, lang, &footnote, |ui| {
        let key_and_foot = 30.0 + 22.0 * (model.lines.len() as f32 / 6.0).ceil();
        let height = (ui.available_height() - key_and_foot).max(80.0);
        plot_ui(ui, model, lang, "export_trend", height);
        ui.horizontal_wrapped(|ui| {
            for line in &model.lines {
                swatch_ui(ui, line.color, line.dash);
                ui.label(&line.name);
                ui.add_space(8.0);
            }
        });
    });
}
