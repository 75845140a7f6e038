//! Arbitrary bytes as a file: decoding, HTML stripping, normalising and
//! splitting must never panic, and every analysis offset must map back onto
//! character boundaries of the original.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minsheng::corpus::Document;

fuzz_target!(|data: &[u8]| {
    for name in ["page.txt", "page.html"] {
        let Ok(doc) = Document::from_bytes(name, Default::default(), data) else { continue };
        let text = &doc.normalized.text;
        let mut at = 0;
        while at < text.len() {
            let (a, b) = doc.normalized.original_range(&doc.original, at, at + 1);
            assert!(a <= b && b <= doc.original.len());
            assert!(doc.original.is_char_boundary(a) && doc.original.is_char_boundary(b));
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
        for article in &doc.articles {
            assert!(article.start <= article.end && article.end <= text.len());
        }
    }
});
