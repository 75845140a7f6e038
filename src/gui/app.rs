//! The dashboard's state and views. [`Settings`] is what persists; the rest
//! of [`MinshengApp`] lives for one run. UI code returns a [`Command`] for any
//! side effect, and one place runs commands at the end of the frame.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Mutex};

use egui::{Color32, RichText, text::LayoutJob};

use super::chart::{self, ChartModel};
use super::dialogs::{DialogOutcome, Dialogs};
use super::i18n::{Lang, T};
use crate::aggregate::{self, MeasureKey};
use crate::analysis::{self, Analysis, Options, Progress};
use crate::corpus;
use crate::export;
use crate::measure::Span;

/// The views of the main area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    #[default]
    Compare,
    Overview,
    Table,
    Documents,
    Coverage,
    Map,
    Terms,
}

/// What is remembered between runs. Unknown or missing fields fall back to
/// their defaults, so an old or damaged state never stops the app.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
    pub dark: bool,
    /// The folders or files last opened (empty: the embedded seeds).
    pub opened: Vec<PathBuf>,
    pub recent: Vec<PathBuf>,
    pub selected: Vec<String>,
    pub measure: Option<MeasureKey>,
    pub view: View,
    pub max_file_mb: u64,
    pub export_scale: u8,
    pub export_white: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: Lang::Zh,
            dark: false,
            opened: Vec::new(),
            recent: Vec::new(),
            selected: Vec::new(),
            measure: None,
            view: View::Compare,
            max_file_mb: corpus::DEFAULT_MAX_FILE_BYTES / (1024 * 1024),
            export_scale: 2,
            export_white: true,
        }
    }
}

/// A side effect asked for by the UI, run at the end of the frame.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    PickFolder,
    Open(Vec<PathBuf>),
    OpenSeeds,
    CancelLoading,
    ExportPng(MeasureKey),
    ExportOverview,
    ExportMap(MeasureKey),
    ExportCsv,
    ExportJson,
    ShowEvidence {
        province: String,
        key: MeasureKey,
        mentions: Vec<usize>,
    },
    OpenReader {
        measure: usize,
    },
}

/// A folder being read on a worker thread.
struct Loading {
    progress: Arc<Mutex<Progress>>,
    cancel: Arc<AtomicBool>,
    result: Receiver<Analysis>,
    paths: Vec<PathBuf>,
}

/// A typed path standing in for a dialog that could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub struct PathField {
    purpose: DialogPurpose,
    pub text: String,
    /// Set once the user was told the file exists: the next submit replaces it.
    replace_confirmed: bool,
}

/// Why a dialog was opened.
#[derive(Clone, Debug, PartialEq)]
enum DialogPurpose {
    Open,
    SavePng(MeasureKey),
    SaveOverview,
    SaveMap(MeasureKey),
    SaveCsv,
    SaveJson,
}

/// The evidence behind a clicked bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub province: String,
    pub key: MeasureKey,
    pub mentions: Vec<usize>,
}

/// A document open in the reader, with a span to highlight.
#[derive(Clone, Debug)]
pub struct Reader {
    pub doc_index: usize,
    /// The document read again from disk, when the analysis came from the cache.
    pub reloaded: Option<Arc<corpus::Document>>,
    pub highlight: Span,
    pub figure: Span,
    scroll_pending: bool,
}

/// The whole dashboard.
pub struct MinshengApp {
    pub settings: Settings,
    pub analysis: Arc<Analysis>,
    pub evidence: Option<Evidence>,
    pub reader: Option<Reader>,
    /// A message for the status line (saved files, dialog problems).
    pub status: Option<String>,
    /// Shown when no file dialog can be opened: a path to type instead.
    pub path_field: Option<PathField>,
    pub table_filter: String,
    /// The term whose contexts are listed, from the term view.
    pub term: Option<String>,
    terms: Option<(
        usize,
        std::collections::BTreeMap<String, Vec<crate::terms::Term>>,
    )>,
    table_sort: (usize, bool),
    loading: Option<Loading>,
    dialogs: Box<dyn Dialogs>,
    dialog: Option<(DialogPurpose, Receiver<DialogOutcome>)>,
    export_job: Option<Receiver<Result<PathBuf, String>>>,
    commands: Vec<Command>,
    /// Results kept between runs (none in tests).
    cache: Option<crate::cache::Cache>,
    /// What the views draw, computed once per analysis and selection.
    memo: Memo,
}

/// Derived data the views draw every frame, kept until the analysis, the
/// selection or the language changes (a large corpus has 10⁵ measures).
#[derive(Default)]
struct Memo {
    analysis: usize,
    selection: Vec<String>,
    lang: Option<Lang>,
    province_counts: Vec<(&'static str, usize)>,
    keys: Vec<(MeasureKey, usize)>,
    coverage: Option<Arc<std::collections::BTreeMap<(String, MeasureKey), aggregate::Evidence>>>,
    charts: std::collections::HashMap<MeasureKey, Arc<ChartModel>>,
    maps: std::collections::HashMap<MeasureKey, Arc<ChartModel>>,
}

impl MinshengApp {
    pub fn new(settings: Settings, dialogs: Box<dyn Dialogs>) -> Self {
        Self {
            settings,
            analysis: Arc::new(Analysis::default()),
            evidence: None,
            reader: None,
            status: None,
            path_field: None,
            table_filter: String::new(),
            term: None,
            terms: None,
            table_sort: (0, true),
            loading: None,
            dialogs,
            dialog: None,
            export_job: None,
            commands: Vec::new(),
            cache: None,
            memo: Memo::default(),
        }
    }

    /// The derived data for the current analysis, selection and language.
    fn memo(&mut self) -> &mut Memo {
        let id = Arc::as_ptr(&self.analysis) as usize;
        if self.memo.analysis != id
            || self.memo.keys.is_empty() && !self.analysis.measures.is_empty()
        {
            self.memo = Memo {
                analysis: id,
                province_counts: aggregate::province_counts(&self.analysis.measures),
                keys: aggregate::keys_with_data(&self.analysis.measures),
                ..Memo::default()
            };
        }
        let selection = self.ordered_selection();
        let lang = Some(self.settings.lang);
        if self.memo.selection != selection || self.memo.lang != lang {
            self.memo.selection = selection;
            self.memo.lang = lang;
            self.memo.charts.clear();
            self.memo.maps.clear();
        }
        &mut self.memo
    }

    /// The chart of `key` for the selection, built once.
    fn chart(&mut self, key: MeasureKey) -> Arc<ChartModel> {
        let analysis = Arc::clone(&self.analysis);
        let lang = self.settings.lang;
        let memo = self.memo();
        let selection = memo.selection.clone();
        Arc::clone(
            memo.charts
                .entry(key)
                .or_insert_with(|| Arc::new(ChartModel::build(&analysis, key, &selection, lang))),
        )
    }

