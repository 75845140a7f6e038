//! The dashboard driven through `egui_kittest`: real app state, widgets found
//! by label, clicks, and rendered snapshots (wgpu on Mesa's software renderer).

use egui_kittest::{Harness, kittest::Queryable as _};
use minsheng::aggregate::MeasureKey;
use minsheng::gui::app::{MinshengApp, Settings, View};
use minsheng::gui::dialogs::{DialogOutcome, ScriptedDialogs};
use minsheng::measure::{Category, Kind, Period};

use crate::temp_dir;

fn app_with(dialogs: ScriptedDialogs) -> MinshengApp {
    let mut app = MinshengApp::new(Settings::default(), Box::new(dialogs));
    app.load_seeds();
    app
}

fn cancelled() -> ScriptedDialogs {
    ScriptedDialogs {
        folder: DialogOutcome::Cancelled,
        save: DialogOutcome::Cancelled,
    }
}

fn harness(app: MinshengApp) -> Harness<'static, MinshengApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_context_setup(minsheng::gui::install_fonts)
        .build_ui_state(|ui, app: &mut MinshengApp| app.ui(ui), app)
}

const TEMPORARY_PER_PERSON_ONCE: MeasureKey = MeasureKey {
    category: Category::TemporaryAssistance,
    kind: Kind::AmountPerPerson,
    period: Some(Period::Once),
};

#[test]
fn the_seeds_load_and_the_summary_shows_them() {
    let mut harness = harness(app_with(cancelled()));
    harness.run();
    let app = harness.state();
    assert_eq!(app.analysis.documents.len(), 5);
    assert!(app.analysis.measures.len() > 100);
    harness.get_by_label("北京");
    harness.get_by_label("青海");
    harness.get_by_label("内置示例语料");
}

#[test]
fn selecting_beijing_and_qinghai_and_a_measure_puts_their_values_in_the_chart() {
    let mut harness = harness(app_with(cancelled()));
    harness.run();
    harness.get_by_label("清空").click();
    harness.run();
    harness.get_by_label("北京").click();
    harness.get_by_label("青海").click();
    harness.run();
    harness.state_mut().settings.measure = Some(MeasureKey {
        category: Category::Other,
        kind: Kind::AmountTotal,
        period: Some(Period::Year),
    });
    harness.run();
    let model = harness.state().chart_model().expect("a chart");
    let bars: Vec<(&str, f64)> = model
        .bars
        .iter()
        .map(|b| (b.province.as_str(), b.value))
        .collect();
    assert_eq!(
        bars,
        [("青海", 3_500_000_000.0)],
        "北京 has no yearly total of this programme"
    );
    assert_eq!(model.bars[0].label, "35亿元");
    assert_eq!(
        model.bars[0].mentions.len(),
        2,
        "headline and body both count as sources"
    );

    harness.state_mut().settings.measure = Some(MeasureKey {
        category: Category::Community,
        kind: Kind::Rate,
        period: None,
    });
    harness.run();
    let model = harness.state().chart_model().expect("a chart");
    assert_eq!(model.bars.len(), 1);
    assert_eq!(model.bars[0].province, "北京");
}

#[test]
fn clicking_a_bar_lists_the_quote_behind_it_and_a_quote_opens_the_reader() {
    let mut app = app_with(cancelled());
    app.settings.selected = vec!["宁夏".into(), "青海".into()];
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label_contains("宁夏 ").click();
    harness.run();
    let evidence = harness.state().evidence.clone().expect("evidence shown");
    assert_eq!(evidence.province, "宁夏");
    // The largest of the equally dated figures is shown: 不低于3000元.
    harness
        .get_by_label_contains("按照城市不低于3000元、农村不低于2000元的标准")
        .click();
    harness.run();
    let reader = harness.state().reader.clone().expect("reader open");
    let doc = &harness.state().analysis.documents[reader.doc_index];
    assert!(doc.name.starts_with("000"));
    assert!(doc.original[reader.highlight.start..reader.highlight.end].contains("3000元"));
    assert_eq!(
        &doc.original[reader.figure.start..reader.figure.end],
        "3000元"
    );
}

#[test]
fn the_language_toggle_switches_labels() {
    let mut harness = harness(app_with(cancelled()));
    harness.run();
    harness.get_by_label("打开文件夹…");
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Open folder…");
    harness.get_by_label("中文");
    assert!(harness.query_by_label("打开文件夹…").is_none());
}

