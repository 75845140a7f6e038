//! Charts fit for a report: the compare chart as rows, every province's
//! name and every bar's label inside the page at every size and in both
//! languages, a legend of exactly the marks drawn, the year chosen in the
//! title, the folder's name (never its path) in the footnote, numbers that
//! paste as numbers. The exported scene is read as data (egui's shapes),
//! so most of this needs no pixels; a few exports are kept as snapshots.

use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

use egui::{Rect, Shape, pos2};
use minsheng::aggregate::{self, AreaChoice, Choice, MeasureKey, YearChoice};
use minsheng::analysis::Analysis;
use minsheng::gui::chart::{self, ChartModel, Mark, RowOptions, RowOrder, TypeSizes};
use minsheng::gui::export::{Canvas, ExportJob, Scene};
use minsheng::gui::i18n::Lang;

const SIZES: [(f32, f32); 3] = [(800.0, 500.0), (1200.0, 800.0), (2400.0, 1600.0)];

/// The 98 dev texts, read once for every test here.
fn dev() -> Arc<Analysis> {
    static DEV: OnceLock<Arc<Analysis>> = OnceLock::new();
    Arc::clone(DEV.get_or_init(|| {
        let corpus = std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/dev/corpus"
        ));
        Arc::new(minsheng::analysis::analyze_paths(
            &[corpus],
            minsheng::analysis::Options::default(),
            &|_| {},
            &std::sync::atomic::AtomicBool::new(false),
        ))
    }))
}

fn minimum_living_monthly() -> MeasureKey {
    MeasureKey::parse("minimum_living:amount_per_person:month").expect("a key")
}

/// Every province with a figure of any measure, as `minsheng chart` takes them.
fn provinces_with_data(analysis: &Analysis) -> Vec<String> {
    aggregate::province_counts(&analysis.measures)
        .into_iter()
        .map(|(p, _)| p.to_owned())
        .collect()
}

fn dev_chart(lang: Lang, choice: &Choice) -> ChartModel {
    let analysis = dev();
    let provinces = provinces_with_data(&analysis);
    ChartModel::build_with(
        &analysis,
        minimum_living_monthly(),
        &provinces,
        lang,
        choice,
    )
}

const FOOTNOTE: &str = "数据来源: corpus · 98 篇文档 · 民生对比 Minsheng · 2026-01-01";

/// The texts a UI closure draws on a page of `size` points: each with its box.
fn texts_drawn(size: egui::Vec2, draw: impl FnMut(&mut egui::Ui)) -> Vec<(String, Rect)> {
    let ctx = egui::Context::default();
    minsheng::gui::install_fonts(&ctx);
    let input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(egui::Pos2::ZERO, size)),
        ..Default::default()
    };
    let mut draw = draw;
    let mut output = ctx.run_ui(input, |root| {
        egui::CentralPanel::default().show(root, |ui| draw(ui));
    });
    output.textures_delta.clear();
    fn walk(shape: &Shape, out: &mut Vec<(String, Rect)>) {
        match shape {
            Shape::Text(text) => out.push((
                text.galley.text().to_owned(),
                text.galley.rect.translate(text.pos.to_vec2()),
            )),
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &output.shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

fn has_cjk(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c))
}

