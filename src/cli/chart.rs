//! `minsheng chart`: a view of the dashboard for one measure, its figures
//! as CSV (`--data`, from `minsheng::present`, in every build) and, in a
//! build with the dashboard, its picture drawn offscreen to a PNG file by
//! the same export the app uses (`minsheng::gui::export`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use minsheng::aggregate::{self, AreaChoice, MeasureKey, YearChoice};
use minsheng::analysis::{Analysis, Options};
use minsheng::present::i18n::Lang;
use minsheng::present::{ViewId, data};

#[derive(Args, Debug, Clone)]
pub struct ChartArgs {
    /// Folders or files to read (the embedded seeds when none are given); `.jsonl` and `.csv` files written by `extract` are read back, several merged
    pub paths: Vec<PathBuf>,
    /// The measure, as CATEGORY:KIND[:PERIOD] (e.g. `temporary_assistance:amount_per_person:once`, `temporary_assistance:amount_total`); without a period, the measure without one where it has figures (a total, a count), else the only period with figures; the one with most data when left out
    #[arg(long)]
    pub measure: Option<String>,
    /// Provinces to compare, comma-separated (when left out, every province with a figure of any measure in the texts; those without one of this measure are listed under the chart as 无数据)
    #[arg(long, value_delimiter = ',')]
    pub provinces: Vec<String>,
    /// The view: bars (compare), trend (over the years), gap (urban–rural), changes, map, or multiples (small multiples of every measure)
    #[arg(long, default_value = "bars", value_parser = parse_view)]
    pub view: ViewId,
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
    /// Which places' figures a bar may show: `all` (a province without a figure of its own shows one of its places', marked) or `province` (province-wide figures only)
    #[arg(long, value_enum, default_value_t = LevelArg::All)]
    pub level: LevelArg,
    /// With --year YEAR, also draw figures without a year of their own whose article is dated that year
    #[arg(long)]
    pub dated_by_document: bool,
    /// Apply a corrections file (JSON Lines written by 导出更正…): excluded figures are left out, corrected ones changed; lines matching no figure are reported
    #[arg(long, value_name = "FILE.jsonl")]
    pub corrections: Option<PathBuf>,
    /// The PNG file to write (in a build with the dashboard)
    #[arg(short, long, required_unless_present = "data")]
    pub output: Option<PathBuf>,
    /// Also write the figures drawn as CSV (UTF-8 with BOM): one row a bar, a point of a line over the years, a province's gap, or a change
    #[arg(long, value_name = "FILE.csv")]
    pub data: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    All,
    Province,
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

/// A view by its command-line name (`present::VIEWS`).
fn parse_view(text: &str) -> Result<ViewId, String> {
    ViewId::from_code(text)
        .ok_or_else(|| format!("expected one of {}: {text}", ViewId::codes().join(", ")))
}

pub fn run(args: &ChartArgs) -> ExitCode {
    let mut analysis = super::analyze(&args.paths, Options::default());
    for problem in &analysis.problems {
        eprintln!("warning: {problem}");
    }
    let excluded = match &args.corrections {
        Some(path) => match super::apply_corrections(&mut analysis, path) {
            Some(excluded) => excluded,
            None => return ExitCode::from(2),
        },
        None => Default::default(),
    };
    let lang = if args.english { Lang::En } else { Lang::Zh };
    let keys = aggregate::keys_with_data(&analysis.measures);
    let key = match &args.measure {
        Some(code) => match MeasureKey::parse(code) {
            Some(key) if code.split(':').count() == 2 => {
                // No period given: the measure without one where it has
                // figures and is no amount per person or household (whose
                // period is part of it); else the only period with data,
                // else the choices.
                let periods: Vec<MeasureKey> = keys
                    .iter()
                    .map(|(k, _)| *k)
                    .filter(|k| k.category == key.category && k.kind == key.kind)
                    .collect();
                let per_period = matches!(
                    key.kind,
                    minsheng::measure::Kind::AmountPerPerson
                        | minsheng::measure::Kind::AmountPerHousehold
                );
                match periods.as_slice() {
                    _ if !per_period && periods.contains(&key) => key,
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
    let choice = aggregate::Choice {
        area: args.area.choice(),
        year: args.year,
        convert: args.convert,
        excluded,
        province_only: args.level == LevelArg::Province,
        dated_by_document: args.dated_by_document,
    };
    if let Some(path) = &args.data {
        let info = args.view.info();
        if !info.data {
            eprintln!(
                "error: --data writes the figures of one measure: use it with --view {}",
                minsheng::present::VIEWS
                    .iter()
                    .filter(|v| v.data)
                    .filter_map(|v| v.code)
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            return ExitCode::from(2);
        }
        if let Some(why) = nothing_to_draw(&analysis, args.view, key, &provinces, lang, &choice) {
            // A chart without a mark says nothing: write no file at all.
            eprintln!("error: {why} for {}; nothing written", key.code());
            return ExitCode::from(1);
        }
        let request = data::Request {
            analysis: &analysis,
            store: None,
            key,
            provinces: &provinces,
            lang,
            choice: &choice,
        };
        let written = minsheng::export::write_atomically(path, |out| {
            data::write_view(out, args.view, &request)
        });
        match written {
            Ok(()) => eprintln!("wrote {}", path.display()),
            Err(err) => {
                eprintln!("error: {err}: {}", path.display());
                return ExitCode::from(1);
            }
        }
    }
    let Some(output) = &args.output else {
        return ExitCode::SUCCESS;
    };
    if args.data.is_none()
        && let Some(why) = nothing_to_draw(&analysis, args.view, key, &provinces, lang, &choice)
    {
        eprintln!("error: {why} for {}; nothing written", key.code());
        return ExitCode::from(1);
    }
    picture(args, &analysis, &keys, key, &provinces, &choice, output)
}

/// Why the view would draw nothing: no bar, no line, no pair, no change.
fn nothing_to_draw(
    analysis: &Analysis,
    view: ViewId,
    key: MeasureKey,
    provinces: &[String],
    lang: Lang,
    choice: &aggregate::Choice,
) -> Option<&'static str> {
    use minsheng::present::{change, chart, gap, trend};
    let empty = match view {
        ViewId::Compare => chart::ChartModel::build_with(analysis, key, provinces, lang, choice)
            .bars
            .is_empty(),
        ViewId::Trend => {
            trend::TrendModel::build(analysis, key, provinces, lang, choice).is_empty()
        }
        ViewId::Gap => gap::GapModel::build(analysis, key, provinces, lang, choice).is_empty(),
        ViewId::Changes => {
            change::ChangeModel::build(analysis, key, provinces, lang, &choice.excluded).is_empty()
        }
        _ => false,
    };
    empty.then_some(match view {
        ViewId::Trend => "none of the chosen provinces has figures with a year",
        ViewId::Gap => "none of the chosen provinces has urban and rural figures of one year",
        ViewId::Changes => "none of the chosen provinces states a change",
        _ => "none of the chosen provinces has figures (area and year as chosen)",
    })
}

/// Draw the view offscreen and write it as a PNG file.
#[cfg(feature = "gui")]
fn picture(
    args: &ChartArgs,
    analysis: &Analysis,
    keys: &[(MeasureKey, usize)],
    key: MeasureKey,
    provinces: &[String],
    choice: &aggregate::Choice,
    output: &std::path::Path,
) -> ExitCode {
    use minsheng::gui::export::{self, Canvas, ExportJob, Scene};
    use minsheng::present::{change, chart, gap, map, overview, trend};
    let lang = if args.english { Lang::En } else { Lang::Zh };
    let source = export::source_name(lang, &args.paths);
    let footnote = export::footnote(lang, analysis.documents.len(), Some(&source));
    let scene = match args.view {
        ViewId::Compare => Scene::Chart(
            chart::ChartModel::build_with(analysis, key, provinces, lang, choice),
            Default::default(),
        ),
        ViewId::Trend => Scene::Trend(trend::TrendModel::build(
            analysis, key, provinces, lang, choice,
        )),
        ViewId::Gap => Scene::Gap(
            gap::GapModel::build(analysis, key, provinces, lang, choice),
            gap::GapSort::default(),
        ),
        ViewId::Map => Scene::Map(map::map_model(analysis, key, lang, &choice.excluded)),
        ViewId::Changes => Scene::Changes(change::ChangeModel::build(
            analysis,
            key,
            provinces,
            lang,
            &choice.excluded,
        )),
        ViewId::Overview => Scene::Multiples(overview::models(
            analysis,
            keys,
            provinces,
            lang,
            &Default::default(),
        )),
        other => {
            let code = other.info().code.unwrap_or("this view");
            eprintln!("error: {code} has no picture of its own; use --data");
            return ExitCode::from(2);
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

/// Without the dashboard there is no renderer: pictures cannot be drawn.
#[cfg(not(feature = "gui"))]
fn picture(
    _args: &ChartArgs,
    _analysis: &Analysis,
    _keys: &[(MeasureKey, usize)],
    _key: MeasureKey,
    _provinces: &[String],
    _choice: &aggregate::Choice,
    output: &std::path::Path,
) -> ExitCode {
    eprintln!(
        "error: this build draws no pictures (built without the `gui` feature); use --data: {}",
        output.display()
    );
    ExitCode::from(2)
}
