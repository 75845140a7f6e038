//! Corrections to figures, kept apart from the corpus so that a team can
//! share them: JSON Lines, one figure a line, identified as an extract
//! record identifies it (`doc`, `quote`, `value`), then `"exclude": true`
//! or the fields to change with their new values:
//!
//! ```text
//! {"doc": "a01.txt", "quote": "大连城乡低保提标到每人每月690元和470元", "value": 690, "province": "辽宁", "place": "大连"}
//! {"doc": "b02.txt", "quote": "…", "value": 3000, "exclude": true}
//! ```
//!
//! The fields that can be changed are `province`, `place`, `area`,
//! `period`, `year`, `category`, `kind` and `change`, with the spellings of
//! `spec/measures.md`. A line that matches no figure is reported, not
//! fatal.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::aggregate::figure_id;
use crate::analysis::Analysis;
use crate::export::number_json;
use crate::measure::{Area, Category, Change, Found, Kind, Measure, PROVINCES, Period};

/// The fields a correction may change, in the order they are written.
pub const FIELDS: [&str; 8] = [
    "province", "place", "area", "period", "year", "category", "kind", "change",
];

/// New values for some fields of a figure (`None`: unchanged).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields {
    pub province: Option<String>,
    pub place: Option<String>,
    pub area: Option<Area>,
    pub period: Option<Option<Period>>,
    pub year: Option<Option<u16>>,
    pub category: Option<Category>,
    pub kind: Option<Kind>,
    pub change: Option<Change>,
}

impl Fields {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The fields of `m` changed as asked.
    pub fn apply(&self, m: &mut Measure) {
        if let Some(v) = &self.province {
            m.province.clone_from(v);
        }
        if let Some(v) = &self.place {
            m.place.clone_from(v);
        }
        if let Some(v) = self.area {
            m.area = v;
        }
        if let Some(v) = self.period {
            m.period = v;
        }
        if let Some(v) = self.year {
            m.year = v;
        }
        if let Some(v) = self.category {
            m.category = v;
        }
        if let Some(v) = self.kind {
            m.kind = v;
        }
        if let Some(v) = self.change {
            m.change = v;
        }
    }

    /// The fields of `corrected` that differ from `original`.
    pub fn between(original: &Measure, corrected: &Measure) -> Self {
        let differ = |same: bool| !same;
        Self {
            province: differ(original.province == corrected.province)
                .then(|| corrected.province.clone()),
            place: differ(original.place == corrected.place).then(|| corrected.place.clone()),
            area: differ(original.area == corrected.area).then_some(corrected.area),
            period: differ(original.period == corrected.period).then_some(corrected.period),
            year: differ(original.year == corrected.year).then_some(corrected.year),
            category: differ(original.category == corrected.category).then_some(corrected.category),
            kind: differ(original.kind == corrected.kind).then_some(corrected.kind),
            change: differ(original.change == corrected.change).then_some(corrected.change),
        }
    }
}

/// One line of a corrections file.
#[derive(Clone, Debug, PartialEq)]
pub struct Correction {
    pub doc: String,
    pub quote: String,
    pub value: f64,
    /// Leave the figure out of every view and export.
    pub exclude: bool,
    pub fields: Fields,
}

impl Correction {
    /// Whether `m` is the figure this line speaks of.
    pub fn matches(&self, m: &Measure) -> bool {
        m.doc == self.doc && m.quote == self.quote && (m.value - self.value).abs() < 1e-9
    }

    /// The line as written to a corrections file.
    pub fn json_line(&self) -> String {
        let mut object = Map::new();
        object.insert("doc".into(), Value::from(self.doc.clone()));
        object.insert("quote".into(), Value::from(self.quote.clone()));
        object.insert("value".into(), number_json(self.value));
        if self.exclude {
            object.insert("exclude".into(), Value::Bool(true));
        }
        let f = &self.fields;
        let text = |s: &str| Value::from(s.to_owned());
        if let Some(v) = &f.province {
            object.insert("province".into(), text(v));
        }
        if let Some(v) = &f.place {
            object.insert("place".into(), text(v));
        }
        if let Some(v) = f.area {
            object.insert("area".into(), text(v.as_str()));
        }
        if let Some(v) = f.period {
            object.insert("period".into(), v.map_or(Value::Null, |p| text(p.as_str())));
        }
        if let Some(v) = f.year {
            object.insert("year".into(), v.map_or(Value::Null, Value::from));
        }
        if let Some(v) = f.category {
            object.insert("category".into(), text(v.as_str()));
        }
        if let Some(v) = f.kind {
            object.insert("kind".into(), text(v.as_str()));
        }
        if let Some(v) = f.change {
            object.insert("change".into(), text(v.as_str()));
        }
        Value::Object(object).to_string()
    }
}

/// A line that could not be read, or that matched no figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmatched {
    /// 1-based line in the file (0 for corrections not read from a file).
    pub line: usize,
    pub reason: String,
}

/// Read a corrections file's text: the lines read, and the lines that
/// could not be (blank lines are skipped).
pub fn parse(text: &str) -> (Vec<(usize, Correction)>, Vec<Unmatched>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut read = Vec::new();
    let mut bad = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok(c) => read.push((index + 1, c)),
            Err(reason) => bad.push(Unmatched {
                line: index + 1,
                reason,
            }),
        }
    }
    (read, bad)
}

