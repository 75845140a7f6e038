//! Arbitrary text through the extractor: no panic, and every measure points
//! at a span of the original text whose quote it carries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minsheng::corpus::Document;

fuzz_target!(|text: &str| {
    let Ok(doc) = Document::from_bytes("t.txt", Default::default(), text.as_bytes()) else { return };
    for found in minsheng::extract::extract_document(&doc, 0) {
        let (f, c) = (found.figure, found.clause);
        assert!(f.start <= f.end && f.end <= doc.original.len());
        assert!(c.start <= c.end && c.end <= doc.original.len());
        assert_eq!(&doc.original[c.start..c.end], found.measure.quote);
        assert!(found.measure.value.is_finite());
    }
});
