//! The extraction rules one by one, each on sentences written for it:
//! areas and changes, scope, and table rows.

mod relations {
    use minsheng::extract::relations::{Figure, areas, change_of, moves_on};
    use minsheng::measure::{Area, Change, Kind};

    fn money(sentence: &str, figures: &[&str]) -> Vec<Figure> {
        let mut from = 0;
        figures
            .iter()
            .map(|f| {
                let start = from + sentence[from..].find(f).expect("figure in sentence");
                from = start + f.len();
                Figure {
                    start,
                    end: from,
                    kind: Kind::AmountPerPerson,
                }
            })
            .collect()
    }

    #[test]
    fn a_designator_gives_its_side_to_the_figures_after_it() {
        let s = "城镇居民补助每人每月300元,乡村老人每人每年1500元";
        let f = money(s, &["300元", "1500元"]);
        assert_eq!(areas(s, &f), [Area::Urban, Area::Rural]);
    }

    #[test]
    fn a_joint_designator_splits_a_pair_by_position() {
        let s = "全县城乡困难老人补贴平均为每人每月120元和95元";
        let f = money(s, &["120元", "95元"]);
        assert_eq!(areas(s, &f), [Area::Urban, Area::Rural]);
        let s = "城乡救助对象每人发放200元";
        let f = money(s, &["200元"]);
        assert_eq!(areas(s, &f), [Area::Joint]);
    }

    #[test]
    fn a_designator_list_splits_pairs_by_its_order() {
        let s = "农村和城市护理标准分别从每月80元、150元提高到90元、170元";
        let f = money(s, &["80元", "150元", "90元", "170元"]);
        assert_eq!(
            areas(s, &f),
            [Area::Rural, Area::Urban, Area::Rural, Area::Urban]
        );
    }

    #[test]
    fn a_side_named_before_a_semicolon_stays_in_its_part() {
        let s = "城镇困难老人2万人,每人每月补助200元;残疾儿童800人,每人每月补助300元";
        let f = money(s, &["200元", "300元"]);
        assert_eq!(areas(s, &f), [Area::Urban, Area::Joint]);
    }

    #[test]
    fn a_gap_between_the_sides_belongs_to_neither() {
        let s = "农村标准与城市标准相差120元";
        let f = money(s, &["120元"]);
        assert_eq!(areas(s, &f), [Area::Joint]);
    }

    #[test]
    fn city_districts_are_not_a_side() {
        let s = "城区困难家庭每户补助500元";
        let f = money(s, &["500元"]);
        assert_eq!(areas(s, &f), [Area::Joint]);
    }

    #[test]
    fn a_verb_before_a_figure_makes_an_increment() {
        assert_eq!(change_of("护理补贴每人每月上调"), Change::Increase);
        assert_eq!(change_of("比去年同期增长了"), Change::Increase);
        assert_eq!(change_of("今年新增托管机构"), Change::Increase);
        assert_eq!(change_of("两地标准相差"), Change::Increase);
    }

    #[test]
    fn a_verb_with_a_target_or_reaching_makes_a_level() {
        assert_eq!(change_of("补助标准上调至每人每月"), Change::Level);
        assert_eq!(change_of("月人均补助提高到了"), Change::Level);
        assert_eq!(change_of("年底覆盖率达到"), Change::Level);
        assert_eq!(change_of("补助标准为"), Change::Level);
    }

    #[test]
    fn a_growth_noun_makes_an_increment_even_with_a_target() {
        assert_eq!(change_of("同比增幅为"), Change::Increase);
        assert_eq!(change_of("年增速达"), Change::Increase);
    }

    #[test]
    fn a_chain_of_values_moves_on_only_through_a_target() {
        assert!(moves_on("元,后又提高到"));
        assert!(moves_on("元、620元,再到"));
        assert!(!moves_on("元,农村标准由"));
        assert!(!moves_on("元,增幅为"));
    }

    #[test]
    fn a_gap_verb_reaches_over_what_it_compares_with() {
        assert_eq!(change_of("比邻近县的平均水平高出"), Change::Increase);
        assert_eq!(change_of("家庭人均收入低于"), Change::Level);
        assert_eq!(change_of("增幅不低于"), Change::Increase);
    }

