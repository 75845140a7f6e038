//! Build script: fingerprints everything that decides what the extractor
//! finds (its code, the corpus readers, the gazetteer, the measure model, the
//! embedded cue lists and tables, and the locked versions of the crates it
//! uses), so that the results cache is keyed by what produced the results
//! rather than by a hand-bumped version number. The value reaches the crate as
//! the `MINSHENG_EXTRACTOR_HASH` environment variable (16 hex digits).

use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/cache/fingerprint.rs"]
mod fingerprint;

/// Files and folders (walked recursively) that produce results.
const INPUTS: [&str; 6] = [
    "src/extract",
    "src/corpus",
    "src/gazetteer.rs",
    "src/measure.rs",
    "assets",
    "Cargo.lock",
];

/// Under `assets/`, what the extractor never reads.
fn is_presentation(relative: &str) -> bool {
    relative.starts_with("assets/screenshots/")
        || relative.ends_with(".png")
        || relative.ends_with(".desktop")
        || relative.ends_with(".py")
}

fn collect(root: &Path, path: &Path, files: &mut Vec<(String, PathBuf)>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            collect(root, &entry.path(), files);
        }
    } else if path.is_file() {
        let relative = path
            .strip_prefix(root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        if !is_presentation(&relative) {
            files.push((relative, path.to_path_buf()));
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let mut files = Vec::new();
    for input in INPUTS {
        println!("cargo::rerun-if-changed={input}");
        collect(&root, &root.join(input), &mut files);
    }
    files.sort();
    let contents: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|(name, path)| {
            let bytes = std::fs::read(&path).unwrap_or_default();
            (name, bytes)
        })
        .collect();
    let hash = fingerprint::of_inputs(
        contents
            .iter()
            .map(|(name, bytes)| (name.as_str(), bytes.as_slice())),
    );
    println!("cargo::rustc-env=MINSHENG_EXTRACTOR_HASH={hash:016x}");
}
