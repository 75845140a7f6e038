//! Paths → an [`Analysis`]: documents, measures and problems, read in parallel
//! across files with live [`Progress`] and a cancel flag. The CLI, the
//! dashboard and the benches all run this one function.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::cache::{Cache, Snapshot};
use crate::corpus::{self, Document, Problem, SourceFile};
use crate::extract;
use crate::measure::Found;

/// What was read and what was found.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub documents: Vec<Document>,
    pub measures: Vec<Found>,
    pub problems: Vec<Problem>,
    /// Whether reading was cancelled before every file was read.
    pub cancelled: bool,
    /// The figures (indices into `measures`) whose fields a correction
    /// changed (see [`crate::corrections`]).
    pub corrected: std::collections::BTreeSet<usize>,
}

/// How far a run has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub files_done: usize,
    pub files_total: usize,
    pub bytes_done: u64,
    pub bytes_total: u64,
    pub measures_found: usize,
}

/// Settings for reading.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub max_file_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            max_file_bytes: corpus::DEFAULT_MAX_FILE_BYTES,
        }
    }
}

/// Analyse the embedded seeds.
pub fn analyze_seeds() -> Analysis {
    from_documents(corpus::seed_documents(), Vec::new())
}

/// Analyse documents already read.
pub fn from_documents(documents: Vec<Document>, problems: Vec<Problem>) -> Analysis {
    let mut measures = Vec::new();
    for (index, doc) in documents.iter().enumerate() {
        append(&mut measures, extract_dated(doc, index), index);
    }
    Analysis {
        documents,
        measures,
        problems,
        cancelled: false,
        corrected: Default::default(),
    }
}

/// One document's measures, each with the date its article states for
/// itself (see [`corpus::dateline`]).
pub fn extract_dated(doc: &Document, doc_index: usize) -> Vec<Found> {
    let mut found = extract::extract_document(doc, doc_index);
    corpus::dateline::stamp(doc, &mut found);
    found
}

/// Append one document's measures, renumbering their links.
fn append(measures: &mut Vec<Found>, found: Vec<Found>, doc_index: usize) {
    let base = measures.len();
    measures.extend(found.into_iter().map(|mut f| {
        f.doc_index = doc_index;
        f.changed_to = f.changed_to.map(|t| t + base);
        f
    }));
}

