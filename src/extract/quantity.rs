//! Text → quantities. Input: analysis text (one sentence or a whole article).
//! Output: every number it states, as a [`Quantity`] with its value, unit,
//! range and qualifier, and the byte span it covers.
//!
//! Arabic numbers (`1,100`, `1 105.5`, `57.57万`, `0.45亿`), Chinese numerals
//! (`七十八万五佰零六`, `两千万`, `零`), fractions (`五分之一`, `3/5`),
//! percentages (`93.7%`, `百分之五十五`, `三成`, `九折`, and percentage points
//! kept apart), money (`元/万元/亿元`, `元人民币`, other currencies) and counts
//! (`人/名/人次/户/户次/个/家/所/座/处/支`). Ranges carry their unit over
//! (`两到三万`), and qualifiers (`约`, `近`, `超过`, `不低于`, `余`, `以上`, …) are
//! read on both sides.

use crate::measure::Qualifier;

/// What a quantity counts or measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// A bare number.
    None,
    /// Money in yuan (元, 块, 人民币).
    Yuan,
    /// Money in another currency (value in that currency).
    Currency(&'static str),
    Percent,
    /// `个百分点`: a difference of rates, not a rate.
    PercentagePoint,
    /// 人, 名, 位.
    People,
    /// 人次: people counted per visit or case.
    PersonTimes,
    Households,
    /// 户次.
    HouseholdTimes,
    /// 个, 家, 所, 座, 处, 支, … (the word is kept).
    Units(&'static str),
    /// Dates and durations: 年, 月, 日, 天, 岁, …
    Time(&'static str),
    /// Any other measure word (项, 条, 次, 平方米, …).
    Other(&'static str),
}

impl Unit {
    pub fn label(self) -> &'static str {
        match self {
            Self::None => "",
            Self::Yuan => "元",
            Self::Currency(c) | Self::Units(c) | Self::Time(c) | Self::Other(c) => c,
            Self::Percent => "%",
            Self::PercentagePoint => "个百分点",
            Self::People => "人",
            Self::PersonTimes => "人次",
            Self::Households => "户",
            Self::HouseholdTimes => "户次",
        }
    }
}

/// One number found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Byte span of the whole expression (qualifiers inside it, unit included).
    pub start: usize,
    pub end: usize,
    /// Byte span of the number itself (first number of a range).
    pub number_start: usize,
    pub number_end: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: Unit,
    pub qualifier: Qualifier,
    /// Written only in Chinese numerals (`三`, `两千万`), no Arabic digit.
    pub chinese_only: bool,
}

/// Characters with their byte offsets, for scanning.
struct Chars {
    chars: Vec<char>,
    offsets: Vec<usize>,
    len: usize,
}

impl Chars {
    fn new(text: &str) -> Self {
        let (offsets, chars): (Vec<usize>, Vec<char>) = text.char_indices().unzip();
        Self {
            chars,
            offsets,
            len: text.len(),
        }
    }
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }
    fn byte(&self, i: usize) -> usize {
        self.offsets.get(i).copied().unwrap_or(self.len)
    }
    fn starts_with(&self, i: usize, word: &str) -> bool {
        (i..).zip(word.chars()).all(|(j, c)| self.at(j) == Some(c))
    }
    fn skip_spaces(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(|c| c == ' ' || c == '\t') {
            i += 1;
        }
        i
    }
}

