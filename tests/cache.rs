//! Reopening a folder: unchanged files come from the cache, a changed file is
//! read again alone, and a damaged cache is ignored and rebuilt.

use std::sync::atomic::AtomicBool;

use minsheng::analysis::{self, Analysis, Options};
use minsheng::cache::Cache;

use crate::temp_dir;

fn run(dir: &std::path::Path, cache: &Cache) -> Analysis {
    analysis::analyze_paths_cached(
        &[dir.to_path_buf()],
        Options::default(),
        &|_| {},
        &AtomicBool::new(false),
        cache,
    )
}

fn records(a: &Analysis) -> Vec<String> {
    a.measures
        .iter()
        .map(|f| minsheng::export::json_line(&f.measure))
        .collect()
}

#[test]
fn unchanged_files_come_from_the_cache_and_a_changed_one_is_read_again() {
    let dir = temp_dir("cache-corpus");
    let cache = Cache::at(&temp_dir("cache-store"));
    std::fs::write(dir.join("a.txt"), "山西省发放补贴每人300元。").expect("write");
    std::fs::write(dir.join("b.txt"), "陕西省发放补贴每人400元。").expect("write");
    let first = run(&dir, &cache);
    assert!(first.documents.iter().all(|d| d.has_text()));
    let second = run(&dir, &cache);
    assert_eq!(records(&second), records(&first));
    assert!(
        second.documents.iter().all(|d| !d.has_text()),
        "both from the cache"
    );
    // The text comes back from disk when needed, at the same offsets.
    let doc = second.documents[0].with_text().expect("reads");
    let f = &second.measures[0];
    assert_eq!(&doc.original[f.clause.start..f.clause.end], f.measure.quote);

    std::fs::write(dir.join("b.txt"), "陕西省发放补贴每人450元,惠及2万人。").expect("write");
    let third = run(&dir, &cache);
    let read_again: Vec<&str> = third
        .documents
        .iter()
        .filter(|d| d.has_text())
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(read_again, ["b.txt"]);
    assert_eq!(third.measures.len(), 3);
}

#[test]
fn a_damaged_cache_is_ignored_and_rebuilt() {
    let dir = temp_dir("cache-damaged");
    let store = temp_dir("cache-damaged-store");
    let cache = Cache::at(&store);
    std::fs::write(dir.join("a.txt"), "辽宁省发放补贴每人500元。").expect("write");
    let first = run(&dir, &cache);
    for entry in std::fs::read_dir(&store).expect("store") {
        let path = entry.expect("entry").path();
        std::fs::write(&path, b"\xff\xff not a cache \x00").expect("damage");
    }
    let second = run(&dir, &cache);
    assert_eq!(records(&second), records(&first));
    assert!(
        second.documents[0].has_text(),
        "read again, not from the damaged cache"
    );
    let third = run(&dir, &cache);
    assert!(!third.documents[0].has_text(), "the cache was rebuilt");
}

#[test]
fn problems_found_in_a_document_come_back_with_it_from_the_cache() {
    let dir = temp_dir("cache-problems");
    let cache = Cache::at(&temp_dir("cache-problems-store"));
    std::fs::write(
        dir.join("a.txt"),
        "补助标准为.5元/人/月,另发放补贴每人300元。",
    )
    .expect("write");
    let first = run(&dir, &cache);
    assert_eq!(first.problems.len(), 1, "{:?}", first.problems);
    let second = run(&dir, &cache);
    assert!(
        second.documents.iter().all(|d| !d.has_text()),
        "from the cache"
    );
    assert_eq!(second.problems, first.problems);
}
