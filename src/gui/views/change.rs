//! 调整变化 Changes: what the texts say changed, per province, for the
//! measure chosen: `before → after` pairs as dumbbells (two points joined
//! by a line) and plain increases as increment bars, in two plots of their
//! own so that no change is ever read as a level.

use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoint, Points, Text};

use super::Ctx;
use crate::aggregate::{self, MeasureKey};
use crate::analysis::Analysis;
use crate::gui::app::Command;
use crate::gui::chart;
use crate::gui::i18n::{Lang, T};
use crate::measure::{Area, Change};

/// One change as drawn: a dumbbell (`before → after`) or an increment.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeMark {
    pub province: String,
    pub area: Area,
    /// `青海 城市`.
    pub name: String,
    /// The earlier level and the level it was changed to (a dumbbell), or
    /// the increase alone (an increment bar, `after` is `None` and `before` is the increase).
    pub shape: Shape,
    pub year: Option<u16>,
    /// Mentions stating this change, and the documents they are in.
    pub sources: usize,
    pub documents: usize,
    /// `680 → 730元/人·月` or `+30元/人·月`.
    pub label: String,
    /// Value, year, sources: what hovering says.
    pub hover: String,
    /// Where it stands on its plot's x axis.
    pub x: f64,
    pub color: Color32,
    /// The mentions behind it, for the evidence panel.
    pub mentions: Vec<usize>,
}

/// How a change is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    /// From one level to another; `after` unknown when the text does not say.
    Dumbbell { before: f64, after: Option<f64> },
    /// An increase by this much.
    Increment(f64),
}

/// The changes of one measure for the selected provinces.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeModel {
    pub key: MeasureKey,
    pub title: String,
    /// `before → after` pairs.
    pub dumbbells: Vec<ChangeMark>,
    pub increments: Vec<ChangeMark>,
    /// Earlier levels whose new level the text does not give: listed, not drawn.
    pub unpaired: Vec<ChangeMark>,
}

