//! Bytes → text. Input: a file's raw bytes. Output: its text and the encoding
//! that was used, or why it could not be read as text.
//!
//! Order of evidence, as pages arrive from the web: a byte-order mark; for
//! HTML, the page's own `<meta charset>`; zero bytes that give away BOM-less
//! UTF-16, whose byte order is the one that reads as plausible text; valid
//! UTF-8; otherwise `chardetng` guesses among the legacy encodings
//! (GB18030/GBK, Big5, …) and `encoding_rs` decodes.
//!
//! Files that are not plain text (Word, PDF, spreadsheets) are read by their
//! own modules; their failures are reported through the same [`DecodeError`].

use encoding_rs::{Encoding, GB18030, GBK, UTF_8, UTF_16BE, UTF_16LE};

/// Text decoded from a file.
#[derive(Clone, Debug)]
pub struct Decoded {
    pub text: String,
    /// Name of the encoding used (`UTF-8`, `UTF-16LE`, `GB18030`, `Big5`, …).
    pub encoding: &'static str,
    /// Whether malformed sequences had to be replaced with U+FFFD.
    pub had_errors: bool,
}

/// Why a file's bytes are not text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("the file holds only white space")]
    Blank,
    #[error("the file is binary ({0}), not text")]
    Binary(&'static str),
    #[error("the file's encoding could not be recognised")]
    Undecodable,
    /// A document format (Word, PDF, spreadsheet) whose contents could not
    /// be read.
    #[error("the {format} could not be read ({reason})")]
    Unreadable {
        format: &'static str,
        reason: String,
    },
    #[error("the PDF has no text layer (a scanned image?): run it through OCR first")]
    NoTextLayer,
}

/// Decode a file's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return finish(encoding, &bytes[bom_len..]);
    }
    if let Some(kind) = binary_signature(bytes) {
        return Err(DecodeError::Binary(kind));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return finish(encoding, bytes);
    }
    decode_unmarked(bytes)
}

/// Decode an HTML page's bytes: as [`decode`], but a `<meta charset>` (or
/// `http-equiv` content type) in the first 1024 bytes names the encoding when
/// there is no byte-order mark. A page declared in a legacy encoding whose
/// bytes are nonetheless valid UTF-8 with non-ASCII text was re-saved
/// without its declaration being updated: UTF-8 wins.
pub fn decode_html(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return finish(encoding, &bytes[bom_len..]);
    }
    if let Some(declared) = meta_charset(bytes) {
        let resaved_as_utf8 = !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok();
        if !resaved_as_utf8 {
            let declared = if declared == GBK { GB18030 } else { declared };
            return finish(declared, bytes);
        }
    }
    decode(bytes)
}

/// The encoding an HTML page declares in its first 1024 bytes, as a
/// browser's prescan finds it (`<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`). A declared
/// UTF-16 is ignored, as browsers do: the bytes that declare it are ASCII.
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at + 5;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(at) = find(tag, b"charset") {
            let rest = &tag[at + 7..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let value: Vec<u8> = rest
                    .trim_ascii_start()
                    .iter()
                    .copied()
                    .skip_while(|&b| b == b'"' || b == b'\'')
                    .take_while(|&b| {
                        !matches!(b, b'"' | b'\'' | b';' | b'/') && !b.is_ascii_whitespace()
                    })
                    .collect();
                if let Some(encoding) = Encoding::for_label(&value) {
                    return Some(if encoding == UTF_16LE || encoding == UTF_16BE {
                        UTF_8
                    } else {
                        encoding
                    });
                }
            }
        }
        from = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Decode bytes without a byte-order mark or a declaration.
fn decode_unmarked(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return check_text(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            had_errors: false,
        });
    }
    if bytes.iter().filter(|&&b| b == 0).count() * 20 > bytes.len() {
        return Err(DecodeError::Binary("NUL bytes"));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    // Mostly valid UTF-8 with a few broken bytes (a truncated download, a bad
    // splice) stays UTF-8: a legacy guess would garble all the rest.
    if guess != UTF_8 && mostly_utf8(bytes) {
        return finish(UTF_8, bytes);
    }
    // GB18030 is a superset of GBK: it also decodes the rare characters GBK lacks.
    let encoding = if guess == UTF_8 || guess == GBK {
        GB18030
    } else {
        guess
    };
    finish(encoding, bytes)
}

