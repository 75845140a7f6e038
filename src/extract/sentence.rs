//! Sentence → measures: each figure of one sentence read field by field,
//! then the passes that relate the figures of the sentence to each other
//! (lists, chains of values, sides by position, pairs of changes).

#[allow(clippy::wildcard_imports)]
use super::*;

pub(super) struct SentenceContext<'a> {
    /// Byte offsets where the original's lines start.
    pub(super) line_starts: &'a [usize],
    pub(super) doc: &'a Document,
    pub(super) article_index: usize,
    /// Byte offset of the sentence in the analysis text.
    pub(super) abs: usize,
    pub(super) sentence: &'a str,
    /// The sentence before it in the same paragraph (or empty).
    pub(super) previous: &'a str,
    /// The cues found in `previous`, if it was read for figures.
    pub(super) previous_cues: Option<&'a [categories::CueHit]>,
    /// The year that frames the sentence, and whether it opens a stretch.
    pub(super) frame_year: Option<(u16, bool)>,
    /// The year in the title of a statistical report (`2020年2季度…统计季报`).
    pub(super) report_year: Option<u16>,
    pub(super) places: &'a [PlaceMatch<'static>],
    pub(super) cues: &'a Cues,
    /// The programmes the article's title names.
    pub(super) title_hits: &'a [categories::CueHit],
    /// The scopes of the article's headings.
    pub(super) outline: &'a outline::Outline,
    /// The side and programmes of the table row whose spilled cell this is.
    pub(super) row_side: Area,
    pub(super) row_hits: &'a [categories::CueHit],
}