impl ChangeModel {
    /// Group the mentions stating the same change (province, area, values,
    /// year) and lay them out, one slot each, in the order of `provinces`.
    pub fn build(
        analysis: &Analysis,
        key: MeasureKey,
        provinces: &[String],
        lang: Lang,
        excluded: &std::collections::BTreeSet<String>,
    ) -> Self {
        let changes = aggregate::changes_with(&analysis.measures, key, provinces, excluded);
        let mut dumbbells: Vec<ChangeMark> = Vec::new();
        let mut increments: Vec<ChangeMark> = Vec::new();
        let mut documents: Vec<Vec<usize>> = Vec::new();
        let mut increment_docs: Vec<Vec<usize>> = Vec::new();
        for c in &changes {
            let shape = match c.change {
                Change::Before => Shape::Dumbbell {
                    before: c.value,
                    after: c.changed_to,
                },
                _ => Shape::Increment(c.value),
            };
            let (list, docs) = match shape {
                Shape::Dumbbell { .. } => (&mut dumbbells, &mut documents),
                Shape::Increment(_) => (&mut increments, &mut increment_docs),
            };
            let doc = analysis.measures.get(c.mention).map(|f| f.doc_index);
            let same = list.iter().position(|m| {
                m.province == c.province && m.area == c.area && m.shape == shape && m.year == c.year
            });
            if let Some(at) = same {
                list[at].mentions.push(c.mention);
                docs[at].extend(doc);
                continue;
            }
            let name = match c.area {
                Area::Joint => lang.province(&c.province),
                area => format!("{} {}", lang.province(&c.province), lang.area(area)),
            };
            list.push(ChangeMark {
                province: c.province.clone(),
                area: c.area,
                name,
                shape,
                year: c.year,
                sources: 0,
                documents: 0,
                label: change_label(shape, key, lang),
                hover: String::new(),
                x: 0.0,
                color: chart::color_of(&c.province),
                mentions: vec![c.mention],
            });
            docs.push(doc.into_iter().collect());
        }
        for (list, docs) in [
            (&mut dumbbells, documents),
            (&mut increments, increment_docs),
        ] {
            for (i, (mark, mut docs)) in list.iter_mut().zip(docs).enumerate() {
                docs.sort_unstable();
                docs.dedup();
                mark.x = i as f64;
                mark.sources = mark.mentions.len();
                mark.documents = docs.len();
                let year = match mark.year {
                    Some(y) => y.to_string(),
                    None => lang.tr(T::YearUnknown).to_owned(),
                };
                mark.hover = format!(
                    "{}: {} · {year} · {} {} · {} {}",
                    mark.name,
                    mark.label,
                    mark.sources,
                    lang.tr(T::Sources),
                    mark.documents,
                    lang.tr(T::DocumentsUnit),
                );
            }
        }
        let (dumbbells, unpaired) = dumbbells
            .into_iter()
            .partition(|m| matches!(m.shape, Shape::Dumbbell { after: Some(_), .. }));
        Self {
            key,
            title: chart::measure_title(key, lang),
            dumbbells,
            increments,
            unpaired,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.dumbbells.is_empty() && self.increments.is_empty() && self.unpaired.is_empty()
    }
}

/// `680 → 730元/人·月`, `680 →` when the new level is unknown, `+30元/人·月`.
pub fn change_label(shape: Shape, key: MeasureKey, lang: Lang) -> String {
    match shape {
        Shape::Dumbbell {
            before,
            after: Some(after),
        } => format!(
            "{} → {}",
            lang.number(before),
            lang.value(after, key.kind, key.period)
        ),
        Shape::Dumbbell {
            before,
            after: None,
        } => format!("{} →", lang.value(before, key.kind, key.period)),
        Shape::Increment(v) => format!("+{}", lang.value(v, key.kind, key.period)),
    }
}

/// The change view's state: the model it last built.
#[derive(Default)]
pub struct ChangeView {
    model: Option<(ChangeKey, std::sync::Arc<ChangeModel>)>,
}

type ChangeKey = (
    u64,
    Vec<String>,
    Lang,
    MeasureKey,
    std::collections::BTreeSet<String>,
);

impl ChangeView {
    /// The changes of `key` for the selection, built once per analysis, selection, language and exclusions.
    pub fn model(&mut self, ctx: &Ctx<'_>, key: MeasureKey) -> std::sync::Arc<ChangeModel> {
        let wanted: ChangeKey = (
            ctx.data.generation,
            ctx.selection.clone(),
            ctx.lang(),
            key,
            ctx.settings.excluded_here(),
        );
        match &self.model {
            Some((built, model)) if *built == wanted => std::sync::Arc::clone(model),
            _ => {
                let model = std::sync::Arc::new(ChangeModel::build(
                    ctx.analysis(),
                    key,
                    &ctx.selection,
                    ctx.lang(),
                    &wanted.4,
                ));
                self.model = Some((wanted, std::sync::Arc::clone(&model)));
                model
            }
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let Some(key) = ctx.settings.measure else {
            ui.label(ctx.tr(T::NoData));
            return None;
        };
        let model = self.model(ctx, key);
        ui.horizontal_wrapped(|ui| {
            ui.heading(&model.title);
            ui.label(RichText::new(chart::unit_label(key, ctx.lang())).weak());
        });
        ui.label(RichText::new(ctx.tr(T::ChangesHint)).small().weak());
        if model.is_empty() {
            ui.add_space(12.0);
            ui.label(RichText::new(ctx.tr(T::NoChanges)).size(15.0));
            return None;
        }
        let mut command = None;
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
                        let text = format!("{} {}", mark.name, mark.label);
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
        .include_x(right * 1.45)
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
        .y_axis_min_width(96.0)
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
            let label_at = match mark.shape {
                Shape::Dumbbell { before, after } => {
                    if let Some(after) = after {
                        plot_ui.line(
                            Line::new("", vec![[before, y], [after, y]])
                                .color(mark.color)
                                .width(3.0),
                        );
                        plot_ui.points(
                            Points::new("", vec![[after, y]])
                                .radius(5.0)
                                .color(mark.color)
                                .filled(true),
                        );
                    }
                    // The earlier level hollow, the new one filled.
                    plot_ui.points(
                        Points::new("", vec![[before, y]])
                            .radius(5.0)
                            .color(mark.color)
                            .filled(false),
                    );
                    after.unwrap_or(before).max(before)
                }
                Shape::Increment(v) => {
                    plot_ui.bar_chart(
                        BarChart::new("", vec![Bar::new(y, v).fill(mark.color).width(0.6)])
                            .horizontal(),
                    );
                    v
                }
            };
            let year = mark
                .year
                .map_or_else(|| lang.tr(T::YearUnknown).to_owned(), |y| y.to_string());
            plot_ui.text(
                Text::new(
                    "",
                    PlotPoint::new(label_at, y),
                    RichText::new(format!("  {} · {year}", mark.label))
                        .size(12.0)
                        .color(text_color),
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
