//! Every user-visible string of the dashboard and its exports, in Chinese
//! and English, in one table; and the number and unit formats.

use crate::aggregate;
use crate::measure::{Area, Category, Change, Kind, Period};

/// The interface language.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// A user-visible string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    OpenFolder,
    OpenSeeds,
    RecentFolders,
    ExportPng,
    ExportCsv,
    ExportJson,
    Language,
    Light,
    Dark,
    Documents,
    Articles,
    Measures,
    Problems,
    Provinces,
    All,
    None,
    Measure,
    Programme,
    Kind,
    Compare,
    SmallMultiples,
    Table,
    DocumentsView,
    Evidence,
    Reader,
    Loading,
    Cancel,
    Cancelled,
    NoData,
    NoDialog,
    PathField,
    Open,
    Filter,
    File,
    Encoding,
    Province,
    Value,
    Year,
    Quote,
    Sources,
    OtherFigures,
    ClickBarHint,
    SampleCorpus,
    Scale,
    White,
    Saved,
    SaveFailed,
    DataSource,
    DocumentsUnit,
    ChangedTo,
    Close,
    Warnings,
    NoProblems,
    FilesDone,
    Latest,
    ReplacedBytes,
    CoverageView,
    MapView,
    TermsView,
    CoverageHelp,
    FiguresWord,
    NoDataShort,
    YearUnknown,
    AllAreas,
    TermInContext,
    ConfirmReplace,
    FileLimit,
    Save,
    Replace,
    SavesInto,
    InFolder,
    SearchMeasures,
    NothingMatches,
    NoProvinceSelected,
    NoFiguresForSelection,
    ValuesOnHover,
    Place,
    Period,
    Area,
    Change,
    Computing,
    OpenDocumentHint,
    Urban,
    Rural,
    Before,
    Increase,
    Rows,
    // Changes, conversion, exclusion
    ChangesView,
    BeforeAfter,
    Increments,
    NoChanges,
    ChangesHint,
    ConvertTo,
    ConvertedMark,
    ConvertedHint,
    ConvertedNote,
    SuspiciousHint,
    ExcludedWord,
    Exclude,
    Restore,
    LatestShort,
    AfterUnknown,
    OtherYearNote,
    ExportChartData,
    ExportChartDataHint,
    // Over the years, the urban–rural gap
    TrendView,
    TrendHint,
    NoTrend,
    UndatedLeftOut,
    DatedByDocument,
    EarlierLevel,
    SameYearOthers,
    GapView,
    GapHint,
    NoGap,
    GapUnpaired,
    Difference,
    RuralToUrban,
    SortBy,
    SortProvince,
    SortDifference,
    SortRatio,
    ExportData,
    ExportDataHint,
    // About, clipboard, renderer
    About,
    Version,
    CacheFolder,
    SettingsFolder,
    NotAvailable,
    ClearCache,
    CacheCleared,
    Licences,
    CopyQuote,
    Copy,
    CopyChart,
    Copied,
    CopyFailed,
    OpenFiles,
    TextUnavailable,
    More,
    ChartCopied,
    ExportFigures,
    YearUnknownOnBar,
    // Charts fit for a report: rows, their legend, numbers that paste
    SideJoint,
    LegendAtLeast,
    LegendAtMost,
    LegendAbout,
    LegendRange,
    LegendConverted,
    SortByValue,
    SortByRegion,
    EmptyRows,
    CopyChartData,
    CopyChartDataHint,
    QualifierExact,
    QualifierAbout,
    QualifierAtLeast,
    QualifierAtMost,
    OnlyRowsWithData,
    ValueMax,
    Unit,
    Qualifier,
    Converted,
    // --- Place level, dates, corrections, one truth (issue 23) ---
    /// `发布于` before a document's date.
    PublishedIn,
    PublishedInOnBar,
    /// 只看全省 and its hint.
    ProvinceOnly,
    ProvinceOnlyHint,
    /// What a bar of one of the province's places says.
    LocalHint,
    LocalNote,
    /// The legend's entry for a bar of one of the province's places.
    LegendLocal,
    /// What the marks of an exported change picture mean.
    ChangesLegend,
    /// The export page-size picker's hint, and its label.
    ExportSizeHint,
    PageSize,
    /// The one-year picker's tick: figures dated only by their document.
    IncludeDatedByDocument,
    IncludeDatedByDocumentHint,
    PlaceLevelWord,
    LevelProvince,
    LevelPrefecture,
    LevelCounty,
    LevelTown,
    Correct,
    CorrectHint,
    CorrectedWord,
    CorrectedNote,
    ApplyCorrection,
    ExportCorrections,
    ImportCorrections,
    CorrectionsUnmatched,
    ExportAllFigures,
    ExportShownFigures,
    Published,
    // --- end of issue 23 ---
}

