//! `minsheng chart`: the dashboard's chart, drawn offscreen to a PNG file by
//! the same export the app uses (`minsheng::gui::export`), and the bars it
//! draws as CSV (`--data`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use minsheng::aggregate::{self, AreaChoice, MeasureKey, YearChoice};
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
    /// Which areas to draw: urban, rural, or both (with joint figures)
    #[arg(long, value_enum, default_value_t = AreaArg::Both)]
    pub area: AreaArg,
    /// Which figure each bar shows: `latest`, or a year such as 2023
    #[arg(long, default_value = "latest", value_parser = parse_year)]
    pub year: YearChoice,
    /// On a monthly or yearly amount, also draw the other period's figures converted (÷12, ×12), marked as converted
    #[arg(long)]
    pub convert: bool,
    /// The PNG file to write
    #[arg(short, long, required_unless_present = "data")]
    pub output: Option<PathBuf>,
    /// Also write the bars drawn as CSV (UTF-8 with BOM), one row a bar
    #[arg(long, value_name = "FILE.csv")]
    pub data: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AreaArg {
    Urban,
    Rural,
    Both,
}

impl AreaArg {
    fn choice(self) -> AreaChoice {
        match self {
            Self::Urban => AreaChoice::Urban,
            Self::Rural => AreaChoice::Rural,
            Self::Both => AreaChoice::Both,
        }
    }
}

fn parse_year(text: &str) -> Result<YearChoice, String> {
    if text == "latest" {
        return Ok(YearChoice::Latest);
    }
    match text.parse::<u16>() {
        Ok(year) if (1900..=2100).contains(&year) => Ok(YearChoice::Year(year)),
        _ => Err(format!("expected `latest` or a year such as 2023: {text}")),
    }
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
            Some(key) if code.split(':').count() == 2 => {
                // No period given: the only one with data, else the choices.
                let periods: Vec<MeasureKey> = keys
                    .iter()
                    .map(|(k, _)| *k)
                    .filter(|k| k.category == key.category && k.kind == key.kind)
                    .collect();
                match periods.as_slice() {
                    [] => key,
                    [only] => *only,
                    several => {
                        let mut codes: Vec<String> = several.iter().map(MeasureKey::code).collect();
                        codes.sort();
                        eprintln!(
                            "error: {code} has figures for several periods; choose one of: {}",
                            codes.join(", ")
                        );
                        return ExitCode::from(2);
                    }
                }
            }
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
            let model = ChartModel::build_with(
                &analysis,
                key,
                &provinces,
                lang,
                &aggregate::Choice {
                    area: args.area.choice(),
                    year: args.year,
                    convert: args.convert,
                    excluded: Default::default(),
                },
            );
            if model.bars.is_empty() {
                // A chart without a bar says nothing: write no file at all.
                eprintln!(
                    "error: none of the chosen provinces has figures for {} (area and year as chosen); nothing written",
                    key.code()
                );
                return ExitCode::from(1);
            }
            if let Some(path) = &args.data {
                let written = minsheng::export::write_atomically(path, |out| {
                    export::write_chart_data(out, &model, lang)
                });
                match written {
                    Ok(()) => eprintln!("wrote {}", path.display()),
                    Err(err) => {
                        eprintln!("error: {err}: {}", path.display());
                        return ExitCode::from(1);
                    }
                }
            }
            Scene::Chart(model)
        }
        ChartView::Multiples if args.data.is_some() => {
            eprintln!("error: --data writes the bars of one chart: use it with --view bars");
            return ExitCode::from(2);
        }
        ChartView::Multiples => {
            let keys: Vec<_> = keys.into_iter().collect();
            Scene::Multiples(minsheng::gui::views::overview::models(
                &analysis,
                &keys,
                &provinces,
                lang,
                &Default::default(),
            ))
        }
    };
    let Some(output) = &args.output else {
        return ExitCode::SUCCESS;
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
    let result = job.write(output);
    match result {
        Ok(()) => {
            eprintln!("wrote {}", output.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}: {}", output.display());
            ExitCode::from(1)
        }
    }
}