#[test]
fn every_province_name_and_bar_label_lies_inside_the_exported_page_at_every_size_in_both_languages()
{
    for lang in [Lang::Zh, Lang::En] {
        let model = dev_chart(lang, &Choice::default());
        assert!(model.bars.len() > 40, "{}", model.bars.len());
        for (w, h) in SIZES {
            let page = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, h));
            let texts = texts_drawn(page.size(), |ui| {
                chart::export_scene_ui(ui, &model, RowOptions::default(), lang, FOOTNOTE);
            });
            for (text, rect) in &texts {
                assert!(
                    page.expand(0.5).contains_rect(*rect),
                    "{lang:?} {w}×{h}: {text:?} at {rect:?} is outside the page"
                );
            }
            let drawn: BTreeSet<&str> = texts.iter().map(|(t, _)| t.as_str()).collect();
            for bar in &model.bars {
                let name = lang.province(&bar.province);
                assert!(drawn.contains(name.as_str()), "{lang:?} {w}×{h}: {name}");
                // A place's bar names its place where its label stands
                // alone; on a row's shared line its lighter colour marks it.
                let value = chart::value_text(bar, model.key.kind, lang);
                let unnamed = chart::value_text(
                    &minsheng::present::chart::ChartBar {
                        place: String::new(),
                        ..bar.clone()
                    },
                    model.key.kind,
                    lang,
                );
                assert!(
                    drawn.contains(value.as_str()) || drawn.contains(unnamed.as_str()),
                    "{lang:?} {w}×{h}: {value}"
                );
                assert!(
                    drawn.contains(bar.year_label.as_str()),
                    "{lang:?} {w}×{h}: {}",
                    bar.year_label
                );
            }
            // Names stand one under the other, never on each other.
            let mut names: Vec<Rect> = texts
                .iter()
                .filter(|(t, _)| model.bars.iter().any(|b| lang.province(&b.province) == *t))
                .map(|(_, r)| *r)
                .collect();
            names.sort_by(|a, b| a.top().total_cmp(&b.top()));
            for pair in names.windows(2) {
                assert!(
                    pair[0].bottom() <= pair[1].top() + 1.0,
                    "{lang:?} {w}×{h}: names overlap"
                );
            }
            if lang == Lang::En {
                for (text, _) in &texts {
                    assert!(
                        !has_cjk(text) || text.contains("Minsheng") || text == FOOTNOTE,
                        "{w}×{h}: Chinese left in the English chart: {text}"
                    );
                }
            }
        }
    }
}

/// The marks a layout actually draws, read from what it placed.
fn marks_placed(model: &ChartModel, layout: &chart::RowsLayout) -> BTreeSet<Mark> {
    let mut marks = BTreeSet::new();
    for placed in &layout.bars {
        let bar = &model.bars[placed.bar];
        marks.insert(Mark::side(bar.area));
        if let Some((mark, _)) = placed.marker {
            marks.insert(mark);
        }
        if placed.whisker.is_some() {
            marks.insert(Mark::Range);
        }
        if bar.converted {
            marks.insert(Mark::Converted);
        }
        if !bar.place.is_empty() {
            marks.insert(Mark::Local);
        }
        if bar.suspicious {
            marks.insert(Mark::Suspicious);
        }
    }
    if layout.labels.iter().any(|l| l.text.ends_with('*')) {
        marks.insert(Mark::OtherYear);
    }
    if !layout.empty.is_empty() {
        marks.insert(Mark::NoData);
    }
    marks
}

fn layout_of(
    model: &ChartModel,
    options: RowOptions,
    lang: Lang,
    size: egui::Vec2,
) -> chart::RowsLayout {
    let ctx = egui::Context::default();
    minsheng::gui::install_fonts(&ctx);
    let mut layout = None;
    let input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(egui::Pos2::ZERO, size)),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| {
        let measure = chart::measure_of(ui);
        let rect = Rect::from_min_size(pos2(0.0, 0.0), size);
        layout = Some(chart::layout_rows(
            model,
            options,
            lang,
            TypeSizes::for_page(size),
            rect,
            &measure,
        ));
    });
    output.textures_delta.clear();
    layout.expect("laid out")
}

