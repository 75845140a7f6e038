//! The views by name: one table of every view's id, its tab's label, its
//! name on the command line and what it exports. The dashboard's tabs, its
//! export targets and `minsheng chart --view` all read it; the dashboard
//! pairs each id with the struct that draws it (`gui::views::make`).

use super::i18n::T;

/// A view of the main area (what the settings remember as the one shown).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ViewId {
    #[default]
    Compare,
    Overview,
    Table,
    Documents,
    Coverage,
    Map,
    Terms,
    /// Changes: before → after and increases, apart from levels.
    Changes,
    /// One measure over the years, a line per province and area.
    Trend,
    /// Urban beside rural, per province, of the same year.
    Gap,
}

/// What a view is called and what it can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewInfo {
    pub id: ViewId,
    /// Its tab.
    pub tab: T,
    /// Its name for `minsheng chart --view` (`None`: not drawn by the command line).
    pub code: Option<&'static str>,
    /// It draws a picture of one measure (`导出 PNG…`, `chart --output`).
    pub picture: bool,
    /// It writes the figures it draws as CSV (`导出数据…`, `chart --data`).
    pub data: bool,
}

/// Every view, in the order of the tabs.
pub const VIEWS: [ViewInfo; 10] = [
    info(ViewId::Compare, T::Compare, Some("bars"), true, true),
    info(ViewId::Trend, T::TrendView, Some("trend"), true, true),
    info(ViewId::Gap, T::GapView, Some("gap"), true, true),
    info(
        ViewId::Changes,
        T::ChangesView,
        Some("changes"),
        false,
        true,
    ),
    info(
        ViewId::Overview,
        T::SmallMultiples,
        Some("multiples"),
        true,
        false,
    ),
    info(ViewId::Table, T::Table, None, false, false),
    info(ViewId::Documents, T::DocumentsView, None, false, false),
    info(ViewId::Coverage, T::CoverageView, None, false, false),
    info(ViewId::Map, T::MapView, Some("map"), true, true),
    info(ViewId::Terms, T::TermsView, None, false, false),
];

const fn info(
    id: ViewId,
    tab: T,
    code: Option<&'static str>,
    picture: bool,
    data: bool,
) -> ViewInfo {
    ViewInfo {
        id,
        tab,
        code,
        picture,
        data,
    }
}

impl ViewId {
    /// Its row of [`VIEWS`].
    pub fn info(self) -> ViewInfo {
        VIEWS
            .iter()
            .copied()
            .find(|v| v.id == self)
            .unwrap_or(VIEWS[0])
    }

    /// The view a command-line name stands for.
    pub fn from_code(code: &str) -> Option<Self> {
        VIEWS.iter().find(|v| v.code == Some(code)).map(|v| v.id)
    }

    /// Every command-line name, in the order of the tabs.
    pub fn codes() -> Vec<&'static str> {
        VIEWS.iter().filter_map(|v| v.code).collect()
    }
}
