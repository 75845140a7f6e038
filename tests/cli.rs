//! The `minsheng` binary, run as a user would.

use std::process::Command;

use crate::temp_dir;

fn minsheng() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minsheng"))
}

fn extract_lines(dir: &std::path::Path) -> Vec<serde_json::Value> {
    let out = minsheng().arg("extract").arg(dir).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).expect("json");
            v["doc"] = serde_json::Value::Null; // names differ between copies
            v
        })
        .collect()
}

#[test]
fn extract_prints_the_spec_fields_in_order_for_the_embedded_seeds() {
    let out = minsheng().arg("extract").output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let first = text.lines().next().expect("a line");
    let keys: Vec<&str> = first
        .split("\": ")
        .map(|k| k.rsplit('"').next().unwrap_or(""))
        .collect();
    assert_eq!(&keys[..14], minsheng::export::FIELDS);
    assert!(text.lines().count() > 100);
}

#[test]
fn transcoded_seeds_give_the_same_records() {
    let utf8 = temp_dir("utf8");
    let other = temp_dir("transcoded");
    for (i, (name, bytes)) in minsheng::corpus::SEEDS.iter().enumerate() {
        std::fs::write(utf8.join(name), bytes).expect("write");
        let text = std::str::from_utf8(bytes).expect("utf-8");
        let encoded: Vec<u8> = if i % 2 == 0 {
            encoding_rs::GB18030.encode(text).0.into_owned()
        } else {
            let mut v = vec![0xFF, 0xFE];
            v.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            v
        };
        std::fs::write(other.join(format!("x{i}.txt")), encoded).expect("write");
    }
    let a = extract_lines(&utf8);
    let b = extract_lines(&other);
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn exit_codes_say_whether_every_file_was_read() {
    let dir = temp_dir("exit");
    std::fs::write(dir.join("good.txt"), "山东省发放补贴每户200元。").expect("write");
    let out = minsheng().arg("extract").arg(&dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    std::fs::write(dir.join("bad.txt"), [0u8, 159, 146, 150, 0, 0, 0, 0, 0, 0]).expect("write");
    let out = minsheng().arg("extract").arg(&dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.txt"), "{stderr}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        1,
        "the good file still counts"
    );
    let out = minsheng()
        .arg("extract")
        .arg("--format")
        .arg("xml")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn csv_has_a_bom_neutralised_cells_and_round_trips() {
    let dir = temp_dir("csv");
    std::fs::write(
        dir.join("a.txt"),
        "=HYPERLINK(\"x\")北京市发放补贴每人每月100元。\n",
    )
    .expect("write");
    let path = dir.join("out.csv");
    let out = minsheng()
        .args(["extract", "--format", "csv", "-o"])
        .arg(&path)
        .arg(dir.join("a.txt"))
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&path).expect("csv written");
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(&headers[0], "province");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "北京");
    assert_eq!(&rows[0][4], "100");
    let quote = headers
        .iter()
        .position(|h| h == "quote")
        .expect("quote column");
    assert!(
        rows[0][quote].starts_with("'="),
        "formula neutralised: {}",
        &rows[0][quote]
    );
}

#[test]
fn quantities_answers_one_json_array_per_line() {
    use std::io::Write;
    let mut child = minsheng()
        .arg("quantities")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("共计1.5万元\n没有数字\n".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("output");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    let first: serde_json::Value = serde_json::from_str(lines[0]).expect("json");
    assert_eq!(first[0]["value"], 15000);
    assert_eq!(first[0]["unit"], "元");
    assert_eq!(lines[1], "[]");
}

#[test]
fn articles_lists_each_article_with_its_lines_and_province() {
    let out = minsheng().arg("articles").output().expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.lines()
            .any(|l| l.starts_with("004_d38013fde3e12fb8.txt\t12-16\t青海\t")),
        "{text}"
    );
}

/// The rows of `minsheng chart --data` for the dev corpus and one measure.
fn chart_data(extra: &[&str], name: &str) -> (std::process::Output, std::path::PathBuf) {
    let dir = temp_dir(name);
    let path = dir.join("bars.csv");
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dev/corpus");
    let out = minsheng()
        .args([
            "chart",
            corpus,
            "--measure",
            "minimum_living:amount_per_person:month",
            "--data",
        ])
        .arg(&path)
        .args(extra)
        .output()
        .expect("runs");
    (out, path)
}

#[test]
fn chart_data_writes_one_row_a_level_bar_with_urban_and_rural_apart() {
    let (out, path) = chart_data(&[], "chart-data");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&path).expect("csv written");
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "province",
            "place",
            "level",
            "area",
            "value",
            "value_max",
            "qualifier",
            "year",
            "published",
            "period",
            "unit",
            "figures",
            "documents",
            "converted",
            "excluded",
            "corrected"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert!(rows.iter().any(|r| &r[3] == "urban"), "{rows:?}");
    assert!(rows.iter().any(|r| &r[3] == "rural"), "{rows:?}");
    // One row per (province, area).
    let mut slots: Vec<(&str, &str)> = rows.iter().map(|r| (&r[0], &r[3])).collect();
    slots.sort_unstable();
    let before = slots.len();
    slots.dedup();
    assert_eq!(slots.len(), before, "one row a bar: {rows:?}");

    // Every row is a level the extractor found: the same province, area,
    // value and year stated as a level, never only as a before or increase.
    let levels: Vec<serde_json::Value> = {
        let out = minsheng()
            .arg("extract")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/data/dev/corpus"
            ))
            .output()
            .expect("runs");
        String::from_utf8(out.stdout)
            .expect("utf-8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .filter(|v: &serde_json::Value| {
                v["category"] == "minimum_living"
                    && v["kind"] == "amount_per_person"
                    && v["period"] == "month"
                    && v["change"] == ""
            })
            .collect()
    };
    for row in &rows {
        let value: f64 = row[4].parse().expect("value is a number");
        let year = &row[7];
        assert!(
            year.is_empty() || year.parse::<u16>().is_ok(),
            "year is a number or empty: {row:?}"
        );
        assert!(
            levels.iter().any(|v| v["province"] == row[0]
                && v["area"] == row[3]
                && v["value"].as_f64() == Some(value)
                && (v["year"].is_null() && year.is_empty()
                    || v["year"].as_u64().map(|y| y.to_string()).as_deref() == Some(year))),
            "row from a level: {row:?}"
        );
        assert_eq!(&row[9], "month");
    }

    let (out, path) = chart_data(&["--area", "rural"], "chart-data-rural");
    assert!(out.status.success());
    let bytes = std::fs::read(&path).expect("csv written");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rural: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert!(!rural.is_empty());
    assert!(rural.iter().all(|r| &r[3] == "rural"), "{rural:?}");
}

