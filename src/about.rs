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
