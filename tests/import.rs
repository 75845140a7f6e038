//! Measures files read back: what `minsheng extract` writes for the shards
//! of an archive, merged, compares exactly as the whole archive read at once;
//! bad lines and files become problems.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use minsheng::aggregate;
use minsheng::analysis::{self, Analysis, Options};
use minsheng::corpus::SEEDS;
use minsheng::export;
use minsheng::import;

use crate::temp_dir;

fn analyze(dir: &Path) -> Analysis {
    analysis::analyze_paths(
        &[dir.to_path_buf()],
        Options::default(),
        &|_| {},
        &AtomicBool::new(false),
    )
}

fn records(a: &Analysis) -> Vec<String> {
    let mut lines: Vec<String> = a
        .measures
        .iter()
        .map(|f| export::json_line(&f.measure))
        .collect();
    lines.sort();
    lines
}

/// Every chart the dashboard could draw: each key's bars, every province.
fn charts(a: &Analysis) -> Vec<String> {
    let provinces: Vec<String> = minsheng::measure::PROVINCES
        .iter()
        .map(|p| (*p).to_owned())
        .collect();
    aggregate::keys_with_data(&a.measures)
        .into_iter()
        .map(|(key, count)| {
            let bars = aggregate::bars(&a.measures, key, &provinces);
            let shown: Vec<String> = bars
                .iter()
                .map(|bar| {
                    format!(
                        "{} {} {}",
                        bar.province,
                        bar.shown.value,
                        bar.source_count()
                    )
                })
                .collect();
            format!("{} ({count}): {}", key.code(), shown.join(", "))
        })
        .collect()
}

#[test]
fn two_shards_extracted_apart_and_merged_compare_as_the_whole_folder() {
    let whole = temp_dir("import-whole");
    let halves = [temp_dir("import-half-a"), temp_dir("import-half-b")];
    for (i, (name, bytes)) in SEEDS.iter().enumerate() {
        std::fs::write(whole.join(name), bytes).expect("write");
        std::fs::write(halves[usize::from(i >= SEEDS.len() / 2)].join(name), bytes).expect("write");
    }
    let out = temp_dir("import-out");
    // One shard written as JSON Lines, the other as CSV, as `extract` would.
    let first = analyze(&halves[0]);
    let jsonl = out.join("shard-a.jsonl");
    export::write_atomically(&jsonl, |w| export::write_jsonl(w, &first.measures)).expect("jsonl");
    let second = analyze(&halves[1]);
    let csv = out.join("shard-b.csv");
    export::write_atomically(&csv, |w| {
        export::write_csv(w, &second.measures, &second.documents)
    })
    .expect("csv");

    let merged = analysis::from_measures_files(&[jsonl, csv]);
    let reference = analyze(&whole);
    assert!(merged.problems.is_empty(), "{:?}", merged.problems);
    assert!(reference.measures.len() > 50, "the seeds hold figures");
    assert_eq!(records(&merged), records(&reference));
    assert_eq!(charts(&merged), charts(&reference));
    assert_eq!(merged.documents.len(), SEEDS.len());
    assert!(
        merged
            .documents
            .iter()
            .all(|d| d.encoding == analysis::IMPORTED)
    );
    // Every measure points at its own document.
    for f in &merged.measures {
        assert_eq!(merged.documents[f.doc_index].name, f.measure.doc);
    }
    // CSV keeps the figure's line; the whole-folder run has the same lines.
    let lines = |a: &Analysis| {
        let mut v: Vec<(String, usize)> = a
            .measures
            .iter()
            .filter(|f| f.measure.doc == SEEDS[4].0)
            .map(|f| (f.measure.quote.clone(), f.line))
            .collect();
        v.sort();
        v
    };
    assert_eq!(lines(&merged), lines(&reference));
}