#[test]
fn a_missing_dialog_is_reported_and_a_path_field_offered() {
    let dialogs = ScriptedDialogs {
        folder: DialogOutcome::Unavailable("no portal".into()),
        save: DialogOutcome::Cancelled,
    };
    let mut harness = harness(app_with(dialogs));
    harness.run();
    harness.get_by_label("打开文件夹…").click();
    harness.run();
    let status = harness.state().status.clone().unwrap_or_default();
    assert!(status.contains("无法打开系统文件对话框"), "{status}");
    assert!(harness.state().path_field.is_some());
    harness.get_by_label("路径");
}

#[test]
fn opening_a_folder_reads_it_off_the_ui_thread_and_lists_problems() {
    let dir = temp_dir("gui-open");
    std::fs::write(
        dir.join("a.txt"),
        "# 甘肃新闻\n\n甘肃省发放临时救助资金2.5亿元,惠及困难群众8万人次。\n",
    )
    .expect("write");
    std::fs::write(dir.join("b.txt"), "").expect("write");
    let dialogs = ScriptedDialogs {
        folder: DialogOutcome::Chosen(dir.clone()),
        save: DialogOutcome::Cancelled,
    };
    let mut harness = harness(app_with(dialogs));
    harness.run();
    harness.get_by_label("打开文件夹…").click();
    // One frame asks the dialog, the next takes its answer and starts reading.
    harness.run_steps(2);
    assert!(harness.state().is_loading());
    harness.state_mut().wait_for_loading();
    // Progress reports ask for a few more frames; let them settle.
    harness.run_steps(10);
    let app = harness.state();
    assert_eq!(app.analysis.documents.len(), 1);
    assert_eq!(app.analysis.problems.len(), 1);
    assert_eq!(app.settings.selected, ["甘肃"]);
    assert_eq!(app.settings.recent.first(), Some(&dir));
    harness.get_by_label_contains("问题 (1)");
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
    harness.run();
    let result = harness
        .state_mut()
        .wait_for_export()
        .expect("an export ran");
    assert_eq!(result.expect("written"), path);
    let image = image::open(&path).expect("a PNG").to_rgba8();
    assert_eq!(
        (image.width(), image.height()),
        (1920, 1200),
        "960×600 points at 2×"
    );
    assert!(image.pixels().all(|p| p[3] == 255), "opaque");
    let model = harness.state().chart_model().expect("a chart");
    assert_eq!(
        model.bars.len(),
        2,
        "青海 and 宁夏 have one-off amounts per person"
    );
    for bar in &model.bars {
        let [r, g, b, _] = bar.color.to_array();
        let drawn = image
            .pixels()
            .filter(|p| p[0] == r && p[1] == g && p[2] == b)
            .count();
        assert!(
            drawn > 10_000,
            "{}'s bar is drawn in its colour ({drawn} pixels)",
            bar.province
        );
    }
}

#[test]
fn export_csv_round_trips_through_a_csv_reader() {
    let dir = temp_dir("gui-csv");
    let path = dir.join("figures.csv");
    let dialogs = ScriptedDialogs {
        folder: DialogOutcome::Cancelled,
        save: DialogOutcome::Chosen(path.clone()),
    };
    let mut harness = harness(app_with(dialogs));
    harness.run();
    harness.get_by_label("导出 CSV…").click();
    harness.run();
    let bytes = std::fs::read(&path).expect("written");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let app = harness.state();
    assert_eq!(rows.len(), app.analysis.measures.len());
    for (row, found) in rows.iter().zip(&app.analysis.measures) {
        assert_eq!(&row[0], found.measure.province);
        assert_eq!(row[4].parse::<f64>().expect("number"), found.measure.value);
        assert_eq!(&row[10], found.measure.quote);
    }
}

#[test]
fn remembered_state_survives_a_round_trip_and_old_state_falls_back_to_defaults() {
    let settings = Settings {
        view: View::Table,
        selected: vec!["北京".into()],
        ..Default::default()
    };
    let text = serde_json::to_string(&settings).expect("serialise");
    let back: Settings = serde_json::from_str(&text).expect("deserialise");
    assert_eq!(back, settings);
    let old: Settings =
        serde_json::from_str(r#"{"lang":"En","unknown_field":3}"#).expect("old state");
    assert_eq!(old.view, View::Compare);
    assert_eq!(old.export_scale, 2);
}

#[test]
fn every_view_renders_with_chinese_text() {
    let mut app = app_with(cancelled());
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_context_setup(minsheng::gui::install_fonts)
        .wgpu()
        .build_ui_state(|ui, app: &mut MinshengApp| app.ui(ui), app);
    harness.run();
    harness.snapshot("compare_view");
    for (label, name) in [
        ("总览", "overview"),
        ("数据表", "table"),
        ("文档列表", "documents"),
        ("证据覆盖", "coverage"),
        ("地图", "map"),
        ("关键词", "terms"),
    ] {
        harness.get_by_label(label).click();
        harness.run();
        harness.snapshot(name);
    }
}

#[test]
fn clicking_a_coverage_cell_compares_that_province_on_that_measure() {
    let mut app = app_with(cancelled());
    app.settings.view = View::Coverage;
    app.settings.selected = vec!["青海".into()];
    let mut harness = harness(app);
    harness.run();
    harness
        .get_by_label("北京 · 社区治理 · 机构/设施数")
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.settings.view, View::Compare);
    assert!(app.settings.selected.contains(&"北京".to_owned()));
    assert_eq!(
        app.settings.measure,
        Some(MeasureKey {
            category: Category::Community,
            kind: Kind::CountUnits,
            period: None
        })
    );
    // A province without evidence has no cell to click, only a dashed box.
    assert!(
        harness
            .query_by_label("宁夏 · 社区治理 · 机构/设施数")
            .is_none()
    );
}

