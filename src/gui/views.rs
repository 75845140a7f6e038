//! The views beyond the comparison: the coverage matrix, the China tile map
//! and what each province talks about. Each draws from the analysis and
//! returns what the user asked for; the app turns that into commands.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use egui::{Color32, Pos2, Rect, RichText, Sense, Stroke, vec2};

use super::chart::{self, ChartModel};
use super::i18n::{Lang, T};
use crate::aggregate::{self, MeasureKey};
use crate::analysis::Analysis;
use crate::measure::PROVINCES;

/// What a click in one of these views asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Pick {
    /// Compare this province on this measure.
    Cell { province: String, key: MeasureKey },
    /// The evidence behind a province's figure on the map.
    Province {
        province: String,
        key: MeasureKey,
        mentions: Vec<usize>,
    },
    /// Show where a term occurs.
    Term(String),
}

/// The coverage matrix: provinces × measures, coloured by evidence.
pub fn coverage_ui(
    ui: &mut egui::Ui,
    cells: &BTreeMap<(String, MeasureKey), aggregate::Evidence>,
    keys: &[MeasureKey],
    provinces: &[&'static str],
    lang: Lang,
) -> Option<Pick> {
    let max = cells.values().map(|e| e.mentions).max().unwrap_or(1).max(1);
    let mut pick = None;
    ui.label(RichText::new(lang.tr(T::CoverageHelp)).weak());
    egui::ScrollArea::both().show(ui, |ui| {
        egui::Grid::new("coverage")
            .spacing([2.0, 2.0])
            .show(ui, |ui| {
                ui.label("");
                for key in keys {
                    let title = chart::measure_title(*key, lang);
                    ui.add_sized(
                        [88.0, 54.0],
                        egui::Label::new(RichText::new(title).small()).wrap(),
                    );
                }
                ui.end_row();
                for province in provinces {
                    ui.label(*province);
                    for key in keys {
                        let cell = cells.get(&((*province).to_owned(), *key));
                        let (rect, response) =
                            ui.allocate_exact_size(vec2(88.0, 26.0), Sense::click());
                        let name = format!("{province} · {}", chart::measure_title(*key, lang));
                        response.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone())
                        });
                        let painter = ui.painter();
                        match cell {
                            Some(e) => {
                                let strength =
                                    0.25 + 0.75 * (e.mentions as f32 / max as f32).sqrt();
                                let fill = evidence_color(strength);
                                painter.rect_filled(rect, 3.0, fill);
                                let text_color = if strength > 0.6 {
                                    Color32::WHITE
                                } else {
                                    Color32::BLACK
                                };
                                painter.text(
                                    rect.center(),
                                    egui::Align2::CENTER_CENTER,
                                    format!("{} · {}", e.figures, e.documents),
                                    egui::FontId::proportional(12.0),
                                    text_color,
                                );
                                let response = response.on_hover_text(format!(
                                    "{province} · {}\n{} {} · {} {} · {} {}",
                                    chart::measure_title(*key, lang),
                                    e.figures,
                                    lang.tr(T::FiguresWord),
                                    e.mentions,
                                    lang.tr(T::Sources),
                                    e.documents,
                                    lang.tr(T::Documents)
                                ));
                                if response.clicked() {
                                    pick = Some(Pick::Cell {
                                        province: (*province).to_owned(),
                                        key: *key,
                                    });
                                }
                            }
                            None => {
                                // No evidence is not zero: an empty, dashed cell.
                                painter.rect_stroke(
                                    rect.shrink(1.0),
                                    3.0,
                                    Stroke::new(1.0, ui.visuals().weak_text_color()),
                                    egui::StrokeKind::Inside,
                                );
                                painter.text(
                                    rect.center(),
                                    egui::Align2::CENTER_CENTER,
                                    "—",
                                    egui::FontId::proportional(12.0),
                                    ui.visuals().weak_text_color(),
                                );
                            }
                        }
                    }
                    ui.end_row();
                }
            });
    });
    pick
}

fn evidence_color(strength: f32) -> Color32 {
    let light = [0xde, 0xeb, 0xf7];
    let dark = [0x08, 0x45, 0x94];
    let mix =
        |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * strength).round() as u8;
    Color32::from_rgb(
        mix(light[0], dark[0]),
        mix(light[1], dark[1]),
        mix(light[2], dark[2]),
    )
}

const TILEMAP_TSV: &str = include_str!("../../assets/tilemap.tsv");

