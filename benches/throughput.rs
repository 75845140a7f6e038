//! Throughput of each stage in MB/s, and as a ratio to a baseline measured in
//! the same run (validating the same bytes as UTF-8 and counting lines: the
//! least any reader must do).
//!
//! `cargo bench --bench throughput` runs the stages on the seeds repeated to
//! 50 MB, on one core. `cargo bench --bench throughput -- --generate DIR --mb 100`
//! writes a generated corpus for whole-program runs (`minsheng extract DIR`).

mod generator;

use std::hint::black_box;
use std::time::Instant;

use minsheng::corpus::{self, Document};

fn mb_per_s(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / secs
}

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed().as_secs_f64())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--generate") {
        let dir = std::path::PathBuf::from(args.get(i + 1).expect("--generate DIR"));
        let mb = args
            .iter()
            .position(|a| a == "--mb")
            .and_then(|j| args.get(j + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(100);
        let (files, bytes) = generator::write_corpus(&dir, mb, 20_261_122).expect("write corpus");
        println!(
            "wrote {files} files, {:.1} MB, to {}",
            bytes as f64 / 1048576.0,
            dir.display()
        );
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--frames") {
        let dir = args
            .get(i + 1)
            .filter(|a| !a.starts_with('-'))
            .map(std::path::PathBuf::from);
        frames(dir.as_deref());
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--corpus") {
        let dir = std::path::PathBuf::from(args.get(i + 1).expect("--corpus DIR"));
        corpus_run(&dir);
        return;
    }
    // The seeds repeated to 50 MB, as one string per copy of each seed.
    let seeds: Vec<&str> = corpus::SEEDS
        .iter()
        .map(|(_, b)| std::str::from_utf8(b).expect("utf-8"))
        .collect();
    let seed_bytes: usize = seeds.iter().map(|s| s.len()).sum();
    let copies = (50 * 1024 * 1024) / seed_bytes + 1;
    let docs: Vec<&str> = (0..copies).flat_map(|_| seeds.iter().copied()).collect();
    let total: usize = docs.iter().map(|d| d.len()).sum();
    println!(
        "corpus: the 5 seeds × {copies} = {:.1} MB, one core",
        total as f64 / 1048576.0
    );

    // Warm the lazily built tables (gazetteer, cue words, jieba, T2S).
    let _ = minsheng::analysis::analyze_seeds();

    let (lines, base) = time(|| {
        docs.iter()
            .map(|d| std::str::from_utf8(d.as_bytes()).map_or(0, |s| s.lines().count()))
            .sum::<usize>()
    });
    black_box(lines);
    let (_, decode) = time(|| {
        docs.iter()
            .map(|d| corpus::decode::decode(d.as_bytes()).map_or(0, |x| x.text.len()))
            .sum::<usize>()
    });
    let (_, normalize) = time(|| {
        docs.iter()
            .map(|d| corpus::normalize::normalize(d).text.len())
            .sum::<usize>()
    });
    let (parsed, read) = time(|| {
        docs.iter()
            .map(|d| {
                Document::from_bytes("x.txt", Default::default(), d.as_bytes()).expect("reads")
            })
            .collect::<Vec<_>>()
    });
    let (found, extract) = time(|| {
        parsed
            .iter()
            .map(|d| minsheng::extract::extract_document(d, 0).len())
            .sum::<usize>()
    });
    let whole = read + extract;

    println!("{:<34} {:>9} {:>14}", "stage", "MB/s", "× baseline");
    for (name, secs) in [
        ("baseline: UTF-8 check + lines", base),
        ("decode", decode),
        ("normalise", normalize),
        ("decode + normalise + split", read),
        ("extract (from split documents)", extract),
        ("whole pipeline", whole),
    ] {
        println!(
            "{name:<34} {:>9.1} {:>14.3}",
            mb_per_s(total, secs),
            base / secs
        );
    }
    println!("measures found: {found}");
}

