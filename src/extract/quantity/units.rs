//! Units after a number: currencies, money, counting words, sub-units and
//! magnitudes (万, 亿) written at the end of a number.

#[allow(clippy::wildcard_imports)]
use super::*;
use std::sync::LazyLock;

/// Currency words after a number, longest first.
pub(super) const CURRENCIES: [(&str, &str); 24] = [
    ("元人民币", "元"),
    ("人民币", "元"),
    ("瑞士法郎", "瑞士法郎"),
    ("新台币", "台币"),
    ("美元", "美元"),
    ("美圆", "美元"),
    ("美金", "美元"),
    ("欧元", "欧元"),
    ("日元", "日元"),
    ("港元", "港元"),
    ("港币", "港元"),
    ("台币", "台币"),
    ("英镑", "英镑"),
    ("韩元", "韩元"),
    ("卢布", "卢布"),
    ("法郎", "法郎"),
    ("奈拉", "奈拉"),
    ("比特币", "比特币"),
    ("澳元", "澳元"),
    ("加元", "加元"),
    ("元", "元"),
    ("块钱", "元"),
    ("块", "元"),
    ("圆", "元"),
];

/// Count and other measure words after a number, longest first.
pub(super) const COUNT_WORDS: [(&str, Unit); 45] = [
    ("个百分点", Unit::PercentagePoint),
    ("人次", Unit::PersonTimes),
    ("户次", Unit::HouseholdTimes),
    ("平方米", Unit::Other("平方米")),
    ("平方公里", Unit::Other("平方公里")),
    ("公里", Unit::Other("公里")),
    ("个月", Unit::Time("个月")),
    ("周岁", Unit::Time("岁")),
    ("小时", Unit::Time("小时")),
    ("季度", Unit::Time("季度")),
    ("余人", Unit::People),
    ("多人", Unit::People),
    ("人", Unit::People),
    ("名", Unit::People),
    ("位", Unit::People),
    ("户", Unit::Households),
    ("个", Unit::Units("个")),
    ("家", Unit::Units("家")),
    ("所", Unit::Units("所")),
    ("座", Unit::Units("座")),
    ("处", Unit::Units("处")),
    ("支", Unit::Units("支")),
    ("间", Unit::Units("间")),
    ("张", Unit::Units("张")),
    ("份", Unit::Other("份")),
    ("项", Unit::Other("项")),
    ("条", Unit::Other("条")),
    ("次", Unit::Other("次")),
    ("批", Unit::Other("批")),
    ("期", Unit::Other("期")),
    ("场", Unit::Other("场")),
    ("例", Unit::Other("例")),
    ("件", Unit::Other("件")),
    ("倍", Unit::Other("倍")),
    ("年", Unit::Time("年")),
    ("月", Unit::Time("月")),
    ("日", Unit::Time("日")),
    ("号", Unit::Time("日")),
    ("天", Unit::Time("天")),
    ("岁", Unit::Time("岁")),
    ("旬", Unit::Time("岁")),
    ("时", Unit::Time("时")),
    ("点", Unit::Time("时")),
    ("分钟", Unit::Time("分钟")),
    ("米", Unit::Other("米")),
];

