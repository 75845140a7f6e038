//! 对比 Compare.

use egui_kittest::kittest::Queryable as _;
use minsheng::aggregate::MeasureKey;
use minsheng::gui::app::{Command, Settings};
use minsheng::gui::chart::{self, ChartModel};
use minsheng::gui::i18n::Lang;
use minsheng::gui::views::compare::CompareView;
use minsheng::measure::{Category, Kind, PROVINCES, Period};

use super::{TEMPORARY_PER_PERSON_ONCE, alone, alone_sized, app_with, cancelled, harness};

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
}

#[test]
fn after_clearing_the_message_says_no_province_is_selected() {
    let mut harness = harness(app_with(cancelled()));
    harness.run();
    harness.get_by_label("清空").click();
    harness.run();
    harness.get_by_label_contains("没有选择省份");
    assert!(
        harness
            .query_by_label_contains("所选省份没有这项数据")
            .is_none()
    );
    // A selection without figures for the measure says that instead.
    harness.get_by_label("北京").click();
    harness.run();
    harness.state_mut().settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    harness.run();
    harness.get_by_label_contains("所选省份没有这项数据");
}

#[test]
fn clicking_a_bar_button_asks_for_its_evidence() {
    let settings = Settings {
        selected: vec!["宁夏".into(), "青海".into()],
        measure: Some(TEMPORARY_PER_PERSON_ONCE),
        ..Default::default()
    };
    let mut harness = alone(CompareView::default(), settings, CompareView::ui);
    harness.run();
    harness.get_by_label_contains("宁夏 城市 ").click();
    harness.run();
    let Some(Command::ShowEvidence {
        province,
        key,
        mentions,
    }) = harness.state().commands.last()
    else {
        panic!("evidence asked for: {:?}", harness.state().commands);
    };
    assert_eq!(
        (province.as_str(), *key, mentions.len()),
        ("宁夏", TEMPORARY_PER_PERSON_ONCE, 1)
    );
}

#[test]
fn english_mode_names_provinces_and_units_in_english() {
    let analysis = minsheng::analysis::analyze_seeds();
    let provinces = vec!["青海".to_owned(), "宁夏".to_owned()];
    let model = ChartModel::build(&analysis, TEMPORARY_PER_PERSON_ONCE, &provinces, Lang::En);
    let shown: Vec<(&str, &str)> = model
        .bars
        .iter()
        .map(|b| (b.name.as_str(), b.label.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Qinghai urban", "300 yuan/person"),
            ("Qinghai rural", "200 yuan/person"),
            ("Ningxia", "600 yuan/person"),
            ("Ningxia urban", "≥3,000 yuan/person"),
            ("Ningxia rural", "≥2,000 yuan/person")
        ]
    );
    let monthly = MeasureKey {
        category: Category::MinimumLiving,
        kind: Kind::AmountPerPerson,
        period: Some(Period::Month),
    };
    assert_eq!(chart::unit_label(monthly, Lang::En), "yuan/person/month");
    assert_eq!(
        Lang::En.value(3.5e9, Kind::AmountTotal, None),
        "3.5 bn yuan"
    );
    assert_eq!(
        Lang::En.value(576_000.0, Kind::CountPeople, None),
        "576,000 people"
    );
}

/// Every province with one monthly standard, each a long label.
fn all_provinces() -> minsheng::analysis::Analysis {
    let docs: Vec<_> = PROVINCES
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let text = format!(
                "## {p}新闻\n\n{p}城乡低保标准提高到每人每月{}元。\n",
                1000 + i * 37
            );
            let name = format!("{i}.txt");
            minsheng::corpus::Document::from_bytes(&name, Default::default(), text.as_bytes())
                .expect("reads")
        })
        .collect();
    minsheng::analysis::from_documents(docs, Vec::new())
}

#[test]
fn many_bars_render_as_rows_each_with_its_name_and_value() {
    let analysis = all_provinces();
    let key = minsheng::aggregate::keys_with_data(&analysis.measures)[0].0;
    let settings = Settings {
        selected: PROVINCES.iter().map(|p| (*p).to_owned()).collect(),
        measure: Some(key),
        ..Default::default()
    };
    let size = egui::vec2(900.0, 600.0);
    let mut harness = alone_sized(
        CompareView::default(),
        settings,
        CompareView::ui,
        size,
        true,
    );
    harness.state_mut().data = minsheng::gui::views::Data::new(analysis, 7, Vec::new());
    harness.run();
    assert!(harness.query_by_label_contains("柱子太多").is_none());
    // Every bar is a widget named by its province and value.
    harness.get_by_label_contains("北京 1000元/人·月");
    harness.get_by_label_contains("台湾 ");
    harness.snapshot("compare_many_bars");
}

