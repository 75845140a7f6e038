//! The cache's key: a fingerprint of what produces results, stable across
//! Rust releases, that changes when any input changes; caches of other
//! fingerprints are pruned.

use std::sync::atomic::AtomicBool;

use minsheng::analysis::{self, Options};
use minsheng::cache::{self, Cache};

use crate::temp_dir;

#[test]
fn the_fingerprint_changes_when_any_input_changes() {
    let categories = "minimum_living\t低保\n".as_bytes();
    let base = cache::of_inputs([
        ("assets/categories.tsv", categories),
        ("src/extract/mod.rs", b"fn extract() {}".as_slice()),
    ]);
    let edited = cache::of_inputs([
        (
            "assets/categories.tsv",
            "minimum_living\t低保\t最低生活保障\n".as_bytes(),
        ),
        ("src/extract/mod.rs", b"fn extract() {}".as_slice()),
    ]);
    let renamed = cache::of_inputs([
        ("assets/categories2.tsv", categories),
        ("src/extract/mod.rs", b"fn extract() {}".as_slice()),
    ]);
    // Moving bytes from one file to the next is a change too.
    let shifted = cache::of_inputs([
        ("assets/categories.tsv", &categories[..categories.len() - 1]),
        ("src/extract/mod.rs", b"\nfn extract() {}".as_slice()),
    ]);
    assert_ne!(base, edited);
    assert_ne!(base, renamed);
    assert_ne!(base, shifted);
    assert_eq!(
        base,
        cache::of_inputs([
            ("assets/categories.tsv", categories),
            ("src/extract/mod.rs", b"fn extract() {}".as_slice()),
        ]),
        "the same inputs give the same key"
    );
}

#[test]
fn the_fingerprint_is_fnv1a_and_so_the_same_on_every_release() {
    // FNV-1a's published test vectors: a release of Rust cannot move them.
    let hash = |bytes: &[u8]| {
        let mut h = cache::Fnv1a::default();
        h.write(bytes);
        h.finish()
    };
    assert_eq!(hash(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(hash(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(hash(b"foobar"), 0x8594_4171_f739_67e8);
    assert_eq!(cache::EXTRACTOR_HASH.len(), 16);
    assert!(cache::EXTRACTOR_HASH.chars().all(|c| c.is_ascii_hexdigit()));
}

#[test]
fn stale_caches_are_pruned_when_a_cache_is_written() {
    let dir = temp_dir("prune-corpus");
    let store = temp_dir("prune-store");
    std::fs::write(dir.join("a.txt"), "山西省发放补贴每人300元。").expect("write");
    let other = if cache::EXTRACTOR_HASH.starts_with('0') {
        "1"
    } else {
        "0"
    };
    let stale = [
        // The layout before fingerprints.
        "results-0123456789abcdef.bin".to_owned(),
        // Another build of the extractor.
        format!(
            "results-{other}{}-0123456789abcdef.bin",
            &cache::EXTRACTOR_HASH[1..]
        ),
    ];
    for name in &stale {
        std::fs::write(store.join(name), b"old").expect("write");
    }
    // Current, but unused for longer than the limit.
    let old_current = store.join(format!(
        "results-{}-fedcba9876543210.bin",
        cache::EXTRACTOR_HASH
    ));
    let file = std::fs::File::create(&old_current).expect("create");
    let long_ago = std::time::SystemTime::now()
        - std::time::Duration::from_secs((cache::MAX_AGE_DAYS + 1) * 24 * 60 * 60);
    file.set_modified(long_ago).expect("set time");
    drop(file);
    std::fs::write(store.join("notes.txt"), b"not ours").expect("write");

    let cache = Cache::at(&store);
    analysis::analyze_paths_cached(
        std::slice::from_ref(&dir),
        Options::default(),
        &|_| {},
        &AtomicBool::new(false),
        &cache,
    );
    let mut left: Vec<String> = std::fs::read_dir(&store)
        .expect("store")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left.len(), 2, "{left:?}");
    assert_eq!(left[0], "notes.txt");
    assert!(
        left[1].starts_with(&format!("results-{}-", cache::EXTRACTOR_HASH)),
        "{left:?}"
    );
    assert_ne!(store.join(&left[1]), old_current);
    // And the fresh cache serves the next run.
    let again = analysis::analyze_paths_cached(
        &[dir],
        Options::default(),
        &|_| {},
        &AtomicBool::new(false),
        &cache,
    );
    assert!(!again.documents[0].has_text(), "from the cache");
}
