//! The bar at the bottom: reading progress, the path field that stands in for
//! a file dialog that could not be shown, the last message, and the problems
//! met while reading.

use egui::RichText;

use super::Ctx;
use crate::analysis::Progress;
use crate::corpus;
use crate::gui::app::{Command, Purpose};
use crate::gui::i18n::{Lang, T};

/// A typed path standing in for a dialog that could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub struct PathField {
    pub purpose: Purpose,
    pub text: String,
    /// Set once the user was told the file exists: the next submit replaces it.
    pub replace_confirmed: bool,
}

/// The status bar and its path field.
#[derive(Default)]
pub struct StatusBar {
    pub path_field: Option<PathField>,
}

impl StatusBar {
    /// Offer a path field: for saving, filled with the suggested file in the
    /// user's pictures or documents folder, so the folder is in plain sight.
    pub fn offer_path_field(&mut self, purpose: Purpose, lang: Lang) {
        let text = match purpose {
            Purpose::Open | Purpose::ImportCorrections => String::new(),
            Purpose::Save(target) => target
                .resolve(&target.suggested_name(lang))
                .display()
                .to_string(),
        };
        self.path_field = Some(PathField {
            purpose,
            text,
            replace_confirmed: false,
        });
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &Ctx<'_>,
        progress: Option<Progress>,
        message: Option<&str>,
    ) -> Option<Command> {
        let mut command = None;
        if let Some(p) = progress {
            command = progress_ui(ui, ctx, p).or(command);
        }
        if let Some(field) = &mut self.path_field {
            let (submit, close) = path_field_ui(ui, ctx, field);
            if close {
                self.path_field = None;
            } else if submit && !field.text.trim().is_empty() {
                command = Some(match field.purpose {
                    Purpose::Open => {
                        let path = std::path::PathBuf::from(field.text.trim());
                        self.path_field = None;
                        Command::Open(vec![path])
                    }
                    Purpose::ImportCorrections => {
                        let path = std::path::PathBuf::from(field.text.trim());
                        self.path_field = None;
                        Command::ImportCorrections(path)
                    }
                    Purpose::Save(target) => {
                        let path = target.resolve(&field.text);
                        if path.exists() && !field.replace_confirmed {
                            // No dialog asked: ask here before replacing a file.
                            field.replace_confirmed = true;
                            let ask = ctx.tr(T::ConfirmReplace);
                            Command::Status(format!("{ask}: {}", path.display()))
                        } else {
                            self.path_field = None;
                            Command::SaveTo(target, path)
                        }
                    }
                });
            }
        }
        if let Some(message) = message {
            ui.add(egui::Label::new(RichText::new(message).weak()).wrap());
        }
        problems_ui(ui, ctx);
        command
    }
}

fn progress_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, p: Progress) -> Option<Command> {
    let mut command = None;
    ui.horizontal(|ui| {
        ui.label(ctx.tr(T::Loading));
        let fraction = if p.bytes_total > 0 {
            p.bytes_done as f32 / p.bytes_total as f32
        } else {
            0.0
        };
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(280.0)
                .show_percentage(),
        );
        ui.label(format!(
            "{}/{} {} · {} / {} · {} {}",
            p.files_done,
            p.files_total,
            ctx.tr(T::FilesDone),
            corpus::human_bytes(p.bytes_done),
            corpus::human_bytes(p.bytes_total),
            p.measures_found,
            ctx.tr(T::Measures)
        ));
        if ui.button(ctx.tr(T::Cancel)).clicked() {
            command = Some(Command::CancelLoading);
        }
    });
    command
}

/// The path row; returns (submitted, closed).
fn path_field_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, field: &mut PathField) -> (bool, bool) {
    let (mut submit, mut close) = (false, false);
    ui.horizontal(|ui| {
        let label = ui.label(ctx.tr(T::PathField));
        let edit = ui
            .add(egui::TextEdit::singleline(&mut field.text).desired_width(480.0))
            .labelled_by(label.id);
        submit = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        // The button says what it does: open a folder, or save a file.
        let action = match field.purpose {
            Purpose::Open | Purpose::ImportCorrections => T::Open,
            Purpose::Save(_) if field.replace_confirmed => T::Replace,
            Purpose::Save(_) => T::Save,
        };
        submit |= ui.button(ctx.tr(action)).clicked();
        close = ui.button(ctx.tr(T::Close)).clicked();
    });
    if let Purpose::Save(target) = field.purpose {
        let folder = target.resolve(&field.text);
        let folder = folder.parent().map(|p| p.display().to_string());
        ui.label(
            RichText::new(format!(
                "{} {}",
                ctx.tr(T::SavesInto),
                folder.unwrap_or_default()
            ))
            .small()
            .weak(),
        );
    }
    (submit, close)
}

fn problems_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>) {
    let problems = &ctx.analysis().problems;
    let header = format!("{} ({})", ctx.tr(T::Problems), problems.len());
    egui::CollapsingHeader::new(header)
        .id_salt("problems")
        .default_open(false)
        .show(ui, |ui| {
            if problems.is_empty() {
                ui.label(ctx.tr(T::NoProblems));
            }
            egui::ScrollArea::vertical()
                .max_height(160.0)
                .show(ui, |ui| {
                    for problem in problems {
                        ui.horizontal(|ui| {
                            ui.label(
                                RichText::new(ctx.lang().problem(&problem.reason))
                                    .color(ui.visuals().warn_fg_color),
                            );
                            ui.label(RichText::new(&problem.path).monospace());
                        });
                    }
                });
        });
}
