//! `minsheng chart`: the dashboard's chart, drawn by the same code, offscreen,
//! to a PNG file.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::app::ExportJob;
use super::chart::ChartModel;
use super::i18n::Lang;
use crate::aggregate::{self, MeasureKey};
use crate::analysis::Options;

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
    let analysis = crate::cli::analyze(&args.paths, Options::default());
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
    let docs = analysis.documents.len();
    let footnote = super::app::footnote(lang, docs, None);
    let size = egui::vec2(args.width as f32, args.height as f32);
    let result = match args.view {
        ChartView::Bars => {
            let model = ChartModel::build(&analysis, key, &provinces, lang);
            if model.bars.is_empty() {
                eprintln!(
                    "warning: none of the chosen provinces has figures for {}",
                    key.code()
                );
            }
            ExportJob {
                model,
                lang,
                footnote,
                scale: f32::from(args.scale),
                white: !args.dark,
                dark: args.dark,
                size,
            }
            .write(&args.output)
        }
        ChartView::Multiples => {
            let models: Vec<ChartModel> = keys
                .iter()
                .map(|(k, _)| ChartModel::build(&analysis, *k, &provinces, lang))
                .filter(|m| !m.bars.is_empty())
                .collect();
            super::app::write_multiples(
                &models,
                lang,
                &footnote,
                f32::from(args.scale),
                !args.dark,
                size,
                &args.output,
            )
        }
    };
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
