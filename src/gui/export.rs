//! Everything the dashboard writes to disk: one offscreen render + PNG encode
//! used by every picture (a chart, the small multiples, the map, and the
//! `chart` command), the footnote baked into them, the suggested file names
//! and the folder a bare name is saved in, and figures as CSV or JSON Lines.
//! All of it runs on worker threads; nothing here draws the window.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::Color32;

use super::chart::{self, ChartModel};
use super::i18n::{Lang, T};
use super::settings::Settings;
use super::views::Data;
use crate::aggregate::MeasureKey;
use crate::measure::Found;
use crate::present::ViewId;
use crate::present::gap::{GapModel, GapSort};
use crate::present::trend::TrendModel;

/// What is being saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Chart(MeasureKey),
    /// The bars of the compare view's chart as CSV, one row a bar.
    ChartData(MeasureKey),
    Overview,
    Map(MeasureKey),
    /// The picture a view draws of one measure (its `View::scene`).
    Picture(ViewId, MeasureKey),
    /// The figures a view draws of one measure, as CSV (`present::data`).
    Data(ViewId, MeasureKey),
    Csv,
    Json,
    /// The folder's corrections and exclusions, as a corrections file.
    Corrections,
}

impl Target {
    /// The file type for a save dialog: (label, extension).
    pub fn filter(self) -> (&'static str, &'static str) {
        match self {
            Self::Csv | Self::ChartData(_) | Self::Data(..) => ("CSV", "csv"),
            Self::Json | Self::Corrections => ("JSON Lines", "jsonl"),
            Self::Chart(_) | Self::Overview | Self::Map(_) | Self::Picture(..) => ("PNG", "png"),
        }
    }

    /// `minsheng_低保_每人金额_每月_2026-11-22.png` and the like.
    pub fn suggested_name(self, lang: Lang) -> String {
        let date = today();
        match self {
            Self::Chart(key) | Self::ChartData(key) => {
                let mut parts = vec![lang.category(key.category), lang.kind(key.kind)];
                let period = lang.period(key.period);
                if !period.is_empty() {
                    parts.push(period);
                }
                let name = parts.join("_").replace([' ', '/'], "-");
                match self {
                    Self::ChartData(_) => format!("minsheng_{name}_{date}.csv"),
                    _ => format!("minsheng_{name}_{date}.png"),
                }
            }
            Self::Picture(view, key) | Self::Data(view, key) => {
                let name = Self::Chart(key).suggested_name(lang);
                let code = view.info().code.unwrap_or("view");
                let name = name.replacen("minsheng_", &format!("minsheng_{code}_"), 1);
                match self {
                    Self::Data(..) => name.replace(".png", ".csv"),
                    _ => name,
                }
            }
            Self::Map(_) => format!("minsheng_map_{date}.png"),
            Self::Overview => format!("minsheng_overview_{date}.png"),
            Self::Json => format!("minsheng_{date}.jsonl"),
            Self::Corrections => format!("minsheng_corrections_{date}.jsonl"),
            Self::Csv => format!("minsheng_{date}.csv"),
        }
    }

    /// Where a file is saved when the user gives a bare name: pictures go to
    /// the user's pictures folder, figures to their documents folder.
    pub fn default_folder(self) -> PathBuf {
        let dirs = directories::UserDirs::new();
        let picked = dirs.as_ref().and_then(|d| match self {
            Self::Csv | Self::Json | Self::Corrections | Self::ChartData(_) | Self::Data(..) => {
                d.document_dir()
            }
            Self::Chart(_) | Self::Overview | Self::Map(_) | Self::Picture(..) => d.picture_dir(),
        });
        match (picked, &dirs) {
            (Some(dir), _) => dir.to_path_buf(),
            (None, Some(d)) => d.home_dir().to_path_buf(),
            (None, None) => std::env::temp_dir(),
        }
    }

    /// A typed path: relative ones are taken inside [`Self::default_folder`].
    pub fn resolve(self, typed: &str) -> PathBuf {
        let path = PathBuf::from(typed.trim());
        if path.is_absolute() {
            path
        } else {
            self.default_folder().join(path)
        }
    }
}

/// Today's date in the user's time zone, `2026-11-22` (not UTC: in Beijing
/// a chart saved at 7 in the morning is dated that day).
pub fn today() -> String {
    date_in(jiff::Timestamp::now(), &jiff::tz::TimeZone::system())
}

/// The date of `now` in `zone`.
pub fn date_in(now: jiff::Timestamp, zone: &jiff::tz::TimeZone) -> String {
    now.to_zoned(zone.clone()).date().to_string()
}

