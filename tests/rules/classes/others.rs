//! Classes 2–7: per-person amounts, welfare scope, programmes outside the
//! list, changes, places and numbers.

#[allow(clippy::wildcard_imports)]
use super::*;

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
    fn an_amount_listed_after_an_amount_per_person_is_per_person_unless_a_total_is_named() {
        assert_figures(
            "湘乡市为低保对象每人每月补贴80元、100元。",
            &[
                fig("湖南", AmountPerPerson, MinimumLiving, 80.0).monthly(),
                fig("湖南", AmountPerPerson, MinimumLiving, 100.0).monthly(),
            ],
        );
        assert_figures(
            "桂东县城乡低保月人均补差分别为420元和310元。",
            &[
                fig("湖南", AmountPerPerson, MinimumLiving, 420.0)
                    .monthly()
                    .urban(),
                fig("湖南", AmountPerPerson, MinimumLiving, 310.0)
                    .monthly()
                    .rural(),
            ],
        );
        assert_figures(
            "汝城县重度残疾人护理补贴每人每月提高到90元、70元。",
            &[
                fig("湖南", AmountPerPerson, Disability, 90.0).monthly(),
                fig("湖南", AmountPerPerson, Disability, 70.0).monthly(),
            ],
        );
        // Leave alone: the total named after the per-person words.
        assert_figures(
            "湘乡市为低保对象每人每月补贴80元、全年共发放260万元。",
            &[
                fig("湖南", AmountPerPerson, MinimumLiving, 80.0).monthly(),
                fig("湖南", AmountTotal, MinimumLiving, 2_600_000.0).yearly(),
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
    fn works_and_spending_after_a_welfare_sentence_need_a_welfare_word_of_their_own() {
        // The sentence before speaks of welfare; these build roads, halls
        // and housing, and say nothing of whom they serve.
        assert_figures(
            "黎川县城乡居民医疗保险参保率达到98%。同年新修农村公路120公里,新建桥梁8座。",
            &[fig("江西", Rate, Medical, 98.0)],
        );
        assert_figures(
            "吉安县去年发放低保金3000万元。今年还将新建体育场馆4个、图书馆2个。",
            &[fig("江西", AmountTotal, MinimumLiving, 30_000_000.0).yearly()],
        );
        assert_figures(
            "会昌县全年临时救助困难群众1200人次。投入2亿元改造城区主干道和老旧住宅小区40个。",
            &[fig("江西", CountPeople, TemporaryAssistance, 1200.0).yearly()],
        );
        // Leave alone: the second sentence names money for whom it serves.
        assert_figures(
            "宁都县全年临时救助困难群众1200人次。另投入救助资金800万元。",
            &[
                fig("江西", CountPeople, TemporaryAssistance, 1200.0).yearly(),
                fig("江西", AmountTotal, TemporaryAssistance, 8_000_000.0),
            ],
        );
    }

    #[test]
    fn a_count_of_what_the_sentence_before_is_about_continues_it() {
        assert_figures(
            "岳塘区为困难群众建设爱心驿站。全区共建成驿站32个。",
            &[fig("湖南", CountUnits, Community, 32.0)],
        );
        assert_figures(
            "株洲市为低收入家庭开设平价菜店。平价菜店今年增至45家。",
            &[fig("湖南", CountUnits, Other, 45.0)],
        );
        assert_figures(
            "雨湖区为残疾人设立助残服务站。目前服务站已达18个。",
            &[fig("湖南", CountUnits, Disability, 18.0)],
        );
        // Leave alone: what the second sentence counts is not what the
        // first is about.
        assert_figures("岳塘区为困难群众建设爱心驿站。全区还新建停车场12个。", &[]);
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

    #[test]
    fn a_programme_named_before_another_programme_does_not_reach_past_it() {
        // The first clause names one programme, the second another; the
        // group of the third says what its figure pays.
        assert_figures(
            "铅山县今年继续提高城乡居民基础养老金,城市低保每人每月提到700元,农村五保户每人每年达到7200元。",
            &[
                fig("江西", AmountPerPerson, MinimumLiving, 700.0)
                    .monthly()
                    .urban(),
                fig("江西", AmountPerPerson, ExtremePoverty, 7200.0)
                    .yearly()
                    .rural(),
            ],
        );
        assert_figures(
            "余干县上调残疾人两项补贴,城乡低保月人均提至650元,孤儿每人每月1500元。",
            &[
                fig("江西", AmountPerPerson, MinimumLiving, 650.0).monthly(),
                fig("江西", AmountPerPerson, ChildWelfare, 1500.0).monthly(),
            ],
        );
        assert_figures(
            "万年县增发高龄津贴,城乡低保每人每月提到680元,特困人员每人每年8000元。",
            &[
                fig("江西", AmountPerPerson, MinimumLiving, 680.0).monthly(),
                fig("江西", AmountPerPerson, ExtremePoverty, 8000.0).yearly(),
            ],
        );
        // Leave alone: nothing stands between the payment and its group.
        assert_figures(
            "弋阳县民政局向低保对象每人发放一次性生活补贴500元。",
            &[fig("江西", AmountPerPerson, TemporaryAssistance, 500.0).once()],
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
    fn a_bare_number_with_the_tail_of_its_partner_s_unit_takes_that_unit() {
        assert_figures(
            "浏阳市城乡低保标准分别为650/月、480元/月。",
            &[
                fig("湖南", AmountPerPerson, MinimumLiving, 650.0)
                    .monthly()
                    .urban(),
                fig("湖南", AmountPerPerson, MinimumLiving, 480.0)
                    .monthly()
                    .rural(),
            ],
        );
        assert_figures(
            "醴陵市特困人员基本生活标准城乡分别为每人9800/年和7600元/年。",
            &[
                fig("湖南", AmountPerPerson, ExtremePoverty, 9800.0)
                    .yearly()
                    .urban(),
                fig("湖南", AmountPerPerson, ExtremePoverty, 7600.0)
                    .yearly()
                    .rural(),
            ],
        );
        assert_figures(
            "茶陵县孤儿基本生活费提高到1400/月或1100元/月。",
            &[
                fig("湖南", AmountPerPerson, ChildWelfare, 1400.0).monthly(),
                fig("湖南", AmountPerPerson, ChildWelfare, 1100.0).monthly(),
            ],
        );
        // Leave alone: a frequency is no money.
        assert_figures("攸县低保家庭巡查频次为2/月和3次/季度。", &[]);
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
