//! Presentation: everything a view or an export draws, as plain data, with
//! no GUI code. Input: an analysis and a query (a measure, provinces, the
//! language, the choice of area, year and exclusions). Output: models of
//! bars ([`chart`]), lines over the years ([`trend`]), urban–rural gaps
//! ([`gap`]), changes ([`change`]), the map ([`map`]) and the small
//! multiples ([`overview`]), with their labels ([`i18n`] holds every
//! string and number format) and colours as [`palette`] indexes; their
//! figures as CSV ([`data`]); and one [`store`] that builds each once per
//! analysis and query. [`view`] names the views.
//!
//! The dashboard (`gui`) draws these models; the command line writes their
//! data and, with the dashboard built in, their pictures.

pub mod change;
pub mod chart;
pub mod data;
pub mod gap;
pub mod i18n;
pub mod map;
pub mod overview;
pub mod palette;
pub mod store;
pub mod trend;
pub mod view;

pub use store::{Query, Store};
pub use view::{VIEWS, ViewId, ViewInfo};