#[test]
fn a_folder_of_measures_files_is_read_in_name_order() {
    let dir = temp_dir("import-folder");
    let line = |province: &str, value: u32| {
        format!(
            r#"{{"province": "{province}", "place": "", "kind": "amount_per_person", "category": "minimum_living", "value": {value}, "value_max": null, "period": "month", "qualifier": "exact", "year": 2023, "area": "", "change": "", "doc": "{province}.txt", "quote": "每人每月{value}元"}}"#
        )
    };
    std::fs::create_dir_all(dir.join("b")).expect("dir");
    std::fs::write(dir.join("b/2.jsonl"), line("河北", 800)).expect("write");
    std::fs::write(dir.join("1.jsonl"), line("山西", 700) + "\n\n").expect("write");
    std::fs::write(dir.join("notes.txt"), "not measures").expect("write");
    let files = import::list_measures_files(std::slice::from_ref(&dir)).expect("lists");
    let names: Vec<PathBuf> = files
        .iter()
        .map(|f| f.strip_prefix(&dir).expect("inside").to_path_buf())
        .collect();
    assert_eq!(
        names,
        [PathBuf::from("1.jsonl"), PathBuf::from("b/2.jsonl")]
    );
    let a = analysis::from_measures_files(&[dir]);
    let provinces: Vec<&str> = a
        .measures
        .iter()
        .map(|f| f.measure.province.as_str())
        .collect();
    assert_eq!(provinces, ["山西", "河北"]);
}

#[test]
fn bad_lines_are_left_out_with_their_line_and_unusable_files_are_problems() {
    let dir = temp_dir("import-bad");
    let good = r#"{"province": "山西", "place": "", "kind": "amount_per_person", "category": "minimum_living", "value": 700, "value_max": null, "period": "month", "qualifier": "exact", "year": 2023, "doc": "a.txt", "quote": "每人每月700元"}"#;
    let text = format!(
        "{good}\n{{\"province\": \"山西\"}}\n{}\n{}\n",
        good.replace("amount_per_person", "amount_per_cat"),
        good.replace("\"山西\"", "\"火星\"")
    );
    std::fs::write(dir.join("mixed.jsonl"), text).expect("write");
    std::fs::write(dir.join("garbage.jsonl"), "\u{0}\u{1}not json at all\n").expect("write");
    std::fs::write(dir.join("other.csv"), "a,b,c\n1,2,3\n").expect("write");
    let file = import::read_measures_file(&dir.join("mixed.jsonl")).expect("reads");
    assert_eq!(
        file.records.len(),
        1,
        "older files without area and change still read"
    );
    let lines: Vec<usize> = file.rejected.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 4]);
    assert!(
        file.rejected[1].reason.contains("amount_per_cat"),
        "{:?}",
        file.rejected
    );
    assert!(
        file.rejected[2].reason.contains("火星"),
        "{:?}",
        file.rejected
    );
    assert!(matches!(
        import::read_measures_file(&dir.join("garbage.jsonl")),
        Err(import::ImportError::NoRecords { .. })
    ));
    let err = import::read_measures_file(&dir.join("other.csv")).expect_err("no fields");
    assert!(err.to_string().contains("province"), "{err}");
    assert!(matches!(
        import::read_measures_file(&dir.join("missing.jsonl")),
        Err(import::ImportError::Io { .. })
    ));
    assert!(matches!(
        import::read_measures_file(&dir.join("x.xlsx")),
        Err(import::ImportError::UnknownFormat { .. })
    ));

    let a = analysis::from_measures_files(&[
        dir.join("mixed.jsonl"),
        dir.join("garbage.jsonl"),
        dir.join("other.csv"),
    ]);
    assert_eq!(a.measures.len(), 1);
    assert_eq!(a.problems.len(), 3, "{:?}", a.problems);
    let mixed = a
        .problems
        .iter()
        .find(|p| p.path.ends_with("mixed.jsonl"))
        .expect("mixed");
    assert!(
        !mixed.skipped && mixed.reason.contains("3 line(s)"),
        "{mixed:?}"
    );
    assert!(a.problems.iter().filter(|p| p.skipped).count() == 2);
}

#[test]
fn csv_cells_neutralised_for_spreadsheets_read_back_as_written() {
    let dir = temp_dir("import-neutral");
    let seeds = temp_dir("import-neutral-seeds");
    std::fs::write(seeds.join("a.txt"), "山西省发放补贴每人300元。").expect("write");
    let mut a = analyze(&seeds);
    a.measures[0].measure.quote = "-=SUM(A1)".to_owned();
    a.measures[0].measure.place = "+太原".to_owned();
    let path = dir.join("m.csv");
    export::write_atomically(&path, |w| export::write_csv(w, &a.measures, &a.documents))
        .expect("csv");
    let file = import::read_measures_file(&path).expect("reads");
    assert_eq!(file.records[0].measure, a.measures[0].measure);
}
