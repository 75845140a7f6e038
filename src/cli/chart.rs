//! `minsheng chart`: the dashboard's chart, drawn offscreen to a PNG file by
//! the same export the app uses (`minsheng::gui::export`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use minsheng::aggregate::{self, MeasureKey};
use minsheng::analysis::Options;
use minsheng::gui::chart::ChartModel;
use minsheng::gui::export::{self, Canvas, ExportJob, Scene};
use minsheng::gui::i18n::Lang;

#[derive(Args, Debug, Clone)]
pub struct ChartArgs {
    /// Folders or files to read (the embedded seeds when none are given)
    pub paths: Vec<PathBuf>,
    /// The measure, as CATEGORY:KIND[:PERIOD] (e.g. `temporary_assistance:amount_per_person:once`); the one with most data when left out
    #[arg(long)]
    pub measure: Option<String>,
    /// Provinces to compare, comma-separated (all with data when left out)
    #[arg(long, value_delimiter = ',')]
    pub provinces: Vec<String>,
    /// One chart, or small multiples of every measure
    #[arg(long, value_enum, default_value_t = ChartView::Bars)]
    pub view: ChartView,
    /// Width in points
    #[arg(long, default_value_t = 1200)]
    pub width: u32,
    /// Height in points
    #[arg(long, default_value_t = 800)]
    pub height: u32,
    /// Pixel density: 1, 2 or 3
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u8).range(1..=3))]
    pub scale: u8,
    /// Chart labels in English
    #[arg(long)]
    pub english: bool,
    /// Draw on the dark theme's background instead of white
    #[arg(long)]
    pub dark: bool,
    /// The PNG file to write
    #[arg(short, long)]
    pub output: PathBuf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ChartView {
    Bars,
    Multiples,
}

pub fn run(args: &ChartArgs) -> ExitCode {
    let analysis = super::analyze(&args.paths, Options::default());
    for problem in &analysis.problems {
        eprintln!("warning: {problem}");
    }
    let lang = if args.english { Lang::En } else { Lang::Zh };
    let keys = aggregate::keys_with_data(&analysis.measures);
    let key = match &args.measure {
        Some(code) => match MeasureKey::parse(code) {
            Some(key) => key,
            None => {
                eprintln!(
                    "error: --measure takes CATEGORY:KIND[:PERIOD], e.g. temporary_assistance:amount_per_person:once: {code}"
                );
                return ExitCode::from(2);
            }
        },
        None => match keys.first() {
            Some((key, _)) => *key,
            None => {
                eprintln!("error: no measures were found to chart");
                return ExitCode::from(1);
            }
        },
    };
    let provinces: Vec<String> = if args.provinces.is_empty() {
        aggregate::province_counts(&analysis.measures)
            .into_iter()
            .map(|(p, _)| p.to_owned())
            .collect()
    } else {
        args.provinces.iter().map(|p| p.trim().to_owned()).collect()
    };
    let footnote = export::footnote(lang, analysis.documents.len(), None);
    let scene = match args.view {
        ChartView::Bars => {
            let model = ChartModel::build(&analysis, key, &provinces, lang);
            if model.bars.is_empty() {
                eprintln!(
                    "warning: none of the chosen provinces has figures for {}",
                    key.code()
                );
            }
            Scene::Chart(model)
        }
        ChartView::Multiples => {
            let keys: Vec<_> = keys.into_iter().collect();
            Scene::Multiples(minsheng::gui::views::overview::models(
                &analysis, &keys, &provinces, lang,
            ))
        }
    };
    let job = ExportJob {
        scene,
        lang,
        footnote,
        canvas: Canvas {
            size: egui::vec2(args.width as f32, args.height as f32),
            scale: f32::from(args.scale),
            white: !args.dark,
            dark: args.dark,
        },
    };
    let result = job.write(&args.output);
    match result {
        Ok(()) => {
            eprintln!("wrote {}", args.output.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}: {}", args.output.display());
            ExitCode::from(1)
        }
    }
}
