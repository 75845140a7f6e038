//! Minsheng (民生对比): reads folders of Chinese news reports and notices,
//! finds every social-welfare figure in them, places each in its province,
//! and compares provinces side by side.
//!
//! The pipeline reads top to bottom, one module a stage:
//! [`corpus`] (decode → normalise → split into articles) →
//! [`extract`] (quantities → measures, with [`gazetteer`] for places) →
//! [`aggregate`] (provinces × measures) → [`present`] (what each view
//! draws: bars, lines over the years, gaps, changes) → [`export`] (CSV,
//! JSON Lines).
//! None of it depends on the GUI, which lives in `gui` behind the `gui` feature.

pub mod about;
pub mod aggregate;
pub mod analysis;
pub mod cache;
pub mod corpus;
pub mod corrections;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod import;
pub mod measure;
pub mod present;
pub mod terms;
mod word_set;

#[cfg(feature = "gui")]
pub mod gui;
