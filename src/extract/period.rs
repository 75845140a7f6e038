//! Figure → when: its period (per month, per year, once) and its year.

#[allow(clippy::wildcard_imports)]
use super::*;

pub(super) static PERIOD: LazyLock<CueTable> =
    LazyLock::new(|| CueTable::parse(include_str!("../../assets/cues/period.tsv")));

/// Period from 每月/每年/全年/一次性 around a figure.
pub(super) fn period_of(
    s: &str,
    clause: (usize, usize),
    q: &Quantity,
    kind: Kind,
    all: &[Quantity],
    month_frame: bool,
) -> Option<Period> {
    // Cues inside a closed bracket speak for the figures inside it only:
    // in 全自理1680元(月人均140元)、半护理3360元, 3360 is not per month.
    let before = outside_brackets(&s[clause.0..q.start]);
    let after_unit = &s[q.end..clause.1.max(q.end)];
    let own_unit = |class: &str| {
        PERIOD
            .of(class)
            .any(|w| w.starts_with(['/', '人', '每']) && after_unit.starts_with(w))
    };
    let month = PERIOD
        .last_in(&before, "month")
        .or_else(|| own_unit("month").then_some(usize::MAX));
    let year = PERIOD
        .last_in(&before, "year")
        .or_else(|| own_unit("year").then_some(usize::MAX));
    match (month, year) {
        (Some(m), Some(y)) => return Some(if m > y { Period::Month } else { Period::Year }),
        (Some(_), None) => return Some(Period::Month),
        (None, Some(_)) => return Some(Period::Year),
        (None, None) => {}
    }
    if kind == Kind::AmountTotal {
        // A total's span is set only where the text fixes it.
        let sentence_before = &s[..q.start];
        if ["累计", "截至", "以来"]
            .iter()
            .any(|w| sentence_before.contains(w))
        {
            return None;
        }
        if month_frame {
            return Some(Period::Month);
        }
        // An annual total named by its year or by 全年/今年: 2022年…支出35亿元.
        let spends = PERIOD.last_in(sentence_before, "spend").is_some();
        let named_year = years_in(sentence_before)
            .iter()
            .any(|&(at, _)| !starts_with_month(&sentence_before[at + 7..]));
        if spends && (named_year || PERIOD.last_in(sentence_before, "total_year").is_some()) {
            return Some(Period::Year);
        }
        return None;
    }
    if kind.is_money() {
        // 一次性 in this clause, or in the clauses that follow before the next sum of money.
        let clauses = clauses_of(s);
        let here = clauses
            .iter()
            .position(|c| c.0 <= q.start && q.start < c.1.max(c.0 + 1))
            .unwrap_or(0);
        for (k, &(a, b)) in clauses.iter().enumerate().skip(here) {
            let other_money = all
                .iter()
                .any(|o| o.start >= a && o.end <= b && o.unit == Unit::Yuan && o.start != q.start);
            if k > here && other_money {
                break;
            }
            if PERIOD.any_in(&s[a..b], "once") || pays_this_round(&s[a..b]) {
                return Some(Period::Once);
            }
        }
    }
    None
}

/// Whether `clause` speaks of a payment of this round: a round word (本次)
/// followed within two characters by a paying word (此次发放, 本次的补助).
fn pays_this_round(clause: &str) -> bool {
    PERIOD.spans_in(clause, "round").any(|(_, end)| {
        let reach: usize = clause[end..].chars().take(2).map(char::len_utf8).sum();
        PERIOD
            .spans_in(&clause[end..], "pay")
            .any(|(start, _)| start <= reach)
    })
}

/// The text with every closed bracket group left out.
pub(super) fn outside_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut held = String::new();
    for c in text.chars() {
        match c {
            '(' | '（' => {
                depth += 1;
                held.push(c);
            }
            ')' | '）' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    held.clear();
                } else {
                    held.push(c);
                }
            }
            _ if depth > 0 => held.push(c),
            _ => out.push(c),
        }
    }
    // An unclosed bracket still holds the figure: its text counts.
    out.push_str(&held);
    out
}

/// Whether `text` starts with a single month (`10月`, not `1-9月`).
pub(super) fn starts_with_month(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && text[digits..].starts_with('月')
}

/// A sentence that opens with one month of one year (`2025年10月,发放…`)
/// fixes the span of the totals in it.
pub(super) fn opens_with_month(sentence: &str) -> bool {
    let t = sentence.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4 && t[4..].starts_with('年') && starts_with_month(&t[4 + '年'.len_utf8()..])
}

/// The year written nearest before byte `at` in the sentence (else the first after).
pub(super) fn year_at(years: &[(usize, u16)], at: usize) -> Option<u16> {
    years
        .iter()
        .rev()
        .find(|(pos, _)| *pos < at)
        .or_else(|| years.first())
        .map(|(_, y)| *y)
}

/// `2022年`, `2021年底`, `2018年起` (not inside 《titles》, not 2018-2020年 ranges in them).
pub(super) fn years_in(s: &str) -> Vec<(usize, u16)> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        if bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && s[i + 4..].starts_with('年')
            && !inside_book_title(s, i)
        {
            if let Ok(y) = s[i..i + 4].parse::<u16>()
                && (1949..=2100).contains(&y)
            {
                out.push((i, y));
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    out
}

/// A year that frames a whole paragraph: one that opens it (2023年“两节”期间, …).
pub(super) fn frame_year(para: &str) -> Option<u16> {
    let mut t = para.trim_start();
    // A bracketed heading (【社会保障】) stands before the paragraph's text.
    if let Some(rest) = t.strip_prefix('【')
        && let Some((_, after)) = rest.split_once('】')
    {
        t = after.trim_start();
    }
    let t = t.strip_prefix("截至").unwrap_or(t);
    let t = t.strip_prefix("从").unwrap_or(t);
    let t = t.strip_prefix("自").unwrap_or(t);
    // Only the paragraph's opening matters: look at its first bytes.
    let head = &t[..t.char_indices().nth(8).map_or(t.len(), |(i, _)| i)];
    years_in(head)
        .first()
        .filter(|(pos, _)| *pos == 0)
        .map(|(_, y)| *y)
}