fn finish(encoding: &'static Encoding, bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let decoded = Decoded {
        text: text.into_owned(),
        encoding: display_name(encoding),
        had_errors,
    };
    if had_errors {
        let bad = decoded.text.chars().filter(|&c| c == '\u{FFFD}').count();
        if bad * 4 > decoded.text.chars().count() {
            return Err(DecodeError::Undecodable);
        }
    }
    check_text(decoded)
}

/// The usual spelling of an encoding's name (`GB18030`, not `gb18030`).
fn display_name(encoding: &'static Encoding) -> &'static str {
    if encoding == GB18030 {
        "GB18030"
    } else {
        encoding.name()
    }
}

fn check_text(decoded: Decoded) -> Result<Decoded, DecodeError> {
    if decoded.text.trim().is_empty() {
        return Err(DecodeError::Blank);
    }
    // A sample decides: binary content shows in its first 256 KB.
    let sample = decoded
        .text
        .char_indices()
        .take_while(|(i, _)| *i < 256 * 1024)
        .map(|(_, c)| c);
    let (mut controls, mut total) = (0usize, 0usize);
    for c in sample {
        total += 1;
        controls += usize::from(c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'));
    }
    if controls * 10 > total {
        return Err(DecodeError::Binary("control characters"));
    }
    Ok(decoded)
}

/// Well-known binary formats, by their first bytes.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 10] = [
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"PK\x03\x04", "zip archive"),
        (b"%PDF-", "PDF"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"\x1f\x8b", "gzip archive"),
        (b"\x7fELF", "executable"),
        (b"MZ", "executable"),
        (b"\xd0\xcf\x11\xe0", "Office document"),
        (b"Rar!", "rar archive"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// BOM-less UTF-16: its ASCII (line breaks, digits, punctuation) and
/// characters such as 一 (U+4E00) and the ideographic space put zero bytes in
/// the text, which UTF-8 and the legacy encodings never have. Which byte order
/// it is: the one that reads as Chinese, Latin and punctuation, where the
/// other reads as rare scripts and unassigned code points.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let pairs = sample.len() / 2;
    let zeros = sample.iter().filter(|&&b| b == 0).count();
    if zeros * 50 < pairs {
        return None;
    }
    let little = plausibility(UTF_16LE, sample);
    let big = plausibility(UTF_16BE, sample);
    let (best, score, other) = if little >= big {
        (UTF_16LE, little, big)
    } else {
        (UTF_16BE, big, little)
    };
    (score >= 0.9 && score > other).then_some(best)
}

/// The share of a sample's characters that ordinary Chinese or Western text
/// is made of.
fn plausibility(encoding: &'static Encoding, sample: &[u8]) -> f64 {
    let (text, _) = encoding.decode_without_bom_handling(sample);
    let (mut good, mut total) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        good += usize::from(is_plausible(c));
    }
    if total == 0 {
        return 0.0;
    }
    good as f64 / total as f64
}

fn is_plausible(c: char) -> bool {
    matches!(c,
        '\n' | '\r' | '\t' | ' '..='~'
        | '\u{A0}'..='\u{24F}'      // Latin-1 and Latin Extended
        | '\u{2000}'..='\u{206F}'   // general punctuation
        | '\u{2100}'..='\u{218F}'   // letter-like symbols, Roman numerals
        | '\u{2190}'..='\u{21FF}'   // arrows
        | '\u{2460}'..='\u{24FF}'   // circled numbers
        | '\u{2500}'..='\u{26FF}'   // box drawing, shapes, symbols
        | '\u{2E80}'..='\u{2FDF}'   // CJK radicals
        | '\u{3000}'..='\u{30FF}'   // CJK punctuation, kana
        | '\u{3400}'..='\u{4DBF}'   // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'   // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{FE30}'..='\u{FE4F}'   // CJK compatibility forms
        | '\u{FF00}'..='\u{FFEF}'   // full-width forms
    )
}

fn mostly_utf8(bytes: &[u8]) -> bool {
    let multibyte = |valid: &[u8]| valid.iter().filter(|&&b| b >= 0xC0).count();
    let (mut bad, mut good) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => {
                good += multibyte(rest);
                break;
            }
            Err(err) => {
                bad += 1;
                good += multibyte(&rest[..err.valid_up_to()]);
                let skip = err.valid_up_to()
                    + err
                        .error_len()
                        .unwrap_or(rest.len() - err.valid_up_to())
                        .max(1);
                if skip >= rest.len() {
                    break;
                }
                rest = &rest[skip..];
            }
        }
    }
    // A GBK or Big5 file fails on almost every character and has almost no
    // valid multi-byte sequence; a damaged UTF-8 one fails on a few.
    good >= 4 * bad
}
