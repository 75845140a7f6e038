//! The comparison chart drawn: a [`ChartModel`] (built in
//! `present::chart`) as rows of horizontal bars, one row a province, laid
//! out as data ([`layout_rows`]: every name, bar, label and tick with its
//! box) and then painted, alike by the dashboard, its small multiples and
//! the offscreen PNG export; the legend of the marks drawn; and the colours
//! every view paints with, the one place a [`Paint`] becomes a [`Color32`].

mod legend;
mod rows;

use std::collections::BTreeSet;
use std::sync::Arc;

use egui::{Color32, Pos2, Rect, RichText, Sense, Stroke, Vec2, pos2, vec2};

use crate::aggregate::MeasureKey;
use crate::measure::{Area, Kind, Qualifier};
pub use crate::present::chart::{
    ChartBar, ChartModel, measure_title, qualified_label, short_label, unit_label,
};
use crate::present::palette::{Hue, Paint};

use super::i18n::{Lang, T};

use legend::converted_fill;
pub use legend::{
    LegendLayout, Mark, layout_legend, legend_entries, legend_text, legend_ui, marks_of,
    paint_legend,
};
use rows::marker_shape;
pub use rows::{
    Placed, PlacedBar, RowOptions, RowOrder, RowsLayout, bar_fill, comfortable_height,
    comfortable_row, layout_rows, missing_line, missing_names, paint_rows, row_count,
    rows_overhead, rows_ui, value_text,
};

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

/// Type sizes of a chart, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TypeSizes {
    pub title: f32,
    /// Province names, the legend.
    pub body: f32,
    /// Labels at the bars' ends, ticks, the footnote.
    pub small: f32,
}

/// No text of a chart is drawn smaller than this (points).
pub const MIN_TYPE: f32 = 7.5;

impl TypeSizes {
    /// The dashboard's charts.
    pub const SCREEN: Self = Self {
        title: 20.0,
        body: 13.0,
        small: 11.0,
    };
    /// One small multiple.
    pub const MULTIPLE: Self = Self {
        title: 13.0,
        body: 11.0,
        small: 9.5,
    };

    /// Sizes for an exported page of `page` points: those of the dashboard
    /// on a 1200×800 page, scaled with the page (between 0.8 and 2 times).
    pub fn for_page(page: Vec2) -> Self {
        let k = (page.x / 1200.0).min(page.y / 800.0).clamp(0.8, 2.0);
        Self {
            title: 20.0 * k,
            body: 13.0 * k,
            small: 11.0 * k,
        }
    }

    /// The same sizes, `k` times.
    #[must_use]
    pub fn times(self, k: f32) -> Self {
        Self {
            title: (self.title * k).max(MIN_TYPE),
            body: (self.body * k).max(MIN_TYPE),
            small: (self.small * k).max(MIN_TYPE),
        }
    }
}

/// The height of a line of text of `size` points.
pub fn line(size: f32) -> f32 {
    size * 1.3
}

/// Measures a text: its size at a type size (points).
pub type Measure<'a> = &'a dyn Fn(&str, f32) -> Vec2;

/// The text measure of `ui`'s fonts.
pub fn measure_of(ui: &egui::Ui) -> impl Fn(&str, f32) -> Vec2 + use<> {
    let painter = ui.painter().clone();
    move |text: &str, size: f32| {
        painter
            .layout_no_wrap(
                text.to_owned(),
                egui::FontId::proportional(size),
                Color32::WHITE,
            )
            .size()
    }
}

