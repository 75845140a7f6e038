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
    super::present::csv_rows(&std::fs::read(&path).expect("csv written"))
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

/// Run `minsheng ARGS`, expecting success; its standard output.
fn run_ok(args: &[&std::ffi::OsStr]) -> Vec<u8> {
    let out = minsheng().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "minsheng {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// What `minsheng chart INPUTS --measure MEASURE --view VIEW --data FILE`
/// writes.
fn chart_bytes(
    inputs: &[&std::path::Path],
    measure: &str,
    view: &str,
    file: &std::path::Path,
) -> Vec<u8> {
    let mut args: Vec<&std::ffi::OsStr> = vec!["chart".as_ref()];
    args.extend(inputs.iter().map(|p| p.as_os_str()));
    args.extend(["--measure", measure, "--view", view, "--data"].map(std::ffi::OsStr::new));
    args.push(file.as_os_str());
    run_ok(&args);
    std::fs::read(file).expect("the chart's data written")
}

/// The dev texts as an archive (`archive/a/a01….txt`, a folder per first
/// letter) and as three shards that keep that layout (`shards/01/a/…`,
/// `shards/01/b/…`, `shards/02/c/…`), in the archive's order.
fn archive_and_shards(root: &std::path::Path) -> (std::path::PathBuf, Vec<std::path::PathBuf>) {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev/corpus");
    let archive = root.join("archive");
    let shards: Vec<_> = ["01", "02", "03"]
        .map(|s| root.join("shards").join(s))
        .into();
    let mut names: Vec<String> = std::fs::read_dir(&corpus)
        .expect("the dev corpus")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in &names {
        let group = &name[..1];
        let shard = match group {
            "a" | "b" => &shards[0],
            "c" | "d" => &shards[1],
            _ => &shards[2],
        };
        for dir in [archive.join(group), shard.join(group)] {
            std::fs::create_dir_all(&dir).expect("mkdir");
            std::fs::copy(corpus.join(name), dir.join(name)).expect("copy");
        }
    }
    (archive, shards)
}

/// The README's recipe for an archive larger than one machine: each shard
/// extracted by its own process (as GNU parallel runs them) into `out/`,
/// the outputs concatenated; the merged file then reads back as the whole
/// archive does, for `extract` and for `chart --data`.
#[test]
fn shards_extracted_apart_and_concatenated_read_back_as_the_whole_archive() {
    let root = temp_dir("cli-shards");
    let (archive, shards) = archive_and_shards(&root);
    let out = root.join("out");
    std::fs::create_dir_all(&out).expect("mkdir -p out");
    let children: Vec<_> = shards
        .iter()
        .map(|shard| {
            let name = shard.file_name().expect("a name").to_string_lossy();
            minsheng()
                .arg("extract")
                .arg(shard)
                .args(["--format", "jsonl", "-o"])
                .arg(out.join(format!("{name}.jsonl")))
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("starts")
        })
        .collect();
    for child in children {
        let ended = child.wait_with_output().expect("ends");
        assert!(
            ended.status.success(),
            "{}",
            String::from_utf8_lossy(&ended.stderr)
        );
    }
    let mut outputs: Vec<_> = std::fs::read_dir(&out)
        .expect("out/")
        .map(|e| e.expect("entry").path())
        .collect();
    outputs.sort();
    assert_eq!(outputs.len(), 3);
    let merged = root.join("archive.jsonl");
    let mut concatenated = Vec::new();
    for output in &outputs {
        concatenated.extend(std::fs::read(output).expect("shard output"));
    }
    std::fs::write(&merged, concatenated).expect("cat out/*.jsonl > archive.jsonl");

    let whole = run_ok(&["extract".as_ref(), archive.as_os_str()]);
    let read_back = run_ok(&["extract".as_ref(), merged.as_os_str()]);
    let lines = String::from_utf8(whole.clone()).expect("utf-8");
    assert!(lines.lines().count() > 1000, "the dev texts hold figures");
    assert!(
        lines.lines().any(|l| l.contains(r#""doc": "f/"#)),
        "documents are named by their path inside the shard"
    );
    assert_eq!(
        String::from_utf8(read_back).expect("utf-8"),
        lines,
        "the same records, in the same order, from the same documents"
    );

    // Every view but the changes: which level an earlier value changed to
    // is not among the fields of a measures file.
    for (measure, view) in [
        ("minimum_living:amount_per_person:month", "bars"),
        ("minimum_living:amount_per_person:month", "trend"),
        ("minimum_living:amount_per_person:month", "gap"),
        ("minimum_living:amount_per_person:month", "map"),
        ("extreme_poverty:amount_per_person:year", "bars"),
    ] {
        let from_archive = chart_bytes(&[&archive], measure, view, &root.join("a.csv"));
        let from_merged = chart_bytes(&[&merged], measure, view, &root.join("m.csv"));
        assert!(from_archive.len() > 200, "{measure} {view} draws something");
        assert_eq!(
            String::from_utf8_lossy(&from_merged),
            String::from_utf8_lossy(&from_archive),
            "{measure} {view}"
        );
    }
}

/// Measures files merge with the documents and folders given beside them,
/// as in the dashboard: the documents' figures first, then the files'.
#[test]
fn measures_files_given_beside_a_folder_are_merged_after_its_documents() {
    let root = temp_dir("cli-mixed");
    let (archive, shards) = archive_and_shards(&root);
    let outputs: Vec<std::path::PathBuf> = shards[1..]
        .iter()
        .enumerate()
        .map(|(i, shard)| {
            let output = root.join(format!("{i}.jsonl"));
            run_ok(&[
                "extract".as_ref(),
                shard.as_os_str(),
                "-o".as_ref(),
                output.as_os_str(),
            ]);
            output
        })
        .collect();
    let whole = run_ok(&["extract".as_ref(), archive.as_os_str()]);
    // Given after the folder or before it, the files' figures come last.
    for args in [
        [
            shards[0].as_os_str(),
            outputs[0].as_os_str(),
            outputs[1].as_os_str(),
        ],
        [
            outputs[0].as_os_str(),
            shards[0].as_os_str(),
            outputs[1].as_os_str(),
        ],
    ] {
        let mut all = vec!["extract".as_ref()];
        all.extend(args);
        assert_eq!(
            String::from_utf8(run_ok(&all)).expect("utf-8"),
            String::from_utf8(whole.clone()).expect("utf-8")
        );
    }
    let measure = "minimum_living:amount_per_person:month";
    assert_eq!(
        chart_bytes(
            &[&shards[0], &outputs[0], &outputs[1]],
            measure,
            "bars",
            &root.join("m.csv")
        ),
        chart_bytes(&[&archive], measure, "bars", &root.join("a.csv"))
    );
    // A damaged measures file is named, and the rest is still read.
    let damaged = root.join("damaged.jsonl");
    std::fs::write(&damaged, "{\"not\": \"a measure\"}\n").expect("write");
    let out = minsheng()
        .arg("extract")
        .arg(&outputs[0])
        .arg(&damaged)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("damaged.jsonl"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(std::fs::read(&outputs[0]).expect("read")).expect("utf-8")
    );
}

/// `minsheng` run without a Wayland session in reach: no runtime folder,
/// no Wayland socket, nothing asked of Mesa's device selection.
#[cfg(feature = "gui")]
fn without_wayland() -> Command {
    let mut command = minsheng();
    for name in [
        "XDG_RUNTIME_DIR",
        "WAYLAND_DISPLAY",
        "WAYLAND_SOCKET",
        "NODEVICE_SELECT",
        "DRI_PRIME",
        "MESA_VK_DEVICE_SELECT",
    ] {
        command.env_remove(name);
    }
    command
}

/// Mesa's Vulkan device selection asks libwayland for a display each time
/// the adapters are listed, and libwayland prints an error for each when
/// there is no runtime folder: a picture drawn without a window says nothing
/// of it.
#[cfg(feature = "gui")]
#[test]
fn drawing_a_picture_without_a_wayland_session_prints_no_wayland_error() {
    let dir = temp_dir("cli-no-wayland");
    let out = without_wayland()
        .args(["chart", "-o"])
        .arg(dir.join("chart.png"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("XDG_RUNTIME_DIR"), "{stderr}");
}

/// A Wayland session named but out of reach (no runtime folder) is said
/// once, as a warning, before the window is tried.
#[cfg(feature = "gui")]
#[test]
fn a_wayland_session_out_of_reach_is_said_once_as_a_warning() {
    let dir = temp_dir("cli-wayland-unreachable");
    let out = without_wayland()
        .env_remove("DISPLAY")
        .env("WAYLAND_DISPLAY", "wayland-minsheng-test")
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .arg(&dir)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "no window can open");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let said: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("XDG_RUNTIME_DIR"))
        .collect();
    assert_eq!(said.len(), 1, "{stderr}");
    assert!(said[0].starts_with("warning: "), "{stderr}");
}