/// Province → (row, column) of the tile map.
pub static TILES: LazyLock<BTreeMap<&'static str, (usize, usize)>> = LazyLock::new(|| {
    TILEMAP_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            let name = f.next()?;
            let row = f.next()?.trim().parse().ok()?;
            let col = f.next()?.trim().parse().ok()?;
            Some((name, (row, col)))
        })
        .collect()
});

/// What the map shows: every province's figure for one measure.
pub fn map_model(analysis: &Analysis, key: MeasureKey, lang: Lang) -> ChartModel {
    let all: Vec<String> = PROVINCES.iter().map(|p| (*p).to_owned()).collect();
    ChartModel::build(analysis, key, &all, lang)
}

/// Draw the tile map; returns a province the user clicked.
pub fn map_ui(
    ui: &mut egui::Ui,
    model: &ChartModel,
    lang: Lang,
    interactive: bool,
) -> Option<Pick> {
    let rows = TILES.values().map(|(r, _)| *r).max().unwrap_or(0) + 1;
    let cols = TILES.values().map(|(_, c)| *c).max().unwrap_or(0) + 1;
    let legend_width = 150.0;
    let available = ui.available_size();
    let tile = ((available.x - legend_width) / cols as f32)
        .min((available.y - 10.0) / rows as f32)
        .clamp(28.0, 90.0);
    let (rect, _) = ui.allocate_exact_size(
        vec2(tile * cols as f32 + legend_width, tile * rows as f32),
        Sense::hover(),
    );
    let max = model.bars.iter().map(|b| b.value).fold(0.0f64, f64::max);
    let min = model
        .bars
        .iter()
        .map(|b| b.value)
        .fold(f64::INFINITY, f64::min);
    let strength = |v: f64| {
        if max > min {
            ((v - min) / (max - min)) as f32
        } else {
            1.0
        }
    };
    let text_color = ui.visuals().text_color();
    let mut pick = None;
    for (province, (row, col)) in TILES.iter() {
        let min_corner = rect.min + vec2(*col as f32 * tile, *row as f32 * tile);
        let cell = Rect::from_min_size(min_corner, vec2(tile, tile)).shrink(2.0);
        let response = ui.interact(
            cell,
            ui.scope_id().with(("tile", province)),
            if interactive {
                Sense::click()
            } else {
                Sense::hover()
            },
        );
        let bar = model.bars.iter().find(|b| b.province == *province);
        let name = match bar {
            Some(bar) => format!("{province}: {}", bar.label),
            None => format!("{province}: {}", lang.tr(T::NoDataShort)),
        };
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, interactive, name.clone())
        });
        let painter = ui.painter();
        match bar {
            Some(bar) => {
                let s = 0.2 + 0.8 * strength(bar.value);
                painter.rect_filled(cell, 4.0, map_color(s));
                let fg = if s > 0.55 {
                    Color32::WHITE
                } else {
                    Color32::BLACK
                };
                painter.text(
                    cell.center() - vec2(0.0, tile * 0.14),
                    egui::Align2::CENTER_CENTER,
                    *province,
                    egui::FontId::proportional((tile * 0.2).clamp(9.0, 15.0)),
                    fg,
                );
                painter.text(
                    cell.center() + vec2(0.0, tile * 0.18),
                    egui::Align2::CENTER_CENTER,
                    aggregate::human_number(bar.value),
                    egui::FontId::proportional((tile * 0.16).clamp(8.0, 13.0)),
                    fg,
                );
                if interactive {
                    let hover = format!(
                        "{}: {} · {} {}",
                        province,
                        bar.label,
                        bar.mentions.len(),
                        lang.tr(T::Sources)
                    );
                    let response = response.on_hover_text(hover);
                    if response.clicked() {
                        pick = Some(Pick::Province {
                            province: (*province).to_owned(),
                            key: model.key,
                            mentions: bar.mentions.clone(),
                        });
                    }
                }
            }
            None => {
                // No data: drawn hollow.
                painter.rect_stroke(
                    cell,
                    4.0,
                    Stroke::new(1.0, ui.visuals().weak_text_color()),
                    egui::StrokeKind::Inside,
                );
                painter.text(
                    cell.center(),
                    egui::Align2::CENTER_CENTER,
                    *province,
                    egui::FontId::proportional((tile * 0.2).clamp(9.0, 15.0)),
                    ui.visuals().weak_text_color(),
                );
            }
        }
    }
    // Legend: the colour scale from the smallest to the largest value.
    let legend = Rect::from_min_size(
        Pos2::new(rect.min.x + tile * cols as f32 + 20.0, rect.min.y + 10.0),
        vec2(24.0, tile * 3.0),
    );
    let painter = ui.painter();
    let steps = 20;
    for i in 0..steps {
        let t = i as f32 / (steps - 1) as f32;
        let y = legend.max.y - t * legend.height();
        painter.rect_filled(
            Rect::from_min_max(
                Pos2::new(legend.min.x, y - legend.height() / steps as f32 - 1.0),
                Pos2::new(legend.max.x, y),
            ),
            0.0,
            map_color(0.2 + 0.8 * t),
        );
    }
    if max.is_finite() && max > 0.0 {
        let unit = chart::unit_label(model.key);
        painter.text(
            legend.right_top() + vec2(6.0, 0.0),
            egui::Align2::LEFT_TOP,
            format!("{}{unit}", aggregate::human_number(max)),
            egui::FontId::proportional(12.0),
            text_color,
        );
        painter.text(
            legend.right_bottom() + vec2(6.0, 0.0),
            egui::Align2::LEFT_BOTTOM,
            format!("{}{unit}", aggregate::human_number(min)),
            egui::FontId::proportional(12.0),
            text_color,
        );
    }
    let hollow = Rect::from_min_size(legend.left_bottom() + vec2(0.0, 16.0), vec2(24.0, 16.0));
    painter.rect_stroke(
        hollow,
        3.0,
        Stroke::new(1.0, ui.visuals().weak_text_color()),
        egui::StrokeKind::Inside,
    );
    painter.text(
        hollow.right_center() + vec2(6.0, 0.0),
        egui::Align2::LEFT_CENTER,
        lang.tr(T::NoDataShort),
        egui::FontId::proportional(12.0),
        text_color,
    );
    pick
}

