//! Spreadsheets (`.xlsx`, `.xls`, and the `.xlsb`/`.ods` that `calamine`
//! also reads) → plain text. Input: the file's bytes. Output: for each
//! worksheet, its name on a line, then one line a row with the cells joined
//! by ` | ` (empty rows left out, empty cells kept between filled ones so
//! that columns stay in place).

use calamine::{Data, Reader};

use super::DecodeError;

const FORMAT: &str = "spreadsheet";

/// The text of a workbook.
pub fn to_text(bytes: &[u8]) -> Result<String, DecodeError> {
    let unreadable = |reason: String| DecodeError::Unreadable {
        format: FORMAT,
        reason,
    };
    let mut workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|err| unreadable(err.to_string()))?;
    let mut out = String::new();
    let mut rows = 0usize;
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|err| unreadable(format!("sheet {name}: {err}")))?;
        out.push_str(&name);
        out.push('\n');
        for row in range.rows() {
            let filled = row
                .iter()
                .rposition(|cell| !cell_text(cell).is_empty())
                .map_or(0, |last| last + 1);
            if filled == 0 {
                continue;
            }
            rows += 1;
            let cells: Vec<String> = row[..filled].iter().map(cell_text).collect();
            out.push_str(&cells.join(" | "));
            out.push('\n');
        }
        out.push('\n');
    }
    if rows == 0 {
        return Err(DecodeError::Blank);
    }
    Ok(out)
}

/// A cell as it would read: numbers without a trailing `.0`, text with its
/// line breaks folded to spaces (a row is one line).
fn cell_text(cell: &Data) -> String {
    let text = match cell {
        Data::Empty => return String::new(),
        Data::Float(v) => crate::export::number_json(*v).to_string(),
        other => other.to_string(),
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
