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
