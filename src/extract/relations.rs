//! Figure → its relations: which side of the urban/rural split it is on
//! ([`Area`]) and whether it is a level, the earlier value of a change or an
//! increment ([`Change`]). Input: a sentence and the figures found in it.
//! Output: one decision per figure, each by a small named rule over the cue
//! words of `assets/cues/relations.tsv`.
//!
//! Change, read from the nearest cue before the figure in its clause:
//! - a change verb with a target marker (`提高到730元`) or a verb of reaching
//!   (`达到672元`) makes a level;
//! - a change verb right before the figure (`提高30元`, `新增68户`) or a growth
//!   noun (`增幅8%`) makes an increment;
//! - the base of a comparison (`较上年的X`, `在原X的基础上`) is an earlier value;
//! - the first figure of a `由X提高到Y` pair is an earlier value (linked in
//!   `link_changes`).
//!
//! Area, read from the nearest designator before the figure in its sentence:
//! `城市…`/`农村…` give their side; `城乡…X和Y` and a designator list
//! (`城市、农村…分别为X、Y`) give sides by position in a pair of figures; any
//! other figure after `城乡` is joint.

use std::sync::LazyLock;

use super::cue_table::{CueTable, Selection};
use crate::measure::{Area, Change, Kind};

static RELATIONS: LazyLock<CueTable> =
    LazyLock::new(|| CueTable::parse(include_str!("../../assets/cues/relations.tsv")));

/// The cue classes of `relations.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Urban,
    Rural,
    Joint,
}

impl Class {
    fn name(self) -> &'static str {
        match self {
            Self::Urban => "urban",
            Self::Rural => "rural",
            Self::Joint => "joint",
        }
    }
}

/// Words that may stand between a cue and its figure without breaking the
/// link: particles, per-unit and period words, `分别`.
const FILLERS: [&str; 26] = [
    "了",
    "分别",
    "每人",
    "每户",
    "每月",
    "每年",
    "人均",
    "户均",
    "月人均",
    "年人均",
    "平均",
    "均",
    "标准",
    "月",
    "年",
    "的",
    "超过",
    "超",
    "不低于",
    "不少于",
    "不超过",
    "约",
    "近",
    "多达",
    "高达",
    "幅度",
];

/// Strip filler words from the end of `text` as long as one matches.
fn strip_fillers(text: &str) -> &str {
    super::clauses::strip_trailing(text, &FILLERS)
}

/// Whether a `较`/`比` at the end of `head` (followed by `rest`) compares rather
/// than forms an adverb or noun (比较, 较大, 比例, 比重).
fn compares(head: &str, rest: &str) -> bool {
    let next = rest.chars().next();
    if head.ends_with("比") && head.len() >= "比".len() {
        // 比例, 比重, 比率 and 占比 name a share, not a comparison.
        return !matches!(next, Some('例' | '重' | '率' | '较')) && !head.ends_with("占比");
    }
    if head.ends_with("较") {
        let before_is_bi = head.strip_suffix('较').is_some_and(|h| h.ends_with('比'));
        // 较 + one character + 的 is a degree adverb on an adjective (较重的).
        let adjective = rest.chars().nth(1) == Some('的');
        return !before_is_bi
            && !adjective
            && !matches!(
                next,
                Some('大' | '好' | '多' | '高' | '低' | '少' | '快' | '为' | '强' | '小' | '差')
            );
    }
    true
}

/// Verbs of growth that a rate reached measures (增长达到5%).
const GROWTH_VERBS: [&str; 3] = ["增长", "上涨", "下降"];

