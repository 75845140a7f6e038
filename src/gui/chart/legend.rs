//! The legend of a chart: the marks its bars are drawn with, what each
//! says, and its layout and painting.

#[allow(clippy::wildcard_imports)]
use super::*;

/// A kind of mark a chart draws; the legend explains each one drawn, and
/// only those.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    /// A bar of a joint figure (urban and rural together).
    Joint,
    Urban,
    Rural,
    /// ▶ at the end of a bar: at least this much.
    AtLeast,
    /// ◀: at most.
    AtMost,
    /// ◇: about.
    About,
    /// A whisker from the lower to the upper end of a range.
    Range,
    /// A lighter bar: converted from the other period.
    Converted,
    /// A lighter bar named by its place: one place's figure, the province
    /// having none of its own.
    Local,
    /// `*` after a year: not the year of most bars.
    OtherYear,
    /// ⚠ before a value: far from the other provinces' median.
    Suspicious,
    /// A hollow box: a chosen province without a figure, keeping its row.
    NoData,
}

impl Mark {
    /// The mark of a bar's side.
    pub fn side(area: Area) -> Self {
        match area {
            Area::Joint => Self::Joint,
            Area::Urban => Self::Urban,
            Area::Rural => Self::Rural,
        }
    }

    /// The mark of a qualifier (`None` for an exact figure).
    pub fn qualifier(qualifier: Qualifier) -> Option<Self> {
        match qualifier {
            Qualifier::Exact => None,
            Qualifier::AtLeast => Some(Self::AtLeast),
            Qualifier::AtMost => Some(Self::AtMost),
            Qualifier::About => Some(Self::About),
        }
    }
}

/// Every mark the bars of `model` are drawn with, as `options` draw them.
pub fn marks_of(model: &ChartModel, options: RowOptions) -> BTreeSet<Mark> {
    let mut marks = BTreeSet::new();
    for bar in &model.bars {
        marks.insert(Mark::side(bar.area));
        marks.extend(Mark::qualifier(bar.qualifier));
        if bar.value_max.is_some() {
            marks.insert(Mark::Range);
        }
        if bar.converted {
            marks.insert(Mark::Converted);
        }
        if !bar.place.is_empty() {
            marks.insert(Mark::Local);
        }
        if bar.year_label.ends_with('*') {
            marks.insert(Mark::OtherYear);
        }
        if bar.suspicious {
            marks.insert(Mark::Suspicious);
        }
    }
    if options.empty_rows && !model.missing.is_empty() {
        marks.insert(Mark::NoData);
    }
    marks
}

/// What a legend entry says of a mark.
pub fn legend_text(mark: Mark, model: &ChartModel, lang: Lang) -> String {
    match mark {
        Mark::Joint => lang.tr(T::SideJoint).to_owned(),
        Mark::Urban => lang.tr(T::Urban).to_owned(),
        Mark::Rural => lang.tr(T::Rural).to_owned(),
        Mark::AtLeast => lang.tr(T::LegendAtLeast).to_owned(),
        Mark::AtMost => lang.tr(T::LegendAtMost).to_owned(),
        Mark::About => lang.tr(T::LegendAbout).to_owned(),
        Mark::Range => lang.tr(T::LegendRange).to_owned(),
        Mark::Converted => format!(
            "{} {}",
            lang.tr(T::LegendConverted),
            lang.period(model.key.period)
        ),
        Mark::Local => lang.tr(T::LegendLocal).to_owned(),
        Mark::OtherYear => match model.common_year {
            Some(year) => format!("{} ({year})", lang.tr(T::OtherYearNote)),
            None => lang.tr(T::OtherYearNote).to_owned(),
        },
        Mark::Suspicious => format!("⚠ {}", lang.tr(T::SuspiciousHint)),
        Mark::NoData => lang.tr(T::NoDataShort).to_owned(),
    }
}

/// A legend laid out: each entry's key and text, and the height taken.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LegendLayout {
    pub entries: Vec<(Mark, Rect, Placed)>,
    pub height: f32,
}

