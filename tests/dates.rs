//! Dates: each article's own date (`published`), how it ranks figures
//! without a year of their own, and how bars, exports and the year picker
//! show it.

use minsheng::aggregate::{self, Choice, YearChoice};
use minsheng::analysis::{self, Analysis};
use minsheng::corpus::Document;
use minsheng::corpus::dateline::header_date;
use minsheng::measure::Area;
use minsheng::present::chart::ChartModel;
use minsheng::present::i18n::Lang;

use crate::present::{analysis as made, fig, monthly, provinces};

fn read(text: &str) -> Analysis {
    let doc =
        Document::from_bytes("news.txt", Default::default(), text.as_bytes()).expect("as set up");
    analysis::from_documents(vec![doc], Vec::new())
}

#[test]
fn header_lines_give_their_date_and_body_sentences_do_not() {
    let cases = [
        ("2013-12-03 12:27 来源:新华网", Some("2013-12-03")),
        ("时间:2015-03-30", Some("2015-03-30")),
        ("发布日期：2019年7月26日", Some("2019-07-26")),
        (
            "发布时间:2019年09月01日 08:11:00  来源: 云南日报",
            Some("2019-09-01"),
        ),
        ("来源:兰州日报  |  2022-04-14 09:53:28", Some("2022-04-14")),
        ("更新时间:2012/1/8", Some("2012-01-08")),
        ("（2019年7月26日）", Some("2019-07-26")),
        ("二〇一九年七月二十六日", Some("2019-07-26")),
        ("2023年", None),
        ("2019年7月起，城市低保标准提高到每人每月700元", None),
        ("全省共有低保对象120万人", None),
    ];
    for (line, expected) in cases {
        assert_eq!(header_date(line).as_deref(), expected, "{line}");
    }
}

#[test]
fn every_figure_of_an_article_gets_the_date_it_states_in_any_script() {
    let a = read(
        "青海提高城乡低保標準\n發布時間：2015年3月30日 來源：青海日報\n\n\
         青海省城市低保標準提高到每人每月500元，農村低保標準提高到每人每年3000元。\n",
    );
    assert!(a.measures.len() >= 2, "{:?}", a.measures);
    for f in &a.measures {
        assert_eq!(f.measure.published, "2015-03-30", "{:?}", f.measure);
        assert_eq!(f.measure.year, None, "the date never stands for a year");
    }
}

#[test]
fn a_notices_closing_date_dates_its_figures() {
    let a = read(
        "关于提高城乡低保标准的通知\n\n全省城市低保标准提高到每人每月600元。\n\n\
         省民政厅\n（2019年7月26日）\n",
    );
    assert!(!a.measures.is_empty());
    assert!(
        a.measures
            .iter()
            .all(|f| f.measure.published == "2019-07-26")
    );
}

#[test]
fn the_record_carries_published_after_change_and_reads_back() {
    let a = read("时间:2015-03-30\n\n青海省城市低保标准提高到每人每月500元。\n");
    let mut out = Vec::new();
    minsheng::export::write_jsonl(&mut out, &a.measures).expect("as set up");
    let text = String::from_utf8(out).expect("as set up");
    let line = text.lines().next().expect("as set up");
    let change = line.find("\"change\"").expect("as set up");
    let published = line.find("\"published\": \"2015-03-30\"").expect(line);
    let doc = line.find("\"doc\"").expect("as set up");
    assert!(change < published && published < doc, "{line}");
    let back = minsheng::import::parse_jsonl(&text);
    assert_eq!(back.records[0].measure.published, "2015-03-30");
    let mut csv = Vec::new();
    minsheng::export::write_csv(&mut csv, &a.measures, &a.documents).expect("as set up");
    let back = minsheng::import::parse_csv(&csv).expect("as set up");
    assert_eq!(back.records[0].measure.published, "2015-03-30");
}

/// 青海: a level of 2010, and an undated one in an article of 2023.
fn old_and_undated() -> Analysis {
    let mut a = made(&[
        fig("青海", 300.0, Some(2010), Area::Joint),
        fig("青海", 700.0, None, Area::Joint),
    ]);
    for f in &mut a.measures {
        f.measure.place = String::new();
    }
    a.measures[1].measure.published = "2023-05-01".to_owned();
    a
}

#[test]
fn latest_ranks_an_undated_figure_by_its_articles_date() {
    let a = old_and_undated();
    let bars = aggregate::bars(&a.measures, monthly(), &provinces(&["青海"]));
    assert_eq!(bars[0].shown.value, 700.0);
    assert_eq!(bars[0].year, None, "its year stays unknown");
}

#[test]
fn a_bar_dated_by_its_article_says_published_in_label_hover_and_data() {
    let a = old_and_undated();
    let model = ChartModel::build(&a, monthly(), &provinces(&["青海"]), Lang::Zh);
    let bar = &model.bars[0];
    assert_eq!(bar.year_label, "发布于2023");
    assert!(bar.year_mark.contains("发布于"));
    assert!(bar.hover.contains("2023-05-01"), "{}", bar.hover);
    let mut out = Vec::new();
    minsheng::present::data::write_bars(&mut out, &model, Lang::Zh).expect("as set up");
    let text = String::from_utf8(out).expect("as set up");
    let mut rows = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    let header = rows.headers().expect("as set up").clone();
    let year = header.iter().position(|h| h == "year").expect("as set up");
    let published = header
        .iter()
        .position(|h| h == "published")
        .expect("as set up");
    assert_eq!(published, year + 1, "published stands beside year");
    let row = rows
        .records()
        .next()
        .expect("as set up")
        .expect("as set up");
    assert_eq!((&row[year], &row[published]), ("", "2023-05-01"));
}

#[test]
fn one_year_keeps_strict_years_unless_figures_dated_by_their_document_are_asked_for() {
    let a = old_and_undated();
    let strict = Choice {
        year: YearChoice::Year(2023),
        ..Choice::default()
    };
    let model = ChartModel::build_with(&a, monthly(), &provinces(&["青海"]), Lang::Zh, &strict);
    assert!(model.bars.is_empty(), "no figure states 2023");
    let dated = Choice {
        dated_by_document: true,
        ..strict
    };
    let model = ChartModel::build_with(&a, monthly(), &provinces(&["青海"]), Lang::Zh, &dated);
    assert_eq!(model.bars.len(), 1);
    assert_eq!(model.bars[0].value, 700.0);
}
