//! The presentation models (`minsheng::present`), built from hand-made
//! measures and from the dev texts: lines over the years, urban–rural gaps,
//! percent changes, the store that builds each once, the views by name and
//! the CSV each view writes. None of it needs the dashboard.

use std::sync::Arc;

use minsheng::aggregate::{AreaChoice, Choice, MeasureKey, YearChoice};
use minsheng::analysis::Analysis;
use minsheng::measure::{Area, Category, Change, Found, Kind, Measure, Period, Qualifier, Span};
use minsheng::present::change::{self, Shape};
use minsheng::present::gap::{GapModel, GapSort};
use minsheng::present::i18n::Lang;
use minsheng::present::palette::{Dash, Hue, Paint};
use minsheng::present::trend::TrendModel;
use minsheng::present::{Store, VIEWS, ViewId, data};

/// `minimum_living:amount_per_person:month`.
pub fn monthly() -> MeasureKey {
    MeasureKey::parse("minimum_living:amount_per_person:month").expect("a key")
}

/// One measure of 低保 per person, as the extractor would give it.
pub struct Fig {
    pub province: &'static str,
    pub value: f64,
    pub year: Option<u16>,
    pub area: Area,
    pub change: Change,
    pub period: Period,
    pub doc: usize,
}

pub fn fig(province: &'static str, value: f64, year: Option<u16>, area: Area) -> Fig {
    Fig {
        province,
        value,
        year,
        area,
        change: Change::Level,
        period: Period::Month,
        doc: 0,
    }
}

pub fn analysis(figures: &[Fig]) -> Analysis {
    let measures = figures
        .iter()
        .enumerate()
        .map(|(i, f)| Found {
            measure: Measure {
                province: f.province.to_owned(),
                place: format!("{}某市", f.province),
                kind: Kind::AmountPerPerson,
                category: Category::MinimumLiving,
                value: f.value,
                value_max: None,
                period: Some(f.period),
                qualifier: Qualifier::Exact,
                year: f.year,
                area: f.area,
                change: f.change,
                published: String::new(),
                doc: format!("{:03}.txt", f.doc),
                quote: String::new(),
            },
            figure: Span {
                start: i * 10,
                end: i * 10 + 4,
            },
            clause: Span::default(),
            doc_index: f.doc,
            article_index: 0,
            line: i + 1,
            changed_to: None,
        })
        .collect();
    Analysis {
        measures,
        ..Analysis::default()
    }
}

pub fn provinces(names: &[&str]) -> Vec<String> {
    names.iter().map(|p| (*p).to_owned()).collect()
}

/// 青海: urban levels of 2021 and 2022 and an earlier value of 2008;
/// rural of 2022; a figure without a year; 甘肃 one urban level.
pub fn qinghai_and_gansu() -> Analysis {
    analysis(&[
        fig("青海", 700.0, Some(2021), Area::Urban),
        fig("青海", 730.0, Some(2022), Area::Urban),
        Fig {
            change: Change::Before,
            ..fig("青海", 580.0, Some(2008), Area::Urban)
        },
        fig("青海", 530.0, Some(2022), Area::Rural),
        fig("青海", 999.0, None, Area::Urban),
        fig("甘肃", 650.0, Some(2022), Area::Urban),
    ])
}

#[test]
fn a_trend_line_has_a_point_a_year_with_earlier_values_at_their_own_year() {
    let model = TrendModel::build(
        &qinghai_and_gansu(),
        monthly(),
        &provinces(&["甘肃", "青海"]),
        Lang::Zh,
        &Choice::default(),
    );
    type Line<'a> = (&'a str, Area, Vec<(u16, f64, bool)>);
    let lines: Vec<Line<'_>> = model
        .lines
        .iter()
        .map(|l| {
            let points = l
                .points
                .iter()
                .map(|p| (p.year, p.value, p.before))
                .collect();
            (l.province.as_str(), l.area, points)
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("甘肃", Area::Urban, vec![(2022, 650.0, false)]),
            (
                "青海",
                Area::Urban,
                vec![
                    (2008, 580.0, true),
                    (2021, 700.0, false),
                    (2022, 730.0, false)
                ]
            ),
            ("青海", Area::Rural, vec![(2022, 530.0, false)]),
        ]
    );
    assert_eq!(model.years, [2008, 2021, 2022]);
    assert_eq!(
        model.undated, 1,
        "the figure without a year is counted, not drawn"
    );
    assert_eq!(model.title, "低保 · 每人金额 · 每月 · 2008–2022");
    let qinghai = &model.lines[1];
    assert_eq!(qinghai.name, "青海 城市");
    assert_eq!(qinghai.dash, Dash::Dashed);
    assert_eq!(model.lines[2].dash, Dash::Dotted);
    assert_eq!(qinghai.color, Paint::province("青海"));
    assert_eq!(qinghai.years(), 3);
    assert!(
        qinghai
            .points
            .iter()
            .all(|p| p.on_line && !p.dated_by_document)
    );
    assert_eq!(
        qinghai.points[0].mentions,
        [2],
        "the point leads to its measure"
    );
    assert_eq!(qinghai.points[1].places, ["青海某市"]);
    assert!(
        qinghai.points[0]
            .hover
            .contains("2008: 580元/人·月 · 调整前的标准"),
        "{}",
        qinghai.points[0].hover
    );
    assert!(
        model
            .footnote_note(Lang::Zh)
            .contains("1 个没有年份的数字未画出")
    );
}

