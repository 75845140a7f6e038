//! The map's model: every province-level division's figure for one
//! measure, and where its tile stands (`assets/tilemap.tsv`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::aggregate::MeasureKey;
use crate::analysis::Analysis;
use crate::measure::PROVINCES;

use super::chart::ChartModel;
use super::i18n::Lang;

const TILEMAP_TSV: &str = include_str!("../../assets/tilemap.tsv");

/// Province → (row, column) of the tile map.
pub static TILES: LazyLock<BTreeMap<&'static str, (usize, usize)>> = LazyLock::new(|| {
    TILEMAP_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            let name = f.next()?;
            let row = f.next()?.trim().parse().ok()?;
            let col = f.next()?.trim().parse().ok()?;
            Some((name, (row, col)))
        })
        .collect()
});

/// What the map shows: every province's figure for one measure.
pub fn map_model(
    analysis: &Analysis,
    key: MeasureKey,
    lang: Lang,
    excluded: &std::collections::BTreeSet<String>,
) -> ChartModel {
    let all: Vec<String> = PROVINCES.iter().map(|p| (*p).to_owned()).collect();
    let choice = crate::aggregate::Choice {
        excluded: excluded.clone(),
        ..Default::default()
    };
    ChartModel::build_with(analysis, key, &all, lang, &choice)
}
