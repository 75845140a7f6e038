//! 对比 Compare: the selected provinces' bars for one measure, the export
//! controls, and the same bars as buttons (keyboard and screen-reader
//! friendly). A click on a bar shows the evidence behind it.

use std::sync::Arc;

use egui::RichText;

use super::Ctx;
use crate::aggregate::{AreaChoice, MeasureKey, YearChoice};
use crate::gui::app::Command;
use crate::gui::chart::{self, ChartModel};
use crate::gui::export::Target;
use crate::gui::i18n::{Lang, T};
use crate::measure::Area;

/// What a chart was built for: analysis generation, selection, language, measure, area.
pub type ChartKey = (u64, Vec<String>, Lang, MeasureKey, AreaChoice);

/// The comparison and the chart it last built.
#[derive(Default)]
pub struct CompareView {
    chart: Option<(ChartKey, Arc<ChartModel>)>,
    /// Urban and rural side by side, or one of them alone.
    pub area: AreaChoice,
}

impl CompareView {
    /// The chart of `key` for the selection, built once per analysis, selection and language.
    pub fn chart(&mut self, ctx: &Ctx<'_>, key: MeasureKey) -> Arc<ChartModel> {
        let wanted: ChartKey = (
            ctx.data.generation,
            ctx.selection.clone(),
            ctx.lang(),
            key,
            self.area,
        );
        match &self.chart {
            Some((built, model)) if *built == wanted => Arc::clone(model),
            _ => {
                let model = Arc::new(ChartModel::build_with(
                    ctx.analysis(),
                    key,
                    &ctx.selection,
                    ctx.lang(),
                    self.area,
                    YearChoice::Latest,
                ));
                self.chart = Some((wanted, Arc::clone(&model)));
                model
            }
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let Some(key) = ctx.settings.measure else {
            ui.label(ctx.tr(T::NoData));
            return None;
        };
        let areas = crate::aggregate::areas(&ctx.analysis().measures, key);
        let two_areas = areas.contains(&Area::Urban) && areas.contains(&Area::Rural);
        if !two_areas {
            self.area = AreaChoice::Both;
        }
        let model = self.chart(ctx, key);
        let mut command = None;
        ui.horizontal_wrapped(|ui| {
            ui.heading(&model.title);
            ui.label(RichText::new(chart::unit_label(key, ctx.lang())).weak());
            ui.separator();
            if ui
                .button(ctx.tr(T::ExportPng))
                .on_hover_text("Ctrl+E")
                .clicked()
            {
                command = Some(Command::Export(Target::Chart(key)));
            }
            let mut scale = ctx.settings.export_scale;
            let slider = egui::Slider::new(&mut scale, 1..=3)
                .suffix("×")
                .text(ctx.tr(T::Scale));
            if ui.add(slider).changed() {
                command = Some(Command::SetExportScale(scale));
            }
            if two_areas {
                ui.separator();
                let before = self.area;
                ui.selectable_value(&mut self.area, AreaChoice::Both, ctx.tr(T::AllAreas));
                ui.selectable_value(&mut self.area, AreaChoice::Urban, ctx.tr(T::Urban));
                ui.selectable_value(&mut self.area, AreaChoice::Rural, ctx.tr(T::Rural));
                if self.area != before {
                    ui.ctx().request_repaint();
                }
            }
            let mut white = ctx.settings.export_white;
            if ui.checkbox(&mut white, ctx.tr(T::White)).changed() {
                command = Some(Command::SetExportWhite(white));
            }
        });
        if let Some(message) = empty_message(ctx, &model) {
            ui.add_space(12.0);
            ui.label(RichText::new(ctx.tr(message)).size(15.0));
            return command;
        }
        let height = (ui.available_height() - 90.0).max(200.0);
        if let Some(i) = chart::plot_ui(ui, &model, ctx.lang(), "compare", height, false) {
            command = evidence(&model, i);
        }
        let mut hint = format!("{} · {}", ctx.tr(T::ClickBarHint), ctx.tr(T::Latest));
        if chart::value_label_size(ui, &model, false).is_none() {
            hint = format!("{} · {hint}", ctx.tr(T::ValuesOnHover));
        }
        ui.label(RichText::new(hint).small().weak());
        if model.grouped {
            chart::area_legend_ui(ui, &model, ctx.lang());
        }
        ui.horizontal_wrapped(|ui| {
            for (i, bar) in model.bars.iter().enumerate() {
                let (swatch, _) =
                    ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().rect_filled(swatch, 2.0, bar.color);
                if ui
                    .button(format!("{} {}", bar.name, bar.label))
                    .on_hover_text(&bar.hover)
                    .clicked()
                {
                    command = evidence(&model, i);
                }
            }
            for &x in &model.missing {
                if let Some((_, name)) = model.axis.iter().find(|(slot, _)| *slot == x) {
                    ui.label(RichText::new(format!("{name} {}", ctx.tr(T::NoDataShort))).weak());
                }
            }
        });
        command
    }
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
