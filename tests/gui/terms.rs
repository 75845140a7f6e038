//! 关键词 Terms.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::{Command, Settings, ViewId};
use minsheng::gui::views::terms::TermsView;

use super::{alone, app_with, cancelled, harness};

#[test]
fn terms_are_worked_out_off_the_ui_thread() {
    let settings = Settings {
        selected: vec!["青海".into()],
        ..Default::default()
    };
    let mut harness = alone(TermsView::default(), settings, TermsView::ui);
    // One frame starts the work and says so (jieba alone takes longer than a frame).
    harness.step();
    harness.get_by_label("正在计算…");
    harness.state_mut().view.wait();
    harness.run();
    assert!(harness.query_by_label("正在计算…").is_none());
    let term = {
        let terms = minsheng::terms::top_terms(&harness.state().data.analysis, 15);
        terms["青海"][0].word.clone()
    };
    harness
        .get_all_by_label(&term)
        .next()
        .expect("a term button")
        .click();
    harness.run();
    assert_eq!(
        harness.state().commands.last(),
        Some(&Command::ShowTerm(term))
    );
}

#[test]
fn clicking_a_term_lists_its_sentences_for_each_province() {
    let mut app = app_with(cancelled());
    app.settings.view = ViewId::Terms;
    app.settings.selected = vec!["青海".into(), "宁夏".into()];
    let mut harness = harness(app);
    harness.run();
    harness.state_mut().wait_for_work();
    harness.run();
    let term = {
        let terms = minsheng::terms::top_terms(&harness.state().data.analysis, 15);
        terms["青海"][0].word.clone()
    };
    harness
        .get_all_by_label(&term)
        .next()
        .expect("a term button")
        .click();
    harness.run();
    harness.state_mut().wait_for_work();
    harness.run();
    assert_eq!(
        harness.state().views.evidence.term.as_deref(),
        Some(term.as_str())
    );
    assert!(
        harness
            .get_all_by_label_contains(&format!("【{term}】"))
            .count()
            >= 2,
        "lines for both provinces"
    );
}

#[test]
fn terms_leave_out_places_general_words_and_stop_words() {
    let a = minsheng::analysis::analyze_seeds();
    let terms = minsheng::terms::top_terms(&a, 15);
    let qinghai: Vec<&str> = terms["青海"].iter().map(|t| t.word.as_str()).collect();
    assert!(qinghai.iter().any(|w| w.contains("救助")), "{qinghai:?}");
    let gazetteer = minsheng::gazetteer::Gazetteer::get();
    for (province, list) in &terms {
        for t in list {
            let w = t.word.as_str();
            assert!(
                !["党建引领", "进一步", "对象", "该省", "共计", "本市", "今年"].contains(&w),
                "{province}: {w}"
            );
            assert!(
                !minsheng::measure::PROVINCES
                    .iter()
                    .any(|p| w.starts_with(p) && w.chars().count() <= p.chars().count() + 1),
                "{province}: a province name {w}"
            );
            assert!(
                gazetteer.lookup(w).is_none(),
                "{province}: a place name {w}"
            );
        }
    }
}