/// The change of a figure, from the text of its clause before it; `None`
/// when no cue speaks (a level, unless a list it continues says otherwise).
pub fn change_cue(clause_before: &str) -> Option<Change> {
    let r = &*RELATIONS;
    let text = strip_fillers(clause_before);
    // Right before the figure: a level made by a target or by reaching, an
    // increment made by a bare verb or a growth noun.
    if let Some(target) = r.ending(text, "target") {
        let head = strip_fillers(&text[..text.len() - target.len()]);
        if r.ending(head, "growth").is_some() {
            return Some(Change::Increase);
        }
        // 增长分别达到10.9%: growth reaching a figure.
        if let Some(reached) = head.strip_suffix('达')
            && GROWTH_VERBS
                .iter()
                .any(|v| strip_fillers(reached).ends_with(v))
        {
            return Some(Change::Increase);
        }
        return Some(Change::Level);
    }
    if let Some(reach) = r.ending(text, "reach") {
        let head = strip_fillers(&text[..text.len() - reach.len()]);
        // Growth that reaches a figure (增幅达到8%, 年均增长分别达到10.9%) is
        // the growth, not a level.
        if r.ending(head, "growth").is_some() || GROWTH_VERBS.iter().any(|v| head.ends_with(v)) {
            return Some(Change::Increase);
        }
        return Some(Change::Level);
    }
    if r.ending(text, "growth").is_some() || r.ending(text, "verb").is_some() {
        return Some(Change::Increase);
    }
    // 新增 governs the noun it counts (新增托育机构72家); a gap verb the
    // standard it is measured against (高出全省平均数6.3%).
    // Each governing word counts at its last occurrence.
    let mut last: Vec<(&str, usize)> = Vec::new();
    let governing = clause_before
        .rfind("新增")
        .map(|at| ("新增", at))
        .into_iter()
        .chain(
            r.spans_in(clause_before, "gap")
                .map(|(start, end)| (&clause_before[start..end], start)),
        );
    for (word, at) in governing {
        match last.iter_mut().find(|(w, _)| *w == word) {
            Some(seen) => seen.1 = seen.1.max(at),
            None => last.push((word, at)),
        }
    }
    for (word, at) in last {
        let rest = &clause_before[at + word.len()..];
        if !rest.contains(['、', '到', '至', '为']) && !r.any_in(rest, "verb") {
            return Some(Change::Increase);
        }
    }
    // The base of a comparison before the figure, with no verb in between:
    // the compare words after the last verb, nearest first.
    let next_char = |at: usize| at + clause_before[at..].chars().next().map_or(1, char::len_utf8);
    let mut search = r.last_in(clause_before, "verb").map_or(0, next_char);
    let mut candidates: Vec<usize> = Vec::new();
    while let Some(at) = r.first_in(&clause_before[search..], "compare") {
        candidates.push(search + at);
        search = next_char(search + at);
    }
    for &at in candidates.iter().rev() {
        let head = &clause_before[..at];
        let tail = &clause_before[at..];
        let compare = r.of("compare").find(|w| tail.starts_with(w));
        if let Some(w) = compare
            && compares(&clause_before[..at + w.len()], &tail[w.len()..])
            && !head.ends_with(['比', '较'])
        {
            return Some(Change::Before);
        }
    }
    None
}

/// The change of a figure read alone: its cue, else a level.
pub fn change_of(clause_before: &str) -> Change {
    change_cue(clause_before).unwrap_or_default()
}

/// Whether `between` (the text between two figures) moves from the first to
/// the second: a change verb with a target (提高到, 调整为), or 再到, and no
/// new starting point (由, 从) that would open another change.
pub fn moves_on(between: &str) -> bool {
    let r = &*RELATIONS;
    if between.contains(['由', '从']) {
        return false;
    }
    r.of("target").any(|target| {
        between.match_indices(target).any(|(at, _)| {
            let head = strip_fillers(&between[..at]);
            let verb = r
                .ending(head, "verb")
                .map(str::len)
                .or_else(|| head.ends_with('再').then_some('再'.len_utf8()));
            verb.is_some_and(|len| !names_a_subject(&head[..head.len() - len]))
        })
    })
}

/// The first change verb with its target in `text` (提高到, 调整为), by byte span.
pub fn change_to_in(text: &str) -> Option<(usize, usize)> {
    let r = &*RELATIONS;
    r.spans_in(text, "target")
        .filter_map(|(start, end)| {
            let head = strip_fillers(&text[..start]);
            let verb = r.ending(head, "verb")?;
            Some((head.len() - verb.len(), end))
        })
        .min()
}

/// Whether the clause part before a change verb names what it changes
/// (…;半护理人员护理费提高至): then the verb opens a change of its own.
fn names_a_subject(head: &str) -> bool {
    // Only a new clause has a subject of its own: right after the figure,
    // the noun is the figure's own (从X元标准调整到Y元).
    head.rfind([',', ';', '、', '，', '；'])
        .is_some_and(|i| RELATIONS.any_in(&head[i..], "subject"))
}

/// Whether two neighbouring figures form one list (`532元和300元`,
/// `3.5%、10.5%`), so that the second shares the first's change.
pub fn in_list(between: &str) -> bool {
    joins(between)
}

/// A designator of a side found in a sentence.
#[derive(Clone, Copy, Debug)]
struct Designator {
    start: usize,
    end: usize,
    class: Class,
}

fn designators(sentence: &str) -> Vec<Designator> {
    const CLASSES: [Class; 3] = [Class::Urban, Class::Rural, Class::Joint];
    static SIDES: LazyLock<Selection> =
        LazyLock::new(|| RELATIONS.select(&CLASSES.map(Class::name)));
    let mut out: Vec<Designator> = SIDES
        .spans(sentence)
        .into_iter()
        .map(|(start, end, at)| Designator {
            start,
            end,
            class: CLASSES[at],
        })
        .filter(|d| !inside_place_name(sentence, d.start) && !names_a_policy(sentence, d.end))
        .collect();
    out.sort_by_key(|d| (d.start, d.class as u8));
    // Where two overlap (农牧区 ⊃ 牧区), keep the first and longest.
    let mut kept: Vec<Designator> = Vec::new();
    for d in out {
        match kept.last_mut() {
            Some(last) if d.start < last.end => {
                if d.end - d.start > last.end - last.start && d.start == last.start {
                    *last = d;
                }
            }
            _ => kept.push(d),
        }
    }
    kept
}