#[test]
fn the_legend_explains_every_mark_drawn_and_no_other() {
    let seeds = minsheng::analysis::analyze_seeds();
    let provinces: Vec<String> = ["青海", "宁夏", "北京"].map(str::to_owned).to_vec();
    let seeds_chart = ChartModel::build(
        &seeds,
        super::TEMPORARY_PER_PERSON_ONCE,
        &provinces,
        Lang::Zh,
    );
    let cases = [
        (seeds_chart.clone(), RowOptions::default()),
        (
            seeds_chart,
            RowOptions {
                empty_rows: true,
                ..Default::default()
            },
        ),
        (
            dev_chart(Lang::Zh, &Choice::default()),
            RowOptions::default(),
        ),
        (
            dev_chart(
                Lang::En,
                &Choice {
                    year: YearChoice::Year(2022),
                    ..Default::default()
                },
            ),
            RowOptions::default(),
        ),
    ];
    for (model, options) in cases {
        let layout = layout_of(&model, options, Lang::Zh, egui::vec2(1200.0, 800.0));
        let placed = marks_placed(&model, &layout);
        assert_eq!(layout.marks, placed, "{}", model.title);
        let legend: BTreeSet<Mark> = chart::legend_entries(&layout.marks, &model, Lang::Zh)
            .into_iter()
            .map(|(m, _)| m)
            .collect();
        assert_eq!(legend, placed, "{}", model.title);
    }
    // The seeds draw ▶ (at least) and both sides, and no ◇ or range.
    let model = ChartModel::build(
        &seeds,
        super::TEMPORARY_PER_PERSON_ONCE,
        &provinces,
        Lang::Zh,
    );
    let marks = chart::marks_of(&model, RowOptions::default());
    assert!(marks.contains(&Mark::AtLeast) && marks.contains(&Mark::Urban));
    assert!(!marks.contains(&Mark::About) && !marks.contains(&Mark::Range));
    assert!(
        !marks.contains(&Mark::NoData),
        "北京 is named under the chart"
    );
}

#[test]
fn the_chosen_year_and_side_stand_in_the_title() {
    let year = Choice {
        year: YearChoice::Year(2022),
        ..Default::default()
    };
    let title = dev_chart(Lang::Zh, &year).title;
    assert!(title.ends_with("· 2022年"), "{title}");
    assert!(dev_chart(Lang::En, &year).title.ends_with("· 2022"));
    let urban = Choice {
        area: AreaChoice::Urban,
        ..year
    };
    let title = dev_chart(Lang::Zh, &urban).title;
    assert!(title.contains("· 城市 ·"), "{title}");
    // Bars of several years: the span.
    let title = dev_chart(Lang::Zh, &Choice::default()).title;
    assert!(title.contains("–"), "{title}");
}

#[test]
fn ticks_are_round_numbers_and_never_more_than_eight() {
    for top in [0.9, 7.0, 145.0, 1380.0, 2.34e4, 3.5e9] {
        let ticks = chart::nice_ticks(top, 8);
        assert!(ticks.len() <= 8 && ticks.len() >= 2, "{top}: {ticks:?}");
        let step = ticks[1];
        let magnitude = 10f64.powf(step.log10().floor());
        let mantissa = step / magnitude;
        assert!(
            [1.0, 2.0, 2.5, 5.0]
                .iter()
                .any(|m| (m - mantissa).abs() < 1e-9),
            "{top}: step {step}"
        );
        assert!(*ticks.last().expect("ticks") <= top);
    }
    for lang in [Lang::Zh, Lang::En] {
        let model = dev_chart(lang, &Choice::default());
        for (w, h) in SIZES {
            let layout = layout_of(&model, RowOptions::default(), lang, egui::vec2(w, h));
            assert!(
                (2..=8).contains(&layout.ticks.len()),
                "{lang:?} {w}×{h}: {} ticks",
                layout.ticks.len()
            );
            for pair in layout.ticks.windows(2) {
                assert!(
                    pair[0].1.rect.right() < pair[1].1.rect.left(),
                    "tick numbers overlap"
                );
            }
        }
    }
}

#[test]
fn rows_run_largest_first_or_in_the_regional_order() {
    let model = dev_chart(Lang::Zh, &Choice::default());
    let size = egui::vec2(1200.0, 800.0);
    let by_value = layout_of(&model, RowOptions::default(), Lang::Zh, size);
    let ends: Vec<f64> = by_value
        .names
        .iter()
        .map(|n| {
            model
                .bars
                .iter()
                .filter(|b| b.province == n.text)
                .map(|b| b.value_max.unwrap_or(b.value))
                .fold(0.0, f64::max)
        })
        .collect();
    assert!(ends.windows(2).all(|w| w[0] >= w[1]), "{ends:?}");
    let regional = layout_of(
        &model,
        RowOptions {
            order: RowOrder::Region,
            ..Default::default()
        },
        Lang::Zh,
        size,
    );
    let rank = |name: &str| minsheng::measure::PROVINCES.iter().position(|p| *p == name);
    let ranks: Vec<_> = regional.names.iter().map(|n| rank(&n.text)).collect();
    assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{ranks:?}");
    // Urban and rural of a province share its row.
    assert_eq!(by_value.names.len(), regional.names.len());
    assert!(by_value.names.len() < model.bars.len());
}

