//! Files and folders → documents. Input: the paths a user gave (or the
//! embedded seeds). Output: [`Document`]s, each decoded, normalised and split
//! into articles, plus a [`Problem`] for every file that could not be read.
//!
//! One bad file never stops the rest: it becomes a problem naming the file.

pub mod articles;
pub mod dateline;
pub mod decode;
pub mod docx;
pub mod html;
pub mod normalize;
pub mod pdf;
pub mod sheet;

use std::path::{Path, PathBuf};

pub use articles::Article;
pub use decode::DecodeError;
pub use normalize::Normalized;

/// The sample corpus, embedded: (file name, bytes).
pub const SEEDS: [(&str, &[u8]); 5] = [
    (
        "000_35e31b65f6a64f23.txt",
        include_bytes!("../../seeds/000_35e31b65f6a64f23.txt"),
    ),
    (
        "001_367dc1c1bb9caac0.txt",
        include_bytes!("../../seeds/001_367dc1c1bb9caac0.txt"),
    ),
    (
        "002_81171039dbf7a777.txt",
        include_bytes!("../../seeds/002_81171039dbf7a777.txt"),
    ),
    (
        "003_0612ee476b01d267.txt",
        include_bytes!("../../seeds/003_0612ee476b01d267.txt"),
    ),
    (
        "004_d38013fde3e12fb8.txt",
        include_bytes!("../../seeds/004_d38013fde3e12fb8.txt"),
    ),
];

/// Files above this size are skipped with a problem unless the limit is raised.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One document: a file's text in both forms, and its articles.
#[derive(Clone, Debug)]
pub struct Document {
    /// Where it came from: a path relative to the folder given, or a file name.
    pub name: String,
    /// The full path on disk (empty for embedded seeds).
    pub path: PathBuf,
    pub encoding: &'static str,
    pub size_bytes: u64,
    /// The decoded text as written (markup stripped for HTML).
    pub original: String,
    pub normalized: Normalized,
    pub articles: Vec<Article>,
    /// Every place name in the analysis text, in order.
    pub places: Vec<crate::gazetteer::PlaceMatch<'static>>,
    /// Whether malformed bytes were replaced while decoding.
    pub had_decode_errors: bool,
}

impl Document {
    /// Build a document from a file's bytes. The name's extension says how
    /// to read them (see [`Format::of`]); anything else is decoded as text,
    /// and text that turns out to be an HTML page loses its markup.
    pub fn from_bytes(name: &str, path: PathBuf, bytes: &[u8]) -> Result<Self, DecodeError> {
        let decoded = match Format::of(name) {
            Format::Text => {
                let decoded = decode::decode(bytes)?;
                if looks_like_html(&decoded.text) {
                    let decoded = decode::decode_html(bytes)?;
                    decode::Decoded {
                        text: html::to_text(&decoded.text),
                        ..decoded
                    }
                } else {
                    decoded
                }
            }
            Format::Html => {
                let decoded = decode::decode_html(bytes)?;
                decode::Decoded {
                    text: html::to_text(&decoded.text),
                    ..decoded
                }
            }
            Format::Docx => packaged("DOCX", docx::to_text(bytes)?),
            Format::Pdf => packaged("PDF", pdf::to_text(bytes)?),
            Format::Spreadsheet => packaged(
                if name.to_ascii_lowercase().ends_with(".xls") {
                    "XLS"
                } else {
                    "XLSX"
                },
                sheet::to_text(bytes)?,
            ),
        };
        let original = decoded.text;
        if original.trim().is_empty() {
            return Err(DecodeError::Blank);
        }
        let normalized = normalize::normalize(&original);
        let places = crate::gazetteer::Gazetteer::get().find_all(&normalized.text);
        let articles = articles::split_with_places(&normalized.text, &places);
        Ok(Self {
            name: name.to_owned(),
            path,
            encoding: decoded.encoding,
            size_bytes: bytes.len() as u64,
            original,
            normalized,
            articles,
            places,
            had_decode_errors: decoded.had_errors,
        })
    }

