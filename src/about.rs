//! Licences and notices, for an About window or `--version` style output.
//! Input: nothing. Output: the texts shipped in the repository root, embedded
//! at build time so that a lone binary still carries them.

/// Every crate and embedded data set with its licence (`THIRD-PARTY.md`).
pub const THIRD_PARTY: &str = include_str!("../THIRD-PARTY.md");

/// The MIT licence under which Minsheng may be used.
pub const LICENSE_MIT: &str = include_str!("../LICENSE-MIT");

/// The Apache 2.0 licence under which Minsheng may be used.
pub const LICENSE_APACHE: &str = include_str!("../LICENSE-APACHE");

/// The embedded font's licence (Noto Sans SC, SIL Open Font License 1.1).
pub const FONT_LICENSE: &str = include_str!("../fonts/OFL.txt");

/// A piece of a line: prose, or code (written between backticks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub code: bool,
}

/// One line of a Markdown notice such as [`THIRD_PARTY`], as the About
/// window shows it: its markup (`#`, backticks, code fences, table rules)
/// read, not shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// A heading: its level (1 for `#`) and its text.
    Heading(u8, Vec<Span>),
    /// Running text.
    Text(Vec<Span>),
    /// A line of a fenced code block, as written.
    Code(String),
    /// A table row, its cells padded to the widths of their columns; the
    /// first row of a table is its header.
    Row {
        text: String,
        header: bool,
    },
    Blank,
}

impl Line {
    /// The line as plain text.
    pub fn plain(&self) -> String {
        match self {
            Line::Heading(_, spans) | Line::Text(spans) => plain(spans),
            Line::Code(text) | Line::Row { text, .. } => text.clone(),
            Line::Blank => String::new(),
        }
    }
}

/// The lines of Markdown text with the markup this project's notices use
/// read: headings, fenced code blocks, tables (the rule under a header left
/// out) and code spans. Anything else is shown as written.
pub fn markdown_lines(text: &str) -> Vec<Line> {
    let source: Vec<&str> = text.lines().collect();
    let mut lines = Vec::with_capacity(source.len());
    let mut in_code = false;
    let mut at = 0;
    while at < source.len() {
        let line = source[at];
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            at += 1;
            continue;
        }
        if in_code {
            lines.push(Line::Code(line.to_owned()));
            at += 1;
            continue;
        }
        if is_table_row(line) {
            let end = (at..source.len())
                .find(|&i| !is_table_row(source[i]))
                .unwrap_or(source.len());
            lines.extend(table(&source[at..end]));
            at = end;
            continue;
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        lines.push(if line.trim().is_empty() {
            Line::Blank
        } else if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
            Line::Heading(hashes as u8, spans(line[hashes..].trim()))
        } else {
            Line::Text(spans(line))
        });
        at += 1;
    }
    lines
}

fn is_table_row(line: &str) -> bool {
    let line = line.trim();
    line.len() > 1 && line.starts_with('|') && line.ends_with('|')
}

/// A table's rows, cells padded to their column's width (the last column
/// is not padded); the rule under the header is left out.
fn table(rows: &[&str]) -> Vec<Line> {
    let cells = |row: &str| -> Vec<String> {
        let row = row.trim();
        row[1..row.len() - 1]
            .split('|')
            .map(|cell| plain(&spans(cell.trim())))
            .collect()
    };
    let is_rule = |row: &str| {
        row.trim()
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' '))
    };
    let parsed: Vec<(Vec<String>, bool)> = rows
        .iter()
        .enumerate()
        .filter(|(_, row)| !is_rule(row))
        .map(|(i, row)| {
            let header = i == 0 && rows.get(1).is_some_and(|next| is_rule(next));
            (cells(row), header)
        })
        .collect();
    let mut widths: Vec<usize> = Vec::new();
    for (row, _) in &parsed {
        for (i, cell) in row.iter().enumerate() {
            let width = cell.chars().count();
            match widths.get_mut(i) {
                Some(w) => *w = (*w).max(width),
                None => widths.push(width),
            }
        }
    }
    parsed
        .into_iter()
        .map(|(row, header)| {
            let last = row.len().saturating_sub(1);
            let padded: Vec<String> = row
                .into_iter()
                .enumerate()
                .map(|(i, cell)| {
                    if i == last {
                        cell
                    } else {
                        format!("{cell:<width$}", width = widths[i])
                    }
                })
                .collect();
            Line::Row {
                text: padded.join("  ").trim_end().to_owned(),
                header,
            }
        })
        .collect()
}

/// Text split at backticks into prose and code; a backtick without its
/// pair stays as written.
fn spans(text: &str) -> Vec<Span> {
    let mut parts: Vec<String> = text.split('`').map(str::to_owned).collect();
    if parts.len().is_multiple_of(2) {
        let last = parts.pop().unwrap_or_default();
        if let Some(before) = parts.last_mut() {
            before.push('`');
            before.push_str(&last);
        }
    }
    parts
        .into_iter()
        .enumerate()
        .filter(|(_, text)| !text.is_empty())
        .map(|(i, text)| Span {
            text,
            code: i % 2 == 1,
        })
        .collect()
}

fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// What clearing a folder freed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Freed {
    pub files: usize,
    pub bytes: u64,
}

/// Remove every file in `dir` and below it, keeping the folder itself (the
/// results cache is rebuilt on the next read). A missing folder frees
/// nothing; a file that cannot be removed is an error naming it.
pub fn clear_dir(dir: &std::path::Path) -> std::io::Result<Freed> {
    let mut freed = Freed::default();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(freed),
        Err(err) => return Err(err),
    };
    for entry in entries {
        let entry = entry?;
        let path = entry.path();
        let meta = std::fs::symlink_metadata(&path)?;
        if meta.is_dir() {
            let inner = clear_dir(&path)?;
            freed.files += inner.files;
            freed.bytes += inner.bytes;
            std::fs::remove_dir(&path)?;
        } else {
            std::fs::remove_file(&path).map_err(|err| {
                std::io::Error::new(err.kind(), format!("{err}: {}", path.display()))
            })?;
            freed.files += 1;
            freed.bytes += meta.len();
        }
    }
    Ok(freed)
}

/// `1.2 MB`, `340 KB`, `12 B`: a size for people.
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}
