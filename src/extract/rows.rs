//! Table rows → measures: the figures that `table` reads off a row, with
//! the programme and side of the row's label (else the table's title), the
//! places the label names, and the year of the table's heading.

#[allow(clippy::wildcard_imports)]
use super::*;

/// A table row and where it stands, for making its figures into measures.
pub(super) struct RowSite<'a> {
    pub(super) doc: &'a Document,
    pub(super) doc_index: usize,
    pub(super) article_index: usize,
    pub(super) article: &'a crate::corpus::Article,
    pub(super) line: &'a str,
    /// Byte offset of the line in the analysis text.
    pub(super) line_start: usize,
    pub(super) line_starts: &'a [usize],
    pub(super) table: &'a table::Table,
    pub(super) report_year: Option<u16>,
}

impl RowSite<'_> {
    /// Each figure of a row: programme and side from the row's label, else
    /// from the table's title; place from the label when it names places.
    pub(super) fn extract(&self, row: &table::Row, out: &mut Vec<Found>) {
        if row.figures.is_empty() {
            return;
        }
        let label = &self.line[row.label.0..row.label.1];
        let cues = Cues::get();
        let category = [
            label,
            self.table.section.as_str(),
            self.table.title.as_str(),
        ]
        .iter()
        .find_map(|text| {
            cues.find(text)
                .into_iter()
                .max_by(|a, b| a.rank.cmp(&b.rank).then(a.start.cmp(&b.start)))
                .map(|h| h.category)
        })
        .unwrap_or(Category::Other);
        let area = match relations::side_in(label) {
            Area::Joint => relations::side_in(&self.table.title),
            side => side,
        };
        let (label_start, label_end) =
            (self.line_start + row.label.0, self.line_start + row.label.1);
        let in_label: Vec<&PlaceMatch<'static>> = self
            .doc
            .places
            .iter()
            .filter(|m| m.start >= label_start && m.end <= label_end)
            .collect();
        let (province, place) = match in_label.first() {
            Some(first) => {
                let idx = self
                    .doc
                    .places
                    .iter()
                    .position(|m| m.start == first.start)
                    .unwrap_or(0);
                let province =
                    gazetteer::settle(first, &self.doc.places[..idx], self.article.province)
                        .or(self.article.province);
                let (a, b) =
                    self.doc
                        .normalized
                        .original_range(&self.doc.original, label_start, label_end);
                (province, self.doc.original[a..b].to_owned())
            }
            None => (self.article.province, self.article.place.clone()),
        };
        let trimmed = self.line.trim_start();
        let lead = self.line.len() - trimmed.len();
        let quote = self.doc.normalized.original_range(
            &self.doc.original,
            self.line_start + lead,
            self.line_start + lead + trimmed.trim_end().len(),
        );
        for f in &row.figures {
            let figure = self.doc.normalized.original_range(
                &self.doc.original,
                self.line_start + f.start,
                self.line_start + f.end,
            );
            out.push(located(
                Measure {
                    province: province.unwrap_or_default().to_owned(),
                    place: place.clone(),
                    kind: f.kind,
                    category,
                    value: round(f.value),
                    value_max: f.value_max.map(round),
                    period: f.period,
                    qualifier: Qualifier::Exact,
                    year: self.table.year.or(self.report_year),
                    area,
                    change: f.change,
                    published: String::new(),
                    doc: self.doc.name.clone(),
                    quote: self.doc.original[quote.0..quote.1].to_owned(),
                },
                figure,
                quote,
                (self.doc_index, self.article_index),
                self.line_starts,
            ));
        }
    }
}
