//! 原文 Reader: a document's paragraphs, the quoted clause highlighted and
//! scrolled to. A document restored from the cache holds no text; it is read
//! again from its file on a worker thread, once, when the reader opens. A
//! document known only from a measures file has no text anywhere: the reader
//! says so and shows the quote alone. The quote can be copied.

use std::sync::Arc;

use egui::{Color32, RichText, text::LayoutJob};

use super::{Ctx, Data};
use crate::corpus::Document;
use crate::gui::app::Command;
use crate::gui::i18n::T;
use crate::gui::loading::Task;
use crate::measure::Span;

/// Where the document's text comes from.
pub enum Text {
    /// The analysis holds it.
    InAnalysis,
    /// Read again from its file.
    Loaded(Arc<Document>),
    Loading(Task<Result<Document, String>>),
    Failed(String),
    /// Known only from a measures file: there is no text to read.
    Unavailable,
}

/// A document open in the reader, with a span to highlight.
pub struct Reader {
    pub doc_index: usize,
    /// The clause to highlight, in the original text.
    pub highlight: Span,
    /// The figure itself, in the original text.
    pub figure: Span,
    pub text: Text,
    /// The figure's sentence, when opened at a figure.
    pub quote: Option<String>,
    scroll_pending: bool,
}

/// The reader, open or closed.
#[derive(Default)]
pub struct ReaderView {
    pub open: Option<Reader>,
}

impl ReaderView {
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    pub fn close(&mut self) {
        self.open = None;
    }

    /// Open document `doc_index` at `highlight`.
    pub fn open(
        &mut self,
        ctx: &egui::Context,
        data: &Data,
        doc_index: usize,
        highlight: Span,
        figure: Span,
    ) {
        let Some(doc) = data.analysis.documents.get(doc_index) else {
            return;
        };
        let text = if doc.has_text() {
            Text::InAnalysis
        } else if doc.encoding == crate::analysis::IMPORTED {
            Text::Unavailable
        } else {
            let doc = doc.clone();
            let work = move || {
                doc.with_text()
                    .map(std::borrow::Cow::into_owned)
                    .map_err(|p| p.to_string())
            };
            let task = Task::spawn(ctx, "reader", work);
            Text::Loading(task.unwrap_or_else(|err| Task::ready(Err(err.to_string()))))
        };
        self.open = Some(Reader {
            doc_index,
            highlight,
            figure,
            text,
            quote: None,
            scroll_pending: highlight.end > highlight.start,
        });
    }

    /// Open the document of figure `measure` at its quote.
    pub fn open_measure(&mut self, ctx: &egui::Context, data: &Data, measure: usize) {
        let Some(found) = data.analysis.measures.get(measure) else {
            return;
        };
        self.open(ctx, data, found.doc_index, found.clause, found.figure);
        if let Some(reader) = &mut self.open {
            reader.quote = Some(found.measure.quote.clone());
        }
    }

    /// Block until the document is read (tests and scripted use).
    pub fn wait(&mut self) {
        if let Some(reader) = &mut self.open
            && let Text::Loading(_) = reader.text
            && let Text::Loading(task) = std::mem::replace(&mut reader.text, Text::InAnalysis)
        {
            reader.text = match task.wait() {
                Some(Ok(doc)) => Text::Loaded(Arc::new(doc)),
                Some(Err(err)) => Text::Failed(err),
                None => Text::Failed("the worker stopped".to_owned()),
            };
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let mut command = None;
        ui.horizontal(|ui| {
            ui.heading(ctx.tr(T::Reader));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(ctx.tr(T::Close)).clicked() {
                    command = Some(Command::ClosePanel);
                }
            });
        });
        let reader = self.open.as_mut()?;
        if let Text::Loading(task) = &reader.text
            && let Some(result) = task.poll()
        {
            reader.text = match result {
                Ok(Ok(doc)) => Text::Loaded(Arc::new(doc)),
                Ok(Err(err)) => Text::Failed(err),
                Err(()) => Text::Failed("the worker stopped".to_owned()),
            };
        }
        if let Some(quote) = &reader.quote
            && let Some(copied) = quote_ui(ui, ctx, quote)
        {
            command = Some(copied);
        }
        let doc = match &reader.text {
            Text::InAnalysis => ctx.analysis().documents.get(reader.doc_index),
            Text::Loaded(doc) => Some(doc.as_ref()),
            Text::Loading(_) => {
                ui.label(RichText::new(ctx.tr(T::Loading)).weak());
                None
            }
            Text::Failed(err) => {
                ui.label(RichText::new(err).color(ui.visuals().warn_fg_color));
                None
            }
            Text::Unavailable => {
                if let Some(doc) = ctx.analysis().documents.get(reader.doc_index) {
                    ui.label(RichText::new(&doc.name).strong());
                }
                ui.label(RichText::new(ctx.tr(T::TextUnavailable)).weak());
                None
            }
        };
        if let Some(doc) = doc {
            let scroll = std::mem::take(&mut reader.scroll_pending);
            if !paragraphs_ui(ui, doc, reader.highlight, scroll) {
                reader.scroll_pending = scroll;
            }
        }
        command
    }
}

/// The quote, with a button that copies it.
fn quote_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, quote: &str) -> Option<Command> {
    let mut command = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(ctx.tr(T::Quote)).weak());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(ctx.tr(T::CopyQuote)).clicked() {
                    ui.ctx().copy_text(quote.to_owned());
                    command = Some(Command::Status(ctx.tr(T::Copied).to_owned()));
                }
            });
        });
        ui.add(egui::Label::new(quote).wrap());
    });
    ui.add_space(4.0);
    command
}

/// The document's paragraphs, the one holding `highlight` marked; returns
/// whether it scrolled to it.
fn paragraphs_ui(ui: &mut egui::Ui, doc: &Document, highlight: Span, scroll: bool) -> bool {
    ui.label(RichText::new(&doc.name).strong());
    ui.separator();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let mut scrolled = false;
    egui::ScrollArea::vertical().show(ui, |ui| {
        let mut offset = 0;
        for line in doc.original.split_inclusive('\n') {
            let (start, end) = (offset, offset + line.len());
            offset = end;
            let body = line.trim_end();
            if body.trim().is_empty() {
                continue;
            }
            let h = highlight;
            if h.start >= start && h.start < end && h.end > h.start {
                let normal = egui::TextFormat {
                    font_id: font.clone(),
                    color,
                    ..Default::default()
                };
                let marked = egui::TextFormat {
                    font_id: font.clone(),
                    color: Color32::BLACK,
                    background: Color32::from_rgb(0xff, 0xe0, 0x82),
                    ..Default::default()
                };
                let mut job = LayoutJob::default();
                job.wrap.max_width = ui.available_width();
                let hs = h.start - start;
                let he = h.end.min(start + body.len()).saturating_sub(start);
                if body.is_char_boundary(hs) && body.is_char_boundary(he) && hs <= he {
                    job.append(&body[..hs], 0.0, normal.clone());
                    job.append(&body[hs..he], 0.0, marked);
                    job.append(&body[he..], 0.0, normal);
                } else {
                    job.append(body, 0.0, normal);
                }
                let response = ui.label(job);
                if scroll {
                    response.scroll_to_me(Some(egui::Align::Center));
                    scrolled = true;
                }
            } else {
                ui.label(body);
            }
            ui.add_space(4.0);
        }
    });
    scrolled || !scroll
}
