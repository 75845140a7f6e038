//! The compare chart as rows of horizontal bars: which bars share a row,
//! their labels (value, qualifier, year, place), the layout of every name,
//! bar, label and tick as data, and its painting on screen and offscreen.

#[allow(clippy::wildcard_imports)]
use super::*;

/// The order of a chart's rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RowOrder {
    /// Largest value first (ties in the regional order).
    #[default]
    Value,
    /// The fixed regional order of the provinces (北京, 天津, 河北, …).
    Region,
}

/// How a chart's rows are drawn: their order, and whether a chosen
/// province without a figure keeps an empty row (else it is named in one
/// line under the chart).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowOptions {
    pub order: RowOrder,
    pub empty_rows: bool,
}

/// A text as placed on a chart: its box and type size.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub text: String,
    pub rect: Rect,
    pub size: f32,
    /// Drawn in the weaker text colour (years, ticks, axis names).
    pub weak: bool,
}

/// A bar as placed: its box, the whisker of a range (from, to, at height),
/// and its qualifier's marker.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedBar {
    /// Its index in the model's bars.
    pub bar: usize,
    pub rect: Rect,
    pub fill: Color32,
    pub whisker: Option<(f32, f32)>,
    pub marker: Option<(Mark, Pos2)>,
    /// The row it stands in, edge to edge (for hovering and clicking).
    pub row: Rect,
}

/// A chart of rows laid out in a rectangle: everything it draws, as data
/// (what a test reads without pixels, and what [`paint_rows`] paints).
#[derive(Clone, Debug, PartialEq)]
pub struct RowsLayout {
    /// Where the bars stand (from the value 0 to the end of the scale).
    pub plot: Rect,
    /// The whole area used, names and ticks included.
    pub used: Rect,
    /// A province's name at the head of each row.
    pub names: Vec<Placed>,
    /// Values and years at the bars' ends.
    pub labels: Vec<Placed>,
    /// Colour keys inside labels that name several bars of a row.
    pub swatches: Vec<(Rect, Color32)>,
    /// Gridlines and their numbers under the plot.
    pub ticks: Vec<(f32, Placed)>,
    /// The axes' names: provinces above the names, the unit under the ticks.
    pub axis_names: Vec<Placed>,
    pub bars: Vec<PlacedBar>,
    /// The hollow boxes of empty rows.
    pub empty: Vec<Rect>,
    /// The marks drawn.
    pub marks: BTreeSet<Mark>,
    /// Chosen provinces without a figure that have no row (names shown).
    pub missing: Vec<String>,
}

/// One row: a province and its bars.
pub(super) struct Row {
    name: String,
    bars: Vec<usize>,
    region: usize,
    end: f64,
}

/// Where a bar's drawing ends: its value, or the upper end of its range.
pub(super) fn end_of(bar: &ChartBar) -> f64 {
    bar.value_max.unwrap_or(bar.value)
}

/// The rows of `model` in the order asked for.
pub(super) fn rows_of(model: &ChartModel, options: RowOptions) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for (i, bar) in model.bars.iter().enumerate() {
        let region = bar.x.round().max(0.0) as usize;
        match rows.iter_mut().find(|r| r.region == region) {
            Some(row) => {
                row.bars.push(i);
                row.end = row.end.max(end_of(bar));
            }
            None => rows.push(Row {
                name: model
                    .axis
                    .get(region)
                    .map_or_else(|| bar.province.clone(), |(_, n)| n.clone()),
                bars: vec![i],
                region,
                end: end_of(bar),
            }),
        }
    }
    for row in &mut rows {
        let side = |i: &usize| Area::ALL.iter().position(|a| *a == model.bars[*i].area);
        row.bars.sort_by_key(side);
    }
    if options.empty_rows {
        for &slot in &model.missing {
            let region = slot.round().max(0.0) as usize;
            let name = model.axis.get(region).map(|(_, n)| n.clone());
            rows.push(Row {
                name: name.unwrap_or_default(),
                bars: Vec::new(),
                region,
                end: f64::NEG_INFINITY,
            });
        }
    }
    match options.order {
        RowOrder::Value => rows.sort_by(|a, b| {
            b.end
                .partial_cmp(&a.end)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.region.cmp(&b.region))
        }),
        RowOrder::Region => rows.sort_by_key(|r| r.region),
    }
    rows
}

