//! 对比 Compare: the selected provinces' bars for one measure, the export
//! controls, and the same bars as buttons (keyboard and screen-reader
//! friendly). A click on a bar shows the evidence behind it.

use std::sync::Arc;

use egui::RichText;

use super::Ctx;
use crate::aggregate::{self, AreaChoice, MeasureKey, YearChoice};
use crate::gui::app::Command;
use crate::gui::chart::{self, ChartModel, RowOptions, RowOrder, TypeSizes};
use crate::gui::export::Target;
use crate::gui::i18n::T;
use crate::measure::{Area, Kind, Period};
use crate::present::ViewId;

/// The comparison (its charts live in the shared store): how its rows are
/// ordered and whether provinces without data keep a row.
#[derive(Default)]
pub struct CompareView {
    pub rows: RowOptions,
}

/// Whether `key` can take in the other period's figures converted: an
/// amount per month or per year.
pub fn convertible(key: MeasureKey) -> bool {
    matches!(
        key.kind,
        Kind::AmountPerPerson | Kind::AmountPerHousehold | Kind::AmountTotal
    ) && matches!(key.period, Some(Period::Month | Period::Year))
}

/// The settings' choice for `key`: conversion only where it applies.
pub fn choice_of(ctx: &Ctx<'_>, key: MeasureKey) -> aggregate::Choice {
    let mut choice = ctx.settings.choice();
    choice.convert &= convertible(key);
    choice
}

/// The chart of `key` for the selection, as chosen (conversion only where it applies).
pub fn chart_of(ctx: &Ctx<'_>, key: MeasureKey) -> Arc<ChartModel> {
    let choice = choice_of(ctx, key);
    ctx.data.store.bars(
        ctx.data.generation,
        ctx.analysis(),
        key,
        &ctx.selection,
        ctx.lang(),
        &choice,
    )
}

