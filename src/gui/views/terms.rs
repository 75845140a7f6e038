//! 关键词 Terms: what each selected province's articles talk about, by
//! TF-IDF against the whole corpus. The terms take seconds on a large corpus:
//! they are worked out on a worker thread, once per analysis.

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::{Rect, RichText, Sense, vec2};

use super::Ctx;
use crate::gui::app::Command;
use crate::gui::chart;
use crate::gui::i18n::{Lang, T};
use crate::gui::loading::Task;

/// Each province's top terms.
pub type Terms = BTreeMap<String, Vec<crate::terms::Term>>;

/// How many terms a province lists.
const LIMIT: usize = 15;

/// The terms of one analysis, or the work under way for them.
#[derive(Default)]
pub struct TermsView {
    terms: Option<(u64, Arc<Terms>)>,
    pending: Option<(u64, Task<Terms>)>,
}

impl TermsView {
    /// The terms of the analysis in `ctx`, if they are ready; starts the work otherwise.
    pub fn terms(&mut self, ctx: &Ctx<'_>, egui_ctx: &egui::Context) -> Option<Arc<Terms>> {
        let generation = ctx.data.generation;
        if let Some((for_generation, task)) = &self.pending
            && let Some(result) = task.poll()
        {
            if let (Ok(terms), true) = (result, *for_generation == generation) {
                self.terms = Some((generation, Arc::new(terms)));
            }
            self.pending = None;
        }
        match &self.terms {
            Some((built, terms)) if *built == generation => return Some(Arc::clone(terms)),
            _ => {}
        }
        if self.pending.is_none() {
            let analysis = Arc::clone(&ctx.data.analysis);
            let work = move || crate::terms::top_terms(&analysis, LIMIT);
            let task =
                Task::spawn(egui_ctx, "terms", work).unwrap_or_else(|_| Task::ready(Terms::new()));
            self.pending = Some((generation, task));
        }
        None
    }

    /// Block until the terms under way are ready (tests and scripted use).
    pub fn wait(&mut self) {
        if let Some((generation, task)) = self.pending.take()
            && let Some(terms) = task.wait()
        {
            self.terms = Some((generation, Arc::new(terms)));
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let Some(terms) = self.terms(ctx, ui.ctx()) else {
            // No spinner: it would repaint every frame; the worker wakes the window when done.
            ui.label(RichText::new(ctx.tr(T::Computing)).weak());
            return None;
        };
        if ctx.selection.is_empty() {
            ui.label(ctx.tr(T::NoProvinceSelected));
            return None;
        }
        columns_ui(ui, &terms, &ctx.selection, ctx.lang())
    }
}

/// Top terms of the selected provinces side by side; returns a clicked term.
pub fn columns_ui(
    ui: &mut egui::Ui,
    terms: &Terms,
    provinces: &[String],
    lang: Lang,
) -> Option<Command> {
    let mut pick = None;
    let shown: Vec<&String> = provinces
        .iter()
        .filter(|p| terms.contains_key(*p))
        .collect();
    if shown.is_empty() {
        ui.label(lang.tr(T::NoData));
        return None;
    }
    egui::ScrollArea::horizontal()
        .id_salt("terms_scroll")
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for province in &shown {
                    let list = &terms[*province];
                    let max = list
                        .first()
                        .map_or(1.0, |t| t.weight)
                        .max(f64::MIN_POSITIVE);
                    let color = chart::color_of(province);
                    ui.vertical(|ui| {
                        ui.set_width(170.0);
                        ui.label(RichText::new(lang.province(province)).strong().color(color));
                        for term in list {
                            ui.horizontal(|ui| {
                                let response = ui.add_sized(
                                    [70.0, 18.0],
                                    egui::Button::new(term.word.as_str()).small(),
                                );
                                if response.clicked() {
                                    pick = Some(Command::ShowTerm(term.word.clone()));
                                }
                                let (rect, _) =
                                    ui.allocate_exact_size(vec2(80.0, 12.0), Sense::hover());
                                let width = rect.width() * (term.weight / max) as f32;
                                ui.painter().rect_filled(
                                    Rect::from_min_size(rect.min, vec2(width, rect.height())),
                                    2.0,
                                    color,
                                );
                            });
                        }
                    });
                    ui.separator();
                }
            });
        });
    pick
}

impl super::View for TermsView {
    fn id(&self) -> crate::present::ViewId {
        crate::present::ViewId::Terms
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        TermsView::ui(self, ui, ctx)
    }

    fn wait(&mut self) {
        TermsView::wait(self);
    }
}