/// The names of chosen provinces without a figure, in the regional order.
pub fn missing_names(model: &ChartModel) -> Vec<String> {
    model
        .missing
        .iter()
        .filter_map(|slot| model.axis.get(slot.round().max(0.0) as usize))
        .map(|(_, n)| n.clone())
        .collect()
}

/// `无数据: 河北、江苏` or `No data: Hebei, Jiangsu` (empty when none).
pub fn missing_line(names: &[String], lang: Lang) -> String {
    if names.is_empty() {
        return String::new();
    }
    match lang {
        Lang::Zh => format!("{}: {}", lang.tr(T::NoDataShort), names.join("、")),
        Lang::En => format!("No data: {}", names.join(", ")),
    }
}

/// A bar's value as its label says it: the qualifier (`≥914`, `约480`,
/// `≈480` in English), the range (`376–475`), a `⚠` when far from the
/// other provinces; `%` for a rate.
pub fn value_text(bar: &ChartBar, kind: Kind, lang: Lang) -> String {
    let number = |v: f64| {
        if kind == Kind::Rate {
            format!("{}%", lang.number(v))
        } else {
            lang.number(v)
        }
    };
    let main = match bar.value_max {
        Some(max) => format!("{}–{}", number(bar.value), number(max)),
        None => number(bar.value),
    };
    let qualified = match (bar.qualifier, lang) {
        (Qualifier::Exact, _) => main,
        (Qualifier::About, Lang::Zh) => format!("约{main}"),
        (Qualifier::About, Lang::En) => format!("≈{main}"),
        (Qualifier::AtLeast, _) => format!("≥{main}"),
        (Qualifier::AtMost, _) => format!("≤{main}"),
    };
    let qualified = if bar.suspicious {
        format!("⚠{qualified}")
    } else {
        qualified
    };
    // One place's figure says whose it is: its place (大连 690), or in
    // English the level of that place (690 (prefecture)).
    if bar.place.is_empty() {
        qualified
    } else {
        match lang {
            Lang::Zh => format!("{} {qualified}", short_place(&bar.place)),
            Lang::En => format!("{qualified} ({})", lang.level(bar.level)),
        }
    }
}

/// A place as a label can hold it: the first of a list (越秀区等), without
/// romanisations in brackets, at most eight characters.
pub(super) fn short_place(place: &str) -> String {
    let mut out = String::new();
    let mut in_latin_bracket = false;
    let mut listed = false;
    let mut chars = place.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' if chars.peek().is_some_and(char::is_ascii_alphabetic) => in_latin_bracket = true,
            ')' if in_latin_bracket => in_latin_bracket = false,
            _ if in_latin_bracket => {}
            '、' | ',' | '，' | '/' => {
                listed = true;
                break;
            }
            _ => out.push(c),
        }
    }
    if out.chars().count() > 8 {
        out = out.chars().take(7).collect::<String>() + "…";
    } else if listed {
        out.push('等');
    }
    out
}

/// The height of a row in which each of `per_row` bars carries its own
/// label line at `ty.small` and the name fits at `ty.body`.
pub fn comfortable_row(per_row: usize, ty: TypeSizes) -> f32 {
    (line(ty.small) * per_row.max(1) as f32 / 0.85).max(line(ty.body) + 6.0)
}

/// Rows of `model` and how many bars its fullest row holds.
pub fn row_count(model: &ChartModel, options: RowOptions) -> (usize, usize) {
    let rows = rows_of(model, options);
    let per_row = rows.iter().map(|r| r.bars.len()).max().unwrap_or(1);
    (rows.len(), per_row.max(1))
}

/// What a chart of rows needs besides its rows: the axis names above and
/// the ticks and unit under them.
pub fn rows_overhead(ty: TypeSizes) -> f32 {
    line(ty.small) * 3.0 + 8.0
}