fn parse_line(line: &str) -> Result<Correction, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let object = value.as_object().ok_or("not a JSON object")?;
    let text = |name: &str| -> Result<Option<String>, String> {
        match object.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Null) => Ok(Some(String::new())),
            Some(other) => Err(format!("{name} is not text: {other}")),
        }
    };
    let unknown = |name: &str, v: &str| format!("{name} has an unknown value: {v:?}");
    let doc = text("doc")?.ok_or("doc is missing")?;
    let quote = text("quote")?.ok_or("quote is missing")?;
    let value = object
        .get("value")
        .and_then(Value::as_f64)
        .ok_or("value is missing or not a number")?;
    let exclude = object
        .get("exclude")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let mut fields = Fields {
        province: text("province")?,
        place: text("place")?,
        ..Fields::default()
    };
    if let Some(p) = &fields.province
        && !PROVINCES.contains(&p.as_str())
    {
        return Err(unknown("province", p));
    }
    if let Some(a) = text("area")? {
        fields.area = Some(Area::parse(&a).ok_or_else(|| unknown("area", &a))?);
    }
    if let Some(p) = text("period")? {
        fields.period = Some(match p.as_str() {
            "" => None,
            "month" => Some(Period::Month),
            "year" => Some(Period::Year),
            "once" => Some(Period::Once),
            _ => return Err(unknown("period", &p)),
        });
    }
    match object.get("year") {
        None => {}
        Some(Value::Null) => fields.year = Some(None),
        Some(v) => {
            let year = v
                .as_u64()
                .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
                .filter(|y| (1900..=2100).contains(y))
                .ok_or_else(|| format!("year is not a year: {v}"))?;
            fields.year = Some(Some(year as u16));
        }
    }
    if let Some(c) = text("category")? {
        fields.category = Some(Category::parse(&c).ok_or_else(|| unknown("category", &c))?);
    }
    if let Some(k) = text("kind")? {
        fields.kind = Some(Kind::parse(&k).ok_or_else(|| unknown("kind", &k))?);
    }
    if let Some(c) = text("change")? {
        fields.change = Some(Change::parse(&c).ok_or_else(|| unknown("change", &c))?);
    }
    if !exclude && fields.is_empty() {
        return Err("neither \"exclude\": true nor a field to correct".into());
    }
    Ok(Correction {
        doc,
        quote,
        value,
        exclude,
        fields,
    })
}

/// What applying corrections did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applied {
    /// The excluded figures, by [`figure_id`]: for [`crate::aggregate::Choice::excluded`].
    pub excluded: BTreeSet<String>,
    /// Figures whose fields were changed, by index.
    pub corrected: usize,
    /// Lines that matched no figure.
    pub unmatched: Vec<Unmatched>,
}

/// Apply `corrections` to the figures of `analysis`: fields changed in
/// place (the figures marked in [`Analysis::corrected`]), exclusions
/// returned by figure id. Every figure a line matches is corrected (a
/// quote stated twice is corrected twice).
pub fn apply(analysis: &mut Analysis, corrections: &[(usize, Correction)]) -> Applied {
    let mut applied = Applied::default();
    for (line, c) in corrections {
        let mut matched = false;
        for (i, f) in analysis.measures.iter_mut().enumerate() {
            if !c.matches(&f.measure) {
                continue;
            }
            matched = true;
            if c.exclude {
                applied.excluded.insert(figure_id(f));
            }
            if !c.fields.is_empty() {
                c.fields.apply(&mut f.measure);
                if analysis.corrected.insert(i) {
                    applied.corrected += 1;
                }
            }
        }
        if !matched {
            applied.unmatched.push(Unmatched {
                line: *line,
                reason: format!(
                    "no figure {} in {} with the quote “{}”",
                    number_json(c.value),
                    c.doc,
                    c.quote
                ),
            });
        }
    }
    applied
}

/// The correction that excludes `f`.
pub fn exclusion_of(f: &Found) -> Correction {
    Correction {
        doc: f.measure.doc.clone(),
        quote: f.measure.quote.clone(),
        value: f.measure.value,
        exclude: true,
        fields: Fields::default(),
    }
}

/// The corrections file of a folder: its corrections, then a line for each
/// excluded figure (by [`figure_id`] among `figures`, the figures as read).
pub fn file_of(
    figures: &[Found],
    corrections: &[Correction],
    excluded: &BTreeSet<String>,
) -> String {
    let mut lines: Vec<String> = corrections.iter().map(Correction::json_line).collect();
    let mut seen = BTreeSet::new();
    for f in figures {
        if excluded.contains(&figure_id(f)) {
            let line = exclusion_of(f).json_line();
            if seen.insert(line.clone()) {
                lines.push(line);
            }
        }
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// Write corrections as JSON Lines.
pub fn write(out: &mut dyn std::io::Write, corrections: &[Correction]) -> std::io::Result<()> {
    for c in corrections {
        writeln!(out, "{}", c.json_line())?;
    }
    Ok(())
}

/// Read a corrections file and apply it, with its unreadable lines
/// reported among the unmatched ones.
pub fn apply_file(analysis: &mut Analysis, path: &std::path::Path) -> std::io::Result<Applied> {
    let text = std::fs::read_to_string(path)?;
    let (read, bad) = parse(&text);
    let mut applied = apply(analysis, &read);
    applied.unmatched.extend(bad);
    applied.unmatched.sort_by_key(|u| u.line);
    Ok(applied)
}
