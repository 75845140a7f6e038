//! The side panel: provinces and the measure box.

use egui_kittest::kittest::{NodeT as _, Queryable as _};
use minsheng::gui::app::Command;
use minsheng::gui::views::side_panel::{SidePanel, matches_search};

use super::{TEMPORARY_PER_PERSON_ONCE, alone_sized, english};

fn panel(
    settings: minsheng::gui::app::Settings,
) -> egui_kittest::Harness<'static, super::Alone<SidePanel>> {
    // As narrow as the panel is in the window.
    alone_sized(
        SidePanel::default(),
        settings,
        SidePanel::ui,
        egui::vec2(270.0, 760.0),
        false,
    )
}

#[test]
fn the_measure_label_reads_on_one_line_in_english() {
    let mut harness = panel(english());
    harness.run();
    let label = harness.get_by_label("Measure");
    let rect = label.rect();
    assert!(
        rect.width() > 2.0 * rect.height(),
        "one line, not a letter a line: {rect:?}"
    );
}

#[test]
fn provinces_are_named_in_english_in_english_mode() {
    let mut harness = panel(english());
    harness.run();
    harness.get_by_label("Beijing");
    harness.get_by_label("Inner Mongolia");
    assert!(harness.query_by_label("北京").is_none());
}

#[test]
fn ticking_a_province_and_clearing_ask_for_commands() {
    let mut harness = panel(Default::default());
    harness.run();
    harness.get_by_label("北京").click();
    harness.run();
    harness.get_by_label("清空").click();
    harness.run();
    assert_eq!(
        harness.state().commands,
        [
            Command::SetProvince {
                province: "北京".into(),
                on: false
            },
            Command::SetSelection(Vec::new())
        ]
    );
}

#[test]
fn the_measure_list_can_be_searched() {
    assert!(matches_search(TEMPORARY_PER_PERSON_ONCE, "临时"));
    assert!(matches_search(TEMPORARY_PER_PERSON_ONCE, "temporary"));
    assert!(!matches_search(TEMPORARY_PER_PERSON_ONCE, "低保"));
    let mut harness = panel(Default::default());
    harness.run();
    harness.get_by_role(egui::Role::ComboBox).click();
    harness.run();
    let before = harness.get_all_by_label_contains("(").count();
    harness.get_by_role(egui::Role::TextInput).click();
    harness.run();
    harness
        .get_by_role(egui::Role::TextInput)
        .type_text("临时救助");
    harness.run();
    let typed = harness.get_by_role(egui::Role::TextInput).value();
    assert_eq!(typed.as_deref(), Some("临时救助"));
    let after: Vec<String> = harness
        .get_all_by_label_contains("(")
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(
        !after.is_empty() && after.len() < before,
        "{before} → {after:?}"
    );
    assert!(after.iter().all(|l| l.starts_with("临时救助")), "{after:?}");
    harness
        .get_by_label_contains("临时救助 · 每人金额 · 一次性")
        .click();
    harness.run();
    assert_eq!(
        harness.state().commands.last(),
        Some(&Command::SetMeasure(TEMPORARY_PER_PERSON_ONCE))
    );
}