impl Lang {
    /// The language the language button switches to.
    pub fn other(self) -> Self {
        match self {
            Self::Zh => Self::En,
            Self::En => Self::Zh,
        }
    }

    pub fn tr(self, t: T) -> &'static str {
        let (zh, en) = match t {
            T::OpenFolder => ("打开文件夹…", "Open folder…"),
            T::OpenSeeds => ("示例语料", "Sample corpus"),
            T::RecentFolders => ("最近打开", "Recent folders"),
            T::ExportPng => ("导出 PNG…", "Export PNG…"),
            T::ExportCsv => ("导出 CSV…", "Export CSV…"),
            T::ExportJson => ("导出 JSON…", "Export JSON…"),
            T::Language => ("English", "中文"),
            T::Light => ("浅色", "Light"),
            T::Dark => ("深色", "Dark"),
            T::Documents => ("文档", "Documents"),
            T::Articles => ("文章", "Articles"),
            T::Measures => ("数据", "Figures"),
            T::Problems => ("问题", "Problems"),
            T::Provinces => ("省份", "Provinces"),
            T::All => ("全选", "All"),
            T::None => ("清空", "None"),
            T::Measure => ("指标", "Measure"),
            T::Programme => ("项目", "Programme"),
            T::Kind => ("类型", "Kind"),
            T::Compare => ("对比", "Compare"),
            T::SmallMultiples => ("总览", "Overview"),
            T::Table => ("数据表", "Table"),
            T::DocumentsView => ("文档列表", "Documents"),
            T::Evidence => ("出处", "Evidence"),
            T::Reader => ("原文", "Reader"),
            T::Loading => ("正在读取", "Reading"),
            T::Cancel => ("取消", "Cancel"),
            T::Cancelled => ("已取消，显示已读部分", "Cancelled; showing what was read"),
            T::NoData => ("没有数据", "No figures"),
            T::NoDialog => (
                "无法打开系统文件对话框（系统缺少 xdg-desktop-portal 或 zenity），请在下面输入路径",
                "No file dialog could be shown (xdg-desktop-portal or zenity is missing); type a path below",
            ),
            T::PathField => ("路径", "Path"),
            T::Open => ("打开", "Open"),
            T::Filter => ("筛选", "Filter"),
            T::File => ("文件", "File"),
            T::Encoding => ("编码", "Encoding"),
            T::Province => ("省份", "Province"),
            T::Value => ("数值", "Value"),
            T::Year => ("年份", "Year"),
            T::Quote => ("原句", "Quote"),
            T::Sources => ("处出处", "sources"),
            T::OtherFigures => ("其他数据", "Other figures"),
            T::ClickBarHint => ("点击柱子查看出处", "Click a bar to see where it comes from"),
            T::SampleCorpus => ("内置示例语料", "built-in sample corpus"),
            T::Scale => ("倍率", "Scale"),
            T::White => ("白底", "White background"),
            T::Saved => ("已保存", "Saved"),
            T::SaveFailed => ("保存失败", "Could not save"),
            T::DataSource => ("数据来源", "Source"),
            T::DocumentsUnit => ("篇文档", "documents"),
            T::ChangedTo => ("调整为", "changed to"),
            T::Close => ("关闭", "Close"),
            T::Warnings => ("警告", "Warnings"),
            T::NoProblems => ("所有文件均已读取", "Every file was read"),
            T::FilesDone => ("个文件", "files"),
            T::Latest => ("按年份取最新", "latest by year"),
            T::CoverageView => ("证据覆盖", "Coverage"),
            T::MapView => ("地图", "Map"),
            T::TermsView => ("关键词", "Terms"),
            T::CoverageHelp => (
                "每格: 数据个数 · 文档数; 颜色越深证据越多; 虚框表示没有证据（不是零）。点击查看对比",
                "Each cell: figures · documents; darker means more evidence; a dashed cell has no evidence (not zero). Click to compare",
            ),
            T::FiguresWord => ("个数据", "figures"),
            T::NoDataShort => ("无数据", "no data"),
            T::YearUnknown => ("年份不详", "year unknown"),
            T::AllAreas => ("城乡并列", "urban and rural"),
            T::TermInContext => ("上下文", "In context"),
            T::FileLimit => ("单个文件上限", "Largest file read"),
            T::ConfirmReplace => (
                "文件已存在，点“替换”覆盖它",
                "The file exists; click Replace to overwrite it",
            ),
            T::Save => ("保存", "Save"),
            T::Replace => ("替换", "Replace"),
            T::SavesInto => ("保存到文件夹", "Saves into"),
            T::InFolder => ("位于", "in"),
            T::SearchMeasures => ("搜索指标", "Search measures"),
            T::NothingMatches => ("没有匹配的结果", "Nothing matches"),
            T::NoProvinceSelected => (
                "没有选择省份：请在左侧勾选要对比的省份",
                "No province is selected: tick the provinces to compare on the left",
            ),
            T::NoFiguresForSelection => (
                "所选省份没有这项数据",
                "The selected provinces have no figures for this measure",
            ),
            T::ValuesOnHover => (
                "柱子太多，数值见下方按钮或悬停提示",
                "Too many bars to label: values are on the buttons below and on hover",
            ),
            T::Place => ("地点", "Place"),
            T::Period => ("周期", "Period"),
            T::Area => ("城乡", "Urban/rural"),
            T::Change => ("变化", "Change"),
            T::Computing => ("正在计算…", "Computing…"),
            T::OpenDocumentHint => ("点击一行打开原文", "Click a row to read the document"),
            T::Urban => ("城市", "urban"),
            T::Rural => ("农村", "rural"),
            T::Before => ("调整前", "before"),
            T::Increase => ("增幅", "increase"),
            T::Rows => ("行", "rows"),
            T::ReplacedBytes => ("含无法解码的字节", "some bytes could not be decoded"),
            // Changes, conversion, exclusion
            T::ChangesView => ("调整变化", "Changes"),
            T::BeforeAfter => ("调整前 → 调整后", "Before → after"),
            T::Increments => ("增加额", "Increases"),
            T::NoChanges => (
                "所选省份没有这项指标的调整数据",
                "The selected provinces state no change of this measure",
            ),
            T::ChangesHint => (
                "只画调整，不画水平值（水平值见“对比”）：空心点为调整前，实心点为调整后；悬停查看年份和出处",
                "Changes only, never levels (levels are under Compare): hollow is before, filled is after; hover for year and sources",
            ),
            T::ConvertTo => ("折算为", "Convert to "),
            T::ConvertedMark => ("(折算)", " (converted)"),
            T::ConvertedHint => (
                "由另一周期的数据折算（÷12 或 ×12）",
                "converted from the other period (÷12 or ×12)",
            ),
            T::ConvertedNote => ("个浅色柱子由另一周期折算为", "lighter bars converted to"),
            T::SuspiciousHint => (
                "与其他省份中位数相差 30 倍以上，请核对原文",
                "30 times or more from the other provinces' median: check the source",
            ),
            T::ExcludedWord => ("已排除", "Excluded"),
            T::Exclude => (
                "排除此数据（可恢复）",
                "Exclude this figure (can be restored)",
            ),
            T::Restore => ("恢复", "Restore"),
            T::LatestShort => ("最新", "Latest"),
            T::AfterUnknown => ("调整前（调整后数值不详）", "Before (new level not stated)"),
            T::ExportChartData => ("导出图表数据…", "Export chart data…"),
            T::ExportChartDataHint => (
                "图中的柱子，每行一个（CSV，含年份、折算与排除）",
                "The bars drawn, one row each (CSV, with year, conversion and exclusions)",
            ),
            T::OtherYearNote => ("* 不是多数柱子的年份", "* not the year of most bars"),
            T::TrendView => ("历年", "Over the years"),
            T::TrendHint => (
                "每条线一个省份（城市虚线、农村点线）；菱形为调整前的标准，空心点的年份取自文档日期；悬停查看数值，点击查看出处",
                "A line per province (urban dashed, rural dotted); diamonds are earlier levels, hollow points are dated by their document; hover for the value, click for the evidence",
            ),
            T::NoTrend => (
                "所选省份没有注明年份的这项指标",
                "The selected provinces state no figure of this measure with its year",
            ),
            T::UndatedLeftOut => ("个没有年份的数字未画出", "figures without a year not drawn"),
            T::DatedByDocument => ("年份取自文档日期", "dated by its document"),
            T::EarlierLevel => ("调整前的标准", "earlier level"),
            T::SameYearOthers => ("同年其他数字", "other figures of that year"),
            T::GapView => ("城乡差距", "Urban–rural gap"),
            T::GapHint => (
                "每个省份同一年的城市与农村标准：差额为城市减农村，比值为农村除以城市；点击查看出处",
                "Each province's urban and rural levels of the same year: the difference is urban minus rural, the ratio rural over urban; click for the evidence",
            ),
            T::NoGap => (
                "所选省份没有同一年的城市和农村数字",
                "The selected provinces state no urban and rural figures of the same year",
            ),
            T::GapUnpaired => (
                "没有同一年城乡数字的省份",
                "Provinces without urban and rural figures of one year",
            ),
            T::Difference => ("差额", "Difference"),
            T::RuralToUrban => ("农村/城市", "Rural/urban"),
            T::SortBy => ("排序", "Sort by"),
            T::SortProvince => ("按省份", "by province"),
            T::SortDifference => ("按差额", "by difference"),
            T::SortRatio => ("按比值", "by ratio"),
            T::ExportData => ("导出数据…", "Export data…"),
            T::ExportDataHint => (
                "图中的数字，每行一个（CSV）",
                "The figures drawn, one row each (CSV)",
            ),
            // About, clipboard, renderer
            T::About => ("关于", "About"),
            T::Version => ("版本", "Version"),
            T::CacheFolder => ("结果缓存", "Results cache"),
            T::SettingsFolder => ("设置", "Settings"),
            T::NotAvailable => ("无", "none"),
            T::ClearCache => ("清除缓存", "Clear cache"),
            T::CacheCleared => ("已清除缓存，释放", "Cache cleared, freed"),
            T::Licences => ("许可证", "Licences"),
            T::CopyQuote => ("复制引文", "Copy quote"),
            T::Copy => ("复制", "Copy"),
            T::CopyChart => ("复制图表", "Copy chart"),
            T::Copied => ("已复制", "Copied"),
            T::CopyFailed => ("复制失败", "Could not copy"),
            T::OpenFiles => ("打开文件…", "Open files…"),
            T::More => ("更多", "More"),
            T::ExportFigures => ("导出数据", "Export figures"),
            T::YearUnknownOnBar => ("年份\n不详", "year\nunknown"),
            // --- Place level, dates, corrections, one truth (issue 23) ---
            T::PublishedIn => ("发布于", "published "),
            T::PublishedInOnBar => ("发布于\n", "published\n"),
            T::ProvinceOnly => ("只看全省", "Province-wide only"),
            T::ProvinceOnlyHint => (
                "不画各市、县、乡镇的数据，只画全省的",
                "Leave out the figures of cities, counties and towns",
            ),
            T::LocalHint => (
                "无全省数据，此柱为省内一地的数据",
                "No province-wide figure: this bar is one place's",
            ),
            T::PageSize => ("页面", "Page"),
            T::ExportSizeHint => (
                "导出 PNG 的页面大小（点），再乘以倍率得像素",
                "The exported page in points; times the scale gives pixels",
            ),
            T::ChangesLegend => (
                "○ 调整前 → ● 调整后（实线相连）；横条为只说增加额的调整。数值后为增减额与幅度、年份",
                "○ before → ● after (joined by a line); a bar is an increase stated alone. Each label gives the change, its percent and the year",
            ),
            T::LegendLocal => (
                "浅色并标地名: 省内一地的数据（无全省数据）",
                "lighter, with a place name: one place's figure (no province-wide one)",
            ),
            T::LocalNote => (
                "个浅色柱子为省内一地的数据（无全省数据）",
                "lighter bars are one place's figure (no province-wide one)",
            ),
            T::IncludeDatedByDocument => ("含按发布日期", "incl. dated by publication"),
            T::IncludeDatedByDocumentHint => (
                "也画没有自身年份、其文章发布于该年的数据",
                "Also draw figures without a year of their own whose article is dated that year",
            ),
            T::PlaceLevelWord => ("层级", "Level"),
            T::LevelProvince => ("全省", "province"),
            T::LevelPrefecture => ("地市", "prefecture"),
            T::LevelCounty => ("区县", "county"),
            T::LevelTown => ("乡镇", "town"),
            T::Correct => ("更正", "Correct"),
            T::CorrectHint => (
                "更正这项数据的省份、地点、城乡、周期、年份、项目、类型或变化",
                "Correct this figure's province, place, side, period, year, programme, kind or change",
            ),
            T::CorrectedWord => ("已更正", "corrected"),
            T::CorrectedNote => ("项已更正", "figures corrected"),
            T::ApplyCorrection => ("应用", "Apply"),
            T::ExportCorrections => ("导出更正…", "Export corrections…"),
            T::ImportCorrections => ("导入更正…", "Import corrections…"),
            T::CorrectionsUnmatched => ("条更正未找到对应数据", "corrections matched no figure"),
            T::ExportAllFigures => (
                "所选省份的全部数据（已排除的除外，不按数据表的筛选）",
                "Every figure of the chosen provinces (not the excluded ones, not the table's filter)",
            ),
            T::ExportShownFigures => ("导出表中所示数据", "Exports the figures the table shows"),
            T::Published => ("发布日期", "Published"),
            // --- end of issue 23 ---
            T::ChartCopied => ("已复制图表", "Chart copied"),
            // Charts fit for a report: rows, their legend, numbers that paste
            T::SideJoint => ("城乡统一", "urban and rural together"),
            T::LegendAtLeast => ("至少 (≥)", "at least (≥)"),
            T::LegendAtMost => ("至多 (≤)", "at most (≤)"),
            T::LegendAbout => ("约数", "about (≈)"),
            T::LegendRange => ("区间 (下限–上限)", "range (low–high)"),
            T::LegendConverted => ("浅色: 由另一周期折算为", "lighter: converted to"),
            T::SortByValue => ("按数值排序", "Largest first"),
            T::SortByRegion => ("按地区顺序", "Regional order"),
            T::EmptyRows => ("保留无数据的行", "Keep rows without data"),
            T::CopyChartData => ("复制图表数据", "Copy chart data"),
            T::CopyChartDataHint => (
                "图中的柱子，每行一个，数值不取整（制表符分隔，可直接粘贴到表格）",
                "The bars drawn, one row each, numbers unrounded (tab-separated, pastes into a spreadsheet)",
            ),
            T::QualifierExact => ("确切", "exact"),
            T::QualifierAbout => ("约数", "about"),
            T::QualifierAtLeast => ("至少", "at least"),
            T::QualifierAtMost => ("至多", "at most"),
            T::OnlyRowsWithData => (
                "每个小图只列出有这项数据的省份",
                "each panel lists only the provinces with figures for its measure",
            ),
            T::ValueMax => ("上限", "Upper value"),
            T::Unit => ("单位", "Unit"),
            T::Qualifier => ("限定", "Qualifier"),
            T::Converted => ("折算", "Converted"),
            T::TextUnavailable => (
                "原文不可用（由数据文件导入）",
                "The original text is not available (imported from a measures file)",
            ),
        };
        match self {
            Self::Zh => zh,
            Self::En => en,
        }
    }

    pub fn category(self, c: Category) -> &'static str {
        let (zh, en) = match c {
            Category::MinimumLiving => ("低保", "Minimum living"),
            Category::ExtremePoverty => ("特困供养", "Extreme poverty"),
            Category::TemporaryAssistance => ("临时救助", "Temporary assistance"),
            Category::ChildWelfare => ("儿童福利", "Child welfare"),
            Category::Disability => ("残疾人", "Disability"),
            Category::ElderlyCare => ("养老服务", "Elderly care"),
            Category::PensionInsurance => ("养老保险", "Pension insurance"),
            Category::Medical => ("医疗救助", "Medical"),
            Category::Community => ("社区治理", "Community"),
            Category::Other => ("其他", "Other"),
        };
        if self == Self::Zh { zh } else { en }
    }

    pub fn kind(self, k: Kind) -> &'static str {
        let (zh, en) = match k {
            Kind::AmountPerPerson => ("每人金额", "Amount per person"),
            Kind::AmountPerHousehold => ("每户金额", "Amount per household"),
            Kind::AmountTotal => ("资金总额", "Total amount"),
            Kind::Rate => ("比例", "Rate"),
            Kind::CountPeople => ("人数", "People"),
            Kind::CountHouseholds => ("户数", "Households"),
            Kind::CountUnits => ("机构/设施数", "Facilities and units"),
        };
        if self == Self::Zh { zh } else { en }
    }

    pub fn period(self, p: Option<Period>) -> &'static str {
        let (zh, en) = match p {
            Some(Period::Month) => ("每月", "monthly"),
            Some(Period::Year) => ("每年", "yearly"),
            Some(Period::Once) => ("一次性", "one-off"),
            None => ("", ""),
        };
        if self == Self::Zh { zh } else { en }
    }

    /// A province's name: as written in Chinese, or its English name.
    pub fn province(self, p: &str) -> String {
        match self {
            Self::Zh => p.to_owned(),
            Self::En => PROVINCES_EN
                .iter()
                .find(|(zh, _)| *zh == p)
                .map_or_else(|| p.to_owned(), |(_, en)| (*en).to_owned()),
        }
    }

    /// `已排除 2 个数据`, `excluded 2 figures`: a count of figures left out
    /// or changed, as footnotes say it.
    pub fn figures_note(self, word: T, count: usize) -> String {
        format!("{} {count} {}", self.tr(word), self.tr(T::FiguresWord))
    }

    /// `地市`, `prefecture`: a place's level.
    pub fn level(self, level: crate::measure::PlaceLevel) -> &'static str {
        use crate::measure::PlaceLevel;
        self.tr(match level {
            PlaceLevel::Province => T::LevelProvince,
            PlaceLevel::Prefecture => T::LevelPrefecture,
            PlaceLevel::County => T::LevelCounty,
            PlaceLevel::Town => T::LevelTown,
        })
    }

    /// An urban/rural split, empty for a joint figure.
    pub fn area(self, area: Area) -> &'static str {
        match area {
            Area::Joint => "",
            Area::Urban => self.tr(T::Urban),
            Area::Rural => self.tr(T::Rural),
        }
    }

    /// A qualifier in words: `确切`, `约数`, `至少`, `至多`.
    pub fn qualifier(self, qualifier: crate::measure::Qualifier) -> &'static str {
        use crate::measure::Qualifier;
        self.tr(match qualifier {
            Qualifier::Exact => T::QualifierExact,
            Qualifier::About => T::QualifierAbout,
            Qualifier::AtLeast => T::QualifierAtLeast,
            Qualifier::AtMost => T::QualifierAtMost,
        })
    }

    /// A problem's reason in the interface language: the core words its
    /// reasons in English; the common ones are said in Chinese here, the
    /// rest (a system's own error text) shown as they are.
    pub fn problem(self, reason: &str) -> String {
        if self == Self::En {
            return reason.to_owned();
        }
        const PREFIXES: [(&str, &str); 5] = [
            ("a figure looks damaged: ", "数字似乎已损坏，未读取: "),
            (
                "folder skipped: already read (a link loops back)",
                "已跳过文件夹: 已读过（链接指回上级）",
            ),
            (
                "folder skipped: nested deeper than ",
                "已跳过文件夹: 嵌套层数超过 ",
            ),
            ("folder unreadable: ", "无法读取文件夹: "),
            ("its structure is damaged", "文件结构已损坏"),
        ];
        if let Some(rest) = reason
            .strip_prefix("read, but some bytes were not valid ")
            .and_then(|r| r.strip_suffix(" and were replaced"))
        {
            return format!("已读取，但部分字节不是有效的 {rest}，已替换");
        }
        if reason.starts_with("not read: .") {
            return format!(
                "未读取: 不是可读的文档类型（{}）",
                reason.trim_start_matches("not read: ")
            );
        }
        for (en, zh) in PREFIXES {
            if let Some(rest) = reason.strip_prefix(en) {
                return format!("{zh}{rest}");
            }
        }
        reason.to_owned()
    }

    /// A year as a title gives it: `2022年`, `2022`.
    pub fn year(self, year: u16) -> String {
        match self {
            Self::Zh => format!("{year}年"),
            Self::En => year.to_string(),
        }
    }

    /// A change, empty for a level.
    pub fn change(self, change: Change) -> &'static str {
        match change {
            Change::Level => "",
            Change::Before => self.tr(T::Before),
            Change::Increase => self.tr(T::Increase),
        }
    }

    /// `35亿`, `57.6万` in Chinese; `3.5 bn`, `576,000` in English.
    pub fn number(self, value: f64) -> String {
        match self {
            Self::Zh => aggregate::human_number(value),
            Self::En => english_number(value),
        }
    }

    /// A value in human units: `2450元/人·月` or `2,450 yuan/person/month`.
    pub fn value(self, value: f64, kind: Kind, period: Option<Period>) -> String {
        match self {
            Self::Zh => aggregate::human_value(value, kind, period),
            Self::En if kind == Kind::Rate => format!("{}%", trim(value, 1)),
            Self::En => format!("{} {}", english_number(value), self.unit(kind, period)),
        }
    }

    /// The unit of a measure: `元/人·月`, `yuan/person/month`, `%`.
    pub fn unit(self, kind: Kind, period: Option<Period>) -> String {
        if self == Self::Zh {
            return aggregate::human_value(1.0, kind, period)
                .trim_start_matches('1')
                .to_owned();
        }
        let unit = match kind {
            Kind::AmountPerPerson => "yuan/person",
            Kind::AmountPerHousehold => "yuan/household",
            Kind::AmountTotal => "yuan",
            Kind::Rate => return "%".to_owned(),
            Kind::CountPeople => "people",
            Kind::CountHouseholds => "households",
            Kind::CountUnits => "units",
        };
        let per = match (kind, period) {
            (Kind::AmountPerPerson | Kind::AmountPerHousehold, Some(Period::Month)) => "/month",
            (Kind::AmountPerPerson | Kind::AmountPerHousehold, Some(Period::Year)) => "/year",
            _ => "",
        };
        format!("{unit}{per}")
    }
}

