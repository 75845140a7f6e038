//! Figure → programme. Input: the clause and sentence around a figure.
//! Output: the welfare [`Category`] it belongs to.
//!
//! Cue words live in `assets/categories.tsv` (editable, embedded at build
//! time), each with a rank: a programme paid (3) over a field of work (2) over
//! a group of recipients (1). Text is segmented with jieba so that a
//! one-character cue (村) counts only as a word of its own, never inside
//! another (农村).

use std::sync::LazyLock;

use jieba_rs::Jieba;

use crate::measure::Category;
use crate::word_set::WordSet;

const CATEGORIES_TSV: &str = include_str!("../../assets/categories.tsv");

/// Nouns that turn a cue before them into a group of recipients.
const GROUP_NOUNS: [&str; 6] = ["人员", "对象", "家庭", "群体", "群众", "户"];

/// Words after a cue that make it the name of an organisation.
const ORGANISATIONS: [&str; 5] = ["总会", "协会", "基金会", "联合会", "促进会"];

/// Whether `after` (the text right after a cue) continues a list of groups:
/// `、item、item等…群体`, all within one clause.
fn in_list_of_groups(after: &str) -> bool {
    // The list goes on right after the cue, or closes there.
    if !after.starts_with(['、', '等']) {
        return false;
    }
    let clause_end = after
        .find([',', ';', '。', ':', '，'])
        .unwrap_or(after.len());
    let clause = &after[..clause_end];
    let Some(at) = clause.find('等') else {
        return false;
    };
    let (items, rest) = (&clause[..at], &clause[at + '等'.len_utf8()..]);
    let listed = items.is_empty()
        || (items.starts_with('、')
            && items
                .split('、')
                .skip(1)
                .all(|i| (1..=10).contains(&i.chars().count())));
    let tail: String = rest.chars().take(6).collect();
    listed && GROUP_NOUNS.iter().any(|g| tail.contains(g))
}

/// What a group's own standard may be called between the group and 标准
/// (特困人员基本生活标准, 低保对象的救助标准).
const OWN_STANDARDS: [&str; 6] = ["基本生活", "救助供养", "供养", "救助", "保障", "生活"];

/// Whether `after` (the text right after a group cue) names that group's own
/// standard: `[的]` `[基本生活|供养|救助…]` `标准`.
fn owns_standard(after: &str) -> bool {
    let after = after.strip_prefix('的').unwrap_or(after);
    let after = OWN_STANDARDS
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    after.starts_with("标准")
}

/// Whether the words right after a cue make it a yardstick: its noun, `的`,
/// then a multiple or a share (`低保标准的1.3倍`, `低保平均标准的60%`).
fn is_yardstick(after: &str) -> bool {
    // The 的 closes the cue's own noun (低保标准的, 低保平均标准的): it is
    // one of the first five characters, before the clause ends.
    let window = after.char_indices().nth(5).map_or(after.len(), |(i, _)| i);
    let head = &after[..window];
    let head = &head[..head
        .find([',', ';', '。', ':', '，', '；'])
        .unwrap_or(head.len())];
    head.match_indices('的').any(|(i, _)| {
        let rest = &after[i + '的'.len_utf8()..];
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        digits > 0 && (rest[digits..].starts_with('倍') || rest[digits..].starts_with('%'))
    })
}

/// Words that make a payment a one-off or seasonal one: temporary assistance
/// whoever receives it (conventions: the programme paid, not the group paid).
const TEMPORARY_MARKS: [&str; 16] = [
    "临时",
    "一次性",
    "物价",
    "价格",
    "价补",
    "取暖",
    "采暖",
    "供暖",
    "节日",
    "春节",
    "元旦",
    "两节",
    "年终",
    "过节",
    "冬季",
    "慰问",
];
/// Nouns of a payment.
const PAYMENTS: [&str; 4] = ["补贴", "补助", "救助", "生活费"];
/// How far (characters) a mark may stand before its payment noun, within one
/// run of text without punctuation or digits (取暖一吨煤救助, 临时生活补贴).
const MARK_REACH: usize = 5;

