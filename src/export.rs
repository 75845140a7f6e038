//! Measures → files. Input: measures (with their source spans). Output: JSON
//! Lines in exactly the fields of `spec/measures.md`, or CSV that Excel opens
//! cleanly (UTF-8 with BOM, formula-like cells neutralised), written
//! atomically.

use std::io::Write;
use std::path::Path;

use crate::corpus::Document;
use crate::measure::{Found, Measure};

/// The spec's fields, in order.
pub const FIELDS: [&str; 14] = [
    "province",
    "place",
    "kind",
    "category",
    "value",
    "value_max",
    "period",
    "qualifier",
    "year",
    "area",
    "change",
    "published",
    "doc",
    "quote",
];

/// A number as JSON: integers without a decimal point.
pub fn number_json(v: f64) -> serde_json::Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        serde_json::Value::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

/// One measure as a JSON object line, fields in the spec's order.
pub fn json_line(m: &Measure) -> String {
    let s = |text: &str| serde_json::Value::from(text).to_string();
    let opt_num =
        |v: Option<f64>| v.map_or_else(|| "null".to_owned(), |v| number_json(v).to_string());
    format!(
        "{{\"province\": {}, \"place\": {}, \"kind\": {}, \"category\": {}, \"value\": {}, \"value_max\": {}, \"period\": {}, \"qualifier\": {}, \"year\": {}, \"area\": {}, \"change\": {}, \"published\": {}, \"doc\": {}, \"quote\": {}}}",
        s(&m.province),
        s(&m.place),
        s(m.kind.as_str()),
        s(m.category.as_str()),
        number_json(m.value),
        opt_num(m.value_max),
        m.period
            .map_or_else(|| "null".to_owned(), |p| s(p.as_str())),
        s(m.qualifier.as_str()),
        m.year.map_or_else(|| "null".to_owned(), |y| y.to_string()),
        s(m.area.as_str()),
        s(m.change.as_str()),
        s(&m.published),
        s(&m.doc),
        s(&m.quote),
    )
}

/// What 导出数据 writes: every figure of the chosen provinces that the
/// views count (the excluded ones left out), whatever a table filters.
pub fn figures_in_view(
    measures: &[Found],
    provinces: &[String],
    excluded: &std::collections::BTreeSet<String>,
) -> Vec<Found> {
    measures
        .iter()
        .filter(|f| provinces.contains(&f.measure.province))
        .filter(|f| excluded.is_empty() || !excluded.contains(&crate::aggregate::figure_id(f)))
        .cloned()
        .collect()
}

/// Write measures as JSON Lines.
pub fn write_jsonl(out: &mut dyn Write, measures: &[Found]) -> std::io::Result<()> {
    for f in measures {
        writeln!(out, "{}", json_line(&f.measure))?;
    }
    Ok(())
}

/// A cell from untrusted text that a spreadsheet would run as a formula gets a
/// leading apostrophe.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn plain_number(v: f64) -> String {
    number_json(v).to_string()
}

/// Write measures as CSV: a UTF-8 BOM, the spec's fields, then where each
/// figure stands (line, and byte span in the decoded original) and whether
/// a correction changed it (`corrected`, here never).
pub fn write_csv(
    out: &mut dyn Write,
    measures: &[Found],
    documents: &[Document],
) -> std::io::Result<()> {
    write_csv_marked(out, measures, documents, &|_| false)
}

/// [`write_csv`], with `corrected(i)` saying whether the `i`-th measure was
/// corrected (see [`crate::corrections`]).
pub fn write_csv_marked(
    out: &mut dyn Write,
    measures: &[Found],
    documents: &[Document],
    corrected: &dyn Fn(usize) -> bool,
) -> std::io::Result<()> {
    out.write_all("\u{FEFF}".as_bytes())?;
    let mut w = csv::Writer::from_writer(out);
    let mut header: Vec<&str> = FIELDS.to_vec();
    header.extend(["line", "span_start", "span_end", "figure", "corrected"]);
    w.write_record(&header)?;
    for (i, f) in measures.iter().enumerate() {
        let m = &f.measure;
        let doc = documents.get(f.doc_index);
        let line = f.line;
        let figure = doc
            .and_then(|d| d.original.get(f.figure.start..f.figure.end))
            .unwrap_or("");
        w.write_record([
            neutralise(&m.province),
            neutralise(&m.place),
            m.kind.as_str().to_owned(),
            m.category.as_str().to_owned(),
            plain_number(m.value),
            m.value_max.map(plain_number).unwrap_or_default(),
            m.period.map(|p| p.as_str().to_owned()).unwrap_or_default(),
            m.qualifier.as_str().to_owned(),
            m.year.map(|y| y.to_string()).unwrap_or_default(),
            m.area.as_str().to_owned(),
            m.change.as_str().to_owned(),
            neutralise(&m.published),
            neutralise(&m.doc),
            neutralise(&m.quote),
            line.to_string(),
            f.figure.start.to_string(),
            f.figure.end.to_string(),
            neutralise(figure),
            corrected(i).to_string(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// Write a file atomically: to a temporary file beside it, then rename.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let file = std::fs::File::create(&tmp)?;
        let mut buffered = std::io::BufWriter::new(file);
        write(&mut buffered)?;
        let file = buffered
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
