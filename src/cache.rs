//! Results kept between runs, so that reopening an unchanged folder is
//! near-instant. Input: the files of a folder (path, size, modification
//! time). Output: for each file unchanged since the last run, its document
//! summary and measures, without reading it again.
//!
//! One cache file per set of opened paths, in the user's cache folder (never
//! in the corpus), keyed also by the size limit and by [`EXTRACTOR_HASH`], a
//! fingerprint of everything that produces results (the extractor's code and
//! embedded tables), computed by `build.rs`. Any change there gives new file
//! names; files of other fingerprints, of the older layout, or left unused for
//! [`MAX_AGE_DAYS`] are pruned when a cache is written. A damaged cache is
//! ignored (with a line on standard error) and rebuilt. Cached documents
//! carry no text: it is read again on demand.

mod fingerprint;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub use fingerprint::{Fnv1a, of_inputs};

use serde::{Deserialize, Serialize};

use crate::corpus::{Article, Document, SourceFile};
use crate::measure::{Found, PROVINCES};

/// Bumped when the cache's own layout changes.
const FORMAT: u32 = 2;

/// The fingerprint of what produces results: the extractor's and corpus
/// readers' sources, the gazetteer, the measure model, the embedded cue lists
/// and tables, and `Cargo.lock` (16 hex digits, from `build.rs`).
pub const EXTRACTOR_HASH: &str = env!("MINSHENG_EXTRACTOR_HASH");

/// Cache files not written for this long are removed.
pub const MAX_AGE_DAYS: u64 = 60;

/// What every cache file's name starts with.
const PREFIX: &str = "results-";

/// Where caches live.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
}

#[derive(Serialize, Deserialize)]
struct CacheFile {
    format: u32,
    extractor: String,
    entries: Vec<Entry>,
}

#[derive(Clone, Serialize, Deserialize)]
struct Entry {
    path: String,
    size: u64,
    modified_ns: u64,
    doc: CachedDocument,
    measures: Vec<Found>,
}

#[derive(Clone, Serialize, Deserialize)]
struct CachedDocument {
    name: String,
    encoding: String,
    size_bytes: u64,
    had_decode_errors: bool,
    /// Figures that look damaged (problems of the document, not measures).
    damaged: Vec<String>,
    articles: Vec<CachedArticle>,
}

#[derive(Clone, Serialize, Deserialize)]
struct CachedArticle {
    title: String,
    start: usize,
    end: usize,
    first_line: usize,
    last_line: usize,
    province: Option<String>,
    place: String,
}

/// What a cache knows of a set of files.
#[derive(Default)]
pub struct Snapshot {
    entries: HashMap<String, Entry>,
}

fn modified_ns(path: &Path) -> Option<u64> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    Some(modified.duration_since(UNIX_EPOCH).ok()?.as_nanos() as u64)
}

fn static_encoding(name: &str) -> &'static str {
    match encoding_rs::Encoding::for_label(name.as_bytes()) {
        Some(e) if e == encoding_rs::GB18030 => "GB18030",
        Some(e) => e.name(),
        None => "UTF-8",
    }
}

impl Snapshot {
    /// The cached document, measures and damaged figures of `file`, if it
    /// is unchanged.
    pub fn get(&self, file: &SourceFile) -> Option<(Document, Vec<Found>, Vec<String>)> {
        let key = file.path.to_str()?;
        let entry = self.entries.get(key)?;
        if entry.size != file.size_bytes || Some(entry.modified_ns) != modified_ns(&file.path) {
            return None;
        }
        let d = &entry.doc;
        let articles = d
            .articles
            .iter()
            .map(|a| Article {
                title: a.title.clone(),
                start: a.start,
                end: a.end,
                first_line: a.first_line,
                last_line: a.last_line,
                province: a
                    .province
                    .as_deref()
                    .and_then(|p| PROVINCES.iter().copied().find(|q| *q == p)),
                place: a.place.clone(),
            })
            .collect();
        let doc = Document {
            name: d.name.clone(),
            path: file.path.clone(),
            encoding: static_encoding(&d.encoding),
            size_bytes: d.size_bytes,
            original: String::new(),
            normalized: Default::default(),
            articles,
            places: Vec::new(),
            had_decode_errors: d.had_decode_errors,
        };
        Some((doc, entry.measures.clone(), d.damaged.clone()))
    }

