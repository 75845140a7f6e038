//! The app as a whole: loading, settings, exports and what crosses views.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::{Settings, ViewId};
use minsheng::gui::dialogs::{DialogOutcome, ScriptedDialogs};
use minsheng::gui::settings::MIN_WINDOW;

use super::{TEMPORARY_PER_PERSON_ONCE, app_with, cancelled, exported_png, harness};
use crate::temp_dir;

#[test]
fn the_seeds_load_and_the_summary_shows_them() {
    let mut harness = harness(app_with(cancelled()));
    harness.run();
    let app = harness.state();
    assert_eq!(app.data.analysis.documents.len(), 5);
    assert!(app.data.analysis.measures.len() > 100);
    harness.get_by_label("北京");
    harness.get_by_label("青海");
    harness.get_by_label("内置示例语料");
}

fn folder_with_gansu(name: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    std::fs::write(
        dir.join("a.txt"),
        "# 甘肃新闻\n\n甘肃省发放临时救助资金2.5亿元,惠及困难群众8万人次。\n\n# 青海新闻\n\n青海省城乡低保标准提高到每人每月700元。\n",
    )
    .expect("write");
    std::fs::write(dir.join("b.txt"), "").expect("write");
    dir
}

#[test]
fn opening_a_folder_reads_it_off_the_ui_thread_and_shows_the_new_source_at_once() {
    let dir = folder_with_gansu("gui-open");
    let dialogs = ScriptedDialogs {
        folder: DialogOutcome::Chosen(dir.clone()),
        save: DialogOutcome::Cancelled,
    };
    let mut app = app_with(dialogs);
    // An earlier selection on the seeds must not carry over to the new folder.
    app.settings.selected = vec!["青海".into()];
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label("打开文件夹…").click();
    // One frame asks the dialog, the next takes its answer and starts reading.
    harness.run_steps(2);
    assert!(harness.state().is_loading());
    // While reading, the source line names the new folder, not the seeds.
    harness.get_by_label_contains(&dir.display().to_string());
    assert!(harness.query_by_label("内置示例语料").is_none());
    harness.state_mut().wait_for_loading();
    harness.run_steps(10);
    let app = harness.state();
    assert_eq!(app.data.analysis.documents.len(), 1);
    assert_eq!(app.data.analysis.problems.len(), 1);
    assert_eq!(
        app.settings.selected,
        ["甘肃", "青海"],
        "every province with data"
    );
    assert_eq!(app.settings.recent.first(), Some(&dir));
    harness.get_by_label_contains("问题 (1)");
}

#[test]
fn a_selection_chosen_for_a_folder_is_kept_for_that_folder_only() {
    let dir = folder_with_gansu("gui-chosen");
    let mut harness = harness(app_with(cancelled()));
    harness.run();
    harness
        .state_mut()
        .open(&egui::Context::default(), vec![dir.clone()]);
    harness.state_mut().wait_for_loading();
    harness.run();
    // The user unticks 青海 in this folder.
    harness.get_by_label("青海").click();
    harness.run();
    assert_eq!(harness.state().settings.selected, ["甘肃"]);
    // Back to the seeds: all their provinces; then this folder again: the user's choice.
    harness.get_by_label("示例语料").click();
    harness.run();
    assert!(harness.state().settings.selected.len() > 5);
    harness
        .state_mut()
        .open(&egui::Context::default(), vec![dir]);
    harness.state_mut().wait_for_loading();
    harness.run();
    assert_eq!(harness.state().settings.selected, ["甘肃"]);
}

#[test]
fn export_png_writes_the_chart_at_its_size_times_the_scale_with_an_opaque_background() {
    let dir = temp_dir("gui-png");
    let path = dir.join("chart.png");
    let dialogs = ScriptedDialogs {
        folder: DialogOutcome::Cancelled,
        save: DialogOutcome::Chosen(path.clone()),
    };
    let mut app = app_with(dialogs);
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    app.settings.export_scale = 2;
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label("导出 PNG…").click();
    let image = exported_png(&mut harness, &path);
    assert_eq!(
        (image.width(), image.height()),
        (2400, 1600),
        "1200×800 points (the default page) at 2×"
    );
    assert!(image.pixels().all(|p| p[3] == 255), "opaque");
    let model = harness.state().chart_model().expect("a chart");
    let bars: Vec<_> = model
        .bars
        .iter()
        .map(|b| (b.province.as_str(), b.area.as_str(), b.value))
        .collect();
    assert_eq!(
        bars,
        [
            ("青海", "urban", 300.0),
            ("青海", "rural", 200.0),
            ("宁夏", "", 600.0),
            ("宁夏", "urban", 3000.0),
            ("宁夏", "rural", 2000.0),
        ],
        "青海 and 宁夏 have one-off amounts per person, urban and rural apart"
    );
    for bar in &model.bars {
        let [r, g, b, _] = minsheng::gui::chart::color(bar.color).to_array();
        let drawn = image
            .pixels()
            .filter(|p| p[0] == r && p[1] == g && p[2] == b)
            .count();
        assert!(
            drawn > 2_000,
            "{} {}'s bar is drawn in its colour ({drawn} pixels)",
            bar.province,
            bar.area.as_str()
        );
    }
    let status = harness.state().status.clone().unwrap_or_default();
    assert!(
        status.contains(&dir.display().to_string()),
        "the folder is named: {status}"
    );
}

