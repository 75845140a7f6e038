//! Measures files → measures. Input: `.jsonl` or `.csv` files written by
//! `minsheng extract` or the dashboard's exports (the 13 fields of
//! `spec/measures.md`, by name; older files without `area` and `change`
//! read as joint levels), or folders holding them. Output: the records,
//! in file order, with the bad lines of each file set aside with a reason.
//!
//! This is how figures extracted elsewhere (one shard of a national archive
//! per machine) are compared without their documents:
//! [`crate::analysis::from_measures_files`] merges the records of several
//! files into one [`crate::analysis::Analysis`].

use std::path::{Path, PathBuf};

use crate::export::FIELDS;
use crate::measure::{Area, Category, Change, Kind, Measure, Period, Qualifier};

/// Why a measures file could not be used at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("could not be read ({source}): {}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("not a measures file (Minsheng reads .jsonl and .csv written by `minsheng extract`): {}", path.display())]
    UnknownFormat { path: PathBuf },
    #[error("not a measures file: the CSV header lacks the column {column}: {}", path.display())]
    MissingColumn { path: PathBuf, column: &'static str },
    #[error("not a measures file: no line could be read ({first}): {}", path.display())]
    NoRecords { path: PathBuf, first: String },
}

/// A line of a measures file that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The 1-based line (for CSV: the record's line).
    pub line: usize,
    pub reason: String,
}

/// One record read from a measures file.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub measure: Measure,
    /// The figure's line in its document, when the file says (CSV exports
    /// carry it; JSON Lines do not).
    pub doc_line: Option<usize>,
}

/// What one file held.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MeasuresFile {
    pub records: Vec<Record>,
    pub rejected: Vec<Rejected>,
}

/// Whether a path names a measures file, by its extension (`.jsonl`,
/// `.ndjson`, `.csv`).
pub fn is_measures_file(path: &Path) -> bool {
    matches!(extension(path).as_deref(), Some("jsonl" | "ndjson" | "csv"))
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// `paths` split into the measures files named among them (`.jsonl`,
/// `.ndjson` and `.csv` files, read back by
/// [`crate::analysis::from_measures_files`]) and the documents and folders
/// to read; both kept in the order given.
pub fn split_measures_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    paths
        .iter()
        .cloned()
        .partition(|p| !p.is_dir() && is_measures_file(p))
}

/// The measures files among `paths`: files as given, folders walked
/// (recursively, hidden entries skipped, sorted by name) for `.jsonl` and
/// `.csv` files.
pub fn list_measures_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ImportError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, 0, &mut files)?;
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn walk(dir: &Path, depth: usize, files: &mut Vec<PathBuf>) -> Result<(), ImportError> {
    if depth > 64 {
        return Ok(());
    }
    let io = |source| ImportError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            walk(&path, depth + 1, files)?;
        } else if is_measures_file(&path) {
            files.push(path);
        }
    }
    Ok(())
}

/// Read one measures file, by its extension.
pub fn read_measures_file(path: &Path) -> Result<MeasuresFile, ImportError> {
    let io = |source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = match extension(path).as_deref() {
        Some("jsonl" | "ndjson") => {
            let bytes = std::fs::read(path).map_err(io)?;
            parse_jsonl(&String::from_utf8_lossy(&bytes))
        }
        Some("csv") => {
            let bytes = std::fs::read(path).map_err(io)?;
            parse_csv(&bytes).map_err(|column| ImportError::MissingColumn {
                path: path.to_path_buf(),
                column,
            })?
        }
        _ => {
            return Err(ImportError::UnknownFormat {
                path: path.to_path_buf(),
            });
        }
    };
    if file.records.is_empty()
        && let Some(first) = file.rejected.first()
    {
        return Err(ImportError::NoRecords {
            path: path.to_path_buf(),
            first: format!("line {}: {}", first.line, first.reason),
        });
    }
    Ok(file)
}

/// Parse JSON Lines: one measure object a line; blank lines are skipped.
pub fn parse_jsonl(text: &str) -> MeasuresFile {
    let mut file = MeasuresFile::default();
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Measure>(line) {
            Ok(measure) => match check(&measure) {
                Ok(()) => file.records.push(Record {
                    measure,
                    doc_line: None,
                }),
                Err(reason) => file.rejected.push(Rejected {
                    line: index + 1,
                    reason,
                }),
            },
            Err(err) => file.rejected.push(Rejected {
                line: index + 1,
                reason: err.to_string(),
            }),
        }
    }
    file
}

