//! What reaches the clipboard: the chart as a picture (quotes and table rows
//! are checked beside their views).

use egui_kittest::kittest::Queryable as _;

use super::{app_with, cancelled, harness};

/// The text an egui frame put on the clipboard.
pub fn copied_text(commands: &[egui::OutputCommand]) -> Option<String> {
    commands.iter().find_map(|c| match c {
        egui::OutputCommand::CopyText(text) => Some(text.clone()),
        _ => None,
    })
}

#[test]
fn copy_chart_puts_the_exported_picture_on_the_clipboard() {
    let mut app = app_with(cancelled());
    app.settings.export_scale = 1;
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label("更多").click();
    harness.run();
    harness.get_by_label("复制图表").click();
    harness.step();
    harness.state_mut().wait_for_copy();
    harness.step();
    let image = harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyImage(image) => Some(image.clone()),
            _ => None,
        })
        .expect("a picture on the clipboard");
    assert_eq!(image.size, [960, 600], "the PNG export's size at scale 1");
    let white = egui::Color32::WHITE;
    assert!(
        image.pixels.iter().any(|p| *p != white),
        "something is drawn"
    );
    assert!(
        harness
            .state()
            .status
            .as_deref()
            .is_some_and(|s| s == "已复制图表"),
        "{:?}",
        harness.state().status
    );
}