#[test]
fn export_csv_is_written_off_the_ui_thread_and_round_trips_through_a_csv_reader() {
    let dir = temp_dir("gui-csv");
    let path = dir.join("figures.csv");
    let dialogs = ScriptedDialogs {
        folder: DialogOutcome::Cancelled,
        save: DialogOutcome::Chosen(path.clone()),
    };
    let mut harness = harness(app_with(dialogs));
    harness.run();
    harness.get_by_label("导出数据").click();
    harness.run();
    harness.get_by_label("导出 CSV…").click();
    harness.run();
    // The worker may already have finished and been collected by a frame of
    // `run`; then the file is there and the status line says so.
    if let Some(written) = harness.state_mut().wait_for_export() {
        assert_eq!(written.expect("written"), path);
    }
    assert!(harness.state().status.is_some(), "the save is reported");
    let bytes = std::fs::read(&path).expect("written");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let app = harness.state();
    assert_eq!(rows.len(), app.data.analysis.measures.len());
    for (row, found) in rows.iter().zip(&app.data.analysis.measures) {
        assert_eq!(&row[0], found.measure.province);
        assert_eq!(row[4].parse::<f64>().expect("number"), found.measure.value);
        assert_eq!(&row[13], found.measure.quote);
    }
}

#[test]
fn remembered_state_survives_a_round_trip_and_old_state_falls_back_to_defaults() {
    let settings = Settings {
        view: ViewId::Table,
        selected: vec!["北京".into()],
        ..Default::default()
    };
    let text = serde_json::to_string(&settings).expect("serialise");
    let back: Settings = serde_json::from_str(&text).expect("deserialise");
    assert_eq!(back, settings);
    let old: Settings =
        serde_json::from_str(r#"{"lang":"En","unknown_field":3}"#).expect("old state");
    assert_eq!(old.view, ViewId::Compare);
    assert_eq!(old.export_scale, 2);
}

#[test]
fn a_window_shrunk_to_a_sliver_reopens_at_the_minimum_size() {
    let tiny = Settings {
        window: Some([40.0, 12.0]),
        ..Default::default()
    };
    assert_eq!(tiny.window_size(), MIN_WINDOW);
    let broken = Settings {
        window: Some([f32::NAN, 1.0e9]),
        ..Default::default()
    };
    let [w, h] = broken.window_size();
    assert!(w >= MIN_WINDOW[0] && h <= 8192.0, "{w}×{h}");
    let fine = Settings {
        window: Some([1400.0, 900.0]),
        ..Default::default()
    };
    assert_eq!(fine.window_size(), [1400.0, 900.0]);
}

#[test]
fn dates_in_file_names_and_footnotes_are_local_dates() {
    use jiff::tz::{Offset, TimeZone};
    use minsheng::gui::export;
    let now = jiff::Timestamp::now();
    // Fourteen hours east and twelve west of UTC are never on the same day.
    let east = export::date_in(now, &TimeZone::fixed(Offset::constant(14)));
    let west = export::date_in(now, &TimeZone::fixed(Offset::constant(-12)));
    assert_ne!(east, west);
    assert_eq!(export::today(), export::date_in(now, &TimeZone::system()));
    let name = export::Target::Csv.suggested_name(minsheng::gui::i18n::Lang::Zh);
    assert!(name.contains(&export::today()), "{name}");
}

#[test]
fn every_view_renders_with_chinese_text() {
    let mut app = app_with(cancelled());
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    let mut harness = super::rendered(app, super::SIZE);
    harness.run();
    harness.snapshot("compare_view");
    for (label, name) in [
        ("历年", "trend"),
        ("城乡差距", "gap"),
        ("总览", "overview"),
        ("数据表", "table"),
        ("文档列表", "documents"),
        ("证据覆盖", "coverage"),
        ("地图", "map"),
        ("关键词", "terms"),
    ] {
        harness.get_by_label(label).click();
        harness.run();
        harness.state_mut().wait_for_work();
        harness.run();
        harness.snapshot(name);
    }
}

#[test]
fn every_view_renders_in_english() {
    let mut app = app_with(cancelled());
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    app.settings.lang = minsheng::gui::i18n::Lang::En;
    let mut harness = super::rendered(app, super::SIZE);
    harness.run();
    harness.snapshot("en_compare");
    for (label, name) in [
        ("Over the years", "en_trend"),
        ("Urban–rural gap", "en_gap"),
        ("Overview", "en_overview"),
        ("Table", "en_table"),
        ("Coverage", "en_coverage"),
        ("Map", "en_map"),
    ] {
        harness.get_by_label(label).click();
        harness.run();
        harness.snapshot(name);
    }
}
