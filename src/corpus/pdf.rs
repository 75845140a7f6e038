//! PDF → plain text. Input: the file's bytes. Output: the text layer, page
//! after page, as `pdf-extract` lays it out (Chinese included where the
//! fonts map their glyphs to Unicode, as every PDF made from a word processor
//! does). A PDF without a text layer (a scan) is refused with a reason that
//! says so; so is an encrypted or damaged one.

use super::DecodeError;

const FORMAT: &str = "PDF";

/// The text of a PDF file.
pub fn to_text(bytes: &[u8]) -> Result<String, DecodeError> {
    // The parser asserts on some malformed files instead of returning an
    // error: one bad file must become a problem, not end the run.
    let result = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes));
    let text = match result {
        Ok(Ok(text)) => text,
        Ok(Err(err)) => {
            return Err(DecodeError::Unreadable {
                format: FORMAT,
                reason: err.to_string(),
            });
        }
        Err(_) => {
            return Err(DecodeError::Unreadable {
                format: FORMAT,
                reason: "its structure is damaged".into(),
            });
        }
    };
    let text = tidy(&text);
    if text.chars().all(|c| c.is_whitespace() || c.is_control()) {
        return Err(DecodeError::NoTextLayer);
    }
    Ok(text)
}

/// Page breaks (form feeds) and runs of blank lines become one blank line;
/// lines lose trailing spaces.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.split(['\n', '\u{c}']) {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank == 1 && !out.is_empty() {
                out.push('\n');
            }
            continue;
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}
