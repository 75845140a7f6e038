//! Bytes → text. Input: a file's raw bytes. Output: its text and the encoding
//! that was used, or why it could not be read as text.
//!
//! Order of evidence, as pages arrive from the web: a byte-order mark; a
//! zero-byte pattern that gives away BOM-less UTF-16; valid UTF-8; otherwise
//! `chardetng` guesses among the legacy encodings (GB18030/GBK, Big5, …) and
//! `encoding_rs` decodes.

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

/// BOM-less UTF-16: Chinese text in UTF-16 has few zero bytes, but its ASCII
/// (line breaks, digits, punctuation) puts a zero in every other byte, always
/// on the same side.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let (mut even_zeros, mut odd_zeros) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even_zeros += usize::from(pair[0] == 0);
        odd_zeros += usize::from(pair[1] == 0);
    }
    let pairs = sample.len() / 2;
    let clearly = |side: usize, other: usize| side * 20 >= pairs && other * 50 <= side;
    let candidate = if clearly(odd_zeros, even_zeros) {
        UTF_16LE
    } else if clearly(even_zeros, odd_zeros) {
        UTF_16BE
    } else {
        return None;
    };
    // Confirm: the decoded sample must be mostly letters, CJK and punctuation.
    let (text, had_errors) = candidate.decode_without_bom_handling(sample);
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !c.is_whitespace())
        .count();
    (!had_errors || controls * 20 < text.chars().count()).then_some(candidate)
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
