//! Figure → kind: whether a quantity is a measure at all, and if so what
//! sort (per person, per household, total, rate, count), from its unit and
//! the cues around it.

#[allow(clippy::wildcard_imports)]
use super::*;
use crate::word_set::WordSet;

pub(super) static MONEY: LazyLock<CueTable> =
    LazyLock::new(|| CueTable::parse(include_str!("../../assets/cues/money.tsv")));

/// Nouns for people counted without a measure word (37万城乡困难民众).
pub(super) const PEOPLE_NOUNS: [&str; 20] = [
    "人口",
    "民众",
    "群众",
    "居民",
    "村民",
    "市民",
    "团员",
    "党员",
    "老人",
    "老年人",
    "儿童",
    "学生",
    "职工",
    "志愿者",
    "人员",
    "对象",
    "妇女",
    "青少年",
    "残疾人",
    "农民",
];

/// What a measure word counts when it is not a welfare figure: policy items,
/// levels, kinds, events (六个方面, 三级, 10大类, 30余场活动).
pub(super) const ITEM_WORDS_AFTER: [&str; 26] = [
    "方面", "方法", "办法", "做法", "类", "级", "大", "种", "项", "届", "轮", "步", "环节", "关键",
    "机制", "模式", "制度", "方案", "措施", "举措", "任务", "规划", "文件", "会议", "群体", "类别",
];

/// Nouns before a count that make it a count of events or items
/// (脱贫攻坚项目3500余个, 信访事项103批).
pub(super) const ITEM_WORDS_BEFORE: [&str; 9] = [
    "项目", "活动", "措施", "举措", "问题", "案件", "会议", "任务", "事项",
];

/// Verbs that make residents counted the people a programme serves
/// (惠及2万名居民).
pub(super) const WELFARE_VERBS: [&str; 8] = [
    "惠及", "救助", "保障", "补助", "发放", "参保", "受益", "覆盖",
];

/// Clauses that describe a sample or an inspection, not people served.
pub(super) const SAMPLE_WORDS: [&str; 6] = ["抽查", "抽检", "检查组", "问卷", "抽样", "调查"];