    /// The map of `key` (every province), built once.
    fn map_chart(&mut self, key: MeasureKey) -> Arc<ChartModel> {
        let analysis = Arc::clone(&self.analysis);
        let lang = self.settings.lang;
        Arc::clone(
            self.memo()
                .maps
                .entry(key)
                .or_insert_with(|| Arc::new(super::views::map_model(&analysis, key, lang))),
        )
    }

    /// Keep results between runs in `cache`.
    #[must_use]
    pub fn with_cache(mut self, cache: Option<crate::cache::Cache>) -> Self {
        self.cache = cache;
        self
    }

    /// Open the given paths, or the seeds when there are none (or when the
    /// remembered folder is gone).
    pub fn start(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        let paths = if paths.is_empty() {
            self.settings
                .opened
                .iter()
                .filter(|p| p.exists())
                .cloned()
                .collect()
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
        self.set_analysis(analysis::analyze_seeds());
        self.settings.opened.clear();
    }

    fn set_analysis(&mut self, analysis: Analysis) {
        self.analysis = Arc::new(analysis);
        self.evidence = None;
        self.reader = None;
        let with_data: Vec<String> = aggregate::province_counts(&self.analysis.measures)
            .into_iter()
            .map(|(p, _)| p.to_owned())
            .collect();
        self.settings.selected.retain(|p| with_data.contains(p));
        if self.settings.selected.is_empty() {
            self.settings.selected = with_data;
        }
        let keys = aggregate::keys_with_data(&self.analysis.measures);
        if !self
            .settings
            .measure
            .is_some_and(|m| keys.iter().any(|(k, _)| *k == m))
        {
            self.settings.measure = keys.first().map(|(k, _)| *k);
        }
    }

    /// Start reading paths on a worker thread.
    pub fn open(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        if let Some(loading) = &self.loading {
            loading.cancel.store(true, Ordering::Relaxed);
        }
        let progress = Arc::new(Mutex::new(Progress::default()));
        let cancel = Arc::new(AtomicBool::new(false));
        let (sender, result) = std::sync::mpsc::channel();
        let options = Options {
            max_file_bytes: self.settings.max_file_mb.saturating_mul(1024 * 1024),
        };
        {
            let (progress, cancel, paths, ctx) =
                (progress.clone(), cancel.clone(), paths.clone(), ctx.clone());
            let cache = self.cache.clone();
            let spawned = std::thread::Builder::new()
                .name("reader".into())
                .spawn(move || {
                    let report = |p: Progress| {
                        if let Ok(mut slot) = progress.lock() {
                            *slot = p;
                        }
                        ctx.request_repaint_after(std::time::Duration::from_millis(50));
                    };
                    let analysis = match &cache {
                        Some(cache) => {
                            analysis::analyze_paths_cached(&paths, options, &report, &cancel, cache)
                        }
                        None => analysis::analyze_paths(&paths, options, &report, &cancel),
                    };
                    let _ = sender.send(analysis);
                    ctx.request_repaint();
                });
            if let Err(err) = spawned {
                self.status = Some(format!("{err}"));
                return;
            }
        }
        self.loading = Some(Loading {
            progress,
            cancel,
            result,
            paths,
        });
    }

    /// Whether a folder is being read.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Wait for a running load to finish (tests and scripted use).
    pub fn wait_for_loading(&mut self) {
        if let Some(loading) = self.loading.take()
            && let Ok(analysis) = loading.result.recv()
        {
            self.finish_loading(loading.paths, analysis);
        }
    }

    fn finish_loading(&mut self, paths: Vec<PathBuf>, analysis: Analysis) {
        self.status = analysis
            .cancelled
            .then(|| self.settings.lang.tr(T::Cancelled).to_owned());
        self.set_analysis(analysis);
        for p in paths.iter().rev() {
            self.settings.recent.retain(|r| r != p);
            self.settings.recent.insert(0, p.clone());
        }
        self.settings.recent.truncate(8);
        self.settings.opened = paths;
    }

    /// The chart of the selected provinces and measure.
    pub fn chart_model(&self) -> Option<ChartModel> {
        let key = self.settings.measure?;
        Some(ChartModel::build(
            &self.analysis,
            key,
            &self.ordered_selection(),
            self.settings.lang,
        ))
    }

    /// The selected provinces in the spec's order.
    pub fn ordered_selection(&self) -> Vec<String> {
        crate::measure::PROVINCES
            .iter()
            .filter(|p| self.settings.selected.iter().any(|s| s == *p))
            .map(|p| (*p).to_owned())
            .collect()
    }

    fn tr(&self, t: T) -> &'static str {
        self.settings.lang.tr(t)
    }

    fn source_label(&self) -> String {
        if self.settings.opened.is_empty() {
            self.tr(T::SampleCorpus).to_owned()
        } else {
            self.settings
                .opened
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        }
    }

    /// The footnote baked into exported charts.
    pub fn footnote(&self) -> String {
        footnote(
            self.settings.lang,
            self.analysis.documents.len(),
            Some(&self.source_label()),
        )
    }

