//! What the dashboard remembers between runs. Unknown or missing fields fall
//! back to their defaults, so an old or damaged state never stops the app.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::i18n::Lang;
use crate::aggregate::MeasureKey;
use crate::corpus;

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
    pub view: View,
    pub max_file_mb: u64,
    pub export_scale: u8,
    pub export_white: bool,
    /// The window's inner size when last closed (points).
    pub window: Option<[f32; 2]>,
}

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
            view: View::Compare,
            max_file_mb: corpus::DEFAULT_MAX_FILE_BYTES / (1024 * 1024),
            export_scale: 2,
            export_white: true,
            window: None,
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

    /// Remember the user's selection for the source now open.
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