fn chinese_digit(c: char) -> Option<f64> {
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
fn ambiguous_digit(c: char) -> bool {
    matches!(c, '伍' | '陆' | '肆' | '柒' | '捌' | '玖' | '拾' | '俩')
}

fn small_unit(c: char) -> Option<f64> {
    match c {
        '十' | '拾' => Some(10.0),
        '百' | '佰' => Some(100.0),
        '千' | '仟' => Some(1000.0),
        _ => None,
    }
}

fn big_unit(c: char) -> Option<f64> {
    match c {
        '万' => Some(1e4),
        '亿' => Some(1e8),
        '兆' => Some(1e12),
        _ => None,
    }
}

fn is_numeral_char(c: char) -> bool {
    c.is_ascii_digit()
        || chinese_digit(c).is_some()
        || small_unit(c).is_some()
        || big_unit(c).is_some()
}

/// Words in which numeral characters are not numbers.
const NUMERAL_WORDS: [&str; 61] = [
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
static NUMERAL_WORD_FIRSTS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    NUMERAL_WORDS
        .iter()
        .filter_map(|w| w.chars().next())
        .collect()
});

fn in_numeral_word(c: &Chars, i: usize) -> bool {
    let firsts = &*NUMERAL_WORD_FIRSTS;
    let near = [Some(i), i.checked_sub(1), i.checked_sub(2)];
    if !near.iter().any(|k| {
        k.and_then(|k| c.at(k))
            .is_some_and(|ch| firsts.contains(&ch))
    }) {
        return false;
    }
    NUMERAL_WORDS.iter().any(|w| {
        let first = w.chars().next().unwrap_or(' ');
        (c.at(i) == Some(first) && c.starts_with(i, w))
            || (i > 0 && c.at(i - 1) == Some(first) && c.starts_with(i - 1, w))
            || (i > 1 && c.starts_with(i - 2, w) && w.chars().count() > 2)
    })
}

/// A number as read: value, span in chars, and how it was written.
#[derive(Clone, Copy, Debug)]
struct Number {
    value: f64,
    start: usize,
    end: usize,
    arabic: bool,
    /// 几/多/余 inside (`十多万`, `500余万`).
    approximate: bool,
    /// Consecutive digits before a unit (`二三十`): an estimate, not a number.
    vague: bool,
    /// Only units, no digit (`百`, `千`): valid only in 百分之 / 千分之.
    bare_unit: bool,
}

