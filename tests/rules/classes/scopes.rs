//! Class 1: what a heading, a lead line or a section sets holds for what
//! is under it (year, side, province, programme).

#[allow(clippy::wildcard_imports)]
use super::*;

// ---------------------------------------------------------------------------
// Class 1. Scope: what a heading, a lead line or a section sets holds for what
// is under it (year, side, province, programme).
// ---------------------------------------------------------------------------
mod scope_year {
    use super::*;

    #[test]
    fn a_headline_that_states_a_figure_dates_only_that_figure() {
        // Leave alone: the year belongs to the headline's own sum, not to the
        // figures of the story under it.
        assert_figures(
            "2021年常德市投入2.4亿元兜牢困难群众基本生活\n\
             市民政局介绍,全市为城乡低保对象发放取暖补贴每户500元。\n",
            &[
                fig("湖南", AmountTotal, Other, 240_000_000.0)
                    .yearly()
                    .dated(2021),
                fig("湖南", AmountPerHousehold, TemporaryAssistance, 500.0),
            ],
        );
    }

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
    fn a_pair_after_a_sentence_that_paired_its_sides_is_urban_then_rural() {
        assert_figures(
            "醴陵市城乡低保标准分别为800元/月和600元/月。其中市辖区达到了850元/月、650元/月。",
            &[
                fig("湖南", AmountPerPerson, MinimumLiving, 800.0)
                    .monthly()
                    .urban(),
                fig("湖南", AmountPerPerson, MinimumLiving, 600.0)
                    .monthly()
                    .rural(),
                fig("湖南", AmountPerPerson, MinimumLiving, 850.0)
                    .monthly()
                    .urban(),
                fig("湖南", AmountPerPerson, MinimumLiving, 650.0)
                    .monthly()
                    .rural(),
            ],
        );
        assert_figures(
            "株洲市城乡特困供养标准分别提高到每人每年1.2万元和9000元。最低的县为每人每年10800元和8200元。",
            &[
                fig("湖南", AmountPerPerson, ExtremePoverty, 12000.0)
                    .yearly()
                    .urban(),
                fig("湖南", AmountPerPerson, ExtremePoverty, 9000.0)
                    .yearly()
                    .rural(),
                fig("湖南", AmountPerPerson, ExtremePoverty, 10800.0)
                    .yearly()
                    .urban(),
                fig("湖南", AmountPerPerson, ExtremePoverty, 8200.0)
                    .yearly()
                    .rural(),
            ],
        );
        assert_figures(
            "湘潭市城市和农村低保标准分别是720元和560元。有的县已达每月760元、590元。",
            &[
                fig("湖南", AmountPerPerson, MinimumLiving, 720.0).urban(),
                fig("湖南", AmountPerPerson, MinimumLiving, 560.0).rural(),
                fig("湖南", AmountPerPerson, MinimumLiving, 760.0)
                    .monthly()
                    .urban(),
                fig("湖南", AmountPerPerson, MinimumLiving, 590.0)
                    .monthly()
                    .rural(),
            ],
        );
        // Leave alone: the second sentence names a programme of its own.
        assert_figures(
            "衡阳市城乡低保标准分别为800元/月和600元/月。孤儿养育标准为1500元/月、1200元/月。",
            &[
                fig("湖南", AmountPerPerson, MinimumLiving, 800.0)
                    .monthly()
                    .urban(),
                fig("湖南", AmountPerPerson, MinimumLiving, 600.0)
                    .monthly()
                    .rural(),
                fig("湖南", AmountPerPerson, ChildWelfare, 1500.0).monthly(),
                fig("湖南", AmountPerPerson, ChildWelfare, 1200.0).monthly(),
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
    fn a_payment_named_before_and_broken_down_by_group_pays_each_group_once() {
        // The groups say who is paid; the payment named before says what.
        assert_figures(
            "乐平市在春节前为困难群众发放一次性生活补贴。补贴标准为低保对象每人400元,特困人员每人500元,孤儿每人300元。",
            &[
                fig("江西", AmountPerPerson, TemporaryAssistance, 400.0).once(),
                fig("江西", AmountPerPerson, TemporaryAssistance, 500.0).once(),
                fig("江西", AmountPerPerson, TemporaryAssistance, 300.0).once(),
            ],
        );
        assert_figures(
            "浮梁县近日向困难群众发放元旦春节慰问金。此次发放低保对象每户600元,五保对象每人500元。",
            &[
                fig("江西", AmountPerHousehold, TemporaryAssistance, 600.0).once(),
                fig("江西", AmountPerPerson, TemporaryAssistance, 500.0).once(),
            ],
        );
        assert_figures(
            "昌江区为困难群众发放一次性取暖补贴。本次补贴标准为低保户每户800元,残疾人家庭每户600元。",
            &[
                fig("江西", AmountPerHousehold, TemporaryAssistance, 800.0).once(),
                fig("江西", AmountPerHousehold, TemporaryAssistance, 600.0).once(),
            ],
        );
        // Leave alone: the second sentence names a programme of its own.
        assert_figures(
            "珠山区为困难群众发放一次性生活补贴。此次还将低保标准提高到每人每月800元。",
            &[fig("江西", AmountPerPerson, MinimumLiving, 800.0).monthly()],
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
