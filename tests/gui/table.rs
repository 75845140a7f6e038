//! 数据表 Table.

use egui_kittest::kittest::{NodeT as _, Queryable as _};
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

#[test]
fn rows_copy_as_tab_separated_text_with_a_header_and_cells_kept_whole() {
    use minsheng::gui::clipboard::tsv;
    let text = tsv(
        &["省份", "原句"],
        vec![
            vec!["甘肃".to_owned(), "发放\t资金".to_owned()],
            vec!["青海".to_owned(), "第一行\n第二行，\"低保\"".to_owned()],
            vec!["北京".to_owned(), "每人每月1450元".to_owned()],
        ],
    );
    assert_eq!(
        text,
        "省份\t原句\n甘肃\t\"发放\t资金\"\n青海\t\"第一行\n第二行，\"\"低保\"\"\"\n北京\t每人每月1450元\n"
    );
}

#[test]
fn the_copy_button_puts_the_rows_shown_on_the_clipboard() {
    let mut view = TableView::default();
    view.filter = "青海".into();
    let mut harness = alone(view, Default::default(), TableView::ui);
    harness.run();
    harness.get_by_label("复制").click();
    harness.step();
    let copied =
        super::clipboard::copied_text(&harness.output().platform_output.commands).expect("copied");
    let a = analysis();
    let rows = filtered_sorted(&a, "青海", (0, true));
    let lines: Vec<&str> = copied.lines().collect();
    assert_eq!(lines.len(), rows.len() + 1, "a header and the rows shown");
    assert!(lines[0].starts_with("省份\t地点\t"), "{}", lines[0]);
    assert!(lines[1..].iter().all(|l| l.starts_with("青海\t")));
    assert_eq!(lines[0].split('\t').count(), 14);
    assert!(
        lines[0].starts_with("省份\t地点\t项目\t类型\t数值\t上限\t单位\t"),
        "raw numbers, their upper ends and units in columns of their own: {}",
        lines[0]
    );
    assert!(matches!(
        harness.state().commands.last(),
        Some(Command::Status(s)) if s.starts_with("已复制")
    ));
}

#[test]
fn a_value_far_from_the_other_provinces_carries_a_warning_in_its_row() {
    let seeds = analysis();
    let level = |province: &str, value: f64| {
        let mut f = seeds.measures[0].clone();
        f.measure.province = province.to_owned();
        f.measure.value = value;
        f.measure.value_max = None;
        f.measure.change = minsheng::measure::Change::Level;
        f.measure.area = minsheng::measure::Area::Joint;
        f.measure.quote = format!("{province}的数字");
        f
    };
    let measures = vec![
        level("青海", 700.0),
        level("甘肃", 750.0),
        level("宁夏", 800.0),
        level("西藏", 73_000.0),
    ];
    let mut harness = alone(TableView::default(), Default::default(), TableView::ui);
    harness.state_mut().data = minsheng::gui::views::Data::new(
        minsheng::analysis::Analysis {
            documents: seeds.documents.clone(),
            measures,
            problems: Vec::new(),
            cancelled: false,
            corrected: Default::default(),
        },
        2,
        Vec::new(),
    );
    harness.run();
    harness.run();
    assert!(shown(&harness, "西藏的数字"));
    // A label's text is its accesskit value.
    let warned: Vec<String> = harness
        .query_all_by_label_contains("⚠")
        .filter_map(|n| n.accesskit_node().value().or(n.accesskit_node().label()))
        .collect();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert!(warned[0].contains("7.3万"), "{warned:?}");
}
