//! One store of everything the views derive from an analysis (charts,
//! lines over the years, gaps, changes, the map), each result built once
//! per analysis generation and query and shared by every view, export and
//! panel that asks the same.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use crate::aggregate::{self, Choice, MeasureKey};
use crate::analysis::Analysis;

use super::change::ChangeModel;
use super::chart::ChartModel;
use super::gap::GapModel;
use super::i18n::Lang;
use super::trend::TrendModel;

/// What a view asks of an analysis.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Query {
    /// The compare view's bars.
    Bars {
        key: MeasureKey,
        provinces: Vec<String>,
        lang: Lang,
        choice: Choice,
    },
    Changes {
        key: MeasureKey,
        provinces: Vec<String>,
        lang: Lang,
        excluded: BTreeSet<String>,
    },
    Trend {
        key: MeasureKey,
        provinces: Vec<String>,
        lang: Lang,
        choice: Choice,
    },
    Gap {
        key: MeasureKey,
        provinces: Vec<String>,
        lang: Lang,
        choice: Choice,
    },
    /// Every province's bar, for the map.
    Map {
        key: MeasureKey,
        lang: Lang,
        excluded: BTreeSet<String>,
    },
    /// One chart per measure with data, for the small multiples.
    Multiples {
        keys: Vec<MeasureKey>,
        provinces: Vec<String>,
        lang: Lang,
        excluded: BTreeSet<String>,
    },
    /// The years stated by the provinces' levels of a measure.
    Years {
        key: MeasureKey,
        provinces: Vec<String>,
    },
    /// The values of every other province's bars (what a figure is judged against).
    OtherBars {
        key: MeasureKey,
        choice: Choice,
        province: String,
    },
    /// The figures far from the other provinces' (⚠ in the table).
    Suspicious,
    /// Provinces × measures: the evidence behind each cell, counting what
    /// compare would draw.
    Coverage {
        excluded: BTreeSet<String>,
        province_only: bool,
    },
}

/// Provinces × measures: the evidence behind each cell.
pub type Coverage = BTreeMap<(String, MeasureKey), aggregate::Evidence>;

/// A result, shared.
#[derive(Clone, Debug)]
pub enum Derived {
    Chart(Arc<ChartModel>),
    Changes(Arc<ChangeModel>),
    Trend(Arc<TrendModel>),
    Gap(Arc<GapModel>),
    Charts(Arc<Vec<ChartModel>>),
    Years(Arc<Vec<u16>>),
    Values(Arc<Vec<f64>>),
    Indices(Arc<HashSet<usize>>),
    Coverage(Arc<Coverage>),
}

impl Query {
    /// Build the answer (what the store keeps).
    pub fn derive(&self, analysis: &Analysis) -> Derived {
        match self {
            Self::Bars {
                key,
                provinces,
                lang,
                choice,
            } => Derived::Chart(Arc::new(ChartModel::build_with(
                analysis, *key, provinces, *lang, choice,
            ))),
            Self::Changes {
                key,
                provinces,
                lang,
                excluded,
            } => Derived::Changes(Arc::new(ChangeModel::build(
                analysis, *key, provinces, *lang, excluded,
            ))),
            Self::Trend {
                key,
                provinces,
                lang,
                choice,
            } => Derived::Trend(Arc::new(TrendModel::build(
                analysis, *key, provinces, *lang, choice,
            ))),
            Self::Gap {
                key,
                provinces,
                lang,
                choice,
            } => Derived::Gap(Arc::new(GapModel::build(
                analysis, *key, provinces, *lang, choice,
            ))),
            Self::Map {
                key,
                lang,
                excluded,
            } => Derived::Chart(Arc::new(super::map::map_model(
                analysis, *key, *lang, excluded,
            ))),
            Self::Multiples {
                keys,
                provinces,
                lang,
                excluded,
            } => {
                let keys: Vec<(MeasureKey, usize)> = keys.iter().map(|k| (*k, 0)).collect();
                Derived::Charts(Arc::new(super::overview::models(
                    analysis, &keys, provinces, *lang, excluded,
                )))
            }
            Self::Years { key, provinces } => {
                let bars = aggregate::bars(&analysis.measures, *key, provinces);
                Derived::Years(Arc::new(aggregate::years(&bars)))
            }
            Self::OtherBars {
                key,
                choice,
                province,
            } => Derived::Values(Arc::new(aggregate::other_provinces_bars(
                &analysis.measures,
                *key,
                choice,
                province,
            ))),
            Self::Suspicious => {
                Derived::Indices(Arc::new(aggregate::suspicious_figures(&analysis.measures)))
            }
            Self::Coverage {
                excluded,
                province_only,
            } => Derived::Coverage(Arc::new(aggregate::coverage_with(
                &analysis.measures,
                &Choice {
                    excluded: excluded.clone(),
                    province_only: *province_only,
                    ..Choice::default()
                },
            ))),
        }
    }
}

/// Results kept beyond this many are dropped, the oldest analysis's first.
const CAPACITY: usize = 64;

/// Results by (analysis generation, query).
#[derive(Default)]
pub struct Store {
    memo: Mutex<HashMap<(u64, Query), Derived>>,
}

impl Store {
    /// The answer to `query` on the analysis of `generation`: kept, or
    /// built now and kept.
    pub fn get(&self, generation: u64, analysis: &Analysis, query: Query) -> Derived {
        let key = (generation, query);
        if let Some(found) = self.lock().get(&key) {
            return found.clone();
        }
        // Built without the lock held: a slow build never blocks another view.
        let derived = key.1.derive(analysis);
        let mut memo = self.lock();
        if memo.len() >= CAPACITY {
            memo.retain(|(g, _), _| *g == generation);
            if memo.len() >= CAPACITY {
                memo.clear();
            }
        }
        memo.insert(key, derived.clone());
        derived
    }