fn qinghai_ningxia_beijing() -> Settings {
    Settings {
        selected: vec!["青海".into(), "宁夏".into(), "北京".into()],
        measure: Some(TEMPORARY_PER_PERSON_ONCE),
        ..Default::default()
    }
}

#[test]
fn urban_and_rural_bars_stand_side_by_side_in_their_province_slot_with_a_legend() {
    let analysis = minsheng::analysis::analyze_seeds();
    let provinces = vec!["青海".to_owned(), "宁夏".to_owned()];
    let model = ChartModel::build(&analysis, TEMPORARY_PER_PERSON_ONCE, &provinces, Lang::Zh);
    assert!(model.grouped);
    let qinghai: Vec<_> = model.bars.iter().filter(|b| b.province == "青海").collect();
    assert_eq!(qinghai.len(), 2);
    assert!(
        qinghai.iter().all(|b| (b.x - 0.0).abs() < 0.5),
        "in 青海's slot"
    );
    assert!(qinghai[0].x < qinghai[1].x, "urban left of rural");
    assert_ne!(qinghai[0].color, qinghai[1].color, "one colour per area");
    let mut harness = alone(
        CompareView::default(),
        qinghai_ningxia_beijing(),
        CompareView::ui,
    );
    harness.run();
    harness.get_by_label("城乡并列");
    // The toggle comes first, the legend after the chart.
    harness
        .get_all_by_label("城市")
        .next()
        .expect("an urban toggle")
        .click();
    harness.run();
    assert_eq!(
        harness.state().commands.last(),
        Some(&Command::SetArea(minsheng::aggregate::AreaChoice::Urban))
    );
    harness.state_mut().settings.area = minsheng::aggregate::AreaChoice::Urban;
    harness.run();
    harness.run();
    assert!(harness.query_by_label_contains("青海 农村 ").is_none());
    harness.get_by_label_contains("青海 城市 ");
}

#[test]
fn hovering_a_bar_tells_its_year_and_the_evidence_behind_it() {
    let mut harness = alone(
        CompareView::default(),
        qinghai_ningxia_beijing(),
        CompareView::ui,
    );
    harness.run();
    harness.get_by_label_contains("青海 城市 ").hover();
    harness.run();
    harness.get_by_label_contains("青海 城市: 300元/人 · 2023 · 确切 · 1 个数据 · 1 篇文档");
}

#[test]
fn a_ticked_province_without_a_figure_keeps_its_slot_and_says_no_data() {
    let mut harness = alone(
        CompareView::default(),
        qinghai_ningxia_beijing(),
        CompareView::ui,
    );
    harness.run();
    harness.get_by_label("无数据: 北京");
    let analysis = minsheng::analysis::analyze_seeds();
    let provinces = vec!["青海".to_owned(), "宁夏".to_owned(), "北京".to_owned()];
    let model = ChartModel::build(&analysis, TEMPORARY_PER_PERSON_ONCE, &provinces, Lang::Zh);
    assert_eq!(model.missing, [2.0]);
    assert_eq!(model.axis.len(), 3);
}

#[test]
fn a_bars_evidence_lists_the_shown_figure_first_then_other_levels_and_changes() {
    let corpus = std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/dev/corpus"
    ));
    let analysis = minsheng::analysis::analyze_paths(
        &[corpus],
        minsheng::analysis::Options::default(),
        &|_| {},
        &std::sync::atomic::AtomicBool::new(false),
    );
    let key = MeasureKey::parse("minimum_living:amount_per_person:month").expect("a key");
    let model = ChartModel::build(&analysis, key, &["辽宁".to_owned()], Lang::Zh);
    let urban = model
        .bars
        .iter()
        .find(|b| b.area == minsheng::measure::Area::Urban)
        .expect("an urban bar for 辽宁");
    assert!(urban.figures > 1, "{urban:?}");
    assert_eq!(urban.evidence[..urban.mentions.len()], urban.mentions[..]);
    let listed: Vec<_> = urban
        .evidence
        .iter()
        .map(|&i| &analysis.measures[i].measure)
        .collect();
    assert!(
        listed
            .iter()
            .all(|m| m.area == minsheng::measure::Area::Urban)
    );
    assert!(
        listed
            .iter()
            .any(|m| m.change == minsheng::measure::Change::Before),
        "the earlier value of a raise is listed as a change"
    );
    let levels = listed
        .iter()
        .filter(|m| m.change == minsheng::measure::Change::Level)
        .count();
    assert!(levels >= urban.figures);
}

