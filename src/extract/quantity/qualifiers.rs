//! Qualifiers on both sides of a number: bounds (`不低于`, `以上`) and
//! estimates (`约`, `余`, `左右`).

#[allow(clippy::wildcard_imports)]
use super::*;

/// Words before a number that qualify it (约, 近, 超过, 不低于, …).
pub const QUALIFIERS_BEFORE: [(&str, Qualifier); 22] = [
    ("不低于", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("不小于", Qualifier::AtLeast),
    ("超过", Qualifier::AtLeast),
    ("多于", Qualifier::AtLeast),
    ("高于", Qualifier::AtLeast),
    ("逾", Qualifier::AtLeast),
    ("超", Qualifier::AtLeast),
    ("不超过", Qualifier::AtMost),
    ("不高于", Qualifier::AtMost),
    ("不多于", Qualifier::AtMost),
    ("不大于", Qualifier::AtMost),
    ("不足", Qualifier::AtMost),
    ("低于", Qualifier::AtMost),
    ("少于", Qualifier::AtMost),
    ("最高", Qualifier::AtMost),
    ("大约", Qualifier::About),
    ("将近", Qualifier::About),
    ("接近", Qualifier::About),
    ("约", Qualifier::About),
    ("近", Qualifier::About),
    ("最低", Qualifier::AtLeast),
];

/// Qualifiers before (约, 近, 超过, 不低于, …) and after (左右, 以上, 以下, …).
pub(super) fn read_qualifiers(c: &Chars<'_>, start: usize, end: usize, q: &mut Quantity) -> usize {
    let mut k = start;
    while k > 0 && c.at(k - 1) == Some(' ') {
        k -= 1;
    }
    for (word, qual) in QUALIFIERS_BEFORE {
        if c.ends_with(k, word) {
            // 不超过 must not read as 超过.
            let longer = QUALIFIERS_BEFORE
                .iter()
                .any(|(w, _)| w.len() > word.len() && c.ends_with(k, w));
            if longer {
                continue;
            }
            // 附近, 最近, 临近: not "nearly".
            if word == "近"
                && k >= 2
                && matches!(
                    c.at(k - 2),
                    Some('最' | '附' | '临' | '就' | '靠' | '接' | '将')
                )
            {
                continue;
            }
            if q.qualifier == Qualifier::Exact || qual != Qualifier::About {
                q.qualifier = qual;
            }
            break;
        }
    }
    let mut e = end;
    const AFTER: [(&str, Qualifier); 9] = [
        ("左右", Qualifier::About),
        ("上下", Qualifier::About),
        ("以上", Qualifier::AtLeast),
        ("之上", Qualifier::AtLeast),
        ("以下", Qualifier::AtMost),
        ("以内", Qualifier::AtMost),
        ("之内", Qualifier::AtMost),
        ("余", Qualifier::About),
        ("多", Qualifier::About),
    ];
    for (word, qual) in AFTER {
        if c.starts_with(e, word) {
            // "余" and "多" only right after a unit (100余万元 is read above).
            if matches!(word, "余" | "多") && q.unit == Unit::None {
                break;
            }
            if matches!(word, "余" | "多")
                && !matches!(
                    q.unit,
                    Unit::Yuan | Unit::Households | Unit::People | Unit::Units(_)
                )
            {
                break;
            }
            q.qualifier = qual;
            e += word.chars().count();
            break;
        }
    }
    e
}