#[test]
fn a_chart_without_bars_is_never_written() {
    let (out, path) = chart_data(&["--year", "1901"], "chart-data-empty");
    assert_eq!(out.status.code(), Some(1));
    assert!(!path.exists());
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing written"));
}

#[test]
fn convert_adds_yearly_standards_divided_by_twelve_and_says_so_per_row() {
    let rows = |extra: &[&str], name: &str| {
        let (out, path) = chart_data(extra, name);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&path).expect("csv written");
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        reader
            .records()
            .map(|r| r.expect("row"))
            .collect::<Vec<csv::StringRecord>>()
    };
    let plain = rows(&[], "chart-data-plain");
    assert!(plain.iter().all(|r| &r[13] == "false" && &r[14] == "0"));
    let converted = rows(&["--convert"], "chart-data-convert");
    let marked: Vec<_> = converted.iter().filter(|r| &r[13] == "true").collect();
    assert!(!marked.is_empty(), "the dev texts have yearly standards");
    assert!(converted.len() > plain.len());
    for row in &marked {
        let value: f64 = row[4].parse().expect("a number");
        let yearly = value * 12.0;
        assert!(
            (yearly - yearly.round()).abs() < 1e-6,
            "a twelfth of a yearly standard: {row:?}"
        );
        assert_eq!(&row[9], "month");
    }
}

#[test]
fn a_measure_without_its_period_takes_the_only_one_or_lists_the_choices() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dev/corpus");
    let dir = temp_dir("chart-period");
    let path = dir.join("bars.csv");
    let out = minsheng()
        .args([
            "chart",
            corpus,
            "--measure",
            "minimum_living:amount_per_person",
        ])
        .arg("--data")
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("minimum_living:amount_per_person:month")
            && stderr.contains("minimum_living:amount_per_person:year"),
        "{stderr}"
    );
    assert!(!path.exists());
    let out = minsheng()
        .args([
            "chart",
            corpus,
            "--measure",
            "pension_insurance:amount_per_person",
        ])
        .arg("--data")
        .arg(&path)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&path).expect("written");
    // The dev texts state pensions per person per month only: that one is drawn.
    assert!(text.lines().count() >= 2, "{text}");
}

/// The rows of `minsheng chart --view VIEW --data` for the dev corpus.
fn view_rows(view: &str, name: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let (out, path) = chart_data(&["--view", view], name);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&path).expect("csv written");
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader
        .headers()
        .expect("headers")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader.records().map(|r| r.expect("row")).collect();
    (headers, rows)
}

#[test]
fn trend_data_writes_one_row_a_point_and_three_province_sides_span_years() {
    let (headers, rows) = view_rows("trend", "chart-trend");
    assert_eq!(headers, minsheng::present::data::TREND_COLUMNS);
    assert_eq!(&headers[..4], ["province", "area", "year", "value"]);
    assert_eq!(&headers[headers.len() - 2..], ["place", "documents"]);
    let mut years: std::collections::BTreeMap<(String, String), std::collections::BTreeSet<u16>> =
        Default::default();
    for row in &rows {
        let year: u16 = row[2].parse().expect("every point has its year");
        let _: f64 = row[3].parse().expect("a value");
        assert!(
            !row[14].is_empty(),
            "every point names its documents: {row:?}"
        );
        years
            .entry((row[0].to_owned(), row[1].to_owned()))
            .or_default()
            .insert(year);
    }
    let spanning: Vec<_> = years.iter().filter(|(_, y)| y.len() >= 2).collect();
    assert!(
        spanning.len() >= 3,
        "province-sides with two years or more: {spanning:?}"
    );
}

#[test]
fn gap_data_pairs_urban_and_rural_of_one_year() {
    let (headers, rows) = view_rows("gap", "chart-gap");
    assert_eq!(headers, minsheng::present::data::GAP_COLUMNS);
    assert!(!rows.is_empty());
    for row in &rows {
        let urban: f64 = row[2].parse().expect("urban");
        let rural: f64 = row[3].parse().expect("rural");
        let difference: f64 = row[4].parse().expect("difference");
        assert!((urban - rural - difference).abs() < 1e-6, "{row:?}");
        if urban > 0.0 {
            let ratio: f64 = row[5].parse().expect("ratio");
            assert!((ratio - rural / urban).abs() < 1e-3, "{row:?}");
        }
    }
}

#[test]
fn a_view_without_figures_of_one_measure_is_refused_with_the_choices() {
    let (out, path) = chart_data(&["--view", "multiples"], "chart-multiples-data");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("trend") && stderr.contains("gap"),
        "{stderr}"
    );
    assert!(!path.exists());
    let (out, _) = chart_data(&["--view", "sideways"], "chart-unknown-view");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bars, trend, gap"));
}
