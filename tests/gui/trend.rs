//! 历年 Over the years.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::{Command, Settings, ViewId};
use minsheng::gui::export::Target;
use minsheng::gui::views::Data;
use minsheng::gui::views::trend::TrendView;

use super::{alone, app_with, cancelled, harness};
use crate::present::{monthly, provinces, qinghai_and_gansu};

fn trend_alone() -> egui_kittest::Harness<'static, super::Alone<TrendView>> {
    let settings = Settings {
        selected: provinces(&["甘肃", "青海"]),
        measure: Some(monthly()),
        ..Default::default()
    };
    let mut harness = alone(TrendView, settings, TrendView::ui);
    harness.state_mut().data = Data::new(qinghai_and_gansu(), 7, Vec::new());
    harness.run();
    harness
}

#[test]
fn each_point_is_a_button_that_shows_its_evidence() {
    let mut harness = trend_alone();
    harness.get_by_label("低保 · 每人金额 · 每月 · 2008–2022");
    harness.get_by_label("青海 城市");
    harness.get_by_label("2008 580元/人·月").click();
    harness.run();
    assert_eq!(
        harness.state().commands,
        [Command::ShowEvidence {
            province: "青海".to_owned(),
            key: monthly(),
            mentions: vec![2],
        }]
    );
    // Undated figures are said to be left out.
    harness.get_by_label_contains("1 个没有年份的数字未画出");
}

#[test]
fn its_picture_and_data_are_exported_as_this_view() {
    let mut harness = trend_alone();
    harness.get_by_label("导出数据…").click();
    harness.run();
    harness.get_by_label("导出 PNG…").click();
    harness.run();
    assert_eq!(
        harness.state().commands,
        [
            Command::Export(Target::Data(ViewId::Trend, monthly())),
            Command::Export(Target::Picture(ViewId::Trend, monthly())),
        ]
    );
}

#[test]
fn without_dated_figures_the_view_says_so() {
    let settings = Settings {
        selected: provinces(&["青海"]),
        measure: Some(monthly()),
        ..Default::default()
    };
    let mut harness = alone(TrendView, settings, TrendView::ui);
    let undated = crate::present::analysis(&[crate::present::fig(
        "青海",
        700.0,
        None,
        minsheng::measure::Area::Urban,
    )]);
    harness.state_mut().data = Data::new(undated, 2, Vec::new());
    harness.run();
    harness.get_by_label("所选省份没有注明年份的这项指标");
}

#[test]
fn the_tab_opens_the_view_and_its_data_is_saved_from_the_app() {
    let mut app = app_with(cancelled());
    app.set_analysis(qinghai_and_gansu(), Vec::new());
    app.settings.selected = provinces(&["甘肃", "青海"]);
    app.settings.measure = Some(monthly());
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label("历年").click();
    harness.run();
    assert_eq!(harness.state().settings.view, ViewId::Trend);
    harness.get_by_label("2022 730元/人·月");

    let mut app = harness.into_state();
    let path = crate::temp_dir("trend-app").join("trend.csv");
    let ctx = egui::Context::default();
    let target = Target::Data(ViewId::Trend, monthly());
    app.run(&ctx, Command::SaveTo(target, path.clone()));
    app.wait_for_export().expect("saved").expect("written");
    let bytes = std::fs::read(&path).expect("csv");
    let text = String::from_utf8_lossy(&bytes[3..]).into_owned();
    assert!(text.starts_with("province,area,year,value,"), "{text}");
    assert_eq!(text.lines().count(), 1 + 5, "one row a point: {text}");
}

#[test]
fn its_png_is_the_trend_drawn_offscreen_with_each_line_in_its_colour() {
    let dir = crate::temp_dir("trend-png");
    let path = dir.join("trend.png");
    let dialogs = minsheng::gui::dialogs::ScriptedDialogs {
        folder: minsheng::gui::dialogs::DialogOutcome::Cancelled,
        save: minsheng::gui::dialogs::DialogOutcome::Chosen(path.clone()),
    };
    let mut app = app_with(dialogs);
    app.set_analysis(qinghai_and_gansu(), Vec::new());
    app.settings.selected = provinces(&["甘肃", "青海"]);
    app.settings.measure = Some(monthly());
    app.settings.view = ViewId::Trend;
    app.settings.export_scale = 1;
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label("导出 PNG…").click();
    let image = super::exported_png(&mut harness, &path);
    assert_eq!((image.width(), image.height()), (960, 600));
    let [r, g, b, _] = minsheng::gui::chart::color_of("青海").to_array();
    let drawn = image
        .pixels()
        .filter(|p| p[0] == r && p[1] == g && p[2] == b)
        .count();
    assert!(
        drawn > 100,
        "青海's line and points in its colour ({drawn} pixels)"
    );
}