/// The kind of a quantity, or `None` when it is not a measure.
pub(super) fn measure_kind(s: &str, q: &Quantity, previous: Option<&Quantity>) -> Option<Kind> {
    let before = &s[..q.start];
    let after = &s[q.end..];
    if inside_book_title(s, q.start)
        || before.ends_with('第')
        || before.ends_with('+')
        || after.starts_with('+')
    {
        return None;
    }
    // A number that opens with its point lost a digit: a problem, not a figure.
    if s[q.number_start..].starts_with('.') {
        return None;
    }
    if q.chinese_only && q.value < 10.0 {
        return None; // 三级, 两名, 一所: prose, not figures
    }
    // A vague 上千/上万 (上千户居民) is not a figure.
    if before.ends_with('上') && q.chinese_only {
        return None;
    }
    let clause = clause_around(s, q.start, q.end);
    let clause_text = &s[clause.0..clause.1];
    let clause_before = &s[clause.0..q.start];
    let is_count = matches!(
        q.unit,
        Unit::People | Unit::PersonTimes | Unit::Households | Unit::HouseholdTimes | Unit::Units(_)
    );
    if is_count {
        // A size class right after another count: 81个5000户以上超大型社区.
        // Households then people (1200户2350人) count the same recipients
        // twice over: both are figures.
        let previous_is_count = previous.is_some_and(|p| {
            p.end == q.start
                && !(matches!(p.unit, Unit::Households | Unit::HouseholdTimes)
                    && matches!(q.unit, Unit::People | Unit::PersonTimes))
                && matches!(
                    p.unit,
                    Unit::People
                        | Unit::PersonTimes
                        | Unit::Households
                        | Unit::HouseholdTimes
                        | Unit::Units(_)
                )
        });
        if previous_is_count {
            return None;
        }
        let noun_end = after
            .char_indices()
            .take_while(|&(_, c)| !is_clause_break(c) && c != '、')
            .take(6)
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        let noun_after = &after[..noun_end];
        // A one-character item word counts only right after the number.
        static ITEMS_AFTER: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ITEM_WORDS_AFTER));
        if ITEMS_AFTER
            .starts_in(noun_after)
            .iter()
            .any(|m| m.start == 0 || ITEM_WORDS_AFTER[m.word].chars().nth(1).is_some())
        {
            return None;
        }
        let near_before = &clause_before[clause_before
            .char_indices()
            .rev()
            .nth(3)
            .map_or(0, |(i, _)| i)..];
        static ITEMS_BEFORE: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ITEM_WORDS_BEFORE));
        if ITEMS_BEFORE.is_match(near_before) {
            return None;
        }
        // A breakdown (其中…) belongs to the clause before it.
        let scope = if clause_text.starts_with("其中") {
            let prev = clauses_of(s)
                .into_iter()
                .rfind(|c| c.1 <= clause.0)
                .map_or(clause.0, |c| c.0);
            &s[prev..clause.1]
        } else {
            clause_text
        };
        static SAMPLES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SAMPLE_WORDS));
        if SAMPLES.is_match(scope) {
            return None;
        }
        // General population (2500名居民, 常住人口800万) is not a welfare
        // figure: residents counted with no welfare group named and no
        // welfare verb in the clause.
        if matches!(q.unit, Unit::Households | Unit::People) {
            // The noun counted closes the list of counts (737户、2132名居民).
            let mut noun = after;
            while let Some(rest) = noun.strip_prefix('、') {
                let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                noun = ["户", "名", "人", "位"]
                    .iter()
                    .find_map(|u| rest.strip_prefix(u))
                    .unwrap_or(rest);
            }
            let residents = ["居民", "村民", "人口"].iter().any(|w| noun.starts_with(w));
            // A community is where residents live, not a programme serving them.
            let welfare = || {
                super::categories::Cues::get()
                    .find_words(clause_text)
                    .iter()
                    .any(|h| h.rank >= 2 && h.category != crate::measure::Category::Community)
                    || WELFARE_VERBS.iter().any(|v| clause_text.contains(v))
            };
            if residents && !welfare() {
                return None;
            }
        }
    }
    match q.unit {
        Unit::Yuan => Some(money_kind(s, q, clause)),
        // A percentage point is a difference of rates: a rate too.
        Unit::Percent | Unit::PercentagePoint => Some(Kind::Rate),
        Unit::People | Unit::PersonTimes => Some(Kind::CountPeople),
        Unit::Households | Unit::HouseholdTimes => Some(Kind::CountHouseholds),
        Unit::Units(_) => {
            let noun: String = after
                .chars()
                .take_while(|&c| !is_clause_break(c) && c != '、')
                .take(10)
                .collect();
            if noun.contains("家庭") || noun.starts_with('户') {
                Some(Kind::CountHouseholds)
            } else {
                Some(Kind::CountUnits)
            }
        }
        Unit::None => {
            // 37万城乡困难民众, 81万团员: a count of people without a measure word.
            let scaled = s[q.number_start..q.number_end].ends_with(['万', '亿']);
            let noun: String = after
                .chars()
                .take_while(|&c| !is_clause_break(c) && c != '、')
                .take(8)
                .collect();
            // Paid out (拨付1.2亿): money, whatever it is for.
            if scaled && MONEY.ending(clause_before.trim_end(), "total").is_some() {
                return Some(Kind::AmountTotal);
            }
            if scaled && PEOPLE_NOUNS.iter().any(|n| noun.contains(n)) {
                return Some(Kind::CountPeople);
            }
            // Money without 元 (投入800万福彩公益金, 安排资金1.2亿): a scaled
            // number beside a money noun, a word ending in 金, 款 or 费.
            if scaled && (names_money(&noun) || ends_with_money_noun(clause_before)) {
                return Some(Kind::AmountTotal);
            }
            // A count after the count it states (保障人数为4820, 户数达1200).
            counted_by(clause_before)
        }
        _ => None,
    }
}

