//! The views of the dashboard, one file each. Every view is a struct that
//! owns its own state (a filter, a sort) and draws with
//! `fn ui(&mut self, ui, &Ctx) -> Option<Command>`: it reads the shared
//! state through [`Ctx`], takes what it draws from the shared store of
//! models (`ctx.data.store`, see `present::store`), and asks for any change
//! by returning a [`Command`](super::app::Command), which the app carries
//! out at the end of the frame.
//!
//! The views of the main area implement [`View`]; [`make`] pairs each
//! [`ViewId`] of `present::VIEWS` (its tab, command-line name and exports)
//! with the struct that draws it. Adding a view: its model in `present/`,
//! its file here, a row in `present::VIEWS`, an arm in [`make`], its strings.

pub mod about;
pub mod change;
pub mod compare;
pub mod coverage;
pub mod documents;
pub mod evidence;
pub mod gap;
pub mod map;
pub mod overview;
pub mod reader;
pub mod side_panel;
pub mod status;
pub mod table;
pub mod terms;
pub mod top_bar;
pub mod trend;

use std::path::PathBuf;
use std::sync::Arc;

use super::app::Command;
use super::export::{Scene, Target};
use super::i18n::{Lang, T};
use super::settings::Settings;
use crate::aggregate::{self, MeasureKey};
use crate::analysis::Analysis;
use crate::present::{Store, ViewId};

/// A view of the main area, one tab.
pub trait View {
    fn id(&self) -> ViewId;

    /// The label of its tab (from its row of `present::VIEWS`).
    fn tab(&self) -> T {
        self.id().info().tab
    }

    /// Draw; return what the app should do.
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command>;

    /// What its `导出 PNG…` draws for `key`, and the page size (points);
    /// `None` for a view without a picture of its own.
    fn scene(&self, _ctx: &Ctx<'_>, _key: MeasureKey) -> Option<(Scene, egui::Vec2)> {
        None
    }

    /// Block until its background work is done (tests and scripted use).
    fn wait(&mut self) {}
}

/// The struct that draws `id`.
pub fn make(id: ViewId) -> Box<dyn View> {
    match id {
        ViewId::Compare => Box::new(compare::CompareView::default()),
        ViewId::Trend => Box::new(trend::TrendView),
        ViewId::Gap => Box::new(gap::GapView::default()),
        ViewId::Changes => Box::new(change::ChangeView),
        ViewId::Overview => Box::new(overview::OverviewView),
        ViewId::Table => Box::new(table::TableView::default()),
        ViewId::Documents => Box::new(documents::DocumentsView),
        ViewId::Coverage => Box::new(coverage::CoverageView),
        ViewId::Map => Box::new(map::MapView),
        ViewId::Terms => Box::new(terms::TermsView::default()),
    }
}

/// The head of a view of one measure: its title and unit, then on a line
/// of their own its exports (the picture, the data) and what `controls`
/// draws after them. Returns the command asked for, that of `controls`
/// first.
pub fn measure_header_ui(
    ui: &mut egui::Ui,
    ctx: &Ctx<'_>,
    id: ViewId,
    key: MeasureKey,
    title: &str,
    controls: impl FnOnce(&mut egui::Ui) -> Option<Command>,
) -> Option<Command> {
    ui.horizontal_wrapped(|ui| {
        ui.heading(title);
        ui.label(egui::RichText::new(super::chart::unit_label(key, ctx.lang())).weak());
    });
    ui.horizontal_wrapped(|ui| {
        let mut command = None;
        if ui.button(ctx.tr(T::ExportPng)).clicked() {
            command = Some(Command::Export(Target::Picture(id, key)));
        }
        if ui
            .button(ctx.tr(T::ExportData))
            .on_hover_text(ctx.tr(T::ExportDataHint))
            .clicked()
        {
            command = Some(Command::Export(Target::Data(id, key)));
        }
        controls(ui).or(command)
    })
    .inner
}

/// Every view's own state: the panels around the main area, and the views
/// of the main area (one a tab, from `all`).
pub struct Views {
    pub top_bar: top_bar::TopBar,
    pub side_panel: side_panel::SidePanel,
    pub status: status::StatusBar,
    pub evidence: evidence::EvidencePanel,
    pub reader: reader::ReaderView,
    pub about: about::AboutWindow,
    pub main: Vec<Box<dyn View>>,
}

impl Default for Views {
    fn default() -> Self {
        Self {
            top_bar: Default::default(),
            side_panel: Default::default(),
            status: Default::default(),
            evidence: Default::default(),
            reader: Default::default(),
            about: Default::default(),
            main: all(),
        }
    }
}

impl Views {
    /// The view of the main area with this id.
    pub fn main_view(&mut self, id: ViewId) -> Option<&mut Box<dyn View>> {
        self.main.iter_mut().find(|v| v.id() == id)
    }
}

/// Every view of the main area, in the order of the tabs.
pub fn all() -> Vec<Box<dyn View>> {
    crate::present::VIEWS.iter().map(|v| make(v.id)).collect()
}

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
    /// What the views derived from it, by generation and query.
    pub store: Store,
    /// The figures as read, before the corrections of this source.
    pub uncorrected: Arc<Vec<crate::measure::Found>>,
}

impl Data {
    pub fn new(analysis: Analysis, generation: u64, source: Vec<PathBuf>) -> Self {
        let uncorrected = Arc::new(analysis.measures.clone());
        Self::corrected(analysis, uncorrected, generation, source)
    }

    /// `analysis` with corrections applied to `uncorrected`, its figures as read.
    pub fn corrected(
        analysis: Analysis,
        uncorrected: Arc<Vec<crate::measure::Found>>,
        generation: u64,
        source: Vec<PathBuf>,
    ) -> Self {
        Self {
            uncorrected,
            province_counts: aggregate::province_counts(&analysis.measures),
            keys: aggregate::keys_with_data(&analysis.measures),
            analysis: Arc::new(analysis),
            generation,
            source,
            store: Store::default(),
        }
    }

    /// The embedded seeds, analysed (tests and first runs).
    pub fn seeds(generation: u64) -> Self {
        Self::new(crate::analysis::analyze_seeds(), generation, Vec::new())
    }

    /// These figures as read, with `corrections` applied: a new generation
    /// when there are any (or were), else the same data.
    #[must_use]
    pub fn with_corrections(self, corrections: &[crate::corrections::Correction]) -> Self {
        if corrections.is_empty() && self.analysis.corrected.is_empty() {
            return self;
        }
        let mut analysis = (*self.analysis).clone();
        analysis.measures = (*self.uncorrected).clone();
        analysis.corrected.clear();
        let numbered: Vec<(usize, crate::corrections::Correction)> =
            corrections.iter().cloned().enumerate().collect();
        crate::corrections::apply(&mut analysis, &numbered);
        Self::corrected(analysis, self.uncorrected, self.generation + 1, self.source)
    }

    /// The measure an analysis opens on when none chosen before has data:
    /// the one with levels (the bars of the compare view) for the most
    /// provinces; of equals, the first in [`Self::keys`] (the most
    /// comparable).
    pub fn opening_measure(&self) -> Option<MeasureKey> {
        let mut provinces: std::collections::HashMap<MeasureKey, std::collections::HashSet<&str>> =
            Default::default();
        for found in &self.analysis.measures {
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
        for (key, _) in &self.keys {
            if best.is_none_or(|(_, most)| count(key) > most) {
                best = Some((*key, count(key)));
            }
        }
        best.map(|(key, _)| key)
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
