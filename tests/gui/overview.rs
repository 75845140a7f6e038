//! 总览 Overview.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::Command;
use minsheng::gui::chart::{PALETTE, province_color};
use minsheng::gui::views::overview::{OverviewView, columns};

use super::{alone, alone_sized, english};

#[test]
fn the_columns_fit_the_width_they_are_given() {
    for width in [500.0, 640.0, 950.0, 1000.0, 1400.0] {
        let (n, column) = columns(width);
        let used = n as f32 * column + (n as f32 - 1.0) * 12.0;
        assert!(used <= width + 0.5, "{n} columns of {column} in {width}");
        assert!(
            column >= 200.0 || n == 1,
            "{n} columns of {column} in {width}"
        );
    }
}

#[test]
fn small_multiples_name_the_province_of_every_row_in_either_language() {
    let mut harness = alone(OverviewView, Default::default(), OverviewView::ui);
    harness.run();
    for province in ["内蒙古", "青海", "宁夏"] {
        harness
            .get_all_by_label_contains(&format!("{province} "))
            .next()
            .unwrap_or_else(|| panic!("a bar of {province}"));
    }
    let mut harness = alone(OverviewView, english(), OverviewView::ui);
    harness.run();
    harness
        .get_all_by_label_contains("Inner Mongolia ")
        .next()
        .expect("a bar of Inner Mongolia");
}

#[test]
fn province_colours_are_distinct() {
    // No two of the first twelve colours are alike (the old palette had three teals).
    let distance = |a: egui::Color32, b: egui::Color32| {
        let [r1, g1, b1, _] = a.to_array().map(f32::from);
        let [r2, g2, b2, _] = b.to_array().map(f32::from);
        ((r1 - r2).powi(2) + (g1 - g2).powi(2) + (b1 - b2).powi(2)).sqrt()
    };
    for i in 0..PALETTE.len() {
        for j in i + 1..PALETTE.len() {
            let d = distance(province_color(i), province_color(j));
            assert!(d > 60.0, "colours {i} and {j} are alike ({d:.0})");
        }
    }
}

#[test]
fn a_title_opens_the_comparison_of_its_measure() {
    let mut harness = alone(OverviewView, Default::default(), OverviewView::ui);
    harness.run();
    harness.get_by_label("临时救助 · 每人金额 · 一次性").click();
    harness.run();
    assert!(matches!(
        harness.state().commands.last(),
        Some(Command::CompareOn { province: None, .. })
    ));
}

#[test]
fn in_english_the_last_column_is_not_cut() {
    let mut harness = alone_sized(
        OverviewView,
        english(),
        OverviewView::ui,
        egui::vec2(1000.0, 700.0),
        true,
    );
    harness.run();
    let right = harness
        .get_all_by_label_contains(" · ")
        .map(|n| n.rect().right())
        .fold(0.0f32, f32::max);
    assert!(
        right > 600.0 && right <= 1000.0,
        "the last column's titles end at {right}"
    );
    harness.snapshot("en_overview_alone");
}
