//! Figure → in scope or not. Input: a figure's clause and kind. Output:
//! whether a figure that looks like a measure is something else: a national
//! figure, page furniture, an economic indicator, a count of administrative
//! divisions used as context, a quota per unit or a rank. The cue classes
//! live in `assets/cues/scope.tsv`.

use std::sync::LazyLock;

use super::cue_table::{CueTable, Selection};
use crate::measure::{Change, Kind};

static SCOPE: LazyLock<CueTable> =
    LazyLock::new(|| CueTable::parse(include_str!("../../assets/cues/scope.tsv")));

/// A figure as the scope rules see it.
pub struct Site<'a> {
    /// The clause, split at the figure.
    pub before: &'a str,
    pub after: &'a str,
    pub kind: Kind,
    pub change: Change,
    /// Whether the sentence names a welfare programme or group before the
    /// figure: an income line it sets is then a threshold, not an indicator.
    pub welfare_named: bool,
}

impl Site<'_> {
    fn is_count(&self) -> bool {
        matches!(
            self.kind,
            Kind::CountPeople | Kind::CountHouseholds | Kind::CountUnits
        )
    }
}

/// Why a figure is not a measure, if it is not.
pub fn excluded(site: &Site<'_>) -> Option<&'static str> {
    const CONTACT: u64 = 1;
    const INDICATOR: u64 = 1 << 1;
    const NATIONAL: u64 = 1 << 2;
    const MEETING: u64 = 1 << 3;
    static BEFORE: LazyLock<Selection> =
        LazyLock::new(|| SCOPE.select(&["contact", "indicator", "national", "meeting"]));
    let before = BEFORE.present(site.before);
    let in_clause = |bit: u64, class: &str| before & bit != 0 || SCOPE.any_in(site.after, class);
    if in_clause(CONTACT, "contact") {
        return Some("contact details");
    }
    // A household's income or spending (可支配收入, 消费支出) sets a welfare
    // line when the sentence is about a welfare group; other indicators
    // never do.
    let income_line = site.welfare_named
        && SCOPE
            .spans_in(site.before, "indicator")
            .all(|(a, b)| site.before[a..b].contains("收入") || site.before[a..b].contains("支出"));
    if before & INDICATOR != 0 && !income_line {
        return Some("an economic indicator");
    }
    // A gap to the national level is the province's own figure.
    if site.change != Change::Increase && before & NATIONAL != 0 {
        return Some("a national figure");
    }
    // How much of a plan is done (完成年度目标的108%) measures work, not welfare.
    if site.kind == Kind::Rate && completes_a_plan(site.before) {
        return Some("a completion ratio");
    }
    if site.is_count() {
        if counts_divisions(site.after) {
            return Some("a count of administrative divisions");
        }
        if is_quota(site.before) {
            return Some("a quota per unit");
        }
        if SCOPE.of("rank").any(|w| site.before.ends_with(w)) {
            return Some("a rank");
        }
        if in_clause(MEETING, "meeting") {
            return Some("a meeting's attendance");
        }
    }
    None
}

/// Whether the text before a rate names the share of a plan done: 完成 and
/// a plan noun (任务, 目标, 计划) with 的 right before the figure.
fn completes_a_plan(before: &str) -> bool {
    let Some(at) = before.rfind("完成") else {
        return false;
    };
    let rest = &before[at..];
    rest.trim_end().ends_with('的') && ["任务", "目标", "计划"].iter().any(|w| rest.contains(w))
}

/// `全县12个乡镇…`, `14个州(市)`: the noun counted is a kind of division, and
/// nothing in the clause says each set up a welfare structure.
fn counts_divisions(after: &str) -> bool {
    if !SCOPE.of("division").any(|w| after.starts_with(w)) {
        return false;
    }
    let jieba = super::categories::Cues::get().jieba();
    let head: String = after.chars().take(8).collect();
    let words = jieba.cut(&head, false);
    let first = words.first().map_or("", |t| t.word);
    let two: String = words.iter().take(2).map(|t| t.word).collect();
    let taken = if SCOPE.of("division").any(|w| w == two) {
        2
    } else if SCOPE.of("division").any(|w| w == first) {
        1
    } else {
        return false;
    };
    // A division word that modifies a welfare structure (社区党组织 after
    // 城市, 党组织 after 行政村) names what is counted: the structures.
    let next = words.get(taken).map_or("", |t| t.word);
    let modifies = super::categories::Cues::get()
        .find_words(next)
        .iter()
        .any(|h| h.rank >= 2);
    // Divisions that raised a standard (21个市(州)全部提高了…标准) are where
    // the change happened: context, whatever 全部 says.
    let structure = SCOPE.first_in(after, "structure");
    let change = super::relations::first_change_at(after);
    !modifies && structure.is_none_or(|s| change.is_some_and(|c| c < s + 9))
}

/// `各建1所`, `每个社区配备2名`: what each unit must have, not a total.
fn is_quota(before: &str) -> bool {
    let Some(at) = SCOPE.last_in(before, "quota") else {
        return false;
    };
    let rest = &before[at..];
    // 各类, 各项, 各级 mean "all kinds of", not "each".
    if ["各类", "各项", "各级", "各种"]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        return false;
    }
    rest.chars().count() <= 8 && !rest.chars().any(|c| c.is_ascii_digit())
}

/// Whether `text` holds a welfare anchor: a word of giving aid or of the
/// people and bodies welfare serves.
pub fn has_welfare_anchor(text: &str) -> bool {
    // 民生 (livelihood) is a word of its own, not the middle of 人民生活.
    SCOPE.any_in(text, "anchor")
        || text
            .match_indices("民生")
            .any(|(at, _)| !text[..at].ends_with('人'))
}