/// Lay out the bars of `model` as rows in `rect`: names on the left, bars
/// from a common zero, a label at every bar's end (its value with its
/// qualifier and its year, never left off: the scale leaves room for the
/// longest), ticks under the plot.
pub fn layout_rows(
    model: &ChartModel,
    options: RowOptions,
    lang: Lang,
    ty: TypeSizes,
    rect: Rect,
    measure: Measure<'_>,
) -> RowsLayout {
    let rows = rows_of(model, options);
    let n = rows.len().max(1);
    let per_row = rows.iter().map(|r| r.bars.len()).max().unwrap_or(1).max(1);
    let tick_size = ty.small.max(MIN_TYPE);
    let header = line(tick_size) + 2.0;
    let footer = line(tick_size) * 2.0 + 6.0;
    let room = (rect.height() - header - footer).max(n as f32 * line(MIN_TYPE));
    let most = comfortable_row(per_row, ty) * 1.25;
    let row_h = (room / n as f32).min(most);
    // Each bar its own label line where its share of the row holds one,
    // else the row's labels on one line after its longest bar.
    let share = row_h * 0.9 / per_row as f32;
    let stacked = per_row == 1 || share >= line(MIN_TYPE.max(ty.small * 0.8));
    let label_size = if stacked {
        ty.small.min(share / 1.3)
    } else {
        ty.small.min(row_h * 0.95 / 1.3)
    }
    .max(MIN_TYPE);
    let year_size = (label_size * 0.9).max(MIN_TYPE);
    let name_size = ty.body.min(row_h * 0.95 / 1.3).max(MIN_TYPE);
    let provinces_name = lang.tr(T::Province).to_owned();
    let name_width = rows
        .iter()
        .map(|r| measure(&r.name, name_size).x)
        .fold(measure(&provinces_name, tick_size).x, f32::max);
    let plot_left = rect.left() + name_width + 8.0;
    let plot_right = rect.right() - 4.0;
    let width = (plot_right - plot_left).max(40.0);
    let gap = 4.0;
    let marker_room = label_size * 0.9;
    let swatch = label_size * 0.7;

    // Labels: (row, pieces); a piece is a swatch colour or none, a text, its size.
    struct Piece {
        swatch: Option<Color32>,
        text: String,
        size: f32,
        weak: bool,
    }
    let year_of = |b: &ChartBar| b.year_label.clone();
    let value_piece = |i: usize, swatch: Option<Color32>| Piece {
        swatch,
        text: value_text(&model.bars[i], model.key.kind, lang),
        size: label_size,
        weak: false,
    };
    let year_piece = |text: String| Piece {
        swatch: None,
        text,
        size: year_size,
        weak: true,
    };
    let pieces_width = |pieces: &[Piece]| -> f32 {
        pieces
            .iter()
            .map(|p| measure(&p.text, p.size).x + p.swatch.map_or(0.0, |_| swatch + 2.0) + 5.0)
            .sum::<f32>()
    };
    // Each label with the bar (or row's longest bar) it follows.
    let mut labels: Vec<(usize, Vec<usize>, Vec<Piece>)> = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        if row.bars.is_empty() {
            continue;
        }
        if stacked || row.bars.len() == 1 {
            for &i in &row.bars {
                let pieces = vec![value_piece(i, None), year_piece(year_of(&model.bars[i]))];
                labels.push((r, vec![i], pieces));
            }
        } else {
            let years: BTreeSet<String> =
                row.bars.iter().map(|&i| year_of(&model.bars[i])).collect();
            let mut pieces = Vec::new();
            for &i in &row.bars {
                let bar = &model.bars[i];
                let mut piece = value_piece(i, Some(bar_fill(bar)));
                // On one line the bars' places would not fit: a place's bar
                // is known there by its lighter colour, and named in hover
                // and evidence.
                if !bar.place.is_empty() {
                    let unnamed = ChartBar {
                        place: String::new(),
                        ..bar.clone()
                    };
                    piece.text = value_text(&unnamed, model.key.kind, lang);
                }
                pieces.push(piece);
                if years.len() > 1 {
                    pieces.push(year_piece(year_of(bar)));
                }
            }
            if years.len() == 1 {
                pieces.extend(years.into_iter().next().map(year_piece));
            }
            labels.push((r, row.bars.clone(), pieces));
        }
    }
    // The scale: the longest bar's label still fits.
    let vmax = model.bars.iter().map(end_of).fold(0.0f64, f64::max);
    let floor = if vmax > 0.0 {
        0.2 * f64::from(width) / vmax
    } else {
        1.0
    };
    let mut k = f64::INFINITY;
    for (_, bars, pieces) in &labels {
        let end = bars
            .iter()
            .map(|&i| end_of(&model.bars[i]))
            .fold(0.0f64, f64::max);
        let marked = bars
            .iter()
            .any(|&i| model.bars[i].qualifier != Qualifier::Exact);
        let need = gap + if marked { marker_room } else { 0.0 } + pieces_width(pieces);
        if end > 0.0 {
            k = k.min(f64::from(width - need) / end);
        }
    }
    if !k.is_finite() {
        k = if vmax > 0.0 {
            f64::from(width) / vmax
        } else {
            1.0
        };
    }
    let k = k.max(floor);
    let x_of = |v: f64| plot_left + (v.max(0.0) * k) as f32;

    let top = rect.top() + header;
    let plot = Rect::from_min_max(
        pos2(plot_left, top),
        pos2(plot_right, top + row_h * rows.len() as f32),
    );
    let mut layout = RowsLayout {
        plot,
        used: Rect::from_min_max(rect.min, pos2(rect.right(), plot.bottom() + footer)),
        names: Vec::new(),
        labels: Vec::new(),
        swatches: Vec::new(),
        ticks: Vec::new(),
        axis_names: Vec::new(),
        bars: Vec::new(),
        empty: Vec::new(),
        marks: BTreeSet::new(),
        missing: Vec::new(),
    };
    layout.axis_names.push(Placed {
        rect: Rect::from_min_size(
            pos2(
                plot_left - 8.0 - measure(&provinces_name, tick_size).x,
                rect.top(),
            ),
            measure(&provinces_name, tick_size),
        ),
        text: provinces_name,
        size: tick_size,
        weak: true,
    });
    let thickness = (row_h * 0.78 / per_row as f32).min(ty.body * 1.2);
    let mut label_rows: Vec<Rect> = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let band = Rect::from_min_max(
            pos2(rect.left(), top + row_h * r as f32),
            pos2(plot_right, top + row_h * (r + 1) as f32),
        );
        label_rows.push(band);
        let name_box = measure(&row.name, name_size);
        layout.names.push(Placed {
            text: row.name.clone(),
            rect: Rect::from_min_size(
                pos2(
                    plot_left - 8.0 - name_box.x,
                    band.center().y - name_box.y / 2.0,
                ),
                name_box,
            ),
            size: name_size,
            weak: false,
        });
        if row.bars.is_empty() {
            let hollow = Rect::from_center_size(
                pos2(plot_left + thickness * 0.6 + 1.0, band.center().y),
                vec2(thickness * 1.2, thickness),
            );
            layout.empty.push(hollow);
            let text = lang.tr(T::NoDataShort).to_owned();
            let size = measure(&text, year_size);
            layout.labels.push(Placed {
                rect: Rect::from_min_size(
                    pos2(hollow.right() + gap, band.center().y - size.y / 2.0),
                    size,
                ),
                text,
                size: year_size,
                weak: true,
            });
            continue;
        }
        let block = thickness * row.bars.len() as f32;
        for (j, &i) in row.bars.iter().enumerate() {
            let bar = &model.bars[i];
            let y0 = band.center().y - block / 2.0 + thickness * j as f32;
            let right = x_of(bar.value).max(plot_left + 1.0);
            let rect =
                Rect::from_min_max(pos2(plot_left, y0 + 0.5), pos2(right, y0 + thickness - 0.5));
            let whisker = bar.value_max.map(|max| (right, x_of(max)));
            let end_x = whisker.map_or(right, |(_, to)| to);
            let marker = Mark::qualifier(bar.qualifier)
                .map(|m| (m, pos2(end_x + marker_room / 2.0 + 1.0, rect.center().y)));
            layout.bars.push(PlacedBar {
                bar: i,
                rect,
                fill: bar_fill(bar),
                whisker,
                marker,
                row: Rect::from_min_max(pos2(rect.left(), y0), pos2(plot_right, y0 + thickness)),
            });
        }
    }
    // The labels, after the bar (or the row's longest bar) they follow.
    for (r, bars, pieces) in labels {
        let placed: Vec<&PlacedBar> = layout
            .bars
            .iter()
            .filter(|p| bars.contains(&p.bar))
            .collect();
        let end = placed
            .iter()
            .map(|p| {
                let end = p.whisker.map_or(p.rect.right(), |(_, to)| to);
                if p.marker.is_some() {
                    end + marker_room
                } else {
                    end
                }
            })
            .fold(plot_left, f32::max);
        let y = if bars.len() == 1 {
            placed
                .first()
                .map_or(label_rows[r].center().y, |p| p.rect.center().y)
        } else {
            label_rows[r].center().y
        };
        let total = pieces_width(&pieces);
        // A label that would pass the plot's edge stands inside it.
        let mut x = (end + gap).min(plot_right - total).max(plot_left + 2.0);
        for piece in pieces {
            if let Some(colour) = piece.swatch {
                let square =
                    Rect::from_center_size(pos2(x + swatch / 2.0, y), vec2(swatch, swatch));
                layout.swatches.push((square, colour));
                x += swatch + 2.0;
            }
            let size = measure(&piece.text, piece.size);
            layout.labels.push(Placed {
                rect: Rect::from_min_size(pos2(x, y - size.y / 2.0), size),
                text: piece.text,
                size: piece.size,
                weak: piece.weak,
            });
            x += size.x + 5.0;
        }
    }
    // Ticks: at most eight, never closer than their numbers are wide.
    let top_value = f64::from(width) / k;
    let mut most = 8;
    let mut ticks = nice_ticks(top_value, most);
    loop {
        let widest = ticks
            .iter()
            .map(|&v| measure(&axis_number(v, model.key.kind, lang), tick_size).x)
            .fold(0.0f32, f32::max);
        let spacing = ticks
            .get(1)
            .map_or(f32::INFINITY, |&step| (step * k) as f32);
        if spacing >= widest + 10.0 || most <= 2 {
            break;
        }
        most -= 1;
        ticks = nice_ticks(top_value, most);
    }
    for v in ticks {
        let x = x_of(v);
        let text = axis_number(v, model.key.kind, lang);
        let size = measure(&text, tick_size);
        let left = (x - size.x / 2.0)
            .min(rect.right() - size.x)
            .max(plot_left - size.x / 2.0);
        layout.ticks.push((
            x,
            Placed {
                rect: Rect::from_min_size(pos2(left, plot.bottom() + 3.0), size),
                text,
                size: tick_size,
                weak: true,
            },
        ));
    }
    let unit = unit_label(model.key, lang);
    let unit_box = measure(&unit, tick_size);
    layout.axis_names.push(Placed {
        rect: Rect::from_min_size(
            pos2(
                plot.center().x - unit_box.x / 2.0,
                plot.bottom() + line(tick_size) + 5.0,
            ),
            unit_box,
        ),
        text: unit,
        size: tick_size,
        weak: true,
    });
    layout.marks = marks_of(model, options);
    layout.missing = if options.empty_rows {
        Vec::new()
    } else {
        missing_names(model)
    };
    layout
}

