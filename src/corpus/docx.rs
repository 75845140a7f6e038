//! Word documents (`.docx`) → plain text. Input: the file's bytes (a zip
//! archive). Output: the body's text, one line a paragraph; a table row
//! becomes one line of its cells joined by ` | `, as spreadsheets are read.
//!
//! Only `word/document.xml` is read: headers, footers, comments and deleted
//! text in tracked changes are not part of the article.

use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::DecodeError;

/// The most a document's XML may unpack to: a zip bomb stops here.
pub const MAX_UNPACKED_BYTES: u64 = 512 * 1024 * 1024;

const FORMAT: &str = "Word document";

fn unreadable(reason: impl std::fmt::Display) -> DecodeError {
    DecodeError::Unreadable {
        format: FORMAT,
        reason: reason.to_string(),
    }
}

/// The text of a `.docx` file.
pub fn to_text(bytes: &[u8]) -> Result<String, DecodeError> {
    let xml = read_member(bytes, "word/document.xml", FORMAT)?;
    let text = body_text(&xml).map_err(unreadable)?;
    if text.trim().is_empty() {
        return Err(DecodeError::Blank);
    }
    Ok(text)
}

/// One member of a zip archive as UTF-8 text, within [`MAX_UNPACKED_BYTES`].
pub(crate) fn read_member(
    bytes: &[u8],
    name: &str,
    format: &'static str,
) -> Result<String, DecodeError> {
    let error = |reason: String| DecodeError::Unreadable { format, reason };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|err| error(format!("not a valid zip archive: {err}")))?;
    let member = archive
        .by_name(name)
        .map_err(|err| error(format!("{name} is missing: {err}")))?;
    let mut xml = String::new();
    member
        .take(MAX_UNPACKED_BYTES + 1)
        .read_to_string(&mut xml)
        .map_err(|err| error(format!("{name} could not be unpacked: {err}")))?;
    if xml.len() as u64 > MAX_UNPACKED_BYTES {
        return Err(error(format!(
            "{name} unpacks to more than {}",
            super::human_bytes(MAX_UNPACKED_BYTES)
        )));
    }
    Ok(xml)
}

/// Paragraphs, line breaks, tabs and table cells of a `WordprocessingML` body.
fn body_text(xml: &str) -> Result<String, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::with_capacity(xml.len() / 4);
    // Inside `<w:t>`: only there is character data text.
    let mut in_text = false;
    // Depth of table cells: a paragraph inside one does not end the line.
    let mut cell_depth = 0usize;
    loop {
        match reader.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "tc" => cell_depth += 1,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => out.push(' '),
                "br" | "cr" => out.push('\n'),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" if cell_depth == 0 => out.push('\n'),
                "p" if !out.ends_with([' ', '\n']) => out.push(' '),
                "tc" => {
                    cell_depth = cell_depth.saturating_sub(1);
                    let kept = out.trim_end_matches(' ').len();
                    out.truncate(kept);
                    out.push_str(" | ");
                }
                "tr" => {
                    let kept = out.trim_end_matches([' ', '|']).len();
                    out.truncate(kept);
                    out.push('\n');
                }
                _ => {}
            },
            Event::Text(t) if in_text => out.push_str(&t.xml10_content()),
            Event::CData(t) if in_text => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    out.push(c);
                } else if let Some(s) =
                    quick_xml::escape::resolve_predefined_entity(&r.xml10_content())
                {
                    out.push_str(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}
