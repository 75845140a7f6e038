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
    // A rate is a ratio, whatever span it was measured over (年均增长8%).
    if kind == Kind::Rate {
        return None;
    }
    // Cues inside a closed bracket speak for the figures inside it only:
    // in 全自理1680元(月人均140元)、半护理3360元, 3360 is not per month.
    let before = outside_brackets(&s[clause.0..q.start]);
    let after_unit = super::after_list(&s[q.end..clause.1.max(q.end)]);
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
    // The unit after the amount speaks first (元/人·月, 元/月/人).
    if kind.is_money()
        && let Some(period) = unit_tail(after_unit).period
    {
        return Some(period);
    }
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

/// Whether `text` names a one-off payment (一次性) or this round's payment
/// (此次发放).
pub(super) fn names_a_one_off(text: &str) -> bool {
    PERIOD.any_in(text, "once") || pays_this_round(text)
}

/// The text with every closed bracket group left out.
pub(super) fn outside_brackets(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['(', '（']) {
        return std::borrow::Cow::Borrowed(text);
    }
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
    std::borrow::Cow::Owned(out)
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

/// Whether the year written at `year_pos` dates an earlier value rather than
/// the figure at `at`: the year names the time of a value (`2010年的55元`,
/// `2008年200元`), in a from-part (after 从 or 由, or after a change verb
/// with its target, in its own clause) that a change verb with its target
/// closes before the figure, in the same part of the sentence. In
/// `从2010年的55元调整到目前的140元`, 2010 dates 55, not 140; a date from
/// which a change applies (`从2022年1月1日起`) dates the change itself.
pub(super) fn dates_an_earlier_value(s: &str, year_pos: usize, at: usize) -> bool {
    if year_pos >= at || s[year_pos..at].contains([';', '；']) {
        return false;
    }
    let after = s[year_pos..].split_once('年').map_or("", |(_, a)| a);
    let after = ["底", "末", "初"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let names_a_value = after.starts_with('的')
        || (after.starts_with(|c: char| c.is_ascii_digit()) && !starts_with_month(after));
    if !names_a_value || super::relations::change_to_in(&s[year_pos..at]).is_none() {
        return false;
    }
    let clause_start = s[..year_pos]
        .rfind(|c: char| super::clauses::is_clause_break(c))
        .map_or(0, |i| i + 1);
    let head = &s[clause_start..year_pos];
    head.contains(['从', '由']) || super::relations::change_to_in(head).is_some()
}

/// Where the from-part of an earlier value at `at` begins: right after the
/// last 从, 由 or 较, or the last change verb with its target, before it in
/// its part of the sentence (or at the part's start).
pub(super) fn from_part_start(s: &str, at: usize) -> usize {
    let part_start = s[..at].rfind([';', '；']).map_or(0, |i| i + 1);
    let part = &s[part_start..at];
    let marker = part.rfind(['从', '由', '较']).map(|i| i + '从'.len_utf8());
    let mut verb_end = None;
    let mut from = 0;
    while let Some((_, end)) = super::relations::change_to_in(&part[from..]) {
        verb_end = Some(from + end);
        from += end;
    }
    part_start + marker.max(verb_end).unwrap_or(0)
}

/// `2022年`, `2021年底`, `2018年起` (not inside 《titles》, not 2018-2020年 ranges in them).
pub(super) fn years_in(s: &str) -> Vec<(usize, u16)> {
    let bytes = s.as_bytes();
    // Each 年 is looked at once, with the four bytes before it.
    s.match_indices('年')
        .filter_map(|(at, _)| {
            let i = at.checked_sub(4)?;
            (bytes[i..at].iter().all(u8::is_ascii_digit)
                && (i == 0 || !bytes[i - 1].is_ascii_digit())
                && !inside_book_title(s, i))
            .then_some(i)
        })
        .filter_map(|i| {
            let y = s[i..i + 4].parse::<u16>().ok()?;
            (1949..=2100).contains(&y).then_some((i, y))
        })
        .collect()
}

/// A year that frames a whole paragraph: one that opens it (2023年“两节”期间, …).
pub(super) fn frame_year(para: &str) -> Option<u16> {
    let mut t = para.trim_start();
    // A bracketed heading (【社会保障】) stands before the paragraph's text;
    // one that opens with a year dates it.
    if let Some(rest) = t.strip_prefix('【')
        && let Some((heading, after)) = rest.split_once('】')
    {
        if let Some(&(0, year)) = years_in(heading).first() {
            return Some(year);
        }
        if let Some(year) = heading
            .get(..4)
            .and_then(|d| d.parse::<u16>().ok())
            .filter(|y| (1949..=2100).contains(y))
        {
            return Some(year);
        }
        t = after.trim_start();
    }
    let t = t.strip_prefix("截至").unwrap_or(t);
    let t = t.strip_prefix("从").unwrap_or(t);
    let t = t.strip_prefix("自").unwrap_or(t);
    // Only the paragraph's opening matters: look at its first bytes.
    if !t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let head = &t[..t.char_indices().nth(8).map_or(t.len(), |(i, _)| i)];
    years_in(head)
        .first()
        .filter(|(pos, _)| *pos == 0)
        .map(|(_, y)| *y)
}

/// Whether the year written at `year_pos` may date the figure at `at`. A year
/// that is the base of a comparison (`较2021年`, `比上年`, `与2015年相比`)
/// dates only what stands between it and the comparison's verb; a year that
/// opens a stretch of time (`2016年以来`, `自2018年…以来`) dates no level.
pub(super) fn governs(s: &str, year_pos: usize, at: usize) -> bool {
    let clause_start = s[..year_pos]
        .rfind(|c: char| super::clauses::is_clause_break(c))
        .map_or(0, |i| i + c_len(s, i));
    let clause_end = s[year_pos..]
        .find(|c: char| super::clauses::is_clause_break(c))
        .map_or(s.len(), |i| year_pos + i);
    // The start of a stretch of time dates what has added up since
    // (2022年7月以来累计发放…), but not the level a change reached in it
    // (2016年以来,标准从X提高到Y: Y).
    if opens_a_stretch(s, year_pos) {
        return at < year_pos || super::relations::change_to_in(&s[year_pos..at]).is_none();
    }
    let head = s[clause_start..year_pos].trim_end();
    let compared = ["比", "较", "与", "同", "相比", "相较", "对比"]
        .iter()
        .any(|m| head.ends_with(m));
    if !compared {
        return true;
    }
    at > year_pos && at <= clause_end && !super::relations::names_a_change(&s[year_pos + 4..at])
}

/// Whether the year at `year_pos` opens a stretch of time that 以来 closes
/// within a few words of its clause (2016年以来, 自2018年启动项目以来).
pub(super) fn opens_a_stretch(s: &str, year_pos: usize) -> bool {
    let clause_end = s[year_pos..]
        .find(|c: char| super::clauses::is_clause_break(c))
        .map_or(s.len(), |i| year_pos + i);
    let after_year = &s[year_pos + 4..clause_end];
    after_year
        .find("以来")
        .is_some_and(|i| after_year[..i].chars().count() <= 16)
}

/// Whether a text opens with a year that opens a stretch (`2017年以来`).
pub(super) fn opens_stretch_at_start(text: &str) -> bool {
    let t = text.trim_start();
    let t = ["截至", "从", "自"]
        .iter()
        .fold(t, |t, w| t.strip_prefix(w).unwrap_or(t));
    matches!(years_in(t).first(), Some(&(0, _))) && opens_a_stretch(t, 0)
}

fn c_len(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(1, char::len_utf8)
}

/// What a unit written after an amount says (`元/人/月`, `元/人·月`,
/// `元/月·人`, `元/户/年`, `元/人月`): per person or per household, and per
/// month or per year, in either order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct UnitTail {
    pub person: bool,
    pub household: bool,
    pub period: Option<Period>,
}

/// Read the unit tail at the start of `after` (the text right after 元).
pub(super) fn unit_tail(after: &str) -> UnitTail {
    let mut tail = UnitTail::default();
    if !after.starts_with('/') {
        return tail;
    }
    for c in after.chars().take(6) {
        match c {
            '人' => tail.person = true,
            '户' => tail.household = true,
            '月' => tail.period = tail.period.or(Some(Period::Month)),
            '年' => tail.period = tail.period.or(Some(Period::Year)),
            '/' | '·' | '•' | '.' | '．' | '・' => {}
            _ => break,
        }
    }
    tail
}