/// A bound stated earlier in the clause with nothing counted in between:
/// `不低于本市职工平均工资的100%`.
pub(super) fn distant_bound(
    s: &str,
    clause: (usize, usize),
    q: &Quantity,
    all: &[Quantity],
) -> Option<Qualifier> {
    let from = all
        .iter()
        .filter(|o| o.end <= q.start && o.end > clause.0)
        .map(|o| o.end)
        .max()
        .unwrap_or(clause.0);
    let between = &s[from..q.start];
    // Only the negated bounds (不低于, 不超过, …) reach over other words.
    if !between.contains('不') {
        return None;
    }
    quantity::QUALIFIERS_BEFORE
        .iter()
        .filter(|(w, q)| w.starts_with('不') && *q != Qualifier::About)
        .filter_map(|(w, q)| rfind_short(between, w).map(|at| (at, *q)))
        .max_by_key(|(at, _)| *at)
        .map(|(_, q)| q)
}

/// Per person, per household, or a total. A clause that only continues the
/// one before it (`人均补助提高30元,达到640元`) keeps that clause's unit.
pub(super) fn money_kind(s: &str, q: &Quantity, clause: (usize, usize)) -> Kind {
    let kind = money_kind_in(s, q, clause);
    let clause_text = &s[clause.0..q.start];
    const CONTINUATIONS: [&str; 6] = ["达到", "提高到", "提高至", "增至", "增加到", "达"];
    if kind == Kind::AmountTotal
        && CONTINUATIONS.iter().any(|c| clause_text.starts_with(c))
        && let Some(previous) = clauses_of(s).into_iter().rfind(|c| c.1 <= clause.0)
    {
        let before = &s[previous.0..previous.1];
        if let Some(other) = quantity::find(before)
            .into_iter()
            .rev()
            .find(|o| o.unit == Unit::Yuan)
        {
            let shifted = Quantity {
                start: other.start + previous.0,
                end: other.end + previous.0,
                ..other
            };
            return money_kind_in(s, &shifted, previous);
        }
    }
    kind
}

pub(super) fn money_kind_in(s: &str, q: &Quantity, clause: (usize, usize)) -> Kind {
    let after = super::after_list(&s[q.end..]);
    let tail = super::period::unit_tail(after);
    if tail.person || after.starts_with("每人") {
        return Kind::AmountPerPerson;
    }
    if tail.household || after.starts_with("每户") {
        return Kind::AmountPerHousehold;
    }
    let before = &s[clause.0..q.start];
    const PERSON: [&str; 7] = ["每人", "人均", "人次均", "每名", "每位", "/人", "每个人"];
    const HOUSEHOLD: [&str; 5] = ["每户", "户均", "户次均", "/户", "每个家庭"];
    const UNIT: [&str; 4] = ["每个社区", "每个村", "每个单位", "每所"];
    let last = |words: &[&str]| words.iter().filter_map(|w| rfind_short(before, w)).max();
    // A total named after the per-person words and another figure
    // (每人每月80元、全年共发放260万元) speaks for this figure.
    let total = MONEY.last_in(before, "total");
    let after_total = |at: Option<usize>| {
        at.filter(|&at| {
            total.is_none_or(|t| at > t || !before[at..t].contains(|c: char| c.is_ascii_digit()))
        })
    };
    let person = after_total(last(&PERSON));
    let household = after_total(last(&HOUSEHOLD));
    let unit = last(&UNIT);
    match (person, household, unit) {
        (Some(p), h, u) if h.is_none_or(|h| p > h) && u.is_none_or(|u| p > u) => {
            Kind::AmountPerPerson
        }
        (_, Some(h), u) if u.is_none_or(|u| h > u) => Kind::AmountPerHousehold,
        (_, _, Some(_)) => Kind::AmountTotal,
        _ if is_standard(s, q, clause)
            || is_received(before, q)
            || is_a_cap(before, q)
            || is_paid_per_period(before, q) =>
        {
            Kind::AmountPerPerson
        }
        _ => Kind::AmountTotal,
    }
}

/// Whether an amount is paid per month or year to its recipients with no
/// total named (城市低保对象每月330元, 农村低保每年800元): a standard.
fn is_paid_per_period(before: &str, q: &Quantity) -> bool {
    const BOUNDS: [&str; 5] = ["不低于", "不少于", "约", "达", "为"];
    let t = strip_trailing(before.trim_end(), &BOUNDS);
    q.value < 1e5
        && (t.ends_with("每月") || t.ends_with("每年"))
        && MONEY.last_in(before, "total").is_none()
}