    /// Draw the whole dashboard.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let theme = if self.settings.dark {
            egui::ThemePreference::Dark
        } else {
            egui::ThemePreference::Light
        };
        if ctx.options(|o| o.theme_preference) != theme {
            ctx.set_theme(theme);
        }
        self.poll(&ctx);
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);
        egui::Panel::top("top").show(ui, |ui| self.top_bar_ui(ui));
        egui::Panel::bottom("bottom").show(ui, |ui| self.bottom_ui(ui));
        egui::Panel::left("side")
            .resizable(true)
            .default_size(270.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| self.side_panel_ui(ui));
            });
        if self.evidence.is_some()
            || self.reader.is_some()
            || (self.term.is_some() && self.settings.view == View::Terms)
        {
            egui::Panel::right("evidence")
                .resizable(true)
                .default_size(380.0)
                .show(ui, |ui| self.evidence_ui(ui));
        }
        egui::CentralPanel::default().show(ui, |ui| match self.settings.view {
            View::Compare => self.compare_ui(ui),
            View::Overview => self.overview_ui(ui),
            View::Table => self.table_ui(ui),
            View::Documents => self.documents_ui(ui),
            View::Coverage => self.coverage_ui(ui),
            View::Map => self.map_ui(ui),
            View::Terms => self.terms_ui(ui),
        });
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.run(&ctx, command);
        }
    }

    fn poll(&mut self, ctx: &egui::Context) {
        if let Some(loading) = &self.loading {
            match loading.result.try_recv() {
                Ok(analysis) => {
                    let paths = loading.paths.clone();
                    self.loading = None;
                    self.finish_loading(paths, analysis);
                }
                Err(TryRecvError::Disconnected) => self.loading = None,
                Err(TryRecvError::Empty) => {}
            }
        }
        if let Some((purpose, receiver)) = &self.dialog
            && let Ok(outcome) = receiver.try_recv()
        {
            let purpose = purpose.clone();
            self.dialog = None;
            self.dialog_done(ctx, purpose, outcome);
        }
        if let Some(job) = &self.export_job
            && let Ok(result) = job.try_recv()
        {
            self.export_job = None;
            self.status = Some(match result {
                Ok(path) => format!("{} {}", self.tr(T::Saved), path.display()),
                Err(err) => format!("{}: {err}", self.tr(T::SaveFailed)),
            });
        }
    }

    fn dialog_done(&mut self, ctx: &egui::Context, purpose: DialogPurpose, outcome: DialogOutcome) {
        match (purpose, outcome) {
            (_, DialogOutcome::Cancelled) => {}
            (purpose, DialogOutcome::Unavailable(reason)) => {
                self.status = Some(format!("{} ({reason})", self.tr(T::NoDialog)));
                let text = if purpose == DialogPurpose::Open {
                    String::new()
                } else {
                    self.suggested_name(&purpose)
                };
                self.path_field = Some(PathField {
                    purpose,
                    text,
                    replace_confirmed: false,
                });
            }
            (DialogPurpose::Open, DialogOutcome::Chosen(path)) => self.open(ctx, vec![path]),
            (DialogPurpose::SavePng(key), DialogOutcome::Chosen(path)) => {
                self.export_png_to(key, path);
            }
            (DialogPurpose::SaveOverview, DialogOutcome::Chosen(path)) => {
                self.export_overview_to(path);
            }
            (DialogPurpose::SaveMap(key), DialogOutcome::Chosen(path)) => {
                self.export_map_to(key, path);
            }
            (DialogPurpose::SaveCsv, DialogOutcome::Chosen(path)) => self.export_csv_to(&path),
            (DialogPurpose::SaveJson, DialogOutcome::Chosen(path)) => self.export_json_to(&path),
        }
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::PickFolder => {
                if self.dialog.is_none() {
                    self.dialog = Some((DialogPurpose::Open, self.dialogs.pick_folder(ctx)));
                }
            }
            Command::Open(paths) => self.open(ctx, paths),
            Command::OpenSeeds => {
                if let Some(loading) = self.loading.take() {
                    loading.cancel.store(true, Ordering::Relaxed);
                }
                self.load_seeds();
            }
            Command::CancelLoading => {
                if let Some(loading) = &self.loading {
                    loading.cancel.store(true, Ordering::Relaxed);
                }
            }
            Command::ExportPng(key) => self.ask_save(ctx, DialogPurpose::SavePng(key)),
            Command::ExportOverview => self.ask_save(ctx, DialogPurpose::SaveOverview),
            Command::ExportMap(key) => self.ask_save(ctx, DialogPurpose::SaveMap(key)),
            Command::ExportJson => self.ask_save(ctx, DialogPurpose::SaveJson),
            Command::ExportCsv => self.ask_save(ctx, DialogPurpose::SaveCsv),
            Command::ShowEvidence {
                province,
                key,
                mentions,
            } => {
                self.evidence = Some(Evidence {
                    province,
                    key,
                    mentions,
                });
                self.reader = None;
            }
            Command::OpenReader { measure } => {
                if let Some(found) = self.analysis.measures.get(measure) {
                    let (doc_index, highlight, figure) =
                        (found.doc_index, found.clause, found.figure);
                    let reloaded = self.reload(doc_index);
                    self.reader = Some(Reader {
                        doc_index,
                        reloaded,
                        highlight,
                        figure,
                        scroll_pending: true,
                    });
                }
            }
        }
    }

    /// A document's text read again from disk, when the analysis came from
    /// the cache and holds none.
    fn reload(&mut self, doc_index: usize) -> Option<Arc<corpus::Document>> {
        let doc = self.analysis.documents.get(doc_index)?;
        if doc.has_text() {
            return None;
        }
        match doc.with_text() {
            Ok(text) => Some(Arc::new(text.into_owned())),
            Err(problem) => {
                self.status = Some(problem.to_string());
                None
            }
        }
    }

    /// Ask where to save, with a suggested name and the file type.
    fn ask_save(&mut self, ctx: &egui::Context, purpose: DialogPurpose) {
        if self.dialog.is_some() {
            return;
        }
        let name = self.suggested_name(&purpose);
        let filter = match purpose {
            DialogPurpose::SaveCsv => ("CSV", "csv"),
            DialogPurpose::SaveJson => ("JSON Lines", "jsonl"),
            _ => ("PNG", "png"),
        };
        let receiver = self.dialogs.save_file(ctx, &name, filter);
        self.dialog = Some((purpose, receiver));
    }

    fn suggested_name(&self, purpose: &DialogPurpose) -> String {
        match purpose {
            DialogPurpose::SavePng(key) => self.suggested_png_name(*key),
            DialogPurpose::SaveMap(_) => format!("minsheng_map_{}.png", today()),
            DialogPurpose::SaveOverview => format!("minsheng_overview_{}.png", today()),
            DialogPurpose::SaveJson => format!("minsheng_{}.jsonl", today()),
            DialogPurpose::SaveCsv | DialogPurpose::Open => format!("minsheng_{}.csv", today()),
        }
    }

    /// `minsheng_低保_每人金额_2026-11-22.png`.
    pub fn suggested_png_name(&self, key: MeasureKey) -> String {
        let lang = self.settings.lang;
        let mut parts = vec![
            lang.category(key.category).to_owned(),
            lang.kind(key.kind).to_owned(),
        ];
        let period = lang.period(key.period);
        if !period.is_empty() {
            parts.push(period.to_owned());
        }
        let name = parts.join("_").replace([' ', '/'], "-");
        format!("minsheng_{name}_{}.png", today())
    }

    /// Render the chart of `key` offscreen and write it, on a worker thread.
    pub fn export_png_to(&mut self, key: MeasureKey, path: PathBuf) {
        let model = ChartModel::build(
            &self.analysis,
            key,
            &self.ordered_selection(),
            self.settings.lang,
        );
        let job = ExportJob {
            model,
            lang: self.settings.lang,
            footnote: self.footnote(),
            scale: f32::from(self.settings.export_scale.clamp(1, 3)),
            white: self.settings.export_white,
            dark: self.settings.dark,
            size: egui::vec2(960.0, 600.0),
        };
        let (sender, receiver) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let result = job.write(&path).map(|()| path);
                let _ = sender.send(result);
            });
        match spawned {
            Ok(_) => self.export_job = Some(receiver),
            Err(err) => self.status = Some(format!("{}: {err}", self.tr(T::SaveFailed))),
        }
    }

    /// Render every small multiple of the selection to one PNG, on a worker thread.
    pub fn export_overview_to(&mut self, path: PathBuf) {
        let lang = self.settings.lang;
        let selection = self.ordered_selection();
        let models: Vec<ChartModel> = aggregate::keys_with_data(&self.analysis.measures)
            .iter()
            .map(|(key, _)| ChartModel::build(&self.analysis, *key, &selection, lang))
            .filter(|m| !m.bars.is_empty())
            .collect();
        let footnote = self.footnote();
        let scale = f32::from(self.settings.export_scale.clamp(1, 3));
        let white = self.settings.export_white || !self.settings.dark;
        let rows = models.len().div_ceil(3).max(1) as f32;
        let size = egui::vec2(1000.0, 60.0 + rows * 190.0);
        let (sender, receiver) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let result = write_multiples(&models, lang, &footnote, scale, white, size, &path)
                    .map(|()| path);
                let _ = sender.send(result);
            });
        match spawned {
            Ok(_) => self.export_job = Some(receiver),
            Err(err) => self.status = Some(format!("{}: {err}", self.tr(T::SaveFailed))),
        }
    }

    /// Wait for a running export (tests and scripted use).
    pub fn wait_for_export(&mut self) -> Option<Result<PathBuf, String>> {
        let result = self.export_job.take()?.recv().ok()?;
        self.status = Some(match &result {
            Ok(path) => format!("{} {}", self.tr(T::Saved), path.display()),
            Err(err) => format!("{}: {err}", self.tr(T::SaveFailed)),
        });
        Some(result)
    }

    /// Write the measures in view (the selected provinces) as CSV.
    pub fn export_csv_to(&mut self, path: &std::path::Path) {
        self.export_figures_to(path, false);
    }

    /// Write the measures in view as JSON Lines, in the fields of the spec.
    pub fn export_json_to(&mut self, path: &std::path::Path) {
        self.export_figures_to(path, true);
    }

    fn export_figures_to(&mut self, path: &std::path::Path, json: bool) {
        let selected = self.ordered_selection();
        let measures: Vec<_> = self
            .analysis
            .measures
            .iter()
            .filter(|f| selected.contains(&f.measure.province))
            .cloned()
            .collect();
        let result = export::write_atomically(path, |out| {
            if json {
                export::write_jsonl(out, &measures)
            } else {
                export::write_csv(out, &measures, &self.analysis.documents)
            }
        });
        self.status = Some(match result {
            Ok(()) => format!("{} {}", self.tr(T::Saved), path.display()),
            Err(err) => format!("{}: {err}", self.tr(T::SaveFailed)),
        });
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let (open, export) = ctx.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::COMMAND, egui::Key::O),
                i.consume_key(egui::Modifiers::COMMAND, egui::Key::E),
            )
        });
        if open {
            self.commands.push(Command::PickFolder);
        }
        if export && let Some(key) = self.settings.measure {
            self.commands.push(Command::ExportPng(key));
        }
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
        let paths: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !paths.is_empty() {
            self.commands.push(Command::Open(paths));
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.heading(RichText::new("民生对比").strong());
            ui.separator();
            if ui
                .button(self.tr(T::OpenFolder))
                .on_hover_text("Ctrl+O")
                .clicked()
            {
                self.commands.push(Command::PickFolder);
            }
            if ui.button(self.tr(T::OpenSeeds)).clicked() {
                self.commands.push(Command::OpenSeeds);
            }
            let recent = self.settings.recent.clone();
            ui.add_enabled_ui(!recent.is_empty(), |ui| {
                ui.menu_button(self.tr(T::RecentFolders), |ui| {
                    for path in recent {
                        if ui.button(path.display().to_string()).clicked() {
                            self.commands.push(Command::Open(vec![path]));
                            ui.close();
                        }
                    }
                });
            });
            ui.separator();
            for (view, label) in [
                (View::Compare, T::Compare),
                (View::Overview, T::SmallMultiples),
                (View::Table, T::Table),
                (View::Documents, T::DocumentsView),
                (View::Coverage, T::CoverageView),
                (View::Map, T::MapView),
                (View::Terms, T::TermsView),
            ] {
                ui.selectable_value(&mut self.settings.view, view, self.settings.lang.tr(label));
            }
            ui.separator();
            if ui.button(self.tr(T::ExportJson)).clicked() {
                self.commands.push(Command::ExportJson);
            }
            if ui.button(self.tr(T::ExportCsv)).clicked() {
                self.commands.push(Command::ExportCsv);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(self.tr(T::Language)).clicked() {
                    self.settings.lang = match self.settings.lang {
                        Lang::Zh => Lang::En,
                        Lang::En => Lang::Zh,
                    };
                }
                let theme_label = if self.settings.dark {
                    self.tr(T::Light)
                } else {
                    self.tr(T::Dark)
                };
                if ui.button(theme_label).clicked() {
                    self.settings.dark = !self.settings.dark;
                }
            });
        });
    }

    fn bottom_ui(&mut self, ui: &mut egui::Ui) {
        if let Some(loading) = &self.loading {
            let p = loading.progress.lock().map(|p| *p).unwrap_or_default();
            ui.horizontal(|ui| {
                ui.label(self.tr(T::Loading));
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
                    self.tr(T::FilesDone),
                    corpus::human_bytes(p.bytes_done),
                    corpus::human_bytes(p.bytes_total),
                    p.measures_found,
                    self.tr(T::Measures)
                ));
                if ui.button(self.tr(T::Cancel)).clicked() {
                    self.commands.push(Command::CancelLoading);
                }
            });
        }
        if let Some(field) = &mut self.path_field {
            let mut submit = false;
            let mut close = false;
            ui.horizontal(|ui| {
                let label = ui.label(self.settings.lang.tr(T::PathField));
                let edit = ui
                    .add(egui::TextEdit::singleline(&mut field.text).desired_width(420.0))
                    .labelled_by(label.id);
                submit = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                submit |= ui.button(self.settings.lang.tr(T::Open)).clicked();
                close = ui.button(self.settings.lang.tr(T::Close)).clicked();
            });
            let path = PathBuf::from(field.text.trim());
            let saving = field.purpose != DialogPurpose::Open;
            if submit && saving && path.exists() && !field.replace_confirmed {
                // No dialog asked: ask here before replacing a file.
                field.replace_confirmed = true;
                self.status = Some(format!(
                    "{}: {}",
                    self.settings.lang.tr(T::ConfirmReplace),
                    path.display()
                ));
            } else if submit && !field.text.trim().is_empty() {
                let purpose = field.purpose.clone();
                self.path_field = None;
                match purpose {
                    DialogPurpose::Open => self.commands.push(Command::Open(vec![path])),
                    DialogPurpose::SavePng(key) => self.export_png_to(key, path),
                    DialogPurpose::SaveOverview => self.export_overview_to(path),
                    DialogPurpose::SaveMap(key) => self.export_map_to(key, path),
                    DialogPurpose::SaveCsv => self.export_csv_to(&path),
                    DialogPurpose::SaveJson => self.export_json_to(&path),
                }
            } else if close {
                self.path_field = None;
            }
        }
        if let Some(status) = &self.status {
            ui.label(RichText::new(status).weak());
        }
        let problems = &self.analysis.problems;
        let header = format!("{} ({})", self.tr(T::Problems), problems.len());
        egui::CollapsingHeader::new(header)
            .id_salt("problems")
            .default_open(false)
            .show(ui, |ui| {
                if problems.is_empty() {
                    ui.label(self.tr(T::NoProblems));
                }
                egui::ScrollArea::vertical()
                    .max_height(160.0)
                    .show(ui, |ui| {
                        for problem in problems {
                            ui.horizontal(|ui| {
                                ui.label(
                                    RichText::new(&problem.reason)
                                        .color(ui.visuals().warn_fg_color),
                                );
                                ui.label(RichText::new(&problem.path).monospace());
                            });
                        }
                    });
            });
    }

    fn side_panel_ui(&mut self, ui: &mut egui::Ui) {
        let a = Arc::clone(&self.analysis);
        let counts = self.memo().province_counts.clone();
        let keys = self.memo().keys.clone();
        let articles: usize = a.documents.iter().map(|d| d.articles.len()).sum();
        egui::Grid::new("summary").num_columns(2).show(ui, |ui| {
            for (label, value) in [
                (T::Documents, a.documents.len()),
                (T::Articles, articles),
                (T::Measures, a.measures.len()),
                (T::Problems, a.problems.len()),
            ] {
                ui.label(self.tr(label));
                ui.label(RichText::new(value.to_string()).strong());
                ui.end_row();
            }
        });
        ui.label(RichText::new(self.source_label()).small().weak());
        ui.separator();
        ui.horizontal(|ui| {
            ui.strong(self.tr(T::Provinces));
            if ui.small_button(self.tr(T::All)).clicked() {
                self.settings.selected = counts
                    .clone()
                    .into_iter()
                    .map(|(p, _)| p.to_owned())
                    .collect();
            }
            if ui.small_button(self.tr(T::None)).clicked() {
                self.settings.selected.clear();
            }
        });
        let order = self.ordered_selection();
        for (province, count) in counts.clone() {
            let mut on = self.settings.selected.iter().any(|s| s == province);
            let color = order
                .iter()
                .position(|p| p == province)
                .map(chart::province_color);
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                if let Some(c) = color {
                    ui.painter().rect_filled(rect, 2.0, c);
                }
                if ui.checkbox(&mut on, province).changed() {
                    if on {
                        self.settings.selected.push(province.to_owned());
                    } else {
                        self.settings.selected.retain(|s| s != province);
                    }
                }
                ui.label(RichText::new(count.to_string()).weak());
            });
        }
        ui.separator();
        let lang = self.settings.lang;
        let current = self
            .settings
            .measure
            .map(|k| chart::measure_title(k, lang))
            .unwrap_or_default();
        egui::ComboBox::new("measure", lang.tr(T::Measure))
            .selected_text(current)
            .width(170.0)
            .show_ui(ui, |ui| {
                for (key, count) in &keys {
                    let label = format!("{} ({count})", chart::measure_title(*key, lang));
                    ui.selectable_value(&mut self.settings.measure, Some(*key), label);
                }
            });
        ui.separator();
        // Larger files are skipped with a problem; raise the limit and reopen to read them.
        ui.horizontal(|ui| {
            let label = ui.label(lang.tr(T::FileLimit));
            ui.add(
                egui::DragValue::new(&mut self.settings.max_file_mb)
                    .range(1..=4096)
                    .suffix(" MB"),
            )
            .labelled_by(label.id);
        });
    }

    fn compare_ui(&mut self, ui: &mut egui::Ui) {
        let Some(model) = self.settings.measure.map(|key| self.chart(key)) else {
            ui.label(self.tr(T::NoData));
            return;
        };
        ui.horizontal_wrapped(|ui| {
            ui.heading(&model.title);
            ui.label(RichText::new(chart::unit_label(model.key)).weak());
            ui.separator();
            let lang = self.settings.lang;
            if ui
                .button(lang.tr(T::ExportPng))
                .on_hover_text("Ctrl+E")
                .clicked()
            {
                self.commands.push(Command::ExportPng(model.key));
            }
            ui.add(
                egui::Slider::new(&mut self.settings.export_scale, 1..=3)
                    .suffix("×")
                    .text(lang.tr(T::Scale)),
            );
            ui.checkbox(&mut self.settings.export_white, lang.tr(T::White));
        });
        if model.bars.is_empty() {
            ui.label(self.tr(T::NoData));
            return;
        }
        let height = (ui.available_height() - 90.0).max(200.0);
        if let Some(i) = chart::plot_ui(ui, &model, self.settings.lang, "compare", height, false) {
            self.show_evidence(&model, i);
        }
        ui.label(
            RichText::new(format!(
                "{} · {}",
                self.tr(T::ClickBarHint),
                self.tr(T::Latest)
            ))
            .small()
            .weak(),
        );
        // The same bars as buttons: keyboard and screen-reader friendly.
        ui.horizontal_wrapped(|ui| {
            for (i, bar) in model.bars.iter().enumerate() {
                let (swatch, _) =
                    ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().rect_filled(swatch, 2.0, bar.color);
                if ui
                    .button(format!("{} {}", bar.province, bar.label))
                    .clicked()
                {
                    self.show_evidence(&model, i);
                }
            }
        });
    }

    fn coverage_ui(&mut self, ui: &mut egui::Ui) {
        let a = Arc::clone(&self.analysis);
        let memo = self.memo();
        let cells = Arc::clone(
            memo.coverage
                .get_or_insert_with(|| Arc::new(aggregate::coverage(&a.measures))),
        );
        let keys: Vec<MeasureKey> = memo.keys.iter().map(|(k, _)| *k).collect();
        let provinces: Vec<&'static str> = memo.province_counts.iter().map(|(p, _)| *p).collect();
        if let Some(super::views::Pick::Cell { province, key }) =
            super::views::coverage_ui(ui, &cells, &keys, &provinces, self.settings.lang)
        {
            if !self.settings.selected.contains(&province) {
                self.settings.selected.push(province);
            }
            self.settings.measure = Some(key);
            self.settings.view = View::Compare;
        }
    }

    fn map_ui(&mut self, ui: &mut egui::Ui) {
        let Some(key) = self.settings.measure else {
            ui.label(self.tr(T::NoData));
            return;
        };
        let lang = self.settings.lang;
        let model = self.map_chart(key);
        ui.horizontal(|ui| {
            ui.heading(&model.title);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(lang.tr(T::ExportPng)).clicked() {
                    self.commands.push(Command::ExportMap(key));
                }
            });
        });
        if let Some(super::views::Pick::Province {
            province,
            key,
            mentions,
        }) = super::views::map_ui(ui, &model, lang, true)
        {
            self.commands.push(Command::ShowEvidence {
                province,
                key,
                mentions,
            });
        }
    }

    fn terms_ui(&mut self, ui: &mut egui::Ui) {
        let id = Arc::as_ptr(&self.analysis) as usize;
        if self.terms.as_ref().is_none_or(|(for_id, _)| *for_id != id) {
            self.terms = Some((id, crate::terms::top_terms(&self.analysis, 15)));
        }
        let selection = self.ordered_selection();
        let lang = self.settings.lang;
        if let Some((_, terms)) = &self.terms
            && let Some(super::views::Pick::Term(term)) =
                super::views::terms_ui(ui, terms, &selection, lang)
        {
            self.term = Some(term);
            self.evidence = None;
            self.reader = None;
        }
    }

    fn kwic_ui(&mut self, ui: &mut egui::Ui, a: &Analysis, term: &str) {
        ui.label(RichText::new(format!("{} · {term}", self.tr(T::TermInContext))).strong());
        let mut open = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            for province in self.ordered_selection() {
                let lines = crate::terms::keyword_in_context(a, &province, term, 18, 30);
                if lines.is_empty() {
                    continue;
                }
                ui.label(RichText::new(&province).strong());
                for line in lines {
                    let text =
                        RichText::new(format!("…{}【{}】{}…", line.left, line.term, line.right));
                    if ui
                        .add(egui::Label::new(text).sense(egui::Sense::click()))
                        .clicked()
                    {
                        open = Some((line.doc_index, line.at, line.term.len()));
                    }
                }
                ui.separator();
            }
        });
        if let Some((doc_index, at, len)) = open
            && let Some(doc) = a.documents.get(doc_index)
        {
            let reloaded = self.reload(doc_index);
            let text_doc = reloaded.as_deref().unwrap_or(doc);
            let (start, end) = text_doc
                .normalized
                .original_range(&text_doc.original, at, at + len);
            let span = Span { start, end };
            self.reader = Some(Reader {
                doc_index,
                reloaded,
                highlight: span,
                figure: span,
                scroll_pending: true,
            });
        }
    }

    /// Render the tile map offscreen and write it, on a worker thread.
    pub fn export_map_to(&mut self, key: MeasureKey, path: PathBuf) {
        let lang = self.settings.lang;
        let model = super::views::map_model(&self.analysis, key, lang);
        let footnote = self.footnote();
        let scale = f32::from(self.settings.export_scale.clamp(1, 3));
        let (sender, receiver) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let result = (|| {
                    let renderer = super::offscreen::Offscreen::new().map_err(|e| e.to_string())?;
                    let image = renderer
                        .render(
                            egui::vec2(900.0, 760.0),
                            scale,
                            |ctx| {
                                super::install_fonts(ctx);
                                ctx.set_theme(egui::Theme::Light);
                                ctx.global_style_mut(|style| {
                                    style.visuals.panel_fill = Color32::WHITE;
                                });
                            },
                            |ui| super::views::map_export_ui(ui, &model, lang, &footnote),
                        )
                        .map_err(|e| e.to_string())?;
                    let png = super::offscreen::encode_png(&image, 96.0 * scale)?;
                    export::write_atomically(&path, |out| out.write_all(&png))
                        .map_err(|e| e.to_string())?;
                    Ok(path)
                })();
                let _ = sender.send(result);
            });
        match spawned {
            Ok(_) => self.export_job = Some(receiver),
            Err(err) => self.status = Some(format!("{}: {err}", self.tr(T::SaveFailed))),
        }
    }

    fn show_evidence(&mut self, model: &ChartModel, index: usize) {
        if let Some(bar) = model.bars.get(index) {
            self.commands.push(Command::ShowEvidence {
                province: bar.province.clone(),
                key: model.key,
                mentions: bar.mentions.clone(),
            });
        }
    }

    fn overview_ui(&mut self, ui: &mut egui::Ui) {
        let keys = self.memo().keys.clone();
        let models: Vec<(MeasureKey, Arc<ChartModel>)> = keys
            .iter()
            .map(|(key, _)| (*key, self.chart(*key)))
            .filter(|(_, m)| !m.bars.is_empty())
            .collect();
        let lang = self.settings.lang;
        let columns = ((ui.available_width() / 320.0).floor() as usize).clamp(1, 4);
        ui.horizontal(|ui| {
            ui.heading(lang.tr(T::SmallMultiples));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(lang.tr(T::ExportPng)).clicked() {
                    self.commands.push(Command::ExportOverview);
                }
            });
        });
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Grid::new("multiples")
                .num_columns(columns)
                .spacing([12.0, 12.0])
                .show(ui, |ui| {
                    let mut shown = 0;
                    for (key, model) in &models {
                        ui.vertical(|ui| {
                            ui.set_width(300.0);
                            ui.horizontal(|ui| {
                                if ui.link(RichText::new(&model.title).strong()).clicked() {
                                    self.settings.measure = Some(*key);
                                    self.settings.view = View::Compare;
                                }
                                if ui
                                    .small_button("PNG")
                                    .on_hover_text(lang.tr(T::ExportPng))
                                    .clicked()
                                {
                                    self.commands.push(Command::ExportPng(*key));
                                }
                            });
                            let id = format!("multiple_{}", key.code());
                            if let Some(i) = chart::plot_ui(ui, model, lang, &id, 150.0, true) {
                                self.show_evidence(model, i);
                            }
                        });
                        shown += 1;
                        if shown % columns == 0 {
                            ui.end_row();
                        }
                    }
                });
        });
    }

    fn evidence_ui(&mut self, ui: &mut egui::Ui) {
        let a = Arc::clone(&self.analysis);
        let lang = self.settings.lang;
        ui.horizontal(|ui| {
            ui.heading(if self.reader.is_some() {
                self.tr(T::Reader)
            } else {
                self.tr(T::Evidence)
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(self.tr(T::Close)).clicked() {
                    if self.reader.is_some() {
                        self.reader = None;
                    } else if self.evidence.is_some() {
                        self.evidence = None;
                    } else {
                        self.term = None;
                    }
                }
            });
        });
        if let Some(reader) = &mut self.reader {
            reader_ui(ui, &a, reader);
            return;
        }
        if self.evidence.is_none() {
            if let Some(term) = self.term.clone() {
                self.kwic_ui(ui, &a, &term);
            }
            return;
        }
        let Some(evidence) = &self.evidence else {
            return;
        };
        ui.label(format!(
            "{} · {}",
            evidence.province,
            chart::measure_title(evidence.key, lang)
        ));
        ui.separator();
        let mut open = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            for &i in &evidence.mentions {
                let Some(found) = a.measures.get(i) else {
                    continue;
                };
                let doc = a.documents.get(found.doc_index);
                let m = &found.measure;
                let value = chart::qualified_label(
                    m.value,
                    m.value_max,
                    m.qualifier,
                    MeasureKey::of(found),
                );
                let year = m.year.map(|y| format!(" · {y}")).unwrap_or_default();
                ui.label(RichText::new(format!("{value}{year}")).strong());
                let job = highlighted_quote(ui, found, doc);
                if ui
                    .add(egui::Label::new(job).sense(egui::Sense::click()))
                    .on_hover_cursor(egui::CursorIcon::PointingHand)
                    .clicked()
                {
                    open = Some(i);
                }
                let line = doc.map_or(0, |d| d.line_of(found.figure.start));
                ui.label(RichText::new(format!("{} : {line}", m.doc)).small().weak());
                if let Some(to) = found.changed_to.and_then(|t| a.measures.get(t)) {
                    ui.label(
                        RichText::new(format!(
                            "{} {}",
                            lang.tr(T::ChangedTo),
                            aggregate::human_value(
                                to.measure.value,
                                to.measure.kind,
                                to.measure.period
                            )
                        ))
                        .small(),
                    );
                }
                ui.separator();
            }
        });
        if let Some(i) = open {
            self.commands.push(Command::OpenReader { measure: i });
        }
    }

    fn table_ui(&mut self, ui: &mut egui::Ui) {
        let a = Arc::clone(&self.analysis);
        ui.horizontal(|ui| {
            let label = ui.label(self.settings.lang.tr(T::Filter));
            ui.add(egui::TextEdit::singleline(&mut self.table_filter).desired_width(240.0))
                .labelled_by(label.id);
        });
        let filter = self.table_filter.trim().to_owned();
        let mut rows: Vec<usize> = (0..a.measures.len())
            .filter(|&i| {
                let m = &a.measures[i].measure;
                filter.is_empty()
                    || m.quote.contains(&filter)
                    || m.province.contains(&filter)
                    || m.place.contains(&filter)
                    || m.doc.contains(&filter)
                    || m.category.as_str().contains(&filter)
                    || m.kind.as_str().contains(&filter)
            })
            .collect();
        let (column, ascending) = self.table_sort;
        rows.sort_by(|&x, &y| {
            let (p, q) = (&a.measures[x].measure, &a.measures[y].measure);
            let order = match column {
                0 => p.province.cmp(&q.province),
                1 => p.kind.cmp(&q.kind),
                2 => p.category.cmp(&q.category),
                3 => p.value.total_cmp(&q.value),
                4 => p.year.cmp(&q.year),
                _ => p.doc.cmp(&q.doc),
            };
            if ascending { order } else { order.reverse() }
        });
        let lang = self.settings.lang;
        let headers = [
            T::Province,
            T::Kind,
            T::Programme,
            T::Value,
            T::Year,
            T::File,
        ];
        let widths = [70.0, 110.0, 90.0, 120.0, 50.0, 200.0];
        ui.horizontal(|ui| {
            for (c, (h, w)) in headers.iter().zip(widths).enumerate() {
                let arrow = if column == c {
                    if ascending { " ↑" } else { " ↓" }
                } else {
                    ""
                };
                if ui
                    .add_sized(
                        [w, 20.0],
                        egui::Button::new(format!("{}{arrow}", lang.tr(*h))),
                    )
                    .clicked()
                {
                    self.table_sort = if column == c {
                        (c, !ascending)
                    } else {
                        (c, true)
                    };
                }
            }
            ui.label(lang.tr(T::Quote));
        });
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let mut open = None;
        egui::ScrollArea::both().show_rows(ui, row_height, rows.len(), |ui, range| {
            for &i in &rows[range] {
                let m = &a.measures[i].measure;
                ui.horizontal(|ui| {
                    let cells = [
                        m.province.clone(),
                        lang.kind(m.kind).to_owned(),
                        lang.category(m.category).to_owned(),
                        aggregate::human_value(m.value, m.kind, m.period),
                        m.year.map(|y| y.to_string()).unwrap_or_default(),
                        m.doc.clone(),
                    ];
                    for (cell, w) in cells.iter().zip(widths) {
                        ui.add_sized([w, row_height], egui::Label::new(cell.as_str()).truncate());
                    }
                    if ui
                        .add(
                            egui::Label::new(m.quote.as_str())
                                .truncate()
                                .sense(egui::Sense::click()),
                        )
                        .clicked()
                    {
                        open = Some(i);
                    }
                });
            }
        });
        if let Some(i) = open {
            self.commands.push(Command::OpenReader { measure: i });
        }
    }

    fn documents_ui(&mut self, ui: &mut egui::Ui) {
        let a = Arc::clone(&self.analysis);
        let lang = self.settings.lang;
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Grid::new("documents")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for h in [T::File, T::Encoding, T::Articles, T::Province, T::Warnings] {
                        ui.strong(lang.tr(h));
                    }
                    ui.end_row();
                    for doc in &a.documents {
                        ui.label(&doc.name);
                        ui.label(doc.encoding);
                        ui.label(doc.articles.len().to_string());
                        let mut provinces: Vec<&str> =
                            doc.articles.iter().filter_map(|x| x.province).collect();
                        provinces.dedup();
                        ui.label(provinces.join("、"));
                        ui.label(if doc.had_decode_errors {
                            lang.tr(T::ReplacedBytes)
                        } else {
                            ""
                        });
                        ui.end_row();
                    }
                    for problem in &a.problems {
                        ui.label(&problem.path);
                        ui.label("");
                        ui.label("");
                        ui.label("");
                        ui.label(RichText::new(&problem.reason).color(ui.visuals().warn_fg_color));
                        ui.end_row();
                    }
                });
        });
    }
}

