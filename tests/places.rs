//! Places: two-character counties and the short forms of county and district
//! names place a figure where they stand as a word, and never from inside a
//! longer word.

use minsheng::corpus::Document;
use minsheng::gazetteer::Gazetteer;
use minsheng::measure::Measure;

fn measures(text: &str) -> Vec<Measure> {
    let doc = Document::from_bytes("t.txt", Default::default(), text.as_bytes()).expect("reads");
    minsheng::extract::extract_document(&doc, 0)
        .into_iter()
        .map(|f| f.measure)
        .collect()
}

/// The province of every figure of `value` in `text`: there must be one.
fn province_of(text: &str, value: f64) -> String {
    let found = measures(text);
    let with_value: Vec<&Measure> = found
        .iter()
        .filter(|m| (m.value - value).abs() < 1e-6)
        .collect();
    assert!(
        !with_value.is_empty(),
        "a figure of {value} in {text:?}: {found:#?}"
    );
    let province = with_value[0].province.clone();
    assert!(
        with_value.iter().all(|m| m.province == province),
        "one province for {value} in {text:?}: {with_value:#?}"
    );
    province
}

/// The place names found in `text`.
fn names(text: &str) -> Vec<&'static str> {
    Gazetteer::get()
        .find_all(text)
        .into_iter()
        .map(|m| m.name)
        .collect()
}

#[test]
fn a_two_character_county_places_its_figure() {
    // Before its office.
    assert_eq!(
        province_of(
            "沛县民政局日前公布,城乡低保对象每人每月补差标准不低于480元。",
            480.0
        ),
        "江苏"
    );
    // As the subject, before a time word.
    assert_eq!(
        province_of("睢县今年把特困人员基本生活标准定为每人每年6200元。", 6200.0),
        "河南"
    );
    // After its province, in the middle of a sentence.
    assert_eq!(
        province_of(
            "据了解,安徽萧县共为3150户困难家庭发放临时救助金,户均约900元。",
            3150.0
        ),
        "安徽"
    );
}

#[test]
fn a_short_form_standing_as_a_word_places_its_figure() {
    // 象山 (象山县, 浙江) as the subject.
    assert_eq!(
        province_of(
            "象山将农村低保标准从每人每月900元调整为每人每月980元。",
            980.0
        ),
        "浙江"
    );
    // 鄞州 (鄞州区, 浙江) before its office.
    assert_eq!(
        province_of(
            "鄞州民政局表示,辖区内孤儿基本生活费已提至每人每月2100元。",
            2100.0
        ),
        "浙江"
    );
    // 澄迈 (澄迈县, 海南) opening a headline.
    assert_eq!(
        province_of(
            "澄迈:城市低保标准提高\n城市低保标准由每人每月640元提高至每人每月690元。\n",
            690.0
        ),
        "海南"
    );
}

#[test]
fn a_name_inside_a_longer_word_is_no_place() {
    // 规定安排 and 决定安排 hold 定安 (海南), 提高县级 holds 高县 (四川).
    assert_eq!(
        province_of(
            "遵义市按照规定安排资金,将农村低保标准提高到每人每年6000元。",
            6000.0
        ),
        "贵州"
    );
    assert!(!names("县里决定安排专项资金").contains(&"定安"));
    assert!(!names("进一步提高县级统筹层次").contains(&"高县"));
    // 各市和县 is cities and counties, not 和县 (安徽).
    assert!(!names("要求各市和县抓好落实").contains(&"和县"));
    assert_eq!(
        province_of(
            "昆明市要求各区和县认真落实,城市低保标准不低于每人每月765元。",
            765.0
        ),
        "云南"
    );
}

#[test]
fn names_that_stand_as_words_are_found() {
    assert!(names("安徽和县发放救助金").contains(&"和县"));
    assert!(names("马鞍山市和县民政局").contains(&"和县"));
    assert!(names("安徽省和县今年").contains(&"和县"));
    assert!(names("赵县民政局").contains(&"赵县"));
    assert!(names("《象山县志》载").contains(&"象山县"));
    assert!(names("岷县今年").contains(&"岷县"));
}
