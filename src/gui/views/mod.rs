//! The views of the dashboard, one file each. Every view is a struct that
//! owns its own state (a filter, a sort, results computed for one analysis)
//! and draws with `fn ui(&mut self, ui, &Ctx) -> Option<Command>`: it reads
//! the shared state through [`Ctx`] and asks for any change by returning a
//! [`Command`](super::app::Command), which the app carries out at the end of
//! the frame.

pub mod about;
pub mod change;
pub mod compare;
pub mod coverage;
pub mod documents;
pub mod evidence;
pub mod map;
pub mod overview;
pub mod reader;
pub mod side_panel;
pub mod status;
pub mod table;
pub mod terms;
pub mod top_bar;

use std::path::PathBuf;
use std::sync::Arc;

use super::i18n::{Lang, T};
use super::settings::Settings;
use crate::aggregate::{self, MeasureKey};
use crate::analysis::Analysis;

/// An analysis and what every view derives from it, computed once. Its
/// `generation` changes whenever the analysis does: views keep their results
/// by it.
pub struct Data {
    pub analysis: Arc<Analysis>,
    pub generation: u64,
    /// The paths read (empty: the embedded seeds).
    pub source: Vec<PathBuf>,
    /// Provinces with data and how many figures each has, in the spec's order.
    pub province_counts: Vec<(&'static str, usize)>,
    /// Measure keys with data, the most comparable first.
    pub keys: Vec<(MeasureKey, usize)>,
}

impl Data {
    pub fn new(analysis: Analysis, generation: u64, source: Vec<PathBuf>) -> Self {
        Self {
            province_counts: aggregate::province_counts(&analysis.measures),
            keys: aggregate::keys_with_data(&analysis.measures),
            analysis: Arc::new(analysis),
            generation,
            source,
        }
    }

    /// The embedded seeds, analysed (tests and first runs).
    pub fn seeds(generation: u64) -> Self {
        Self::new(crate::analysis::analyze_seeds(), generation, Vec::new())
    }

    /// Provinces with data.
    pub fn provinces_with_data(&self) -> Vec<String> {
        self.province_counts
            .iter()
            .map(|(p, _)| (*p).to_owned())
            .collect()
    }
}

/// What a view reads in one frame.
pub struct Ctx<'a> {
    pub data: &'a Data,
    pub settings: &'a Settings,
    /// The selected provinces, in the spec's order.
    pub selection: Vec<String>,
    /// Whether a folder is being read (its paths).
    pub loading: Option<&'a [PathBuf]>,
}

impl<'a> Ctx<'a> {
    pub fn new(data: &'a Data, settings: &'a Settings) -> Self {
        Self {
            data,
            settings,
            selection: ordered(&settings.selected),
            loading: None,
        }
    }

    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    pub fn tr(&self, t: T) -> &'static str {
        self.settings.lang.tr(t)
    }

    pub fn analysis(&self) -> &'a Analysis {
        &self.data.analysis
    }

    /// What is shown, or being read: `内置示例语料` or the folders.
    pub fn source_label(&self) -> String {
        source_label(self.lang(), self.loading.unwrap_or(&self.data.source))
    }
}

/// `内置示例语料`, or the paths joined.
pub fn source_label(lang: Lang, paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        lang.tr(T::SampleCorpus).to_owned()
    } else {
        paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Provinces in the spec's order.
pub fn ordered(selected: &[String]) -> Vec<String> {
    crate::measure::PROVINCES
        .iter()
        .filter(|p| selected.iter().any(|s| s == *p))
        .map(|p| (*p).to_owned())
        .collect()
}
