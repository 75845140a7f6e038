//! 城乡差距 Urban–rural gap.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::{Command, Settings};
use minsheng::gui::views::Data;
use minsheng::gui::views::gap::GapView;
use minsheng::measure::Area;
use minsheng::present::gap::GapSort;

use super::alone;
use crate::present::{analysis, fig, monthly, provinces};

fn gap_alone() -> egui_kittest::Harness<'static, super::Alone<GapView>> {
    let settings = Settings {
        selected: provinces(&["甘肃", "青海"]),
        measure: Some(monthly()),
        ..Default::default()
    };
    let mut harness = alone(GapView::default(), settings, GapView::ui);
    let data = analysis(&[
        fig("青海", 730.0, Some(2022), Area::Urban),
        fig("青海", 530.0, Some(2022), Area::Rural),
        fig("甘肃", 800.0, Some(2022), Area::Urban),
        fig("甘肃", 700.0, Some(2022), Area::Rural),
    ]);
    harness.state_mut().data = Data::new(data, 3, Vec::new());
    harness.run();
    harness
}

#[test]
fn each_province_shows_urban_rural_difference_and_ratio_and_leads_to_both_figures() {
    let mut harness = gap_alone();
    harness.get_by_label("730元/人·月");
    harness.get_by_label("530元/人·月");
    harness.get_by_label("+200");
    harness.get_by_label("0.73");
    harness.get_by_label("0.88");
    harness.get_by_label("青海").click();
    harness.run();
    assert_eq!(
        harness.state().commands,
        [Command::ShowEvidence {
            province: "青海".to_owned(),
            key: monthly(),
            mentions: vec![0, 1],
        }]
    );
}

#[test]
fn sorting_by_difference_puts_the_widest_gap_first() {
    let mut harness = gap_alone();
    assert_eq!(harness.state().view.sort, GapSort::Province);
    let top = |harness: &egui_kittest::Harness<'_, super::Alone<GapView>>| {
        let gansu = harness.get_by_label("甘肃").rect().top();
        let qinghai = harness.get_by_label("青海").rect().top();
        if gansu < qinghai { "甘肃" } else { "青海" }
    };
    assert_eq!(top(&harness), "甘肃");
    harness.get_by_label("按差额").click();
    harness.run();
    assert_eq!(harness.state().view.sort, GapSort::Difference);
    assert_eq!(top(&harness), "青海");
}

#[test]
fn ctrl_e_exports_the_picture_of_the_view_shown() {
    use minsheng::gui::app::ViewId;
    use minsheng::gui::export::Target;
    use minsheng::gui::views::top_bar::picture_of;
    let key = monthly();
    assert_eq!(
        picture_of(ViewId::Gap, key),
        Target::Picture(ViewId::Gap, key)
    );
    assert_eq!(
        picture_of(ViewId::Trend, key),
        Target::Picture(ViewId::Trend, key)
    );
    assert_eq!(
        picture_of(ViewId::Compare, key),
        Target::Picture(ViewId::Compare, key)
    );
    assert_eq!(picture_of(ViewId::Table, key), Target::Chart(key));

    let path = crate::temp_dir("gap-ctrl-e").join("gap.png");
    let dialogs = minsheng::gui::dialogs::ScriptedDialogs {
        folder: minsheng::gui::dialogs::DialogOutcome::Cancelled,
        save: minsheng::gui::dialogs::DialogOutcome::Chosen(path.clone()),
    };
    let mut app = super::app_with(dialogs);
    app.set_analysis(crate::present::qinghai_and_gansu(), Vec::new());
    app.settings.selected = provinces(&["甘肃", "青海"]);
    app.settings.measure = Some(key);
    app.settings.view = ViewId::Gap;
    app.settings.export_scale = 1;
    let mut harness = super::harness(app);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    let image = super::exported_png(&mut harness, &path);
    // The gap's page: 900 points wide, as tall as its rows need (at least 300).
    assert_eq!((image.width(), image.height()), (900, 300));
}