/// Whether a designator 城市 at `start` is the end of a place
/// name (晋城市, 盐城市), not a side.
fn inside_place_name(sentence: &str, start: usize) -> bool {
    if !sentence[start..].starts_with("城市") {
        return false;
    }
    let Some(previous) = sentence[..start].chars().next_back() else {
        return false;
    };
    let from = start - previous.len_utf8();
    let end = sentence.len().min(start + "城市".len());
    crate::gazetteer::Gazetteer::get()
        .names_in(&sentence[from..end])
        .any(|(s, e, _)| s == 0 && e > previous.len_utf8())
}

/// Whether a side word is the first half of a policy's name (乡村振兴,
/// 城市更新): the policy, not a side.
fn names_a_policy(sentence: &str, end: usize) -> bool {
    ["振兴", "更新"]
        .iter()
        .any(|w| sentence[end..].starts_with(w))
}

/// The one side `text` names, when it names sides of one kind only (no 城乡,
/// not both 城市 and 农村).
pub fn only_side_in(text: &str) -> Area {
    let found = designators(text);
    let Some(first) = found.first() else {
        return Area::Joint;
    };
    if found.iter().all(|d| d.class == first.class) {
        side(first.class)
    } else {
        Area::Joint
    }
}

/// Whether what follows a figure makes it an increment: a growth noun right
/// after it (8%的增幅), or, after a count, a verb of leaving or shrinking
/// that the counted do (1240户…退出低保, 800人净减).
pub fn changes_after(after: &str, is_count: bool) -> bool {
    let t = after.trim_start_matches(['的', ' ']);
    if RELATIONS.of("growth").any(|w| t.starts_with(w)) {
        return true;
    }
    // A verb with a target (由1.9万人减少到1.6万人) makes a change of levels.
    is_count
        && ["退出", "减少", "净减", "减员"].iter().any(|w| {
            after
                .match_indices(w)
                .any(|(at, _)| !after[at + w.len()..].starts_with(['到', '至', '为']))
        })
}

/// Where the first change verb of `text` starts, if it holds one.
pub fn first_change_at(text: &str) -> Option<usize> {
    RELATIONS.first_in(text, "verb")
}

/// Whether `text` holds a change verb or a growth noun (增加, 提高, 增长).
pub fn names_a_change(text: &str) -> bool {
    RELATIONS.any_in(text, "verb") || RELATIONS.any_in(text, "growth")
}

/// The side of the noun that `text` opens with (`城镇低保对象`, `的农村五保户`),
/// within two characters of its start: the side of what a count before it
/// counts. `城乡` gives a joint side.
pub fn side_of_noun(text: &str) -> Option<Area> {
    let reach = text.char_indices().nth(2).map_or(text.len(), |(i, _)| i);
    designators(text)
        .first()
        .filter(|d| {
            d.start <= reach
                && text[..d.start]
                    .chars()
                    .all(|c| !c.is_ascii() && c.is_alphabetic())
        })
        .map(|d| side(d.class))
}

/// Whether a count's noun, right after it, names a group with no side
/// (4.2万名低保对象, 1200户困难家庭).
pub fn names_a_group(after: &str) -> bool {
    let noun: String = after
        .chars()
        .take(8)
        .take_while(|c| !c.is_ascii() && c.is_alphabetic())
        .collect();
    ["对象", "人员", "家庭", "群众", "户"]
        .iter()
        .any(|w| noun.contains(w))
        && designators(&noun).is_empty()
}

/// Whether `text` names any side, 城乡 included.
pub fn names_a_side(text: &str) -> bool {
    !designators(text).is_empty()
}

/// A figure as the area rule sees it: its byte span in the sentence and kind.
#[derive(Clone, Copy, Debug)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Whether the text between two figures joins them into one list
/// (`588元/月和5003元/年`, `1100元、519元`).
fn joins(between: &str) -> bool {
    let mut t = between.trim();
    // The unit after the first figure (/月, /人月, /人·年).
    if t.starts_with('/') {
        t = t.trim_start_matches(['/', '人', '户', '月', '年', '·', '•', '.']);
    }
    for suffix in ["每月", "每年"] {
        t = t.strip_prefix(suffix).unwrap_or(t);
    }
    matches!(t, "、" | "和" | "与" | "及" | "," | "以及" | "或")
        || (t.chars().count() <= 8
            && t.starts_with(['、', '和', '及', ','])
            && designators(t).len() == 1
            && !t.chars().any(|c| c.is_ascii_digit()))
}