    /// How many results are kept.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(u64, Query), Derived>> {
        // A panic while the lock was held leaves only a cache behind: use it.
        self.memo
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The answer to `query`, of the type `pick` takes from it. Each query
    /// is answered by its own variant; were it ever not, the answer is
    /// built again rather than kept.
    fn typed<T>(
        &self,
        generation: u64,
        analysis: &Analysis,
        query: &Query,
        pick: fn(Derived) -> Option<Arc<T>>,
    ) -> Arc<T> {
        pick(self.get(generation, analysis, query.clone())).unwrap_or_else(|| {
            pick(query.derive(analysis)).expect("a query derives its own variant")
        })
    }

    pub fn bars(
        &self,
        generation: u64,
        analysis: &Analysis,
        key: MeasureKey,
        provinces: &[String],
        lang: Lang,
        choice: &Choice,
    ) -> Arc<ChartModel> {
        let query = Query::Bars {
            key,
            provinces: provinces.to_vec(),
            lang,
            choice: choice.clone(),
        };
        self.typed(generation, analysis, &query, |d| match d {
            Derived::Chart(model) => Some(model),
            _ => None,
        })
    }

    pub fn changes(
        &self,
        generation: u64,
        analysis: &Analysis,
        key: MeasureKey,
        provinces: &[String],
        lang: Lang,
        excluded: &BTreeSet<String>,
    ) -> Arc<ChangeModel> {
        let query = Query::Changes {
            key,
            provinces: provinces.to_vec(),
            lang,
            excluded: excluded.clone(),
        };
        self.typed(generation, analysis, &query, |d| match d {
            Derived::Changes(model) => Some(model),
            _ => None,
        })
    }

    pub fn trend(
        &self,
        generation: u64,
        analysis: &Analysis,
        key: MeasureKey,
        provinces: &[String],
        lang: Lang,
        choice: &Choice,
    ) -> Arc<TrendModel> {
        let query = Query::Trend {
            key,
            provinces: provinces.to_vec(),
            lang,
            choice: choice.clone(),
        };
        self.typed(generation, analysis, &query, |d| match d {
            Derived::Trend(model) => Some(model),
            _ => None,
        })
    }

    pub fn gap(
        &self,
        generation: u64,
        analysis: &Analysis,
        key: MeasureKey,
        provinces: &[String],
        lang: Lang,
        choice: &Choice,
    ) -> Arc<GapModel> {
        let query = Query::Gap {
            key,
            provinces: provinces.to_vec(),
            lang,
            choice: choice.clone(),
        };
        self.typed(generation, analysis, &query, |d| match d {
            Derived::Gap(model) => Some(model),
            _ => None,
        })
    }

    pub fn map(
        &self,
        generation: u64,
        analysis: &Analysis,
        key: MeasureKey,
        lang: Lang,
        excluded: &BTreeSet<String>,
    ) -> Arc<ChartModel> {
        let query = Query::Map {
            key,
            lang,
            excluded: excluded.clone(),
        };
        self.typed(generation, analysis, &query, |d| match d {
            Derived::Chart(model) => Some(model),
            _ => None,
        })
    }

    pub fn multiples(
        &self,
        generation: u64,
        analysis: &Analysis,
        keys: &[(MeasureKey, usize)],
        provinces: &[String],
        lang: Lang,
        excluded: &BTreeSet<String>,
    ) -> Arc<Vec<ChartModel>> {
        let query = Query::Multiples {
            keys: keys.iter().map(|(k, _)| *k).collect(),
            provinces: provinces.to_vec(),
            lang,
            excluded: excluded.clone(),
        };
        self.typed(generation, analysis, &query, |d| match d {
            Derived::Charts(models) => Some(models),
            _ => None,
        })
    }

    pub fn years(
        &self,
        generation: u64,
        analysis: &Analysis,
        key: MeasureKey,
        provinces: &[String],
    ) -> Arc<Vec<u16>> {
        let query = Query::Years {
            key,
            provinces: provinces.to_vec(),
        };
        self.typed(generation, analysis, &query, |d| match d {
            Derived::Years(years) => Some(years),
            _ => None,
        })
    }

    pub fn other_bars(
        &self,
        generation: u64,
        analysis: &Analysis,
        key: MeasureKey,
        choice: &Choice,
        province: &str,
    ) -> Arc<Vec<f64>> {
        let query = Query::OtherBars {
            key,
            choice: choice.clone(),
            province: province.to_owned(),
        };
        self.typed(generation, analysis, &query, |d| match d {
            Derived::Values(values) => Some(values),
            _ => None,
        })
    }

    pub fn suspicious(&self, generation: u64, analysis: &Analysis) -> Arc<HashSet<usize>> {
        self.typed(generation, analysis, &Query::Suspicious, |d| match d {
            Derived::Indices(indices) => Some(indices),
            _ => None,
        })
    }

    /// The coverage of what compare draws with `choice` (its exclusions and
    /// 只看全省).
    pub fn coverage(&self, generation: u64, analysis: &Analysis, choice: &Choice) -> Arc<Coverage> {
        let query = Query::Coverage {
            excluded: choice.excluded.clone(),
            province_only: choice.province_only,
        };
        self.typed(generation, analysis, &query, |d| match d {
            Derived::Coverage(cells) => Some(cells),
            _ => None,
        })
    }
}