    #[test]
    fn the_base_of_a_comparison_is_an_earlier_value() {
        assert_eq!(change_of("较上一年度的"), Change::Before);
        assert_eq!(change_of("在原每人每月"), Change::Before);
        assert_eq!(change_of("占总人口的比例为"), Change::Level);
        assert_eq!(change_of("其中比较困难的家庭"), Change::Level);
    }
}

mod scope {
    use minsheng::extract::scope::{Site, excluded};
    use minsheng::measure::{Change, Kind};

    fn site<'a>(before: &'a str, after: &'a str, kind: Kind) -> Site<'a> {
        Site {
            before,
            after,
            kind,
            change: Change::Level,
            welfare_named: false,
        }
    }

    #[test]
    fn national_figures_are_out_but_a_gap_to_them_is_in() {
        let s = site("全国平均补助水平为", "", Kind::AmountPerPerson);
        assert!(excluded(&s).is_some());
        let gap = Site {
            change: Change::Increase,
            ..site("比全国平均水平多", "", Kind::AmountPerPerson)
        };
        assert!(excluded(&gap).is_none());
    }

    #[test]
    fn counts_of_divisions_are_context_unless_each_set_something_up() {
        assert!(excluded(&site("要求全市", "乡镇开展排查", Kind::CountUnits)).is_some());
        assert!(excluded(&site("全区", "街道均建立了救助站", Kind::CountUnits)).is_none());
        assert!(excluded(&site("全省共有", "敬老院", Kind::CountUnits)).is_none());
        assert!(excluded(&site("", "行政村党组织结对", Kind::CountUnits)).is_none());
    }

    #[test]
    fn quotas_ranks_indicators_and_contacts_are_not_measures() {
        assert!(excluded(&site("每个村至少配备", "协管员", Kind::CountPeople)).is_some());
        assert!(excluded(&site("惠及各类困难群众", "", Kind::CountPeople)).is_none());
        assert!(excluded(&site("排名进入前", "", Kind::CountPeople)).is_some());
        assert!(excluded(&site("今年城镇新增就业", "", Kind::CountPeople)).is_some());
        assert!(excluded(&site("服务热线:", "", Kind::AmountTotal)).is_some());
        assert!(excluded(&site("", "部门负责人参加会议", Kind::CountUnits)).is_some());
    }
}

mod table {
    use minsheng::extract::table::{Line, Table};
    use minsheng::measure::{Change, Kind};

    type Figures = Vec<(f64, Option<f64>, Kind, Change)>;