/// A bar's colour: its side's, lighter when converted from the other period
/// or when it is one place's figure.
pub fn bar_fill(bar: &ChartBar) -> Color32 {
    color(Paint::area(bar.area).faded(bar.converted || !bar.place.is_empty()))
}

/// Paint a laid-out chart of rows.
pub fn paint_rows(painter: &egui::Painter, layout: &RowsLayout, visuals: &egui::Visuals) {
    let text = visuals.text_color();
    let weak = text.gamma_multiply(0.75);
    let grid = visuals.widgets.noninteractive.bg_stroke.color;
    for (x, _) in &layout.ticks {
        painter.line_segment(
            [pos2(*x, layout.plot.top()), pos2(*x, layout.plot.bottom())],
            Stroke::new(1.0, grid),
        );
    }
    painter.line_segment(
        [layout.plot.left_top(), layout.plot.left_bottom()],
        Stroke::new(1.0, weak),
    );
    for placed in &layout.bars {
        painter.rect_filled(placed.rect, 1.0, placed.fill);
        if let Some((from, to)) = placed.whisker {
            let y = placed.rect.center().y;
            let half = (placed.rect.height() * 0.35).max(2.0);
            painter.line_segment([pos2(from, y), pos2(to, y)], Stroke::new(1.5, text));
            painter.line_segment(
                [pos2(to, y - half), pos2(to, y + half)],
                Stroke::new(1.5, text),
            );
        }
        if let Some((mark, at)) = placed.marker {
            let r = (placed.rect.height() * 0.45).clamp(3.0, 6.0);
            marker_shape(painter, mark, at, r, text);
        }
    }
    for hollow in &layout.empty {
        painter.rect_stroke(
            hollow.shrink(0.5),
            1.0,
            Stroke::new(1.0, weak),
            egui::StrokeKind::Inside,
        );
    }
    for (square, colour) in &layout.swatches {
        painter.rect_filled(*square, 1.0, *colour);
    }
    let texts = layout
        .names
        .iter()
        .chain(&layout.labels)
        .chain(layout.ticks.iter().map(|(_, p)| p))
        .chain(&layout.axis_names);
    for placed in texts {
        painter.text(
            placed.rect.left_top(),
            egui::Align2::LEFT_TOP,
            &placed.text,
            egui::FontId::proportional(placed.size),
            if placed.weak { weak } else { text },
        );
    }
}

