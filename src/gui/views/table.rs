//! 数据表 Table: every figure found, one row each, filtered by what is typed
//! (province, place, programme, kind, year, file or quote, in either
//! language) and sorted by any column. Virtualised rows, a sticky header,
//! resizable columns; a click on a row reads the document at its quote.

use std::sync::Arc;

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use super::Ctx;
use crate::analysis::Analysis;
use crate::gui::app::Command;
use crate::gui::chart;
use crate::gui::i18n::{Lang, T};
use crate::measure::Found;

/// The columns, in order.
pub const COLUMNS: [T; 11] = [
    T::Province,
    T::Place,
    T::Programme,
    T::Kind,
    T::Value,
    T::Period,
    T::Area,
    T::Change,
    T::Year,
    T::File,
    T::Quote,
];

const SHOWN: usize = COLUMNS.len();

/// What the rows were found for: analysis generation, filter, sort, language.
type RowsFor = (u64, String, (usize, bool), Lang);

/// The table's filter and sort, and the rows they gave.
pub struct TableView {
    pub filter: String,
    /// (column, ascending).
    pub sort: (usize, bool),
    rows: Option<(RowsFor, Arc<Vec<usize>>)>,
    /// Set when the rows changed order: the next frame starts at the top.
    scroll_to_top: bool,
}

impl Default for TableView {
    fn default() -> Self {
        Self {
            filter: String::new(),
            sort: (0, true),
            rows: None,
            scroll_to_top: false,
        }
    }
}

