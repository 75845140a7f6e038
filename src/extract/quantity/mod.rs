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

use std::sync::LazyLock;

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
struct Chars<'t> {
    text: &'t str,
    chars: Vec<char>,
    offsets: Vec<usize>,
}

impl<'t> Chars<'t> {
    fn new(text: &'t str) -> Self {
        let mut chars = Vec::with_capacity(text.len() / 2);
        let mut offsets = Vec::with_capacity(text.len() / 2);
        for (at, ch) in text.char_indices() {
            offsets.push(at);
            chars.push(ch);
        }
        Self {
            text,
            chars,
            offsets,
        }
    }
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }
    fn byte(&self, i: usize) -> usize {
        self.offsets.get(i).copied().unwrap_or(self.text.len())
    }
    /// Whether the characters from `i` on spell `word`. UTF-8 is a prefix
    /// code, so comparing bytes is comparing characters.
    fn starts_with(&self, i: usize, word: &str) -> bool {
        crate::word_set::starts_with(&self.text.as_bytes()[self.byte(i)..], word.as_bytes())
    }
    /// Whether the characters before `i` spell `word`.
    fn ends_with(&self, i: usize, word: &str) -> bool {
        let at = self.byte(i);
        i <= self.chars.len()
            && at.checked_sub(word.len()).is_some_and(|from| {
                crate::word_set::starts_with(&self.text.as_bytes()[from..at], word.as_bytes())
            })
    }
    fn skip_spaces(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(|c| c == ' ' || c == '\t') {
            i += 1;
        }
        i
    }
}

mod numerals;
mod qualifiers;
mod ranges;
mod units;

#[allow(clippy::wildcard_imports)]
use numerals::*;
pub use qualifiers::QUALIFIERS_BEFORE;
use qualifiers::read_qualifiers;
use ranges::read_range;
#[allow(clippy::wildcard_imports)]
use units::*;

/// Find every quantity in `text`.
pub fn find(text: &str) -> Vec<Quantity> {
    let c = Chars::new(text);
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < c.chars.len() {
        static STARTS: LazyLock<CharSet> = LazyLock::new(|| {
            CharSet::of(|ch| {
                is_numeral_char(ch)
                    || matches!(ch, '负' | '-' | '.' | '半' | '对' | '$' | '¥' | '￥')
            })
        });
        if !STARTS.contains(c.chars[i]) {
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

fn quantity_at(c: &Chars<'_>, i: usize) -> Option<(Quantity, usize)> {
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
    if !c.at(i).is_some_and(|x| x.is_ascii_digit()) && in_numeral_word(c, i) {
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
    c: &Chars<'_>,
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

fn plain(c: &Chars<'_>, n: &Number) -> Quantity {
    simple(c, n.start, n.end, n.value, Unit::None, !n.arabic)
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