/// Every one-off or seasonal payment in `text`: a payment noun (found at
/// `nouns`, by start and index in [`PAYMENTS`]) with a temporary mark
/// shortly before it (一次性生活补贴, 价格临时补贴, 春节慰问补贴).
fn temporary_payments(text: &str, nouns: impl Iterator<Item = (usize, usize)>) -> Vec<CueHit> {
    let mut found = Vec::new();
    for (at, noun) in nouns {
        let noun = PAYMENTS[noun];
        {
            let run_start = text[..at]
                .char_indices()
                .rev()
                .take(MARK_REACH + 4)
                .take_while(|&(_, c)| {
                    !(c.is_ascii_digit() || c.is_ascii_punctuation() || "，。；、：".contains(c))
                })
                .last()
                .map_or(at, |(i, _)| i);
            let run = &text[run_start..at];
            let mark = TEMPORARY_MARKS
                .iter()
                .filter_map(|m| super::clauses::rfind_short(run, m).map(|i| (run_start + i, m)))
                .filter(|&(i, m)| text[i + m.len()..at].chars().count() <= MARK_REACH)
                .min_by_key(|&(i, _)| i);
            if let Some((start, _)) = mark {
                let end = at + noun.len();
                let after = &text[end..];
                let rank = if GROUP_NOUNS.iter().any(|g| after.starts_with(g)) {
                    1
                } else {
                    3
                };
                found.push(CueHit {
                    start,
                    end,
                    category: Category::TemporaryAssistance,
                    rank,
                });
            }
        }
    }
    found
}

/// One cue word.
#[derive(Clone, Debug)]
pub struct Cue {
    pub word: String,
    pub category: Category,
    pub rank: u8,
}

/// A cue found in a text, by byte span.
#[derive(Clone, Debug)]
pub struct CueHit {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    pub rank: u8,
}

/// The cue list with its matcher and the segmenter.
pub struct Cues {
    cues: Vec<Cue>,
    matcher: WordSet,
    jieba: Jieba,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| Cues::parse(CATEGORIES_TSV));

