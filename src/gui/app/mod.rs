//! The frame loop and the one place that changes shared state. Views draw and
//! return a [`Command`]; [`MinshengApp::run`] carries each out at the end of
//! the frame. [`Settings`] is what persists; the rest lives for one run.

use std::path::PathBuf;

pub use super::command::{Command, Evidence, Purpose};
use super::dialogs::{DialogOutcome, Dialogs};
use super::export::Target;
use super::i18n::T;
use super::loading::{Background, Done, Loading, Task};
pub use super::settings::Settings;
pub use super::views::Views;
use super::views::{self, Ctx, Data};
use crate::analysis::Analysis;
pub use crate::present::ViewId;

mod scripted;
mod shown;

/// The whole dashboard.
pub struct MinshengApp {
    pub settings: Settings,
    pub data: Data,
    pub views: Views,
    /// A message for the status line (saved files, dialog problems).
    pub status: Option<String>,
    dialogs: Box<dyn Dialogs>,
    /// Work under way on other threads.
    background: Background,
    /// Results kept between runs (none in tests).
    cache: Option<crate::cache::Cache>,
}

impl MinshengApp {
    pub fn new(settings: Settings, dialogs: Box<dyn Dialogs>) -> Self {
        Self {
            settings,
            data: Data::new(Analysis::default(), 0, Vec::new()),
            views: Views::default(),
            status: None,
            dialogs,
            background: Background::default(),
            cache: None,
        }
    }

    /// Keep results between runs in `cache`.
    #[must_use]
    pub fn with_cache(mut self, cache: Option<crate::cache::Cache>) -> Self {
        self.cache = cache;
        self
    }