fn map_color(strength: f32) -> Color32 {
    let light = [0xfe, 0xe8, 0xc8];
    let dark = [0xb3, 0x00, 0x00];
    let mix = |a: u8, b: u8| {
        (f32::from(a) + (f32::from(b) - f32::from(a)) * strength.clamp(0.0, 1.0)).round() as u8
    };
    Color32::from_rgb(
        mix(light[0], dark[0]),
        mix(light[1], dark[1]),
        mix(light[2], dark[2]),
    )
}

/// The map as exported: title, map and footnote.
pub fn map_export_ui(ui: &mut egui::Ui, model: &ChartModel, lang: Lang, footnote: &str) {
    ui.label(RichText::new(&model.title).size(20.0).strong());
    let mut inner = ui.available_size();
    inner.y -= 24.0;
    ui.allocate_ui(inner, |ui| {
        map_ui(ui, model, lang, false);
    });
    ui.label(RichText::new(footnote).small().weak());
}

/// Top terms of the selected provinces side by side; returns a clicked term.
pub fn terms_ui(
    ui: &mut egui::Ui,
    terms: &BTreeMap<String, Vec<crate::terms::Term>>,
    provinces: &[String],
    lang: Lang,
) -> Option<Pick> {
    let mut pick = None;
    let shown: Vec<&String> = provinces
        .iter()
        .filter(|p| terms.contains_key(*p))
        .collect();
    if shown.is_empty() {
        ui.label(lang.tr(T::NoData));
        return None;
    }
    egui::ScrollArea::horizontal()
        .id_salt("terms_scroll")
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for (i, province) in shown.iter().enumerate() {
                    let list = &terms[*province];
                    let max = list
                        .first()
                        .map_or(1.0, |t| t.weight)
                        .max(f64::MIN_POSITIVE);
                    let color = chart::province_color(
                        provinces.iter().position(|p| p == *province).unwrap_or(i),
                    );
                    ui.vertical(|ui| {
                        ui.set_width(170.0);
                        ui.label(RichText::new(province.as_str()).strong().color(color));
                        for term in list {
                            ui.horizontal(|ui| {
                                let response = ui.add_sized(
                                    [70.0, 18.0],
                                    egui::Button::new(term.word.as_str()).small(),
                                );
                                if response.clicked() {
                                    pick = Some(Pick::Term(term.word.clone()));
                                }
                                let (rect, _) =
                                    ui.allocate_exact_size(vec2(80.0, 12.0), Sense::hover());
                                let width = rect.width() * (term.weight / max) as f32;
                                ui.painter().rect_filled(
                                    Rect::from_min_size(rect.min, vec2(width, rect.height())),
                                    2.0,
                                    color,
                                );
                            });
                        }
                    });
                    ui.separator();
                }
            });
        });
    pick
}
