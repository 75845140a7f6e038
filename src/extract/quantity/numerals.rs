//! Numerals: Arabic numbers with their separators, Chinese numerals with
//! their place values, fractions, and the words in which numeral characters
//! are not numbers.

use std::sync::LazyLock;

#[allow(clippy::wildcard_imports)]
use super::*;

pub(super) fn chinese_digit(c: char) -> Option<f64> {
    Some(match c {
        '零' | '〇' => 0.0,
        '一' | '壹' | '幺' => 1.0,
        '二' | '两' | '贰' | '俩' | '倆' => 2.0,
        '三' | '叁' => 3.0,
        '四' | '肆' => 4.0,
        '五' | '伍' => 5.0,
        '六' | '陆' => 6.0,
        '七' | '柒' => 7.0,
        '八' | '捌' => 8.0,
        '九' | '玖' => 9.0,
        _ => return None,
    })
}

/// Financial forms that are also ordinary characters (伍 in 队伍, 陆 in 陆地):
/// numerals only beside other numerals.
pub(super) fn ambiguous_digit(c: char) -> bool {
    matches!(c, '伍' | '陆' | '肆' | '柒' | '捌' | '玖' | '拾' | '俩')
}

pub(super) fn small_unit(c: char) -> Option<f64> {
    match c {
        '十' | '拾' => Some(10.0),
        '百' | '佰' => Some(100.0),
        '千' | '仟' => Some(1000.0),
        _ => None,
    }
}

pub(super) fn big_unit(c: char) -> Option<f64> {
    match c {
        '万' => Some(1e4),
        '亿' => Some(1e8),
        '兆' => Some(1e12),
        _ => None,
    }
}

pub(super) fn is_numeral_char(c: char) -> bool {
    static NUMERALS: LazyLock<CharSet> = LazyLock::new(|| {
        CharSet::of(|c| {
            c.is_ascii_digit()
                || chinese_digit(c).is_some()
                || small_unit(c).is_some()
                || big_unit(c).is_some()
        })
    });
    NUMERALS.contains(c)
}

/// A set of characters of the Basic Multilingual Plane, one bit each: a
/// test that costs one load, for the checks made at every character.
pub(super) struct CharSet(Vec<u64>);

impl CharSet {
    /// The characters for which `member` holds.
    pub(super) fn of(member: impl Fn(char) -> bool) -> Self {
        let mut bits = vec![0u64; 0x10000 / 64];
        for c in (0..0x10000)
            .filter_map(char::from_u32)
            .filter(|&c| member(c))
        {
            bits[c as usize / 64] |= 1 << (c as usize % 64);
        }
        Self(bits)
    }

    pub(super) fn contains(&self, c: char) -> bool {
        self.0
            .get(c as usize / 64)
            .is_some_and(|w| w & (1 << (c as usize % 64)) != 0)
    }
}

/// Words in which numeral characters are not numbers.
pub(super) const NUMERAL_WORDS: [&str; 61] = [
    "一切",
    "一看",
    "一起",
    "一样",
    "一般",
    "一直",
    "一些",
    "一定",
    "一旦",
    "一致",
    "一体",
    "一同",
    "一并",
    "一线",
    "一方面",
    "一系列",
    "一大批",
    "一步",
    "一律",
    "一贯",
    "一下",
    "统一",
    "唯一",
    "之一",
    "万一",
    "进一步",
    "逐一",
    "一一",
    "十足",
    "十分",
    "四川",
    "两两",
    "九九",
    "万家",
    "万众",
    "百姓",
    "百货",
    "千方百计",
    "一肩挑",
    "两委",
    "一刻钟",
    "一把手",
    "一站式",
    "一揽子",
    "一次性",
    "一心",
    "一流",
    "一举",
    "一番",
    "一边",
    "一时",
    "一道",
    "一路",
    "一方",
    "千万不",
    "万事",
    "三农",
    "五湖四海",
    "一审",
    "二审",
    "一带一路",
];

/// The first characters of [`NUMERAL_WORDS`], to skip the list quickly.
pub(super) static NUMERAL_WORD_FIRSTS: std::sync::LazyLock<Vec<char>> =
    std::sync::LazyLock::new(|| {
        NUMERAL_WORDS
            .iter()
            .filter_map(|w| w.chars().next())
            .collect()
    });