    /// The original text of a range of the analysis text.
    pub fn original_of(&self, start: usize, end: usize) -> &str {
        let (a, b) = self.normalized.original_range(&self.original, start, end);
        &self.original[a..b]
    }

    /// Whether the text is in memory (documents restored from the cache carry
    /// only their summary and measures).
    pub fn has_text(&self) -> bool {
        !self.original.is_empty()
    }

    /// This document with its text: itself, or read again from its file.
    pub fn with_text(&self) -> Result<std::borrow::Cow<'_, Self>, Problem> {
        if self.has_text() {
            return Ok(std::borrow::Cow::Borrowed(self));
        }
        let file = SourceFile {
            path: self.path.clone(),
            name: self.name.clone(),
            size_bytes: self.size_bytes,
        };
        read_file(&file, u64::MAX).map(std::borrow::Cow::Owned)
    }

    /// The 1-based line of a byte offset in the original text.
    pub fn line_of(&self, original_offset: usize) -> usize {
        self.original.as_bytes()[..original_offset.min(self.original.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }
}

/// A file that could not be used, and why.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// The path as the user would recognise it.
    pub path: String,
    pub reason: String,
    /// Whether the file was left out (otherwise it was read, with this caveat).
    pub skipped: bool,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.reason, self.path)
    }
}

/// A file found by walking the given paths, not yet read.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The path relative to the folder given (the `doc` field of a measure).
    pub name: String,
    pub size_bytes: u64,
}

/// How a file is read, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown, in any encoding (and the default for a name
    /// without a known extension).
    Text,
    Html,
    /// Word 2007 and later (`.docx`).
    Docx,
    /// A PDF's text layer.
    Pdf,
    /// Workbooks: Excel (`.xlsx`, `.xls`, `.xlsb`) and `.ods`.
    Spreadsheet,
}

