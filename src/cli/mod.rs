//! The `minsheng` command line: the dashboard by default, and `extract`,
//! `quantities`, `articles` and `chart` for scripts and checks. Part of the
//! binary only: the library has no command-line parsing.

mod chart;

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use clap::{Parser, Subcommand, ValueEnum};

use minsheng::analysis::{self, Analysis, Options};
use minsheng::export;
use minsheng::extract::quantity;

#[derive(Parser, Debug)]
#[command(
    name = "minsheng",
    version,
    about = "民生对比 Minsheng: compare provinces' social-welfare figures found in Chinese news and notices",
    long_about = "Minsheng reads folders of Chinese news reports and notices, finds every welfare figure \
                  (subsidy standards, totals spent, coverage rates, people and households served), \
                  works out the province of each, and compares provinces side by side.\n\n\
                  With no command it opens the dashboard, on the given folders or files, or on the \
                  embedded sample corpus when none are given.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Folders or files to open in the dashboard; `.jsonl` and `.csv` files written by `extract` are read back, several merged
    pub paths: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print the measures found in folders or files (the embedded seeds when none are given)
    Extract {
        /// Folders or files to read; `.jsonl` and `.csv` files written by `extract` are read back, several merged
        paths: Vec<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// Write to this file instead of standard output
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Skip files larger than this many megabytes
        #[arg(long, default_value_t = 64)]
        max_file_mb: u64,
        /// Apply a corrections file (JSON Lines written by 导出更正…): excluded figures are left out, corrected ones changed (CSV: `corrected` column)
        #[arg(long, value_name = "FILE.jsonl")]
        corrections: Option<PathBuf>,
    },
    /// Read one sentence a line on standard input; print the numbers in each as a JSON array
    Quantities,
    /// Print one line per article: document, line span, province, title, encoding
    Articles {
        /// Folders or files to read
        paths: Vec<PathBuf>,
    },
    /// Write a view's figures for one measure as CSV, or draw it to a PNG file, without a window
    Chart(chart::ChartArgs),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
}

/// Run the command line; `open_dashboard` is called when no command is given.
pub fn run(cli: Cli, open_dashboard: impl FnOnce(Vec<PathBuf>) -> ExitCode) -> ExitCode {
    match cli.command {
        None => open_dashboard(cli.paths),
        Some(Command::Extract {
            paths,
            format,
            output,
            max_file_mb,
            corrections,
        }) => {
            let mut analysis = analyze(
                &paths,
                Options {
                    max_file_bytes: max_file_mb.saturating_mul(1024 * 1024),
                },
            );
            report_problems(&analysis);
            let excluded = match &corrections {
                Some(path) => match apply_corrections(&mut analysis, path) {
                    Some(excluded) => excluded,
                    None => return ExitCode::from(2),
                },
                None => Default::default(),
            };
            // The excluded figures are left out; the others keep their index.
            let kept: Vec<usize> = (0..analysis.measures.len())
                .filter(|&i| {
                    excluded.is_empty()
                        || !excluded
                            .contains(&minsheng::aggregate::figure_id(&analysis.measures[i]))
                })
                .collect();
            let measures: Vec<minsheng::measure::Found> =
                kept.iter().map(|&i| analysis.measures[i].clone()).collect();
            let write = |out: &mut dyn Write| match format {
                Format::Jsonl => export::write_jsonl(out, &measures),
                Format::Csv => {
                    export::write_csv_marked(out, &measures, &analysis.documents, &|i| {
                        analysis.corrected.contains(&kept[i])
                    })
                }
            };
            let result = match &output {
                Some(path) => export::write_atomically(path, write),
                None => {
                    let stdout = std::io::stdout();
                    let mut lock = std::io::BufWriter::new(stdout.lock());
                    write(&mut lock).and_then(|()| lock.flush())
                }
            };
            if let Err(err) = result {
                let target = output
                    .map_or_else(|| "standard output".to_owned(), |p| p.display().to_string());
                eprintln!("error: could not write the measures ({err}): {target}");
                return ExitCode::from(2);
            }
            exit_for(&analysis)
        }
        Some(Command::Quantities) => quantities(),
        Some(Command::Articles { paths }) => {
            let analysis = analyze(&paths, Options::default());
            report_problems(&analysis);
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            for doc in &analysis.documents {
                for a in &doc.articles {
                    let _ = writeln!(
                        out,
                        "{}\t{}-{}\t{}\t{}\t{}",
                        doc.name,
                        a.first_line,
                        a.last_line,
                        a.province.unwrap_or("—"),
                        a.title.chars().take(40).collect::<String>(),
                        doc.encoding
                    );
                }
            }
            let _ = out.flush();
            exit_for(&analysis)
        }
        Some(Command::Chart(args)) => chart::run(&args),
    }
}

/// Apply a corrections file to `analysis`, each line that matched no
/// figure named on standard error: the excluded figures' ids, or `None`
/// when the file cannot be read.
pub fn apply_corrections(
    analysis: &mut Analysis,
    path: &std::path::Path,
) -> Option<std::collections::BTreeSet<String>> {
    match minsheng::corrections::apply_file(analysis, path) {
        Ok(applied) => {
            for u in &applied.unmatched {
                eprintln!(
                    "warning: correction not applied: {}:{}: {}",
                    path.display(),
                    u.line,
                    u.reason
                );
            }
            Some(applied.excluded)
        }
        Err(err) => {
            eprintln!(
                "error: could not read the corrections ({err}): {}",
                path.display()
            );
            None
        }
    }
}

/// Analyse paths as the dashboard does (measures files written by `extract`
/// are read back, merged after the documents and folders beside them), or
/// the embedded seeds when there are none.
pub fn analyze(paths: &[PathBuf], options: Options) -> Analysis {
    if paths.is_empty() {
        analysis::analyze_seeds()
    } else {
        analysis::analyze_inputs(paths, options, &|_| {}, &AtomicBool::new(false), None)
    }
}

fn report_problems(analysis: &Analysis) {
    for problem in &analysis.problems {
        eprintln!("warning: {problem}");
    }
}

fn exit_for(analysis: &Analysis) -> ExitCode {
    if !analysis.problems.iter().any(|p| p.skipped) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn quantities() -> ExitCode {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let normalized = minsheng::corpus::normalize::normalize(&line);
        let items: Vec<serde_json::Value> = quantity::find(&normalized.text)
            .iter()
            .filter(|q| q.value.is_finite())
            .map(|q| quantity::to_json(&normalized.text, q))
            .collect();
        if writeln!(out, "{}", serde_json::Value::Array(items)).is_err() {
            return ExitCode::from(2);
        }
        // Answer line by line, for callers that feed one sentence at a time.
        if out.flush().is_err() {
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