pub(super) fn in_numeral_word(c: &Chars<'_>, i: usize) -> bool {
    static STARTS_ONE: LazyLock<CharSet> =
        LazyLock::new(|| CharSet::of(|ch| NUMERAL_WORD_FIRSTS.contains(&ch)));
    let firsts = &*NUMERAL_WORD_FIRSTS;
    let near = [Some(i), i.checked_sub(1), i.checked_sub(2)];
    if !near.iter().any(|k| {
        k.and_then(|k| c.at(k))
            .is_some_and(|ch| STARTS_ONE.contains(ch))
    }) {
        return false;
    }
    let (here, one_back, two_back) = (
        c.at(i),
        i.checked_sub(1).and_then(|k| c.at(k)),
        i.checked_sub(2).and_then(|k| c.at(k)),
    );
    NUMERAL_WORDS.iter().zip(firsts).any(|(w, &first)| {
        (here == Some(first) && c.starts_with(i, w))
            || (one_back == Some(first) && c.starts_with(i - 1, w))
            || (two_back == Some(first) && c.starts_with(i - 2, w) && w.chars().count() > 2)
    })
}

/// A number as read: value, span in chars, and how it was written.
#[derive(Clone, Copy, Debug)]
pub(super) struct Number {
    pub(super) value: f64,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) arabic: bool,
    /// 几/多/余 inside (`十多万`, `500余万`).
    pub(super) approximate: bool,
    /// Consecutive digits before a unit (`二三十`): an estimate, not a number.
    pub(super) vague: bool,
    /// Only units, no digit (`百`, `千`): valid only in 百分之 / 千分之.
    pub(super) bare_unit: bool,
}

/// Read an Arabic number at `i`: digits, `,` or space thousands groups, a
/// decimal part, and an exponent.
pub(super) fn arabic(c: &Chars<'_>, i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    let mut text = String::with_capacity(16);
    let leading_point = c.at(j) == Some('.') && c.at(j + 1).is_some_and(|d| d.is_ascii_digit());
    if !leading_point && !c.at(j).is_some_and(|d| d.is_ascii_digit()) {
        return None;
    }
    let mut group_len = 0;
    while let Some(d) = c.at(j) {
        if d.is_ascii_digit() {
            text.push(d);
            group_len += 1;
            j += 1;
        } else if (d == ',' || d == ' ') && !text.contains('.') && group_len <= 3 && group_len > 0 {
            // A thousands separator: exactly three digits follow, then no digit.
            let next3 = (1..=3).all(|k| c.at(j + k).is_some_and(|x| x.is_ascii_digit()));
            let after = c.at(j + 4);
            let spaced_ok = d == ',' || (text.len() <= 3 && !text.contains(' '));
            if next3 && !after.is_some_and(|x| x.is_ascii_digit()) && spaced_ok {
                j += 1;
                group_len = 0;
            } else {
                break;
            }
        } else if d == '.' && !text.contains('.') && c.at(j + 1).is_some_and(|x| x.is_ascii_digit())
        {
            text.push('.');
            j += 1;
        } else {
            break;
        }
    }
    let mut value: f64 = text.parse().ok()?;
    // Exponent: 2e5, 21.2E0, 2.7890e-1.
    if matches!(c.at(j), Some('e' | 'E')) {
        let mut k = j + 1;
        let negative = c.at(k) == Some('-');
        if matches!(c.at(k), Some('+' | '-')) {
            k += 1;
        }
        let start = k;
        while c.at(k).is_some_and(|d| d.is_ascii_digit()) {
            k += 1;
        }
        if k > start && !c.at(k).is_some_and(|x| x.is_ascii_alphabetic()) {
            let exp: i32 = c.chars[start..k].iter().collect::<String>().parse().ok()?;
            value *= 10f64.powi(if negative { -exp } else { exp });
            j = k;
        }
    }
    // Power: 2^5, 2^-1, 1.1^+23.
    if c.at(j) == Some('^') {
        let mut k = j + 1;
        let mut negative = false;
        while let Some(s @ ('+' | '-')) = c.at(k) {
            negative ^= s == '-';
            k += 1;
        }
        let start = k;
        while c.at(k).is_some_and(|d| d.is_ascii_digit()) {
            k += 1;
        }
        if k > start {
            let exp: i32 = c.chars[start..k].iter().collect::<String>().parse().ok()?;
            value = value.powi(if negative { -exp } else { exp });
            j = k;
        }
    }
    // 40k, 15K, 2.5 M.
    let k = c.skip_spaces(j);
    match c.at(k) {
        Some('k' | 'K') if !c.at(k + 1).is_some_and(|x| x.is_ascii_alphabetic()) && k == j => {
            value *= 1e3;
            j = k + 1;
        }
        Some('M') if !c.at(k + 1).is_some_and(|x| x.is_ascii_alphabetic()) => {
            value *= 1e6;
            j = k + 1;
        }
        _ => {}
    }
    Some((value, j))
}

