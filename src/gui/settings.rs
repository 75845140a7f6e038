//! What the dashboard remembers between runs. Unknown or missing fields fall
//! back to their defaults, so an old or damaged state never stops the app.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use super::i18n::Lang;
use crate::aggregate::{AreaChoice, Choice, MeasureKey, YearChoice};
use crate::corpus;
use crate::present::ViewId;

/// The smallest window in which every view still reads (points).
pub const MIN_WINDOW: [f32; 2] = [900.0, 600.0];
/// The window of a first run (points).
pub const DEFAULT_WINDOW: [f32; 2] = [1280.0, 820.0];

/// What is remembered between runs.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
    pub dark: bool,
    /// The folders or files last opened (empty: the embedded seeds).
    pub opened: Vec<PathBuf>,
    pub recent: Vec<PathBuf>,
    pub selected: Vec<String>,
    /// Selections the user made, by source (see [`source_key`]); a source
    /// without one opens with every province that has data.
    pub chosen: BTreeMap<String, Vec<String>>,
    pub measure: Option<MeasureKey>,
    pub view: ViewId,
    pub max_file_mb: u64,
    pub export_scale: u8,
    /// The page of an exported compare chart (points): one of
    /// [`EXPORT_SIZES`].
    pub export_size: [u16; 2],
    pub export_white: bool,
    /// The window's inner size when last closed (points).
    pub window: Option<[f32; 2]>,
    /// The compare view's areas, year and period conversion.
    pub area: AreaChoice,
    pub year: YearChoice,
    pub convert: bool,
    /// 只看全省: only province-wide figures.
    pub province_only: bool,
    /// A chart of one year also takes figures dated only by their document.
    pub dated_by_document: bool,
    /// Figures the user excluded, by source (see [`source_key`]), each by
    /// its [`figure_id`](crate::aggregate::figure_id).
    pub excluded: BTreeMap<String, BTreeSet<String>>,
    /// Corrections the user made, by source, each a line of a corrections
    /// file (see [`crate::corrections`]).
    pub corrections: BTreeMap<String, Vec<String>>,
}

/// The pages a compare chart exports to (points), from a slide to a poster.
pub const EXPORT_SIZES: [[u16; 2]; 4] = [[800, 500], [1200, 800], [1600, 1000], [2400, 1600]];

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: Lang::Zh,
            dark: false,
            opened: Vec::new(),
            recent: Vec::new(),
            selected: Vec::new(),
            chosen: BTreeMap::new(),
            measure: None,
            view: ViewId::Compare,
            max_file_mb: corpus::DEFAULT_MAX_FILE_BYTES / (1024 * 1024),
            export_scale: 2,
            export_size: [1200, 800],
            export_white: true,
            window: None,
            area: AreaChoice::Both,
            year: YearChoice::Latest,
            convert: false,
            province_only: false,
            dated_by_document: false,
            excluded: BTreeMap::new(),
            corrections: BTreeMap::new(),
        }
    }
}

impl Settings {
    /// The window size to open with: the remembered one, never smaller than
    /// [`MIN_WINDOW`] nor absurdly large.
    pub fn window_size(&self) -> [f32; 2] {
        let [w, h] = self.window.unwrap_or(DEFAULT_WINDOW);
        let sane = |v: f32, min: f32, default: f32| {
            if v.is_finite() {
                v.clamp(min, 8192.0)
            } else {
                default
            }
        };
        [
            sane(w, MIN_WINDOW[0], DEFAULT_WINDOW[0]),
            sane(h, MIN_WINDOW[1], DEFAULT_WINDOW[1]),
        ]
    }

    /// The figures excluded from the source now open.
    pub fn excluded_here(&self) -> BTreeSet<String> {
        self.excluded
            .get(&source_key(&self.opened))
            .cloned()
            .unwrap_or_default()
    }

    /// Exclude a figure of the source now open, or bring it back.
    pub fn set_excluded(&mut self, figure_id: String, excluded: bool) {
        let key = source_key(&self.opened);
        let set = self.excluded.entry(key.clone()).or_default();
        if excluded {
            set.insert(figure_id);
        } else {
            set.remove(&figure_id);
        }
        if set.is_empty() {
            self.excluded.remove(&key);
        }
    }

