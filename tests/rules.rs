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

/// The rule classes end to end, on sentences written for each in wordings of
/// our own: texts a rule must handle, and one it must leave alone. Scopes
/// (year, side, province, programme), per-person amounts, welfare scope,
/// programmes outside the list, changes, places and numbers. Every figure of
/// a text is listed with its scored fields (`value`, `value_max`, `kind`,
/// `category`, `period`, `qualifier`, `year`, `area`, `change`, `province`),
/// and a text must give exactly these figures.
mod classes {
    use minsheng::measure::Category::{
        ChildWelfare, Disability, ElderlyCare, ExtremePoverty, Medical, MinimumLiving, Other,
        PensionInsurance, TemporaryAssistance,
    };
    use minsheng::measure::Kind::{
        AmountPerHousehold, AmountPerPerson, AmountTotal, CountHouseholds, CountPeople, Rate,
    };
    use minsheng::measure::{Area, Category, Change, Kind, Measure, Period, Qualifier};

    /// Every measure of a text, in order (as `structures::measures` in `rules.rs`).
    fn measures(text: &str) -> Vec<Measure> {
        let doc =
            minsheng::corpus::Document::from_bytes("t.txt", Default::default(), text.as_bytes())
                .expect("reads");
        minsheng::extract::extract_document(&doc, 0)
            .into_iter()
            .map(|f| f.measure)
            .collect()
    }

    /// The scored fields of one figure. Built with [`fig`], whose defaults are the
    /// empty values of the spec: no `value_max`, no period, `exact`, no year, no
    /// area (joint), a level (change empty).
    #[derive(Clone, Debug)]
    struct Fig {
        province: String,
        kind: Kind,
        category: Category,
        value: f64,
        value_max: Option<f64>,
        period: Option<Period>,
        qualifier: Qualifier,
        year: Option<u16>,
        area: Area,
        change: Change,
    }