#[test]
fn provinces_without_data_are_named_in_one_line_or_keep_an_empty_row() {
    let seeds = minsheng::analysis::analyze_seeds();
    let provinces: Vec<String> = ["北京", "内蒙古", "青海", "宁夏"]
        .map(str::to_owned)
        .to_vec();
    let model = ChartModel::build(
        &seeds,
        super::TEMPORARY_PER_PERSON_ONCE,
        &provinces,
        Lang::Zh,
    );
    let size = egui::vec2(800.0, 500.0);
    let layout = layout_of(&model, RowOptions::default(), Lang::Zh, size);
    assert_eq!(layout.missing, ["北京", "内蒙古"]);
    assert_eq!(
        chart::missing_line(&layout.missing, Lang::Zh),
        "无数据: 北京、内蒙古"
    );
    assert_eq!(
        chart::missing_line(&["Beijing".to_owned(), "Hebei".to_owned()], Lang::En),
        "No data: Beijing, Hebei"
    );
    assert_eq!(layout.names.len(), 2);
    let kept = layout_of(
        &model,
        RowOptions {
            empty_rows: true,
            ..Default::default()
        },
        Lang::Zh,
        size,
    );
    assert!(kept.missing.is_empty());
    assert_eq!(kept.names.len(), 4);
    assert_eq!(kept.empty.len(), 2);
    let texts = texts_drawn(size, |ui| {
        chart::export_scene_ui(ui, &model, RowOptions::default(), Lang::Zh, FOOTNOTE);
    });
    assert!(texts.iter().any(|(t, _)| t == "无数据: 北京、内蒙古"));
}

#[test]
fn the_footnote_names_the_folder_never_its_full_path() {
    use minsheng::gui::export::{footnote, source_name};
    let paths = [std::path::PathBuf::from("/home/someone/data/corpus/")];
    assert_eq!(source_name(Lang::Zh, &paths), "corpus");
    assert_eq!(source_name(Lang::Zh, &[]), "内置示例语料");
    let note = footnote(Lang::Zh, 98, Some(&source_name(Lang::Zh, &paths)));
    assert!(
        note.starts_with("数据来源: corpus · 98 篇文档 · "),
        "{note}"
    );
    assert!(!note.contains("/home"), "{note}");
    // Exclusions are counted; nothing about marks the chart does not draw.
    let texts = texts_drawn(egui::vec2(1200.0, 800.0), |ui| {
        let model = dev_chart(Lang::Zh, &Choice::default());
        chart::export_scene_ui(ui, &model, RowOptions::default(), Lang::Zh, FOOTNOTE);
    });
    assert!(
        !texts
            .iter()
            .any(|(t, _)| t.contains("折算") || t.contains("柱子太多"))
    );
}

#[test]
fn chart_data_and_table_rows_copy_as_raw_numbers_in_columns_of_their_own() {
    use minsheng::gui::clipboard::{bars_tsv, figures_tsv, raw_number};
    assert_eq!(raw_number(445.25), "445.25");
    assert_eq!(raw_number(0.54), "0.54");
    assert_eq!(raw_number(3.5e9), "3500000000");
    let model = dev_chart(Lang::Zh, &Choice::default());
    let text = bars_tsv(&model, Lang::Zh);
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        lines[0][..7],
        ["省份", "城乡", "数值", "上限", "单位", "限定", "年份"]
    );
    assert_eq!(lines.len(), model.bars.len() + 1);
    for (row, bar) in lines[1..].iter().zip(&model.bars) {
        assert_eq!(row[2].parse::<f64>().ok(), Some(bar.value), "{row:?}");
        assert_eq!(row[3].parse::<f64>().ok(), bar.value_max, "{row:?}");
        assert_eq!(row[4], "元/人·月");
        assert_eq!(row[6], bar.year.map(|y| y.to_string()).unwrap_or_default());
        // A place's figure names its place; the article's date stands beside
        // the year.
        assert_eq!(lines[0][7..9], ["发布日期", "地点"]);
        assert_eq!(row[7], bar.published);
        assert_eq!(row[8], bar.place);
    }
    assert!(
        model.bars.iter().any(|b| !b.place.is_empty()),
        "the dev texts give bars of places"
    );
    let analysis = dev();
    let rows: Vec<usize> = (0..analysis.measures.len()).collect();
    let table = figures_tsv(&analysis, &rows, Lang::En);
    let header: Vec<&str> = table
        .lines()
        .next()
        .expect("a header")
        .split('\t')
        .collect();
    let value = header
        .iter()
        .position(|h| *h == "Value")
        .expect("a value column");
    for (line, found) in table.lines().skip(1).zip(&analysis.measures) {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() == header.len() {
            assert_eq!(
                cells[value].parse::<f64>().ok(),
                Some(found.measure.value),
                "{line}"
            );
        }
    }
}

