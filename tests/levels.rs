//! Place levels: a province's bar shows its own figure before any of its
//! places', and says so when it shows a place's.

use minsheng::aggregate::{self, Choice};
use minsheng::gazetteer::place_level;
use minsheng::measure::{Area, PlaceLevel};
use minsheng::present::chart::ChartModel;
use minsheng::present::data;
use minsheng::present::i18n::Lang;

use crate::present::{analysis, fig, monthly, provinces};

#[test]
fn a_figure_without_a_place_or_with_its_province_is_province_wide() {
    assert_eq!(place_level("辽宁", ""), PlaceLevel::Province);
    assert_eq!(place_level("辽宁", "辽宁"), PlaceLevel::Province);
    assert_eq!(place_level("辽宁", "辽宁省"), PlaceLevel::Province);
    assert_eq!(place_level("北京", "北京市"), PlaceLevel::Province);
    assert_eq!(place_level("广西", "全自治区"), PlaceLevel::Province);
}

#[test]
fn a_city_a_county_and_a_town_each_have_their_level_in_any_script() {
    assert_eq!(place_level("辽宁", "大连市"), PlaceLevel::Prefecture);
    assert_eq!(place_level("辽宁", "大連"), PlaceLevel::Prefecture);
    assert_eq!(place_level("内蒙古", "阿拉善盟"), PlaceLevel::Prefecture);
    assert_eq!(place_level("辽宁", "庄河市"), PlaceLevel::County);
    assert_eq!(place_level("黑龙江", "哈尔滨市阿城区"), PlaceLevel::County);
    assert_eq!(place_level("山西", "云州區(qū)"), PlaceLevel::County);
    assert_eq!(place_level("浙江", "溫州市區"), PlaceLevel::Prefecture);
    assert_eq!(place_level("湖南", "某某镇"), PlaceLevel::Town);
}

#[test]
fn a_list_of_places_stands_as_high_as_its_highest_place() {
    assert_eq!(
        place_level("辽宁", "普蘭店區、瓦房店市、莊河市"),
        PlaceLevel::County
    );
    assert_eq!(
        place_level("吉林", "长春市、延吉市、双阳区、农安县"),
        PlaceLevel::Prefecture
    );
}

/// 江苏: its own level of 2019 and 苏州's newer one; 浙江: only 杭州's.
fn province_and_cities() -> minsheng::analysis::Analysis {
    let mut a = analysis(&[
        fig("江苏", 500.0, Some(2019), Area::Joint),
        fig("江苏", 995.0, Some(2022), Area::Joint),
        fig("浙江", 819.0, Some(2016), Area::Joint),
    ]);
    a.measures[0].measure.place = String::new();
    a.measures[1].measure.place = "苏州市".to_owned();
    a.measures[2].measure.place = "杭州市".to_owned();
    a
}

#[test]
fn a_provinces_own_figure_is_shown_before_a_newer_figure_of_one_of_its_cities() {
    let a = province_and_cities();
    let bars = aggregate::bars(&a.measures, monthly(), &provinces(&["江苏"]));
    assert_eq!(bars.len(), 1);
    assert_eq!(bars[0].shown.value, 500.0);
    assert_eq!(bars[0].shown.level, PlaceLevel::Province);
    let other = &bars[0].others[0];
    assert_eq!((other.value, other.place.as_str()), (995.0, "苏州市"));
    assert_eq!(other.level, PlaceLevel::Prefecture);
}

#[test]
fn a_province_with_only_a_citys_figure_shows_it_named_lighter_and_footnoted() {
    let a = province_and_cities();
    let model = ChartModel::build(&a, monthly(), &provinces(&["江苏", "浙江"]), Lang::Zh);
    let zhejiang = model
        .bars
        .iter()
        .find(|b| b.province == "浙江")
        .expect("a bar");
    assert_eq!(zhejiang.name, "浙江 · 杭州市");
    assert_eq!(zhejiang.place, "杭州市");
    assert_eq!(zhejiang.level, PlaceLevel::Prefecture);
    assert!(zhejiang.color.faded, "one place's bar is drawn lighter");
    assert!(zhejiang.year_mark.contains("杭州市"), "the chart names it");
    assert!(zhejiang.hover.contains("杭州市"));
    let jiangsu = model
        .bars
        .iter()
        .find(|b| b.province == "江苏")
        .expect("as set up");
    assert_eq!(jiangsu.name, "江苏");
    assert!(!jiangsu.color.faded);
    assert!(jiangsu.place.is_empty());
    assert_eq!(model.local, 1);
    assert!(
        model.footnote_note(Lang::Zh).contains("浙江 · 杭州市"),
        "{}",
        model.footnote_note(Lang::Zh)
    );
}

#[test]
fn province_only_leaves_the_places_figures_out() {
    let a = province_and_cities();
    let choice = Choice {
        province_only: true,
        ..Choice::default()
    };
    let model = ChartModel::build_with(
        &a,
        monthly(),
        &provinces(&["江苏", "浙江"]),
        Lang::Zh,
        &choice,
    );
    let shown: Vec<(&str, f64)> = model
        .bars
        .iter()
        .map(|b| (b.province.as_str(), b.value))
        .collect();
    assert_eq!(shown, [("江苏", 500.0)]);
    assert_eq!(model.missing, [1.0], "浙江 keeps its slot, hollow");
}

#[test]
fn the_chart_data_names_each_bars_place_and_level() {
    let a = province_and_cities();
    let model = ChartModel::build(&a, monthly(), &provinces(&["江苏", "浙江"]), Lang::Zh);
    let mut out = Vec::new();
    data::write_bars(&mut out, &model, Lang::Zh).expect("as set up");
    let text = String::from_utf8(out).expect("as set up");
    let mut rows = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    let header = rows.headers().expect("as set up").clone();
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    let cells: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (&r[col("province")], &r[col("place")], &r[col("level")]))
        .collect();
    assert_eq!(
        cells,
        [("江苏", "", "province"), ("浙江", "杭州市", "prefecture")]
    );
    assert!(header.iter().any(|h| h == "published"));
}
