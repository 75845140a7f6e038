//! Results kept between runs, so that reopening an unchanged folder is
//! near-instant. Input: the files of a folder (path, size, modification
//! time). Output: for each file unchanged since the last run, its document
//! summary and measures, without reading it again.
//!
//! One cache file per set of opened paths, in the user's cache folder (never
//! in the corpus), keyed also by the extractor's version and the size limit.
//! A damaged or old cache is ignored (with a line on standard error) and
//! rebuilt. Cached documents carry no text: it is read again on demand.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::corpus::{Article, Document, SourceFile};
use crate::measure::{Found, PROVINCES};

/// Bumped when the cache's own layout changes.
const FORMAT: u32 = 1;

/// Where caches live.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
}

#[derive(Serialize, Deserialize)]
struct CacheFile {
    format: u32,
    extractor: u32,
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
    /// The cached document and measures of `file`, if it is unchanged.
    pub fn get(&self, file: &SourceFile) -> Option<(Document, Vec<Found>)> {
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
        Some((doc, entry.measures.clone()))
    }

    /// Remember a file's results.
    pub fn put(&mut self, doc: &Document, measures: &[Found]) {
        let Some(key) = doc.path.to_str() else { return };
        let Some(modified_ns) = modified_ns(&doc.path) else {
            return;
        };
        let cached = CachedDocument {
            name: doc.name.clone(),
            encoding: doc.encoding.to_owned(),
            size_bytes: doc.size_bytes,
            had_decode_errors: doc.had_decode_errors,
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

    fn file_for(&self, roots: &[PathBuf], max_file_bytes: u64) -> PathBuf {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        for root in roots {
            std::fs::canonicalize(root)
                .unwrap_or_else(|_| root.clone())
                .hash(&mut hasher);
        }
        max_file_bytes.hash(&mut hasher);
        self.dir
            .join(format!("results-{:016x}.bin", hasher.finish()))
    }

    /// What the cache holds for these opened paths (empty when there is no
    /// cache, or it is damaged or from another version).
    pub fn load(&self, roots: &[PathBuf], max_file_bytes: u64) -> Snapshot {
        let path = self.file_for(roots, max_file_bytes);
        let Ok(bytes) = std::fs::read(&path) else {
            return Snapshot::default();
        };
        match postcard::from_bytes::<CacheFile>(&bytes) {
            Ok(file)
                if file.format == FORMAT && file.extractor == crate::extract::EXTRACTOR_VERSION =>
            {
                Snapshot {
                    entries: file
                        .entries
                        .into_iter()
                        .map(|e| (e.path.clone(), e))
                        .collect(),
                }
            }
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

    /// Write what was read, replacing the old cache atomically.
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
            extractor: crate::extract::EXTRACTOR_VERSION,
            entries,
        };
        let bytes = postcard::to_allocvec(&file).map_err(std::io::Error::other)?;
        crate::export::write_atomically(&self.file_for(roots, max_file_bytes), |out| {
            out.write_all(&bytes)
        })
    }
}
