//! The evidence panel on the right: the quotes behind a clicked bar or tile
//! (a click on a quote opens the reader), or the lines in which a clicked
//! term occurs, province by province. Those lines are searched on a worker
//! thread, once per analysis, term and selection.

use std::sync::Arc;

use egui::{Color32, RichText, text::LayoutJob};

use super::{Ctx, change};
use crate::aggregate::{self, MeasureKey};
use crate::gui::app::{Command, Evidence};
use crate::gui::chart;
use crate::gui::i18n::T;
use crate::gui::loading::Task;
use crate::measure::Change;
use crate::terms::Context;

/// Each province's lines for a term.
pub type Lines = Vec<(String, Vec<Context>)>;
type LinesKey = (u64, String, Vec<String>);

/// What the panel shows, and the term's lines.
#[derive(Default)]
pub struct EvidencePanel {
    pub shown: Option<Evidence>,
    /// The term whose lines are listed (from the terms view).
    pub term: Option<String>,
    lines: Option<(LinesKey, Arc<Lines>)>,
    pending: Option<(LinesKey, Task<Lines>)>,
}

impl EvidencePanel {
    pub fn show(&mut self, evidence: Evidence) {
        self.shown = Some(evidence);
    }

    pub fn show_term(&mut self, term: String) {
        self.term = Some(term);
        self.shown = None;
    }

    /// Whether there is anything to show (term lines only beside the terms view).
    pub fn is_open(&self, terms_view: bool) -> bool {
        self.shown.is_some() || (terms_view && self.term.is_some())
    }

    /// Close the evidence, else the term's lines.
    pub fn close_one(&mut self) {
        if self.shown.take().is_none() {
            self.term = None;
        }
    }

    pub fn close_all(&mut self) {
        self.shown = None;
        self.term = None;
    }

    /// Block until the lines under way are ready (tests and scripted use).
    pub fn wait(&mut self) {
        if let Some((key, task)) = self.pending.take()
            && let Some(lines) = task.wait()
        {
            self.lines = Some((key, Arc::new(lines)));
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let title = if self.shown.is_some() {
            T::Evidence
        } else {
            T::TermInContext
        };
        let mut command = None;
        ui.horizontal(|ui| {
            ui.heading(ctx.tr(title));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(ctx.tr(T::Close)).clicked() {
                    command = Some(Command::ClosePanel);
                }
            });
        });
        let shown = match (&self.shown, &self.term) {
            (Some(evidence), _) => quotes_ui(ui, ctx, evidence),
            (None, Some(term)) => {
                let term = term.clone();
                self.term_lines_ui(ui, ctx, &term)
            }
            (None, None) => None,
        };
        shown.or(command)
    }

    /// The lines of `term` for the selection, once they are ready.
    pub fn lines(
        &mut self,
        ctx: &Ctx<'_>,
        egui_ctx: &egui::Context,
        term: &str,
    ) -> Option<Arc<Lines>> {
        let wanted: LinesKey = (ctx.data.generation, term.to_owned(), ctx.selection.clone());
        if let Some((key, task)) = &self.pending
            && let Some(result) = task.poll()
        {
            if let Ok(lines) = result {
                self.lines = Some((key.clone(), Arc::new(lines)));
            }
            self.pending = None;
        }
        if let Some((key, lines)) = &self.lines
            && *key == wanted
        {
            return Some(Arc::clone(lines));
        }
        if self.pending.as_ref().is_none_or(|(key, _)| *key != wanted) {
            let analysis = Arc::clone(&ctx.data.analysis);
            let (term, provinces) = (term.to_owned(), ctx.selection.clone());
            // Documents restored from the cache are read from disk for this: never on the UI thread.
            let work = move || {
                provinces
                    .into_iter()
                    .map(|p| {
                        let lines = crate::terms::keyword_in_context(&analysis, &p, &term, 18, 30);
                        (p, lines)
                    })
                    .filter(|(_, lines)| !lines.is_empty())
                    .collect()
            };
            let task = Task::spawn(egui_ctx, "keyword in context", work)
                .unwrap_or_else(|_| Task::ready(Vec::new()));
            self.pending = Some((wanted, task));
        }
        None
    }

    fn term_lines_ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>, term: &str) -> Option<Command> {
        ui.label(RichText::new(term).strong());
        ui.separator();
        let Some(lines) = self.lines(ctx, ui.ctx(), term) else {
            ui.label(RichText::new(ctx.tr(T::Computing)).weak());
            return None;
        };
        let mut command = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (province, lines) in lines.iter() {
                ui.label(RichText::new(ctx.lang().province(province)).strong());
                for line in lines {
                    let text = format!("…{}【{}】{}…", line.left, line.term, line.right);
                    let label = egui::Label::new(text).sense(egui::Sense::click());
                    if ui.add(label).clicked() {
                        command = Some(Command::OpenDocument {
                            doc_index: line.doc_index,
                            span: Some(line.original),
                        });
                    }
                }
                ui.separator();
            }
        });
        command
    }
}