    fn fig(province: &str, kind: Kind, category: Category, value: f64) -> Fig {
        Fig {
            province: province.to_owned(),
            kind,
            category,
            value,
            value_max: None,
            period: None,
            qualifier: Qualifier::Exact,
            year: None,
            area: Area::Joint,
            change: Change::Level,
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-6 * a.abs().max(1.0)
    }

    impl Fig {
        fn monthly(self) -> Self {
            Self {
                period: Some(Period::Month),
                ..self
            }
        }
        fn yearly(self) -> Self {
            Self {
                period: Some(Period::Year),
                ..self
            }
        }
        fn once(self) -> Self {
            Self {
                period: Some(Period::Once),
                ..self
            }
        }
        fn dated(self, year: u16) -> Self {
            Self {
                year: Some(year),
                ..self
            }
        }
        fn urban(self) -> Self {
            Self {
                area: Area::Urban,
                ..self
            }
        }
        fn rural(self) -> Self {
            Self {
                area: Area::Rural,
                ..self
            }
        }
        fn before(self) -> Self {
            Self {
                change: Change::Before,
                ..self
            }
        }
        fn increase(self) -> Self {
            Self {
                change: Change::Increase,
                ..self
            }
        }
        fn at_least(self) -> Self {
            Self {
                qualifier: Qualifier::AtLeast,
                ..self
            }
        }
        fn at_most(self) -> Self {
            Self {
                qualifier: Qualifier::AtMost,
                ..self
            }
        }
        fn up_to(self, max: f64) -> Self {
            Self {
                value_max: Some(max),
                ..self
            }
        }

        fn of(m: &Measure) -> Self {
            Self {
                province: m.province.clone(),
                kind: m.kind,
                category: m.category,
                value: m.value,
                value_max: m.value_max,
                period: m.period,
                qualifier: m.qualifier,
                year: m.year,
                area: m.area,
                change: m.change,
            }
        }

        fn agrees(&self, other: &Self) -> bool {
            let max_agrees = match (self.value_max, other.value_max) {
                (None, None) => true,
                (Some(a), Some(b)) => close(a, b),
                _ => false,
            };
            self.province == other.province
                && self.kind == other.kind
                && self.category == other.category
                && close(self.value, other.value)
                && max_agrees
                && self.period == other.period
                && self.qualifier == other.qualifier
                && self.year == other.year
                && self.area == other.area
                && self.change == other.change
        }

        fn show(&self) -> String {
            let max = self.value_max.map(|m| format!("~{m}")).unwrap_or_default();
            let period = self.period.map_or("-", Period::as_str);
            let year = self
                .year
                .map(|y| y.to_string())
                .unwrap_or_else(|| "-".to_owned());
            let or_dash = |s: &'static str| if s.is_empty() { "-" } else { s };
            format!(
                "{}{max} {} {} [{}] period={period} qualifier={} year={year} area={} change={}",
                self.value,
                self.kind.as_str(),
                self.category.as_str(),
                self.province,
                self.qualifier.as_str(),
                or_dash(self.area.as_str()),
                or_dash(self.change.as_str()),
            )
        }
    }

    /// The text gives exactly the figures of `want` (in any order), each with
    /// all of its fields as listed.
    #[track_caller]
    fn assert_figures(text: &str, want: &[Fig]) {
        let got: Vec<Fig> = measures(text).iter().map(Fig::of).collect();
        let mut unmatched: Vec<&Fig> = got.iter().collect();
        let mut missing: Vec<&Fig> = Vec::new();
        for w in want {
            match unmatched.iter().position(|g| g.agrees(w)) {
                Some(i) => {
                    unmatched.remove(i);
                }
                None => missing.push(w),
            }
        }
        let list = |figs: &[&Fig]| {
            figs.iter()
                .map(|f| format!("\n    {}", f.show()))
                .collect::<String>()
        };
        assert!(
            missing.is_empty() && unmatched.is_empty(),
            "text:\n{text}\nexpected, not found:{}\nfound, not expected:{}\nall found:{}",
            list(missing.as_slice()),
            list(unmatched.as_slice()),
            list(got.iter().collect::<Vec<_>>().as_slice()),
        );
    }

    // ---------------------------------------------------------------------------
    // Class 1. Scope: what a heading, a lead line or a section sets holds for what
    // is under it (year, side, province, programme).
    // ---------------------------------------------------------------------------
    mod scope_year {
        use super::*;

        #[test]
        fn the_start_of_a_stretch_of_raises_is_no_year_of_the_standards() {
            // Leave alone: 2012 starts the run of raises; the new level has
            // no year of its own.
            assert_figures(
                "株洲市本次提标是2012年以来低保标准第四次上调。\n\
                 城市低保标准提高到每人每月520元。\n",
                &[fig("湖南", AmountPerPerson, MinimumLiving, 520.0)
                    .monthly()
                    .urban()],
            );
        }

        #[test]
        fn a_sentence_framed_by_a_year_that_raises_a_standard_dates_the_standards_of_its_article() {
            // The raise dates its own level and the article's other undated
            // standards; not the value it replaced, nor counts.
            assert_figures(
                "景德镇市调整城乡低保标准\n\
                 市民政局介绍,2019年,全市城市低保标准由每人每月560元提高到600元。\n\
                 全市现有城市低保对象5200人。\n\
                 浮梁县城市低保标准为每人每月580元。\n",
                &[
                    fig("江西", AmountPerPerson, MinimumLiving, 560.0)
                        .monthly()
                        .urban()
                        .before(),
                    fig("江西", AmountPerPerson, MinimumLiving, 600.0)
                        .monthly()
                        .urban()
                        .dated(2019),
                    fig("江西", CountPeople, MinimumLiving, 5200.0).urban(),
                    fig("江西", AmountPerPerson, MinimumLiving, 580.0)
                        .monthly()
                        .urban()
                        .dated(2019),
                ],
            );
        }

        #[test]
        fn a_year_that_dates_an_earlier_value_is_no_statement_about_the_standards() {
            // Leave alone: 2015 dates the old level, not the article's standards.
            assert_figures(
                "安顺市农村低保标准从2015年的每人每年2800元提高到4600元。\n\
                 紫云县农村低保标准为每人每年4500元。\n",
                &[
                    fig("贵州", AmountPerPerson, MinimumLiving, 2800.0)
                        .yearly()
                        .rural()
                        .before()
                        .dated(2015),
                    fig("贵州", AmountPerPerson, MinimumLiving, 4600.0)
                        .yearly()
                        .rural(),
                    fig("贵州", AmountPerPerson, MinimumLiving, 4500.0)
                        .yearly()
                        .rural(),
                ],
            );
        }

        #[test]
        fn a_dated_heading_dates_the_figures_under_it_until_the_next_heading() {
            // A yearbook: each bare-year heading dates its own lines only.
            let text = "涪城区民政志略\n\
                    2020年\n\
                    全区城市低保标准为每人每月650元。年末在册城市低保对象3870人。\n\
                    2021年\n\
                    全区城市低保标准提高到每人每月695元。\n";
            assert_figures(
                text,
                &[
                    fig("四川", AmountPerPerson, MinimumLiving, 650.0)
                        .monthly()
                        .dated(2020)
                        .urban(),
                    fig("四川", CountPeople, MinimumLiving, 3870.0)
                        .dated(2020)
                        .urban(),
                    fig("四川", AmountPerPerson, MinimumLiving, 695.0)
                        .monthly()
                        .dated(2021)
                        .urban(),
                ],
            );
            // A title that opens with a date dates the report under it; an
            // undated heading after it ends that scope. `1-9月` leaves the
            // total's period empty, as `累计` does.
            let text = "2021年1-9月份宁都县民政重点工作进展\n\
                    全县累计实施临时救助1320人次,发放临时救助金185万元。\n\
                    低保申请办理指南\n\
                    当地现行低保标准为每人每月640元,家庭人均收入未达到该标准的,可以提出申请。\n";
            assert_figures(
                text,
                &[
                    fig("江西", CountPeople, TemporaryAssistance, 1320.0).dated(2021),
                    fig("江西", AmountTotal, TemporaryAssistance, 1_850_000.0).dated(2021),
                    fig("江西", AmountPerPerson, MinimumLiving, 640.0).monthly(),
                ],
            );
        }

        #[test]
        fn a_statement_about_the_standards_dates_only_their_undated_levels() {
            // The effective date in a later sentence dates the new levels; the
            // old values and the count of beneficiaries stay undated.
            let text = "忻州市提高城乡低保标准\n\
                    报请市政府批准后,全市城市低保标准从每人每月680元上调到720元,农村低保标准从每人每年5000元上调到5400元,全市4.2万名低保对象因此受益。\n\
                    调整后的标准于2022年10月起实行。\n";
            assert_figures(
                text,
                &[
                    fig("山西", AmountPerPerson, MinimumLiving, 680.0)
                        .monthly()
                        .urban()
                        .before(),
                    fig("山西", AmountPerPerson, MinimumLiving, 720.0)
                        .monthly()
                        .urban()
                        .dated(2022),
                    fig("山西", AmountPerPerson, MinimumLiving, 5000.0)
                        .yearly()
                        .rural()
                        .before(),
                    fig("山西", AmountPerPerson, MinimumLiving, 5400.0)
                        .yearly()
                        .rural()
                        .dated(2022),
                    fig("山西", CountPeople, MinimumLiving, 42000.0),
                ],
            );
            // The title of the notice names the year of the standards it sets;
            // the care standards are levels of the same programme.
            let text = "德阳市民政局 德阳市财政局关于提高2024年度特困人员救助供养标准的通知\n\
                    各县(市、区)民政局、财政局:\n\
                    经研究,城市特困人员基本生活标准定为每人每月1170元,农村特困人员的基本生活标准定为每人每月960元;生活全自理、部分失能、完全失能人员的照料护理费依次为每人每月100元、380元、1200元。\n";
            assert_figures(
                text,
                &[
                    fig("四川", AmountPerPerson, ExtremePoverty, 1170.0)
                        .monthly()
                        .urban()
                        .dated(2024),
                    fig("四川", AmountPerPerson, ExtremePoverty, 960.0)
                        .monthly()
                        .rural()
                        .dated(2024),
                    fig("四川", AmountPerPerson, ExtremePoverty, 100.0)
                        .monthly()
                        .dated(2024),
                    fig("四川", AmountPerPerson, ExtremePoverty, 380.0)
                        .monthly()
                        .dated(2024),
                    fig("四川", AmountPerPerson, ExtremePoverty, 1200.0)
                        .monthly()
                        .dated(2024),
                ],
            );
            // A growth rate is no level: it keeps no year from the statement.
            let text = "孝感市调整城乡低保标准\n\
                    全市城市低保标准提高到每人每月760元,增幅5.6%;农村低保标准提高到每人每年6120元。\n\
                    以上标准于2025年1月1日开始施行。\n";
            assert_figures(
                text,
                &[
                    fig("湖北", AmountPerPerson, MinimumLiving, 760.0)
                        .monthly()
                        .urban()
                        .dated(2025),
                    fig("湖北", Rate, MinimumLiving, 5.6).urban().increase(),
                    fig("湖北", AmountPerPerson, MinimumLiving, 6120.0)
                        .yearly()
                        .rural()
                        .dated(2025),
                ],
            );
        }

        #[test]
        fn a_year_after_a_comparison_marker_dates_only_the_base() {
            // `较2021年的`: the base takes 2021; the level and the delta keep the
            // sentence's own 2023.
            assert_figures(
                "鄱阳县2023年参加城乡居民基本养老保险的人数达到71.6万人,较2021年的69.8万人增加1.8万人。",
                &[
                    fig("江西", CountPeople, PensionInsurance, 716_000.0).dated(2023),
                    fig("江西", CountPeople, PensionInsurance, 698_000.0)
                        .dated(2021)
                        .before(),
                    fig("江西", CountPeople, PensionInsurance, 18000.0)
                        .dated(2023)
                        .increase(),
                ],
            );
            // `与2016年相比` with no base figure dates nothing.
            assert_figures(
                "海门区城乡居民基础养老金现为每人每月265元,与2016年相比每人每月提高了135元。",
                &[
                    fig("江苏", AmountPerPerson, PensionInsurance, 265.0).monthly(),
                    fig("江苏", AmountPerPerson, PensionInsurance, 135.0)
                        .monthly()
                        .increase(),
                ],
            );
            // `2017年以来…从X提高到Y`: X is the 2017 value, Y is undated.
            assert_figures(
                "2017年以来,阜阳市农村低保标准从每人每年3600元逐步提高到5280元。",
                &[
                    fig("安徽", AmountPerPerson, MinimumLiving, 3600.0)
                        .yearly()
                        .rural()
                        .dated(2017)
                        .before(),
                    fig("安徽", AmountPerPerson, MinimumLiving, 5280.0)
                        .yearly()
                        .rural(),
                ],
            );
        }

        #[test]
        fn the_start_of_a_stretch_dates_what_added_up_since() {
            // What has added up since a start is dated by it, as the dev set's
            // cumulative figures are (a level reached in a change is not: see
            // `a_year_after_a_comparison_marker_dates_only_the_base`).
            assert_figures(
                "江门市蓬江区自2018年启动居家养老上门服务项目以来,已为辖区失能老人提供上门护理服务2.3万人次。",
                &[fig("广东", CountPeople, ElderlyCare, 23000.0).dated(2018)],
            );
        }
    }

    mod scope_side {
        use super::*;

        #[test]
        fn a_side_line_over_a_list_of_counties_gives_them_all_that_side() {
            let text = "黔东南州公布各县(市)低保标准\n\
                    城镇低保标准如下:\n\
                    凯里市每人每月720元;\n\
                    黄平县每人每月685元;\n\
                    农村低保标准如下:\n\
                    凯里市每人每年5100元;\n\
                    黄平县每人每年4980元。\n";
            assert_figures(
                text,
                &[
                    fig("贵州", AmountPerPerson, MinimumLiving, 720.0)
                        .monthly()
                        .urban(),
                    fig("贵州", AmountPerPerson, MinimumLiving, 685.0)
                        .monthly()
                        .urban(),
                    fig("贵州", AmountPerPerson, MinimumLiving, 5100.0)
                        .yearly()
                        .rural(),
                    fig("贵州", AmountPerPerson, MinimumLiving, 4980.0)
                        .yearly()
                        .rural(),
                ],
            );
        }

        #[test]
        fn a_breakdown_under_qizhong_keeps_its_total_s_side() {
            assert_figures(
                "截至9月底,会宁县共有农村低保对象5320户9870人,其中一类对象1260人、二类对象3400人。",
                &[
                    fig("甘肃", CountHouseholds, MinimumLiving, 5320.0).rural(),
                    fig("甘肃", CountPeople, MinimumLiving, 9870.0).rural(),
                    fig("甘肃", CountPeople, MinimumLiving, 1260.0).rural(),
                    fig("甘肃", CountPeople, MinimumLiving, 3400.0).rural(),
                ],
            );
            assert_figures(
                "截至11月底,中卫市发放城市低保金2860万元,其中分类施保补助金310万元。",
                &[
                    fig("宁夏", AmountTotal, MinimumLiving, 28_600_000.0).urban(),
                    fig("宁夏", AmountTotal, MinimumLiving, 3_100_000.0).urban(),
                ],
            );
        }

        #[test]
        fn the_noun_counted_after_a_number_decides_its_side() {
            // The total names no side; each part is the side of its own noun,
            // not of the side word in front of it.
            assert_figures(
                "涟源市现有低保对象2.6万人,包括4135名城镇低保对象和21865名农村低保人员。",
                &[
                    fig("湖南", CountPeople, MinimumLiving, 26000.0),
                    fig("湖南", CountPeople, MinimumLiving, 4135.0).urban(),
                    fig("湖南", CountPeople, MinimumLiving, 21865.0).rural(),
                ],
            );
        }

        #[test]
        fn a_city_whose_name_holds_chengshi_is_no_side() {
            // Leave alone: 聊城市 and 韩城市 contain 城市 but say nothing of a side.
            assert_figures(
                "聊城市将特困人员基本生活标准统一提高到每人每年9360元。",
                &[fig("山东", AmountPerPerson, ExtremePoverty, 9360.0).yearly()],
            );
            assert_figures(
                "韩城市全年支出医疗救助资金1260万元。",
                &[fig("陕西", AmountTotal, Medical, 12_600_000.0).yearly()],
            );
        }
    }

    mod scope_province {
        use super::*;

        #[test]
        fn each_entry_of_a_list_of_regions_takes_its_own_region() {
            let text = "多地上调孤儿基本生活保障标准\n\
                    1、湖北省:机构养育的孤儿每人每月2000元,散居孤儿为每人每月1500元。\n\
                    2、江西省:集中养育的孤儿每人每月1750元。\n\
                    3、云南省:社会散居孤儿的标准为每人每月1300元。\n";
            assert_figures(
                text,
                &[
                    fig("湖北", AmountPerPerson, ChildWelfare, 2000.0).monthly(),
                    fig("湖北", AmountPerPerson, ChildWelfare, 1500.0).monthly(),
                    fig("江西", AmountPerPerson, ChildWelfare, 1750.0).monthly(),
                    fig("云南", AmountPerPerson, ChildWelfare, 1300.0).monthly(),
                ],
            );
        }

        #[test]
        fn spliced_spam_and_other_headlines_never_decide_the_province() {
            let text = "岳阳县提高农村特困人员供养标准\n\
                    近日,县民政局宣布北京哪家医院看癫痫好,全县农村分散供养特困人员基本生活标准提高到每人每年6600元。\n\
                    相关新闻\n\
                    广州市开展困难群众春节走访慰问\n\
                    成都市持续推进社区嵌入式服务\n";
            assert_figures(
                text,
                &[fig("湖南", AmountPerPerson, ExtremePoverty, 6600.0)
                    .yearly()
                    .rural()],
            );
        }

        #[test]
        fn the_publisher_s_place_decides_when_the_text_names_none() {
            let text = "我县为困难残疾人发放生活补贴\n\
                    今年以来,我县累计为困难残疾人发放生活补贴93万元,惠及1860人。\n\
                    来源:泗洪县人民政府\n";
            assert_figures(
                text,
                &[
                    fig("江苏", AmountTotal, Disability, 930_000.0),
                    fig("江苏", CountPeople, Disability, 1860.0),
                ],
            );
        }

        #[test]
        fn the_publisher_s_place_yields_to_a_place_the_text_names() {
            // Leave alone: 北京 (a paper's name) and 重庆 (a source line) are the
            // publishers, not where the figures apply. 80 and 89 are ages.
            let text = "张家口市城乡低保标准再上调\n\
                    据北京青年报消息,张家口市城市低保标准近日上调至每人每月795元。\n";
            assert_figures(
                text,
                &[fig("河北", AmountPerPerson, MinimumLiving, 795.0)
                    .monthly()
                    .urban()],
            );
            let text = "我市提高高龄津贴标准\n\
                    遂宁市民政局近日透露,全市80周岁至89周岁老人的高龄津贴提高到每人每月60元。\n\
                    来源:重庆晨报\n";
            assert_figures(
                text,
                &[fig("四川", AmountPerPerson, ElderlyCare, 60.0).monthly()],
            );
        }
    }

    mod scope_programme {
        use super::*;

        #[test]
        fn a_section_heading_names_the_programme_of_the_figures_under_it() {
            let text = "济源市民政局工作总结\n\
                    (一)特困人员救助供养\n\
                    全市集中供养412人,分散供养2380人,全年发放资金3960万元。\n\
                    (二)临时救助\n\
                    全年实施救助5200人次,人均救助水平1150元。\n";
            assert_figures(
                text,
                &[
                    fig("河南", CountPeople, ExtremePoverty, 412.0),
                    fig("河南", CountPeople, ExtremePoverty, 2380.0),
                    fig("河南", AmountTotal, ExtremePoverty, 39_600_000.0).yearly(),
                    fig("河南", CountPeople, TemporaryAssistance, 5200.0).yearly(),
                    fig("河南", AmountPerPerson, TemporaryAssistance, 1150.0),
                ],
            );
        }

        #[test]
        fn a_festival_year_end_or_heating_payment_makes_its_sentence_temporary_assistance() {
            // Festival aid to 低保 and 特困 people: the amount, the count and the
            // total all belong to the payment. No 一次性: period stays empty.
            assert_figures(
                "中秋国庆前夕,潜山市为全市低保和特困对象送去节日补助,每人200元,共惠及1.1万人、发放资金220万元。",
                &[
                    fig("安徽", AmountPerPerson, TemporaryAssistance, 200.0),
                    fig("安徽", CountPeople, TemporaryAssistance, 11000.0),
                    fig("安徽", AmountTotal, TemporaryAssistance, 2_200_000.0),
                ],
            );
            assert_figures(
                "岁末年初,阿勒泰市为城乡特困人员逐一送上年终慰问金,每人500元,合计支出41万元。",
                &[
                    fig("新疆", AmountPerPerson, TemporaryAssistance, 500.0),
                    fig("新疆", AmountTotal, TemporaryAssistance, 410_000.0),
                ],
            );
            assert_figures(
                "满洲里市按每户每年1200元的标准,为1350户城镇低保户送去取暖补助。",
                &[
                    fig("内蒙古", AmountPerHousehold, TemporaryAssistance, 1200.0)
                        .yearly()
                        .urban(),
                    fig("内蒙古", CountHouseholds, TemporaryAssistance, 1350.0).urban(),
                ],
            );
        }

        #[test]
        fn a_festival_named_in_another_sentence_leaves_a_standard_to_its_programme() {
            // Leave alone: the visit sentence pays nothing; the next one states
            // the 低保 standard.
            assert_figures(
                "春节将至,鹤岗市民政局组织干部走访慰问困难群众。目前全市农村低保标准为每人每年5340元。",
                &[fig("黑龙江", AmountPerPerson, MinimumLiving, 5340.0)
                    .yearly()
                    .rural()],
            );
        }
    }

    // ---------------------------------------------------------------------------
    // Class 2. Per person without 每人; units after the number.
    // ---------------------------------------------------------------------------
    mod per_person {
        use super::*;

        #[test]
        fn a_standard_s_increment_and_what_one_person_receives_are_per_person() {
            assert_figures(
                "襄城县将城市低保标准每月提标55元,达到每人每月715元。",
                &[
                    fig("河南", AmountPerPerson, MinimumLiving, 55.0)
                        .monthly()
                        .urban()
                        .increase(),
                    fig("河南", AmountPerPerson, MinimumLiving, 715.0)
                        .monthly()
                        .urban(),
                ],
            );
            assert_figures(
                "从化区符合条件的困境儿童每月可领取基本生活费1050元。",
                &[fig("广东", AmountPerPerson, ChildWelfare, 1050.0).monthly()],
            );
            assert_figures(
                "秦州区经评估认定的重度残疾人,每月可获得护理补贴100元。",
                &[fig("甘肃", AmountPerPerson, Disability, 100.0).monthly()],
            );
        }

        #[test]
        fn an_average_per_case_is_per_person_or_per_household() {
            // 人次均 → per person; 户次均 and 户均 → per household.
            assert_figures(
                "平遥县全年实施临时救助3800人次,人次均救助水平达1560元。",
                &[
                    fig("山西", CountPeople, TemporaryAssistance, 3800.0).yearly(),
                    fig("山西", AmountPerPerson, TemporaryAssistance, 1560.0),
                ],
            );
            assert_figures(
                "沙坪坝区全年对620户次困难家庭实施临时救助,户次均救助金额2100元;城市低保户均月补助水平为980元。",
                &[
                    fig("重庆", CountHouseholds, TemporaryAssistance, 620.0).yearly(),
                    fig("重庆", AmountPerHousehold, TemporaryAssistance, 2100.0),
                    fig("重庆", AmountPerHousehold, MinimumLiving, 980.0)
                        .monthly()
                        .urban(),
                ],
            );
        }

        #[test]
        fn a_standard_under_another_noun_and_a_personal_cap_are_per_person() {
            // 供养水平 with 年均 (→ year).
            assert_figures(
                "叙永县农村集中供养特困人员供养水平提高到年均7200元。",
                &[fig("四川", AmountPerPerson, ExtremePoverty, 7200.0)
                    .yearly()
                    .rural()],
            );
            // 基础养老金: a standard, not a total.
            assert_figures(
                "舟山市城乡居民基础养老金最低标准提高到每月330元。",
                &[fig("浙江", AmountPerPerson, PensionInsurance, 330.0).monthly()],
            );
            // A yearly cap for one person (年度 → year, 最高不超过 → at_most).
            assert_figures(
                "泰和县低保对象经基本医保报销后的住院费用,年度救助最高不超过5万元。",
                &[fig("江西", AmountPerPerson, Medical, 50000.0)
                    .yearly()
                    .at_most()],
            );
        }

        #[test]
        fn an_amount_with_an_aggregate_cue_stays_a_total() {
            // Leave alone: 累计发放…万元 is a total (1-9月, 累计: no period);
            // 80周岁 is an age.
            assert_figures(
                "江都区今年1-9月累计发放高龄津贴386万元,惠及80周岁以上老年人1.2万人。",
                &[
                    fig("江苏", AmountTotal, ElderlyCare, 3_860_000.0),
                    fig("江苏", CountPeople, ElderlyCare, 12000.0),
                ],
            );
        }

        #[test]
        fn a_unit_after_the_number_gives_person_or_household_and_the_period() {
            assert_figures(
                "宁乡市城市低保标准为850元/人/月,农村低保标准为6600元/人/年。",
                &[
                    fig("湖南", AmountPerPerson, MinimumLiving, 850.0)
                        .monthly()
                        .urban(),
                    fig("湖南", AmountPerPerson, MinimumLiving, 6600.0)
                        .yearly()
                        .rural(),
                ],
            );
            assert_figures(
                "凉州区特困人员全护理照料标准为1010元/月·人。",
                &[fig("甘肃", AmountPerPerson, ExtremePoverty, 1010.0).monthly()],
            );
            // 5个月 is a duration, not a figure.
            assert_figures(
                "肇东市对城镇低保户的冬季取暖补贴按180元/户·月计发,连续发放5个月。",
                &[
                    fig("黑龙江", AmountPerHousehold, TemporaryAssistance, 180.0)
                        .monthly()
                        .urban(),
                ],
            );
        }

        #[test]
        fn a_unit_s_period_stays_with_its_own_figure() {
            // Leave alone: the total after a per-month standard is no monthly
            // figure (今年以来累计: no period).
            assert_figures(
                "诸暨市农村低保标准为1150元/人/月,今年以来累计发放农村低保资金4870万元。",
                &[
                    fig("浙江", AmountPerPerson, MinimumLiving, 1150.0)
                        .monthly()
                        .rural(),
                    fig("浙江", AmountTotal, MinimumLiving, 48_700_000.0).rural(),
                ],
            );
        }
    }

    // ---------------------------------------------------------------------------
    // Class 3. Welfare scope: a figure needs a welfare anchor.
    // ---------------------------------------------------------------------------
    mod welfare_scope {
        use super::*;

        #[test]
        fn figures_of_the_school_and_jobs_sections_of_a_general_report_are_not_measures() {
            let text = "安化县国民经济和社会发展统计公报\n\
                    五、教育\n\
                    全县共有普通中小学186所,在校学生9.8万人。\n\
                    六、就业\n\
                    全年城镇新增就业4100人,农村劳动力转移就业1.2万人。\n\
                    七、社会保障\n\
                    2022年,全县有城乡低保对象2.9万人,全年发放低保资金1.96亿元。\n";
            assert_figures(
                text,
                &[
                    fig("湖南", CountPeople, MinimumLiving, 29000.0).dated(2022),
                    fig("湖南", AmountTotal, MinimumLiving, 196_000_000.0)
                        .yearly()
                        .dated(2022),
                ],
            );
        }

        #[test]
        fn completion_ratios_and_counts_of_divisions_or_classes_are_not_measures() {
            assert_figures(
                "截至10月底,铜仁市发放城乡居民养老保险待遇2.3亿元,已完成全年任务的96%。",
                &[fig("贵州", AmountTotal, PensionInsurance, 230_000_000.0)],
            );
            assert_figures(
                "四川省21个市(州)全部提高了农村低保标准,全省农村低保标准平均为每人每年5960元。",
                &[fig("四川", AmountPerPerson, MinimumLiving, 5960.0)
                    .yearly()
                    .rural()],
            );
            assert_figures(
                "遵化市将临时救助对象按困难程度分为4个类别,分别给予每人500元、800元、1200元、1500元的一次性救助。",
                &[
                    fig("河北", AmountPerPerson, TemporaryAssistance, 500.0).once(),
                    fig("河北", AmountPerPerson, TemporaryAssistance, 800.0).once(),
                    fig("河北", AmountPerPerson, TemporaryAssistance, 1200.0).once(),
                    fig("河北", AmountPerPerson, TemporaryAssistance, 1500.0).once(),
                ],
            );
        }

        #[test]
        fn a_welfare_section_heading_anchors_the_bare_figures_under_it() {
            // Leave alone: the sentence names no programme, its heading does;
            // 上半年 (a half-year) leaves the period empty.
            let text = "青铜峡市民政局上半年工作总结\n\
                    二、残疾人两项补贴\n\
                    上半年共发放资金312万元,惠及8600人。\n";
            assert_figures(
                text,
                &[
                    fig("宁夏", AmountTotal, Disability, 3_120_000.0),
                    fig("宁夏", CountPeople, Disability, 8600.0),
                ],
            );
        }
    }

    // ---------------------------------------------------------------------------
    // Class 4. Mixed and unlisted programmes → other.
    // ---------------------------------------------------------------------------
    mod mixed_programmes {
        use super::*;

        #[test]
        fn mixed_assistance_totals_and_a_sum_over_programmes_are_other() {
            assert_figures(
                "今年以来,敦化市累计投入各类救助资金5400万元,惠及困难群众3.1万人次。",
                &[
                    fig("吉林", AmountTotal, Other, 54_000_000.0),
                    fig("吉林", CountPeople, Other, 31000.0),
                ],
            );
            // Each named part keeps its programme; the sum after 共计 is other.
            assert_figures(
                "岢岚县上半年发放城乡低保金1280万元、特困供养金460万元、临时救助金95万元,共计1835万元。",
                &[
                    fig("山西", AmountTotal, MinimumLiving, 12_800_000.0),
                    fig("山西", AmountTotal, ExtremePoverty, 4_600_000.0),
                    fig("山西", AmountTotal, TemporaryAssistance, 950_000.0),
                    fig("山西", AmountTotal, Other, 18_350_000.0),
                ],
            );
            assert_figures(
                "南宁市全年民政事业费支出8.6亿元,纳入动态监测的低收入人口12.4万人。",
                &[
                    fig("广西", AmountTotal, Other, 860_000_000.0).yearly(),
                    fig("广西", CountPeople, Other, 124_000.0),
                ],
            );
        }

        #[test]
        fn a_programme_outside_the_list_outranks_the_group_it_pays() {
            // Education aid, housing repair and an electricity subsidy paid to
            // 低保/特困 households are other, not minimum_living.
            assert_figures(
                "高安市为低保家庭大学新生每人发放教育救助金5000元。",
                &[fig("江西", AmountPerPerson, Other, 5000.0)],
            );
            assert_figures(
                "平江县对住房困难的低保户实施住房救助,每户补助3.5万元。",
                &[fig("湖南", AmountPerHousehold, Other, 35000.0)],
            );
            assert_figures(
                "开化县为1.6万户低保户、特困户发放电价补贴,每户每月补贴10元。",
                &[
                    fig("浙江", CountHouseholds, Other, 16000.0),
                    fig("浙江", AmountPerHousehold, Other, 10.0).monthly(),
                ],
            );
        }

        #[test]
        fn a_listed_programme_named_beside_a_group_word_keeps_its_programme() {
            // Leave alone: 困难群众 and 救助资金 stand next to 医疗救助.
            assert_figures(
                "天门市为困难群众开展医疗救助2.1万人次,医疗救助资金支出3860万元。",
                &[
                    fig("湖北", CountPeople, Medical, 21000.0),
                    fig("湖北", AmountTotal, Medical, 38_600_000.0),
                ],
            );
        }
    }

    // ---------------------------------------------------------------------------
    // Class 5. Changes: growth nouns, decrease verbs, percentage points.
    // ---------------------------------------------------------------------------
    mod changes {
        use super::*;

        #[test]
        fn a_growth_noun_before_or_after_the_figure_makes_an_increase() {
            assert_figures(
                "枣庄市特困人员基本生活标准提高到每人每月1060元,涨幅为7%。",
                &[
                    fig("山东", AmountPerPerson, ExtremePoverty, 1060.0).monthly(),
                    fig("山东", Rate, ExtremePoverty, 7.0).increase(),
                ],
            );
            // 低保边缘 lines are minimum_living.
            assert_figures(
                "铜陵市低保边缘家庭认定标准按低保标准上浮50%确定。",
                &[fig("安徽", Rate, MinimumLiving, 50.0).increase()],
            );
            assert_figures(
                "通辽市今年城乡低保标准实现了9%的增幅。",
                &[fig("内蒙古", Rate, MinimumLiving, 9.0).increase()],
            );
        }

        #[test]
        fn a_decrease_verb_without_a_target_makes_a_delta() {
            assert_figures(
                "截至年底,镇原县农村低保对象比上年减少860人。",
                &[fig("甘肃", CountPeople, MinimumLiving, 860.0)
                    .rural()
                    .increase()],
            );
            assert_figures(
                "宾川县在动态管理中,有1240户不再符合条件的家庭退出低保。",
                &[fig("云南", CountHouseholds, MinimumLiving, 1240.0).increase()],
            );
            assert_figures(
                "与上季度相比,港北区特困供养人员净减35人。",
                &[fig("广西", CountPeople, ExtremePoverty, 35.0).increase()],
            );
            // A gap between the sides has no side.
            assert_figures(
                "商丘市城乡低保标准差距较上年缩小了60元。",
                &[fig("河南", AmountPerPerson, MinimumLiving, 60.0).increase()],
            );
        }

        #[test]
        fn percentage_points_are_a_rate_increase() {
            assert_figures(
                "绥化市城乡居民养老保险参保率较上年提高2.3个百分点,达到96.5%。",
                &[
                    fig("黑龙江", Rate, PensionInsurance, 2.3).increase(),
                    fig("黑龙江", Rate, PensionInsurance, 96.5),
                ],
            );
            assert_figures(
                "六盘水市失能和半失能特困人员集中供养率提高了4个百分点。",
                &[fig("贵州", Rate, ExtremePoverty, 4.0).increase()],
            );
        }

        #[test]
        fn a_decrease_verb_with_a_target_makes_a_before_and_a_level() {
            // Leave alone: 由X减少到Y is a change of level, not a delta.
            assert_figures(
                "会同县农村低保对象由1.9万人减少到1.6万人。",
                &[
                    fig("湖南", CountPeople, MinimumLiving, 19000.0)
                        .rural()
                        .before(),
                    fig("湖南", CountPeople, MinimumLiving, 16000.0).rural(),
                ],
            );
        }
    }

    // ---------------------------------------------------------------------------
    // Class 6. Places: two-character counties and short forms, as words only.
    // ---------------------------------------------------------------------------
    mod places {
        use super::*;

        #[test]
        fn a_two_character_county_or_a_short_form_standing_as_a_word_places_the_figure() {
            // 沛县 before 民政局; 80周岁 is an age, 第四季度 an ordinal.
            assert_figures(
                "沛县民政局近日发放第四季度高龄津贴,惠及80周岁以上老人2.6万人。",
                &[fig("江苏", CountPeople, ElderlyCare, 26000.0)],
            );
            // 岷县 as the subject of its sentence.
            assert_figures(
                "岷县今年将农村低保标准提高到每人每年5640元。",
                &[fig("甘肃", AmountPerPerson, MinimumLiving, 5640.0)
                    .yearly()
                    .rural()],
            );
            // A county's short form in the title.
            let text = "澄迈上调特困人员供养标准\n\
                    全县分散供养特困人员基本生活标准提高到每人每月875元。\n";
            assert_figures(
                text,
                &[fig("海南", AmountPerPerson, ExtremePoverty, 875.0).monthly()],
            );
            // A district's short form before its office.
            assert_figures(
                "鄞州民政局通报,全区现有城乡特困供养人员1270人。",
                &[fig("浙江", CountPeople, ExtremePoverty, 1270.0)],
            );
        }

        #[test]
        fn a_county_name_inside_a_longer_word_is_no_place() {
            // Leave alone: 规定安排 holds 定安 (海南), 提高县区 holds 高县 (四川).
            assert_figures(
                "遵义市按照规定安排资金,将农村低保标准提高到每人每年6000元。",
                &[fig("贵州", AmountPerPerson, MinimumLiving, 6000.0)
                    .yearly()
                    .rural()],
            );
            assert_figures(
                "郴州市将进一步提高县区特困人员供养标准,农村特困人员的基本生活标准达到每人每年7680元。",
                &[fig("湖南", AmountPerPerson, ExtremePoverty, 7680.0)
                    .yearly()
                    .rural()],
            );
        }
    }

    // ---------------------------------------------------------------------------
    // Class 7. Numbers: bands, money without 元, counts without 人, table rows.
    // ---------------------------------------------------------------------------
    mod numbers {
        use super::*;

        #[test]
        fn an_income_band_is_one_figure_with_an_upper_end() {
            // A band is exact with value_max (conventions 12), whatever the bound
            // words; income lines of 低收入/低保边缘 families are minimum_living.
            assert_figures(
                "越城区家庭月人均收入在780元以上、不足1170元的,可认定为低收入家庭。",
                &[fig("浙江", AmountPerPerson, MinimumLiving, 780.0)
                    .up_to(1170.0)
                    .monthly()],
            );
            assert_figures(
                "长治市将家庭人均年收入超过5200元但低于7800元的困难家庭纳入低保边缘家庭范围。",
                &[fig("山西", AmountPerPerson, MinimumLiving, 5200.0)
                    .up_to(7800.0)
                    .yearly()],
            );
            assert_figures(
                "天水市低保边缘家庭的认定条件为月人均可支配收入介于690元至1035元之间。",
                &[fig("甘肃", AmountPerPerson, MinimumLiving, 690.0)
                    .up_to(1035.0)
                    .monthly()],
            );
        }

        #[test]
        fn a_scaled_number_without_yuan_governed_by_money_is_money() {
            assert_figures(
                "柳州市安排福彩公益金2600万,用于养老服务设施建设。",
                &[fig("广西", AmountTotal, ElderlyCare, 26_000_000.0)],
            );
            // The headline's 1.2亿 and the body's 1.2亿元 are two mentions.
            let text = "邯郸拨付1.2亿兜牢困难群众生活底线\n\
                    近日,邯郸市拨付困难群众救助补助资金1.2亿元,专项用于兜牢困难群众生活底线。\n";
            assert_figures(
                text,
                &[
                    fig("河北", AmountTotal, Other, 120_000_000.0),
                    fig("河北", AmountTotal, Other, 120_000_000.0),
                ],
            );
            assert_figures(
                "黄冈市全年发放城乡低保金3.6亿。",
                &[fig("湖北", AmountTotal, MinimumLiving, 360_000_000.0).yearly()],
            );
        }

        #[test]
        fn a_count_without_ren_after_renshu_or_hushu_is_a_count() {
            assert_figures(
                "桂阳县特困人员供养人数为4820。",
                &[fig("湖南", CountPeople, ExtremePoverty, 4820.0)],
            );
            assert_figures(
                "营口市城市低保户数为3120,农村低保户数为8460。",
                &[
                    fig("辽宁", CountHouseholds, MinimumLiving, 3120.0).urban(),
                    fig("辽宁", CountHouseholds, MinimumLiving, 8460.0).rural(),
                ],
            );
            assert_figures(
                "曲靖市城乡居民医保参保人数已超过560万。",
                &[fig("云南", CountPeople, Medical, 5_600_000.0).at_least()],
            );
        }

        #[test]
        fn a_table_row_whose_cell_carries_its_own_unit_is_read_like_prose() {
            let text = "巴中市社会救助保障标准一览表\n\
                    项目 | 标准 |\n\
                    城市特困人员供养标准 | 1100元/人/月 |\n\
                    农村低保 | 每人每年5280元 |\n\
                    孤儿基本生活费(集中养育) | 1800元/人·月 |\n";
            assert_figures(
                text,
                &[
                    fig("四川", AmountPerPerson, ExtremePoverty, 1100.0)
                        .monthly()
                        .urban(),
                    fig("四川", AmountPerPerson, MinimumLiving, 5280.0)
                        .yearly()
                        .rural(),
                    fig("四川", AmountPerPerson, ChildWelfare, 1800.0).monthly(),
                ],
            );
        }

        #[test]
        fn a_scaled_number_without_a_money_noun_is_no_money() {
            // Leave alone: the resident population is no measure; the count of a
            // welfare target group is (60岁 is an age).
            assert_figures(
                "洛阳市常住人口706万,其中60岁以上老年人口128万人。",
                &[fig("河南", CountPeople, ElderlyCare, 1_280_000.0)],
            );
        }
    }
}

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
