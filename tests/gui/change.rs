//! 调整变化 Changes.

use egui_kittest::kittest::Queryable as _;
use minsheng::aggregate::MeasureKey;
use minsheng::gui::app::Settings;
use minsheng::gui::i18n::Lang;
use minsheng::gui::views::change::{ChangeModel, ChangeView, Shape};

use super::alone;

/// 青海 raised its standard from 680 to 730 yuan; 甘肃 by 30 yuan.
fn raises() -> minsheng::analysis::Analysis {
    let docs: Vec<_> = [
        ("青海", "2023年青海城乡低保标准由每人每月680元提高到730元。"),
        ("甘肃", "2024年甘肃城乡低保标准每人每月提高30元。"),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (p, line))| {
        let text = format!("## {p}新闻\n\n{line}\n");
        minsheng::corpus::Document::from_bytes(
            &format!("{i}.txt"),
            Default::default(),
            text.as_bytes(),
        )
        .expect("reads")
    })
    .collect();
    minsheng::analysis::from_documents(docs, Vec::new())
}

fn monthly() -> MeasureKey {
    MeasureKey::parse("minimum_living:amount_per_person:month").expect("a key")
}

#[test]
fn a_before_and_after_pair_is_drawn_as_a_dumbbell_and_an_increase_as_an_increment() {
    let analysis = raises();
    let provinces = vec!["甘肃".to_owned(), "青海".to_owned()];
    let model = ChangeModel::build(
        &analysis,
        monthly(),
        &provinces,
        Lang::Zh,
        &Default::default(),
    );
    let dumbbells: Vec<_> = model
        .dumbbells
        .iter()
        .map(|m| (m.province.as_str(), m.shape, m.year))
        .collect();
    assert_eq!(
        dumbbells,
        [(
            "青海",
            Shape::Dumbbell {
                before: 680.0,
                after: Some(730.0)
            },
            Some(2023)
        )]
    );
    assert_eq!(model.dumbbells[0].label, "680 → 730元/人·月");
    let increments: Vec<_> = model
        .increments
        .iter()
        .map(|m| (m.province.as_str(), m.shape))
        .collect();
    assert_eq!(increments, [("甘肃", Shape::Increment(30.0))]);
    assert_eq!(model.increments[0].label, "+30元/人·月");
    assert!(
        model.dumbbells[0]
            .hover
            .contains("2023 · 1 处出处 · 1 篇文档")
    );
    // The change beside the pair, absolute and in percent of the earlier level.
    assert_eq!(model.dumbbells[0].delta, Some(50.0));
    let percent = model.dumbbells[0].percent.expect("a percent change");
    assert!((percent - 50.0 / 680.0 * 100.0).abs() < 1e-9, "{percent}");
    assert_eq!(model.dumbbells[0].change_text, "+50元/人·月 · +7.4%");
    // An increase alone says nothing of its base: no percent.
    assert_eq!(model.increments[0].percent, None);
    assert_eq!(model.increments[0].change_text, "");

    let settings = Settings {
        selected: provinces,
        measure: Some(monthly()),
        ..Default::default()
    };
    let mut harness = alone(ChangeView, settings, ChangeView::ui);
    harness.state_mut().data = minsheng::gui::views::Data::new(analysis, 5, Vec::new());
    harness.run();
    harness.get_by_label("青海 680 → 730元/人·月 (+50元/人·月 · +7.4%)");
    harness.get_by_label("甘肃 +30元/人·月");
    harness.get_by_label("调整前 → 调整后");
    harness.get_by_label("增加额");
}

#[test]
fn the_changes_are_exported_as_data_with_their_percent() {
    let analysis = raises();
    let settings = Settings {
        selected: vec!["甘肃".to_owned(), "青海".to_owned()],
        measure: Some(monthly()),
        ..Default::default()
    };
    let mut harness = alone(ChangeView, settings, ChangeView::ui);
    harness.state_mut().data = minsheng::gui::views::Data::new(analysis, 5, Vec::new());
    harness.run();
    harness.get_by_label("导出数据…").click();
    harness.run();
    assert_eq!(
        harness.state().commands,
        [minsheng::gui::app::Command::Export(
            minsheng::gui::export::Target::Data(minsheng::present::ViewId::Changes, monthly())
        )]
    );
    let mut csv = Vec::new();
    let state = harness.state();
    let choice = minsheng::aggregate::Choice::default();
    minsheng::present::data::write_view(
        &mut csv,
        minsheng::present::ViewId::Changes,
        &minsheng::present::data::Request {
            analysis: &state.data.analysis,
            store: Some((&state.data.store, state.data.generation)),
            key: monthly(),
            provinces: &state.settings.selected,
            lang: Lang::Zh,
            choice: &choice,
        },
    )
    .expect("written");
    let text = String::from_utf8(csv[3..].to_vec()).expect("utf-8");
    assert!(text.contains("青海,,2023,680,730,,50,7.4,month"), "{text}");
    assert!(text.contains("甘肃,,2024,,,30,,,month"), "{text}");
}