#[test]
fn problems_and_qualifiers_are_said_in_chinese_in_the_chinese_interface() {
    assert_eq!(
        Lang::Zh.problem("a figure looks damaged: “.5元”"),
        "数字似乎已损坏，未读取: “.5元”"
    );
    assert_eq!(
        Lang::En.problem("a figure looks damaged: x"),
        "a figure looks damaged: x"
    );
    assert_eq!(
        Lang::Zh.qualifier(minsheng::measure::Qualifier::Exact),
        "确切"
    );
    assert_eq!(Lang::En.tr(minsheng::gui::i18n::T::Area), "Urban/rural");
    assert_eq!(
        Lang::En.tr(minsheng::gui::i18n::T::SideJoint),
        "urban and rural together"
    );
}

#[test]
fn small_multiples_are_exported_whole_with_one_legend_and_named_axes() {
    let analysis = dev();
    let provinces = provinces_with_data(&analysis);
    let keys = aggregate::keys_with_data(&analysis.measures);
    let models = minsheng::present::overview::models(
        &analysis,
        &keys,
        &provinces,
        Lang::Zh,
        &Default::default(),
    );
    let size = minsheng::gui::views::overview::export_size(&models);
    let texts = texts_drawn(size, |ui| {
        minsheng::gui::views::overview::multiples_scene_ui(ui, &models, Lang::Zh, FOOTNOTE);
    });
    let page = Rect::from_min_size(egui::Pos2::ZERO, size);
    for (text, rect) in &texts {
        assert!(
            page.expand(0.5).contains_rect(*rect),
            "{text:?} at {rect:?} is cut"
        );
    }
    for model in &models {
        assert!(
            texts.iter().any(|(t, _)| *t == model.title),
            "{}",
            model.title
        );
        let unit = chart::unit_label(model.key, Lang::Zh);
        assert!(texts.iter().any(|(t, _)| *t == unit), "{unit}");
    }
    let provinces_named = texts.iter().filter(|(t, _)| t == "省份").count();
    assert_eq!(
        provinces_named,
        models.len(),
        "each panel names its axis of provinces"
    );
    // One legend, by side: no province names in it.
    assert_eq!(texts.iter().filter(|(t, _)| t == "城市").count(), 1);
}

#[test]
fn chart_takes_a_measure_without_its_period_and_its_help_says_what_it_draws() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_minsheng"))
        .args([
            "chart",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dev/corpus"),
        ])
        .args(["--measure", "temporary_assistance:amount_total"])
        .arg("--data")
        .arg(crate::temp_dir("chart-total").join("bars.csv"))
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_minsheng"))
        .args(["chart", "--help"])
        .output()
        .expect("runs");
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(!help.contains("all with data"), "{help}");
    assert!(help.contains("无数据"), "{help}");
}

fn snapshot(name: &str, scene: Scene, lang: Lang, size: egui::Vec2) {
    let job = ExportJob {
        scene,
        lang,
        footnote: FOOTNOTE.to_owned(),
        canvas: Canvas {
            size,
            scale: 1.0,
            white: true,
            dark: false,
        },
    };
    let image = job.render().expect("rendered");
    egui_kittest::image_snapshot(&image, name);
}

