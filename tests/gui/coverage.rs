//! 证据覆盖 Coverage.

use egui_kittest::kittest::Queryable as _;
use minsheng::aggregate::MeasureKey;
use minsheng::gui::app::{Command, ViewId};
use minsheng::gui::views::coverage::{CoverageView, dashed_outline};
use minsheng::measure::{Category, Kind};

use super::{alone_sized, app_with, cancelled, english, harness};

#[test]
fn clicking_a_coverage_cell_compares_that_province_on_that_measure() {
    let mut app = app_with(cancelled());
    app.settings.view = ViewId::Coverage;
    app.settings.selected = vec!["青海".into()];
    let mut harness = harness(app);
    harness.run();
    harness
        .get_by_label("北京 · 社区治理 · 机构/设施数")
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.settings.view, ViewId::Compare);
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
fn empty_cells_are_dashed_as_the_help_says() {
    let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(88.0, 26.0));
    let dashes = dashed_outline(rect, egui::Stroke::new(1.0, egui::Color32::GRAY));
    // A solid outline is one shape; 228 points of outline in 7-point steps is ~32 dashes.
    assert!(dashes.len() > 20, "{} dashes", dashes.len());
    let mut harness = alone_sized(
        CoverageView,
        Default::default(),
        CoverageView::ui,
        egui::vec2(1000.0, 500.0),
        true,
    );
    harness.run();
    harness.snapshot("coverage_alone");
}

#[test]
fn english_headers_wrap_between_words_and_cells_name_provinces_in_english() {
    let mut harness = alone_sized(
        CoverageView,
        english(),
        CoverageView::ui,
        egui::vec2(1200.0, 500.0),
        true,
    );
    harness.run();
    harness
        .get_by_label("Beijing · Community · Facilities and units")
        .click();
    harness.run();
    assert!(matches!(
        harness.state().commands.last(),
        Some(Command::CompareOn { .. })
    ));
    harness.snapshot("en_coverage_alone");
}

#[test]
fn columns_are_wide_enough_for_the_longest_word() {
    let ctx = egui::Context::default();
    minsheng::gui::install_fonts(&ctx);
    let mut output = ctx.run_ui(Default::default(), |ui| {
        let titles = vec!["Temporary assistance · Amount per household".to_owned()];
        let width = minsheng::gui::views::coverage::column_width(ui, &titles);
        let word = ui
            .painter()
            .layout_no_wrap(
                "assistance".into(),
                egui::FontId::proportional(11.0),
                egui::Color32::WHITE,
            )
            .size()
            .x;
        assert!(width >= word + 6.0, "{width} for a {word}-point word");
    });
    output.textures_delta.clear();
}
