//! Corrections files: read, applied to every view, reported when they
//! match nothing, and applied alike by the command line.

use std::process::Command;

use minsheng::aggregate::{Choice, MeasureKey};
use minsheng::corrections::{self, Correction, Fields};
use minsheng::measure::{Area, Change};
use minsheng::present::chart::ChartModel;
use minsheng::present::i18n::Lang;

use crate::present::{analysis, fig, monthly, provinces};

fn two_provinces() -> minsheng::analysis::Analysis {
    let mut a = analysis(&[
        fig("青海", 700.0, Some(2022), Area::Joint),
        fig("甘肃", 650.0, Some(2022), Area::Joint),
        fig("甘肃", 9999.0, Some(2023), Area::Joint),
    ]);
    for (i, f) in a.measures.iter_mut().enumerate() {
        f.measure.place = String::new();
        f.measure.quote = format!("第{i}句");
    }
    a
}

#[test]
fn a_correction_line_reads_back_as_written() {
    let c = Correction {
        doc: "001.txt".into(),
        quote: "城市低保标准提高到每人每月700元".into(),
        value: 700.0,
        exclude: false,
        fields: Fields {
            province: Some("青海".into()),
            area: Some(Area::Urban),
            year: Some(Some(2022)),
            change: Some(Change::Level),
            ..Fields::default()
        },
    };
    let (read, bad) = corrections::parse(&c.json_line());
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(read, [(1, c)]);
}

#[test]
fn a_line_that_names_no_field_or_an_unknown_value_is_reported_not_fatal() {
    let text = "{\"doc\": \"a.txt\", \"quote\": \"q\", \"value\": 1}\n\
                {\"doc\": \"a.txt\", \"quote\": \"q\", \"value\": 1, \"area\": \"suburban\"}\n\
                not json\n\
                {\"doc\": \"a.txt\", \"quote\": \"q\", \"value\": 1, \"exclude\": true}\n";
    let (read, bad) = corrections::parse(text);
    assert_eq!(read.len(), 1);
    assert_eq!(bad.iter().map(|b| b.line).collect::<Vec<_>>(), [1, 2, 3]);
}

#[test]
fn corrected_and_excluded_figures_change_the_bars_and_the_footnote() {
    let mut a = two_provinces();
    let lines = vec![
        (
            1,
            Correction {
                doc: "000.txt".into(),
                quote: "第0句".into(),
                value: 700.0,
                exclude: false,
                fields: Fields {
                    province: Some("宁夏".into()),
                    ..Fields::default()
                },
            },
        ),
        (2, corrections::exclusion_of(&a.measures[2])),
        (
            3,
            Correction {
                doc: "000.txt".into(),
                quote: "无此句".into(),
                value: 1.0,
                exclude: true,
                fields: Fields::default(),
            },
        ),
    ];
    let applied = corrections::apply(&mut a, &lines);
    assert_eq!(applied.corrected, 1);
    assert_eq!(applied.unmatched.len(), 1);
    assert_eq!(applied.unmatched[0].line, 3);
    let choice = Choice {
        excluded: applied.excluded,
        ..Choice::default()
    };
    let model = ChartModel::build_with(
        &a,
        monthly(),
        &provinces(&["青海", "甘肃", "宁夏"]),
        Lang::Zh,
        &choice,
    );
    let bars: Vec<(&str, f64, bool)> = model
        .bars
        .iter()
        .map(|b| (b.province.as_str(), b.value, b.corrected))
        .collect();
    assert_eq!(bars, [("甘肃", 650.0, false), ("宁夏", 700.0, true)]);
    let note = model.footnote_note(Lang::Zh);
    assert!(note.contains("已更正 1"), "{note}");
    assert!(note.contains("已排除 1"), "{note}");
}

#[test]
fn coverage_counts_only_what_compare_would_draw() {
    let mut a = two_provinces();
    a.measures[1].measure.change = Change::Before;
    let key: MeasureKey = monthly();
    let all = minsheng::aggregate::coverage(&a.measures);
    assert_eq!(
        all[&("甘肃".to_owned(), key)].mentions,
        1,
        "the earlier value is not drawn"
    );
    let excluded = [minsheng::aggregate::figure_id(&a.measures[2])].into();
    let choice = Choice {
        excluded,
        ..Choice::default()
    };
    let cells = minsheng::aggregate::coverage_with(&a.measures, &choice);
    assert!(
        !cells.contains_key(&("甘肃".to_owned(), key)),
        "nothing left to draw"
    );
    assert!(cells.contains_key(&("青海".to_owned(), key)));
}

#[test]
fn chart_with_a_corrections_file_draws_what_the_corrected_analysis_draws() {
    let dir = crate::temp_dir("chart-corrections");
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dev/corpus");
    let mut analysis = minsheng::analysis::analyze_paths(
        &[corpus.into()],
        Default::default(),
        &|_| {},
        &Default::default(),
    );
    let key = monthly();
    let model = ChartModel::build(&analysis, key, &provinces(&["江苏", "湖北"]), Lang::Zh);
    // Exclude 江苏's bar's figure; move 湖北's to the whole province.
    let jiangsu = model
        .bars
        .iter()
        .find(|b| b.province == "江苏")
        .expect("as set up");
    let hubei = model
        .bars
        .iter()
        .find(|b| b.province == "湖北")
        .expect("as set up");
    let jiangsu_mention = jiangsu.mentions[0];
    let mut lines = vec![corrections::exclusion_of(
        &analysis.measures[jiangsu_mention],
    )];
    let f = &analysis.measures[hubei.mentions[0]];
    lines.push(Correction {
        doc: f.measure.doc.clone(),
        quote: f.measure.quote.clone(),
        value: f.measure.value,
        exclude: false,
        fields: Fields {
            place: Some(String::new()),
            ..Fields::default()
        },
    });
    let file = dir.join("corrections.jsonl");
    let mut text = Vec::new();
    corrections::write(&mut text, &lines).expect("as set up");
    text.extend_from_slice(
        b"{\"doc\": \"none.txt\", \"quote\": \"x\", \"value\": 1, \"exclude\": true}\n",
    );
    std::fs::write(&file, text).expect("as set up");

    let read = corrections::parse(&std::fs::read_to_string(&file).expect("as set up")).0;
    let applied = corrections::apply(&mut analysis, &read);
    let choice = Choice {
        excluded: applied.excluded,
        ..Choice::default()
    };
    let expected = ChartModel::build_with(
        &analysis,
        key,
        &provinces(&["江苏", "湖北"]),
        Lang::Zh,
        &choice,
    );
    let mut csv = Vec::new();
    minsheng::present::data::write_bars(&mut csv, &expected, Lang::Zh).expect("as set up");

    let out_path = dir.join("bars.csv");
    let out = Command::new(env!("CARGO_BIN_EXE_minsheng"))
        .args([
            "chart",
            corpus,
            "--measure",
            &key.code(),
            "--provinces",
            "江苏,湖北",
        ])
        .arg("--corrections")
        .arg(&file)
        .arg("--data")
        .arg(&out_path)
        .output()
        .expect("as set up");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("correction not applied"), "{stderr}");
    assert_eq!(
        String::from_utf8(std::fs::read(&out_path).expect("as set up")).expect("as set up"),
        String::from_utf8(csv).expect("as set up")
    );
    assert!(expected.corrected > 0, "湖北's figure was corrected");
    assert!(
        !expected
            .bars
            .iter()
            .any(|b| b.province == "江苏" && b.mentions.contains(&jiangsu_mention)),
        "江苏's figure is excluded"
    );
}
