//! What a view can ask the app to do. Views never change shared state
//! themselves: they return a [`Command`], and the app carries it out at the
//! end of the frame (`MinshengApp::run`).

use std::path::PathBuf;

use super::export::Target;
use crate::aggregate::{AreaChoice, MeasureKey, YearChoice};
use crate::measure::Span;
use crate::present::ViewId;

/// A change asked for by a view, carried out at the end of the frame.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    PickFolder,
    Open(Vec<PathBuf>),
    OpenSeeds,
    CancelLoading,
    SetView(ViewId),
    SetMeasure(MeasureKey),
    SetSelection(Vec<String>),
    SetProvince {
        province: String,
        on: bool,
    },
    ToggleLanguage,
    SetDark(bool),
    SetExportScale(u8),
    /// The page of an exported compare chart (points).
    SetExportSize([u16; 2]),
    SetExportWhite(bool),
    SetMaxFileMb(u64),
    /// Compare on `key`, adding `province` to the selection.
    CompareOn {
        province: Option<String>,
        key: MeasureKey,
    },
    /// Ask where to save, then save.
    Export(Target),
    /// Save without asking (a path typed into the path field).
    SaveTo(Target, PathBuf),
    ShowEvidence {
        province: String,
        key: MeasureKey,
        mentions: Vec<usize>,
    },
    ShowTerm(String),
    /// Open the reader at a measure's quote.
    OpenReader {
        measure: usize,
    },
    /// Open the reader on a document, at a span of its original text.
    OpenDocument {
        doc_index: usize,
        span: Option<Span>,
    },
    /// Close the reader, else the evidence, else the term's lines.
    ClosePanel,
    Status(String),
    /// The compare view's areas, year and period conversion.
    SetArea(AreaChoice),
    SetYear(YearChoice),
    SetConvert(bool),
    /// 只看全省: only province-wide figures.
    SetProvinceOnly(bool),
    /// A chart of one year also takes figures dated only by their document.
    SetDatedByDocument(bool),
    /// Leave a figure out of charts and exports (by its
    /// [`figure_id`](crate::aggregate::figure_id)), or bring it back.
    Exclude {
        figure_id: String,
        excluded: bool,
    },
    /// Correct the fields of the figure at this index (`None`: bring back
    /// its fields as read).
    Correct {
        measure: usize,
        correction: Option<crate::corrections::Correction>,
    },
    /// Ask which corrections file to read, then read it (导入更正…).
    PickCorrections,
    /// Read a corrections file into the folder's corrections and exclusions.
    ImportCorrections(PathBuf),
    // About, clipboard, opening files
    /// Ask which documents or measures files to open, then open them.
    PickFiles,
    /// Draw the chart shown as a picture and put it on the clipboard.
    CopyChart,
    /// Open the About window.
    ShowAbout,
    /// Remove the results cache and say how much was freed.
    ClearCache,
}

/// Why a dialog was opened.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Purpose {
    Open,
    /// A corrections file to read (导入更正…).
    ImportCorrections,
    Save(Target),
}

/// The evidence behind a clicked bar or tile.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub province: String,
    pub key: MeasureKey,
    pub mentions: Vec<usize>,
}