/// The quote of a measure with its figure highlighted.
fn highlighted_quote(
    ui: &egui::Ui,
    found: &crate::measure::Found,
    doc: Option<&corpus::Document>,
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
    let Some(doc) = doc else {
        job.append(&found.measure.quote, 0.0, normal);
        return job;
    };
    let (c, f) = (found.clause, found.figure);
    let text = &doc.original;
    if c.start <= f.start && f.end <= c.end && c.end <= text.len() {
        job.append(&text[c.start..f.start], 0.0, normal.clone());
        job.append(&text[f.start..f.end], 0.0, mark);
        job.append(&text[f.end..c.end], 0.0, normal);
    } else {
        job.append(&found.measure.quote, 0.0, normal);
    }
    job
}

/// The reader: the document's paragraphs, the quoted clause highlighted and scrolled to.
fn reader_ui(ui: &mut egui::Ui, a: &Analysis, reader: &mut Reader) {
    let reloaded = reader.reloaded.clone();
    let Some(doc) = reloaded
        .as_deref()
        .or_else(|| a.documents.get(reader.doc_index))
    else {
        return;
    };
    ui.label(RichText::new(&doc.name).strong());
    ui.separator();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    egui::ScrollArea::vertical().show(ui, |ui| {
        let mut offset = 0;
        for line in doc.original.split_inclusive('\n') {
            let (start, end) = (offset, offset + line.len());
            offset = end;
            let body = line.trim_end();
            if body.trim().is_empty() {
                continue;
            }
            let h = reader.highlight;
            if h.start >= start && h.start < end {
                let mut job = LayoutJob::default();
                job.wrap.max_width = ui.available_width();
                let normal = egui::TextFormat {
                    font_id: font.clone(),
                    color,
                    ..Default::default()
                };
                let marked = egui::TextFormat {
                    font_id: font.clone(),
                    color: Color32::BLACK,
                    background: Color32::from_rgb(0xff, 0xe0, 0x82),
                    ..Default::default()
                };
                let (hs, he) = (
                    h.start - start,
                    (h.end.min(start + body.len())).saturating_sub(start),
                );
                if body.is_char_boundary(hs) && body.is_char_boundary(he) && hs <= he {
                    job.append(&body[..hs], 0.0, normal.clone());
                    job.append(&body[hs..he], 0.0, marked);
                    job.append(&body[he..], 0.0, normal);
                } else {
                    job.append(body, 0.0, normal);
                }
                let response = ui.label(job);
                if reader.scroll_pending {
                    response.scroll_to_me(Some(egui::Align::Center));
                    reader.scroll_pending = false;
                }
            } else {
                ui.label(body);
            }
            ui.add_space(4.0);
        }
    });
}

