//! 调整变化 Changes: what the texts say changed, per province, for the
//! measure chosen: `before → after` pairs as dumbbells (two points joined
//! by a line) with their absolute and percent change, and plain increases
//! as increment bars, in two plots of their own so that no change is ever
//! read as a level. The model is `present::change`.

use egui::RichText;
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoint, Points, Text};

use super::Ctx;
use crate::aggregate::MeasureKey;
use crate::gui::app::Command;
use crate::gui::chart;
use crate::gui::i18n::{Lang, T};
use crate::present::ViewId;
pub use crate::present::change::{ChangeMark, ChangeModel, Shape, change_label};

/// The change view (its models live in the shared store).
#[derive(Default)]
pub struct ChangeView;

impl ChangeView {
    /// The changes of `key` for the selection, the excluded figures left out.
    pub fn model(ctx: &Ctx<'_>, key: MeasureKey) -> std::sync::Arc<ChangeModel> {
        ctx.data.store.changes(
            ctx.data.generation,
            ctx.analysis(),
            key,
            &ctx.selection,
            ctx.lang(),
            &ctx.settings.excluded_here(),
        )
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let Some(key) = ctx.settings.measure else {
            ui.label(ctx.tr(T::NoData));
            return None;
        };
        let model = Self::model(ctx, key);
        let mut command = None;
        if model.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.heading(&model.title);
                ui.label(RichText::new(chart::unit_label(key, ctx.lang())).weak());
            });
        } else {
            command =
                super::measure_header_ui(ui, ctx, ViewId::Changes, key, &model.title, |_| None);
        }
        ui.label(RichText::new(ctx.tr(T::ChangesHint)).small().weak());
        if model.is_empty() {
            ui.add_space(12.0);
            ui.label(RichText::new(ctx.tr(T::NoChanges)).size(15.0));
            return command;
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (marks, title, id) in [
                (&model.dumbbells, T::BeforeAfter, "changes_dumbbells"),
                (&model.increments, T::Increments, "changes_increments"),
                (&model.unpaired, T::AfterUnknown, ""),
            ] {
                if marks.is_empty() {
                    continue;
                }
                ui.add_space(6.0);
                ui.label(RichText::new(ctx.tr(title)).strong());
                if !id.is_empty()
                    && let Some(i) = marks_plot_ui(ui, marks, ctx.lang(), id)
                {
                    command = evidence(&model, &marks[i]);
                }
                ui.horizontal_wrapped(|ui| {
                    for mark in marks {
                        let text = match mark.change_text.as_str() {
                            "" => format!("{} {}", mark.name, mark.label),
                            change => format!("{} {} ({change})", mark.name, mark.label),
                        };
                        if ui.button(text).on_hover_text(&mark.hover).clicked() {
                            command = evidence(&model, mark);
                        }
                    }
                });
            }
        });
        command
    }
}

/// The change view as a picture: its title and unit, the dumbbells and the
/// increments as on screen, the earlier levels without a new one listed,
/// and the footnote.
pub fn export_scene_ui(ui: &mut egui::Ui, model: &ChangeModel, lang: Lang, footnote: &str) {
    chart::export_frame_ui(ui, &model.title, model.key, lang, footnote, |ui| {
        // What the marks mean: hollow before, filled after.
        ui.label(RichText::new(lang.tr(T::ChangesLegend)).small());
        for (marks, title, id) in [
            (&model.dumbbells, T::BeforeAfter, "export_changes_dumbbells"),
            (
                &model.increments,
                T::Increments,
                "export_changes_increments",
            ),
        ] {
            if marks.is_empty() {
                continue;
            }
            ui.add_space(6.0);
            ui.label(RichText::new(lang.tr(title)).strong());
            let _ = marks_plot_ui(ui, marks, lang, id);
        }
        if !model.unpaired.is_empty() {
            ui.add_space(6.0);
            ui.label(RichText::new(lang.tr(T::AfterUnknown)).strong());
            ui.horizontal_wrapped(|ui| {
                for mark in &model.unpaired {
                    ui.label(format!("{} {}", mark.name, mark.label));
                }
            });
        }
    });
}

/// The page a change picture needs: its rows, at the width given.
pub fn export_height(model: &ChangeModel) -> f32 {
    let rows = model.dumbbells.len() + model.increments.len();
    220.0 + ROW_HEIGHT * rows as f32 + 36.0 * 2.0 + 26.0 * model.unpaired.len().div_ceil(3) as f32
}

fn evidence(model: &ChangeModel, mark: &ChangeMark) -> Option<Command> {
    Some(Command::ShowEvidence {
        province: mark.province.clone(),
        key: model.key,
        mentions: mark.mentions.clone(),
    })
}

/// Height of one row of the change plots (points).
const ROW_HEIGHT: f32 = 26.0;