impl Cues {
    /// The embedded cue list, built once.
    pub fn get() -> &'static Self {
        &CUES
    }

    /// Parse a cue file (`cue<TAB>category<TAB>rank`, `#` comments).
    pub fn parse(tsv: &str) -> Self {
        let cues: Vec<Cue> = tsv
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let word = f.next()?.trim().to_owned();
                let category = Category::parse(f.next()?.trim())?;
                let rank = f.next().and_then(|r| r.trim().parse().ok()).unwrap_or(2);
                Some(Cue {
                    word,
                    category,
                    rank,
                })
            })
            .collect();
        // The payment nouns of one-off payments are found in the same pass,
        // after the cue words. None overlaps another (see `find_in`).
        debug_assert!(PAYMENTS.iter().all(|a| PAYMENTS.iter().all(|b| {
            (1..a.chars().count()).all(|k| {
                let tail: String = a.chars().skip(k).collect();
                !b.starts_with(&tail) && !tail.starts_with(b)
            }) && (a == b || !a.contains(b))
        })));
        let matcher = WordSet::new(
            cues.iter()
                .map(|c| c.word.as_str())
                .chain(PAYMENTS.iter().copied()),
        );
        Self {
            cues,
            matcher,
            jieba: Jieba::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.cues.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// Every cue in `text` (overlapping, so 低保对象 yields 低保 and 低保对象),
    /// keeping one-character cues only where jieba makes them a word.
    pub fn find(&self, text: &str) -> Vec<CueHit> {
        self.find_in(text, true)
    }

    /// Like [`Self::find`], but without the one-character cues, so without
    /// segmenting: enough for the context of a neighbouring sentence.
    pub fn find_words(&self, text: &str) -> Vec<CueHit> {
        self.find_in(text, false)
    }

    fn find_in(&self, text: &str, with_single_characters: bool) -> Vec<CueHit> {
        let mut hits: Vec<CueHit> = Vec::new();
        let found = self.matcher.overlapping(text);
        // The words of the last run segmented: one-character cues often
        // share a run.
        let mut segmented: Option<(usize, Vec<(usize, usize)>)> = None;
        for m in &found {
            let Some(cue) = self.cues.get(m.word) else {
                continue;
            };
            if cue.word.chars().count() == 1 {
                if !with_single_characters {
                    continue;
                }
                if !self.is_word(text, m.start, m.end, &mut segmented) {
                    continue;
                }
            }
            // A programme named as who receives it (领取高龄津贴人员, 流浪乞讨人员)
            // is a group of recipients, not the programme paid.
            // So is one in a list of groups (走访慰问孤儿、低保对象等弱势群体),
            // and one that names an organisation (慈善总会筹资: who pays).
            // 集中供养 and 分散供养 name a mode of care (in an institution or
            // at home) that orphans and the extreme poor share: the programme
            // comes from the context.
            if cue.word.starts_with("供养")
                && (text[..m.start].ends_with("集中") || text[..m.start].ends_with("分散"))
            {
                continue;
            }
            let after = &text[m.end..];
            // A programme named only as the yardstick of another standard
            // (按不低于当地低保标准的1.3倍确定) is not what the figure pays.
            if is_yardstick(after) {
                continue;
            }
            let rank = if cue.rank <= 1 && owns_standard(after) {
                // A group followed by its own standard (特困人员基本生活标准)
                // names the programme of that standard.
                3
            } else if GROUP_NOUNS.iter().any(|g| after.starts_with(g))
                || in_list_of_groups(after)
                || ORGANISATIONS.iter().any(|o| after.starts_with(o))
            {
                cue.rank.min(1)
            } else {
                cue.rank
            };
            hits.push(CueHit {
                start: m.start,
                end: m.end,
                category: cue.category,
                rank,
            });
        }
        // Payment nouns never overlap one another, so their order by end is
        // their order by start.
        let nouns = found
            .iter()
            .filter_map(|m| Some((m.start, m.word.checked_sub(self.cues.len())?)));
        hits.extend(temporary_payments(text, nouns));
        // Where one cue contains another (低保对象 ⊃ 低保), the longer one speaks.
        let contained = |h: &CueHit| {
            hits.iter().any(|o| {
                o.start <= h.start && o.end >= h.end && (o.end - o.start) > (h.end - h.start)
            })
        };
        let keep: Vec<bool> = hits.iter().map(|h| !contained(h)).collect();
        hits.into_iter()
            .zip(keep)
            .filter_map(|(h, k)| k.then_some(h))
            .collect()
    }

    /// Whether jieba makes `text[start..end]` a word of its own. Jieba
    /// segments each run of Han characters, letters and digits on its own,
    /// so only the run holding the span is cut.
    fn is_word(
        &self,
        text: &str,
        start: usize,
        end: usize,
        segmented: &mut Option<(usize, Vec<(usize, usize)>)>,
    ) -> bool {
        let in_run = |c: char| {
            matches!(c, '\u{4E00}'..='\u{9FD5}' | 'a'..='z' | 'A'..='Z' | '0'..='9')
                || "+#&._%-".contains(c)
        };
        let run_start = text[..start]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| in_run(c))
            .last()
            .map_or(start, |(i, _)| i);
        let run_end = text[end..]
            .char_indices()
            .find(|&(_, c)| !in_run(c))
            .map_or(text.len(), |(i, _)| end + i);
        let words = match segmented {
            Some((at, words)) if *at == run_start => words,
            _ => {
                let words = self
                    .jieba
                    .cut(&text[run_start..run_end], true)
                    .iter()
                    .map(|w| (run_start + w.byte_start, run_start + w.byte_end))
                    .collect();
                &mut segmented.insert((run_start, words)).1
            }
        };
        let mut starts = false;
        for &(word_start, word_end) in words.iter() {
            starts |= word_start == start;
            if word_end >= end {
                return starts && word_end == end;
            }
        }
        false
    }

    /// The segmenter, shared with other views (term lists).
    pub fn jieba(&self) -> &Jieba {
        &self.jieba
    }
}