#[test]
fn two_figures_of_one_year_are_two_points_and_the_line_runs_through_the_level() {
    let data = analysis(&[
        Fig {
            change: Change::Before,
            ..fig("湖南", 600.0, Some(2020), Area::Joint)
        },
        fig("湖南", 650.0, Some(2020), Area::Joint),
        fig("湖南", 700.0, Some(2021), Area::Joint),
        // The same figure twice: one point with two mentions.
        Fig {
            doc: 1,
            ..fig("湖南", 700.0, Some(2021), Area::Joint)
        },
    ]);
    let model = TrendModel::build(
        &data,
        monthly(),
        &provinces(&["湖南"]),
        Lang::Zh,
        &Choice::default(),
    );
    let line = &model.lines[0];
    let points: Vec<(u16, f64, bool)> = line
        .points
        .iter()
        .map(|p| (p.year, p.value, p.on_line))
        .collect();
    assert_eq!(
        points,
        [
            (2020, 650.0, true),
            (2020, 600.0, false),
            (2021, 700.0, true)
        ]
    );
    assert_eq!(line.points[2].mentions.len(), 2);
    assert_eq!(line.points[2].documents, ["000.txt", "001.txt"]);
    assert_eq!(line.on_line().count(), 2);
    assert_eq!(line.name, "湖南");
    assert_eq!(line.dash, Dash::Solid);
}

#[test]
fn a_trend_takes_the_chosen_area_converts_if_asked_and_leaves_out_exclusions() {
    let data = analysis(&[
        fig("青海", 700.0, Some(2021), Area::Urban),
        fig("青海", 500.0, Some(2021), Area::Rural),
        Fig {
            period: Period::Year,
            ..fig("青海", 6600.0, Some(2022), Area::Rural)
        },
    ]);
    let build = |choice: &Choice| {
        TrendModel::build(&data, monthly(), &provinces(&["青海"]), Lang::Zh, choice)
    };
    let rural = build(&Choice {
        area: AreaChoice::Rural,
        ..Choice::default()
    });
    assert_eq!(rural.lines.len(), 1);
    assert_eq!(rural.lines[0].area, Area::Rural);
    assert_eq!(
        rural.lines[0].points.len(),
        1,
        "a yearly figure is not monthly"
    );
    let converted = build(&Choice {
        area: AreaChoice::Rural,
        convert: true,
        ..Choice::default()
    });
    let last = converted.lines[0].points.last().expect("a point");
    assert_eq!((last.year, last.value, last.converted), (2022, 550.0, true));
    assert_eq!(converted.converted, 1);
    let id = minsheng::aggregate::figure_id(&data.measures[0]);
    let without = build(&Choice {
        excluded: [id].into_iter().collect(),
        ..Choice::default()
    });
    assert_eq!(without.excluded, 1);
    assert!(without.lines.iter().all(|l| l.area != Area::Urban));
}