impl Format {
    /// Extensions Minsheng reads, each with its format.
    pub const EXTENSIONS: [(&'static str, Self); 12] = [
        ("txt", Self::Text),
        ("text", Self::Text),
        ("md", Self::Text),
        ("markdown", Self::Text),
        ("html", Self::Html),
        ("htm", Self::Html),
        ("docx", Self::Docx),
        ("pdf", Self::Pdf),
        ("xlsx", Self::Spreadsheet),
        ("xls", Self::Spreadsheet),
        ("xlsb", Self::Spreadsheet),
        ("ods", Self::Spreadsheet),
    ];

    /// The format of a file name (`Text` when the extension is unknown).
    pub fn of(name: &str) -> Self {
        Self::of_extension(name.rsplit_once('.').map_or("", |(_, ext)| ext)).unwrap_or(Self::Text)
    }

    /// The format of an extension (without its dot, any case), if Minsheng
    /// reads it.
    pub fn of_extension(extension: &str) -> Option<Self> {
        let lower = extension.to_ascii_lowercase();
        Self::EXTENSIONS
            .iter()
            .find(|(ext, _)| *ext == lower)
            .map(|(_, format)| *format)
    }
}

/// Text read from a packaged format: its "encoding" is the format's name.
fn packaged(format: &'static str, text: String) -> decode::Decoded {
    decode::Decoded {
        text,
        encoding: format,
        had_errors: false,
    }
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.trim_start().starts_with("<!doctype html") || head.contains("<html")
}

/// Walk files and folders: recursive, hidden entries skipped, each folder
/// visited once (so a symlink loop ends), sorted by name.
pub fn list_files(paths: &[PathBuf], problems: &mut Vec<Problem>) -> Vec<SourceFile> {
    let mut files = Vec::new();
    let mut visited = std::collections::HashSet::new();
    for root in paths {
        match std::fs::metadata(root) {
            Ok(meta) if meta.is_dir() => {
                walk(root, root, 0, &mut visited, &mut files, problems);
            }
            Ok(meta) => {
                let name = root
                    .file_name()
                    .map_or_else(|| display(root), |n| n.to_string_lossy().into_owned());
                files.push(SourceFile {
                    path: root.clone(),
                    name,
                    size_bytes: meta.len(),
                });
            }
            Err(err) => problems.push(Problem {
                skipped: true,
                path: display(root),
                reason: io_reason(&err),
            }),
        }
    }
    files
}

const MAX_DEPTH: usize = 256;

fn walk(
    root: &Path,
    dir: &Path,
    depth: usize,
    visited: &mut std::collections::HashSet<PathBuf>,
    files: &mut Vec<SourceFile>,
    problems: &mut Vec<Problem>,
) {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !visited.insert(canonical) {
        problems.push(Problem {
            skipped: true,
            path: display(dir),
            reason: "folder skipped: already read (a link loops back)".into(),
        });
        return;
    }
    if depth > MAX_DEPTH {
        problems.push(Problem {
            skipped: true,
            path: display(dir),
            reason: format!("folder skipped: nested deeper than {MAX_DEPTH}"),
        });
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem {
                skipped: true,
                path: display(dir),
                reason: format!("folder unreadable: {}", io_reason(&err)),
            });
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let file_name = entry.file_name();
        let lossy = file_name.to_string_lossy();
        if lossy.starts_with('.') {
            continue;
        }
        let path = entry.path();
        // Follows links: metadata() of the target.
        let meta = match std::fs::metadata(&path) {
            Ok(meta) => meta,
            Err(err) => {
                problems.push(Problem {
                    skipped: true,
                    path: display(&path),
                    reason: io_reason(&err),
                });
                continue;
            }
        };
        if meta.is_dir() {
            walk(root, &path, depth + 1, visited, files, problems);
            continue;
        }
        let name = path
            .strip_prefix(root)
            .map_or_else(|_| display(&path), display);
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension {
            Some(ext) if Format::of_extension(&ext).is_none() => {
                problems.push(Problem {
                    skipped: true,
                    path: display(&path),
                    reason: format!("not read: .{ext} is not a document Minsheng reads (.txt, .md, .html, .docx, .pdf, .xlsx, .xls)"),
                });
            }
            _ => files.push(SourceFile {
                path,
                name,
                size_bytes: meta.len(),
            }),
        }
    }
}

/// Read one file into a document, or say why not.
pub fn read_file(file: &SourceFile, max_file_bytes: u64) -> Result<Document, Problem> {
    let problem = |reason: String| Problem {
        skipped: true,
        path: display(&file.path),
        reason,
    };
    if file.size_bytes > max_file_bytes {
        return Err(problem(format!(
            "skipped: {} is over the {} limit (raise it in the settings)",
            human_bytes(file.size_bytes),
            human_bytes(max_file_bytes)
        )));
    }
    let bytes = std::fs::read(&file.path).map_err(|err| problem(io_reason(&err)))?;
    if bytes.len() as u64 > max_file_bytes {
        return Err(problem(format!(
            "skipped: grew past the {} limit while reading",
            human_bytes(max_file_bytes)
        )));
    }
    Document::from_bytes(&file.name, file.path.clone(), &bytes)
        .map_err(|err| problem(format!("not read: {err}")))
}

/// The embedded seeds as documents.
pub fn seed_documents() -> Vec<Document> {
    SEEDS
        .iter()
        .filter_map(|(name, bytes)| Document::from_bytes(name, PathBuf::new(), bytes).ok())
        .collect()
}

fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "not found (was it moved or deleted?)".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("could not be read ({err})"),
    }
}

pub fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// `1.5 MB`, `820 KB`.
pub fn human_bytes(bytes: u64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let b = bytes as f64;
    if b >= 1024.0 * MB {
        format!("{:.1} GB", b / (1024.0 * MB))
    } else if b >= MB {
        format!("{:.1} MB", b / MB)
    } else if b >= 1024.0 {
        format!("{:.0} KB", b / 1024.0)
    } else {
        format!("{bytes} B")
    }
}
