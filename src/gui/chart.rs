//! The comparison chart drawn: the `egui_plot` drawing of a
//! [`ChartModel`] (built in `present::chart`), used alike by the dashboard,
//! its small multiples and the offscreen PNG export; and the colours every
//! view paints with, the one place a [`Paint`] becomes a [`Color32`].

use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoint, Points, Text};

use crate::aggregate::MeasureKey;
use crate::measure::{Area, Kind, Qualifier};
pub use crate::present::chart::{
    ChartBar, ChartModel, measure_title, qualified_label, short_label, unit_label,
};
use crate::present::palette::{Hue, Paint};

use super::i18n::{Lang, T};

/// Province colours: a qualitative palette of twelve hues that stay apart
/// (one blue, one teal, one green…; no two closer than 60 in RGB), the rest
/// spread round the colour wheel: see [`color_of`].
pub const PALETTE: [Color32; 12] = [
    Color32::from_rgb(0x4e, 0x79, 0xa7), // blue
    Color32::from_rgb(0xe1, 0x57, 0x59), // red
    Color32::from_rgb(0x59, 0xa1, 0x4f), // green
    Color32::from_rgb(0xf2, 0x8e, 0x2b), // orange
    Color32::from_rgb(0xb0, 0x7a, 0xa1), // purple
    Color32::from_rgb(0x76, 0xb7, 0xb2), // teal
    Color32::from_rgb(0xed, 0xc9, 0x48), // yellow
    Color32::from_rgb(0xff, 0x9d, 0xa7), // pink
    Color32::from_rgb(0x9c, 0x75, 0x5f), // brown
    Color32::from_rgb(0x1f, 0x3b, 0x73), // navy
    Color32::from_rgb(0xa0, 0xa0, 0x20), // olive
    Color32::from_rgb(0x8c, 0x2d, 0x04), // rust
];

/// A province's colour, by its place in the fixed list of provinces: the
/// same in every view and export whatever else is selected.
pub fn color_of(province: &str) -> Color32 {
    color(Paint::province(province))
}

/// The colour of a mark as the models name it: a converted figure is lighter.
pub fn color(paint: Paint) -> Color32 {
    let base = match paint.hue {
        Hue::Province(index) => province_color(index),
        Hue::Area(area) => area_color(area),
    };
    if paint.faded {
        base.gamma_multiply(0.45)
    } else {
        base
    }
}

/// Colours of the areas when urban and rural bars are grouped.
pub fn area_color(area: Area) -> Color32 {
    match area {
        Area::Joint => Color32::from_rgb(0x9c, 0x75, 0x5f),
        Area::Urban => PALETTE[0],
        Area::Rural => PALETTE[2],
    }
}

/// The n-th colour: [`PALETTE`], then the palette again darker (half as
/// bright), then lighter (40% towards white, shifted by two hues so that no
/// light red falls beside the pink). The 34 provinces get 34 colours, no two
/// closer than 32 in RGB.
pub fn province_color(index: usize) -> Color32 {
    let cycle = index / PALETTE.len();
    let shift = if cycle >= 2 { 2 } else { 0 };
    let base = PALETTE[(index + shift) % PALETTE.len()];
    let [r, g, b, _] = base.to_array();
    let channel = |c: u8| -> u8 {
        let c = f32::from(c);
        match cycle {
            0 => c,
            1 => c * 0.5,
            _ => c + (255.0 - c) * 0.4,
        }
        .round() as u8
    };
    Color32::from_rgb(channel(r), channel(g), channel(b))
}