/// What the dashboard does on opening a folder: read and analyse it in
/// parallel, cold (no cache) and again warm (unchanged, from the cache),
/// timed against the baseline of reading the same files' bytes.
fn corpus_run(dir: &std::path::Path) {
    use std::sync::atomic::AtomicBool;
    let paths = [dir.to_path_buf()];
    let mut problems = Vec::new();
    let files = corpus::list_files(&paths, &mut problems);
    let bytes: u64 = files.iter().map(|f| f.size_bytes).sum();
    let (read, base) = time(|| {
        files
            .iter()
            .map(|f| std::fs::read(&f.path).map_or(0, |b| b.len()))
            .sum::<usize>()
    });
    black_box(read);
    let _ = minsheng::analysis::analyze_seeds();
    let store = std::env::temp_dir().join(format!("minsheng-bench-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&store);
    let cache = minsheng::cache::Cache::at(&store);
    let cancel = AtomicBool::new(false);
    let options = minsheng::analysis::Options::default();
    let (cold, cold_secs) = time(|| {
        minsheng::analysis::analyze_paths_cached(&paths, options, &|_| {}, &cancel, &cache)
    });
    let (warm, warm_secs) = time(|| {
        minsheng::analysis::analyze_paths_cached(&paths, options, &|_| {}, &cancel, &cache)
    });
    assert_eq!(cold.measures.len(), warm.measures.len());
    let (_, chart_secs) = time(|| {
        let keys = minsheng::aggregate::keys_with_data(&warm.measures);
        let provinces: Vec<String> = minsheng::measure::PROVINCES
            .iter()
            .map(|p| (*p).to_owned())
            .collect();
        keys.first()
            .map(|(k, _)| minsheng::aggregate::bars(&warm.measures, *k, &provinces).len())
    });
    let _ = std::fs::remove_dir_all(&store);
    println!(
        "corpus: {} files, {:.1} MB, {} measures, {} problems",
        files.len(),
        bytes as f64 / 1048576.0,
        cold.measures.len(),
        cold.problems.len()
    );
    println!("{:<40} {:>8} {:>12}", "run", "seconds", "× baseline");
    for (name, secs) in [
        ("baseline: read every file's bytes", base),
        ("open cold (read, extract, store cache)", cold_secs),
        ("reopen unchanged (from the cache)", warm_secs),
        ("first chart's bars (34 provinces)", chart_secs),
    ] {
        println!("{name:<40} {secs:>8.3} {:>12.2}", secs / base);
    }
}

/// Frame time of the dashboard with all 34 provinces selected: a corpus with
/// one article per province (each with the same kinds of figures), the
/// comparison view, and egui's whole pass (layout, plot, tessellation) timed
/// over many frames; the baseline is a frame of an empty window.
fn frames(corpus_dir: Option<&std::path::Path>) {
    use egui_kittest::Harness;
    use minsheng::gui::app::{MinshengApp, Settings};
    use minsheng::gui::dialogs::{DialogOutcome, ScriptedDialogs};

    let mut docs = Vec::new();
    for (i, province) in minsheng::measure::PROVINCES.iter().enumerate() {
        let text = format!(
            "## {province}民生保障\n\n{province}城乡低保标准提高到每人每月{}元,全年发放临时救助资金{}亿元,惠及困难群众{}万人次,参保率达到{}%。\n",
            600 + i * 17,
            1 + i % 7,
            3 + i,
            90 + i % 9
        );
        docs.push(
            Document::from_bytes(&format!("{i}.txt"), Default::default(), text.as_bytes())
                .expect("reads"),
        );
    }
    let analysis = match corpus_dir {
        Some(dir) => minsheng::analysis::analyze_paths(
            &[dir.to_path_buf()],
            minsheng::analysis::Options::default(),
            &|_| {},
            &std::sync::atomic::AtomicBool::new(false),
        ),
        None => minsheng::analysis::from_documents(docs, Vec::new()),
    };
    let measures = analysis.measures.len();
    let dialogs = ScriptedDialogs {
        folder: DialogOutcome::Cancelled,
        save: DialogOutcome::Cancelled,
    };
    let mut app = MinshengApp::new(Settings::default(), Box::new(dialogs));
    app.set_analysis(analysis, Vec::new());
    app.settings.selected = minsheng::measure::PROVINCES
        .iter()
        .map(|p| (*p).to_owned())
        .collect();
    app.settings.measure = minsheng::aggregate::keys_with_data(&app.data.analysis.measures)
        .first()
        .map(|(k, _)| *k);
    let bars = app.chart_model().map_or(0, |m| m.bars.len());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_context_setup(minsheng::gui::install_fonts)
        .build_ui_state(|ui, app: &mut MinshengApp| app.ui(ui), app);
    let mut empty = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui(|ui| {
            ui.label("");
        });
    for _ in 0..20 {
        harness.step();
        empty.step();
    }
    let n = 200;
    let (_, app_secs) = time(|| (0..n).for_each(|_| harness.step()));
    let (_, empty_secs) = time(|| (0..n).for_each(|_| empty.step()));
    let per = |s: f64| s / f64::from(n) * 1000.0;
    println!(
        "dashboard, compare view, {bars} bars (all 34 provinces selected), {measures} measures, {n} frames"
    );
    println!("{:<34} {:>10} {:>12}", "frame", "ms/frame", "× baseline");
    println!(
        "{:<34} {:>10.2} {:>12.2}",
        "baseline: empty window",
        per(empty_secs),
        1.0
    );
    println!(
        "{:<34} {:>10.2} {:>12.2}",
        "compare view, 34 provinces",
        per(app_secs),
        app_secs / empty_secs
    );
}
