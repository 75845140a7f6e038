//! The small multiples' model: one chart per measure with data.

use std::collections::BTreeSet;

use crate::aggregate::MeasureKey;
use crate::analysis::Analysis;

use super::chart::ChartModel;
use super::i18n::Lang;

/// Every measure's chart for `selection` that has at least one bar, the
/// `excluded` figures left out.
pub fn models(
    analysis: &Analysis,
    keys: &[(MeasureKey, usize)],
    selection: &[String],
    lang: Lang,
    excluded: &BTreeSet<String>,
) -> Vec<ChartModel> {
    let choice = crate::aggregate::Choice {
        excluded: excluded.clone(),
        ..Default::default()
    };
    keys.iter()
        .map(|(key, _)| ChartModel::build_with(analysis, *key, selection, lang, &choice))
        .filter(|m| !m.bars.is_empty())
        .collect()
}