/// One bar as drawn.
/// Draw the bars; returns the index of a bar the user clicked.
pub fn plot_ui(
    ui: &mut egui::Ui,
    model: &ChartModel,
    lang: Lang,
    id: &str,
    height: f32,
    compact: bool,
) -> Option<usize> {
    let hover: Vec<String> = model
        .bars
        .iter()
        .map(|b| {
            let mut text = b.hover.clone();
            for (label, y) in &b.others {
                text.push_str(&format!(
                    "\n  {}: {}{}",
                    lang.tr(T::OtherFigures),
                    label,
                    y.map(|y| format!(" ({y})")).unwrap_or_default()
                ));
            }
            text
        })
        .collect();
    let max = model
        .bars
        .iter()
        .map(|b| b.value_max.unwrap_or(b.value))
        .fold(0.0f64, f64::max);
    let kind = model.key.kind;
    let label_size = value_label_size(ui, model, compact);
    // Where no label fits above an empty slot, its name under the axis says it.
    let axis_names: Vec<String> = model
        .axis
        .iter()
        .map(|(x, n)| {
            if label_size.is_none() && model.missing.contains(x) {
                format!("{n}\n{}", lang.tr(T::NoDataShort))
            } else {
                n.clone()
            }
        })
        .collect();
    let slots = model.axis.len().max(1);
    let years_fit =
        label_size.is_some_and(|size| year_labels_fit(ui, model, compact, size * YEAR_SCALE));
    // Room above the tallest bar for its label, in the plot's own units.
    let headroom = match label_size {
        Some(size) if years_fit => ((size * 4.0 + 8.0) / height.max(60.0)).min(0.5),
        Some(size) => ((size * 2.4 + 8.0) / height.max(60.0)).min(0.5),
        None => 0.06,
    };
    let top = if max > 0.0 {
        max / (1.0 - f64::from(headroom)) * 1.02
    } else {
        1.0
    };
    let plot = Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .show_grid([false, true])
        .include_y(0.0)
        .include_y(top)
        .include_x(-0.6)
        .include_x(slots as f64 - 0.4)
        .x_grid_spacer(|input| unit_grid(&input))
        // Province names under their bars: labels may stand closer than
        // egui_plot's default spacing for numbers (60 points) allows.
        .custom_x_axes(vec![
            egui_plot::AxisHints::new_x()
                .label_spacing(16.0..=24.0)
                .formatter(move |mark, _| {
                    let i = mark.value.round();
                    if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                        axis_names.get(i as usize).cloned().unwrap_or_default()
                    } else {
                        String::new()
                    }
                }),
        ])
        .y_axis_formatter(move |mark, _| axis_number(mark.value, kind, lang))
        .y_axis_min_width(if compact { 36.0 } else { 56.0 });
    let bars = model.bars.clone();
    let missing = model.missing.clone();
    let hover_in_plot = hover.clone();
    let no_data = lang.tr(T::NoDataShort);
    let response = plot.show(ui, move |plot_ui| {
        // A chosen province without a figure keeps its slot: a hollow box.
        for &x in &missing {
            let stroke = ui_text_color(plot_ui.ctx()).gamma_multiply(0.6);
            // Low, so that it never reads as a bar of some value.
            let h = top * 0.015;
            plot_ui.bar_chart(BarChart::new(
                "",
                vec![
                    Bar::new(x, h)
                        .fill(Color32::TRANSPARENT)
                        .stroke(egui::Stroke::new(1.0, stroke))
                        .width(0.6),
                ],
            ));
            // Where value labels do not fit, neither does this one (the
            // buttons under the chart say it).
            if label_size.is_some() {
                plot_ui.text(
                    Text::new(
                        "",
                        PlotPoint::new(x, h),
                        RichText::new(format!("{no_data}\n")),
                    )
                    .anchor(egui::Align2::CENTER_BOTTOM),
                );
            }
        }
        for (i, bar) in bars.iter().enumerate() {
            let x = bar.x;
            let chart = BarChart::new(
                bar.province.clone(),
                vec![
                    Bar::new(x, bar.value)
                        .fill(color(bar.color))
                        .width(bar.width)
                        .name(hover_in_plot[i].clone()),
                ],
            )
            .color(color(bar.color))
            .element_formatter(Box::new(|b, _| b.name.clone()));
            plot_ui.bar_chart(chart);
            let top = bar.value_max.unwrap_or(bar.value);
            if let Some(hi) = bar.value_max {
                // A whisker to the upper end of a range.
                let stroke_color = ui_text_color(plot_ui.ctx());
                plot_ui.line(
                    Line::new("", vec![[x, bar.value], [x, hi]])
                        .color(stroke_color)
                        .width(2.0),
                );
                plot_ui.line(
                    Line::new("", vec![[x - 0.12, hi], [x + 0.12, hi]])
                        .color(stroke_color)
                        .width(2.0),
                );
            }
            // ▲ at least, ◇ about, ▼ at most.
            let marker = match bar.qualifier {
                Qualifier::AtLeast => Some((egui_plot::MarkerShape::Up, 5.0, true)),
                Qualifier::About => Some((egui_plot::MarkerShape::Diamond, 4.0, false)),
                Qualifier::AtMost => Some((egui_plot::MarkerShape::Down, 5.0, true)),
                Qualifier::Exact => None,
            };
            if let Some((shape, radius, filled)) = marker {
                plot_ui.points(
                    Points::new("", vec![[x, top]])
                        .shape(shape)
                        .radius(radius)
                        .color(ui_text_color(plot_ui.ctx()))
                        .filled(filled),
                );
            }
            if let Some(size) = label_size {
                // The value, and under it (smaller) the year it is from.
                if years_fit {
                    plot_ui.text(
                        Text::new(
                            "",
                            PlotPoint::new(x, top),
                            RichText::new(format!("{}\n", bar.year_mark)).size(size * YEAR_SCALE),
                        )
                        .anchor(egui::Align2::CENTER_BOTTOM),
                    );
                }
                let lift = match years_fit {
                    true => "\n".repeat(2 + bar.year_mark.matches('\n').count()),
                    false => "\n".to_owned(),
                };
                plot_ui.text(
                    Text::new(
                        "",
                        PlotPoint::new(x, top),
                        RichText::new(format!("{}{lift}", bar.short)).size(size),
                    )
                    .anchor(egui::Align2::CENTER_BOTTOM),
                );
            }
        }
        plot_ui.pointer_coordinate()
    });
    // The bar under the pointer, found here: egui_plot's own hover is off
    // with both coordinate readouts hidden.
    let under = response.inner.and_then(|p| {
        model
            .bars
            .iter()
            .position(|b| (p.x - b.x).abs() <= b.width / 2.0 && p.y >= 0.0 && p.y <= b.value)
    });
    if let Some(i) = under {
        let clicked = response.response.clicked();
        response.response.on_hover_text(hover[i].clone());
        if clicked {
            return Some(i);
        }
    }
    None
}