#[test]
fn the_gap_pairs_urban_and_rural_of_one_year_and_sorts_by_difference_or_ratio() {
    let data = analysis(&[
        fig("青海", 700.0, Some(2021), Area::Urban),
        fig("青海", 730.0, Some(2022), Area::Urban),
        fig("青海", 530.0, Some(2022), Area::Rural),
        fig("青海", 400.0, Some(2020), Area::Rural),
        fig("甘肃", 800.0, Some(2022), Area::Urban),
        fig("甘肃", 700.0, Some(2022), Area::Rural),
        // Neither states a year, but one document states both.
        Fig {
            doc: 3,
            ..fig("宁夏", 600.0, None, Area::Urban)
        },
        Fig {
            doc: 3,
            ..fig("宁夏", 300.0, None, Area::Rural)
        },
        // Years apart: no pair.
        fig("四川", 700.0, Some(2021), Area::Urban),
        fig("四川", 500.0, Some(2022), Area::Rural),
    ]);
    let all = provinces(&["四川", "甘肃", "青海", "宁夏"]);
    let model = GapModel::build(&data, monthly(), &all, Lang::Zh, &Choice::default());
    let rows: Vec<(&str, Option<u16>, f64, f64, f64)> = model
        .rows
        .iter()
        .map(|r| (r.province.as_str(), r.year, r.urban, r.rural, r.difference))
        .collect();
    assert_eq!(
        rows,
        [
            ("甘肃", Some(2022), 800.0, 700.0, 100.0),
            ("青海", Some(2022), 730.0, 530.0, 200.0),
            ("宁夏", None, 600.0, 300.0, 300.0),
        ]
    );
    assert_eq!(model.unpaired, ["四川"]);
    let qinghai = &model.rows[1];
    assert!((qinghai.ratio.expect("a ratio") - 530.0 / 730.0).abs() < 1e-12);
    assert_eq!(qinghai.ratio_label, "0.73");
    assert_eq!(qinghai.difference_label, "+200");
    assert_eq!(qinghai.urban_label, "730元/人·月");
    assert_eq!(qinghai.mentions, [1, 2]);
    let by = |sort| -> Vec<&str> {
        model
            .sorted(sort)
            .iter()
            .map(|r| r.province.as_str())
            .collect()
    };
    assert_eq!(by(GapSort::Province), ["甘肃", "青海", "宁夏"]);
    assert_eq!(by(GapSort::Difference), ["宁夏", "青海", "甘肃"]);
    assert_eq!(by(GapSort::Ratio), ["宁夏", "青海", "甘肃"]);

    let of_2021 = GapModel::build(
        &data,
        monthly(),
        &all,
        Lang::Zh,
        &Choice {
            year: YearChoice::Year(2020),
            ..Choice::default()
        },
    );
    assert!(of_2021.rows.is_empty(), "青海 has no urban level of 2020");
}

#[test]
fn percent_change_is_of_the_earlier_level_and_only_for_pairs() {
    let key = monthly();
    let pair = Shape::Dumbbell {
        before: 680.0,
        after: Some(730.0),
    };
    assert_eq!(change::delta(pair), Some(50.0));
    assert_eq!(
        change::change_text(pair, key, Lang::Zh),
        "+50元/人·月 · +7.4%"
    );
    let cut = Shape::Dumbbell {
        before: 800.0,
        after: Some(760.0),
    };
    assert_eq!(change::change_text(cut, key, Lang::Zh), "−40元/人·月 · −5%");
    let unknown = Shape::Dumbbell {
        before: 680.0,
        after: None,
    };
    assert_eq!(change::percent(unknown), None);
    assert_eq!(change::change_text(unknown, key, Lang::Zh), "");
    let from_zero = Shape::Dumbbell {
        before: 0.0,
        after: Some(30.0),
    };
    assert_eq!(change::percent(from_zero), None);
    assert_eq!(change::percent(Shape::Increment(30.0)), None);
    assert_eq!(change::percent_label(0.04, Lang::En), "±0%");
}

#[test]
fn the_store_builds_each_answer_once_per_generation_and_query() {
    let data = qinghai_and_gansu();
    let store = Store::default();
    let all = provinces(&["甘肃", "青海"]);
    let choice = Choice::default();
    let first = store.trend(1, &data, monthly(), &all, Lang::Zh, &choice);
    let again = store.trend(1, &data, monthly(), &all, Lang::Zh, &choice);
    assert!(
        Arc::ptr_eq(&first, &again),
        "the same query is answered from the store"
    );
    assert_eq!(store.len(), 1);
    let english = store.trend(1, &data, monthly(), &all, Lang::En, &choice);
    assert!(!Arc::ptr_eq(&first, &english));
    assert_eq!(english.lines[1].name, "Qinghai urban");
    let next = store.trend(2, &data, monthly(), &all, Lang::Zh, &choice);
    assert!(
        !Arc::ptr_eq(&first, &next),
        "a new analysis is a new answer"
    );
    let bars = store.bars(1, &data, monthly(), &all, Lang::Zh, &choice);
    assert_eq!(bars.bars.len(), 3);
    assert_eq!(store.len(), 4);
    // Bounded: old generations go first.
    for generation in 3..80 {
        store.years(generation, &data, monthly(), &all);
    }
    assert!(store.len() <= 64, "{}", store.len());
}

