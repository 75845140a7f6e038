//! 原文 Reader.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::views::reader::{ReaderView, Text};
use minsheng::measure::Span;

use super::alone;

#[test]
fn a_document_without_its_text_is_read_again_off_the_ui_thread() {
    let dir = crate::temp_dir("gui-reader");
    let path = dir.join("a.txt");
    std::fs::write(&path, "# 甘肃新闻\n\n甘肃省发放临时救助资金2.5亿元。\n").expect("write");
    let mut harness = alone(ReaderView::default(), Default::default(), ReaderView::ui);
    {
        // As the cache restores it: the summary without the text.
        let mut analysis = minsheng::analysis::analyze_paths(
            &[path],
            Default::default(),
            &|_| {},
            &std::sync::atomic::AtomicBool::new(false),
        );
        analysis.documents[0].original.clear();
        let state = harness.state_mut();
        state.data = minsheng::gui::views::Data::new(analysis, 2, vec![dir]);
        let span = Span { start: 16, end: 25 };
        state
            .view
            .open(&egui::Context::default(), &state.data, 0, span, span);
        assert!(matches!(
            state.view.open.as_ref().map(|r| &r.text),
            Some(Text::Loading(_))
        ));
    }
    harness.run();
    harness.state_mut().view.wait();
    harness.run();
    assert!(matches!(
        harness.state().view.open.as_ref().map(|r| &r.text),
        Some(Text::Loaded(_))
    ));
    harness.get_by_label_contains("甘肃省发放临时救助资金");
    harness.get_by_label("a.txt");
}