fn ui_text_color(ctx: &egui::Context) -> Color32 {
    ctx.global_style().visuals.text_color()
}

/// Axis numbers: `35亿`, `57.6万`, `93.7%` (`3.5 bn`, `576,000` in English).
fn axis_number(v: f64, kind: Kind, lang: Lang) -> String {
    if v < 0.0 {
        return String::new();
    }
    if kind == Kind::Rate {
        format!("{}%", lang.number(v))
    } else {
        lang.number(v)
    }
}

/// The largest font size (13, 11 or 9 points; 10 or 9 for small multiples)
/// at which every bar's value label fits within its bar's slot, or `None`
/// when even the smallest would overlap its neighbours.
pub fn value_label_size(ui: &egui::Ui, model: &ChartModel, compact: bool) -> Option<f32> {
    // A bar's share of its province's slot (all of it when areas are not grouped).
    let slot = slot_width(ui, model, compact);
    let sizes: &[f32] = if compact {
        &[10.0, 9.0]
    } else {
        &[13.0, 11.0, 9.0]
    };
    let widest = |size: f32| {
        model
            .bars
            .iter()
            .map(|b| {
                ui.painter()
                    .layout_no_wrap(
                        b.short.clone(),
                        egui::FontId::proportional(size),
                        Color32::WHITE,
                    )
                    .size()
                    .x
            })
            .fold(0.0f32, f32::max)
    };
    sizes
        .iter()
        .copied()
        .find(|&size| labels_fit(widest(size), slot))
}

