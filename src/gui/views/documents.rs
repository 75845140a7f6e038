//! 文档列表 Documents: every file read (encoding, articles, provinces,
//! problems), then every file skipped and why. A click on a file opens it in
//! the reader.

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use super::Ctx;
use crate::corpus::Document;
use crate::gui::app::Command;
use crate::gui::i18n::{Lang, T};

/// The documents list (it keeps no state of its own).
#[derive(Default)]
pub struct DocumentsView;

/// The provinces of a document's articles, each once, in order.
pub fn provinces(doc: &Document, lang: Lang) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for p in doc.articles.iter().filter_map(|a| a.province) {
        if !seen.contains(&p) {
            seen.push(p);
        }
    }
    let names: Vec<String> = seen.iter().map(|p| lang.province(p)).collect();
    names.join(if lang == Lang::Zh { "、" } else { ", " })
}

impl DocumentsView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let analysis = ctx.analysis();
        let lang = ctx.lang();
        let mut command = None;
        ui.label(RichText::new(ctx.tr(T::OpenDocumentHint)).small().weak());
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let documents = analysis.documents.len();
        let warn = ui.visuals().warn_fg_color;
        TableBuilder::new(ui)
            .id_salt("documents")
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::initial(280.0).at_least(80.0).clip(true))
            .column(Column::auto().at_least(60.0))
            .column(Column::auto().at_least(50.0))
            .column(Column::initial(200.0).at_least(60.0).clip(true))
            .column(Column::remainder().at_least(120.0).clip(true))
            .header(row_height + 2.0, |mut header| {
                for t in [T::File, T::Encoding, T::Articles, T::Province, T::Warnings] {
                    header.col(|ui| {
                        ui.strong(lang.tr(t));
                    });
                }
            })
            .body(|body| {
                body.rows(
                    row_height,
                    documents + analysis.problems.len(),
                    |mut row| {
                        let i = row.index();
                        if let Some(doc) = analysis.documents.get(i) {
                            let warning = if doc.had_decode_errors {
                                lang.tr(T::ReplacedBytes)
                            } else {
                                ""
                            };
                            for cell in [
                                doc.name.clone(),
                                doc.encoding.to_owned(),
                                doc.articles.len().to_string(),
                                provinces(doc, lang),
                                warning.to_owned(),
                            ] {
                                row.col(|ui| {
                                    ui.add(egui::Label::new(cell).truncate().selectable(false));
                                });
                            }
                            let response = row.response();
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, &doc.name)
                            });
                            if response.clicked() {
                                command = Some(Command::OpenDocument {
                                    doc_index: i,
                                    span: None,
                                });
                            }
                        } else if let Some(problem) = analysis.problems.get(i - documents) {
                            row.col(|ui| {
                                ui.add(egui::Label::new(&problem.path).truncate());
                            });
                            for _ in 0..3 {
                                row.col(|_| {});
                            }
                            row.col(|ui| {
                                ui.add(
                                    egui::Label::new(RichText::new(&problem.reason).color(warn))
                                        .truncate(),
                                );
                            });
                        }
                    },
                );
            });
        command
    }
}

impl super::View for DocumentsView {
    fn id(&self) -> crate::present::ViewId {
        crate::present::ViewId::Documents
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        DocumentsView::ui(self, ui, ctx)
    }
}
