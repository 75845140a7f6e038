//! The data model: one welfare *measure* as `spec/measures.md` defines it.
//!
//! A [`Measure`] is what the extractor produces and what every view, chart and
//! export consumes. Its serialised form (`jsonl`, `csv`) has exactly the fields of
//! the spec, in the spec's order; the source span and the before → after link
//! travel beside it in [`Found`].

use serde::{Deserialize, Serialize};

/// The 34 province-level divisions, by canonical short name, in the spec's order.
pub const PROVINCES: [&str; 34] = [
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
    "台湾",
];

/// What sort of quantity a measure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    AmountPerPerson,
    AmountPerHousehold,
    AmountTotal,
    Rate,
    CountPeople,
    CountHouseholds,
    CountUnits,
}

impl Kind {
    pub const ALL: [Self; 7] = [
        Self::AmountPerPerson,
        Self::AmountPerHousehold,
        Self::AmountTotal,
        Self::Rate,
        Self::CountPeople,
        Self::CountHouseholds,
        Self::CountUnits,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AmountPerPerson => "amount_per_person",
            Self::AmountPerHousehold => "amount_per_household",
            Self::AmountTotal => "amount_total",
            Self::Rate => "rate",
            Self::CountPeople => "count_people",
            Self::CountHouseholds => "count_households",
            Self::CountUnits => "count_units",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Money kinds are in yuan.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Self::AmountPerPerson | Self::AmountPerHousehold | Self::AmountTotal
        )
    }
}

/// Which welfare programme a measure belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    MinimumLiving,
    ExtremePoverty,
    TemporaryAssistance,
    ChildWelfare,
    Disability,
    ElderlyCare,
    PensionInsurance,
    Medical,
    Community,
    Other,
}

impl Category {
    pub const ALL: [Self; 10] = [
        Self::MinimumLiving,
        Self::ExtremePoverty,
        Self::TemporaryAssistance,
        Self::ChildWelfare,
        Self::Disability,
        Self::ElderlyCare,
        Self::PensionInsurance,
        Self::Medical,
        Self::Community,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::MinimumLiving => "minimum_living",
            Self::ExtremePoverty => "extreme_poverty",
            Self::TemporaryAssistance => "temporary_assistance",
            Self::ChildWelfare => "child_welfare",
            Self::Disability => "disability",
            Self::ElderlyCare => "elderly_care",
            Self::PensionInsurance => "pension_insurance",
            Self::Medical => "medical",
            Self::Community => "community",
            Self::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// How often an amount is paid or counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Month,
    Year,
    Once,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Month => "month",
            Self::Year => "year",
            Self::Once => "once",
        }
    }
}

/// Whether the text states the figure exactly or as a bound or estimate.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    AtLeast,
    AtMost,
    About,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::AtLeast => "at_least",
            Self::AtMost => "at_most",
            Self::About => "about",
        }
    }
}

/// Whether a figure is tied to urban or rural areas; joint figures have neither.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// Not tied to one side (a joint figure, or the text does not split).
    #[default]
    #[serde(rename = "")]
    Joint,
    Urban,
    Rural,
}

impl Area {
    pub const ALL: [Self; 3] = [Self::Joint, Self::Urban, Self::Rural];

    /// The spec's spelling: `urban`, `rural` or empty.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Joint => "",
            Self::Urban => "urban",
            Self::Rural => "rural",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

/// Whether a figure is a level, the earlier value of a change, or an increment.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// A level: what a chart of levels draws.
    #[default]
    #[serde(rename = "")]
    Level,
    /// The earlier value of a stated change (`由680元提高到730元`: 680).
    Before,
    /// An increment, delta, gap or growth rate (`提标30元`, `增长3.5%`).
    Increase,
}

impl Change {
    pub const ALL: [Self; 3] = [Self::Level, Self::Before, Self::Increase];

    /// The spec's spelling: `before`, `increase` or empty.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Level => "",
            Self::Before => "before",
            Self::Increase => "increase",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// How high the place of a figure stands: the whole province (no place of
/// its own, or the province itself), a prefecture (city, league), a county
/// (district, county-level city, banner) or a town (镇, 乡, 街道).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PlaceLevel {
    #[default]
    Province,
    Prefecture,
    County,
    Town,
}

impl PlaceLevel {
    pub const ALL: [Self; 4] = [Self::Province, Self::Prefecture, Self::County, Self::Town];

    /// `province`, `prefecture`, `county` or `town`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Province => "province",
            Self::Prefecture => "prefecture",
            Self::County => "county",
            Self::Town => "town",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == text)
    }

    /// Below the province: a figure of one of its places.
    pub fn is_local(self) -> bool {
        self != Self::Province
    }
}

/// The year of a `published` date (`2013-12-03` → 2013).
pub fn published_year(published: &str) -> Option<u16> {
    published.get(..4)?.parse().ok()
}

impl Measure {
    /// The place's level (see [`crate::gazetteer::place_level`]).
    pub fn level(&self) -> PlaceLevel {
        crate::gazetteer::place_level(&self.province, &self.place)
    }

    /// The year the figure states, else its article's date's year: what
    /// "latest" ranks by.
    pub fn rank_year(&self) -> Option<u16> {
        self.year.or_else(|| published_year(&self.published))
    }
}

/// One measure, with exactly the fields of `spec/measures.md`, in that order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub province: String,
    pub place: String,
    pub kind: Kind,
    pub category: Category,
    pub value: f64,
    pub value_max: Option<f64>,
    pub period: Option<Period>,
    pub qualifier: Qualifier,
    pub year: Option<u16>,
    #[serde(default)]
    pub area: Area,
    #[serde(default)]
    pub change: Change,
    /// The date the article states for itself (`2013-12-03`, `2013-12`,
    /// `2013`), or empty: the same for every figure of an article, never a
    /// substitute for `year`.
    #[serde(default)]
    pub published: String,
    pub doc: String,
    pub quote: String,
}

/// A byte range in a document's original (decoded, not normalised) text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A measure as found: the record plus where it stands and what it is paired with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Found {
    pub measure: Measure,
    /// The figure itself (`2450元`) in the original text.
    pub figure: Span,
    /// The quoted clause in the original text.
    pub clause: Span,
    /// Index of the document in its corpus.
    pub doc_index: usize,
    /// Index of the article within its document.
    pub article_index: usize,
    /// The 1-based line of the figure in the original text.
    pub line: usize,
    /// For the "before" figure of `由…提高到…`: the index (within the same
    /// extraction) of the "after" figure.
    pub changed_to: Option<usize>,
}