#[test]
fn excluding_a_figure_changes_the_bar_survives_a_restart_and_can_be_restored() {
    let mut app = app_with(cancelled());
    app.settings.selected = vec!["宁夏".into(), "青海".into()];
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    let urban_ningxia = |app: &minsheng::gui::app::MinshengApp| {
        let model = app.chart_model().expect("a chart");
        model
            .bars
            .iter()
            .find(|b| b.province == "宁夏" && b.area == minsheng::measure::Area::Urban)
            .map(|b| b.value)
    };
    assert_eq!(urban_ningxia(&app), Some(3000.0));
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label_contains("宁夏 城市 ").click();
    harness.run();
    harness.get_by_label("×").click();
    harness.run();
    assert_eq!(
        urban_ningxia(harness.state()),
        None,
        "its only figure is out"
    );
    let model = harness.state().chart_model().expect("a chart");
    assert_eq!(model.excluded, 1);
    assert!(model.footnote_note(Lang::Zh).contains("已排除 1"));
    // A restart: the settings as saved, a new app built from them.
    let saved = serde_json::to_string(&harness.state().settings).expect("serialises");
    let settings: Settings = serde_json::from_str(&saved).expect("reads back");
    let mut app = minsheng::gui::app::MinshengApp::new(settings, Box::new(cancelled()));
    app.load_seeds();
    assert_eq!(urban_ningxia(&app), None, "still excluded after a restart");
    let mut harness = super::harness(app);
    harness.run();
    harness.get_by_label("已排除 1").click();
    harness.run();
    harness.get_by_label("恢复").click();
    harness.run();
    assert_eq!(urban_ningxia(harness.state()), Some(3000.0), "restored");
    assert!(harness.state().settings.excluded.is_empty());
}

#[test]
fn a_province_keeps_its_colour_whatever_else_is_selected() {
    let analysis = minsheng::analysis::analyze_seeds();
    let key = MeasureKey {
        category: Category::Other,
        kind: Kind::AmountTotal,
        period: Some(Period::Year),
    };
    let colour = |provinces: &[&str]| {
        let provinces: Vec<String> = provinces.iter().map(|p| (*p).to_owned()).collect();
        let model = ChartModel::build(&analysis, key, &provinces, Lang::Zh);
        assert!(!model.grouped);
        model
            .bars
            .iter()
            .find(|b| b.province == "青海")
            .expect("a bar for 青海")
            .color
    };
    assert_eq!(colour(&["青海"]), colour(&["北京", "天津", "青海"]));
    assert_eq!(chart::color(colour(&["青海"])), chart::color_of("青海"));
    assert_ne!(chart::color_of("北京"), chart::color_of("天津"));
}

#[test]
fn the_conversion_toggle_draws_the_other_periods_figures_marked_as_converted() {
    let docs: Vec<_> = [
        ("青海", "青海城乡低保标准提高到每人每月700元。"),
        ("甘肃", "甘肃城乡低保标准提高到每人每年9600元。"),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (p, line))| {
        let text = format!("## {p}新闻\n\n{line}\n");
        minsheng::corpus::Document::from_bytes(
            &format!("{i}.txt"),
            Default::default(),
            text.as_bytes(),
        )
        .expect("reads")
    })
    .collect();
    let analysis = minsheng::analysis::from_documents(docs, Vec::new());
    let key = MeasureKey::parse("minimum_living:amount_per_person:month").expect("a key");
    let settings = Settings {
        selected: vec!["青海".into(), "甘肃".into()],
        measure: Some(key),
        ..Default::default()
    };
    let mut harness = alone(CompareView::default(), settings, CompareView::ui);
    harness.state_mut().data = minsheng::gui::views::Data::new(analysis, 9, Vec::new());
    harness.run();
    assert!(harness.query_by_label_contains("甘肃 800").is_none());
    harness.get_by_label("折算为每月").click();
    harness.run();
    assert_eq!(
        harness.state().commands.last(),
        Some(&Command::SetConvert(true))
    );
    harness.state_mut().settings.convert = true;
    harness.run();
    harness.get_by_label_contains("甘肃 800元/人·月(折算)");
    let model = ChartModel::build_with(
        &harness.state().data.analysis,
        key,
        &["青海".to_owned(), "甘肃".to_owned()],
        Lang::Zh,
        &minsheng::aggregate::Choice {
            convert: true,
            ..Default::default()
        },
    );
    let marks = chart::marks_of(&model, chart::RowOptions::default());
    assert!(marks.contains(&chart::Mark::Converted), "{marks:?}");
    assert_eq!(
        chart::legend_text(chart::Mark::Converted, &model, Lang::Zh),
        "浅色: 由另一周期折算为 每月"
    );
}