/// Draw dumbbells or increments, one row each (the province on the left,
/// the values along the x axis); returns the clicked one.
fn marks_plot_ui(ui: &mut egui::Ui, marks: &[ChangeMark], lang: Lang, id: &str) -> Option<usize> {
    let names: Vec<String> = marks.iter().map(|m| m.name.clone()).collect();
    let right = marks
        .iter()
        .map(|m| match m.shape {
            Shape::Dumbbell { before, after } => after.unwrap_or(before).max(before),
            Shape::Increment(v) => v,
        })
        .fold(0.0f64, f64::max);
    // Room on the right for the widest label: the x range grows so that
    // the label after the rightmost mark still fits the plot.
    let label_of = |mark: &ChangeMark| {
        let year = mark
            .year
            .map_or_else(|| lang.tr(T::YearUnknown).to_owned(), |y| y.to_string());
        match mark.change_text.as_str() {
            "" => format!("  {} · {year}", mark.label),
            change => format!("  {} ({change}) · {year}", mark.label),
        }
    };
    let widest = marks
        .iter()
        .map(|m| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(
                    label_of(m),
                    egui::FontId::proportional(12.0),
                    egui::Color32::BLACK,
                )
                .size()
                .x
            })
        })
        .fold(0.0f32, f32::max);
    // The axis as wide as the widest name.
    let axis_width = names
        .iter()
        .map(|n| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(
                    n.clone(),
                    egui::FontId::proportional(12.5),
                    egui::Color32::BLACK,
                )
                .size()
                .x
            })
        })
        .fold(96.0f32, |w, n| w.max(n + 14.0));
    let plot_width = (ui.available_width() - axis_width - 14.0).max(100.0);
    let label_share = f64::from((widest + 12.0) / plot_width).min(0.75);
    let room = (1.0 / (1.0 - label_share)).max(1.2);
    // Row i stands at y = -i: the first at the top.
    let row_y = |i: usize| -(i as f64);
    let rows = marks.len();
    let plot = Plot::new(id)
        .height(rows as f32 * ROW_HEIGHT + 36.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .show_grid([true, false])
        .include_x(0.0)
        // Room on the right for the labels.
        .include_x(right * room)
        .include_y(0.6)
        .include_y(-(rows as f64) + 0.4)
        .y_grid_spacer(|input| chart::unit_grid(&input))
        .custom_y_axes(vec![
            egui_plot::AxisHints::new_y()
                .label_spacing(10.0..=20.0)
                .formatter(move |mark, _| {
                    let i = -mark.value.round();
                    if (mark.value.round() - mark.value).abs() < 1e-6 && i >= 0.0 {
                        names.get(i as usize).cloned().unwrap_or_default()
                    } else {
                        String::new()
                    }
                }),
        ])
        .y_axis_min_width(axis_width)
        .x_axis_formatter(move |mark, _| {
            if mark.value < 0.0 {
                String::new()
            } else {
                lang.number(mark.value)
            }
        });
    let drawn = marks.to_vec();
    let response = plot.show(ui, move |plot_ui| {
        let text_color = plot_ui.ctx().global_style().visuals.text_color();
        for (i, mark) in drawn.iter().enumerate() {
            let y = row_y(i);
            let color = chart::color(mark.color);
            let label_at = match mark.shape {
                Shape::Dumbbell { before, after } => {
                    if let Some(after) = after {
                        plot_ui.line(
                            Line::new("", vec![[before, y], [after, y]])
                                .color(color)
                                .width(3.0),
                        );
                        plot_ui.points(
                            Points::new("", vec![[after, y]])
                                .radius(5.0)
                                .color(color)
                                .filled(true),
                        );
                    }
                    // The earlier level hollow, the new one filled.
                    plot_ui.points(
                        Points::new("", vec![[before, y]])
                            .radius(5.0)
                            .color(color)
                            .filled(false),
                    );
                    after.unwrap_or(before).max(before)
                }
                Shape::Increment(v) => {
                    plot_ui.bar_chart(
                        BarChart::new("", vec![Bar::new(y, v).fill(color).width(0.6)]).horizontal(),
                    );
                    v
                }
            };
            plot_ui.text(
                Text::new(
                    "",
                    PlotPoint::new(label_at, y),
                    RichText::new(label_of(mark)).size(12.0).color(text_color),
                )
                .anchor(egui::Align2::LEFT_CENTER),
            );
        }
        plot_ui.pointer_coordinate()
    });
    // egui_plot's own hover is off with both readouts hidden: find the row here.
    let under = response.inner.and_then(|p| {
        let i = (-p.y).round();
        (i >= 0.0 && (p.y + i).abs() <= 0.45).then_some(i as usize)
    });
    let i = under.filter(|&i| i < marks.len())?;
    let clicked = response.response.clicked();
    response.response.on_hover_text(marks[i].hover.clone());
    clicked.then_some(i)
}

impl super::View for ChangeView {
    fn id(&self) -> crate::present::ViewId {
        crate::present::ViewId::Changes
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        ChangeView::ui(self, ui, ctx)
    }

    fn scene(
        &self,
        ctx: &Ctx<'_>,
        key: MeasureKey,
    ) -> Option<(crate::gui::export::Scene, egui::Vec2)> {
        let model = Self::model(ctx, key);
        let height = export_height(&model).max(400.0);
        Some((
            crate::gui::export::Scene::Changes((*model).clone()),
            egui::vec2(960.0, height),
        ))
    }
}