/// Grid marks at every whole number in view: one per slot of a chart whose
/// provinces (or rows) stand at 0, 1, 2, …
pub fn unit_grid(input: &egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    let (lo, hi) = input.bounds;
    (lo.ceil() as i64..=hi.floor() as i64)
        .map(|v| egui_plot::GridMark {
            value: v as f64,
            step_size: 1.0,
        })
        .collect()
}

/// Year labels are drawn this much smaller than value labels.
pub const YEAR_SCALE: f32 = 0.8;

/// Whether every bar's year label (`2023`, `年份不详`, `2023(折算)`) fits
/// within its bar's slot at `size` points; where they do not, the year is
/// left to the hover and the buttons under the chart.
pub fn year_labels_fit(ui: &egui::Ui, model: &ChartModel, compact: bool, size: f32) -> bool {
    let widest = model
        .bars
        .iter()
        .map(|b| {
            ui.painter()
                .layout_no_wrap(
                    b.year_mark.clone(),
                    egui::FontId::proportional(size),
                    Color32::WHITE,
                )
                .size()
                .x
        })
        .fold(0.0f32, f32::max);
    labels_fit(widest, slot_width(ui, model, compact))
}

/// The width of one bar's share of its province's slot (points).
fn slot_width(ui: &egui::Ui, model: &ChartModel, compact: bool) -> f32 {
    let slots = model.axis.len().max(1) as f32 + 0.2;
    let share = model.bars.first().map_or(1.0, |b| (b.width / 0.9) as f32);
    (ui.available_width() - if compact { 36.0 } else { 56.0 }) / slots * share
}

/// Whether labels of `widest` points fit side by side in slots of `slot` points.
pub fn labels_fit(widest: f32, slot: f32) -> bool {
    widest + 4.0 <= slot
}

/// The chart as exported: title, unit, bars, province legend and footnote.
pub fn export_scene_ui(ui: &mut egui::Ui, model: &ChartModel, lang: Lang, footnote: &str) {
    let footnote = with_note(&model.footnote_note(lang), footnote);
    export_frame_ui(ui, &model.title, model.key, lang, &footnote, |ui| {
        let legend_and_foot = 56.0;
        let height = (ui.available_height() - legend_and_foot).max(80.0);
        plot_ui(ui, model, lang, "export_plot", height, false);
        legend_ui(ui, model, lang);
    });
}

/// An exported picture: its title and the unit of `key` above what `body`
/// draws, the footnote under it.
pub fn export_frame_ui(
    ui: &mut egui::Ui,
    title: &str,
    key: MeasureKey,
    lang: Lang,
    footnote: &str,
    body: impl FnOnce(&mut egui::Ui),
) {
    ui.vertical(|ui| {
        ui.add_space(6.0);
        ui.label(RichText::new(title).size(20.0).strong());
        ui.label(RichText::new(unit_label(key, lang)).weak());
        body(ui);
        ui.label(RichText::new(footnote).small().weak());
    });
}

/// The footnote, led by a model's own `note` when it has one.
pub fn with_note(note: &str, footnote: &str) -> String {
    if note.is_empty() {
        footnote.to_owned()
    } else {
        format!("{note} · {footnote}")
    }
}

/// Colour keys for the provinces of a chart.
pub fn legend_ui(ui: &mut egui::Ui, model: &ChartModel, lang: Lang) {
    if model.grouped {
        area_legend_ui(ui, model, lang);
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for bar in &model.bars {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, color(bar.color));
            ui.label(&bar.name);
            ui.add_space(8.0);
        }
    });
}

/// One swatch per area drawn, when urban and rural bars stand side by side.
pub fn area_legend_ui(ui: &mut egui::Ui, model: &ChartModel, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        for area in Area::ALL {
            if !model.bars.iter().any(|b| b.area == area) {
                continue;
            }
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, area_color(area));
            let name = match area {
                Area::Joint => lang.tr(T::Area),
                area => lang.area(area),
            };
            ui.label(name);
            ui.add_space(8.0);
        }
    });
}