/// Read and analyse files and folders.
pub fn analyze_paths(
    paths: &[PathBuf],
    options: Options,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Analysis {
    let mut problems = Vec::new();
    let files = corpus::list_files(paths, &mut problems);
    analyze_files(&files, problems, options, progress, cancel)
}

/// Read paths as the dashboard and the command line do: measures files named
/// among them (see [`crate::import::split_measures_files`]) are read back by
/// [`from_measures_files`], the documents and folders beside them are read
/// and analysed (reusing `cache` when there is one), and the measures files'
/// figures come after the documents'.
pub fn analyze_inputs(
    paths: &[PathBuf],
    options: Options,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
    cache: Option<&Cache>,
) -> Analysis {
    let (measures_files, documents) = crate::import::split_measures_files(paths);
    let imported = (!measures_files.is_empty()).then(|| from_measures_files(&measures_files));
    if documents.is_empty() {
        let analysis = imported.unwrap_or_default();
        progress(Progress {
            files_done: paths.len(),
            files_total: paths.len(),
            measures_found: analysis.measures.len(),
            ..Progress::default()
        });
        return analysis;
    }
    let read = match cache {
        Some(cache) => analyze_paths_cached(&documents, options, progress, cancel, cache),
        None => analyze_paths(&documents, options, progress, cancel),
    };
    match imported {
        Some(imported) => merge(read, imported),
        None => read,
    }
}

/// One file's outcome: its document and measures, or why it was skipped.
/// A document with its measures and the figures in it that look damaged.
type FileResult = Result<(Document, Vec<Found>, Vec<String>), Problem>;

/// Read and analyse paths, reusing the results of unchanged files from
/// `cache` and storing what was read for next time.
pub fn analyze_paths_cached(
    paths: &[PathBuf],
    options: Options,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
    cache: &Cache,
) -> Analysis {
    let mut problems = Vec::new();
    let files = corpus::list_files(paths, &mut problems);
    let mut snapshot = cache.load(paths, options.max_file_bytes);
    let analysis = analyze(
        &files,
        problems,
        options,
        progress,
        cancel,
        Some(&mut snapshot),
    );
    if !analysis.cancelled
        && let Err(err) = cache.store(paths, options.max_file_bytes, &snapshot)
    {
        eprintln!("minsheng: could not write the cache ({err})");
    }
    analysis
}

/// Read and analyse a list of files.
pub fn analyze_files(
    files: &[SourceFile],
    problems: Vec<Problem>,
    options: Options,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Analysis {
    analyze(files, problems, options, progress, cancel, None)
}

fn analyze(
    files: &[SourceFile],
    mut problems: Vec<Problem>,
    options: Options,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
    mut snapshot: Option<&mut Snapshot>,
) -> Analysis {
    let files_total = files.len();
    let bytes_total: u64 = files
        .iter()
        .map(|f| f.size_bytes.min(options.max_file_bytes))
        .sum();
    let files_done = AtomicUsize::new(0);
    let bytes_done = AtomicU64::new(0);
    let measures_found = AtomicUsize::new(0);
    progress(Progress {
        files_total,
        bytes_total,
        ..Progress::default()
    });
    let cache: Option<&Snapshot> = snapshot.as_deref();
    let results: Vec<Option<FileResult>> = files
        .par_iter()
        .map(|file| {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let cached = cache.and_then(|c| c.get(file));
            let result = match cached {
                Some(hit) => Ok(hit),
                None => corpus::read_file(file, options.max_file_bytes).map(|doc| {
                    let found = extract_dated(&doc, 0);
                    let damaged = extract::damaged::damaged_figures(&doc.normalized.text);
                    (doc, found, damaged)
                }),
            };
            let found_now = match &result {
                Ok((_, f, _)) => measures_found.fetch_add(f.len(), Ordering::Relaxed) + f.len(),
                Err(_) => measures_found.load(Ordering::Relaxed),
            };
            let done = files_done.fetch_add(1, Ordering::Relaxed) + 1;
            let bytes = bytes_done.fetch_add(
                file.size_bytes.min(options.max_file_bytes),
                Ordering::Relaxed,
            ) + file.size_bytes.min(options.max_file_bytes);
            progress(Progress {
                files_done: done,
                files_total,
                bytes_done: bytes,
                bytes_total,
                measures_found: found_now,
            });
            Some(result)
        })
        .collect();
    let cancelled = results.iter().any(Option::is_none);
    let mut documents = Vec::new();
    let mut measures = Vec::new();
    for result in results.into_iter().flatten() {
        match result {
            Ok((doc, found, damaged)) => {
                if let Some(snapshot) = snapshot.as_deref_mut() {
                    snapshot.put(&doc, &found, &damaged);
                }
                if doc.had_decode_errors {
                    problems.push(Problem {
                        path: corpus::display(&doc.path),
                        reason: format!(
                            "read, but some bytes were not valid {} and were replaced",
                            doc.encoding
                        ),
                        skipped: false,
                    });
                }
                for excerpt in damaged {
                    problems.push(Problem {
                        path: corpus::display(&doc.path),
                        reason: format!("a figure looks damaged: “{excerpt}”"),
                        skipped: false,
                    });
                }
                append(&mut measures, found, documents.len());
                documents.push(doc);
            }
            Err(problem) => problems.push(problem),
        }
    }
    problems.sort();
    Analysis {
        documents,
        measures,
        problems,
        cancelled,
        corrected: Default::default(),
    }
}

/// Two analyses as one: the second's documents after the first's, its
/// figures pointing at them, the problems of both (sorted).
pub fn merge(mut first: Analysis, second: Analysis) -> Analysis {
    let (documents, measures) = (first.documents.len(), first.measures.len());
    first.documents.extend(second.documents);
    first
        .measures
        .extend(second.measures.into_iter().map(|mut found| {
            found.doc_index += documents;
            found.changed_to = found.changed_to.map(|i| i + measures);
            found
        }));
    first.problems.extend(second.problems);
    first
        .corrected
        .extend(second.corrected.into_iter().map(|i| i + measures));
    first.problems.sort();
    first.cancelled |= second.cancelled;
    first
}

/// The encoding shown for a document known only from a measures file.
pub const IMPORTED: &str = "measures file";

/// An analysis of measures read from files (see [`crate::import`]) rather
/// than found in documents: one document per distinct `doc` name (in order
/// of first appearance, carrying no text: the reader says it cannot be
/// opened), the measures in file order. A file that cannot be used, and each
/// line left out, become problems; the rest is read.
pub fn from_measures_files(paths: &[PathBuf]) -> Analysis {
    let mut problems = Vec::new();
    let files = match crate::import::list_measures_files(paths) {
        Ok(files) => files,
        Err(err) => {
            problems.push(import_problem(&err));
            Vec::new()
        }
    };
    let mut records = Vec::new();
    for path in &files {
        match crate::import::read_measures_file(path) {
            Ok(file) => {
                if let Some(first) = file.rejected.first() {
                    problems.push(Problem {
                        path: corpus::display(path),
                        reason: format!(
                            "read, but {} line(s) were left out (line {}: {})",
                            file.rejected.len(),
                            first.line,
                            first.reason
                        ),
                        skipped: false,
                    });
                }
                records.extend(file.records);
            }
            Err(err) => problems.push(import_problem(&err)),
        }
    }
    from_measures(records, problems)
}

fn import_problem(err: &crate::import::ImportError) -> Problem {
    use crate::import::ImportError;
    let path = match err {
        ImportError::Io { path, .. }
        | ImportError::UnknownFormat { path }
        | ImportError::MissingColumn { path, .. }
        | ImportError::NoRecords { path, .. } => path,
    };
    let full = err.to_string();
    let suffix = format!(": {}", path.display());
    Problem {
        path: corpus::display(path),
        reason: full.strip_suffix(&suffix).unwrap_or(&full).to_owned(),
        skipped: true,
    }
}

/// An analysis of imported records (see [`from_measures_files`]).
pub fn from_measures(records: Vec<crate::import::Record>, mut problems: Vec<Problem>) -> Analysis {
    let mut documents: Vec<Document> = Vec::new();
    let mut index_of: std::collections::HashMap<String, usize> = Default::default();
    let mut measures = Vec::with_capacity(records.len());
    for record in records {
        let doc_index = *index_of
            .entry(record.measure.doc.clone())
            .or_insert_with(|| {
                documents.push(Document {
                    name: record.measure.doc.clone(),
                    path: PathBuf::new(),
                    encoding: IMPORTED,
                    size_bytes: 0,
                    original: String::new(),
                    normalized: Default::default(),
                    articles: Vec::new(),
                    places: Vec::new(),
                    had_decode_errors: false,
                });
                documents.len() - 1
            });
        measures.push(Found {
            measure: record.measure,
            figure: Default::default(),
            clause: Default::default(),
            doc_index,
            article_index: 0,
            line: record.doc_line.unwrap_or(0),
            changed_to: None,
        });
    }
    problems.sort();
    Analysis {
        documents,
        measures,
        problems,
        cancelled: false,
        corrected: Default::default(),
    }
}