/// ▶ at least, ◀ at most, ◇ about, centred on `at`.
pub(super) fn marker_shape(painter: &egui::Painter, mark: Mark, at: Pos2, r: f32, colour: Color32) {
    let points = match mark {
        Mark::AtLeast => vec![
            at + vec2(-r * 0.8, -r),
            at + vec2(r, 0.0),
            at + vec2(-r * 0.8, r),
        ],
        Mark::AtMost => vec![
            at + vec2(r * 0.8, -r),
            at + vec2(-r, 0.0),
            at + vec2(r * 0.8, r),
        ],
        Mark::About => vec![
            at + vec2(0.0, -r),
            at + vec2(r, 0.0),
            at + vec2(0.0, r),
            at + vec2(-r, 0.0),
        ],
        _ => return,
    };
    let fill = if mark == Mark::About {
        Color32::TRANSPARENT
    } else {
        colour
    };
    painter.add(egui::Shape::convex_polygon(
        points,
        fill,
        Stroke::new(1.2, colour),
    ));
}

/// Draw the bars of `model` as rows, `height` points tall; returns the
/// index of a bar the user clicked (when `interactive`).
pub fn rows_ui(
    ui: &mut egui::Ui,
    model: &ChartModel,
    options: RowOptions,
    lang: Lang,
    ty: TypeSizes,
    height: f32,
    interactive: bool,
) -> Option<usize> {
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    let layout = {
        let measure = measure_of(ui);
        layout_rows(model, options, lang, ty, rect, &measure)
    };
    paint_rows(ui.painter(), &layout, ui.visuals());
    if !interactive {
        return None;
    }
    let mut clicked = None;
    for placed in &layout.bars {
        let Some(bar) = model.bars.get(placed.bar) else {
            continue;
        };
        let id = ui.scope_id().with(("bar", model.key.code(), placed.bar));
        let response = ui.interact(placed.row, id, Sense::click());
        let name = format!("{} {}", bar.name, bar.label);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
        if response.hovered() {
            ui.painter().rect_stroke(
                placed.rect.expand(1.0),
                1.0,
                Stroke::new(1.5, ui.visuals().strong_text_color()),
                egui::StrokeKind::Outside,
            );
        }
        let mut hover = bar.hover.clone();
        for (label, y) in &bar.others {
            hover.push_str(&format!(
                "\n  {}: {}{}",
                lang.tr(T::OtherFigures),
                label,
                y.map(|y| format!(" ({y})")).unwrap_or_default()
            ));
        }
        if response.on_hover_text(hover).clicked() {
            clicked = Some(placed.bar);
        }
    }
    clicked
}

/// The height rows of `model` take at a comfortable size (for the
/// dashboard, which scrolls when they do not fit).
pub fn comfortable_height(model: &ChartModel, options: RowOptions, ty: TypeSizes) -> f32 {
    let (rows, per_row) = row_count(model, options);
    rows.max(1) as f32 * comfortable_row(per_row, ty) + rows_overhead(ty)
}