/// The footnote of an exported chart: `数据来源: 5 篇文档 (source) · 民生对比 Minsheng · date`.
pub fn footnote(lang: Lang, documents: usize, source: Option<&str>) -> String {
    let source = source.map(|s| format!(" ({s})")).unwrap_or_default();
    format!(
        "{}: {documents} {}{source} · 民生对比 Minsheng · {}",
        lang.tr(T::DataSource),
        lang.tr(T::DocumentsUnit),
        today()
    )
}

/// Today's date, `2026-11-22`, from the system clock (UTC).
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A chart export, self-contained so it can run on a worker thread.
pub struct ExportJob {
    pub model: ChartModel,
    pub lang: Lang,
    pub footnote: String,
    pub scale: f32,
    pub white: bool,
    pub dark: bool,
    /// Size in points; the image is `size × scale` pixels.
    pub size: egui::Vec2,
}

impl ExportJob {
    /// Render the chart.
    pub fn render(&self) -> Result<image::RgbaImage, String> {
        let renderer = super::offscreen::Offscreen::new().map_err(|e| e.to_string())?;
        let (white, dark) = (self.white, self.dark);
        renderer
            .render(
                self.size,
                self.scale,
                |ctx| {
                    super::install_fonts(ctx);
                    ctx.set_theme(if dark && !white {
                        egui::Theme::Dark
                    } else {
                        egui::Theme::Light
                    });
                    if white {
                        ctx.global_style_mut(|style| {
                            style.visuals.panel_fill = Color32::WHITE;
                            style.visuals.window_fill = Color32::WHITE;
                            style.visuals.extreme_bg_color = Color32::WHITE;
                        });
                    }
                },
                |ui| chart::export_scene_ui(ui, &self.model, self.lang, &self.footnote),
            )
            .map_err(|e| e.to_string())
    }

