//! Every user-visible string of the dashboard, in Chinese and English, in one
//! table.

use crate::measure::{Category, Kind, Period};

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    TermInContext,
    ConfirmReplace,
    FileLimit,
}

impl Lang {
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
            T::NoData => (
                "所选省份没有这项数据",
                "No figures for this measure in the selected provinces",
            ),
            T::NoDialog => (
                "无法打开系统文件对话框（没有 xdg-desktop-portal 或 zenity）。请在下面输入路径",
                "No file dialog could be shown (no xdg-desktop-portal or zenity). Type a path below",
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
            T::TermInContext => ("上下文", "In context"),
            T::FileLimit => ("单个文件上限", "Largest file read"),
            T::ConfirmReplace => (
                "文件已存在，再点一次“打开”即替换",
                "The file exists; submit again to replace it",
            ),
            T::ReplacedBytes => ("含无法解码的字节", "some bytes could not be decoded"),
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

    /// Province names stay Chinese in both languages, as researchers cite them.
    pub fn province(self, p: &str) -> String {
        p.to_owned()
    }
}