    /// Draw the whole dashboard, then carry out what the views asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let egui_ctx = ui.ctx().clone();
        let theme = if self.settings.dark {
            egui::ThemePreference::Dark
        } else {
            egui::ThemePreference::Light
        };
        if egui_ctx.options(|o| o.theme_preference) != theme {
            egui_ctx.set_theme(theme);
        }
        self.poll(&egui_ctx);
        let (measure, view) = (self.settings.measure, self.settings.view);
        let mut commands = views::top_bar::shortcuts(&egui_ctx, measure, view);
        let ctx = Ctx {
            loading: (self.background.loading.as_ref()).map(|l| l.paths.as_slice()),
            ..Ctx::new(&self.data, &self.settings)
        };
        let progress = self.background.loading.as_ref().map(Loading::progress);
        let Views {
            top_bar,
            side_panel,
            status,
            evidence,
            reader,
            about,
            main,
        } = &mut self.views;
        egui::Panel::top("top").show(ui, |ui| {
            commands.extend(top_bar.ui(ui, &ctx));
        });
        egui::Panel::bottom("bottom").show(ui, |ui| {
            commands.extend(status.ui(ui, &ctx, progress, self.status.as_deref()));
        });
        egui::Panel::left("side")
            .resizable(true)
            .default_size(270.0)
            .min_size(220.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .show(ui, |ui| commands.extend(side_panel.ui(ui, &ctx)));
            });
        let terms_shown = ctx.settings.view == ViewId::Terms;
        if reader.is_open() || evidence.is_open(terms_shown) {
            egui::Panel::right("evidence")
                .resizable(true)
                .default_size(380.0)
                .show(ui, |ui| {
                    let command = if reader.is_open() {
                        reader.ui(ui, &ctx)
                    } else {
                        evidence.ui(ui, &ctx)
                    };
                    commands.extend(command);
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            let shown = main.iter_mut().find(|v| v.id() == ctx.settings.view);
            commands.extend(shown.and_then(|view| view.ui(ui, &ctx)));
        });
        commands.extend(about.ui(ui, &ctx));
        commands.extend(views::top_bar::dropped_files(&egui_ctx).map(Command::Open));
        for command in commands {
            self.run(&egui_ctx, command);
        }
    }

    /// Handle the work that finished since the last frame.
    fn poll(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        for done in self.background.poll() {
            match done {
                Done::Loaded(paths, Some(analysis)) => self.finish_loading(&paths, analysis),
                Done::Loaded(_, None) => {}
                Done::Dialog(purpose, outcome) => self.dialog_done(ctx, purpose, outcome),
                Done::Saved(result) => {
                    self.status = Some(super::export::saved_message(lang, &result));
                }
                Done::Copied(Ok(image)) => {
                    ctx.copy_image(image);
                    self.status = Some(lang.tr(T::ChartCopied).to_owned());
                }
                Done::Copied(Err(err)) => {
                    self.status = Some(format!("{}: {err}", lang.tr(T::CopyFailed)));
                }
            }
        }
    }

    fn dialog_done(&mut self, ctx: &egui::Context, purpose: Purpose, outcome: DialogOutcome) {
        match (purpose, outcome) {
            (_, DialogOutcome::Cancelled) => {}
            (purpose, DialogOutcome::Unavailable(reason)) => {
                // The message says what is missing in the user's language; the details go to the log.
                eprintln!("minsheng: no file dialog ({reason})");
                self.status = Some(self.settings.lang.tr(T::NoDialog).to_owned());
                let lang = self.settings.lang;
                self.views.status.offer_path_field(purpose, lang);
            }
            (Purpose::Open, DialogOutcome::Chosen(path)) => self.open(ctx, vec![path]),
            (Purpose::Open, DialogOutcome::ChosenMany(paths)) => self.open(ctx, paths),
            (Purpose::ImportCorrections, DialogOutcome::Chosen(path)) => {
                self.import_corrections(&path);
            }
            (Purpose::ImportCorrections, DialogOutcome::ChosenMany(paths)) => {
                for path in paths {
                    self.import_corrections(&path);
                }
            }
            (Purpose::Save(target), DialogOutcome::Chosen(path)) => self.save(ctx, target, path),
            (Purpose::Save(target), DialogOutcome::ChosenMany(paths)) => {
                if let Some(path) = paths.into_iter().next() {
                    self.save(ctx, target, path);
                }
            }
        }
    }

    /// Carry out one command.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        let mut reapply = false;
        let settings = &mut self.settings;
        match command {
            Command::PickFolder if self.background.dialog.is_none() => {
                self.background.dialog = Some((Purpose::Open, self.dialogs.pick_folder(ctx)));
            }
            Command::Open(paths) => self.open(ctx, paths),
            Command::OpenSeeds => self.load_seeds(),
            Command::CancelLoading => self.background.loading.iter().for_each(Loading::cancel),
            Command::SetView(view) => settings.view = view,
            Command::SetMeasure(key) => settings.measure = Some(key),
            Command::SetSelection(selected) => {
                settings.selected = selected;
                settings.remember_selection();
            }
            Command::SetProvince { province, on } => settings.set_province(province, on),
            Command::ToggleLanguage => settings.lang = settings.lang.other(),
            Command::SetDark(dark) => settings.dark = dark,
            Command::SetExportScale(scale) => settings.export_scale = scale.clamp(1, 3),
            Command::SetExportSize(size) => settings.export_size = size,
            Command::SetExportWhite(white) => settings.export_white = white,
            Command::SetMaxFileMb(mb) => settings.max_file_mb = mb.clamp(1, 4096),
            Command::CompareOn { province, key } => {
                let focus = province.clone();
                if let Some(p) = province.filter(|p| !settings.selected.contains(p)) {
                    settings.selected.push(p);
                    settings.remember_selection();
                }
                settings.measure = Some(key);
                settings.view = ViewId::Compare;
                // The province in focus: its bar's evidence open beside the chart.
                if let Some(province) = focus {
                    let mentions =
                        views::compare::mentions_of(&self.data, settings, key, &province);
                    if !mentions.is_empty() {
                        self.show_evidence(Evidence {
                            province,
                            key,
                            mentions,
                        });
                    }
                }
            }
            Command::Export(target) if self.background.dialog.is_none() => {
                let name = target.suggested_name(settings.lang);
                let receiver = self.dialogs.save_file(ctx, &name, target.filter());
                self.background.dialog = Some((Purpose::Save(target), receiver));
            }
            Command::PickCorrections if self.background.dialog.is_none() => {
                self.background.dialog =
                    Some((Purpose::ImportCorrections, self.dialogs.pick_files(ctx)));
            }
            Command::ImportCorrections(path) => self.import_corrections(&path),
            Command::PickFiles if self.background.dialog.is_none() => {
                self.background.dialog = Some((Purpose::Open, self.dialogs.pick_files(ctx)));
            }
            // A dialog is already open: it answers first.
            Command::PickFolder
            | Command::PickFiles
            | Command::PickCorrections
            | Command::Export(_) => {}
            Command::SaveTo(target, path) => self.save(ctx, target, path),
            Command::ShowEvidence {
                province,
                key,
                mentions,
            } => self.show_evidence(Evidence {
                province,
                key,
                mentions,
            }),
            Command::ShowTerm(term) => {
                self.views.evidence.show_term(term);
                self.views.reader.close();
            }
            Command::OpenReader { measure } => {
                self.views.reader.open_measure(ctx, &self.data, measure);
            }
            Command::OpenDocument { doc_index, span } => {
                let span = span.unwrap_or_default();
                self.views
                    .reader
                    .open(ctx, &self.data, doc_index, span, span);
            }
            Command::ClosePanel => {
                if self.views.reader.is_open() {
                    self.views.reader.close();
                } else {
                    self.views.evidence.close_one();
                }
            }
            Command::Status(message) => self.status = Some(message),
            Command::SetArea(area) => settings.area = area,
            Command::SetYear(year) => settings.year = year,
            Command::SetConvert(convert) => settings.convert = convert,
            Command::SetProvinceOnly(on) => settings.province_only = on,
            Command::SetDatedByDocument(on) => settings.dated_by_document = on,
            Command::Exclude {
                figure_id,
                excluded,
            } => settings.set_excluded(figure_id, excluded),
            Command::Correct {
                measure,
                correction,
            } => {
                if let Some(found) = self.data.uncorrected.get(measure) {
                    settings.set_correction(&found.measure, correction);
                    reapply = true;
                }
            }
            Command::CopyChart => {
                if let Some(key) = settings.measure {
                    let work = super::clipboard::chart_image_work(&self.data, settings, key);
                    let task = Task::spawn(ctx, "copy chart", work);
                    self.background.copying =
                        Some(task.unwrap_or_else(|err| Task::ready(Err(err.to_string()))));
                }
            }
            Command::ShowAbout => self.views.about.show(views::about::Places {
                cache: self.cache.as_ref().map(|c| c.dir().to_path_buf()),
                settings: eframe::storage_dir("minsheng"),
            }),
            Command::ClearCache => {
                let message = views::about::clear_cache(self.cache.as_ref(), settings.lang);
                self.views.about.cleared = Some(message.clone());
                self.status = Some(message);
            }
        }
        if reapply {
            self.apply_corrections();
        }
    }

    /// Open a figure list in the side panel, in place of the reader.
    fn show_evidence(&mut self, evidence: Evidence) {
        self.views.evidence.show(evidence);
        self.views.reader.close();
    }

    /// Write `target` to `path` on a worker thread.
    fn save(&mut self, ctx: &egui::Context, target: Target, path: PathBuf) {
        let scene = match target {
            Target::Picture(id, key) => {
                let view_ctx = Ctx::new(&self.data, &self.settings);
                let view = self.views.main.iter().find(|v| v.id() == id);
                view.and_then(|v| v.scene(&view_ctx, key))
            }
            _ => None,
        };
        let work = super::export::save_work(&self.data, &self.settings, target, path, scene);
        let task = Task::spawn(ctx, "export", work);
        self.background.saving = Some(task.unwrap_or_else(|err| Task::ready(Err(err.to_string()))));
    }
}

impl eframe::App for MinshengApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let size = ui
            .ctx()
            .input(|i| i.viewport().inner_rect.map(|r| r.size()));
        if let Some(size) = size {
            self.settings.window = Some([size.x, size.y]);
        }
        MinshengApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