/// `3.5 bn`, `12 m`, `576,000`, `2,450`, `12.5`.
fn english_number(value: f64) -> String {
    let abs = value.abs();
    if abs >= 1e9 {
        format!("{} bn", trim(value / 1e9, 2))
    } else if abs >= 1e6 {
        format!("{} m", trim(value / 1e6, 2))
    } else {
        let text = trim(value, 1);
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        if frac.is_empty() {
            format!("{sign}{grouped}")
        } else {
            format!("{sign}{grouped}.{frac}")
        }
    }
}

fn trim(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

/// The provinces' English names.
const PROVINCES_EN: [(&str, &str); 34] = [
    ("北京", "Beijing"),
    ("天津", "Tianjin"),
    ("河北", "Hebei"),
    ("山西", "Shanxi"),
    ("内蒙古", "Inner Mongolia"),
    ("辽宁", "Liaoning"),
    ("吉林", "Jilin"),
    ("黑龙江", "Heilongjiang"),
    ("上海", "Shanghai"),
    ("江苏", "Jiangsu"),
    ("浙江", "Zhejiang"),
    ("安徽", "Anhui"),
    ("福建", "Fujian"),
    ("江西", "Jiangxi"),
    ("山东", "Shandong"),
    ("河南", "Henan"),
    ("湖北", "Hubei"),
    ("湖南", "Hunan"),
    ("广东", "Guangdong"),
    ("广西", "Guangxi"),
    ("海南", "Hainan"),
    ("重庆", "Chongqing"),
    ("四川", "Sichuan"),
    ("贵州", "Guizhou"),
    ("云南", "Yunnan"),
    ("西藏", "Tibet"),
    ("陕西", "Shaanxi"),
    ("甘肃", "Gansu"),
    ("青海", "Qinghai"),
    ("宁夏", "Ningxia"),
    ("新疆", "Xinjiang"),
    ("香港", "Hong Kong"),
    ("澳门", "Macao"),
    ("台湾", "Taiwan"),
];