/// Read the unit after a number; returns the char index after it.
pub(super) fn read_unit(c: &Chars<'_>, end: usize, q: &mut Quantity, n: &Number) -> usize {
    let mut k = end;
    // 余/多/近 between number and unit: 3400余个, 1.7万余家, 2000多户.
    if matches!(c.at(k), Some('余' | '多' | '来' | '几'))
        && !c.at(k + 1).is_some_and(|x| x == '万' || x == '亿')
    {
        q.qualifier = Qualifier::About;
        k += 1;
    }
    let k_unit = c.skip_spaces(k);
    if matches!(c.at(k_unit), Some('%' | '‰')) {
        q.unit = Unit::Percent;
        if c.at(k_unit) == Some('‰') {
            q.value /= 10.0;
        }
        return k_unit + 1;
    }
    // A unit word starts with the character after the number: where that
    // character starts none, the list need not be read.
    static CURRENCY_FIRSTS: LazyLock<CharSet> =
        LazyLock::new(|| CharSet::of(|c| CURRENCIES.iter().any(|p| p.0.starts_with(c))));
    static COUNT_FIRSTS: LazyLock<CharSet> =
        LazyLock::new(|| CharSet::of(|c| COUNT_WORDS.iter().any(|p| p.0.starts_with(c))));
    let first = c.at(k_unit).unwrap_or('\0');
    let currencies: &[(&str, &str)] = if CURRENCY_FIRSTS.contains(first) {
        &CURRENCIES
    } else {
        &[]
    };
    let count_words: &[(&str, Unit)] = if COUNT_FIRSTS.contains(first) {
        &COUNT_WORDS
    } else {
        &[]
    };
    // 万元, 亿元 were read as part of the number; 千元 too (8千元).
    for &(word, unit) in currencies {
        if c.starts_with(k_unit, word) {
            q.unit = if unit == "元" {
                Unit::Yuan
            } else {
                Unit::Currency(unit)
            };
            let mut e = k_unit + word.chars().count();
            // Sub-units: 五元三毛, 50元6角三分, 两美元又三美分, 10日元5日本銭.
            e = read_subunits(c, e, q);
            return e;
        }
    }
    // 九折, 三八折, 7.5折 and 三成, 7.2成, 三成半, 七成 六.
    if matches!(c.at(k_unit), Some('折' | '成'))
        && n.value > 0.0
        && !c.at(k_unit + 1).is_some_and(|x| {
            matches!(
                x,
                '为' | '本' | '员' | '果' | '立' | '都' | '效' | '交' | '熟' | '长' | '功'
            )
        })
    {
        let is_discount = c.at(k_unit) == Some('折');
        let v = n.value;
        let percent = if is_discount {
            if (10.0..100.0).contains(&v) && !n.arabic || (n.arabic && (10.0..100.0).contains(&v)) {
                v
            } else if v < 10.0 && v > 0.0 {
                v * 10.0
            } else {
                return k;
            }
        } else if v <= 10.0 {
            v * 10.0
        } else {
            return k;
        };
        q.unit = Unit::Percent;
        q.value = percent;
        let mut e = k_unit + 1;
        if !is_discount {
            if c.at(e) == Some('半') {
                q.value += 5.0;
                e += 1;
            } else {
                let e2 = c.skip_spaces(e);
                if (e2 >= e)
                    && let Some(d) = c.at(e2).and_then(chinese_digit)
                    && !c.at(e2 + 1).is_some_and(is_numeral_char)
                {
                    q.value += d;
                    e = e2 + 1;
                }
            }
        }
        return e;
    }
    for &(word, unit) in count_words {
        if c.starts_with(k_unit, word) {
            // 个百分点 may be spaced: 六   个 百 分点.
            q.unit = unit;
            let mut e = k_unit + word.chars().count();
            if unit == Unit::Units("个") {
                if let Some(pe) = spaced_word(c, k_unit, "个百分点") {
                    q.unit = Unit::PercentagePoint;
                    e = pe;
                } else if c.starts_with(k_unit, "个月") {
                    q.unit = Unit::Time("个月");
                    e = k_unit + 2;
                }
            }
            if matches!(unit, Unit::Time("时")) && c.at(e) == Some('间') {
                q.unit = Unit::Other("时间");
            }
            return e;
        }
    }
    if let Some(pe) = spaced_word(c, k_unit, "个百分点") {
        q.unit = Unit::PercentagePoint;
        return pe;
    }
    k
}

/// Match `word` at `i` allowing spaces between its characters.
pub(super) fn spaced_word(c: &Chars<'_>, i: usize, word: &str) -> Option<usize> {
    let mut k = i;
    for w in word.chars() {
        k = c.skip_spaces(k);
        if c.at(k) != Some(w) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

pub(super) fn read_subunits(c: &Chars<'_>, mut e: usize, q: &mut Quantity) -> usize {
    loop {
        let mut k = c.skip_spaces(e);
        if matches!(c.at(k), Some('又' | '零')) {
            k += 1;
        }
        let Some(n) = number(c, k) else { return e };
        let rest = n.end;
        let scale = if c.starts_with(rest, "美分") {
            Some((0.01, 2))
        } else if c.starts_with(rest, "日本銭") || c.starts_with(rest, "日本钱") {
            Some((0.01, 3))
        } else {
            match c.at(rest) {
                Some('角' | '毛') => Some((0.1, 1)),
                Some('分') if c.at(rest + 1).is_none_or(|x| x != '之') => Some((0.01, 1)),
                _ => None,
            }
        };
        let Some((scale, len)) = scale else { return e };
        q.value += n.value * scale;
        e = rest + len;
    }
}

/// The multiplier written at the end of a number (`三万` → 1e4, `15万` → 1e4).
pub(super) fn magnitude_suffix(c: &Chars<'_>, start: usize, end: usize) -> f64 {
    let mut m = 1.0;
    let mut k = end;
    while k > start {
        match c.at(k - 1).and_then(big_unit) {
            Some(b) => m *= b,
            None => break,
        }
        k -= 1;
    }
    if m == 1.0
        && let Some(u) = c.at(end - 1).and_then(small_unit)
        && end - start > 1
    {
        m = u;
    }
    m
}