    fn rows(lines: &[&str]) -> Vec<(String, Figures)> {
        let mut table = Table::default();
        lines
            .iter()
            .filter_map(|l| match table.feed(l) {
                Line::Row(r) if !r.figures.is_empty() => Some((l, r)),
                _ => None,
            })
            .map(|(l, r)| {
                (
                    l[r.label.0..r.label.1].to_owned(),
                    r.figures
                        .iter()
                        .map(|f| (f.value, f.value_max, f.kind, f.change))
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_unit_cell_gives_the_kind_and_scale() {
        let got = rows(&[
            "项 目 | 单 位 | 数 量 |",
            "敬老院床位 | 张 | 1,250 |",
            "医疗救助支出 | 万元 | 36.5 |",
        ]);
        assert_eq!(
            got,
            [
                (
                    "敬老院床位".to_owned(),
                    vec![(1250.0, None, Kind::CountUnits, Change::Level)]
                ),
                (
                    "医疗救助支出".to_owned(),
                    vec![(365_000.0, None, Kind::AmountTotal, Change::Level)]
                ),
            ]
        );
    }

    #[test]
    fn a_unit_in_a_column_title_and_a_before_column() {
        let got = rows(&[
            "各县农村特困供养标准",
            "县名 调整前(元/年·人) 调整后(元/年·人)",
            "甲县 乙县 4800~5000 5400",
        ]);
        assert_eq!(got[0].0, "甲县 乙县");
        assert_eq!(
            got[0].1,
            [
                (4800.0, Some(5000.0), Kind::AmountPerPerson, Change::Before),
                (5400.0, None, Kind::AmountPerPerson, Change::Level),
            ]
        );
    }

    #[test]
    fn numbers_fill_value_columns_in_order_and_growth_columns_are_not_read() {
        let got = rows(&[
            "指标名称 单位 代码 本期 上期 同比增长",
            "残疾人福利支出 万元 AB0001 120.5 100.0 20.5",
        ]);
        assert_eq!(
            got[0].1,
            [
                (1_205_000.0, None, Kind::AmountTotal, Change::Level),
                (1_000_000.0, None, Kind::AmountTotal, Change::Before),
            ]
        );
    }

    #[test]
    fn rows_under_a_heading_of_divisions_are_not_read_and_prose_ends_a_table() {
        let got = rows(&[
            "指标 | 单位 | 数量 |",
            "一、区划 |",
            "乡镇 | 个 | 12 |",
            "二、救助 |",
            "救助人次 | 人次 | 80 |",
            "全年共救助80人次,比上年增加。",
            "救助人次 | 人次 | 80 |",
        ]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "救助人次");
    }
}

mod damaged {
    use minsheng::extract::damaged::damaged_figures;

    #[test]
    fn a_number_that_lost_digits_is_reported_and_not_read() {
        let text = "临时救助标准为.5元/人/月,另有补贴为元/人/月。";
        let found = damaged_figures(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains(".5元"));
        let doc =
            minsheng::corpus::Document::from_bytes("t.txt", Default::default(), text.as_bytes())
                .expect("reads");
        assert!(minsheng::extract::extract_document(&doc, 0).is_empty());
    }

    #[test]
    fn a_text_that_stops_inside_a_number_is_reported() {
        assert_eq!(damaged_figures("补助标准由每人每月300元提高到31").len(), 1);
        assert!(damaged_figures("补助标准提高到每人每月310元。").is_empty());
        assert!(damaged_figures("全年共救助1.2万人次,人均0.5万元。").is_empty());
    }
}

mod categories {
    use minsheng::measure::Category;

    /// Every figure of a text, as (value, programme).
    fn programmes(text: &str) -> Vec<(f64, Category)> {
        let doc =
            minsheng::corpus::Document::from_bytes("t.txt", Default::default(), text.as_bytes())
                .expect("reads");
        minsheng::extract::extract_document(&doc, 0)
            .into_iter()
            .map(|f| (f.measure.value, f.measure.category))
            .collect()
    }

    fn programme_of(text: &str, value: f64) -> Category {
        programmes(text)
            .into_iter()
            .find(|(v, _)| *v == value)
            .unwrap_or_else(|| panic!("{value} found in {text}"))
            .1
    }

    #[test]
    fn a_mode_of_care_leaves_the_programme_to_its_context() {
        let text =
            "全省提高孤儿基本生活保障水平。机构养育和分散供养标准分别为每人每月1650元和1180元。";
        assert_eq!(programme_of(text, 1650.0), Category::ChildWelfare);
        assert_eq!(programme_of(text, 1180.0), Category::ChildWelfare);
        let text = "全县特困人员救助供养标准再次提高。分散供养标准为每人每年6200元。";
        assert_eq!(programme_of(text, 6200.0), Category::ExtremePoverty);
    }

    #[test]
    fn a_group_followed_by_its_own_standard_names_the_programme() {
        let text = "全县特困人员供养标准提高到每人每年9000元,低保金按月足额发放。";
        assert_eq!(programme_of(text, 9000.0), Category::ExtremePoverty);
    }

    #[test]
    fn a_programme_used_as_a_yardstick_is_not_the_one_paid() {
        let text = "五保对象的供养标准按照当地低保标准的1.4倍确定,为每人每月720元。";
        assert_eq!(programme_of(text, 720.0), Category::ExtremePoverty);
        // Without the multiple it is the programme paid.
        let text = "当地低保标准确定为每人每月720元。";
        assert_eq!(programme_of(text, 720.0), Category::MinimumLiving);
    }

    #[test]
    fn a_one_off_or_seasonal_payment_is_temporary_assistance_whoever_receives_it() {
        let text = "春节前,全市向每位低保对象发放一次性生活补贴300元。";
        assert_eq!(programme_of(text, 300.0), Category::TemporaryAssistance);
        let text = "向城乡低保家庭发放临时物价补助,每人每月50元。";
        assert_eq!(programme_of(text, 50.0), Category::TemporaryAssistance);
        let text = "入冬后为困难家庭发放取暖用煤救助,每户800元。";
        assert_eq!(programme_of(text, 800.0), Category::TemporaryAssistance);
        // A payment without such a mark stays with the programme.
        let text = "向低保家庭发放低保金,每人每月50元。";
        assert_eq!(programme_of(text, 50.0), Category::MinimumLiving);
    }

    #[test]
    fn a_part_without_a_programme_continues_the_part_before_it() {
        let text = "全县城市低保标准提高到每人每月700元;一类对象补助水平每月600元。";
        assert_eq!(programme_of(text, 600.0), Category::MinimumLiving);
    }

    #[test]
    fn a_figure_with_no_programme_near_it_takes_the_title_s() {
        let text = "某县按时发放孤儿基本生活费\n\n今年以来,全县累计发放资金120万元。\n";
        assert_eq!(programme_of(text, 1_200_000.0), Category::ChildWelfare);
    }
}

mod structures {
    use minsheng::measure::{Area, Change, Kind, Measure};

    /// Every measure of a text, in order.
    pub(super) fn measures(text: &str) -> Vec<Measure> {
        let doc =
            minsheng::corpus::Document::from_bytes("t.txt", Default::default(), text.as_bytes())
                .expect("reads");
        minsheng::extract::extract_document(&doc, 0)
            .into_iter()
            .map(|f| f.measure)
            .collect()
    }

    /// The measure of `found` with this value.
    pub(super) fn of(found: &[Measure], value: f64) -> &Measure {
        found
            .iter()
            .find(|m| m.value == value)
            .unwrap_or_else(|| panic!("{value} in {found:?}"))
    }

    #[test]
    fn households_then_people_are_two_counts() {
        let found = measures("全县共保障低保对象1200户2350人。");
        assert_eq!(of(&found, 1200.0).kind, Kind::CountHouseholds);
        assert_eq!(of(&found, 2350.0).kind, Kind::CountPeople);
        // A size class after a count is still no figure of its own.
        let found = measures("全市调整了12个3000户以上的大型社区。");
        assert!(found.iter().all(|m| m.value != 3000.0), "{found:?}");
    }

    #[test]
    fn a_county_s_short_form_before_a_feature_noun_is_not_the_county() {
        let found = measures("大连市象山路社区为每户低保家庭送去慰问金300元。");
        assert_eq!(of(&found, 300.0).province, "辽宁");
        let found = measures("象山为每户低保家庭送去慰问金300元。");
        assert_eq!(of(&found, 300.0).province, "浙江");
    }

    #[test]
    fn a_clause_that_names_its_own_subject_starts_a_new_change() {
        let found = measures("城市低保标准提高至每人每月800元,农村低保标准提高至每人每月600元。");
        assert_eq!(of(&found, 800.0).change, Change::Level);
        assert_eq!(of(&found, 600.0).change, Change::Level);
        // A chain without a new subject moves on.
        let found = measures("低保标准先调整为700元,再调整到760元。");
        assert_eq!(of(&found, 700.0).change, Change::Before);
        assert_eq!(of(&found, 760.0).change, Change::Level);
    }

    #[test]
    fn a_degree_adverb_is_no_comparison() {
        let found = measures("向受灾较重的1200户家庭发放临时救助金。");
        assert_eq!(of(&found, 1200.0).change, Change::Level);
        let found = measures("低保标准较上年的620元提高了40元。");
        assert_eq!(of(&found, 620.0).change, Change::Before);
    }

    #[test]
    fn items_that_name_their_own_sides_are_no_pair() {
        let found = measures("全市共保障城乡低保对象3.2万人、城乡特困人员0.8万人。");
        assert_eq!(of(&found, 32000.0).area, Area::Joint);
        assert_eq!(of(&found, 8000.0).area, Area::Joint);
        let found = measures("城乡低保标准分别为每人每月800元、600元。");
        assert_eq!(of(&found, 800.0).area, Area::Urban);
        assert_eq!(of(&found, 600.0).area, Area::Rural);
    }

    #[test]
    fn a_standard_after_a_short_modifier_makes_the_amount_per_person() {
        let found = measures("低收入老人可领取500元的最低标准补助。");
        assert_eq!(of(&found, 500.0).kind, Kind::AmountPerPerson);
        let found = measures("全县共发放500元的慰问品和救助资金。");
        assert_eq!(of(&found, 500.0).kind, Kind::AmountTotal);
    }
}

mod pairs {
    use minsheng::measure::Change;

    /// Every earlier value of a text with the value it changes to.
    fn pairs(text: &str) -> Vec<(f64, f64)> {
        let doc =
            minsheng::corpus::Document::from_bytes("t.txt", Default::default(), text.as_bytes())
                .expect("reads");
        let found = minsheng::extract::extract_document(&doc, 0);
        found
            .iter()
            .filter(|f| f.measure.change == Change::Before)
            .filter_map(|f| Some((f.measure.value, found.get(f.changed_to?)?.measure.value)))
            .collect()
    }

    #[test]
    fn each_change_in_a_list_of_changes_pairs_its_own_values() {
        let text =
            "低保标准东区从每人每月500元提高到不低于540元、西区从每人每月420元提高到不低于450元。";
        assert_eq!(pairs(text), vec![(500.0, 540.0), (420.0, 450.0)]);
    }

    #[test]
    fn a_list_of_earlier_values_pairs_with_the_list_after_the_verb_by_position() {
        let text = "城乡低保标准分别从每人每月600元、400元提高到650元、430元。";
        assert_eq!(pairs(text), vec![(600.0, 650.0), (400.0, 430.0)]);
    }

    #[test]
    fn a_bracketed_aside_does_not_break_a_change() {
        let text = "五保供养标准由3000元/人年(其中现金不低于2800元/人年)提高到3300元/人年。";
        assert!(pairs(text).contains(&(3000.0, 3300.0)), "{:?}", pairs(text));
        // Nor does the figure's own noun after it.
        let text = "低保标准从每月300元标准调整到目前每月360元的标准。";
        assert_eq!(pairs(text), vec![(300.0, 360.0)]);
    }
}

mod continuation {
    use minsheng::measure::{Area, Kind};

    #[test]
    fn a_sentence_without_a_subject_continues_the_standard_and_side_before_it() {
        let text = "该县农村低保标准已是第三次上调。从2015年的300元起步,调整到今年的420元。";
        let doc =
            minsheng::corpus::Document::from_bytes("t.txt", Default::default(), text.as_bytes())
                .expect("reads");
        let found = minsheng::extract::extract_document(&doc, 0);
        let at = |v: f64| {
            &found
                .iter()
                .find(|f| f.measure.value == v)
                .unwrap_or_else(|| panic!("{v} in {found:?}"))
                .measure
        };
        assert_eq!(at(300.0).kind, Kind::AmountPerPerson);
        assert_eq!(at(420.0).kind, Kind::AmountPerPerson);
        assert_eq!(at(420.0).area, Area::Rural);
        // A sentence with a subject of its own does not continue.
        let text = "该县农村低保标准已是第三次上调。全县累计支出资金420万元。";
        let doc =
            minsheng::corpus::Document::from_bytes("t.txt", Default::default(), text.as_bytes())
                .expect("reads");
        let found = minsheng::extract::extract_document(&doc, 0);
        assert_eq!(found[0].measure.kind, Kind::AmountTotal);
        assert_eq!(found[0].measure.area, Area::Joint);
    }
}

mod rounds {
    use minsheng::measure::Period;

    fn period_of(text: &str) -> Option<Period> {
        let doc =
            minsheng::corpus::Document::from_bytes("t.txt", Default::default(), text.as_bytes())
                .expect("reads");
        minsheng::extract::extract_document(&doc, 0)[0]
            .measure
            .period
    }

    #[test]
    fn a_payment_of_this_round_is_paid_once() {
        assert_eq!(
            period_of("全县困难残疾人本次发放补助每人150元。"),
            Some(Period::Once)
        );
        assert_eq!(period_of("此次的慰问按每户300元发放。"), Some(Period::Once));
        // A round word before something else is no payment.
        assert_eq!(
            period_of("本次会议确定低保标准为每人每月500元。"),
            Some(Period::Month)
        );
    }
}

mod years {
    use super::structures::{measures, of as at};
    use minsheng::measure::Change;

    #[test]
    fn a_year_that_names_an_earlier_value_does_not_date_the_value_after_the_verb() {
        let found = measures("全县基础养老金从2015年的月人均90元调整到目前月人均160元。");
        assert_eq!(at(&found, 90.0).year, Some(2015));
        assert_eq!(at(&found, 90.0).change, Change::Before);
        assert_eq!(at(&found, 160.0).year, None);
        // Along a chain, each year dates its own value only.
        let found =
            measures("补助标准从2016年的200元起步,调整到2019年的260元,再调整到这次的300元。");
        assert_eq!(at(&found, 200.0).year, Some(2016));
        assert_eq!(at(&found, 260.0).year, Some(2019));
        assert_eq!(at(&found, 300.0).year, None);
    }

    #[test]
    fn the_date_a_change_applies_from_dates_the_new_level_not_the_old_value() {
        let found = measures("从2023年7月1日起,全市城市低保标准由每人每月700元提高到750元。");
        assert_eq!(at(&found, 750.0).year, Some(2023));
        assert_eq!(at(&found, 700.0).change, Change::Before);
        assert_eq!(at(&found, 700.0).year, None);
        // A year inside the earlier value's own part dates it.
        let found = measures("农村低保标准由2020年的每人每年4000元提高到4400元。");
        assert_eq!(at(&found, 4000.0).year, Some(2020));
    }

    #[test]
    fn a_share_is_no_comparison() {
        let found = measures("2021年,全市养老机构护理型床位占比57%。");
        assert_eq!(at(&found, 57.0).change, Change::Level);
        assert_eq!(at(&found, 57.0).year, Some(2021));
    }
}

mod towns {
    use super::structures::measures;

    fn first(text: &str) -> minsheng::measure::Measure {
        measures(text).into_iter().next().expect("a figure")
    }

    #[test]
    fn an_article_that_names_only_its_town_has_the_town_s_province() {
        assert!(minsheng::gazetteer::towns_known() > 20_000);
        let m = first("乡镇概况\n同 里 镇\n2022年,全镇共有农村低保对象320人。\n");
        assert_eq!(m.province, "江苏");
        assert_eq!(m.place, "同里镇");
    }

    #[test]
    fn a_town_never_overrides_a_county_or_city_the_article_names() {
        // 朱家角镇 is in 上海, but the article is about 昆山市.
        let m = first("昆山市民政局\n朱家角镇的经验值得学习。全市共有低保对象3200人。\n");
        assert_eq!(m.province, "江苏");
        // A name that no town bears, or that many provinces share, decides nothing.
        let m = first("城关镇\n全镇共有低保对象120人。\n");
        assert_eq!(m.province, "");
    }
}

mod classes;

/// A table row whose last cell spills onto lines of its own.
mod spilled_cells {
    use minsheng::measure::{Area, Kind, Measure};

    fn measures(text: &str) -> Vec<Measure> {
        let doc =
            minsheng::corpus::Document::from_bytes("t.txt", Default::default(), text.as_bytes())
                .expect("reads");
        minsheng::extract::extract_document(&doc, 0)
            .into_iter()
            .map(|f| f.measure)
            .collect()
    }

    fn area_of(found: &[Measure], value: f64) -> Area {
        found
            .iter()
            .find(|m| m.value == value && m.kind == Kind::AmountPerPerson)
            .unwrap_or_else(|| panic!("{value} in {found:#?}"))
            .area
    }

    #[test]
    fn a_spilled_cell_is_read_under_its_row_label_and_the_table_goes_on() {
        let text = "某市社会救助情况表\n\
                    | 类别 | 保障户数(户) | 保障人数(人) | 保障标准 |\n\
                    | 城市低保 | 1200 | 2300 |\n\
                    东湖区、西湖区680元/月;青山区650元/月 |\n\
                    | 农村低保 | 3400 | 5600 |\n\
                    南坪乡、北坪乡470元/月 |\n";
        let found = measures(text);
        assert_eq!(area_of(&found, 680.0), Area::Urban);
        assert_eq!(area_of(&found, 650.0), Area::Urban);
        assert_eq!(area_of(&found, 470.0), Area::Rural);
        // The row after a spilled cell is still read with the table's columns.
        assert!(
            found
                .iter()
                .any(|m| m.value == 5600.0 && m.kind == Kind::CountPeople),
            "{found:#?}"
        );
    }

    #[test]
    fn prose_after_a_table_ends_it() {
        let text = "| 类别 | 保障人数(人) |\n\
                    | 城市低保 | 2300 |\n\
                    全市低保标准为每人每月700元。\n\
                    | 农村低保 | 5600 |\n";
        let found = measures(text);
        assert!(found.iter().any(|m| m.value == 700.0), "{found:#?}");
        // With the table ended, a later row has no columns to read it by.
        assert!(!found.iter().any(|m| m.value == 5600.0), "{found:#?}");
    }
}
