//! The frame loop and the one place that changes shared state. Views draw and
//! return a [`Command`]; [`MinshengApp::run`] carries each out at the end of
//! the frame. [`Settings`] is what persists; the rest lives for one run.

use std::path::PathBuf;
use std::sync::Arc;

use super::chart::ChartModel;
pub use super::command::{Command, Evidence, Purpose};
use super::dialogs::{DialogOutcome, Dialogs};
use super::export::Target;
use super::i18n::T;
use super::loading::{Background, Done, Loading, Task};
pub use super::settings::Settings;
pub use super::views::Views;
use super::views::{self, Ctx, Data};
use crate::aggregate::MeasureKey;
use crate::analysis::{Analysis, Options};
pub use crate::present::ViewId;

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

/// The measure an analysis opens on when none chosen before has data: the
/// one with levels (the bars of the compare view) for the most provinces;
/// of equals, the first in [`Data::keys`] (the most comparable).
pub fn opening_measure(data: &Data) -> Option<MeasureKey> {
    let mut provinces: std::collections::HashMap<MeasureKey, std::collections::HashSet<&str>> =
        Default::default();
    for found in &data.analysis.measures {
        let m = &found.measure;
        if m.change == crate::measure::Change::Level && !m.province.is_empty() {
            provinces
                .entry(MeasureKey::of(found))
                .or_default()
                .insert(&m.province);
        }
    }
    let count = |key: &MeasureKey| provinces.get(key).map_or(0, |p| p.len());
    let mut best: Option<(MeasureKey, usize)> = None;
    for (key, _) in &data.keys {
        if best.is_none_or(|(_, most)| count(key) > most) {
            best = Some((*key, count(key)));
        }
    }
    best.map(|(key, _)| key)
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

    /// Open the given paths, or the remembered ones, or the seeds.
    pub fn start(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        let paths = if paths.is_empty() {
            let opened = self.settings.opened.iter().filter(|p| p.exists());
            opened.cloned().collect()
        } else {
            paths
        };
        if paths.is_empty() {
            self.load_seeds();
        } else {
            self.open(ctx, paths);
        }
    }

    /// Load the embedded seeds (synchronously: they are small).
    pub fn load_seeds(&mut self) {
        self.background.stop_loading();
        self.set_analysis(crate::analysis::analyze_seeds(), Vec::new());
    }

    /// Show a new analysis: a new generation, a fresh selection.
    pub fn set_analysis(&mut self, analysis: Analysis, source: Vec<PathBuf>) {
        self.data = Data::new(analysis, self.data.generation + 1, source.clone());
        self.settings.opened.clone_from(&source);
        self.apply_corrections();
        self.views.evidence.close_all();
        self.views.reader.close();
        let with_data = self.data.provinces_with_data();
        self.settings.selected = self.settings.selection_for(&source, &with_data);
        self.settings.opened = source;
        let keys: Vec<MeasureKey> = self.data.keys.iter().map(|(k, _)| *k).collect();
        if !self.settings.measure.is_some_and(|m| keys.contains(&m)) {
            self.settings.measure = opening_measure(&self.data);
        }
    }

    /// The figures as read, with the corrections of the source now open:
    /// a new generation when there are any (or were).
    pub fn apply_corrections(&mut self) {
        let corrections: Vec<(usize, crate::corrections::Correction)> = self
            .settings
            .corrections_here()
            .into_iter()
            .enumerate()
            .collect();
        if corrections.is_empty() && self.data.analysis.corrected.is_empty() {
            return;
        }
        let mut analysis = (*self.data.analysis).clone();
        analysis.measures = (*self.data.uncorrected).clone();
        analysis.corrected.clear();
        crate::corrections::apply(&mut analysis, &corrections);
        let data = std::mem::replace(
            &mut self.data,
            Data::new(Analysis::default(), 0, Vec::new()),
        );
        self.data = Data::corrected(analysis, data.uncorrected, data.generation + 1, data.source);
    }

    /// Read a corrections file into the corrections and exclusions of the
    /// folder now open, and say how many lines matched no figure.
    pub fn import_corrections(&mut self, path: &std::path::Path) {
        let lang = self.settings.lang;
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) => {
                self.status = Some(format!("{err}: {}", path.display()));
                return;
            }
        };
        let (read, bad) = crate::corrections::parse(&text);
        let mut unmatched = bad.len();
        let mut applied = 0;
        for (_, c) in read {
            let matching: Vec<usize> = (self.data.uncorrected.iter().enumerate())
                .filter(|(_, f)| c.matches(&f.measure))
                .map(|(i, _)| i)
                .collect();
            let Some(&first) = matching.first() else {
                unmatched += 1;
                continue;
            };
            applied += 1;
            if c.exclude {
                for &i in &matching {
                    let id = crate::aggregate::figure_id(&self.data.uncorrected[i]);
                    self.settings.set_excluded(id, true);
                }
            }
            if !c.fields.is_empty() {
                let figure = self.data.uncorrected[first].measure.clone();
                let correction = crate::corrections::Correction {
                    exclude: false,
                    ..c
                };
                self.settings.set_correction(&figure, Some(correction));
            }
        }
        self.apply_corrections();
        let mut message = format!("{} {applied}", lang.tr(T::ImportCorrections));
        if unmatched > 0 {
            message.push_str(&format!(
                " · {unmatched} {}",
                lang.tr(T::CorrectionsUnmatched)
            ));
        }
        self.status = Some(message);
    }

    /// Start reading paths on a worker thread.
    pub fn open(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        self.background.stop_loading();
        let options = Options {
            max_file_bytes: self.settings.max_file_mb.saturating_mul(1024 * 1024),
        };
        match Loading::start(ctx, paths, options, self.cache.clone()) {
            Ok(loading) => self.background.loading = Some(loading),
            Err(err) => self.status = Some(format!("{err}")),
        }
    }

    /// Whether a folder is being read.
    pub fn is_loading(&self) -> bool {
        self.background.loading.is_some()
    }

    /// Wait for a running load to finish (tests and scripted use).
    pub fn wait_for_loading(&mut self) {
        if let Some((paths, analysis)) = self.background.wait_for_loading() {
            self.finish_loading(&paths, analysis);
        }
    }

    fn finish_loading(&mut self, paths: &[PathBuf], analysis: Analysis) {
        self.status = analysis
            .cancelled
            .then(|| self.settings.lang.tr(T::Cancelled).into());
        self.set_analysis(analysis, paths.to_vec());
        for p in paths.iter().rev() {
            self.settings.recent.retain(|r| r != p);
            self.settings.recent.insert(0, p.clone());
        }
        self.settings.recent.truncate(8);
    }

    /// Wait for a running save (tests and scripted use).
    pub fn wait_for_export(&mut self) -> Option<Result<PathBuf, String>> {
        let result = self.background.wait_for_save()?;
        self.status = Some(super::export::saved_message(self.settings.lang, &result));
        Some(result)
    }

    /// Wait for the chart being drawn for the clipboard; the next frame puts
    /// it there (tests and scripted use).
    pub fn wait_for_copy(&mut self) {
        self.background.wait_for_copy();
    }

    /// Wait for every view's background work (tests and scripted use).
    pub fn wait_for_work(&mut self) {
        self.views.main.iter_mut().for_each(|v| v.wait());
        self.views.evidence.wait();
        self.views.reader.wait();
    }

    /// The chart of the selected provinces and measure.
    pub fn chart_model(&self) -> Option<Arc<ChartModel>> {
        let key = self.settings.measure?;
        Some(views::compare::chart_of(
            &Ctx::new(&self.data, &self.settings),
            key,
        ))
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
                    let selection = super::views::ordered(&settings.selected);
                    let model = self.data.store.bars(
                        self.data.generation,
                        &self.data.analysis,
                        key,
                        &selection,
                        settings.lang,
                        &settings.choice(),
                    );
                    let mentions: Vec<usize> = model
                        .bars
                        .iter()
                        .filter(|b| b.province == province)
                        .flat_map(|b| b.evidence.iter().copied())
                        .collect();
                    if !mentions.is_empty() {
                        self.views.evidence.show(Evidence {
                            province,
                            key,
                            mentions,
                        });
                        self.views.reader.close();
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
            } => {
                self.views.evidence.show(Evidence {
                    province,
                    key,
                    mentions,
                });
                self.views.reader.close();
            }
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