/// Read a number (Arabic, Chinese or mixed) starting at char `i`.
pub(super) fn number(c: &Chars<'_>, i: usize) -> Option<Number> {
    let mut j = i;
    let negative = match c.at(j) {
        Some('负') if c.at(j + 1).is_some_and(|n| is_numeral_char(n) || n == '.') => {
            j += 1;
            true
        }
        Some('-') if c.at(j + 1).is_some_and(|n| n.is_ascii_digit() || n == '.') => {
            j += 1;
            true
        }
        _ => false,
    };
    let body_start = j;
    let mut total = 0.0f64; // finished big sections
    let mut largest_big = 1.0f64;
    let mut section = 0.0f64; // current section below 万
    let mut pending: Option<f64> = None; // a digit or number waiting for its unit
    let mut pending_digits = 0; // consecutive single digits in `pending`
    let mut last_unit: Option<f64> = None;
    let mut last_was_big = false;
    let mut zero_seen = false;
    let mut arabic_seen = false;
    let mut digit_seen = false;
    let mut approximate = false;
    let mut vague = false;
    let mut fraction: Option<f64> = None;
    let mut end = j;
    while let Some(ch) = c.at(j) {
        if ch.is_ascii_digit() || (ch == '.' && j == body_start) {
            if pending.is_some() && arabic_seen {
                break;
            }
            let Some((v, next)) = arabic(c, j) else { break };
            pending = Some(v);
            pending_digits = 0;
            arabic_seen = true;
            digit_seen = true;
            last_was_big = false;
            j = next;
            end = j;
        } else if let Some(d) = chinese_digit(ch) {
            if ambiguous_digit(ch) && !neighbours_numeral(c, j) {
                break;
            }
            if ch == '零' || ch == '〇' {
                if pending.is_some() && pending_digits == 0 {
                    break; // "5零" is not a number
                }
                zero_seen = true;
                if pending_digits > 0 {
                    // 二〇一九: digit string.
                    pending = Some(pending.unwrap_or(0.0) * 10.0);
                    pending_digits += 1;
                } else if c
                    .at(j + 1)
                    .is_some_and(|n| chinese_digit(n).is_none() && small_unit(n).is_none())
                    && !digit_seen
                    && last_unit.is_none()
                {
                    pending = Some(0.0);
                    pending_digits = 1;
                }
            } else {
                match pending {
                    Some(p) if pending_digits > 0 && !arabic_seen => {
                        pending = Some(p * 10.0 + d);
                        pending_digits += 1;
                    }
                    Some(_) => break,
                    None => {
                        pending = Some(d);
                        pending_digits = 1;
                    }
                }
            }
            digit_seen = true;
            last_was_big = false;
            j += 1;
            end = j;
        } else if ch == '半' && pending.is_none() && c.at(j + 1).and_then(small_unit).is_some() {
            pending = Some(0.5);
            digit_seen = true;
            j += 1;
        } else if let Some(u) = small_unit(ch) {
            if ambiguous_digit(ch) && !neighbours_numeral(c, j) {
                break;
            }
            if pending_digits > 1 {
                vague = true; // 二三十
            }
            // Units must fall: 五百五十, never 五十五百.
            if last_unit.is_some_and(|l| u >= l) && pending.is_none() {
                break;
            }
            section += pending.unwrap_or(1.0) * u;
            pending = None;
            pending_digits = 0;
            last_unit = Some(u);
            last_was_big = false;
            zero_seen = false;
            j += 1;
            end = j;
        } else if let Some(b) = big_unit(ch) {
            let value_before = section + pending.unwrap_or(0.0);
            if value_before == 0.0 && total == 0.0 {
                break; // 万 alone
            }
            if pending_digits > 1 && !arabic_seen && last_unit.is_none() {
                vague = true;
            }
            if last_was_big && value_before == 0.0 {
                total *= b; // 万亿, 万万
                largest_big *= b;
            } else if b > largest_big {
                total = (total + value_before) * b;
                largest_big = b;
            } else {
                total += value_before * b;
            }
            section = 0.0;
            pending = None;
            pending_digits = 0;
            last_unit = Some(b);
            last_was_big = true;
            zero_seen = false;
            j += 1;
            end = j;
        } else if (matches!(ch, '几' | '多' | '余' | '来')
            && (pending.is_some() || section > 0.0)
            && c.at(c.skip_spaces(j + 1)).and_then(big_unit).is_some())
            || (ch == '几' && zero_seen)
        {
            approximate = true;
            j += 1;
        } else if ch == '点'
            && c.at(c.skip_spaces(j + 1)).and_then(chinese_digit).is_some()
            && (digit_seen || last_unit.is_some())
            && !arabic_seen
        {
            // Chinese decimal: 十五点七, 两千万点五五四四.
            let mut k = c.skip_spaces(j + 1);
            let mut scale = 0.1;
            let mut frac = 0.0;
            while let Some(d) = c.at(k).and_then(chinese_digit) {
                frac += d * scale;
                scale /= 10.0;
                k = c.skip_spaces(k + 1);
                if c.at(k).is_some_and(|n| chinese_digit(n).is_none()) {
                    break;
                }
            }
            while k > 0 && c.at(k - 1) == Some(' ') {
                k -= 1;
            }
            fraction = Some(frac);
            j = k;
            end = j;
            break;
        } else if ch == ' ' || ch == '\t' {
            // Spaces inside a numeral (一百 五 十 二), not between two Arabic numbers.
            let k = c.skip_spaces(j);
            let next = c.at(k);
            let joins = next.is_some_and(|n| {
                (chinese_digit(n).is_some()
                    || small_unit(n).is_some()
                    || big_unit(n).is_some()
                    || n == '点'
                    || (matches!(n, '余' | '多' | '几')
                        && c.at(c.skip_spaces(k + 1)).and_then(big_unit).is_some()))
                    || (n.is_ascii_digit() && !arabic_seen)
                    || (n.is_ascii_digit() && last_unit.is_some() && pending.is_none())
            });
            if !joins || end == body_start {
                break;
            }
            j = k;
        } else {
            break;
        }
    }
    if end == body_start || !digit_seen && last_unit.is_none() {
        return None;
    }
    // A trailing digit after a unit stands for the next lower place:
    // 两千四百五 → 2450, 一万三 → 13000, 百三 → 130.
    if let (Some(p), Some(u), false) = (pending, last_unit, zero_seen) {
        if pending_digits == 1 && u >= 100.0 && !arabic_seen {
            pending = Some(p * u / 10.0);
        } else if pending_digits == 1 && u >= 100.0 && arabic_seen && last_was_big {
            // 3万4000 is 34000, 3万4 would be 34000 too.
            if p < 10.0 {
                pending = Some(p * u / 10.0);
            }
        }
    }
    let mut value = total + section + pending.unwrap_or(0.0) + fraction.unwrap_or(0.0);
    let bare_unit = !digit_seen;
    if bare_unit {
        // 十, 十五 are numbers; 百, 千 alone only before 分之.
        let first = c.at(body_start).unwrap_or(' ');
        // 超千个, 逾万人, 近百家: a round number after a comparison.
        let compared = i > 0
            && c.at(i - 1)
                .is_some_and(|p| matches!(p, '超' | '逾' | '近' | '过' | '破' | '上'));
        if first != '十' && first != '拾' && !compared && c.at(end).is_none_or(|n| n != '分') {
            return None;
        }
        if first == '拾' && end - body_start == 1 {
            return None;
        }
    }
    if negative {
        value = -value;
    }
    // 打 (a dozen): 一打, 五十打.
    if c.at(end) == Some('打')
        && !arabic_seen
        && !c.at(end + 1).is_some_and(|n| n == '对' || n == '折')
    {
        value *= 12.0;
        end += 1;
    }
    Some(Number {
        value,
        start: i,
        end,
        arabic: arabic_seen,
        approximate,
        vague,
        bare_unit,
    })
}

