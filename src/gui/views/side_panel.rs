//! The panel on the left: what was read, the provinces to compare (with
//! their colours), the measure (with a search field), and the file limit.

use egui::RichText;

use super::Ctx;
use crate::aggregate::MeasureKey;
use crate::gui::app::Command;
use crate::gui::chart;
use crate::gui::i18n::{Lang, T};

/// The side panel and the text typed into the measure search.
#[derive(Default)]
pub struct SidePanel {
    pub measure_search: String,
}

impl SidePanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let Self { measure_search } = self;
        let mut command = None;
        let analysis = ctx.analysis();
        let articles: usize = analysis.documents.iter().map(|d| d.articles.len()).sum();
        egui::Grid::new("summary").num_columns(2).show(ui, |ui| {
            for (label, value) in [
                (T::Documents, analysis.documents.len()),
                (T::Articles, articles),
                (T::Measures, analysis.measures.len()),
                (T::Problems, analysis.problems.len()),
            ] {
                ui.label(ctx.tr(label));
                ui.label(RichText::new(value.to_string()).strong());
                ui.end_row();
            }
        });
        let source = if ctx.loading.is_some() {
            format!("{} {}", ctx.tr(T::Loading), ctx.source_label())
        } else {
            ctx.source_label()
        };
        ui.add(egui::Label::new(RichText::new(source).small().weak()).wrap());
        ui.separator();
        ui.horizontal(|ui| {
            ui.strong(ctx.tr(T::Provinces));
            if ui.small_button(ctx.tr(T::All)).clicked() {
                command = Some(Command::SetSelection(ctx.data.provinces_with_data()));
            }
            if ui.small_button(ctx.tr(T::None)).clicked() {
                command = Some(Command::SetSelection(Vec::new()));
            }
        });
        for (province, count) in &ctx.data.province_counts {
            let mut on = ctx.selection.iter().any(|s| s == province);
            let color = on.then(|| chart::color_of(province));
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                if let Some(c) = color {
                    ui.painter().rect_filled(rect, 2.0, c);
                }
                if ui
                    .checkbox(&mut on, ctx.lang().province(province))
                    .changed()
                {
                    command = Some(Command::SetProvince {
                        province: (*province).to_owned(),
                        on,
                    });
                }
                ui.label(RichText::new(count.to_string()).weak());
            });
        }
        ui.separator();
        // The label above the box: beside it, a narrow panel squeezes it to one letter a line.
        let label = ui.strong(ctx.tr(T::Measure));
        command = measure_box_ui(ui, ctx, measure_search, label.id).or(command);
        command = level_ui(ui, ctx).or(command);
        ui.separator();
        // Larger files are skipped with a problem; raise the limit and reopen to read them.
        ui.horizontal(|ui| {
            let label = ui.label(ctx.tr(T::FileLimit));
            let mut mb = ctx.settings.max_file_mb;
            let response = ui
                .add(egui::DragValue::new(&mut mb).range(1..=4096).suffix(" MB"))
                .labelled_by(label.id);
            if response.changed() {
                command = Some(Command::SetMaxFileMb(mb));
            }
        });
        command
    }
}

/// 只看全省 (only province-wide figures), and in a chart of one year the
/// tick that also takes figures dated only by their document.
fn level_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
    let mut command = None;
    let mut province_only = ctx.settings.province_only;
    if ui
        .checkbox(&mut province_only, ctx.tr(T::ProvinceOnly))
        .on_hover_text(ctx.tr(T::ProvinceOnlyHint))
        .changed()
    {
        command = Some(Command::SetProvinceOnly(province_only));
    }
    let corrections = ctx.settings.corrections_here();
    if !corrections.is_empty() {
        let title = format!("{} {}", ctx.tr(T::CorrectedWord), corrections.len());
        ui.menu_button(title, |ui| {
            for c in &corrections {
                ui.horizontal(|ui| {
                    if ui.button(ctx.tr(T::Restore)).clicked() {
                        let at = ctx
                            .data
                            .uncorrected
                            .iter()
                            .position(|f| c.matches(&f.measure));
                        if let Some(measure) = at {
                            command = Some(Command::Correct {
                                measure,
                                correction: None,
                            });
                        }
                        ui.close();
                    }
                    let line = c.json_line();
                    ui.label(RichText::new(line).small());
                });
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        if ui.small_button(ctx.tr(T::ExportCorrections)).clicked() {
            command = Some(Command::Export(crate::gui::export::Target::Corrections));
        }
        if ui.small_button(ctx.tr(T::ImportCorrections)).clicked() {
            command = Some(Command::PickCorrections);
        }
    });
    if let crate::aggregate::YearChoice::Year(year) = ctx.settings.year {
        let mut dated = ctx.settings.dated_by_document;
        if ui
            .checkbox(
                &mut dated,
                format!("{year} {}", ctx.tr(T::IncludeDatedByDocument)),
            )
            .on_hover_text(ctx.tr(T::IncludeDatedByDocumentHint))
            .changed()
        {
            command = Some(Command::SetDatedByDocument(dated));
        }
    }
    command
}

/// Whether a measure matches what was typed, in either language or its code.
pub fn matches_search(key: MeasureKey, search: &str) -> bool {
    let search = search.trim().to_lowercase();
    search.is_empty()
        || [Lang::Zh, Lang::En].iter().any(|lang| {
            chart::measure_title(key, *lang)
                .to_lowercase()
                .contains(&search)
        })
        || key.code().contains(&search)
}

/// The measure picker: a box the width of the panel, a search field on top of its list.
fn measure_box_ui(
    ui: &mut egui::Ui,
    ctx: &Ctx<'_>,
    search: &mut String,
    label: egui::Id,
) -> Option<Command> {
    let lang = ctx.lang();
    let mut command = None;
    let current = ctx.settings.measure.map(|k| chart::measure_title(k, lang));
    let response = egui::ComboBox::from_id_salt("measure")
        .selected_text(current.unwrap_or_default())
        .width(ui.available_width())
        .height(420.0)
        // Typing in the search field must not close the list.
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show_ui(ui, |ui| {
            ui.add(
                egui::TextEdit::singleline(search)
                    .hint_text(ctx.tr(T::SearchMeasures))
                    .desired_width(f32::INFINITY),
            );
            let mut shown = 0;
            for (key, count) in &ctx.data.keys {
                if !matches_search(*key, search) {
                    continue;
                }
                shown += 1;
                let label = format!("{} ({count})", chart::measure_title(*key, lang));
                let selected = ctx.settings.measure == Some(*key);
                if ui.selectable_label(selected, label).clicked() {
                    command = Some(Command::SetMeasure(*key));
                    ui.close();
                }
            }
            if shown == 0 {
                ui.label(RichText::new(ctx.tr(T::NothingMatches)).weak());
            }
        });
    let _ = response.response.labelled_by(label);
    command
}