    /// Render and write the PNG atomically.
    pub fn write(&self, path: &std::path::Path) -> Result<(), String> {
        let image = self.render()?;
        let png = super::offscreen::encode_png(&image, 96.0 * self.scale)?;
        export::write_atomically(path, |out| out.write_all(&png)).map_err(|e| e.to_string())
    }
}

impl eframe::App for MinshengApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        MinshengApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

/// Render small multiples of several charts to one PNG.
pub fn write_multiples(
    models: &[ChartModel],
    lang: Lang,
    footnote: &str,
    scale: f32,
    white: bool,
    size: egui::Vec2,
    path: &std::path::Path,
) -> Result<(), String> {
    let renderer = super::offscreen::Offscreen::new().map_err(|e| e.to_string())?;
    let columns = ((size.x / 320.0).floor() as usize).clamp(1, 4);
    let image = renderer
        .render(
            size,
            scale,
            |ctx| {
                super::install_fonts(ctx);
                ctx.set_theme(if white {
                    egui::Theme::Light
                } else {
                    egui::Theme::Dark
                });
                if white {
                    ctx.global_style_mut(|style| style.visuals.panel_fill = Color32::WHITE);
                }
            },
            |ui| {
                egui::Grid::new("multiples")
                    .num_columns(columns)
                    .spacing([12.0, 12.0])
                    .show(ui, |ui| {
                        for (i, model) in models.iter().enumerate() {
                            ui.vertical(|ui| {
                                ui.set_width(size.x / columns as f32 - 24.0);
                                ui.label(RichText::new(&model.title).strong());
                                chart::plot_ui(ui, model, lang, &format!("m{i}"), 140.0, true);
                            });
                            if (i + 1) % columns == 0 {
                                ui.end_row();
                            }
                        }
                    });
                if let Some(first) = models.first() {
                    chart::legend_ui(ui, first);
                }
                ui.label(RichText::new(footnote).small().weak());
            },
        )
        .map_err(|e| e.to_string())?;
    let png = super::offscreen::encode_png(&image, 96.0 * scale)?;
    export::write_atomically(path, |out| out.write_all(&png)).map_err(|e| e.to_string())
}