impl TableView {
    /// The rows shown, as indices into the analysis's measures.
    pub fn rows(&mut self, ctx: &Ctx<'_>) -> Arc<Vec<usize>> {
        let wanted = (
            ctx.data.generation,
            self.filter.trim().to_owned(),
            self.sort,
            ctx.lang(),
        );
        if self.rows.as_ref().is_none_or(|(built, _)| *built != wanted) {
            let rows = filtered_sorted(ctx.analysis(), &wanted.1, self.sort);
            self.rows = Some((wanted, Arc::new(rows)));
            self.scroll_to_top = true;
        }
        self.rows
            .as_ref()
            .map_or_else(Default::default, |(_, rows)| Arc::clone(rows))
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let lang = ctx.lang();
        ui.horizontal(|ui| {
            let label = ui.label(ctx.tr(T::Filter));
            ui.add(egui::TextEdit::singleline(&mut self.filter).desired_width(260.0))
                .labelled_by(label.id);
        });
        let analysis = ctx.data.analysis.clone();
        let rows = self.rows(ctx);
        // The figures that carry ⚠: far from the other provinces' figures
        // of the same measure and side.
        let flagged = ctx
            .data
            .store
            .suspicious(ctx.data.generation, ctx.analysis());
        let mut command = None;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!(
                    "{} {} · {}",
                    rows.len(),
                    ctx.tr(T::Rows),
                    ctx.tr(T::OpenDocumentHint)
                ))
                .small()
                .weak(),
            );
            let copy = ui.add_enabled(!rows.is_empty(), egui::Button::new(ctx.tr(T::Copy)).small());
            if copy.clicked() {
                ui.ctx()
                    .copy_text(crate::gui::clipboard::figures_tsv(&analysis, &rows, lang));
                let copied = format!("{} {} {}", ctx.tr(T::Copied), rows.len(), ctx.tr(T::Rows));
                command = Some(Command::Status(copied));
            }
        });
        if rows.is_empty() {
            ui.add_space(8.0);
            ui.label(ctx.tr(T::NothingMatches));
            return command;
        }
        let (column, ascending) = self.sort;
        let mut sort = None;
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let mut table = TableBuilder::new(ui)
            .auto_shrink([false, false])
            .id_salt("figures")
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
        for t in COLUMNS {
            // Short columns size to their content (never cut); file and quote take the rest.
            table = table.column(match t {
                T::Quote => Column::remainder().at_least(200.0).clip(true),
                T::File => Column::initial(150.0).at_least(60.0).clip(true),
                _ => Column::auto().at_least(40.0),
            });
        }
        if std::mem::take(&mut self.scroll_to_top) {
            table = table.scroll_to_row(0, Some(egui::Align::TOP));
        }
        table
            .header(row_height + 2.0, |mut header| {
                for (c, t) in COLUMNS.iter().enumerate() {
                    header.col(|ui| {
                        let arrow = match (column == c, ascending) {
                            (true, true) => " ↑",
                            (true, false) => " ↓",
                            _ => "",
                        };
                        let text = RichText::new(format!("{}{arrow}", lang.tr(*t))).strong();
                        if ui.add(egui::Button::new(text).frame(false)).clicked() {
                            sort = Some(if column == c {
                                (c, !ascending)
                            } else {
                                (c, true)
                            });
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, rows.len(), |mut row| {
                    let i = rows[row.index()];
                    let found = &analysis.measures[i];
                    for (t, mut cell) in COLUMNS.iter().zip(cells(found, lang)) {
                        if *t == T::Value && flagged.contains(&i) {
                            cell.insert_str(0, "⚠ ");
                        }
                        row.col(|ui| {
                            let label = egui::Label::new(cell).selectable(false);
                            let cut = matches!(t, T::File | T::Quote);
                            ui.add(if cut {
                                label.truncate()
                            } else {
                                label.extend()
                            });
                        });
                    }
                    if row.response().clicked() {
                        command = Some(Command::OpenReader { measure: i });
                    }
                });
            });
        if let Some(sort) = sort {
            self.sort = sort;
        }
        command
    }
}

/// A row's cells, as shown.
pub fn cells(found: &Found, lang: Lang) -> [String; SHOWN] {
    let m = &found.measure;
    let key = crate::aggregate::MeasureKey::of(found);
    [
        lang.province(&m.province),
        m.place.clone(),
        lang.category(m.category).to_owned(),
        lang.kind(m.kind).to_owned(),
        chart::qualified_label(m.value, m.value_max, m.qualifier, key, lang),
        lang.period(m.period).to_owned(),
        lang.area(m.area).to_owned(),
        lang.change(m.change).to_owned(),
        m.year.map(|y| y.to_string()).unwrap_or_default(),
        m.doc.clone(),
        m.quote.clone(),
    ]
}

/// The rows shown, as tab-separated text with the column names first (what
/// the 复制 button puts on the clipboard).
pub fn rows_tsv(analysis: &Analysis, rows: &[usize], lang: Lang) -> String {
    let header: Vec<&str> = COLUMNS.iter().map(|t| lang.tr(*t)).collect();
    let cells = rows
        .iter()
        .filter_map(|&i| analysis.measures.get(i))
        .map(|found| Vec::from(cells(found, lang)));
    crate::gui::clipboard::tsv(&header, cells)
}

/// Whether a figure matches the filter: its province (either language),
/// place, programme and kind (either language or code), year, file or quote.
pub fn matches(found: &Found, filter: &str) -> bool {
    if filter.is_empty() {
        return true;
    }
    let m = &found.measure;
    let lower = filter.to_lowercase();
    let hit = |text: &str| text.to_lowercase().contains(&lower);
    hit(&m.quote)
        || hit(&m.province)
        || hit(&Lang::En.province(&m.province))
        || hit(&m.place)
        || hit(&m.doc)
        || m.year.is_some_and(|y| y.to_string() == filter)
        || [Lang::Zh, Lang::En]
            .iter()
            .any(|lang| hit(lang.category(m.category)) || hit(lang.kind(m.kind)))
        || hit(m.category.as_str())
        || hit(m.kind.as_str())
}

/// The figures that match `filter`, sorted by `column`.
pub fn filtered_sorted(
    analysis: &Analysis,
    filter: &str,
    (column, ascending): (usize, bool),
) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..analysis.measures.len())
        .filter(|&i| matches(&analysis.measures[i], filter))
        .collect();
    rows.sort_by(|&x, &y| {
        let (p, q) = (&analysis.measures[x].measure, &analysis.measures[y].measure);
        let order = match COLUMNS.get(column) {
            Some(T::Province) => province_rank(&p.province).cmp(&province_rank(&q.province)),
            Some(T::Place) => p.place.cmp(&q.place),
            Some(T::Programme) => p.category.cmp(&q.category),
            Some(T::Kind) => p.kind.cmp(&q.kind),
            Some(T::Value) => p.value.total_cmp(&q.value),
            Some(T::Period) => p.period.cmp(&q.period),
            Some(T::Area) => p.area.cmp(&q.area),
            Some(T::Change) => p.change.cmp(&q.change),
            Some(T::Year) => p.year.cmp(&q.year),
            Some(T::Quote) => p.quote.cmp(&q.quote),
            _ => p.doc.cmp(&q.doc),
        };
        if ascending { order } else { order.reverse() }
    });
    rows
}

/// A province's place in the spec's order (unknown ones last).
fn province_rank(province: &str) -> usize {
    crate::measure::PROVINCES
        .iter()
        .position(|p| *p == province)
        .unwrap_or(usize::MAX)
}

impl super::View for TableView {
    fn id(&self) -> crate::present::ViewId {
        crate::present::ViewId::Table
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        TableView::ui(self, ui, ctx)
    }
}