impl CompareView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let Some(key) = ctx.settings.measure else {
            ui.label(ctx.tr(T::NoData));
            return None;
        };
        let areas = crate::aggregate::areas(&ctx.analysis().measures, key);
        let two_areas = areas.contains(&Area::Urban) && areas.contains(&Area::Rural);
        let model = chart_of(ctx, key);
        let years = ctx
            .data
            .store
            .years(ctx.data.generation, ctx.analysis(), key, &ctx.selection);
        let mut command = None;
        ui.horizontal_wrapped(|ui| {
            ui.heading(&model.title);
            ui.label(RichText::new(chart::unit_label(key, ctx.lang())).weak());
        });
        // The controls on a line of their own: with the title beside them a
        // narrow window (the evidence panel open) pushed them past its edge.
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(ctx.tr(T::ExportPng))
                .on_hover_text("Ctrl+E")
                .clicked()
            {
                command = Some(Command::Export(Target::Picture(ViewId::Compare, key)));
            }
            if ui
                .button(ctx.tr(T::ExportChartData))
                .on_hover_text(ctx.tr(T::ExportChartDataHint))
                .clicked()
            {
                command = Some(Command::Export(Target::ChartData(key)));
            }
            let mut scale = ctx.settings.export_scale;
            let slider = egui::Slider::new(&mut scale, 1..=3)
                .suffix("×")
                .text(ctx.tr(T::Scale));
            if ui.add(slider).changed() {
                command = Some(Command::SetExportScale(scale));
            }
            let size = ctx.settings.export_size;
            egui::ComboBox::new("export_size", ctx.tr(T::PageSize))
                .selected_text(format!("{}×{}", size[0], size[1]))
                .show_ui(ui, |ui| {
                    for option in crate::gui::settings::EXPORT_SIZES {
                        let text = format!("{}×{}", option[0], option[1]);
                        if ui.selectable_label(option == size, text).clicked() {
                            command = Some(Command::SetExportSize(option));
                        }
                    }
                })
                .response
                .on_hover_text(ctx.tr(T::ExportSizeHint));
            if two_areas {
                ui.separator();
                let mut area = ctx.settings.area;
                ui.selectable_value(&mut area, AreaChoice::Both, ctx.tr(T::AllAreas));
                ui.selectable_value(&mut area, AreaChoice::Urban, ctx.tr(T::Urban));
                ui.selectable_value(&mut area, AreaChoice::Rural, ctx.tr(T::Rural));
                if area != ctx.settings.area {
                    command = Some(Command::SetArea(area));
                }
            }
            command = year_picker_ui(ui, ctx, &years).or(command.take());
            let other = match key.period {
                Some(Period::Month) => Some(Period::Year),
                _ => Some(Period::Month),
            };
            let other_key = MeasureKey {
                period: other,
                ..key
            };
            // Offered only where the other period has figures to convert.
            if convertible(key) && ctx.data.keys.iter().any(|(k, _)| *k == other_key) {
                let mut convert = ctx.settings.convert;
                let text = format!("{}{}", ctx.tr(T::ConvertTo), ctx.lang().period(key.period));
                if ui
                    .checkbox(&mut convert, text)
                    .on_hover_text(ctx.tr(T::ConvertedHint))
                    .changed()
                {
                    command = Some(Command::SetConvert(convert));
                }
            }
            if let Some(restore) = excluded_ui(ui, ctx) {
                command = Some(restore);
            }
            let mut white = ctx.settings.export_white;
            if ui.checkbox(&mut white, ctx.tr(T::White)).changed() {
                command = Some(Command::SetExportWhite(white));
            }
        });
        ui.horizontal_wrapped(|ui| {
            let rows = &mut self.rows;
            ui.selectable_value(&mut rows.order, RowOrder::Value, ctx.tr(T::SortByValue));
            ui.selectable_value(&mut rows.order, RowOrder::Region, ctx.tr(T::SortByRegion));
            ui.checkbox(&mut rows.empty_rows, ctx.tr(T::EmptyRows));
            ui.separator();
            if ui
                .button(ctx.tr(T::CopyChartData))
                .on_hover_text(ctx.tr(T::CopyChartDataHint))
                .clicked()
            {
                ui.ctx()
                    .copy_text(crate::gui::clipboard::bars_tsv(&model, ctx.lang()));
            }
        });
        if let Some(message) = empty_message(ctx, &model) {
            ui.add_space(12.0);
            ui.label(RichText::new(ctx.tr(message)).size(15.0));
            return command;
        }
        let ty = TypeSizes::SCREEN;
        let marks = chart::marks_of(&model, self.rows);
        let missing = if self.rows.empty_rows {
            String::new()
        } else {
            chart::missing_line(&chart::missing_names(&model), ctx.lang())
        };
        // Under the chart: the legend, the provinces without data, the hint.
        let under = chart::line(ty.body) * 2.0 + chart::line(ty.small) * 3.0 + 16.0;
        let room = (ui.available_height() - under).max(160.0);
        // As comfortable as the room allows; where even one line a row does
        // not fit, the rows scroll.
        let comfortable = chart::comfortable_height(&model, self.rows, ty);
        let (rows, _) = chart::row_count(&model, self.rows);
        let least = rows.max(1) as f32 * (chart::line(ty.body) + 3.0) + chart::rows_overhead(ty);
        let clicked = if least > room {
            egui::ScrollArea::vertical()
                .max_height(room)
                .show(ui, |ui| {
                    chart::rows_ui(ui, &model, self.rows, ctx.lang(), ty, least, true)
                })
                .inner
        } else {
            let height = comfortable.min(room);
            chart::rows_ui(ui, &model, self.rows, ctx.lang(), ty, height, true)
        };
        if let Some(i) = clicked {
            command = evidence(&model, i);
        }
        ui.add_space(4.0);
        chart::legend_ui(ui, &marks, &model, ctx.lang(), ty.small);
        if !missing.is_empty() {
            ui.label(RichText::new(missing).small());
        }
        let year = match ctx.settings.year {
            YearChoice::Latest => ctx.tr(T::Latest).to_owned(),
            YearChoice::Year(y) => y.to_string(),
        };
        let mut hint = format!("{} · {year}", ctx.tr(T::ClickBarHint));
        let note = chart::excluded_note(&model, ctx.lang());
        if !note.is_empty() {
            hint = format!("{hint} · {note}");
        }
        ui.label(RichText::new(hint).small().weak());
        command
    }
}