/// Lay out legend entries left to right from `origin`, wrapping at `width`.
pub fn layout_legend(
    entries: &[(Mark, String)],
    origin: Pos2,
    width: f32,
    size: f32,
    measure: Measure<'_>,
) -> LegendLayout {
    let key = size * 0.9;
    let row_h = line(size) + 2.0;
    let (mut x, mut y) = (origin.x, origin.y);
    let mut placed = Vec::new();
    for (mark, text) in entries {
        let text_size = measure(text, size);
        let keyed = !matches!(mark, Mark::OtherYear | Mark::Suspicious);
        let key_w = if keyed { key + 4.0 } else { 0.0 };
        let w = key_w + text_size.x + 14.0;
        if x > origin.x && x + w > origin.x + width {
            x = origin.x;
            y += row_h;
        }
        let key_rect = Rect::from_min_size(
            pos2(x, y + (row_h - key) / 2.0),
            vec2(if keyed { key } else { 0.0 }, key),
        );
        placed.push((
            *mark,
            key_rect,
            Placed {
                text: text.clone(),
                rect: Rect::from_min_size(
                    pos2(x + key_w, y + (row_h - text_size.y) / 2.0),
                    text_size,
                ),
                size,
                weak: false,
            },
        ));
        x += w;
    }
    LegendLayout {
        height: if entries.is_empty() {
            0.0
        } else {
            y - origin.y + row_h
        },
        entries: placed,
    }
}

/// Paint a legend laid out by [`layout_legend`]; `converted` is the colour
/// a converted bar of the chart is drawn in.
pub fn paint_legend(
    painter: &egui::Painter,
    legend: &LegendLayout,
    visuals: &egui::Visuals,
    converted: Color32,
) {
    let text = visuals.text_color();
    for (mark, key, placed) in &legend.entries {
        match mark {
            Mark::Joint | Mark::Urban | Mark::Rural => {
                let area = match mark {
                    Mark::Urban => Area::Urban,
                    Mark::Rural => Area::Rural,
                    _ => Area::Joint,
                };
                painter.rect_filled(*key, 2.0, area_color(area));
            }
            Mark::Converted => {
                painter.rect_filled(*key, 2.0, converted);
            }
            Mark::Local => {
                painter.rect_filled(*key, 2.0, color(Paint::area(Area::Joint).faded(true)));
            }
            Mark::NoData => {
                painter.rect_stroke(
                    *key,
                    1.0,
                    Stroke::new(1.0, text.gamma_multiply(0.75)),
                    egui::StrokeKind::Inside,
                );
            }
            Mark::Range => {
                let y = key.center().y;
                painter.line_segment(
                    [key.left_center(), key.right_center()],
                    Stroke::new(1.5, text),
                );
                painter.line_segment(
                    [
                        pos2(key.right(), y - key.height() * 0.35),
                        pos2(key.right(), y + key.height() * 0.35),
                    ],
                    Stroke::new(1.5, text),
                );
            }
            Mark::AtLeast | Mark::AtMost | Mark::About => {
                marker_shape(painter, *mark, key.center(), key.height() * 0.45, text);
            }
            Mark::OtherYear | Mark::Suspicious => {}
        }
        painter.text(
            placed.rect.left_top(),
            egui::Align2::LEFT_TOP,
            &placed.text,
            egui::FontId::proportional(placed.size),
            text,
        );
    }
}

/// The legend entries of `marks` for `model`, in the order of [`Mark`].
pub fn legend_entries(
    marks: &BTreeSet<Mark>,
    model: &ChartModel,
    lang: Lang,
) -> Vec<(Mark, String)> {
    marks
        .iter()
        .map(|&m| (m, legend_text(m, model, lang)))
        .collect()
}

/// The colour converted bars of `model` are drawn in (the first one's).
pub(super) fn converted_fill(model: &ChartModel) -> Color32 {
    model
        .bars
        .iter()
        .find(|b| b.converted)
        .map_or_else(|| color(Paint::area(Area::Joint).faded(true)), bar_fill)
}

/// A legend of `marks` across the available width; returns its height.
pub fn legend_ui(
    ui: &mut egui::Ui,
    marks: &BTreeSet<Mark>,
    model: &ChartModel,
    lang: Lang,
    size: f32,
) -> f32 {
    let entries = legend_entries(marks, model, lang);
    let width = ui.available_width();
    let origin = ui.available_rect_before_wrap().min;
    let legend = {
        let measure = measure_of(ui);
        layout_legend(&entries, origin, width, size, &measure)
    };
    let (rect, _) = ui.allocate_exact_size(vec2(width, legend.height), Sense::hover());
    let _ = rect;
    paint_legend(ui.painter(), &legend, ui.visuals(), converted_fill(model));
    legend.height
}