#[test]
fn every_view_has_one_row_with_a_tab_and_command_line_names_are_unique() {
    let ids: Vec<ViewId> = VIEWS.iter().map(|v| v.id).collect();
    for (i, id) in ids.iter().enumerate() {
        assert!(!ids[i + 1..].contains(id), "{id:?} listed twice");
        assert_eq!(id.info().id, *id);
    }
    let codes = ViewId::codes();
    let mut unique = codes.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), codes.len());
    assert_eq!(ViewId::from_code("trend"), Some(ViewId::Trend));
    assert_eq!(ViewId::from_code("gap"), Some(ViewId::Gap));
    assert_eq!(ViewId::from_code("bars"), Some(ViewId::Compare));
    assert_eq!(ViewId::from_code("table"), None);
    assert!(ViewId::Trend.info().data && ViewId::Gap.info().data);
    assert_eq!(Lang::Zh.tr(ViewId::Trend.info().tab), "历年");
    assert_eq!(Lang::Zh.tr(ViewId::Gap.info().tab), "城乡差距");
}

#[test]
fn colours_are_palette_indexes_by_province_and_area() {
    assert_eq!(Paint::province("北京").hue, Hue::Province(0));
    assert_eq!(Paint::province("天津").hue, Hue::Province(1));
    assert_ne!(Paint::province("青海"), Paint::province("宁夏"));
    assert!(Paint::area(Area::Urban).faded(true).faded);
}

/// A CSV written by Minsheng (UTF-8 with a BOM): its header and rows.
pub(crate) fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<csv::StringRecord>) {
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "a BOM");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader
        .headers()
        .expect("headers")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader.records().map(|r| r.expect("a row")).collect();
    (headers, rows)
}

#[test]
fn each_view_writes_its_own_rows_and_a_view_without_figures_writes_none() {
    let data = qinghai_and_gansu();
    let all = provinces(&["甘肃", "青海"]);
    let choice = Choice::default();
    let request = data::Request {
        analysis: &data,
        store: None,
        key: monthly(),
        provinces: &all,
        lang: Lang::Zh,
        choice: &choice,
    };
    let write = |view| {
        let mut out = Vec::new();
        data::write_view(&mut out, view, &request).map(|()| out)
    };
    let (headers, rows) = csv_rows(&write(ViewId::Trend).expect("trend rows"));
    assert_eq!(headers, data::TREND_COLUMNS);
    assert_eq!(rows.len(), 5, "one row a point");
    let before = rows
        .iter()
        .find(|r| &r[2] == "2008")
        .expect("the 2008 point");
    assert_eq!(
        (&before[0], &before[1], &before[3], &before[6]),
        ("青海", "urban", "580", "before")
    );
    assert_eq!(&before[13], "青海某市");
    assert_eq!(&before[14], "000.txt");
    let (headers, rows) = csv_rows(&write(ViewId::Gap).expect("gap rows"));
    assert_eq!(headers, data::GAP_COLUMNS);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (&rows[0][0], &rows[0][1], &rows[0][4], &rows[0][5]),
        ("青海", "2022", "200", "0.726")
    );
    let (headers, rows) = csv_rows(&write(ViewId::Compare).expect("bar rows"));
    assert_eq!(headers, data::BAR_COLUMNS);
    assert_eq!(rows.len(), 3);
    assert!(write(ViewId::Table).is_err());
}

/// The dev texts read once for the tests below.
fn dev() -> &'static Analysis {
    static DEV: std::sync::LazyLock<Analysis> = std::sync::LazyLock::new(|| {
        let corpus = std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/dev/corpus"
        ));
        minsheng::analysis::analyze_paths(
            &[corpus],
            minsheng::analysis::Options::default(),
            &|_| {},
            &std::sync::atomic::AtomicBool::new(false),
        )
    });
    &DEV
}

#[test]
fn on_the_dev_texts_the_monthly_minimum_living_standard_has_lines_over_years() {
    let analysis = dev();
    let all: Vec<String> = minsheng::measure::PROVINCES
        .iter()
        .map(|p| (*p).to_owned())
        .collect();
    let model = TrendModel::build(analysis, monthly(), &all, Lang::Zh, &Choice::default());
    let long: Vec<(String, usize)> = model
        .lines
        .iter()
        .filter(|l| l.years() >= 2)
        .map(|l| (l.name.clone(), l.years()))
        .collect();
    assert!(long.len() >= 3, "lines with two years or more: {long:?}");
    // Every point is a level or an earlier value of this measure, of its year.
    for line in &model.lines {
        for point in &line.points {
            for &i in &point.mentions {
                let m = &analysis.measures[i].measure;
                assert_eq!(m.year, Some(point.year));
                assert_eq!(m.value, point.value);
                assert_eq!(m.province, line.province);
                assert!(matches!(m.change, Change::Level | Change::Before));
            }
        }
    }
}
