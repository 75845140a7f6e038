//! The top bar.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::{Command, ViewId};
use minsheng::gui::export::Target;
use minsheng::gui::views::top_bar::TopBar;

use super::{alone, app_with, cancelled, harness};

#[test]
fn tabs_and_exports_ask_for_commands() {
    let mut harness = alone(TopBar, Default::default(), TopBar::ui);
    harness.run();
    harness.get_by_label("数据表").click();
    harness.run();
    harness.get_by_label("导出数据").click();
    harness.run();
    harness.get_by_label("导出 CSV…").click();
    harness.run();
    assert_eq!(
        harness.state().commands,
        [
            Command::SetView(ViewId::Table),
            Command::Export(Target::Csv)
        ]
    );
}

#[test]
fn the_language_toggle_switches_labels() {
    let mut harness = harness(app_with(cancelled()));
    harness.run();
    harness.get_by_label("打开文件夹…");
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Open folder…");
    harness.get_by_label("中文");
    assert!(harness.query_by_label("打开文件夹…").is_none());
}