/// Read an Arabic number at `i`: digits, `,` or space thousands groups, a
/// decimal part, and an exponent.
fn arabic(c: &Chars, i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    let mut text = String::new();
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
fn number(c: &Chars, i: usize) -> Option<Number> {
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

fn neighbours_numeral(c: &Chars, j: usize) -> bool {
    let near = |k: Option<usize>| k.and_then(|k| c.at(k)).is_some_and(is_numeral_char);
    near(j.checked_sub(1)) || near(Some(j + 1)) || {
        let k = c.skip_spaces(j + 1);
        near(Some(k))
    }
}

/// Read a fraction or mixed number after a number: `五分之一`, `3/5`, `1 3/5`,
/// `三百五又三分之一`. Returns (value, end, was 百分之-style percent).
fn fraction_after(c: &Chars, n: &Number) -> Option<(f64, usize, Option<f64>)> {
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

/// Find every quantity in `text`.
pub fn find(text: &str) -> Vec<Quantity> {
    let c = Chars::new(text);
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < c.chars.len() {
        let ch = c.chars[i];
        let could_start =
            is_numeral_char(ch) || matches!(ch, '负' | '-' | '.' | '半' | '对' | '$' | '¥' | '￥');
        if !could_start {
            i += 1;
            continue;
        }
        if let Some((q, next)) = quantity_at(&c, i) {
            out.push(q);
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn quantity_at(c: &Chars, i: usize) -> Option<(Quantity, usize)> {
    let ch = c.at(i)?;
    // 对折 (after 打): half price.
    if ch == '对' {
        if c.at(i + 1) == Some('折') && i > 0 && c.at(i - 1) == Some('打') {
            return Some((simple(c, i, i + 2, 50.0, Unit::Percent, false), i + 2));
        }
        return None;
    }
    // $20, ¥300
    if matches!(ch, '$' | '¥' | '￥') {
        let n = number(c, i + 1)?;
        let unit = if ch == '$' {
            Unit::Currency("美元")
        } else {
            Unit::Yuan
        };
        return Some((simple(c, i, n.end, n.value, unit, false), n.end));
    }
    // 半成, 半折
    if ch == '半' {
        return match c.at(i + 1) {
            Some('成') => Some((simple(c, i, i + 2, 5.0, Unit::Percent, true), i + 2)),
            Some('折') => Some((simple(c, i, i + 2, 50.0, Unit::Percent, true), i + 2)),
            _ => number(c, i).map(|n| (plain(c, &n), n.end)),
        };
    }
    if in_numeral_word(c, i) && !c.at(i).is_some_and(|x| x.is_ascii_digit()) {
        // Skip the whole word.
        return None;
    }
    let n = number(c, i)?;
    if n.vague {
        // 二三十个百分点, 百分之二三十: an estimate; skip the whole run.
        let mut k = n.end;
        while c.at(k).is_some_and(|x| {
            is_numeral_char(x) || x == '个' || x == '百' || x == '分' || x == '点' || x == '之'
        }) {
            k += 1;
        }
        return Some((
            Quantity {
                value: f64::NAN,
                ..simple(c, i, k, 0.0, Unit::None, true)
            },
            k,
        ));
    }
    let mut value = n.value;
    let mut end = n.end;
    let mut unit = Unit::None;
    let mut explicit_percent = false;
    if let Some((v, e, percent_base)) = fraction_after(c, &n) {
        value = v;
        end = e;
        if let Some(base) = percent_base {
            unit = Unit::Percent;
            explicit_percent = true;
            if base == 100.0 && c.at(e) == Some('位') {
                // 百分之七十百分位 is still 70.
            }
        }
    } else if n.bare_unit && c.at(n.end) == Some('分') {
        return None;
    }
    // Mixed number: 三百五又三分之一, 1 3/5.
    if !explicit_percent {
        let k = c.skip_spaces(end);
        if c.at(k) == Some('又') {
            let k2 = c.skip_spaces(k + 1);
            if let Some(f) = number(c, k2)
                && let Some((fv, fe, None)) = fraction_after(c, &f)
            {
                value += fv.copysign(value);
                end = fe;
            }
        } else if n.arabic
            && k > end
            && c.at(k).is_some_and(|x| x.is_ascii_digit())
            && let Some(f) = number(c, k)
            && c.at(f.end) == Some('/')
            && let Some((fv, fe, None)) = fraction_after(c, &f)
        {
            value += fv;
            end = fe;
        }
    }
    // A lone Chinese digit inside an ordinary word is no number.
    if !n.arabic && n.end - n.start == 1 && unit == Unit::None && in_numeral_word(c, n.start) {
        return None;
    }
    let mut q = Quantity {
        start: c.byte(n.start),
        end: c.byte(end),
        number_start: c.byte(n.start),
        number_end: c.byte(end),
        value,
        value_max: None,
        unit,
        qualifier: if n.approximate {
            Qualifier::About
        } else {
            Qualifier::Exact
        },
        chinese_only: !n.arabic,
    };
    if !explicit_percent {
        end = read_unit(c, end, &mut q, &n);
    }
    // Range: 8万元-15万元, 780~800元, 两到三万, 3至5万.
    end = read_range(c, end, &mut q);
    end = read_qualifiers(c, i, end, &mut q);
    q.end = c.byte(end);
    Some((q, end))
}

fn simple(
    c: &Chars,
    start: usize,
    end: usize,
    value: f64,
    unit: Unit,
    chinese_only: bool,
) -> Quantity {
    Quantity {
        start: c.byte(start),
        end: c.byte(end),
        number_start: c.byte(start),
        number_end: c.byte(end),
        value,
        value_max: None,
        unit,
        qualifier: Qualifier::Exact,
        chinese_only,
    }
}

fn plain(c: &Chars, n: &Number) -> Quantity {
    simple(c, n.start, n.end, n.value, Unit::None, !n.arabic)
}

/// Currency words after a number, longest first.
const CURRENCIES: [(&str, &str); 24] = [
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
const COUNT_WORDS: [(&str, Unit); 45] = [
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
fn read_unit(c: &Chars, end: usize, q: &mut Quantity, n: &Number) -> usize {
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
    // 万元, 亿元 were read as part of the number; 千元 too (8千元).
    for (word, unit) in CURRENCIES {
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
    for (word, unit) in COUNT_WORDS {
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
fn spaced_word(c: &Chars, i: usize, word: &str) -> Option<usize> {
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

fn read_subunits(c: &Chars, mut e: usize, q: &mut Quantity) -> usize {
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

/// A second number joined by `-`, `~`, `至`, `到`: the upper end of a range.
fn read_range(c: &Chars, end: usize, q: &mut Quantity) -> usize {
    let k = c.skip_spaces(end);
    let Some(sep) = c.at(k) else { return end };
    if !matches!(sep, '-' | '~' | '～' | '—' | '–' | '至' | '到') {
        return end;
    }
    let k2 = c.skip_spaces(k + 1);
    let Some(n2) = number(c, k2) else { return end };
    if n2.vague {
        return end;
    }
    let mut second = plain(c, &n2);
    let e2 = read_unit(c, n2.end, &mut second, &n2);
    let mut upper = second.value;
    let mut lower = q.value;
    // The unit carries over: 两到三万 (万 written once), 780~800元.
    if q.unit == Unit::None && second.unit != Unit::None {
        q.unit = second.unit;
        // A multiplier written once applies to both: 两到三万.
        let mult = magnitude_suffix(c, n2.start, n2.end);
        if mult > 1.0 && lower < mult {
            lower *= mult;
        }
    } else if second.unit == Unit::None && q.unit != Unit::None {
        // 30-40% is written as 30%-40%; a bare second number without its unit
        // (8万元-15) is not a range of the same unit.
        if !matches!(q.unit, Unit::Percent) {
            return end;
        }
    } else if second.unit != q.unit {
        return end;
    }
    if q.unit == Unit::None && second.unit == Unit::None {
        let mult = magnitude_suffix(c, n2.start, n2.end);
        if mult > 1.0 && lower < mult {
            lower *= mult;
        }
    }
    if matches!(q.unit, Unit::Time(_)) {
        return end;
    }
    if sep == '-' && upper < lower {
        return end; // a hyphen between unrelated numbers
    }
    if upper < lower {
        std::mem::swap(&mut upper, &mut lower);
    }
    q.value = lower;
    q.value_max = Some(upper);
    e2
}

/// The multiplier written at the end of a number (`三万` → 1e4, `15万` → 1e4).
fn magnitude_suffix(c: &Chars, start: usize, end: usize) -> f64 {
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
fn read_qualifiers(c: &Chars, start: usize, end: usize, q: &mut Quantity) -> usize {
    let mut k = start;
    while k > 0 && c.at(k - 1) == Some(' ') {
        k -= 1;
    }
    for (word, qual) in QUALIFIERS_BEFORE {
        let len = word.chars().count();
        if k >= len && c.starts_with(k - len, word) {
            // 不超过 must not read as 超过.
            let longer = QUALIFIERS_BEFORE.iter().any(|(w, _)| {
                let l = w.chars().count();
                l > len && k >= l && c.starts_with(k - l, w)
            });
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

/// The JSON form `minsheng quantities` prints for one quantity.
pub fn to_json(text: &str, q: &Quantity) -> serde_json::Value {
    let mut obj = serde_json::json!({
        "text": &text[q.start..q.end],
        "value": json_number(q.value),
        "unit": q.unit.label(),
    });
    if let Some(max) = q.value_max {
        obj["value_max"] = json_number(max);
    }
    if q.qualifier != Qualifier::Exact {
        obj["qualifier"] = serde_json::Value::from(q.qualifier.as_str());
    }
    obj
}

fn json_number(v: f64) -> serde_json::Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        serde_json::Value::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}