/// Parse CSV with the spec's fields named in its header (in any order;
/// other columns are ignored, and `line` is kept as the figure's line). The
/// apostrophe that export puts before formula-like cells is taken off.
/// Errs with the first missing column.
pub fn parse_csv(bytes: &[u8]) -> Result<MeasuresFile, &'static str> {
    let bytes = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let Ok(header) = reader.headers().cloned() else {
        return Err(FIELDS[0]);
    };
    let column = |name: &str| header.iter().position(|h| h.trim() == name);
    let mut columns = [0usize; FIELDS.len()];
    for (slot, name) in columns.iter_mut().zip(FIELDS) {
        // Files from before `area` and `change` existed read as joint levels.
        *slot = match column(name) {
            Some(at) => at,
            None if matches!(name, "area" | "change" | "published") => usize::MAX,
            None => return Err(name),
        };
    }
    let line_column = column("line");
    let mut file = MeasuresFile::default();
    for (index, row) in reader.records().enumerate() {
        let line = index + 2;
        let row = match row {
            Ok(row) => row,
            Err(err) => {
                file.rejected.push(Rejected {
                    line,
                    reason: err.to_string(),
                });
                continue;
            }
        };
        let line = row.position().map_or(line, |p| p.line() as usize);
        let cell = |i: usize| row.get(columns[i]).map(unneutralise).unwrap_or_default();
        match measure_of(&cell).and_then(|m| check(&m).map(|()| m)) {
            Ok(measure) => file.records.push(Record {
                measure,
                doc_line: line_column
                    .and_then(|c| row.get(c))
                    .and_then(|l| l.parse().ok()),
            }),
            Err(reason) => file.rejected.push(Rejected { line, reason }),
        }
    }
    Ok(file)
}

/// Undo [`crate::export::neutralise`].
fn unneutralise(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_owned(),
        _ => cell.to_owned(),
    }
}

/// A measure from the cells of a CSV row, by the index of each field in
/// [`FIELDS`].
fn measure_of(cell: &dyn Fn(usize) -> String) -> Result<Measure, String> {
    let number = |i: usize| -> Result<Option<f64>, String> {
        let text = cell(i);
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        text.parse::<f64>()
            .map(Some)
            .map_err(|err| format!("{} is not a number ({err}): {text}", FIELDS[i]))
    };
    let invalid = |i: usize, text: &str| format!("{} has an unknown value: {text:?}", FIELDS[i]);
    let kind = cell(2);
    let category = cell(3);
    let period = cell(6);
    let qualifier = cell(7);
    let year = cell(8);
    let area = cell(9);
    let change = cell(10);
    Ok(Measure {
        province: cell(0),
        place: cell(1),
        kind: Kind::parse(&kind).ok_or_else(|| invalid(2, &kind))?,
        category: Category::parse(&category).ok_or_else(|| invalid(3, &category))?,
        value: number(4)?.ok_or_else(|| "value is empty".to_owned())?,
        value_max: number(5)?,
        period: match period.as_str() {
            "" => None,
            "month" => Some(Period::Month),
            "year" => Some(Period::Year),
            "once" => Some(Period::Once),
            _ => return Err(invalid(6, &period)),
        },
        qualifier: match qualifier.as_str() {
            "" | "exact" => Qualifier::Exact,
            "at_least" => Qualifier::AtLeast,
            "at_most" => Qualifier::AtMost,
            "about" => Qualifier::About,
            _ => return Err(invalid(7, &qualifier)),
        },
        year: match year.trim() {
            "" => None,
            y => Some(
                y.parse()
                    .map_err(|err| format!("{} is not a year ({err}): {y}", FIELDS[8]))?,
            ),
        },
        area: Area::parse(&area).ok_or_else(|| invalid(9, &area))?,
        change: Change::parse(&change).ok_or_else(|| invalid(10, &change))?,
        published: cell(11),
        doc: cell(12),
        quote: cell(13),
    })
}

/// What every record must satisfy beyond its types.
fn check(m: &Measure) -> Result<(), String> {
    if !m.value.is_finite() || m.value_max.is_some_and(|v| !v.is_finite()) {
        return Err("value is not a finite number".into());
    }
    if !m.province.is_empty() && !crate::measure::PROVINCES.contains(&m.province.as_str()) {
        return Err(format!("province is not one of the 34: {:?}", m.province));
    }
    Ok(())
}