/// The area of every figure of a sentence, in order.
pub fn areas(sentence: &str, figures: &[Figure]) -> Vec<Area> {
    let found = designators(sentence);
    figures
        .iter()
        .enumerate()
        .map(|(i, f)| area_of(sentence, &found, figures, i, f))
        .collect()
}

/// Whether a sentence gives sides by position: `城乡…分别…` or a designator
/// list (`城市、农村`) followed by its figures.
pub fn pairs_by_position(sentence: &str) -> bool {
    let found = designators(sentence);
    found.iter().enumerate().any(|(i, d)| {
        let listed = found.get(i + 1).is_some_and(|next| {
            d.class != Class::Joint
                && next.class != Class::Joint
                && next.class != d.class
                && matches!(&sentence[d.end..next.start], "、" | "和" | "与" | "及")
        });
        (d.class == Class::Joint && sentence[d.end..].contains("分别")) || listed
    })
}

/// Sides by position for a sentence that names none and continues one that
/// paired its figures (`城乡…分别为X和Y。最高的县达到了A、B`): each lone pair
/// of same-kind figures joined into a list is urban then rural.
pub fn continued_pairs(sentence: &str, figures: &[Figure]) -> Vec<Option<Area>> {
    let mut out = vec![None; figures.len()];
    let linked = |j: usize| {
        figures[j].kind == figures[j + 1].kind
            && joins(&sentence[figures[j].end..figures[j + 1].start])
    };
    let mut i = 0;
    while i < figures.len() {
        let mut end = i;
        while end + 1 < figures.len() && linked(end) {
            end += 1;
        }
        if end == i + 1 {
            out[i] = Some(Area::Urban);
            out[end] = Some(Area::Rural);
        }
        i = end + 1;
    }
    out
}

/// The side named last in `text`, or joint when none is (or 城乡 is).
pub fn side_in(text: &str) -> Area {
    designators(text)
        .last()
        .map_or(Area::Joint, |d| side(d.class))
}

fn side(class: Class) -> Area {
    match class {
        Class::Urban => Area::Urban,
        Class::Rural => Area::Rural,
        _ => Area::Joint,
    }
}

fn area_of(
    sentence: &str,
    found: &[Designator],
    figures: &[Figure],
    index: usize,
    figure: &Figure,
) -> Area {
    // A side is named within the figure's part of the sentence: semicolons
    // divide parts with subjects of their own.
    let part_start = sentence[..figure.start]
        .rfind([';', '；'])
        .map_or(0, |i| i + 1);
    let Some(pos) = found
        .iter()
        .rposition(|d| d.end <= figure.start && d.start >= part_start)
    else {
        return Area::Joint;
    };
    // A gap between the two sides (与城市标准相差165元) belongs to neither.
    let before = &sentence[found[pos].end..figure.start];
    if RELATIONS.any_in(before, "gap") && before.contains(['相', '差']) {
        return Area::Joint;
    }
    let nearest = found[pos];
    // A designator list (城市、农村; 城镇和农村) reads like 城乡: by position.
    let listed = pos > 0 && {
        let previous = found[pos - 1];
        let between = &sentence[previous.end..nearest.start];
        previous.class != nearest.class
            && previous.class != Class::Joint
            && matches!(between, "、" | "和" | "与" | "及")
    };
    if nearest.class != Class::Joint && !listed {
        return side(nearest.class);
    }
    // By position in a pair of same-kind figures after the joint designator;
    // an item that names its own sides (城乡低保对象X、城乡特困人员Y) is no pair.
    let undesignated =
        |from: usize, to: usize| !found.iter().any(|d| d.start >= from && d.end <= to);
    let run_start = figures[..index]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(j, o)| {
            o.start >= nearest.end
                && o.kind == figure.kind
                && joins(&sentence[o.end..figures[j + 1].start])
                && undesignated(o.end, figures[j + 1].start)
        })
        .last()
        .map_or(index, |(j, _)| j);
    let mut run_end = index;
    while run_end + 1 < figures.len()
        && figures[run_end + 1].kind == figure.kind
        && joins(&sentence[figures[run_end].end..figures[run_end + 1].start])
        && undesignated(figures[run_end].end, figures[run_end + 1].start)
    {
        run_end += 1;
    }
    if run_end - run_start == 1 {
        let first = if listed {
            side(found[pos - 1].class)
        } else {
            Area::Urban
        };
        let second = if listed {
            side(nearest.class)
        } else {
            Area::Rural
        };
        return if index == run_start { first } else { second };
    }
    Area::Joint
}