impl SentenceContext<'_> {
    pub(super) fn extract(
        &self,
        quantities: &[Quantity],
        doc_index: usize,
        article: &crate::corpus::Article,
        out: &mut Vec<Found>,
    ) -> Option<Vec<categories::CueHit>> {
        let s = self.sentence;
        // Most numbers are dates and ordinals: a sentence with no figure of
        // a measure's kind needs no cue looked up.
        let kinds: Vec<Option<Kind>> = quantities
            .iter()
            .enumerate()
            .map(|(i, q)| {
                q.value
                    .is_finite()
                    .then(|| measure_kind(s, q, i.checked_sub(1).map(|p| &quantities[p])))
                    .flatten()
            })
            .collect();
        if kinds.iter().all(Option::is_none) {
            return None;
        }
        let hits = self.cues.find(s);
        let years = years_in(s);
        let mut governing: Vec<(usize, u16)> = Vec::with_capacity(years.len());
        let sentence_clauses = clauses_of(s);
        // Only a sentence that names no programme needs the one before it,
        // or one that may refer to a payment named there (此次…, 补贴标准为…).
        let previous_hits =
            if hits.iter().any(|h| h.rank >= 2) && !categories::may_refer_to_a_payment(s) {
                Vec::new()
            } else if let Some(found) = self.previous_cues {
                // The same as finding its words anew: its cues less the
                // one-character ones.
                found
                    .iter()
                    .filter(|h| self.previous[h.start..h.end].chars().nth(1).is_some())
                    .cloned()
                    .collect()
            } else {
                self.cues.find_words(self.previous)
            };
        // Whether the sentence or the one before holds a welfare word: asked
        // at most once a sentence.
        let anchor = std::cell::OnceCell::new();
        let own_anchor = || *anchor.get_or_init(|| scope::has_welfare_anchor(s));
        let previous_anchor = std::cell::OnceCell::new();
        let anchored = || {
            own_anchor()
                || *previous_anchor.get_or_init(|| scope::has_welfare_anchor(self.previous))
        };
        let mut figures: Vec<relations::Figure> = Vec::new();
        let mut change_cues: Vec<Option<Change>> = Vec::new();
        let mut scope_sides: Vec<Area> = Vec::new();
        // A breakdown (其中…) continues the sentence before it.
        let month_frame = opens_with_month(s)
            || (s.trim_start().starts_with("其中") && opens_with_month(self.previous));
        for (q, kind) in quantities.iter().zip(&kinds) {
            let Some(mut kind) = *kind else {
                continue;
            };
            if kind == Kind::AmountTotal && continues_a_standard(s, self.previous, q.value) {
                kind = Kind::AmountPerPerson;
            }
            // An amount listed right after an amount per person or household
            // (每月760元、590元) is one too, unless it is scaled (万, 亿).
            if kind == Kind::AmountTotal
                && let Some(last) = figures.last()
                && matches!(last.kind, Kind::AmountPerPerson | Kind::AmountPerHousehold)
                && relations::in_list(&s[last.end..q.start])
                && !s[q.number_start..q.number_end].ends_with(['万', '亿'])
            {
                kind = last.kind;
            }
            let clause = clause_around(s, q.start, q.end);
            let change_cue = relations::change_cue(&s[clause.0..q.start]);
            // A difference of rates (提高2.3个百分点) is an increment, and so
            // is a figure that a growth noun or a verb of leaving follows.
            let is_count = matches!(
                kind,
                Kind::CountPeople | Kind::CountHouseholds | Kind::CountUnits
            );
            let change = if q.unit == Unit::PercentagePoint
                || (change_cue.is_none()
                    && relations::changes_after(&s[q.end..clause.1.max(q.end)], is_count))
            {
                Change::Increase
            } else {
                change_cue.unwrap_or_default()
            };
            let site = scope::Site {
                before: &s[clause.0..q.start],
                after: &s[q.end..clause.1.max(q.end)],
                kind,
                change,
                welfare_named: hits.iter().any(|h| h.end <= q.start),
            };
            if scope::excluded(&site).is_some() {
                continue;
            }
            let period = period_of(s, clause, q, kind, quantities, month_frame);
            let mut scope = self.outline.at(self.abs + q.start);
            if self.row_side != Area::Joint {
                scope.side = self.row_side;
            }
            if !self.row_hits.is_empty() {
                scope.hits = self.row_hits;
            }
            // Years that date only the base of a comparison or the start of
            // a stretch of time (较2021年的X, 2016年以来) date no other figure.
            governing.clear();
            governing.extend(
                years
                    .iter()
                    .copied()
                    .filter(|&(at, _)| period::governs(s, at, q.start)),
            );
            let years = &governing;
            // A stock counted 目前 (now) takes no year from earlier in its
            // sentence, only one of its own clause or its paragraph's frame.
            let now = sentence_clauses
                .iter()
                .filter(|c| c.1 <= q.start || (c.0 <= q.start && q.start <= c.1))
                .rev()
                .take(2)
                .any(|c| {
                    ["目前", "截至目前", "现有", "当前"]
                        .iter()
                        .any(|w| s[c.0..c.1].trim_start().starts_with(w))
                });
            let sentence_year = if now {
                years
                    .iter()
                    .rev()
                    .find(|(at, _)| *at >= clause.0 && *at < q.start)
                    .map(|(_, y)| *y)
            } else {
                year_at(years, q.start)
            };
            // A year of an earlier value leaves the figure undated.
            let undated = !now
                && years
                    .iter()
                    .rev()
                    .find(|(at, _)| *at < q.start)
                    .is_some_and(|&(at, _)| period::dates_an_earlier_value(s, at, q.start));
            // A statistical report's title dates the levels it reports.
            let year = if undated {
                None
            } else {
                sentence_year
                    .or(self.frame_year.map(|(y, _)| y))
                    .or(scope.year)
                    .or(self.report_year.filter(|_| change == Change::Level))
            };
            let figure_site = FigureSite {
                sentence: s,
                clause,
                figure: (q.start, q.end),
                figures_in_clause: quantities
                    .iter()
                    .filter(|o| o.start >= clause.0 && o.end <= clause.1)
                    .count(),
                is_count: matches!(
                    kind,
                    Kind::CountPeople | Kind::CountHouseholds | Kind::CountUnits
                ),
            };
            let context_hits = if scope.hits.is_empty() {
                self.title_hits
            } else {
                scope.hits
            };
            let category =
                categories::categorize(&figure_site, &hits, &previous_hits, context_hits);
            // An amount of a one-off payment named in the sentence before,
            // broken down by recipient group, is paid once.
            let period = if period.is_none()
                && matches!(kind, Kind::AmountPerPerson | Kind::AmountPerHousehold)
                && category == Category::TemporaryAssistance
                && (period::names_a_one_off(self.previous)
                    || period::names_a_one_off(&s[..q.start]))
                && categories::pays_the_payment_before(
                    &figure_site,
                    &hits,
                    &previous_hits,
                    context_hits,
                ) {
                Some(Period::Once)
            } else {
                period
            };
            // A figure of no programme stands in a welfare context only with
            // an anchor in its sentence, the one before or its heading.
            if category == Category::Other
                && hits.is_empty()
                && previous_hits.is_empty()
                && scope.hits.is_empty()
                && !scope.anchor
                && !anchored()
            {
                continue;
            }
            // Facilities built or money spent in a sentence that names no
            // programme and no welfare word (新建5所中小学, 投资4.5亿元实施商街
            // 工程) belong to another section of a general report, whatever
            // the sentence before was about; a breakdown (其中…) continues it,
            // and so does a count of what the sentence before is about (…建设
            // 爱心驿站。全区共建成驿站32个).
            let continues_the_topic =
                || anchored() && counts_the_topic_of(s, clause, q, self.previous);
            if matches!(kind, Kind::CountUnits | Kind::AmountTotal)
                && hits.is_empty()
                && !own_anchor()
                && !s.trim_start().starts_with("其中")
                && !scope.anchor
                && !continues_the_topic()
            {
                continue;
            }
            // A statement about the standards elsewhere in the article dates
            // the standards it names that carry no year of their own.
            let year = year.or_else(|| {
                (is_a_standard(s, clause, kind, change))
                    .then(|| {
                        self.outline
                            .standard_year((article.start, article.end), category)
                    })
                    .flatten()
            });
            let (province, place) = self.region_of(q, clause, article);
            let figure = self.doc.normalized.original_range(
                &self.doc.original,
                self.abs + q.start,
                self.abs + q.end,
            );
            let quote = self.doc.normalized.original_range(
                &self.doc.original,
                self.abs + clause.0,
                self.abs + clause.1,
            );
            let mut qualifier = q.qualifier;
            if qualifier == Qualifier::Exact && kind == Kind::Rate && s[..q.start].ends_with("超")
            {
                qualifier = Qualifier::AtLeast;
            }
            if qualifier == Qualifier::Exact {
                qualifier = distant_bound(s, clause, q, quantities).unwrap_or(qualifier);
            }
            out.push(located(
                Measure {
                    province: province.unwrap_or_default().to_owned(),
                    place,
                    kind,
                    category,
                    value: round(q.value),
                    value_max: q.value_max.map(round),
                    period,
                    qualifier,
                    year,
                    area: Area::Joint,
                    change,
                    published: String::new(),
                    doc: self.doc.name.clone(),
                    quote: self.doc.original[quote.0..quote.1].to_owned(),
                },
                figure,
                quote,
                (doc_index, self.article_index),
                self.line_starts,
            ));
            figures.push(relations::Figure {
                start: q.start,
                end: q.end,
                kind,
            });
            change_cues.push(change_cue);
            scope_sides.push(scope.side);
        }
        let first = out.len() - figures.len();
        // A figure without a cue of its own continues the list it stands in
        // (提高532元和300元); in a chain of values (从X调整为Y、Z,再到W) every
        // value that the sentence moves on from is an earlier value.
        for k in 1..figures.len() {
            let (a, b) = (figures[k - 1], figures[k]);
            if change_cues[k].is_none()
                && a.kind == b.kind
                && relations::in_list(&s[a.end..b.start])
            {
                out[first + k].measure.change = out[first + k - 1].measure.change;
            }
        }
        // An increment with no period of its own changes the level named
        // before it in its part of the sentence (达到月人均472元,较上年提高28元):
        // it has that level's period.
        for k in 1..figures.len() {
            let here = &out[first + k].measure;
            if here.change != Change::Increase || here.period.is_some() || !here.kind.is_money() {
                continue;
            }
            let part_start = s[..figures[k].start]
                .rfind([';', '；'])
                .map_or(0, |i| i + 1);
            let level = (0..k).rev().find(|&j| {
                figures[j].start >= part_start
                    && figures[j].kind == figures[k].kind
                    && out[first + j].measure.change == Change::Level
            });
            if let Some(j) = level {
                out[first + k].measure.period = out[first + j].measure.period;
            }
        }
        // A sum over the programmes listed before it (低保金X、特困供养金Y,
        // 共计Z) belongs to none of them.
        for k in 2..figures.len() {
            if figures[k].kind != Kind::AmountTotal {
                continue;
            }
            let clause = clause_around(s, figures[k].start, figures[k].end);
            let head = s[clause.0..figures[k].start].trim_start();
            if !["共计", "合计", "总计", "累计共", "共"]
                .iter()
                .any(|w| head.starts_with(w))
            {
                continue;
            }
            let mut listed: Vec<Category> = (0..k)
                .filter(|&j| figures[j].kind == Kind::AmountTotal)
                .map(|j| out[first + j].measure.category)
                .collect();
            listed.sort_unstable();
            listed.dedup();
            if listed.len() >= 2 {
                out[first + k].measure.category = Category::Other;
            }
        }
        // An amount in a clause parallel to a standard before it (城市低保对象
        // 每月330元,农村低保对象不低于180元) is a standard too, when its own
        // clause names no total.
        for k in 1..figures.len() {
            let (j, here) = (k - 1, &out[first + k].measure);
            if here.kind != Kind::AmountTotal
                || here.value >= 1e5
                || !matches!(
                    figures[j].kind,
                    Kind::AmountPerPerson | Kind::AmountPerHousehold
                )
            {
                continue;
            }
            let between = &s[figures[j].end..figures[k].start];
            let clause = clause_around(s, figures[k].start, figures[k].end);
            let total_named = kind::MONEY
                .last_in(&s[clause.0..figures[k].start], "total")
                .is_some();
            if between.contains([',', '，', '、', ';', '；']) && !total_named {
                let kind = figures[j].kind;
                figures[k].kind = kind;
                out[first + k].measure.kind = kind;
            }
        }
        // A standard listed beside others in its sentence (城市每人每月380元,
        // 农村提高为200元) is of the same period as the one named before it.
        for k in 1..figures.len() {
            let kind = figures[k].kind;
            if !matches!(kind, Kind::AmountPerPerson | Kind::AmountPerHousehold)
                || out[first + k].measure.period.is_some()
            {
                continue;
            }
            // Only the item right before it, in a clause of its own, and not
            // a bracketed aside (全自理1680元(月人均140元)).
            let j = k - 1;
            let between = &s[figures[j].end..figures[k].start];
            let open_bracket = s[..figures[j].start].matches(['(', '（']).count()
                > s[..figures[j].start].matches([')', '）']).count();
            let earlier = (figures[j].kind == kind
                && out[first + j].measure.period.is_some()
                && between.contains([',', '，', '、', ';', '；'])
                && !open_bracket)
                .then_some(j);
            let once = out[first..first + k]
                .iter()
                .any(|f| f.measure.period == Some(Period::Once));
            if let Some(j) = earlier
                && !once
            {
                out[first + k].measure.period = out[first + j].measure.period;
            }
        }
        for i in 0..figures.len() {
            if out[first + i].measure.change != Change::Level {
                continue;
            }
            // A chain of values stays within its part of the sentence.
            let moved = figures[i + 1..].iter().any(|later| {
                let between = &s[figures[i].end..later.start];
                later.kind == figures[i].kind
                    && !between.contains([';', '；'])
                    && relations::moves_on(between)
                    && !self.names_a_place(figures[i].end, later.start)
            });
            if moved {
                out[first + i].measure.change = Change::Before;
            }
        }
        // A sentence without a subject of its own (从…起步,调整到…) keeps the
        // side the sentence before it named last.
        let carried_side = if s.trim_start().starts_with(['从', '由']) {
            relations::side_in(self.previous)
        } else {
            Area::Joint
        };
        for ((f, area), figure) in out[first..]
            .iter_mut()
            .zip(relations::areas(s, &figures))
            .zip(&figures)
        {
            // Only when there is a side to carry is the sentence scanned again.
            let carries = area == Area::Joint
                && carried_side != Area::Joint
                && relations::side_in(&s[..figure.start]) == Area::Joint;
            f.measure.area = if carries { carried_side } else { area };
        }
        // A sentence that names no side and no programme of its own and
        // continues one that paired its figures by side pairs its own the same
        // way (城乡标准分别为X和Y。最高的县达到了A、B).
        if !hits.iter().any(|h| h.rank >= 2)
            && relations::pairs_by_position(self.previous)
            && !relations::names_a_side(s)
        {
            let pairs = relations::continued_pairs(s, &figures);
            for (f, side) in out[first..].iter_mut().zip(pairs) {
                if let Some(side) = side
                    && f.measure.kind == Kind::AmountPerPerson
                {
                    f.measure.area = side;
                }
            }
        }
        // The noun a count counts decides its side (1047名城镇低保对象), and
        // a count listed right before it counts the same (862户、1047名…).
        let mut noun_side: Option<Area> = None;
        let mut recipients: Vec<Area> = Vec::new();
        for k in (0..figures.len()).rev() {
            let f = figures[k];
            if !matches!(
                f.kind,
                Kind::CountPeople | Kind::CountHouseholds | Kind::CountUnits
            ) {
                noun_side = None;
                continue;
            }
            let next = figures.get(k + 1).map_or(s.len(), |n| n.start);
            let after = &s[f.end..next];
            let listed = next < s.len() && matches!(after.trim(), "、" | "和" | "及" | ",");
            // A group named with no side (4.2万名低保对象) is joint, unless
            // its own clause names the side before it.
            let own_clause = clause_around(s, f.start, f.end);
            let side = if listed {
                noun_side
            } else {
                relations::side_of_noun(after).or_else(|| {
                    (relations::names_a_group(after)
                        && !relations::names_a_side(&s[own_clause.0..f.start]))
                    .then_some(Area::Joint)
                })
            };
            if let Some(side) = side {
                out[first + k].measure.area = side;
            }
            noun_side = side;
            if let Some(side) = side {
                recipients.push(side);
            }
        }
        // The money paid to recipients of one side (按每户1200元的标准,为1350户
        // 城镇低保户…) is of that side, when the sentence names no other.
        if let [side, rest @ ..] = recipients.as_slice()
            && *side != Area::Joint
            && rest.iter().all(|r| r == side)
            && relations::only_side_in(s) == *side
        {
            for (f, figure) in out[first..].iter_mut().zip(&figures) {
                if figure.kind.is_money() && f.measure.area == Area::Joint {
                    f.measure.area = *side;
                }
            }
        }
        // A figure whose sentence names no side at all takes the side of the
        // heading it stands under (农村低保标准: followed by its counties).
        // Asides after a figure (每人每年6840元(城乡标准一体化)) do not count:
        // only what stands before it in its part of the sentence.
        for ((f, &side), figure) in out[first..].iter_mut().zip(&scope_sides).zip(&figures) {
            let part_start = s[..figure.start].rfind([';', '；']).map_or(0, |i| i + 1);
            if side != Area::Joint
                && f.measure.area == Area::Joint
                && !relations::names_a_side(&period::outside_brackets(&s[part_start..figure.start]))
            {
                f.measure.area = side;
            }
        }
        // A value followed by a change verb with a target (由X…提高到Y, the
        // verb's own figure being the next of its kind after the verb, with
        // nothing of that kind between but bracketed asides) is an earlier
        // value of that one.
        for i in 0..figures.len() {
            if out[first + i].measure.change == Change::Increase {
                continue;
            }
            let from = figures[i].end;
            let rest = &s[from..];
            let part = &rest[..rest.find([';', '。']).unwrap_or(rest.len())];
            let Some((verb_start, verb_end)) = relations::change_to_in(part) else {
                continue;
            };
            let (verb_start, verb_end) = (from + verb_start, from + verb_end);
            let aside = |k: usize| {
                let between = &s[from..figures[k].start];
                between.matches(['(', '（']).count() > between.matches([')', '）']).count()
            };
            let same = |k: &usize| figures[*k].kind == figures[i].kind;
            if (i + 1..figures.len())
                .filter(same)
                .any(|k| figures[k].start < verb_start && !aside(k))
            {
                continue;
            }
            let Some(j) = (i + 1..figures.len())
                .filter(same)
                .find(|&k| figures[k].start >= verb_end)
            else {
                continue;
            };
            if out[first + j].measure.change != Change::Increase
                && relations::moves_on(&s[from..figures[j].start])
                && !self.names_a_place(from, figures[j].start)
            {
                out[first + i].measure.change = Change::Before;
                out[first + i].changed_to = Some(first + j);
            }
        }
        // An earlier value not yet paired changes to the next value of its
        // kind; a list of earlier values (从X1、X2提高到Y1、Y2) to the values
        // after it, by position.
        let mut k = 0;
        while k < figures.len() {
            if out[first + k].measure.change != Change::Before {
                k += 1;
                continue;
            }
            let mut run_end = k;
            while run_end + 1 < figures.len()
                && out[first + run_end + 1].measure.change == Change::Before
                && figures[run_end + 1].kind == figures[k].kind
                && relations::in_list(&s[figures[run_end].end..figures[run_end + 1].start])
            {
                run_end += 1;
            }
            let targets = (run_end + 1..figures.len())
                .filter(|&t| figures[t].kind == figures[k].kind)
                .take(run_end - k + 1);
            let listed = run_end > k;
            for (i, t) in (k..=run_end).zip(targets) {
                if out[first + t].measure.change != Change::Increase
                    && (listed || out[first + i].changed_to.is_none())
                {
                    out[first + i].changed_to = Some(first + t);
                }
            }
            k = run_end + 1;
        }
        // The year of the text dates the new level, not the value it replaces:
        // an earlier value keeps a year only when the year stands in its own
        // from-part (从2010年的55元, 较2021年…1680元, 调整到2008年的700元).
        for (f, figure) in out[first..].iter_mut().zip(&figures) {
            if f.measure.change != Change::Before {
                continue;
            }
            let from = period::from_part_start(s, figure.start);
            if !years
                .iter()
                .any(|&(at, _)| (from..figure.start).contains(&at))
            {
                // A stretch of time that opens the part (2017年以来,…从X提高到Y)
                // starts at the earlier value.
                let part_start = s[..figure.start].rfind([';', '；']).map_or(0, |i| i + 1);
                f.measure.year = years
                    .iter()
                    .rfind(|&&(at, _)| {
                        at >= part_start && at < from && period::opens_a_stretch(s, at)
                    })
                    .map(|&(_, y)| y);
            }
        }
        // A band (月收入在780元以上、不足1170元; 高于400元而不足560元) is one
        // figure: its lower bound with the upper as its end.
        let mut k = first;
        while k + 1 < out.len() {
            let (a, b) = (&out[k], &out[k + 1]);
            let between = self
                .doc
                .original
                .get(a.figure.end..b.figure.start)
                .unwrap_or("");
            let banded = a.measure.kind == b.measure.kind
                && a.measure.kind.is_money()
                && a.measure.qualifier == Qualifier::AtLeast
                && b.measure.qualifier == Qualifier::AtMost
                && a.measure.value < b.measure.value
                && between.chars().count() <= 6
                && !between.contains(|c: char| c.is_ascii_digit());
            if banded {
                let upper = out.remove(k + 1);
                let band = &mut out[k].measure;
                band.value_max = Some(upper.measure.value);
                band.qualifier = Qualifier::Exact;
                band.change = Change::Level;
                out[k].changed_to = None;
            }
            k += 1;
        }
        // A stretch that frames the sentence (2017年以来,…从X提高到Y) dates
        // the earlier value, not the level the change reached.
        if let Some((stretch_year, true)) = self.frame_year {
            let targets: Vec<usize> = out[first..].iter().filter_map(|f| f.changed_to).collect();
            for t in targets {
                if out[t].measure.year == Some(stretch_year) {
                    out[t].measure.year = None;
                }
            }
            for f in &mut out[first..] {
                if f.measure.change == Change::Before && f.measure.year.is_none() {
                    f.measure.year = Some(stretch_year);
                }
            }
        }
        Some(hits)
    }

    /// Whether a place is named between two offsets of the sentence: a new
    /// subject (、德化提高为340元) opens a change of its own.
    fn names_a_place(&self, from: usize, to: usize) -> bool {
        // Places are in text order.
        let first = self.places.partition_point(|m| m.start < self.abs + from);
        self.places
            .get(first)
            .is_some_and(|m| m.end <= self.abs + to)
    }

    /// Province and place of a figure: a place named in its clause before it
    /// (or just after, as in 银川市、吴忠市2500个…), else its article's.
    fn region_of(
        &self,
        q: &Quantity,
        clause: (usize, usize),
        article: &crate::corpus::Article,
    ) -> (Option<&'static str>, String) {
        let clause_abs = (self.abs + clause.0, self.abs + clause.1);
        let figure_abs = self.abs + q.start;
        let mut in_clause: Vec<&PlaceMatch<'static>> = self
            .places
            .iter()
            .filter(|m| m.start >= clause_abs.0 && m.end <= clause_abs.1 && m.start < figure_abs)
            .filter(|m| !in_spam(&self.doc.normalized.text[m.end..]))
            .collect();
        // A place named earlier in the sentence governs the clauses after it
        // (上海…,而低保标准为1420元): the nearest one, when the clause has none.
        if in_clause.is_empty()
            && let Some(nearest) = self.places.iter().rfind(|m| {
                m.start >= self.abs
                    && m.end <= clause_abs.0
                    && !in_spam(&self.doc.normalized.text[m.end..])
            })
        {
            in_clause.push(nearest);
        }
        let article_province = article.province;
        let Some(nearest) = in_clause.last() else {
            return (article_province, article.place.clone());
        };
        let idx = self
            .places
            .iter()
            .position(|m| m.start == nearest.start)
            .unwrap_or(0);
        let province = gazetteer::settle(nearest, &self.places[..idx], article_province);
        // A place in another province than the article's counts only when it is
        // named outright (not inside an organisation's name).
        let province = province.or(article_province);
        let sub: Vec<&&PlaceMatch<'static>> = in_clause
            .iter()
            .filter(|m| m.level() != Level::Province)
            .collect();
        let place = match sub.as_slice() {
            [] => {
                if province == article_province {
                    article.place.clone()
                } else {
                    String::new()
                }
            }
            [.., last] => {
                // A list of places (银川市、吴忠市) is kept as written.
                let mut first = *last;
                for m in sub.iter().rev().skip(1) {
                    let between = &self.doc.normalized.text[m.end..first.start];
                    if between == "、" || between == "和" {
                        first = m;
                    } else {
                        break;
                    }
                }
                let (a, b) =
                    self.doc
                        .normalized
                        .original_range(&self.doc.original, first.start, last.end);
                self.doc.original[a..b].to_owned()
            }
        };
        (province, place)
    }
}

/// Whether a figure counts what `previous` is about: a word of two Han
/// characters standing within a few characters of the figure in its clause
/// recurs there.
fn counts_the_topic_of(s: &str, clause: (usize, usize), q: &Quantity, previous: &str) -> bool {
    const REACH: usize = 8;
    let before: Vec<char> = s[clause.0..q.start].chars().rev().take(REACH).collect();
    let after: Vec<char> = s[q.end..clause.1.max(q.end)].chars().take(REACH).collect();
    let words = |run: &[char]| -> Vec<String> {
        run.windows(2)
            .filter(|w| w.iter().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(c)))
            .map(|w| w.iter().collect())
            .collect()
    };
    let mut near: Vec<char> = before;
    near.reverse();
    words(&near)
        .into_iter()
        .chain(words(&after))
        .any(|w| previous.contains(w.as_str()))
}