/// The quotes behind a bar, each with its value, year, file and line.
fn quotes_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, evidence: &Evidence) -> Option<Command> {
    let analysis = ctx.analysis();
    let lang = ctx.lang();
    ui.label(format!(
        "{} · {}",
        lang.province(&evidence.province),
        chart::measure_title(evidence.key, lang)
    ));
    ui.separator();
    let mut command = None;
    let excluded = ctx.settings.excluded_here();
    // Every figure is judged against the bars of the other provinces.
    let others = ctx.data.store.other_bars(
        ctx.data.generation,
        analysis,
        evidence.key,
        &ctx.settings.choice(),
        &evidence.province,
    );
    egui::ScrollArea::vertical().show(ui, |ui| {
        for &i in &evidence.mentions {
            let Some(found) = analysis.measures.get(i) else {
                continue;
            };
            let doc = analysis.documents.get(found.doc_index);
            let m = &found.measure;
            let key = MeasureKey::of(found);
            let figure_id = aggregate::figure_id(found);
            let is_excluded = excluded.contains(&figure_id);
            let changed_to = found
                .changed_to
                .and_then(|t| analysis.measures.get(t))
                .map(|to| to.measure.value);
            // Changes as changes: `680 → 730元`, `+30元`; levels as levels.
            let value = match m.change {
                Change::Before => change::change_label(
                    change::Shape::Dumbbell {
                        before: m.value,
                        after: changed_to,
                    },
                    key,
                    lang,
                ),
                Change::Increase => {
                    change::change_label(change::Shape::Increment(m.value), key, lang)
                }
                Change::Level => {
                    chart::qualified_label(m.value, m.value_max, m.qualifier, key, lang)
                }
            };
            let suspicious = m.change == Change::Level
                && key == evidence.key
                && aggregate::suspicious(m.value, &others);
            let mut facts = vec![value];
            // Whose figure it is: a place below the province says so.
            let level = m.level();
            if level.is_local() {
                facts.push(format!("{} ({})", m.place.trim(), lang.level(level)));
            }
            facts.extend(m.year.map(|y| y.to_string()));
            if m.year.is_none()
                && let Some(p) = crate::measure::published_year(&m.published)
            {
                facts.push(format!("{}{p}", lang.tr(T::PublishedIn)));
            }
            facts.extend([lang.area(m.area), lang.change(m.change)].map(str::to_owned));
            facts.retain(|f| !f.is_empty());
            ui.horizontal(|ui| {
                let mut text = RichText::new(facts.join(" · ")).strong();
                if is_excluded {
                    text = text.strikethrough().weak();
                }
                if suspicious {
                    ui.label(RichText::new("⚠").color(ui.visuals().warn_fg_color))
                        .on_hover_text(lang.tr(T::SuspiciousHint));
                }
                ui.label(text);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .small_button(lang.tr(T::Correct))
                        .on_hover_text(lang.tr(T::CorrectHint))
                        .clicked()
                    {
                        let draft = ctx.data.uncorrected.get(i).map(|f| (i, f.measure.clone()));
                        ui.data_mut(|d| d.insert_temp(draft_id(), draft));
                    }
                    if ctx.analysis().corrected.contains(&i) {
                        if ui
                            .small_button(lang.tr(T::Restore))
                            .on_hover_text(lang.tr(T::CorrectedWord))
                            .clicked()
                        {
                            command = Some(Command::Correct {
                                measure: i,
                                correction: None,
                            });
                        }
                        ui.label(RichText::new(lang.tr(T::CorrectedWord)).small().weak());
                    }
                    if is_excluded {
                        if ui.small_button(lang.tr(T::Restore)).clicked() {
                            command = Some(Command::Exclude {
                                figure_id: figure_id.clone(),
                                excluded: false,
                            });
                        }
                        ui.label(RichText::new(lang.tr(T::ExcludedWord)).small().weak());
                    } else if ui
                        .small_button("×")
                        .on_hover_text(lang.tr(T::Exclude))
                        .clicked()
                    {
                        command = Some(Command::Exclude {
                            figure_id: figure_id.clone(),
                            excluded: true,
                        });
                    }
                });
            });
            if let Some(c) = correction_ui(ui, ctx, i) {
                command = Some(c);
            }
            let job = highlighted_quote(ui, found, doc);
            if ui
                .add(egui::Label::new(job).sense(egui::Sense::click()))
                .on_hover_cursor(egui::CursorIcon::PointingHand)
                .clicked()
            {
                command = Some(Command::OpenReader { measure: i });
            }
            ui.label(
                RichText::new(format!("{} : {}", m.doc, found.line))
                    .small()
                    .weak(),
            );
            ui.separator();
        }
    });
    command
}

/// Where the figure being corrected (its index and fields) is kept.
fn draft_id() -> egui::Id {
    egui::Id::unique("evidence_correction")
}