pub(super) fn neighbours_numeral(c: &Chars<'_>, j: usize) -> bool {
    let near = |k: Option<usize>| k.and_then(|k| c.at(k)).is_some_and(is_numeral_char);
    near(j.checked_sub(1)) || near(Some(j + 1)) || {
        let k = c.skip_spaces(j + 1);
        near(Some(k))
    }
}

/// Read a fraction or mixed number after a number: `五分之一`, `3/5`, `1 3/5`,
/// `三百五又三分之一`. Returns (value, end, was 百分之-style percent).
pub(super) fn fraction_after(c: &Chars<'_>, n: &Number) -> Option<(f64, usize, Option<f64>)> {
    let k = c.skip_spaces(n.end);
    // X分之Y
    if c.at(k) == Some('分') {
        let k2 = c.skip_spaces(k + 1);
        if c.at(k2) == Some('之') {
            let k3 = c.skip_spaces(k2 + 1);
            // After 分之 even 伍, 肆 alone are numerals (壹万分之肆).
            let y = number(c, k3).or_else(|| {
                let d = c.at(k3).and_then(chinese_digit)?;
                Some(Number {
                    value: d,
                    start: k3,
                    end: k3 + 1,
                    arabic: false,
                    approximate: false,
                    vague: false,
                    bare_unit: false,
                })
            })?;
            if n.bare_unit {
                // 百分之Y is a percentage; 千分之Y, 万分之Y per mille / per ten thousand.
                let base = n.value.abs();
                return Some((y.value * 100.0 / base, y.end, Some(base)));
            }
            if n.value == 0.0 {
                return None;
            }
            return Some((y.value / n.value, y.end, None));
        }
    }
    // A/B
    if c.at(n.end) == Some('/') && n.arabic {
        let d = number(c, n.end + 1)?;
        if d.arabic && d.value != 0.0 {
            return Some((n.value / d.value, d.end, None));
        }
    }
    None
}