#[test]
fn the_tile_map_shows_values_on_hover_and_opens_evidence_on_click() {
    let mut app = app_with(cancelled());
    app.settings.view = View::Map;
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    let mut harness = harness(app);
    harness.run();
    // Every province is on the map; those without data say so.
    harness.get_by_label("北京: 无数据");
    harness.get_by_label("台湾: 无数据");
    let tile = harness.get_by_role_and_label(egui::Role::Button, "宁夏: ≥3000元/人");
    tile.hover();
    harness.run();
    harness.get_by_label("宁夏: ≥3000元/人 · 1 处出处");
    harness
        .get_by_role_and_label(egui::Role::Button, "宁夏: ≥3000元/人")
        .click();
    harness.run();
    let evidence = harness.state().evidence.clone().expect("evidence");
    assert_eq!(evidence.province, "宁夏");
    assert_eq!(evidence.mentions.len(), 1);
}

#[test]
fn clicking_a_term_lists_its_sentences_for_each_province() {
    let mut app = app_with(cancelled());
    app.settings.view = View::Terms;
    app.settings.selected = vec!["青海".into(), "宁夏".into()];
    let mut harness = harness(app);
    harness.run();
    let term = {
        let terms = minsheng::terms::top_terms(&harness.state().analysis, 15);
        terms["青海"][0].word.clone()
    };
    harness
        .get_all_by_label(&term)
        .next()
        .expect("a term button")
        .click();
    harness.run();
    assert_eq!(harness.state().term.as_deref(), Some(term.as_str()));
    assert!(
        harness
            .get_all_by_label_contains(&format!("【{term}】"))
            .count()
            >= 2,
        "lines for both provinces"
    );
}

#[test]
fn terms_leave_out_stop_words_and_weigh_what_sets_a_province_apart() {
    let a = minsheng::analysis::analyze_seeds();
    let terms = minsheng::terms::top_terms(&a, 15);
    let qinghai: Vec<&str> = terms["青海"].iter().map(|t| t.word.as_str()).collect();
    assert!(qinghai.iter().any(|w| w.contains("救助")), "{qinghai:?}");
    for list in terms.values() {
        assert!(
            list.iter()
                .all(|t| t.word != "党建引领" && t.word != "进一步")
        );
    }
}

#[test]
fn exported_charts_draw_chinese_glyphs_not_boxes() {
    use minsheng::gui::app::ExportJob;
    use minsheng::gui::chart::ChartModel;
    use minsheng::gui::i18n::Lang;
    let analysis = minsheng::analysis::analyze_seeds();
    let provinces = vec!["青海".to_owned(), "宁夏".to_owned()];
    let model = ChartModel::build(&analysis, TEMPORARY_PER_PERSON_ONCE, &provinces, Lang::Zh);
    let render = |title: &str| {
        let mut model = model.clone();
        model.title = title.to_owned();
        let job = ExportJob {
            model,
            lang: Lang::Zh,
            footnote: String::new(),
            scale: 1.0,
            white: true,
            dark: false,
            size: egui::vec2(480.0, 300.0),
        };
        job.render().expect("renders")
    };
    let (a, b) = (render("临时救助"), render("养老服务"));
    // The title's band: four characters each. Missing glyphs would draw the
    // same four boxes for both titles.
    let band = |img: &image::RgbaImage| -> Vec<[u8; 4]> {
        (0..40)
            .flat_map(|y| (0..200).map(move |x| (x, y)))
            .map(|(x, y)| img.get_pixel(x, y).0)
            .collect()
    };
    let (ta, tb) = (band(&a), band(&b));
    let inked = ta.iter().filter(|p| p[0] < 128).count();
    let differing = ta.iter().zip(&tb).filter(|(p, q)| p != q).count();
    assert!(inked > 150, "the title is drawn ({inked} dark pixels)");
    assert!(
        differing > 150,
        "different characters look different ({differing} pixels differ)"
    );
}