/// At most `most` numbers from 0 up to `top`, a step of 1, 2, 2.5 or 5
/// times a power of ten apart.
pub fn nice_ticks(top: f64, most: usize) -> Vec<f64> {
    if !top.is_finite() || top <= 0.0 || most < 2 {
        return vec![0.0];
    }
    let raw = top / (most - 1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|step| ((top / step).floor() as usize) < most)
        .unwrap_or(10.0 * magnitude);
    let count = (top / step + 1e-9).floor() as usize;
    (0..=count).map(|i| i as f64 * step).collect()
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

/// Grid marks of a value axis from 0: at most eight round numbers (see
/// [`nice_ticks`]), for the `egui_plot` charts.
pub fn nice_grid(input: &egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    let (lo, hi) = input.bounds;
    let ticks = nice_ticks(hi, 8);
    let step = ticks.get(1).copied().unwrap_or(hi.max(1.0));
    ticks
        .into_iter()
        .filter(|v| *v >= lo)
        .map(|value| egui_plot::GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// Axis numbers: `35亿`, `57.6万`, `93.7%` (`3.5 bn`, `576,000` in English).
pub fn axis_number(v: f64, kind: Kind, lang: Lang) -> String {
    if v < 0.0 {
        return String::new();
    }
    if kind == Kind::Rate {
        format!("{}%", lang.number(v))
    } else {
        lang.number(v)
    }
}

/// `已排除 2 个数据` when the user left figures out of the chart.
pub fn excluded_note(model: &ChartModel, lang: Lang) -> String {
    if model.excluded == 0 {
        return String::new();
    }
    lang.figures_note(T::ExcludedWord, model.excluded)
}

/// A text of `size` points wrapped at `width`: its galley.
fn wrapped(ui: &egui::Ui, text: &str, size: f32, width: f32, colour: Color32) -> Arc<egui::Galley> {
    ui.painter().layout(
        text.to_owned(),
        egui::FontId::proportional(size),
        colour,
        width,
    )
}

/// The chart as exported: title, rows, legend of the marks drawn, the
/// provinces without data, footnote; every size from the page's.
pub fn export_scene_ui(
    ui: &mut egui::Ui,
    model: &ChartModel,
    options: RowOptions,
    lang: Lang,
    footnote: &str,
) {
    let page = ui.available_rect_before_wrap();
    let ty = TypeSizes::for_page(page.size() + vec2(16.0, 16.0));
    let visuals = ui.visuals().clone();
    let text = visuals.text_color();
    let weak = text.gamma_multiply(0.75);
    let width = page.width();
    // The title, and after it (smaller) the unit.
    let mut job = egui::text::LayoutJob::default();
    job.append(
        &model.title,
        0.0,
        egui::TextFormat {
            font_id: egui::FontId::proportional(ty.title),
            color: visuals.strong_text_color(),
            ..Default::default()
        },
    );
    job.append(
        &format!("  {}", unit_label(model.key, lang)),
        0.0,
        egui::TextFormat {
            font_id: egui::FontId::proportional(ty.body),
            color: weak,
            valign: egui::Align::BOTTOM,
            ..Default::default()
        },
    );
    job.wrap.max_width = width;
    let title = ui.painter().layout_job(job);
    let footnote = with_note(&excluded_note(model, lang), footnote);
    let foot = wrapped(ui, &footnote, ty.small, width, weak);
    let missing = if options.empty_rows {
        String::new()
    } else {
        missing_line(&missing_names(model), lang)
    };
    let missing = wrapped(ui, &missing, ty.small, width, text);
    let marks = marks_of(model, options);
    let entries = legend_entries(&marks, model, lang);
    let measure = measure_of(ui);
    let legend_height = layout_legend(&entries, page.min, width, ty.body, &measure).height;
    let spacing = ty.small * 0.6;
    let rows_top = page.top() + title.size().y + spacing;
    let bottom = page.bottom()
        - foot.size().y
        - spacing
        - legend_height
        - spacing
        - if missing.is_empty() {
            0.0
        } else {
            missing.size().y + spacing
        };
    let rows_rect = Rect::from_min_max(
        pos2(page.left(), rows_top),
        pos2(page.right(), bottom.max(rows_top + 40.0)),
    );
    let layout = layout_rows(model, options, lang, ty, rows_rect, &measure);
    let painter = ui.painter().clone();
    painter.galley(page.min, title, text);
    paint_rows(&painter, &layout, &visuals);
    let mut y = layout.used.bottom() + spacing;
    let legend = layout_legend(&entries, pos2(page.left(), y), width, ty.body, &measure);
    paint_legend(&painter, &legend, &visuals, converted_fill(model));
    y += legend.height + spacing;
    if !missing.is_empty() {
        let h = missing.size().y;
        painter.galley(pos2(page.left(), y), missing, text);
        y += h + spacing;
    }
    painter.galley(pos2(page.left(), y), foot, weak);
    ui.allocate_rect(page, Sense::hover());
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
