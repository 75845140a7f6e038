//! 数据表 Table.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::Command;
use minsheng::gui::views::table::{TableView, filtered_sorted};

use super::{alone, alone_sized, english};

fn analysis() -> minsheng::analysis::Analysis {
    minsheng::analysis::analyze_seeds()
}

#[test]
fn the_filter_searches_province_programme_year_and_place_not_only_the_quote() {
    let a = analysis();
    let all = filtered_sorted(&a, "", (0, true)).len();
    let count = |filter: &str| filtered_sorted(&a, filter, (0, true));
    let qinghai = count("青海");
    assert!(!qinghai.is_empty() && qinghai.len() < all);
    assert!(qinghai.iter().all(|&i| {
        let m = &a.measures[i].measure;
        m.province == "青海" || m.quote.contains("青海") || m.place.contains("青海")
    }));
    // Names in English, programmes in either language, years.
    assert!(
        count("Qinghai")
            .iter()
            .all(|&i| a.measures[i].measure.province == "青海")
    );
    assert!(!count("Qinghai").is_empty());
    let temporary = count("临时救助");
    assert_eq!(temporary, count("temporary assistance"));
    let year = a
        .measures
        .iter()
        .find_map(|f| f.measure.year)
        .expect("a year");
    assert!(
        count(&year.to_string())
            .iter()
            .any(|&i| a.measures[i].measure.year == Some(year))
    );
    let place = a
        .measures
        .iter()
        .map(|f| f.measure.place.clone())
        .find(|p| {
            !p.is_empty()
                && !a
                    .measures
                    .iter()
                    .any(|f| f.measure.quote.contains(p.as_str()))
        })
        .unwrap_or_default();
    if !place.is_empty() {
        assert!(!count(&place).is_empty(), "{place}");
    }
}

#[test]
fn when_nothing_matches_the_table_says_so() {
    let mut view = TableView::default();
    view.filter = "没有这种东西".into();
    let mut harness = alone(view, Default::default(), TableView::ui);
    harness.run();
    harness.get_by_label("没有匹配的结果");
}

#[test]
fn place_period_area_change_and_year_have_columns() {
    let mut harness = alone(TableView::default(), Default::default(), TableView::ui);
    harness.run();
    harness.get_by_label("省份 ↑");
    for header in [
        "地点", "项目", "类型", "数值", "周期", "城乡", "变化", "年份", "文件", "原句",
    ] {
        harness.get_by_label(header);
    }
}

type TableHarness = egui_kittest::Harness<'static, super::Alone<TableView>>;

/// Whether the row whose quote starts like `quote` is on screen.
fn shown(harness: &TableHarness, quote: &str) -> bool {
    let start: String = quote.chars().take(8).collect();
    harness.query_all_by_label_contains(&start).next().is_some()
}

fn first_quote(harness: &TableHarness) -> String {
    let a = &harness.state().data.analysis;
    let rows = filtered_sorted(a, "", harness.state().view.sort);
    a.measures[rows[0]].measure.quote.clone()
}

#[test]
fn sorting_starts_again_at_the_top() {
    let mut harness = alone(TableView::default(), Default::default(), TableView::ui);
    harness.run();
    let top = first_quote(&harness);
    assert!(shown(&harness, &top), "the first row is shown");
    // Scroll far down: the first row goes out of view (rows are virtualised).
    for _ in 0..30 {
        let row = harness
            .get_all_by_label_contains(".txt")
            .last()
            .expect("a row");
        row.scroll_down();
        harness.run();
    }
    assert!(!shown(&harness, &top), "scrolled away from the top");
    harness.get_by_label("数值").click();
    harness.run();
    harness.run();
    let top = first_quote(&harness);
    assert!(shown(&harness, &top), "the new first row is in view");
}

#[test]
fn clicking_a_row_opens_the_reader_at_its_quote() {
    let mut harness = alone(TableView::default(), Default::default(), TableView::ui);
    harness.run();
    let a = harness.state().data.analysis.clone();
    let rows = filtered_sorted(&a, "", (0, true));
    let start: String = a.measures[rows[0]].measure.quote.chars().take(8).collect();
    harness
        .get_all_by_label_contains(&start)
        .next()
        .expect("row")
        .click();
    harness.run();
    assert_eq!(
        harness.state().commands.last(),
        Some(&Command::OpenReader { measure: rows[0] })
    );
}

#[test]
fn english_cells_are_not_cut() {
    let mut view = TableView::default();
    view.filter = "Qinghai".into();
    let mut harness = alone_sized(
        view,
        english(),
        TableView::ui,
        egui::vec2(1100.0, 500.0),
        true,
    );
    harness.run();
    harness.snapshot("en_table_alone");
    harness
        .get_all_by_label("Amount per household")
        .next()
        .expect("a whole kind");
    harness
        .get_all_by_label("Temporary assistance")
        .next()
        .expect("a whole programme");
}