#[test]
fn exported_compare_charts_of_the_dev_texts_match_their_snapshots() {
    for lang in [Lang::Zh, Lang::En] {
        let model = dev_chart(lang, &Choice::default());
        for (w, h) in SIZES {
            let code = if lang == Lang::En { "en" } else { "zh" };
            snapshot(
                &format!("report_compare_{code}_{w}x{h}"),
                Scene::Chart(model.clone(), RowOptions::default()),
                lang,
                egui::vec2(w, h),
            );
        }
    }
}

#[test]
fn exported_maps_and_multiples_of_the_dev_texts_match_their_snapshots() {
    let analysis = dev();
    let provinces = provinces_with_data(&analysis);
    let keys: Vec<_> = aggregate::keys_with_data(&analysis.measures)
        .into_iter()
        .take(6)
        .collect();
    for lang in [Lang::Zh, Lang::En] {
        let code = if lang == Lang::En { "en" } else { "zh" };
        let map = minsheng::present::map::map_model(
            &analysis,
            minimum_living_monthly(),
            lang,
            &Default::default(),
        );
        let multiples = minsheng::present::overview::models(
            &analysis,
            &keys,
            &provinces,
            lang,
            &Default::default(),
        );
        for (w, h) in SIZES {
            snapshot(
                &format!("report_map_{code}_{w}x{h}"),
                Scene::Map(map.clone()),
                lang,
                egui::vec2(w, h),
            );
            snapshot(
                &format!("report_multiples_{code}_{w}x{h}"),
                Scene::Multiples(multiples.clone()),
                lang,
                egui::vec2(w, h),
            );
        }
    }
}

#[test]
fn with_the_evidence_panel_open_in_the_smallest_window_every_row_keeps_its_name() {
    use egui_kittest::kittest::Queryable as _;
    let mut app = super::app_with(super::cancelled());
    app.settings.selected = vec!["宁夏".into(), "青海".into(), "北京".into()];
    app.settings.measure = Some(super::TEMPORARY_PER_PERSON_ONCE);
    let size = egui::vec2(900.0, 600.0);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(size)
        .with_context_setup(minsheng::gui::install_fonts)
        .with_max_steps(12)
        .build_ui_state(
            |ui, app: &mut minsheng::gui::app::MinshengApp| app.ui(ui),
            app,
        );
    harness.run();
    harness.get_by_label_contains("宁夏 城市 ").click();
    harness.run();
    harness.get_by_label("出处");
    let panel_left = harness.get_by_label("出处").rect().left();
    let mut texts = Vec::new();
    fn walk(shape: &Shape, out: &mut Vec<(String, Rect)>) {
        match shape {
            Shape::Text(text) => out.push((
                text.galley.text().to_owned(),
                text.galley.rect.translate(text.pos.to_vec2()),
            )),
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, &mut texts);
    }
    for name in ["宁夏", "青海"] {
        let in_chart = texts
            .iter()
            .filter(|(t, r)| t == name && r.left() > 250.0 && r.right() < panel_left)
            .count();
        assert_eq!(in_chart, 1, "{name}'s row is named beside the panel");
    }
    assert!(
        texts.iter().any(|(t, _)| t == "无数据: 北京"),
        "the province without data is named"
    );
}

#[test]
fn copy_chart_data_puts_the_bars_on_the_clipboard_as_raw_numbers() {
    use egui_kittest::kittest::Queryable as _;
    use minsheng::gui::views::compare::CompareView;
    let settings = minsheng::gui::app::Settings {
        selected: vec!["宁夏".into(), "青海".into()],
        measure: Some(super::TEMPORARY_PER_PERSON_ONCE),
        ..Default::default()
    };
    let mut harness = super::alone(CompareView::default(), settings, CompareView::ui);
    harness.run();
    harness.get_by_label("复制图表数据").click();
    harness.step();
    let copied =
        super::clipboard::copied_text(&harness.output().platform_output.commands).expect("copied");
    let lines: Vec<&str> = copied.lines().collect();
    assert!(
        lines[0].starts_with("省份\t城乡\t数值\t上限\t单位\t"),
        "{}",
        lines[0]
    );
    assert!(
        lines.contains(&"宁夏\t城市\t3000\t\t元/人\t至少\t\t\t\t全省\t一次性\t1\t1\t0"),
        "{copied}"
    );
}

