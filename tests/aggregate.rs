//! Bars from hand-built measures: only levels are drawn, urban and rural of
//! one province are two bars, and each bar carries its year and the counts
//! of figures and documents behind it.

use minsheng::aggregate::{self, MeasureKey};
use minsheng::measure::{Area, Category, Change, Found, Kind, Measure, Period, Qualifier, Span};

/// `minimum_living:amount_per_person:month`.
fn key() -> MeasureKey {
    MeasureKey {
        category: Category::MinimumLiving,
        kind: Kind::AmountPerPerson,
        period: Some(Period::Month),
    }
}

fn found(province: &str, value: f64, year: Option<u16>, area: Area, change: Change) -> Found {
    Found {
        measure: Measure {
            province: province.to_owned(),
            place: String::new(),
            kind: Kind::AmountPerPerson,
            category: Category::MinimumLiving,
            value,
            value_max: None,
            period: Some(Period::Month),
            qualifier: Qualifier::Exact,
            year,
            area,
            change,
            published: String::new(),
            doc: "001.txt".to_owned(),
            quote: String::new(),
        },
        figure: Span::default(),
        clause: Span::default(),
        doc_index: 0,
        article_index: 0,
        line: 1,
        changed_to: None,
    }
}

fn provinces(names: &[&str]) -> Vec<String> {
    names.iter().map(|p| (*p).to_owned()).collect()
}

#[test]
fn an_increase_or_an_earlier_value_never_becomes_a_bar() {
    let mut before = found("青海", 680.0, Some(2023), Area::Joint, Change::Before);
    before.changed_to = Some(1);
    let measures = vec![
        before,
        found("青海", 730.0, Some(2023), Area::Joint, Change::Level),
        found("青海", 50.0, Some(2023), Area::Joint, Change::Increase),
        found("甘肃", 30.0, Some(2024), Area::Joint, Change::Increase),
    ];
    let bars = aggregate::bars(&measures, key(), &provinces(&["青海", "甘肃"]));
    assert_eq!(bars.len(), 1, "{bars:?}");
    assert_eq!(bars[0].province, "青海");
    assert_eq!(bars[0].shown.value, 730.0);
    assert!(bars[0].others.is_empty(), "{:?}", bars[0].others);
    assert_eq!(bars[0].figures, 1);

    let changes = aggregate::changes(&measures, key(), &provinces(&["青海", "甘肃"]));
    let labels: Vec<_> = changes
        .iter()
        .map(|c| {
            (
                c.province.as_str(),
                c.label(Kind::AmountPerPerson, Some(Period::Month)),
            )
        })
        .collect();
    assert_eq!(
        labels,
        [
            ("青海", "680 → 730元/人·月".to_owned()),
            ("青海", "+50元/人·月".to_owned()),
            ("甘肃", "+30元/人·月".to_owned()),
        ]
    );
}

#[test]
fn urban_and_rural_of_one_province_are_two_bars() {
    let measures = vec![
        found("某", 800.0, None, Area::Urban, Change::Level),
        found("宁夏", 800.0, Some(2023), Area::Urban, Change::Level),
        found("宁夏", 500.0, Some(2023), Area::Rural, Change::Level),
        found("宁夏", 500.0, Some(2023), Area::Rural, Change::Level),
    ];
    let bars = aggregate::bars(&measures, key(), &provinces(&["宁夏"]));
    let got: Vec<_> = bars.iter().map(|b| (b.area, b.shown.value)).collect();
    assert_eq!(got, [(Area::Urban, 800.0), (Area::Rural, 500.0)]);
    assert_eq!(bars[1].source_count(), 2);
    assert_eq!(
        aggregate::areas(&measures, key()),
        [Area::Urban, Area::Rural]
    );
}

#[test]
fn a_bar_carries_its_year_and_the_figures_and_documents_behind_it() {
    let mut older = found("北京", 1245.0, Some(2022), Area::Joint, Change::Level);
    older.doc_index = 3;
    let measures = vec![
        older,
        found("北京", 1320.0, Some(2023), Area::Joint, Change::Level),
        found("北京", 1320.0, Some(2023), Area::Joint, Change::Level),
        found("天津", 1010.0, None, Area::Joint, Change::Level),
    ];
    let bars = aggregate::bars(&measures, key(), &provinces(&["北京", "天津", "上海"]));
    let got: Vec<_> = bars
        .iter()
        .map(|b| (b.province.as_str(), b.year, b.figures, b.documents))
        .collect();
    assert_eq!(got, [("北京", Some(2023), 2, 2), ("天津", None, 1, 1)]);
    assert_eq!(bars[0].shown.value, 1320.0);
    assert_eq!(bars[0].others[0].year, Some(2022));
}

