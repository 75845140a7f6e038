//! The measure the dashboard opens on.

use egui_kittest::kittest::Queryable as _;
use minsheng::aggregate::{self, MeasureKey};
use minsheng::gui::app::Settings;

use super::{TEMPORARY_PER_PERSON_ONCE, app_with, cancelled, harness};

/// How many provinces the compare view draws a bar for on `key`.
fn provinces_with_bars(app: &minsheng::gui::app::MinshengApp, key: MeasureKey) -> usize {
    let measures = &app.data.analysis.measures;
    let mut provinces: Vec<String> =
        aggregate::bars(measures, key, &app.data.provinces_with_data())
            .into_iter()
            .map(|bar| bar.province)
            .collect();
    provinces.dedup();
    provinces.len()
}

#[test]
fn the_samples_open_on_the_measure_with_bars_for_the_most_provinces() {
    let app = app_with(cancelled());
    let opened = app.settings.measure.expect("a measure");
    let most = app
        .data
        .keys
        .iter()
        .map(|(key, _)| provinces_with_bars(&app, *key))
        .max()
        .expect("keys");
    assert_eq!(provinces_with_bars(&app, opened), most, "{opened:?}");
    assert!(
        most > provinces_with_bars(&app, TEMPORARY_PER_PERSON_ONCE),
        "the most comparable kind alone would open on {TEMPORARY_PER_PERSON_ONCE:?}"
    );
    let mut harness = harness(app);
    harness.run();
    let title = minsheng::present::chart::measure_title(opened, minsheng::present::i18n::Lang::Zh);
    assert!(
        harness.query_all_by_label_contains(&title).count() > 0,
        "{title}"
    );
}

#[test]
fn a_measure_chosen_before_is_kept_when_it_has_data() {
    let settings = Settings {
        measure: Some(TEMPORARY_PER_PERSON_ONCE),
        ..Settings::default()
    };
    let mut app = minsheng::gui::app::MinshengApp::new(settings, Box::new(cancelled()));
    app.load_seeds();
    assert_eq!(app.settings.measure, Some(TEMPORARY_PER_PERSON_ONCE));
}