    /// The corrections of the source now open.
    pub fn corrections_here(&self) -> Vec<crate::corrections::Correction> {
        let lines = self
            .corrections
            .get(&source_key(&self.opened))
            .map(|l| l.join("\n"))
            .unwrap_or_default();
        crate::corrections::parse(&lines)
            .0
            .into_iter()
            .map(|(_, c)| c)
            .collect()
    }

    /// Correct a figure of the source now open (replacing an earlier
    /// correction of it), or with `None` bring back its fields as read.
    pub fn set_correction(
        &mut self,
        figure: &crate::measure::Measure,
        correction: Option<crate::corrections::Correction>,
    ) {
        let key = source_key(&self.opened);
        let mut kept: Vec<crate::corrections::Correction> = self
            .corrections_here()
            .into_iter()
            .filter(|c| !c.matches(figure))
            .collect();
        kept.extend(correction);
        if kept.is_empty() {
            self.corrections.remove(&key);
        } else {
            self.corrections
                .insert(key, kept.iter().map(|c| c.json_line()).collect());
        }
    }

    /// How the compare view chooses its bars (and what its exports draw).
    pub fn choice(&self) -> Choice {
        Choice {
            area: self.area,
            year: self.year,
            convert: self.convert,
            excluded: self.excluded_here(),
            province_only: self.province_only,
            dated_by_document: self.dated_by_document,
        }
    }

    /// Tick or untick a province, and remember the selection.
    pub fn set_province(&mut self, province: String, on: bool) {
        self.selected.retain(|p| *p != province);
        if on {
            self.selected.push(province);
        }
        self.remember_selection();
    }

    /// Remember the user's selection for the source now open.
    /// Put `paths` first among the recently opened, eight at most.
    pub fn remember_recent(&mut self, paths: &[PathBuf]) {
        for p in paths.iter().rev() {
            self.recent.retain(|r| r != p);
            self.recent.insert(0, p.clone());
        }
        self.recent.truncate(8);
    }

    /// Take the lines of a corrections file into the corrections and
    /// exclusions of the source now open, matched against its figures as
    /// read: how many lines applied, and how many matched no figure.
    pub fn import_corrections(
        &mut self,
        text: &str,
        uncorrected: &[crate::measure::Found],
    ) -> (usize, usize) {
        let (read, bad) = crate::corrections::parse(text);
        let mut unmatched = bad.len();
        let mut applied = 0;
        for (_, c) in read {
            let matching: Vec<usize> = (uncorrected.iter().enumerate())
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
                    self.set_excluded(crate::aggregate::figure_id(&uncorrected[i]), true);
                }
            }
            if !c.fields.is_empty() {
                let figure = uncorrected[first].measure.clone();
                let correction = crate::corrections::Correction {
                    exclude: false,
                    ..c
                };
                self.set_correction(&figure, Some(correction));
            }
        }
        (applied, unmatched)
    }

    pub fn remember_selection(&mut self) {
        let key = source_key(&self.opened);
        self.chosen.insert(key, self.selected.clone());
        // Keep the remembered choices few.
        while self.chosen.len() > 32 {
            let Some(first) = self.chosen.keys().next().cloned() else {
                break;
            };
            self.chosen.remove(&first);
        }
    }

    /// The selection for a newly read source: the user's earlier choice for
    /// it (provinces without data left out), else every province with data.
    pub fn selection_for(&self, opened: &[PathBuf], with_data: &[String]) -> Vec<String> {
        let chosen: Vec<String> = self
            .chosen
            .get(&source_key(opened))
            .map(|c| {
                c.iter()
                    .filter(|p| with_data.contains(p))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        if chosen.is_empty() {
            with_data.to_vec()
        } else {
            chosen
        }
    }
}

/// One string for a set of opened paths (empty for the embedded seeds).
pub fn source_key(opened: &[PathBuf]) -> String {
    opened
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