/// The fields of the figure at `i` to correct, when 更正 opened them:
/// province, place, side, period, year, programme, kind and change.
fn correction_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, i: usize) -> Option<Command> {
    use crate::measure::{Area, Category, Kind, PROVINCES, Period};
    let draft: Option<(usize, crate::measure::Measure)> =
        ui.data(|d| d.get_temp(draft_id())).flatten();
    let (at, mut m) = draft.filter(|(at, _)| *at == i)?;
    let lang = ctx.lang();
    let mut command = None;
    let mut close = false;
    egui::Grid::new(("correction", i))
        .num_columns(2)
        .show(ui, |ui| {
            let label = ui.label(lang.tr(T::Province)).id;
            egui::ComboBox::from_id_salt(("correct_province", i))
                .selected_text(lang.province(&m.province))
                .show_ui(ui, |ui| {
                    for p in PROVINCES {
                        ui.selectable_value(&mut m.province, p.to_owned(), lang.province(p));
                    }
                })
                .response
                .labelled_by(label);
            ui.end_row();
            let label = ui.label(lang.tr(T::Place)).id;
            ui.text_edit_singleline(&mut m.place).labelled_by(label);
            ui.end_row();
            let label = ui.label(lang.tr(T::Area)).id;
            egui::ComboBox::from_id_salt(("correct_area", i))
                .selected_text(lang.area(m.area))
                .show_ui(ui, |ui| {
                    for a in Area::ALL {
                        ui.selectable_value(&mut m.area, a, lang.area(a));
                    }
                })
                .response
                .labelled_by(label);
            ui.end_row();
            let label = ui.label(lang.tr(T::Period)).id;
            egui::ComboBox::from_id_salt(("correct_period", i))
                .selected_text(lang.period(m.period))
                .show_ui(ui, |ui| {
                    for p in [
                        None,
                        Some(Period::Month),
                        Some(Period::Year),
                        Some(Period::Once),
                    ] {
                        ui.selectable_value(&mut m.period, p, lang.period(p));
                    }
                })
                .response
                .labelled_by(label);
            ui.end_row();
            let label = ui.label(lang.tr(T::Year)).id;
            let mut year = m.year.map(|y| y.to_string()).unwrap_or_default();
            if ui
                .text_edit_singleline(&mut year)
                .labelled_by(label)
                .changed()
            {
                m.year = year
                    .trim()
                    .parse()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y));
            }
            ui.end_row();
            let label = ui.label(lang.tr(T::Programme)).id;
            egui::ComboBox::from_id_salt(("correct_category", i))
                .selected_text(lang.category(m.category))
                .show_ui(ui, |ui| {
                    for c in Category::ALL {
                        ui.selectable_value(&mut m.category, c, lang.category(c));
                    }
                })
                .response
                .labelled_by(label);
            ui.end_row();
            let label = ui.label(lang.tr(T::Kind)).id;
            egui::ComboBox::from_id_salt(("correct_kind", i))
                .selected_text(lang.kind(m.kind))
                .show_ui(ui, |ui| {
                    for k in Kind::ALL {
                        ui.selectable_value(&mut m.kind, k, lang.kind(k));
                    }
                })
                .response
                .labelled_by(label);
            ui.end_row();
            let label = ui.label(lang.tr(T::Change)).id;
            egui::ComboBox::from_id_salt(("correct_change", i))
                .selected_text(lang.change(m.change))
                .show_ui(ui, |ui| {
                    for c in Change::ALL {
                        ui.selectable_value(&mut m.change, c, lang.change(c));
                    }
                })
                .response
                .labelled_by(label);
            ui.end_row();
        });
    ui.horizontal(|ui| {
        if ui.button(lang.tr(T::ApplyCorrection)).clicked() {
            if let Some(original) = ctx.data.uncorrected.get(at) {
                let fields = crate::corrections::Fields::between(&original.measure, &m);
                let correction = (!fields.is_empty()).then(|| crate::corrections::Correction {
                    doc: original.measure.doc.clone(),
                    quote: original.measure.quote.clone(),
                    value: original.measure.value,
                    exclude: false,
                    fields,
                });
                command = Some(Command::Correct {
                    measure: at,
                    correction,
                });
            }
            close = true;
        }
        if ui.button(lang.tr(T::Cancel)).clicked() {
            close = true;
        }
    });
    let draft = (!close).then_some((at, m));
    ui.data_mut(|d| d.insert_temp(draft_id(), draft));
    command
}

/// The quote of a measure with its figure highlighted (the document's text
/// when it is in memory; the stored quote otherwise).
fn highlighted_quote(
    ui: &egui::Ui,
    found: &crate::measure::Found,
    doc: Option<&crate::corpus::Document>,
) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let normal = egui::TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let mark = egui::TextFormat {
        font_id: font,
        color: Color32::BLACK,
        background: Color32::from_rgb(0xff, 0xd5, 0x4f),
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let (c, f) = (found.clause, found.figure);
    match doc.map(|d| d.original.as_str()) {
        Some(text)
            if c.start <= f.start
                && f.end <= c.end
                && c.end <= text.len()
                && text.is_char_boundary(c.start)
                && text.is_char_boundary(f.start)
                && text.is_char_boundary(f.end)
                && text.is_char_boundary(c.end) =>
        {
            job.append(&text[c.start..f.start], 0.0, normal.clone());
            job.append(&text[f.start..f.end], 0.0, mark);
            job.append(&text[f.end..c.end], 0.0, normal);
        }
        _ => job.append(&found.measure.quote, 0.0, normal),
    }
    job
}