#[test]
fn a_value_far_from_the_other_provinces_carries_a_warning_on_its_bar_and_hover() {
    let docs: Vec<_> = [
        ("青海", 700),
        ("甘肃", 750),
        ("宁夏", 800),
        ("西藏", 73_000),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (p, v))| {
        let text = format!("## {p}新闻\n\n2023年{p}城乡低保标准提高到每人每月{v}元。\n");
        minsheng::corpus::Document::from_bytes(
            &format!("{i}.txt"),
            Default::default(),
            text.as_bytes(),
        )
        .expect("reads")
    })
    .collect();
    let analysis = minsheng::analysis::from_documents(docs, Vec::new());
    let key = MeasureKey::parse("minimum_living:amount_per_person:month").expect("a key");
    let provinces: Vec<String> = ["西藏", "青海"].map(str::to_owned).to_vec();
    let model = ChartModel::build(&analysis, key, &provinces, Lang::Zh);
    let flagged: Vec<(&str, bool)> = model
        .bars
        .iter()
        .map(|b| (b.province.as_str(), b.suspicious))
        .collect();
    assert_eq!(
        flagged,
        [("西藏", true), ("青海", false)],
        "judged against every province with data, not only those shown"
    );
    assert!(model.bars[0].label.starts_with('⚠'));
    assert!(model.bars[0].hover.contains("请核对原文"));
    let settings = Settings {
        selected: provinces,
        measure: Some(key),
        ..Default::default()
    };
    let mut harness = alone(CompareView::default(), settings, CompareView::ui);
    harness.state_mut().data = minsheng::gui::views::Data::new(analysis, 11, Vec::new());
    harness.run();
    harness.get_by_label_contains("西藏 ⚠ 7.3万元/人·月");
}

#[test]
fn bars_from_another_year_than_most_are_starred_and_the_footnote_says_so() {
    let docs: Vec<_> = [("青海", 2023), ("甘肃", 2023), ("宁夏", 2019)]
        .into_iter()
        .enumerate()
        .map(|(i, (p, year))| {
            let text = format!("## {p}新闻\n\n{year}年{p}城乡低保标准提高到每人每月700元。\n");
            minsheng::corpus::Document::from_bytes(
                &format!("{i}.txt"),
                Default::default(),
                text.as_bytes(),
            )
            .expect("reads")
        })
        .collect();
    let analysis = minsheng::analysis::from_documents(docs, Vec::new());
    let key = MeasureKey::parse("minimum_living:amount_per_person:month").expect("a key");
    let provinces: Vec<String> = ["青海", "甘肃", "宁夏"].map(str::to_owned).to_vec();
    let model = ChartModel::build(&analysis, key, &provinces, Lang::Zh);
    let labels: Vec<(&str, &str)> = model
        .bars
        .iter()
        .map(|b| (b.province.as_str(), b.year_label.as_str()))
        .collect();
    assert_eq!(
        labels,
        [("青海", "2023"), ("甘肃", "2023"), ("宁夏", "2019*")]
    );
    assert!(model.title.ends_with("2019–2023"), "{}", model.title);
    assert_eq!(model.common_year, Some(2023));
    assert!(model.footnote_note(Lang::Zh).contains("(2023)"));
}