/// Whether an amount is what one recipient receives: a verb of receiving
/// (可领取, 可获, 享受) before it in its clause, with no total named between,
/// and a sum a person could be paid.
fn is_received(before: &str, q: &Quantity) -> bool {
    const RECEIVE: [&str; 7] = ["领取", "领到", "可获", "获得", "享受", "可得", "得到"];
    q.value < 1e5
        && RECEIVE
            .iter()
            .filter_map(|w| rfind_short(before, w))
            .max()
            .is_some_and(|at| MONEY.last_in(&before[at..], "total").is_none())
}

/// Whether an amount is the most one case may be paid (年度救助最高不超过5万元,
/// 封顶线3万元): a cap word before it in its clause, no total named after it.
fn is_a_cap(before: &str, q: &Quantity) -> bool {
    q.value < 1e6
        && ["最高", "封顶"]
            .iter()
            .filter_map(|w| rfind_short(before, w))
            .max()
            .is_some_and(|at| MONEY.last_in(&before[at..], "total").is_none())
}

/// A bare amount that states a standard paid to each recipient is per person:
/// one written per month or year (`672元/月`), one after a standard named in
/// its clause with no total in between (`低保标准为1420元`), or one that a
/// standard follows (`按照每人…3000元的标准`, `享受320元的最高标准`).
pub(super) fn is_standard(s: &str, q: &Quantity, clause: (usize, usize)) -> bool {
    let before = &s[clause.0..q.start];
    let tail = &s[q.end..clause.1.max(q.end)];
    if super::period::unit_tail(tail).period.is_some() {
        return true;
    }
    let total = MONEY.last_in(before, "total");
    // A sum no one person is paid (待遇2.3亿元) is a total.
    if q.value >= 1e6 {
        return false;
    }
    if let Some(standard) = MONEY.last_in(before, "standard")
        && total.is_none_or(|t| t < standard)
    {
        return true;
    }
    // A standard named earlier in the sentence carries over clauses that
    // go on about it (`标准从650元起步,调整到700元`), as long as no total is
    // named after it and the amount is one a person could be paid.
    let sentence_before = &s[..q.start];
    if total.is_none()
        && q.value < 1e5
        && let Some(standard) = MONEY.last_in(sentence_before, "standard")
        && MONEY
            .last_in(sentence_before, "total")
            .is_none_or(|t| t < standard)
    {
        return true;
    }
    // The standard may close a list of figures: 城市X元、农村Y元的标准.
    let standard_after = tail.match_indices('的').any(|(i, _)| {
        // 的 then the standard, perhaps with a short modifier (的最高标准,
        // 的人均补助水平).
        let rest = &tail[i + '的'.len_utf8()..];
        let reach: usize = rest.chars().take(4).map(char::len_utf8).sum();
        MONEY
            .of("standard")
            .any(|w| rest.find(w).is_some_and(|at| at <= reach))
    });
    standard_after && total.is_none()
}

/// Whether the noun after a number is money: a word ending in 金, 款 or 费
/// within its first few characters (福彩公益金, 救助资金, 专项经费).
fn names_money(noun: &str) -> bool {
    noun.char_indices()
        .take(6)
        .any(|(i, c)| matches!(c, '金' | '款' | '费') && i > 0 && !noun[..i].ends_with('年'))
}

/// Whether the text before a number ends with a money noun, allowing a verb
/// of amount between (资金2600万, 公益金达1.2亿).
fn ends_with_money_noun(before: &str) -> bool {
    let t = ["为", "达", "达到", "共", "约", "近", "超过", "共计", "合计"]
        .iter()
        .fold(before.trim_end(), |t, w| t.strip_suffix(w).unwrap_or(t));
    t.ends_with(['金', '款', '费'])
}

/// The kind of a bare number stated as the count of a count noun
/// (人数为4820, 户数达1200, 保障人次共3万).
fn counted_by(before: &str) -> Option<Kind> {
    const LINKS: [&str; 10] = [
        "为", "达", "达到", "是", "共", "共计", "约", "有", "超过", "已",
    ];
    let t = strip_trailing(before.trim_end(), &LINKS);
    if t.ends_with("人数") || t.ends_with("人次") {
        Some(Kind::CountPeople)
    } else if t.ends_with("户数") || t.ends_with("户次") {
        Some(Kind::CountHouseholds)
    } else {
        None
    }
}
