//! The number recogniser on its own.

use minsheng::extract::quantity::{self, Unit};
use minsheng::measure::Qualifier;

fn values(text: &str) -> Vec<f64> {
    let n = minsheng::corpus::normalize::normalize(text);
    quantity::find(&n.text)
        .iter()
        .filter(|q| q.value.is_finite())
        .map(|q| q.value)
        .collect()
}

fn first(text: &str) -> quantity::Quantity {
    let n = minsheng::corpus::normalize::normalize(text);
    quantity::find(&n.text)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("a quantity in {text:?}"))
}

#[test]
fn arabic_numbers_with_separators_decimals_and_full_width_digits() {
    assert_eq!(values("1,100"), [1100.0]);
    assert_eq!(values("1 105.5"), [1105.5]);
    assert_eq!(values("１２３４"), [1234.0]);
    assert_eq!(values("93.7"), [93.7]);
}

#[test]
fn chinese_numerals() {
    assert_eq!(values("一千二百三十四"), [1234.0]);
    assert_eq!(values("两千万"), [20_000_000.0]);
    assert_eq!(values("三千元"), [3000.0]);
    assert_eq!(values("七十八万五佰零六"), [780_506.0]);
    assert_eq!(values("零"), [0.0]);
    assert_eq!(values("两千四百五"), [2450.0]);
    assert_eq!(values("一万三"), [13000.0]);
}

#[test]
fn mixed_numerals_scale_by_wan_and_yi() {
    assert_eq!(values("1.7万"), [17000.0]);
    assert_eq!(values("57.57万"), [575_700.0]);
    assert_eq!(values("35亿"), [3_500_000_000.0]);
    assert_eq!(values("0.45亿"), [45_000_000.0]);
}

#[test]
fn percentages_including_cheng_and_zhe_but_not_percentage_points() {
    assert_eq!(first("93.7%").unit, Unit::Percent);
    assert_eq!(values("百分之五十五"), [55.0]);
    assert_eq!(values("三成"), [30.0]);
    assert_eq!(values("九折"), [90.0]);
    let q = first("提高2个百分点");
    assert_eq!((q.value, q.unit), (2.0, Unit::PercentagePoint));
}

#[test]
fn money_and_count_units() {
    assert_eq!(first("1.5万元").unit, Unit::Yuan);
    assert_eq!(first("8亿元人民币").value, 800_000_000.0);
    for (text, unit) in [
        ("3人", Unit::People),
        ("3名", Unit::People),
        ("3人次", Unit::PersonTimes),
        ("3户", Unit::Households),
        ("3户次", Unit::HouseholdTimes),
        ("3个", Unit::Units("个")),
        ("3家", Unit::Units("家")),
        ("3所", Unit::Units("所")),
        ("3座", Unit::Units("座")),
        ("3处", Unit::Units("处")),
        ("3支", Unit::Units("支")),
    ] {
        assert_eq!(first(text).unit, unit, "{text}");
    }
}

#[test]
fn ranges_carry_their_unit_over() {
    let q = first("8万元-15万元");
    assert_eq!(
        (q.value, q.value_max, q.unit),
        (80_000.0, Some(150_000.0), Unit::Yuan)
    );
    let q = first("780~800元");
    assert_eq!(
        (q.value, q.value_max, q.unit),
        (780.0, Some(800.0), Unit::Yuan)
    );
    let q = first("两到三万元");
    assert_eq!((q.value, q.value_max), (20_000.0, Some(30_000.0)));
}

#[test]
fn qualifiers() {
    for (text, qualifier) in [
        ("3000余人", Qualifier::About),
        ("2000多户", Qualifier::About),
        ("近2万家", Qualifier::About),
        ("约23万元", Qualifier::About),
        ("95%左右", Qualifier::About),
        ("超过6000名", Qualifier::AtLeast),
        ("80%以上", Qualifier::AtLeast),
        ("不低于3000元", Qualifier::AtLeast),
        ("不超过500元", Qualifier::AtMost),
        ("1000元以下", Qualifier::AtMost),
        ("不高于500元", Qualifier::AtMost),
    ] {
        assert_eq!(first(text).qualifier, qualifier, "{text}");
    }
}

#[test]
fn words_made_of_numerals_are_not_numbers() {
    assert!(values("一切都好").is_empty());
    assert!(values("我家在四川").is_empty());
    assert!(values("队伍登陆").is_empty());
}

#[test]
fn fractions_and_negative_numbers() {
    assert_eq!(values("五分之一"), [0.2]);
    assert_eq!(values("3/5"), [0.6]);
    assert_eq!(values("负三十二"), [-32.0]);
}