#[test]
fn chart_data_from_the_app_writes_the_bars_drawn_with_exclusions_counted() {
    let mut app = app_with(cancelled());
    app.settings.selected = vec!["宁夏".into(), "青海".into()];
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    let joint = app
        .data
        .analysis
        .measures
        .iter()
        .find(|f| {
            f.measure.province == "宁夏"
                && f.measure.area == minsheng::measure::Area::Joint
                && MeasureKey::of(f) == TEMPORARY_PER_PERSON_ONCE
        })
        .expect("宁夏's joint figure");
    let id = minsheng::aggregate::figure_id(joint);
    let ctx = egui::Context::default();
    app.run(
        &ctx,
        Command::Exclude {
            figure_id: id,
            excluded: true,
        },
    );
    let path = crate::temp_dir("chart-data-app").join("bars.csv");
    let target = minsheng::gui::export::Target::ChartData(TEMPORARY_PER_PERSON_ONCE);
    app.run(&ctx, Command::SaveTo(target, path.clone()));
    app.wait_for_export().expect("saved").expect("written");
    let bytes = std::fs::read(&path).expect("csv");
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<(String, String, String)> = reader
        .records()
        .map(|r| r.expect("row"))
        .map(|r| (r[0].to_owned(), r[3].to_owned(), r[14].to_owned()))
        .collect();
    let rows: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|(p, a, e)| (p.as_str(), a.as_str(), e.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("青海", "urban", "0"),
            ("青海", "rural", "0"),
            ("宁夏", "urban", "0"),
            ("宁夏", "rural", "0")
        ],
        "宁夏's joint figure is excluded, its bar gone"
    );
}

#[test]
fn the_thirty_four_provinces_have_thirty_four_distinct_colours() {
    let colours: Vec<egui::Color32> = PROVINCES.iter().map(|p| chart::color_of(p)).collect();
    let distance = |a: egui::Color32, b: egui::Color32| {
        let [r1, g1, b1, _] = a.to_array().map(f32::from);
        let [r2, g2, b2, _] = b.to_array().map(f32::from);
        ((r1 - r2).powi(2) + (g1 - g2).powi(2) + (b1 - b2).powi(2)).sqrt()
    };
    for i in 0..colours.len() {
        for j in i + 1..colours.len() {
            let d = distance(colours[i], colours[j]);
            assert!(
                d > 30.0,
                "{} and {} are alike ({d:.0})",
                PROVINCES[i],
                PROVINCES[j]
            );
        }
    }
}

#[test]
fn the_year_picker_draws_the_figures_of_one_year() {
    let docs: Vec<_> = [
        ("青海", 2019, 600),
        ("青海", 2023, 700),
        ("甘肃", 2023, 650),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (p, year, v))| {
        let text = format!("## {p}新闻\n\n{year}年{p}城乡低保标准提高到每人每月{v}元。\n");
        minsheng::corpus::Document::from_bytes(
            &format!("{i}.txt"),
            Default::default(),
            text.as_bytes(),
        )
        .expect("reads")
    })
    .collect();
    let analysis = minsheng::analysis::from_documents(docs, Vec::new());
    let key = MeasureKey::parse("minimum_living:amount_per_person:month").expect("a key");
    let settings = Settings {
        selected: vec!["青海".into(), "甘肃".into()],
        measure: Some(key),
        ..Default::default()
    };
    let mut harness = alone(CompareView::default(), settings, CompareView::ui);
    harness.state_mut().data = minsheng::gui::views::Data::new(analysis, 13, Vec::new());
    harness.run();
    harness.get_by_label_contains("青海 700元/人·月");
    harness.get_by_label("年份").click();
    harness.run();
    harness.get_by_label("2019").click();
    harness.run();
    assert_eq!(
        harness.state().commands.last(),
        Some(&Command::SetYear(minsheng::aggregate::YearChoice::Year(
            2019
        )))
    );
    harness.state_mut().settings.year = minsheng::aggregate::YearChoice::Year(2019);
    harness.run();
    harness.get_by_label_contains("青海 600元/人·月");
    harness.get_by_label("无数据: 甘肃");
}

#[test]
fn one_area_alone_applies_only_to_a_measure_with_urban_and_rural_figures() {
    let analysis = minsheng::analysis::analyze_seeds();
    let key = MeasureKey {
        category: Category::Other,
        kind: Kind::AmountTotal,
        period: Some(Period::Year),
    };
    let choice = minsheng::aggregate::Choice {
        area: minsheng::aggregate::AreaChoice::Urban,
        ..Default::default()
    };
    let model = ChartModel::build_with(&analysis, key, &["青海".to_owned()], Lang::Zh, &choice);
    assert_eq!(model.bars.len(), 1, "青海's joint total is still drawn");
}