/// 最新 or one year with data; the title says the span when bars come from several years.
fn year_picker_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, years: &[u16]) -> Option<Command> {
    // Shown while a year is chosen, too: a measure with one year must let it go.
    if years.len() < 2 && ctx.settings.year == YearChoice::Latest {
        return None;
    }
    let name = |year: YearChoice| match year {
        YearChoice::Latest => ctx.tr(T::LatestShort).to_owned(),
        YearChoice::Year(y) => y.to_string(),
    };
    let mut year = ctx.settings.year;
    ui.separator();
    egui::ComboBox::new("compare_year", ctx.tr(T::Year))
        .selected_text(name(year))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut year, YearChoice::Latest, name(YearChoice::Latest));
            for &y in years.iter().rev() {
                ui.selectable_value(&mut year, YearChoice::Year(y), name(YearChoice::Year(y)));
            }
        });
    (year != ctx.settings.year).then_some(Command::SetYear(year))
}

/// `已排除 N`: the figures left out of this corpus's charts, each with 恢复.
pub fn excluded_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
    let excluded = ctx.settings.excluded_here();
    if excluded.is_empty() {
        return None;
    }
    let mut command = None;
    let title = format!("{} {}", ctx.tr(T::ExcludedWord), excluded.len());
    ui.separator();
    ui.menu_button(title, |ui| {
        let lang = ctx.lang();
        for id in &excluded {
            let found = ctx
                .analysis()
                .measures
                .iter()
                .find(|f| aggregate::figure_id(f) == *id);
            let text = match found {
                Some(f) => {
                    let m = &f.measure;
                    let mut parts = vec![lang.province(&m.province)];
                    parts.push(chart::measure_title(MeasureKey::of(f), lang));
                    parts.push(lang.value(m.value, m.kind, m.period));
                    parts.extend(m.year.map(|y| y.to_string()));
                    parts.push(format!("{} : {}", m.doc, f.line));
                    parts.join(" · ")
                }
                None => id.clone(),
            };
            ui.horizontal(|ui| {
                if ui.button(ctx.tr(T::Restore)).clicked() {
                    ui.close();
                    command = Some(Command::Exclude {
                        figure_id: id.clone(),
                        excluded: false,
                    });
                }
                ui.label(RichText::new(text).small());
            });
        }
    });
    command
}

/// Why there is nothing to draw: no province selected, or none with figures.
pub fn empty_message(ctx: &Ctx<'_>, model: &ChartModel) -> Option<T> {
    if ctx.selection.is_empty() {
        Some(T::NoProvinceSelected)
    } else if model.bars.is_empty() {
        Some(T::NoFiguresForSelection)
    } else {
        None
    }
}

/// Show the evidence behind the `index`-th bar.
pub fn evidence(model: &ChartModel, index: usize) -> Option<Command> {
    let bar = model.bars.get(index)?;
    Some(Command::ShowEvidence {
        province: bar.province.clone(),
        key: model.key,
        mentions: bar.evidence.clone(),
    })
}

impl super::View for CompareView {
    fn id(&self) -> crate::present::ViewId {
        crate::present::ViewId::Compare
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        CompareView::ui(self, ui, ctx)
    }

    fn scene(
        &self,
        ctx: &Ctx<'_>,
        key: MeasureKey,
    ) -> Option<(crate::gui::export::Scene, egui::Vec2)> {
        let model = chart_of(ctx, key);
        Some((
            crate::gui::export::Scene::Chart((*model).clone(), self.rows),
            {
                let [w, h] = ctx.settings.export_size;
                egui::vec2(f32::from(w), f32::from(h))
            },
        ))
    }
}

/// The figures behind `province`'s bars of `key` as the compare view draws
/// them: what its evidence panel lists when a click elsewhere focuses it.
pub fn mentions_of(
    data: &super::Data,
    settings: &super::Settings,
    key: MeasureKey,
    province: &str,
) -> Vec<usize> {
    let selection = super::ordered(&settings.selected);
    let model = data.store.bars(
        data.generation,
        &data.analysis,
        key,
        &selection,
        settings.lang,
        &settings.choice(),
    );
    model
        .bars
        .iter()
        .filter(|b| b.province == province)
        .flat_map(|b| b.evidence.iter().copied())
        .collect()
}
