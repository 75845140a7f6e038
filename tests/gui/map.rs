//! 地图 Map.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::{Settings, ViewId};
use minsheng::gui::views::map::MapView;

use super::{TEMPORARY_PER_PERSON_ONCE, alone, app_with, cancelled, english, harness};

#[test]
fn the_tile_map_shows_values_on_hover_and_opens_evidence_on_click() {
    let mut app = app_with(cancelled());
    app.settings.view = ViewId::Map;
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    let mut harness = harness(app);
    harness.run();
    // Every province is on the map; those without data say so. A tile shows
    // the province's first bar: its joint figure when it has one.
    harness.get_by_label("北京: 无数据");
    harness.get_by_label("台湾: 无数据");
    let tile = harness.get_by_role_and_label(egui::Role::Button, "宁夏: 600元/人");
    tile.hover();
    harness.run();
    harness.get_by_label("宁夏: 600元/人 · 1 处出处");
    harness
        .get_by_role_and_label(egui::Role::Button, "宁夏: 600元/人")
        .click();
    harness.run();
    let evidence = harness
        .state()
        .views
        .evidence
        .shown
        .clone()
        .expect("evidence");
    assert_eq!(evidence.province, "宁夏");
    assert_eq!(evidence.mentions.len(), 1);
}

#[test]
fn in_english_tiles_are_named_in_english() {
    let settings = Settings {
        measure: Some(TEMPORARY_PER_PERSON_ONCE),
        ..english()
    };
    let mut harness = alone(MapView, settings, MapView::ui);
    harness.run();
    harness.get_by_label("Ningxia: 600 yuan/person");
    harness.get_by_label("Tibet: no data");
}
