//! One integration test binary (see `Cargo.toml`): every module below is a
//! part of it.

mod aggregate;
mod cache;
mod cache_key;
mod cli;
mod corpus;
mod corrections;
mod dates;
mod extract;
mod formats;
#[cfg(feature = "gui")]
mod gui;
mod import;
mod install;
mod levels;
mod places;
mod present;
mod properties;
mod quantities;
mod robustness;
mod rules;

/// The seed files, as stored.
pub fn seed(name_prefix: &str) -> (&'static str, &'static [u8]) {
    minsheng::corpus::SEEDS
        .iter()
        .copied()
        .find(|(n, _)| n.starts_with(name_prefix))
        .expect("a seed with that prefix")
}

/// A fresh, empty temporary folder for one test.
pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("minsheng-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}