/// Where a figure stands, for choosing its programme.
pub struct FigureSite<'t> {
    pub sentence: &'t str,
    /// The clause within the sentence, by byte range.
    pub clause: (usize, usize),
    /// The figure (number and unit) within the sentence, by byte range.
    pub figure: (usize, usize),
    /// Whether the figure counts things (people, households, units), so that
    /// the noun beside it names what is counted.
    pub is_count: bool,
    /// How many figures the clause holds (a list when more than one).
    pub figures_in_clause: usize,
}

/// Of two programmes named together (`低保和特困人员救助供养资金`), the
/// first-named: the chosen cue's category, unless a cue of another programme
/// stands right before it, joined by 和, 及, 与 or 、 (after a group noun).
fn first_named(sentence: &str, hits: &[CueHit], chosen: &CueHit) -> Category {
    let joined = |earlier: &CueHit| {
        let between = sentence.get(earlier.end..chosen.start).unwrap_or("");
        let between = GROUP_NOUNS
            .iter()
            .fold(between, |t, g| t.strip_prefix(g).unwrap_or(t));
        matches!(between, "和" | "及" | "与" | "、" | "以及" | "等")
    };
    hits.iter()
        .filter(|h| h.rank >= 2 && h.category != chosen.category && h.end <= chosen.start)
        .find(|h| joined(h))
        .map_or(chosen.category, |h| h.category)
}

/// Whether a sentence may refer to a payment named before it: a cheap test
/// before its cues are looked up again.
pub fn may_refer_to_a_payment(sentence: &str) -> bool {
    sentence.split([';', '；']).any(|part| {
        let opening = &part[..part
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(part.len())];
        refers_to_a_payment(opening)
    })
}

/// Whether a part of a sentence refers to a payment already named: this
/// round's (此次, 本次, 这次) or a bare payment noun (补贴标准, 慰问金).
fn refers_to_a_payment(part: &str) -> bool {
    ["此次", "本次", "这次", "补贴", "慰问"]
        .iter()
        .any(|w| part.contains(w))
}

/// Whether a figure is an item of a one-off or seasonal payment named in the
/// sentence before, broken down by recipient group (补贴标准为城市低保对象每人
/// 300元,五保对象每人200元…; 此次发放低保对象每人300元…): the sentence's part
/// opens by referring to the payment and names no other programme paid, so
/// the groups in it say who is paid, not what.
pub fn pays_the_payment_before(
    site: &FigureSite<'_>,
    hits: &[CueHit],
    before: &[CueHit],
    title: &[CueHit],
) -> bool {
    let named_before = before
        .iter()
        .chain(title)
        .any(|h| h.rank == 3 && h.category == Category::TemporaryAssistance);
    if !named_before {
        return false;
    }
    let (fs, _) = site.figure;
    let seg_start = site.sentence[..fs].rfind([';', '；']).map_or(0, |i| i + 1);
    let part = &site.sentence[seg_start..];
    let opening = &part[..part
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(part.len())];
    // A programme named as the group an item pays (孤儿每人300元) is a group.
    let names_the_paid = |h: &CueHit| site.sentence[h.end..].starts_with('每');
    refers_to_a_payment(opening)
        && !hits.iter().any(|h| {
            h.rank == 3
                && h.start >= seg_start
                && h.category != Category::TemporaryAssistance
                && !names_the_paid(h)
        })
}

/// Choose the programme of a figure.
pub fn categorize(
    site: &FigureSite<'_>,
    hits: &[CueHit],
    before: &[CueHit],
    title: &[CueHit],
) -> Category {
    let category = choose(site, hits, before, title);
    // The care of the extreme poor (特困人员…全护理、半护理标准, 护理费) is
    // part of their support, not disability or elderly care.
    let (cs, ce) = site.clause;
    let cares = |text: &str| text.contains("护理") || text.contains("照料");
    if !matches!(category, Category::Disability | Category::ElderlyCare)
        || !cares(&site.sentence[cs..ce])
    {
        return category;
    }
    let in_clause: Vec<&CueHit> = hits
        .iter()
        .filter(|h| h.start >= cs && h.end <= ce)
        .collect();
    let named = |c: Category| in_clause.iter().any(|h| h.category == c);
    let disabled = site.sentence[cs..ce].contains("残疾");
    let own = named(Category::ExtremePoverty) && !disabled;
    let carried = !named(Category::Disability)
        && !named(Category::ElderlyCare)
        && before
            .iter()
            .any(|h| h.category == Category::ExtremePoverty);
    if own || carried {
        return Category::ExtremePoverty;
    }
    category
}

