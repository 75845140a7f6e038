//! The bar at the top: open a folder or files, the views, exports, language,
//! and a menu (copy the chart, theme, About); and the keyboard shortcuts and
//! dropped files that do the same.

use std::path::PathBuf;

use egui::RichText;

use super::Ctx;
use crate::aggregate::MeasureKey;
use crate::gui::app::Command;
use crate::gui::export::Target;
use crate::gui::i18n::T;
use crate::present::ViewId;

/// The top bar (it keeps no state of its own).
#[derive(Default)]
pub struct TopBar;

impl TopBar {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let mut command = None;
        ui.horizontal_wrapped(|ui| {
            ui.heading(RichText::new("民生对比").strong());
            ui.separator();
            if ui
                .button(ctx.tr(T::OpenFolder))
                .on_hover_text("Ctrl+O")
                .clicked()
            {
                command = Some(Command::PickFolder);
            }
            if ui.button(ctx.tr(T::OpenFiles)).clicked() {
                command = Some(Command::PickFiles);
            }
            if ui.button(ctx.tr(T::OpenSeeds)).clicked() {
                command = Some(Command::OpenSeeds);
            }
            let recent = &ctx.settings.recent;
            ui.add_enabled_ui(!recent.is_empty(), |ui| {
                ui.menu_button(ctx.tr(T::RecentFolders), |ui| {
                    for path in recent {
                        if ui.button(path.display().to_string()).clicked() {
                            command = Some(Command::Open(vec![path.clone()]));
                            ui.close();
                        }
                    }
                });
            });
            ui.separator();
            for view in crate::present::VIEWS {
                let selected = ctx.settings.view == view.id;
                if ui.selectable_label(selected, ctx.tr(view.tab)).clicked() {
                    command = Some(Command::SetView(view.id));
                }
            }
            ui.separator();
            // The figures in view, as a file: one menu keeps the bar on one line.
            ui.menu_button(ctx.tr(T::ExportFigures), |ui| {
                ui.label(
                    egui::RichText::new(ctx.tr(T::ExportAllFigures))
                        .small()
                        .weak(),
                );
                if ui.button(ctx.tr(T::ExportJson)).clicked() {
                    command = Some(Command::Export(Target::Json));
                    ui.close();
                }
                if ui.button(ctx.tr(T::ExportCsv)).clicked() {
                    command = Some(Command::Export(Target::Csv));
                    ui.close();
                }
            });
            // In the flow, not pinned right: on a narrow window a pinned group
            // would be drawn over the export buttons.
            ui.separator();
            if ui.button(ctx.tr(T::Language)).clicked() {
                command = Some(Command::ToggleLanguage);
            }
            ui.menu_button(ctx.tr(T::More), |ui| {
                let has_chart = ctx.settings.measure.is_some();
                let copy = egui::Button::new(ctx.tr(T::CopyChart));
                if ui.add_enabled(has_chart, copy).clicked() {
                    command = Some(Command::CopyChart);
                    ui.close();
                }
                let dark = ctx.settings.dark;
                let theme = if dark { T::Light } else { T::Dark };
                if ui.button(ctx.tr(theme)).clicked() {
                    command = Some(Command::SetDark(!dark));
                    ui.close();
                }
                ui.separator();
                if ui.button(ctx.tr(T::About)).clicked() {
                    command = Some(Command::ShowAbout);
                    ui.close();
                }
            });
        });
        command
    }
}

/// Ctrl+O opens a folder, Ctrl+E exports the picture of the view shown
/// (the comparison chart where the view draws none of its own).
pub fn shortcuts(ctx: &egui::Context, measure: Option<MeasureKey>, view: ViewId) -> Vec<Command> {
    let (open, export) = ctx.input_mut(|i| {
        (
            i.consume_key(egui::Modifiers::COMMAND, egui::Key::O),
            i.consume_key(egui::Modifiers::COMMAND, egui::Key::E),
        )
    });
    let mut commands = Vec::new();
    if open {
        commands.push(Command::PickFolder);
    }
    if export && let Some(key) = measure {
        commands.push(Command::Export(picture_of(view, key)));
    }
    commands
}

/// What `导出 PNG…` writes from `view`.
pub fn picture_of(view: ViewId, key: MeasureKey) -> Target {
    match view {
        ViewId::Overview => Target::Overview,
        ViewId::Map => Target::Map(key),
        view if view.info().picture => Target::Picture(view, key),
        _ => Target::Chart(key),
    }
}

/// Folders or files dropped on the window.
pub fn dropped_files(ctx: &egui::Context) -> Option<Vec<PathBuf>> {
    let paths: Vec<PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    });
    (!paths.is_empty()).then_some(paths)
}