#[test]
fn the_exported_title_carries_the_measure_its_unit_and_the_year_chosen() {
    let model = dev_chart(
        Lang::En,
        &Choice {
            year: YearChoice::Year(2022),
            ..Default::default()
        },
    );
    let texts = texts_drawn(egui::vec2(800.0, 500.0), |ui| {
        chart::export_scene_ui(ui, &model, RowOptions::default(), Lang::En, FOOTNOTE);
    });
    assert!(
        texts
            .iter()
            .any(|(t, _)| t
                == "Minimum living · Amount per person · monthly · 2022  yuan/person/month"),
        "{:?}",
        texts.first()
    );
}

/// The changes of 低保 · 每人金额 · 每月 on the dev texts, in `lang`.
fn dev_changes(lang: Lang) -> minsheng::present::change::ChangeModel {
    let analysis = dev();
    let provinces = provinces_with_data(&analysis);
    minsheng::present::change::ChangeModel::build(
        &analysis,
        minimum_living_monthly(),
        &provinces,
        lang,
        &Default::default(),
    )
}

#[test]
fn every_change_s_province_and_label_lies_inside_the_exported_page_at_every_size_in_both_languages()
{
    use minsheng::gui::views::change;
    for lang in [Lang::Zh, Lang::En] {
        let model = dev_changes(lang);
        assert!(model.dumbbells.len() > 20, "{}", model.dumbbells.len());
        for (w, h) in SIZES {
            let size = egui::vec2(w, h.max(change::export_height(&model)));
            let page = Rect::from_min_size(egui::Pos2::ZERO, size);
            let texts = texts_drawn(size, |ui| {
                change::export_scene_ui(ui, &model, lang, FOOTNOTE);
            });
            for (text, rect) in &texts {
                assert!(
                    page.expand(0.5).contains_rect(*rect),
                    "{lang:?} {w}×{h}: {text:?} at {rect:?} is outside the page"
                );
            }
            for mark in model.dumbbells.iter().chain(&model.increments) {
                assert!(
                    texts.iter().any(|(t, _)| *t == mark.name),
                    "{lang:?} {w}×{h}: no name {}",
                    mark.name
                );
                assert!(
                    texts.iter().any(|(t, _)| t.contains(&mark.label)),
                    "{lang:?} {w}×{h}: no label {}",
                    mark.label
                );
            }
            assert!(
                texts.iter().any(|(t, _)| t == FOOTNOTE),
                "{lang:?} {w}×{h}: no footnote"
            );
        }
    }
}

#[test]
fn exported_changes_of_the_dev_texts_match_their_snapshots() {
    for lang in [Lang::Zh, Lang::En] {
        let code = if lang == Lang::En { "en" } else { "zh" };
        let model = dev_changes(lang);
        for (w, h) in SIZES {
            snapshot(
                &format!("report_changes_{code}_{w}x{h}"),
                Scene::Changes(model.clone()),
                lang,
                egui::vec2(w, h),
            );
        }
    }
}

#[test]
fn the_exported_page_is_chosen_beside_the_scale_and_the_picture_takes_it() {
    use egui_kittest::kittest::Queryable as _;
    use minsheng::gui::app::Command;
    use minsheng::gui::views::View as _;
    use minsheng::gui::views::compare::CompareView;
    let mut harness = super::alone(CompareView::default(), Default::default(), CompareView::ui);
    harness.run();
    harness.get_by_label("页面").click();
    harness.run();
    harness.get_by_label("2400×1600").click();
    harness.run();
    assert!(
        harness
            .state()
            .commands
            .iter()
            .any(|c| matches!(c, Command::SetExportSize([2400, 1600]))),
        "the page size picked is a command"
    );
    let state = harness.state();
    let settings = minsheng::gui::app::Settings {
        export_size: [800, 500],
        ..state.settings.clone()
    };
    let ctx = minsheng::gui::views::Ctx::new(&state.data, &settings);
    let key = settings.measure.expect("a measure");
    let (_, size) = state.view.scene(&ctx, key).expect("a picture");
    assert_eq!(size, egui::vec2(800.0, 500.0));
}