    /// Remember a file's results.
    pub fn put(&mut self, doc: &Document, measures: &[Found], damaged: &[String]) {
        let Some(key) = doc.path.to_str() else { return };
        let Some(modified_ns) = modified_ns(&doc.path) else {
            return;
        };
        let cached = CachedDocument {
            name: doc.name.clone(),
            encoding: doc.encoding.to_owned(),
            size_bytes: doc.size_bytes,
            had_decode_errors: doc.had_decode_errors,
            damaged: damaged.to_vec(),
            articles: doc
                .articles
                .iter()
                .map(|a| CachedArticle {
                    title: a.title.clone(),
                    start: a.start,
                    end: a.end,
                    first_line: a.first_line,
                    last_line: a.last_line,
                    province: a.province.map(str::to_owned),
                    place: a.place.clone(),
                })
                .collect(),
        };
        let entry = Entry {
            path: key.to_owned(),
            size: doc.size_bytes,
            modified_ns,
            doc: cached,
            measures: measures.to_vec(),
        };
        self.entries.insert(key.to_owned(), entry);
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Cache {
    /// The user's cache folder for Minsheng (`~/.cache/minsheng` on Linux).
    pub fn user() -> Option<Self> {
        directories::ProjectDirs::from("org", "minsheng", "minsheng")
            .map(|d| Self::at(d.cache_dir()))
    }

    /// A cache in a given folder (tests use a temporary one).
    pub fn at(dir: &Path) -> Self {
        Self {
            dir: dir.to_path_buf(),
        }
    }

    /// The folder the cache files are written in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn file_for(&self, roots: &[PathBuf], max_file_bytes: u64) -> PathBuf {
        let mut hasher = Fnv1a::default();
        for root in roots {
            let canonical = std::fs::canonicalize(root).unwrap_or_else(|_| root.clone());
            hasher.write_field(canonical.as_os_str().as_encoded_bytes());
        }
        hasher.write(&max_file_bytes.to_le_bytes());
        self.dir.join(format!(
            "{PREFIX}{EXTRACTOR_HASH}-{:016x}.bin",
            hasher.finish()
        ))
    }

    /// Remove stale cache files: those of another extractor fingerprint or
    /// of the older layout, those not written for [`MAX_AGE_DAYS`], and
    /// temporary files left by an interrupted write a day ago or more. Other
    /// files in the folder are left alone. Returns how many were removed.
    pub fn prune(&self) -> std::io::Result<usize> {
        let now = SystemTime::now();
        let max_age = Duration::from_secs(MAX_AGE_DAYS * 24 * 60 * 60);
        let current = format!("{PREFIX}{EXTRACTOR_HASH}-");
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.dir)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let age = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|m| now.duration_since(m).ok())
                .unwrap_or_default();
            let stale = if name.starts_with(PREFIX) && name.ends_with(".bin") {
                !name.starts_with(&current) || age > max_age
            } else {
                name.starts_with(&format!(".{PREFIX}"))
                    && name.ends_with(".tmp")
                    && age > Duration::from_secs(24 * 60 * 60)
            };
            if stale && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// What the cache holds for these opened paths (empty when there is no
    /// cache, or it is damaged or from another version).
    pub fn load(&self, roots: &[PathBuf], max_file_bytes: u64) -> Snapshot {
        let path = self.file_for(roots, max_file_bytes);
        let Ok(bytes) = std::fs::read(&path) else {
            return Snapshot::default();
        };
        match postcard::from_bytes::<CacheFile>(&bytes) {
            Ok(file) if file.format == FORMAT && file.extractor == EXTRACTOR_HASH => Snapshot {
                entries: file
                    .entries
                    .into_iter()
                    .map(|e| (e.path.clone(), e))
                    .collect(),
            },
            Ok(_) => Snapshot::default(),
            Err(err) => {
                eprintln!(
                    "minsheng: ignoring a damaged cache ({err}); it will be rebuilt: {}",
                    path.display()
                );
                Snapshot::default()
            }
        }
    }

    /// Write what was read, replacing the old cache atomically, and prune
    /// stale cache files.
    pub fn store(
        &self,
        roots: &[PathBuf],
        max_file_bytes: u64,
        snapshot: &Snapshot,
    ) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let mut entries: Vec<Entry> = snapshot.entries.values().cloned().collect();
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        let file = CacheFile {
            format: FORMAT,
            extractor: EXTRACTOR_HASH.to_owned(),
            entries,
        };
        let bytes = postcard::to_allocvec(&file).map_err(std::io::Error::other)?;
        crate::export::write_atomically(&self.file_for(roots, max_file_bytes), |out| {
            out.write_all(&bytes)
        })?;
        if let Err(err) = self.prune() {
            eprintln!(
                "minsheng: could not prune old caches ({err}): {}",
                self.dir.display()
            );
        }
        Ok(())
    }
}
