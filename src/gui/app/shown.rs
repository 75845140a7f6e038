//! What the dashboard shows: opening folders, files or the seeds, a new
//! analysis with its corrections applied, and the chart of the moment.

use std::path::PathBuf;
use std::sync::Arc;

use super::MinshengApp;
use crate::aggregate::MeasureKey;
use crate::analysis::{Analysis, Options};
use crate::gui::chart::ChartModel;
use crate::gui::i18n::T;
use crate::gui::loading::Loading;
use crate::gui::views::{self, Ctx, Data};

impl MinshengApp {
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
            self.settings.measure = self.data.opening_measure();
        }
    }

    /// The figures as read, with the corrections of the source now open.
    pub fn apply_corrections(&mut self) {
        let corrections = self.settings.corrections_here();
        let data = std::mem::replace(
            &mut self.data,
            Data::new(Analysis::default(), 0, Vec::new()),
        );
        self.data = data.with_corrections(&corrections);
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
        let (applied, unmatched) = self
            .settings
            .import_corrections(&text, &self.data.uncorrected);
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

    pub(super) fn finish_loading(&mut self, paths: &[PathBuf], analysis: Analysis) {
        self.status = analysis
            .cancelled
            .then(|| self.settings.lang.tr(T::Cancelled).into());
        self.set_analysis(analysis, paths.to_vec());
        self.settings.remember_recent(paths);
    }

    /// The chart of the selected provinces and measure.
    pub fn chart_model(&self) -> Option<Arc<ChartModel>> {
        let key = self.settings.measure?;
        Some(views::compare::chart_of(
            &Ctx::new(&self.data, &self.settings),
            key,
        ))
    }
}
