//! The rule classes end to end, on sentences written for each in wordings of
//! our own: texts a rule must handle, and one it must leave alone. Scopes
//! (year, side, province, programme), per-person amounts, welfare scope,
//! programmes outside the list, changes, places and numbers. Every figure of
//! a text is listed with its scored fields (`value`, `value_max`, `kind`,
//! `category`, `period`, `qualifier`, `year`, `area`, `change`, `province`),
//! and a text must give exactly these figures.

use minsheng::measure::Category::{
    ChildWelfare, Community, Disability, ElderlyCare, ExtremePoverty, Medical, MinimumLiving,
    Other, PensionInsurance, TemporaryAssistance,
};
use minsheng::measure::Kind::{
    AmountPerHousehold, AmountPerPerson, AmountTotal, CountHouseholds, CountPeople, CountUnits,
    Rate,
};
use minsheng::measure::{Area, Category, Change, Kind, Measure, Period, Qualifier};

/// Every measure of a text, in order (as `structures::measures` in `rules.rs`).
fn measures(text: &str) -> Vec<Measure> {
    let doc = minsheng::corpus::Document::from_bytes("t.txt", Default::default(), text.as_bytes())
        .expect("reads");
    minsheng::extract::extract_document(&doc, 0)
        .into_iter()
        .map(|f| f.measure)
        .collect()
}

/// The scored fields of one figure. Built with [`fig`], whose defaults are the
/// empty values of the spec: no `value_max`, no period, `exact`, no year, no
/// area (joint), a level (change empty).
#[derive(Clone, Debug)]
struct Fig {
    province: String,
    kind: Kind,
    category: Category,
    value: f64,
    value_max: Option<f64>,
    period: Option<Period>,
    qualifier: Qualifier,
    year: Option<u16>,
    area: Area,
    change: Change,
}

fn fig(province: &str, kind: Kind, category: Category, value: f64) -> Fig {
    Fig {
        province: province.to_owned(),
        kind,
        category,
        value,
        value_max: None,
        period: None,
        qualifier: Qualifier::Exact,
        year: None,
        area: Area::Joint,
        change: Change::Level,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(1.0)
}

impl Fig {
    fn monthly(self) -> Self {
        Self {
            period: Some(Period::Month),
            ..self
        }
    }
    fn yearly(self) -> Self {
        Self {
            period: Some(Period::Year),
            ..self
        }
    }
    fn once(self) -> Self {
        Self {
            period: Some(Period::Once),
            ..self
        }
    }
    fn dated(self, year: u16) -> Self {
        Self {
            year: Some(year),
            ..self
        }
    }
    fn urban(self) -> Self {
        Self {
            area: Area::Urban,
            ..self
        }
    }
    fn rural(self) -> Self {
        Self {
            area: Area::Rural,
            ..self
        }
    }
    fn before(self) -> Self {
        Self {
            change: Change::Before,
            ..self
        }
    }
    fn increase(self) -> Self {
        Self {
            change: Change::Increase,
            ..self
        }
    }
    fn at_least(self) -> Self {
        Self {
            qualifier: Qualifier::AtLeast,
            ..self
        }
    }
    fn at_most(self) -> Self {
        Self {
            qualifier: Qualifier::AtMost,
            ..self
        }
    }
    fn up_to(self, max: f64) -> Self {
        Self {
            value_max: Some(max),
            ..self
        }
    }

    fn of(m: &Measure) -> Self {
        Self {
            province: m.province.clone(),
            kind: m.kind,
            category: m.category,
            value: m.value,
            value_max: m.value_max,
            period: m.period,
            qualifier: m.qualifier,
            year: m.year,
            area: m.area,
            change: m.change,
        }
    }

    fn agrees(&self, other: &Self) -> bool {
        let max_agrees = match (self.value_max, other.value_max) {
            (None, None) => true,
            (Some(a), Some(b)) => close(a, b),
            _ => false,
        };
        self.province == other.province
            && self.kind == other.kind
            && self.category == other.category
            && close(self.value, other.value)
            && max_agrees
            && self.period == other.period
            && self.qualifier == other.qualifier
            && self.year == other.year
            && self.area == other.area
            && self.change == other.change
    }

    fn show(&self) -> String {
        let max = self.value_max.map(|m| format!("~{m}")).unwrap_or_default();
        let period = self.period.map_or("-", Period::as_str);
        let year = self
            .year
            .map(|y| y.to_string())
            .unwrap_or_else(|| "-".to_owned());
        let or_dash = |s: &'static str| if s.is_empty() { "-" } else { s };
        format!(
            "{}{max} {} {} [{}] period={period} qualifier={} year={year} area={} change={}",
            self.value,
            self.kind.as_str(),
            self.category.as_str(),
            self.province,
            self.qualifier.as_str(),
            or_dash(self.area.as_str()),
            or_dash(self.change.as_str()),
        )
    }
}

/// The text gives exactly the figures of `want` (in any order), each with
/// all of its fields as listed.
#[track_caller]
fn assert_figures(text: &str, want: &[Fig]) {
    let got: Vec<Fig> = measures(text).iter().map(Fig::of).collect();
    let mut unmatched: Vec<&Fig> = got.iter().collect();
    let mut missing: Vec<&Fig> = Vec::new();
    for w in want {
        match unmatched.iter().position(|g| g.agrees(w)) {
            Some(i) => {
                unmatched.remove(i);
            }
            None => missing.push(w),
        }
    }
    let list = |figs: &[&Fig]| {
        figs.iter()
            .map(|f| format!("\n    {}", f.show()))
            .collect::<String>()
    };
    assert!(
        missing.is_empty() && unmatched.is_empty(),
        "text:\n{text}\nexpected, not found:{}\nfound, not expected:{}\nall found:{}",
        list(missing.as_slice()),
        list(unmatched.as_slice()),
        list(got.iter().collect::<Vec<_>>().as_slice()),
    );
}

mod others;
mod scopes;
