//! 文档列表 Documents.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::{Command, ViewId};
use minsheng::gui::views::documents::DocumentsView;

use super::{alone, app_with, cancelled, harness};

#[test]
fn a_row_asks_to_open_its_document() {
    let mut harness = alone(DocumentsView, Default::default(), DocumentsView::ui);
    harness.run();
    let name = harness.state().data.analysis.documents[2].name.clone();
    harness.get_by_label(&name).click();
    harness.run();
    assert_eq!(
        harness.state().commands,
        [Command::OpenDocument {
            doc_index: 2,
            span: None
        }]
    );
}

#[test]
fn clicking_a_document_opens_the_reader() {
    let mut app = app_with(cancelled());
    app.settings.view = ViewId::Documents;
    let mut harness = harness(app);
    harness.run();
    let name = harness.state().data.analysis.documents[1].name.clone();
    harness.get_by_label(&name).click();
    harness.run();
    let reader = harness
        .state()
        .views
        .reader
        .open
        .as_ref()
        .expect("reader open");
    assert_eq!(reader.doc_index, 1);
    harness.get_by_label("原文");
}