#[test]
fn a_value_thirty_times_the_median_of_the_other_provinces_is_suspicious() {
    let others = [700.0, 750.0, 800.0];
    assert!(aggregate::suspicious(75_000.0, &others), "100× the median");
    assert!(aggregate::suspicious(22_500.0, &others), "exactly 30×");
    assert!(!aggregate::suspicious(22_000.0, &others));
    assert!(aggregate::suspicious(20.0, &others), "a thirtieth or less");
    assert!(!aggregate::suspicious(30.0, &others));
    assert!(
        !aggregate::suspicious(75_000.0, &others[..2]),
        "two other provinces are too few to judge"
    );
    // On bars: 西藏's 73,000 (a yearly figure typed as monthly) is flagged, the rest not.
    let mut measures: Vec<Found> = [("青海", 700.0), ("甘肃", 750.0), ("宁夏", 800.0)]
        .into_iter()
        .map(|(p, v)| found(p, v, Some(2023), Area::Joint, Change::Level))
        .collect();
    measures.push(found(
        "西藏",
        73_000.0,
        Some(2023),
        Area::Joint,
        Change::Level,
    ));
    let flagged = aggregate::suspicious_bars(&measures, key(), &aggregate::Choice::default());
    assert_eq!(
        flagged.into_iter().collect::<Vec<_>>(),
        [("西藏".to_owned(), Area::Joint)]
    );
}

#[test]
fn converting_takes_in_the_other_periods_amounts_divided_by_twelve_and_marks_them() {
    let mut yearly = found("甘肃", 9_600.0, Some(2024), Area::Joint, Change::Level);
    yearly.measure.period = Some(Period::Year);
    let measures = vec![
        found("青海", 730.0, Some(2023), Area::Joint, Change::Level),
        yearly,
    ];
    let plain = aggregate::bars(&measures, key(), &provinces(&["青海", "甘肃"]));
    assert_eq!(plain.len(), 1, "a yearly figure is another measure");
    let choice = aggregate::Choice {
        convert: true,
        ..Default::default()
    };
    let bars = aggregate::bars_with(&measures, key(), &provinces(&["青海", "甘肃"]), &choice);
    let shown: Vec<(&str, f64, bool)> = bars
        .iter()
        .map(|b| (b.province.as_str(), b.shown.value, b.shown.converted))
        .collect();
    assert_eq!(shown, [("青海", 730.0, false), ("甘肃", 800.0, true)]);
    // And a monthly one on the yearly chart, ×12.
    let yearly_key = MeasureKey {
        period: Some(Period::Year),
        ..key()
    };
    let bars = aggregate::bars_with(&measures, yearly_key, &provinces(&["青海"]), &choice);
    assert_eq!(bars[0].shown.value, 730.0 * 12.0);
    assert!(bars[0].shown.converted);
}

#[test]
fn an_excluded_figure_leaves_its_bar_and_is_counted_on_it() {
    let mut wrong = found("青海", 7_300.0, Some(2024), Area::Joint, Change::Level);
    wrong.figure = Span { start: 40, end: 47 };
    let measures = vec![
        found("青海", 730.0, Some(2023), Area::Joint, Change::Level),
        wrong,
    ];
    let bars = aggregate::bars(&measures, key(), &provinces(&["青海"]));
    assert_eq!(bars[0].shown.value, 7_300.0, "the latest is drawn");
    let id = aggregate::figure_id(&measures[1]);
    assert_eq!(id, "001.txt@40..47=7300");
    let choice = aggregate::Choice {
        excluded: [id].into_iter().collect(),
        ..Default::default()
    };
    let bars = aggregate::bars_with(&measures, key(), &provinces(&["青海"]), &choice);
    assert_eq!(
        (bars[0].shown.value, bars[0].figures, bars[0].excluded),
        (730.0, 1, 1)
    );
}

#[test]
fn a_figure_far_from_the_other_provinces_figures_is_flagged_for_the_table() {
    let mut measures: Vec<Found> = [("青海", 700.0), ("甘肃", 750.0), ("宁夏", 800.0)]
        .into_iter()
        .map(|(p, v)| found(p, v, Some(2023), Area::Joint, Change::Level))
        .collect();
    // A second figure of 宁夏 does not make 宁夏 its own yardstick.
    measures.push(found("宁夏", 810.0, Some(2022), Area::Joint, Change::Level));
    measures.push(found(
        "西藏",
        73_000.0,
        Some(2023),
        Area::Joint,
        Change::Level,
    ));
    // An increase is no level, and a rural figure has its own yardstick.
    measures.push(found("青海", 90_000.0, None, Area::Joint, Change::Increase));
    measures.push(found("青海", 400.0, None, Area::Rural, Change::Level));
    let flagged = aggregate::suspicious_figures(&measures);
    assert_eq!(flagged.into_iter().collect::<Vec<_>>(), [4]);
}

#[test]
fn a_change_is_dated_by_its_new_level_and_an_increase_by_its_own_year() {
    let mut before = found("青海", 580.0, Some(2008), Area::Joint, Change::Before);
    before.changed_to = Some(1);
    let measures = vec![
        before,
        found("青海", 730.0, None, Area::Joint, Change::Level),
        found("青海", 30.0, Some(2022), Area::Joint, Change::Increase),
    ];
    let changes = aggregate::changes(&measures, key(), &provinces(&["青海"]));
    let years: Vec<(Change, Option<u16>)> = changes.iter().map(|c| (c.change, c.year)).collect();
    assert_eq!(
        years,
        [(Change::Before, None), (Change::Increase, Some(2022))],
        "the earlier value's own year is not the change's"
    );
}