/// Community words that name where something happens (两县其他乡镇, 社区覆盖率)
/// rather than a programme of community work.
const PLACE_WORDS: [&str; 6] = ["社区", "乡镇", "街道", "村", "小区", "嘎查"];

fn choose(site: &FigureSite<'_>, hits: &[CueHit], before: &[CueHit], title: &[CueHit]) -> Category {
    // Where the heading or the sentence before names a programme, a place
    // word of the sentence is where that programme is run, not a programme.
    let context_names_programme = before
        .iter()
        .chain(title)
        .any(|h| h.rank >= 2 && h.category != Category::Community);
    let is_place_word = |h: &CueHit| {
        h.category == Category::Community
            && PLACE_WORDS.contains(&site.sentence.get(h.start..h.end).unwrap_or(""))
    };
    let without_places: Vec<CueHit>;
    let hits = if context_names_programme && hits.iter().any(is_place_word) {
        without_places = hits
            .iter()
            .filter(|h| {
                // 社区综合服务中心, 社区治理: community work itself.
                let works = ["综合", "服务", "治理", "工作", "组织"]
                    .iter()
                    .any(|w| site.sentence[h.end..].starts_with(w));
                h.category != Category::Community
                    || works
                    || !PLACE_WORDS.contains(&site.sentence.get(h.start..h.end).unwrap_or(""))
            })
            .cloned()
            .collect();
        &without_places[..]
    } else {
        hits
    };
    let (fs, fe) = site.figure;
    let (cs, ce) = site.clause;
    if pays_the_payment_before(site, hits, before, title) {
        return Category::TemporaryAssistance;
    }
    // A programme is usually named before its figures; after them only when
    // the figure is a standard (按照…的标准,发放一次性生活补贴).
    let standard = site.sentence[cs..ce].trim_end().ends_with("标准");
    let distance = |h: &CueHit| {
        if h.end <= fs {
            fs - h.end
        } else if h.start < ce || standard {
            h.start.saturating_sub(fe)
        } else {
            h.start.saturating_sub(fe) * 4
        }
    };
    if site.is_count {
        // The noun counted: right after the unit (772名青少年) or right before
        // the number (养老服务商近2万家).
        let beside = hits
            .iter()
            .filter(|h| h.start >= cs && h.end <= ce)
            .filter(|h| (h.start >= fe && h.start - fe <= 6) || (h.end <= fs && fs - h.end <= 6))
            .min_by_key(|h| distance(h));
        if let Some(h) = beside
            && h.rank >= 2
        {
            return h.category;
        }
    }
    // At equal rank a programme outranks the community it is run in
    // (社区养老床位 counts elderly care).
    let specific = |h: &CueHit| h.category != Category::Community;
    let best = |list: &mut dyn Iterator<Item = &CueHit>| -> Option<(u8, Category)> {
        let chosen = list.max_by(|a, b| {
            a.rank
                .cmp(&b.rank)
                .then(specific(a).cmp(&specific(b)))
                .then(distance(b).cmp(&distance(a)))
        })?;
        Some((chosen.rank, first_named(site.sentence, hits, chosen)))
    };
    // In a list (低保资金42.8亿元、特困人员救助供养资金11.2亿元) each item
    // names its own programme.
    let item_start = site.sentence[cs..fs].rfind('、').map_or(cs, |i| cs + i);
    let item_end = site.sentence[fe..ce].find('、').map_or(ce, |i| fe + i);
    let in_item = best(
        &mut hits
            .iter()
            .filter(|h| h.start >= item_start && h.end <= item_end),
    );
    if let Some((rank, category)) = in_item
        && rank >= 2
        && site.figures_in_clause > 1
        && (item_start, item_end) != (cs, ce)
    {
        return category;
    }
    // A standard is the standard of the programme paid after it.
    if standard
        && let Some(paid) = hits
            .iter()
            .filter(|h| h.start >= ce && h.rank == 3)
            .min_by_key(|h| h.start)
    {
        return paid.category;
    }
    let in_clause = best(&mut hits.iter().filter(|h| h.start >= cs && h.end <= ce));
    if let Some((rank, category)) = in_clause
        && rank >= 2
    {
        return category;
    }
    // Beyond its clause a figure looks only within its segment of the
    // sentence: semicolons divide a sentence into parts with subjects of
    // their own (城市低保对象…;农村五保对象…;孤儿…).
    let seg_start = site.sentence[..fs].rfind([';', '；']).map_or(0, |i| i + 1);
    let seg_end = site.sentence[fe..]
        .find([';', '；'])
        .map_or(site.sentence.len(), |i| fe + i);
    let in_sentence = best(
        &mut hits
            .iter()
            .filter(|h| h.start >= seg_start && h.end <= seg_end),
    );
    // A programme paid named elsewhere in the sentence outranks a group in
    // the clause, unless another programme stands between them: that one's
    // clause is where the first one's reach ends (提高养老金…,将低保标准提高
    // 到…,五保户…).
    let reaches = |category: Category| {
        hits.iter()
            .filter(|h| h.rank == 3 && h.category == category)
            .filter(|h| h.start >= seg_start && h.end <= seg_end)
            .any(|paid| {
                let (from, to) = if paid.end <= fs {
                    (paid.end, fs)
                } else {
                    (fe, paid.start)
                };
                !hits.iter().any(|h| {
                    h.rank >= 2 && h.category != category && h.start >= from && h.end <= to
                })
            })
    };
    let chosen = match (in_clause, in_sentence) {
        (Some(_), Some((3, category))) if !reaches(category) => {
            in_clause.map(|(_, category)| category)
        }
        (_, Some((3, category))) => Some(category),
        (clause, sentence) => clause.or(sentence).map(|(_, category)| category),
    };
    // A part of a sentence that names no programme (…;二类对象月补助水平由X提高到Y)
    // continues the parts before it: the programme paid named last.
    let earlier_part = || {
        hits.iter()
            .filter(|h| h.rank >= 2 && h.end <= seg_start)
            .max_by(|a, b| a.rank.cmp(&b.rank).then(a.start.cmp(&b.start)))
    };
    // A sentence that names no programme at all (累计支出超过59亿元) continues
    // the one before it in its paragraph: that sentence's programme paid.
    let carried = || {
        before
            .iter()
            .filter(|h| h.rank >= 2)
            .max_by(|a, b| a.rank.cmp(&b.rank).then(a.start.cmp(&b.start)))
    };
    // Failing all that, the programme the article's title names.
    let titled = || {
        title
            .iter()
            .filter(|h| h.rank >= 2)
            .max_by(|a, b| a.rank.cmp(&b.rank).then(b.start.cmp(&a.start)))
    };
    // A sentence that speaks of the payment named before it (此次发放…,
    // 补贴标准为…) without a programme of its own pays that payment, when it
    // is a one-off or seasonal one.
    let own_programme = hits.iter().any(|h| {
        h.rank == 3
            && h.start >= seg_start
            && h.end <= seg_end
            && h.category != Category::TemporaryAssistance
    });
    if !own_programme
        && refers_to_a_payment(&site.sentence[seg_start..seg_end])
        && before
            .iter()
            .chain(title)
            .any(|h| h.rank == 3 && h.category == Category::TemporaryAssistance)
    {
        return Category::TemporaryAssistance;
    }
    chosen
        .or_else(|| earlier_part().map(|h| h.category))
        .or_else(|| carried().map(|h| h.category))
        .or_else(|| titled().map(|h| h.category))
        .unwrap_or(Category::Other)
}