/// The footnote of an exported chart: `数据来源: corpus · 98 篇文档 · 民生对比
/// Minsheng · 2026-11-22`: the folder's name, never its full path.
pub fn footnote(lang: Lang, documents: usize, source: Option<&str>) -> String {
    let source = source.map(|s| format!("{s} · ")).unwrap_or_default();
    format!(
        "{}: {source}{documents} {} · 民生对比 Minsheng · {}",
        lang.tr(T::DataSource),
        lang.tr(T::DocumentsUnit),
        today()
    )
}

/// What a footnote names as the source: the names of the folders or files
/// read (`corpus`, not `/home/me/data/corpus`), or the sample corpus.
pub fn source_name(lang: Lang, paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return lang.tr(T::SampleCorpus).to_owned();
    }
    paths
        .iter()
        .map(|p| {
            p.components()
                .rev()
                .find_map(|c| match c {
                    std::path::Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
                    _ => None,
                })
                .unwrap_or_else(|| p.display().to_string())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The page a picture is drawn on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Canvas {
    /// Size in points; the image is `size × scale` pixels.
    pub size: egui::Vec2,
    /// Pixels per point: 1, 2 or 3.
    pub scale: f32,
    /// A white background (else the theme's own).
    pub white: bool,
    /// The dark theme (ignored on white).
    pub dark: bool,
}

/// What a picture shows.
#[derive(Clone, Debug)]
pub enum Scene {
    Chart(ChartModel, chart::RowOptions),
    Multiples(Vec<ChartModel>),
    Map(ChartModel),
    Trend(TrendModel),
    Gap(GapModel, GapSort),
    Changes(crate::present::change::ChangeModel),
}

/// A picture export, self-contained so it can run on a worker thread.
pub struct ExportJob {
    pub scene: Scene,
    pub lang: Lang,
    pub footnote: String,
    pub canvas: Canvas,
}

impl ExportJob {
    /// Render the picture.
    pub fn render(&self) -> Result<image::RgbaImage, String> {
        let (lang, footnote) = (self.lang, self.footnote.as_str());
        let mut canvas = self.canvas;
        if let Scene::Multiples(models) = &self.scene {
            // Never cut a panel: the page grows to hold every row of them.
            let needed = super::views::overview::export_size(models);
            canvas.size.y = canvas.size.y.max(needed.y);
        }
        if let Scene::Changes(model) = &self.scene {
            // Nor a row of changes.
            canvas.size.y = canvas
                .size
                .y
                .max(super::views::change::export_height(model));
        }
        render(canvas, |ui| match &self.scene {
            Scene::Chart(model, rows) => chart::export_scene_ui(ui, model, *rows, lang, footnote),
            Scene::Multiples(models) => {
                super::views::overview::multiples_scene_ui(ui, models, lang, footnote);
            }
            Scene::Map(model) => super::views::map::export_scene_ui(ui, model, lang, footnote),
            Scene::Trend(model) => super::views::trend::export_scene_ui(ui, model, lang, footnote),
            Scene::Gap(model, sort) => {
                super::views::gap::export_scene_ui(ui, model, *sort, lang, footnote);
            }
            Scene::Changes(model) => {
                super::views::change::export_scene_ui(ui, model, lang, footnote);
            }
        })
    }

    /// Render, encode and write the PNG atomically.
    pub fn write(&self, path: &Path) -> Result<(), String> {
        let image = self.render()?;
        let png = super::offscreen::encode_png(&image, 96.0 * self.canvas.scale)?;
        crate::export::write_atomically(path, |out| out.write_all(&png)).map_err(|e| e.to_string())
    }
}

/// Draw `scene` offscreen on `canvas`, with the app's fonts: the one render
/// behind every exported picture.
pub fn render(
    canvas: Canvas,
    scene: impl FnMut(&mut egui::Ui),
) -> Result<image::RgbaImage, String> {
    let renderer = super::offscreen::Offscreen::new().map_err(|e| e.to_string())?;
    renderer
        .render(
            canvas.size,
            canvas.scale,
            |ctx| {
                super::install_fonts(ctx);
                ctx.set_theme(if canvas.dark && !canvas.white {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
                if canvas.white {
                    ctx.global_style_mut(|style| {
                        style.visuals.panel_fill = Color32::WHITE;
                        style.visuals.window_fill = Color32::WHITE;
                        style.visuals.extreme_bg_color = Color32::WHITE;
                    });
                }
            },
            scene,
        )
        .map_err(|e| e.to_string())
}

/// Write figures as CSV (UTF-8 with a BOM) or JSON Lines, atomically.
pub fn write_figures(
    path: &Path,
    measures: &[Found],
    documents: &[crate::corpus::Document],
    json: bool,
) -> Result<(), String> {
    crate::export::write_atomically(path, |out| {
        if json {
            crate::export::write_jsonl(out, measures)
        } else {
            crate::export::write_csv(out, measures, documents)
        }
    })
    .map_err(|e| e.to_string())
}

/// `已保存 chart.png · 位于 /home/me/Pictures`, or why it failed.
pub fn saved_message(lang: Lang, result: &Result<PathBuf, String>) -> String {
    match result {
        Ok(path) => {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let folder = path.parent().map(|p| p.display().to_string());
            format!(
                "{} {} · {} {}",
                lang.tr(T::Saved),
                name.unwrap_or_default(),
                lang.tr(T::InFolder),
                folder.unwrap_or_default()
            )
        }
        Err(err) => format!("{}: {err}", lang.tr(T::SaveFailed)),
    }
}

/// The footnote of the analysis shown.
pub fn footnote_of(data: &Data, lang: Lang) -> String {
    let source = source_name(lang, &data.source);
    footnote(lang, data.analysis.documents.len(), Some(&source))
}

/// The work of saving `target` to `path`, ready to run on a worker thread:
/// what to draw or write is taken now, from the analysis and selection shown.
pub fn save_work(
    data: &Data,
    settings: &Settings,
    target: Target,
    path: PathBuf,
    scene: Option<(Scene, egui::Vec2)>,
) -> impl FnOnce() -> Result<PathBuf, String> + Send + 'static {
    let analysis = Arc::clone(&data.analysis);
    let selection = super::views::ordered(&settings.selected);
    let lang = settings.lang;
    let canvas = |size: egui::Vec2| Canvas {
        size,
        scale: f32::from(settings.export_scale.clamp(1, 3)),
        white: settings.export_white,
        dark: settings.dark,
    };
    let picture = |scene: Scene, size: egui::Vec2| ExportJob {
        scene,
        lang,
        footnote: footnote_of(data, lang),
        canvas: canvas(size),
    };
    let job = match target {
        Target::Chart(key) => Some(picture(
            Scene::Chart(
                ChartModel::build_with(&analysis, key, &selection, lang, &settings.choice()),
                chart::RowOptions::default(),
            ),
            egui::vec2(960.0, 600.0),
        )),
        Target::Overview => {
            let excluded = settings.excluded_here();
            let models =
                super::views::overview::models(&analysis, &data.keys, &selection, lang, &excluded);
            let size = super::views::overview::export_size(&models);
            Some(picture(Scene::Multiples(models), size))
        }
        Target::Map(key) => Some(picture(
            Scene::Map(super::views::map::map_model(
                &analysis,
                key,
                lang,
                &settings.excluded_here(),
            )),
            egui::vec2(900.0, 760.0),
        )),
        Target::Picture(..) => scene.map(|(scene, size)| picture(scene, size)),
        Target::Csv
        | Target::Json
        | Target::Corrections
        | Target::ChartData(_)
        | Target::Data(..) => None,
    };
    // The figures of a view, drawn now from the store, written on the worker.
    let view_data = match target {
        Target::Data(view, key) => {
            let mut csv = Vec::new();
            let written = crate::present::data::write_view(
                &mut csv,
                view,
                &crate::present::data::Request {
                    analysis: &analysis,
                    store: Some((&data.store, data.generation)),
                    key,
                    provinces: &selection,
                    lang,
                    choice: &settings.choice(),
                },
            );
            Some(written.map(|()| csv).map_err(|e| e.to_string()))
        }
        _ => None,
    };
    let excluded = settings.excluded_here();
    let corrections = (target == Target::Corrections).then(|| {
        crate::corrections::file_of(&data.uncorrected, &settings.corrections_here(), &excluded)
    });
    let chart_data = match target {
        Target::ChartData(key) => Some(ChartModel::build_with(
            &analysis,
            key,
            &selection,
            lang,
            &settings.choice(),
        )),
        _ => None,
    };
    move || {
        if let Some(text) = corrections {
            return crate::export::write_atomically(&path, |out| out.write_all(text.as_bytes()))
                .map(|()| path)
                .map_err(|e| e.to_string());
        }
        if let Some(csv) = view_data {
            let written = csv.and_then(|bytes| {
                crate::export::write_atomically(&path, |out| out.write_all(&bytes))
                    .map_err(|e| e.to_string())
            });
            return written.map(|()| path);
        }
        if matches!(target, Target::Picture(..)) && job.is_none() {
            return Err("this view draws no picture".to_owned());
        }
        let written = match (job, chart_data) {
            (Some(job), _) => job.write(&path),
            (None, Some(model)) => crate::export::write_atomically(&path, |out| {
                crate::present::data::write_bars(out, &model, lang)
            })
            .map_err(|e| e.to_string()),
            (None, None) => {
                // Filtering 10⁵ measures and writing them is slow: here, off the UI thread.
                let measures: Vec<Found> =
                    crate::export::figures_in_view(&analysis.measures, &selection, &excluded);
                let json = target == Target::Json;
                write_figures(&path, &measures, &analysis.documents, json)
            }
        };
        written.map(|()| path)
    }
}
